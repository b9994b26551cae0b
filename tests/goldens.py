"""Golden files: a whole output (a CLI listing, an export, a rendered pane) compared with a file kept in git.

A long expected text reads better as a file than as a literal in a test, and a deliberate change to an
output is then one command and a reviewable diff: run the tests with `--update-goldens` (or
`SURVEYS_UPDATE_GOLDENS=1`) and read `git diff tests/goldens`. Without that flag a missing golden is a
failure, so a golden is never made silently by a run that was meant to check.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDENS = Path(__file__).parent / "goldens"
UPDATE_VARIABLE = "SURVEYS_UPDATE_GOLDENS"


def updating() -> bool:
    """Whether this run writes goldens instead of checking them (the pytest option sets the variable)."""
    return os.environ.get(UPDATE_VARIABLE, "") not in ("", "0")


def golden_path(name: str) -> Path:
    """`name` as given, under tests/goldens; a name without a suffix is a `.txt` file."""
    path = GOLDENS / name
    return path if path.suffix else path.with_suffix(".txt")


def assert_matches_golden(name: str, text: str) -> None:
    """`text` must equal the golden `name`; on a difference the failure shows a unified diff.

    Texts end with one newline in the file, so an editor that adds one does not make a difference; other
    line endings are kept as they are (a CSV export's CRLF is part of what it promises).
    """
    path = golden_path(name)
    actual = text.rstrip("\n") + "\n"
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or _read(path) != actual:
            path.write_bytes(actual.encode("utf-8"))
        return
    if not path.exists():
        raise AssertionError(f"no golden {path.relative_to(GOLDENS.parent)}: run the test with --update-goldens "
                             f"(or {UPDATE_VARIABLE}=1) to write it, then read it before committing")
    expected = _read(path)
    if expected != actual:
        diff = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                    fromfile=f"golden {name}", tofile="this run")
        raise AssertionError(f"output differs from golden {name} (--update-goldens accepts it):\n" + "".join(diff))


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # bytes, not read_text: universal newlines would hide a CRLF
