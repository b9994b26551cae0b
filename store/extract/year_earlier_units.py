"""A commune or ward merged away before 2025, named as it stood, dates a yearless visit before the list of 2025.

The Standing Committee's resolutions of 2019–2024 merged about a thousand communes and wards ("xã Hòa Chính" of
Chương Mỹ, "phường Đống Mác" of Hai Bà Trưng). `data/earlier_wards.json` (`store.earlier_wards`) knows them by
where they were; `place_resolution` marks a mention that is one (`Mention.earlier`: no unit of that name since,
or the old list has it in the district the article names). Neither file says on which day each ceased: what is
certain is that it was gone from the list in force until 30 June 2025 (`data/former_wards.json`), so the visit
was before 1 July 2025 — a bound, though later than the real one; no date is made up. A unit named as history
("(cũ)", "nay là xã B", a sentence that tells the merger) is no bound.
"""

from __future__ import annotations

from ..reasons import reason
from .place_cues import named_as_former
from .places import Places
from .text import Article
from .year_bounds import TWO_TIER_START, Bound
from .year_ceased_units import as_former

__all__ = ["earlier_units"]


def earlier_units(article: Article, places: Places) -> list[Bound]:
    """An upper bound at 1/7/2025 for the first unit merged away before 2025 that the article names as it stood."""
    for mention in sorted(places.mentions, key=lambda m: m.order):
        if mention.earlier is None or named_as_former(mention):
            continue
        text = mention.sentence.text if mention.sentence is not None else article.title or ""
        if not as_former(text, mention.start, mention.end):
            return [Bound(TWO_TIER_START, False, reason("year.earlier_unit", name=text[mention.start:mention.end]),
                          text)]
    return []
