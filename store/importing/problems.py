"""What is wrong with an import's input, said so that a person can find and fix it.

Every problem names its place (`FILE:LINE`, `FILE[index]`, a field path), and
every piece of input shown back passes through `store.sanitize` (`printable`,
`quoted`): a file name or a field must not be able to drive the terminal it is
reported on, and a huge value is cut, not echoed whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import catalog
from ..oserrors import reason
from ..sanitize import cut, quoted, visible  # noqa: F401 - quoted is re-exported to the other import modules
from ..store import ValidationFailed
from ..validation import Problem


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the input, located as `FILE:LINE: path: message` or `FILE[index].path: message`."""

    file: str
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = printable(self.file, PATH_LIMIT)
        message = visible(self.message, limit=MESSAGE_LIMIT)  # messages quote input: shown, never obeyed
        if self.index is not None:
            where += f"[{self.index}]"
            return f"{where}.{printable(self.path, PATH_LIMIT)}: {message}" if self.path else f"{where}: {message}"
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return f"{where}: {printable(self.path, PATH_LIMIT)}: {message}" if self.path else f"{where}: {message}"

    def as_dict(self) -> dict[str, Any]:
        # JSON escapes what a terminal would obey (`json_safe`); here only the length is bounded
        return {"file": cut(self.file, PATH_LIMIT), "line": self.line, "column": self.column, "index": self.index,
                "path": cut(self.path, PATH_LIMIT), "message": cut(self.message, MESSAGE_LIMIT), "text": str(self)}


class ImportFailed(ValidationFailed):
    """Some input is invalid; nothing was written. `.lines` holds one printable line per problem."""

    def __init__(self, problems: list[ImportProblem], invalid: int) -> None:
        super().__init__([(p.index or 0, Problem(p.path, p.message)) for p in problems])
        self.import_problems = problems
        self.lines = [str(p) for p in problems]
        self.invalid = invalid
        key = "cli.import_invalid_once" if len(problems) == invalid else "cli.import_invalid"
        self.args = (catalog.text(key, "en", invalid=invalid, count=len(problems)),)


PATH_LIMIT = 200
"""Characters of a file name or field path shown in a message (a 10 MiB key must not be echoed whole)."""
MESSAGE_LIMIT = 500
"""Characters of one problem's message."""


def printable(text: object, limit: int | None = None) -> str:
    """`text` with controls shown as escapes (cut to `limit`), so a file name or field cannot drive the terminal."""
    return visible(text, limit=limit)


def os_reason(error: OSError) -> str:
    """Why a file could not be read, in words rather than an errno."""
    return reason(error)
