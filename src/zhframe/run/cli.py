"""Command line: ``python -m zhframe <command> ...``.

Each subcommand lives in its own module under :mod:`zhframe.run.commands`, which
defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Modules are imported only when their command runs, so ``--help`` stays fast.

Bad input (:class:`zhframe.infra.errors.InputError`) is reported as one line on
stderr, ``zhframe: <file>: <problem>``, with exit status 2: never a traceback.
So is a bad option: argparse's own complaints and every numeric option outside
its bounds (:data:`OPTION_BOUNDS`, checked before any work starts) name the
option. Ctrl-C prints one line and exits 130; a terminal or pipe that cannot
encode Chinese gets ``\\uXXXX`` escapes instead of a ``UnicodeEncodeError``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

import math
import unicodedata

from zhframe import __version__
from zhframe.run.commands import COMMANDS
from zhframe.infra.errors import InputError


#: Bounds of the numeric options, whichever command has them: ``dest -> (low, high, what)``,
#: both inclusive. Checked once, before any work starts, so a value out of range is named as
#: the option it is (and never reaches a library that would blame a file, run 10^20
#: permutations or silently replace 0 with a default).
OPTION_BOUNDS: dict[str, tuple[float, float, str]] = {
    "perm": (1, 1_000_000, "a whole number of permutations from 1 to 1,000,000"),
    "seed": (0, 2**32 - 1, "a whole number from 0 to 4294967295 (a random state)"),
    "alpha": (1e-12, 0.5, "a false discovery rate above 0 and at most 0.5"),
    "min_count": (1, 10**9, "a whole number of at least 1"),
    "min_units": (1, 10**9, "a whole number of at least 1"),
    "jobs": (1, 1024, "a whole number of at least 1"),
    "cell_timeout": (0, 10**7, "seconds, 0 for no limit"),
}


class OneLineParser(argparse.ArgumentParser):
    """argparse whose complaints are one line, ``zhframe: <problem>``, exit status 2."""

    def error(self, message):
        self.exit(2, f"zhframe: {' '.join(str(message).split())} (see {self.prog} --help)\n")


def check_options(args) -> None:
    """Raise :class:`InputError` naming the first numeric option outside :data:`OPTION_BOUNDS`
    (NaN and infinities included)."""
    for dest, (low, high, what) in OPTION_BOUNDS.items():
        value = getattr(args, dest, None)
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if not (isinstance(value, int) or math.isfinite(value)) or not low <= value <= high:
            raise InputError("--" + dest.replace("_", "-"), f"must be {what}, got {value}")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="python -m zhframe",
        description="Text mining for Chinese political and news discourse.")
    parser.add_argument("--version", action="version", version=f"zhframe {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_line) in sorted(COMMANDS.items()):
        sp = sub.add_parser(name, help=help_line, description=help_line)
        sp.error = parser.error.__func__.__get__(sp)  # one line for every subcommand too
        sp.set_defaults(_module=module_name)
    return parser


def _escape_unencodable() -> None:
    """Let stdout/stderr write what their encoding lacks as ``\\uXXXX`` (LANG=C, a cp1252 pipe)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def main(argv: list[str] | None = None) -> int:
    _escape_unencodable()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _drop_stdout()
        print("zhframe: interrupted (Ctrl-C); nothing more was started", file=sys.stderr)
        if argv is not None:  # called from Python code: return, the caller decides
            return 130
        sys.stderr.flush()
        # the program itself: exit now; the interpreter's exit hooks would wait for pool workers and
        # their threads, and Ctrl-C means stop (every file is written atomically: nothing half-done)
        os._exit(130)


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # Import only the chosen command's module, then parse with its arguments.
    name = next((a for a in argv if not a.startswith("-")), None)
    if name in COMMANDS:
        module = importlib.import_module(COMMANDS[name][0])
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        module.add_arguments(subparsers.choices[name])
    args = parser.parse_args(argv)
    module = importlib.import_module(args._module)
    for dest in ("by", "target", "time"):  # compared with manifest values, which are NFC
        value = getattr(args, dest, None)
        if isinstance(value, str):
            setattr(args, dest, unicodedata.normalize("NFC", value))
    try:
        check_options(args)
        if getattr(module, "USES_CACHE", True):
            from zhframe.infra.cache import ensure_usable_cache

            ensure_usable_cache()  # a read-only or full cache costs time, never the run
        status = int(module.run(args) or 0)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at exit
        return status
    except InputError as exc:
        print(f"zhframe: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        _drop_stdout()
        return 0
    except OSError as exc:  # e.g. stdout is /dev/full, or an output folder is read-only
        _drop_stdout()
        print(f"zhframe: {exc.filename or '<stdout>'}: cannot write ({exc.strerror or exc})",
              file=sys.stderr)
        return 1


def _drop_stdout() -> None:
    """Send what is still buffered for stdout nowhere, so exit adds no second error."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
