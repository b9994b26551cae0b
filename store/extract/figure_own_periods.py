"""Counts that each carry their own period after one verb: "giải quyết 1.204 hồ sơ năm 2024 và 1.530 hồ sơ năm 2025".

A report may give the same count for two periods in one run, each count followed by its period and the verb said
once. Read alone, the second count took the period written before it (the first count's, "năm 2024") and, having no
verb of its own in the words since the first count, no metric. The run itself says both: a period right after a
count's unit is that count's when the count before it is also followed by its own period and only "và" or a comma
lie between; the second count shares the verb of the first (its metric is read on the words before the first).
A period that only compares ("so với năm 2024"), or a count with a verb of its own ("và giải quyết 1.530 hồ sơ"),
is read as before.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

__all__ = ["PERIOD_WORDS", "own_period", "period_of_a_run", "shared_verb_context"]


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


P = TypeVar("P", bound=_Span)

_JOIN = re.compile(r"\s*(?:,|;|và|,\s*và)\s*$")
_AFTER_UNIT = re.compile(r"\s+(?:trong\s+)?$")
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
PERIOD_WORDS = (r"(?:trong\s+)?(?:(?:\d+\s+tháng(?:\s+đầu)?\s+)?năm\s+\d{4}|quý\s+[IV\d]+(?:\s*(?:/|năm)\s*\d{4})?|"
                r"tháng\s+\d{1,2}(?:/\d{4})?)")


def own_period(text: str, start: int, end: int, periods: list[P]) -> P | None:
    """The period written right after the count at [start, end) (its unit included) when the count before it in
    the run is followed by its own period too; else None."""
    after = next((p for p in periods if p.start >= end and _AFTER_UNIT.fullmatch(text, end, p.start)), None)
    if after is None:
        return None
    before = next((p for p in reversed(periods) if p.end <= start), None)
    if before is None or not _JOIN.fullmatch(text, before.end, start):
        return None  # "năm 2025, xã tiếp nhận 1.530 hồ sơ năm ...": the period before is the clause's, not a count's
    if not re.search(rf"(?:{_NUM})\s+[^\d,;.]{{1,30}}?\s+(?:trong\s+)?$", text[max(0, before.start - 50):before.start]):
        return None
    if re.search(r"(?:so với|kế hoạch|tăng|giảm)\s*$", text[max(0, after.start - 12):after.start], re.IGNORECASE):
        return None
    return after


def shared_verb_context(text: str, start: int, unit: str) -> str | None:
    """The words before the run's first count when only that count, its period and "và" or a comma stand before
    this one: "đã giải quyết 1.204 hồ sơ năm 2024 và " → "đã giải quyết " (the verb both counts share)."""
    if not unit:
        return None
    before = text[max(0, start - 200):start]
    run = re.search(rf"(?:{_NUM})\s*{re.escape(unit)}\s+{PERIOD_WORDS}\s*(?:,|;|và|,\s*và)\s*$", before,
                    re.IGNORECASE)
    return before[:run.start()] if run else None


def period_of_a_run(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the words after the count at [start, end) are only its own period in such a run: followed by the next
    count ("1.204 hồ sơ năm 2024 và 1.530 hồ sơ ...") or, on the run's later count, by the clause's end. Such words
    are no label ("Hồ sơ năm"); the shared verb is ("Hồ sơ giải quyết")."""
    period = re.match(rf"\s+{PERIOD_WORDS}", text[end:], re.IGNORECASE)
    if period is None or not unit:
        return False
    rest = text[end + period.end():]
    if re.match(rf"\s*(?:,|;|và|,\s*và)\s*(?:{_NUM})\s*{re.escape(unit)}\s+{PERIOD_WORDS}", rest, re.IGNORECASE):
        return True
    return shared_verb_context(text, start, unit) is not None and bool(re.match(r"\s*(?:[,;.!?]|$)", rest))
