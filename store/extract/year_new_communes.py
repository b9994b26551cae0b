"""A commune or ward that exists only since the reform of 2025 dates a yearless visit from below.

In 2025 many communes took the name of the district or town they replaced: "xã Đô Lương" (Nghệ An) is the commune
of 2025, where "thị trấn Đô Lương" and "huyện Đô Lương" stood before; "xã Krông Pắc", "phường Pleiku" likewise, and
many new names ("xã Tuyên Lâm") were never anyone's. A visit at such a unit, named with its level word, was on or after
the month its name was made: the Standing Committee's resolutions of 16 June 2025, with which the new communes began
their trial runs (they took office on 1 July); the bound is the 1st of that month (`NAMES_IN_USE`). So "Sáng 12/9,
... tại xã Đô Lương" is 12/9/2025, not today's year.

Not a sign:
- the name alone ("huyện Đô Lương", "tại Đô Lương"): the district bore it too, and a bare name is read by the era
  (`place_era`);
- a commune of that name and level that existed before, in the province the article names, or anywhere when it names
  none ("xã Tân Kỳ" was Hải Dương's; "xã Đô Lương" was Thái Bình's until an earlier merger): the old one may be meant;
- "thị trấn X": the old level word;
- a unit still planned ("dự kiến", "phương án", "đề án", "lấy ý kiến", "sẽ"): the spring of 2025 named the communes
  to come, visits among them;
- a visit that also went to a district or town (`places.era_bounds`: then before the reform), named as it was
  ("(cũ)") or not;
- a text that speaks of the reform's start as still ahead ("để phường mới đi vào hoạt động chính thức từ ngày
  1/7/2025", "khi chuyển sang mô hình chính quyền địa phương 2 cấp": `year_bounds`' upper bounds by 1/7/2025): the
  new names were known weeks before, and the visit came before the start;
- an article whose own years are all before 2025 ("hội nghị tổng kết năm 2023 của HĐND phường Sơn Trà", t905): the
  text was written before the reform, and the new-looking name is a slip or a unit the lists miss.
"""

from __future__ import annotations

import re
from datetime import date

from ..earlier_wards import earlier_wards
from ..folding import fold
from ..gazetteer import gazetteer
from ..reasons import reason
from .dates import Bound
from .place_outlets import strong
from .place_resolution import _hint_codes, written_level
from .places import Places, era_bounds
from .text import Article
from .year_bounds import TWO_TIER_START, named_years, year_bounds
from .year_runups import reform_ahead

__all__ = ["NAMES_IN_USE", "NAMES_SINCE", "new_commune_bounds"]

NAMES_SINCE = date(2025, 6, 16)
"""The day the resolutions that made the communes and wards of 2025 were passed (in office from 1 July)."""
NAMES_IN_USE = date(2025, 6, 1)
"""The bound itself: the month of those resolutions. The units were readied under their new names all through June
(seats, staff, trial runs), before the resolutions' day, and reports of the first half of June name them with their
level word: "Sáng 10/6, ... tại xã Đô Lương" is 10/6/2025. From 16/6 the bound read 10/6/2026, a year after the
commune's first June (session 17's open class); a day in May still reads the year after."""
_PLANNED = re.compile(r"\b(?:dự kiến|phương án|đề án|dự thảo|lấy ý kiến|sẽ|tên gọi|đặt tên)\b", re.IGNORECASE)


def new_commune_bounds(article: Article, places: Places) -> list[Bound]:
    """A lower bound for each visited commune or ward named with its level word that no unit of that level bore
    before the reform (where the article places it)."""
    years = named_years(article)
    if era_bounds(places) or any(reform_ahead(fold(s.text)) for s in article.sentences) or \
            years and max(years) < NAMES_SINCE.year or \
            any(not bound.lower and bound.day <= TWO_TIER_START for bound in year_bounds(article)):
        return []
    named = _hint_codes(strong(places.hints))
    bounds: list[Bound] = []
    for mention in places.visited:
        found = mention.resolution
        if mention.bare or mention.earlier is not None or found is None or found.ward is None or \
                found.former_ward is not None or written_level(mention) not in ("xã", "phường"):
            continue
        text = mention.sentence.text if mention.sentence else (article.title or "")
        if _PLANNED.search(text) or not _only_since(mention.base, written_level(mention) or "xã",
                                                    found.province.code, named):
            continue
        bounds.append(Bound(NAMES_IN_USE, True, reason("year.unit_since", name=mention.name, since="6/2025"), text))
    return bounds


def _only_since(base: str, level: str, province: int, named: set[int]) -> bool:
    """Whether no unit of `level` called `base` existed before the reform: in `province` when the article names it,
    anywhere otherwise."""
    places = gazetteer()
    olds = [w.province_codes for w in places.former_wards(base, level) if fold(w.base) == fold(base)]
    for old in earlier_wards(base, level):
        former = places.former_province(old.old_province)
        olds.append(frozenset({former[1]}) if former else frozenset())
    if province in named:
        return not any(province in codes or not codes for codes in olds)
    return not olds
