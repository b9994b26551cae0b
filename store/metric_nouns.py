"""What a figure counts: a metric follows its noun, not its verb alone (session 19, fresh24).

The metrics' aliases are verbs ("giải quyết", "tiếp nhận", "đúng hạn"), and other things are settled and
received too: "Vụ việc giải quyết", "Kiến nghị giải quyết", "Đơn thư giải quyết", "Phản ánh đã xử lý", "Tin báo
... giải quyết". Read by the verb alone they were filed as dossiers settled, so the figures screen drew complaints
and dossiers as one series and the checks compared their counts. Each metric of the taxonomy names what it counts
(`counts`: "hồ sơ", "TTHC"...), and the taxonomy lists things no metric counts (`other_counts`: "vụ việc", "kiến
nghị", "đơn thư"...). A count's noun is its unit; a rate's (or a count without a unit) is the noun its label names
nearest the verb: the last one before the verb's end ("Tỷ lệ kiến nghị được giải quyết đúng hạn"), else the first
after it ("Tỷ lệ giải quyết đúng hạn các kiến nghị"). A label naming no known noun keeps the verb's reading
("Tỷ lệ đúng hạn").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .folding import fold
from .taxonomy import taxonomy


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], re.Pattern[str]]:
    counts = taxonomy().metric_counts
    nouns = {noun for group in counts.values() for noun in group} | taxonomy().other_counts
    alternatives = "|".join(re.escape(noun) for noun in sorted(nouns, key=len, reverse=True))
    return counts, re.compile(rf"(?<![0-9a-z])(?:{alternatives})(?![0-9a-z])")


def counted_noun(folded: str, unit: str, start: int, end: int) -> str | None:
    """The folded noun a figure counts: its unit if a count's, else the label's noun nearest the verb at
    folded[start:end] (`folded` is folded text). None when the label names no known noun."""
    if unit and unit != "%":
        return fold(unit)
    found = [(m.start(), m.group()) for m in _tables()[1].finditer(folded)]
    before = [noun for at, noun in found if at < end]
    if before:
        return before[-1]
    return next((noun for at, noun in found if at >= end), None)


def counts_fit(metric: str, noun: str | None) -> bool:
    """Whether `metric` counts `noun` (a metric the taxonomy gives no nouns fits any)."""
    nouns = _tables()[0].get(metric)
    # a unit is its head noun and what qualifies it: "hồ sơ trực tuyến" counts dossiers, "dịch vụ công trực tuyến
    # toàn trình" online public services (procedures, as reports count them)
    return noun is None or not nouns or any(noun == head or noun.startswith(head + " ") for head in nouns)


def metric_for_noun(metric: str | None, folded: str, unit: str, start: int, end: int) -> str | None:
    """`metric`, read by the verb at folded[start:end], if what the figure counts is what it counts."""
    if metric is None:
        return None
    return metric if counts_fit(metric, counted_noun(folded, unit, start, end)) else None
