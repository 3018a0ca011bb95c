"""Command line: ``python -m zhframe <command> ...``.

Each subcommand lives in its own module under :mod:`zhframe.run.commands`, which
defines ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
Modules are imported only when their command runs, so ``--help`` stays fast.

Bad input (:class:`zhframe.infra.errors.InputError`) is reported as one line on
stderr, ``zhframe: <file>: <problem>``, with exit status 2: never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from zhframe import __version__
from zhframe.run.commands import COMMANDS
from zhframe.infra.errors import InputError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m zhframe",
        description="Text mining for Chinese political and news discourse.")
    parser.add_argument("--version", action="version", version=f"zhframe {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module_name, help_line) in sorted(COMMANDS.items()):
        sp = sub.add_parser(name, help=help_line, description=help_line)
        sp.set_defaults(_module=module_name)
    return parser


def main(argv: list[str] | None = None) -> int:
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
    try:
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
