"""The province, when a province's own body visits and no unit below it is named as visited.

"6 đoàn công tác của Tỉnh ủy Quảng Ngãi đã đi kiểm tra ... tại các xã, phường, đặc khu": the teams go to communes
the article never names; the visit is the province's, and a province-level visit lists the province. The same holds
for "Đoàn giám sát của Thường trực HĐND tỉnh ... giám sát Sở Xây dựng" when the province is named only by the
outlet's tag ("(BBNĐT)", the Bắc Ninh party paper: `data/outlet_provinces.json`) — a provincial paper's "HĐND tỉnh"
is its own province's.

Only when the opening calls the body a province's ("HĐND tỉnh", "Tỉnh ủy") and exactly one province is named (or,
none named, the outlet is a provincial paper's). A province's chair or vice-chair named in the opening with the
province's name is such a body too ("qua kiểm tra hiện trường, Chủ tịch UBND tỉnh A X yêu cầu ...": a chair's check
at a work site the text names only as a project; session 27 fresh49): the trip is in the province the office is of.
So is a check made at a province's office named with the province ("kiểm tra tại Bộ phận một cửa của Sở Xây dựng tỉnh
A", "tại Sở Tư pháp tỉnh B"; session 27 items3), whoever the team is: the site is in that province. Only an office
after "tại" in an opening that checks: an office that only sends a report ("Theo báo cáo của Sở Nội vụ tỉnh A") is
no site, and a unit named below the province is the locality instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..folding import fold
from ..gazetteer import gazetteer
from ..resources import load_json
from .places import Places
from .text import Article


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {fold(tag): province for tag, province in load_json("outlet_provinces.json")["outlets"].items()}


_PROVINCE_HEAD = re.compile(r"\b(?:Phó\s+)?Chủ\s+tịch\s+(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|"
                            r"Hội\s+đồng\s+nhân\s+dân)\s+tỉnh\s+[A-ZĐÀ-Ỹ]")
"""A province's chair written with the province's name: "Chủ tịch UBND tỉnh A" (a secretary, "Bí thư Tỉnh ủy A", is
a body's bare "Tỉnh ủy" already)."""
_SITE_CHECK = re.compile(r"\b(?:kiểm\s+tra|khảo\s+sát|thị\s+sát|giám\s+sát)\b", re.IGNORECASE)
"""The head checks something in the same sentence: a session with a ministry ("Chủ tịch UBND tỉnh A làm việc với Bộ
B") is no trip in the province."""


_OFFICE_SITE = re.compile(
    r"\btại\s+(?:trụ sở\s+)?(?:[Bb]ộ phận|[Tt]rung tâm|Sở|Văn phòng|Ban|Thanh tra|Kho bạc|Chi cục|Cục|Công an)\s"
    r"[^,.;:()]{0,80}?\btỉnh\s+([A-ZĐÀ-Ỹ][^\s,.;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*){0,2})")
"""A province's office as the place checked ("tại Bộ phận một cửa của Sở Xây dựng tỉnh A", "tại Trung tâm Phục vụ
hành chính công tỉnh B"): the province's name."""


def _office_site(article: Article) -> str | None:
    """The province named only in the office at the site of an opening check, or None."""
    for sentence in article.sentences[:2]:
        if _SITE_CHECK.search(sentence.text) and (m := _OFFICE_SITE.search(sentence.text)):
            return m[1]
    return None


def province_visited(article: Article, places: Places) -> list[dict]:
    """[the province's locality] for a province's body visiting no named unit; else []."""
    if places.visited:
        return []
    if (site := _office_site(article)) is not None and gazetteer().find_province(site) is not None:
        return _province_locality(site)
    if not any(level == "tỉnh" and (sentence is None or sentence.index <= 1) for level, sentence in places.bare_refs) \
            and not any(_PROVINCE_HEAD.search(sentence.text) and _SITE_CHECK.search(sentence.text)
                        for sentence in article.sentences[:2]):
        return []
    named = {fold(name) for name in places.context or places.hints}
    if len(named) > 1:
        return []
    written = next(iter(places.context or places.hints), None) if named else \
        _outlets().get(fold(article.outlet or ""))
    if written is None:
        return []
    return _province_locality(written)


def _province_locality(written: str) -> list[dict]:
    """[the locality of the province written so], or [] when it is none or a city."""
    province = gazetteer().find_province(written)
    former = gazetteer().former_province(written)
    if province is None and former is not None:
        province = gazetteer().province(former[1])
    if province is None:
        return []
    old_name = former[0] if former else province.name
    if old_name.startswith("Thành phố"):
        return []  # a city's council is "HĐND thành phố": a bare "tỉnh" is no city's
    locality: dict = {"name": f"tỉnh {old_name}", "level": "tỉnh"}
    if (merged := gazetteer().if_merged(old_name, province)) is not None:
        locality["former_province"] = merged
    locality["province"] = province.as_dict()
    locality["ward"] = None
    return [locality]
