"""Where a sentence breaks into clauses, and where it opens a list of parts ("trong đó", "trong số đó").

Worked out once per sentence so each number looks its clause, its ";" and its "trong đó" up in log time; the whole a
part belongs to is found from these positions (`figure_wholes`). Kept apart from `figures`, which reads the numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["IN_WHICH", "ClauseLayout"]

_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–]\s|\.\.\.|…")
IN_WHICH = re.compile(r"trong đó|trong (?:tổng )?số (?:đó|này)(?![\wÀ-ỹ])|"
                      r"(?:(?<=[,;])|(?<=[,;]\s))số (?:đó|này)(?=\s*,|\s+có\s)", re.IGNORECASE)
"""Words after a count that open a list of its parts: "trong đó", and "trong số đó", "trong tổng số đó", "trong số
này", a bare "số này" right after a "," or ";" and before a comma or "có" (s38: "tiếp nhận 75 đơn thư; trong số đó,
70 đơn thuộc thẩm quyền ..." gave 70 no whole; "số này tăng 6 đơn" is a change, no list)."""


class ClauseLayout:
    """Where a sentence breaks into clauses, once, so each number looks its clause up in log time."""

    def __init__(self, text: str) -> None:
        self.breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
        self.break_starts = [b[0] for b in self.breaks]
        self.semicolons = [m.start() for m in re.finditer(";", text)]
        self.parens = [m.start() for m in re.finditer(r"\(", text)]
        self.in_which = [m.start() for m in IN_WHICH.finditer(text)]
        self.length = len(text)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_left(self.break_starts, start)
        left = self.breaks[i - 1][1] if i > 0 else 0
        # the clause may be cut by a break that started before `start` but ends after it: keep the original rule
        j = bisect_left(self.break_starts, end)
        right = self.break_starts[j] if j < len(self.break_starts) else self.length
        return left, right

    def last_before(self, positions: list[int], position: int, floor: int = 0) -> int | None:
        i = bisect_left(positions, position)
        if i > 0 and positions[i - 1] >= floor:
            return positions[i - 1]
        return None

    def next_after(self, positions: list[int], position: int) -> int | None:
        i = bisect_left(positions, position)
        return positions[i] if i < len(positions) else None
