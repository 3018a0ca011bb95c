"""The README's findings block: where a run may write it, and how it is replaced and read back."""

from __future__ import annotations

from pathlib import Path

from zhframe.infra.files import write_text_atomic

#: Markers around the findings block in the README.
START, END = "<!-- findings:start -->", "<!-- findings:end -->"


def repo_readme(figures_dir: str | Path) -> Path | None:
    """The README whose findings block a run may rewrite, or None.

    Only when ``figures_dir`` is a repository's own ``figures/`` folder (beside a
    README.md with the findings markers and ``src/zhframe``): a run on another
    corpus, whose figures go to ``OUT/figures``, never touches the README.
    """
    folder = Path(figures_dir).resolve()
    root = folder.parent
    readme = root / "README.md"
    if folder.name != "figures" or not (root / "src" / "zhframe").is_dir() or not readme.is_file():
        return None
    text = readme.read_text(encoding="utf-8")
    return readme if START in text and END in text else None


def replace_block(text: str, block: str) -> str:
    """``text`` with everything between :data:`START` and :data:`END` replaced by ``block``.

    A ``block`` holding either marker is refused: it would break the README block on the
    next run (data in findings is escaped with :func:`zhframe.report.escape.markdown_text`).
    """
    if START in block or END in block:
        raise ValueError("the findings hold a findings marker; escape data with "
                         "zhframe.report.escape.markdown_text")
    i = text.find(START)
    j = text.find(END, i + len(START)) if i >= 0 else -1
    if i < 0 or j < 0:
        raise ValueError(f"the text has no {START} ... {END} block")
    return text[:i + len(START)] + "\n" + block.strip("\n") + "\n" + text[j:]


def read_block(text: str) -> str:
    """What lies between :data:`START` and :data:`END` (stripped of the framing newlines), plus a newline."""
    i, j = text.find(START), text.find(END)
    if i < 0 or j < i:
        raise ValueError(f"the text has no {START} ... {END} block")
    return text[i + len(START):j].strip("\n") + "\n"


def write_findings(markdown: str, figures_dir: str | Path, readme: str | Path | None = None,
                   name: str = "06_findings.md") -> list[Path]:
    """Write ``figures_dir/name``, and the README's findings block when ``readme`` is given.

    Returns the paths written. Files are written only when their text changes, so
    an unchanged rerun leaves their timestamps alone.
    """
    out = Path(figures_dir)
    out.mkdir(parents=True, exist_ok=True)
    targets = [(out / name, markdown)]
    if readme is not None:
        readme = Path(readme)
        targets.append((readme, replace_block(readme.read_text(encoding="utf-8"), markdown)))
    written = []
    for path, text in targets:
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            write_text_atomic(path, text)  # never a truncated README or page
        written.append(path)
    return written
