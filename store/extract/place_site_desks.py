"""A district's own desk overseen beside its communes, on the district's site: the district is visited too.

A district council's team on the district's portal writes "giám sát ... đối với UBND xã A, UBND xã B và Bộ phận
tiếp nhận và trả kết quả Văn phòng HĐND-UBND huyện": the communes by name, the district's own one-stop desk by its
bare level word, the district's name left to the masthead (`place_sites.site_district`). The desk is the district's,
so the visit went to the district as well as to its communes, and the district is listed beside them (a district
is listed beside its communes only when the visit went to it). Only a desk or office listed with the communes in the
sentence that says what the team oversaw counts: "trên địa bàn huyện", the scope, or "HĐND huyện", the team's own
body, is no visit to the district.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from ..gazetteer import gazetteer
from .place_sites import district_locality, site_district

if TYPE_CHECKING:
    from .places import Places
    from .text import Article

_VISIT = re.compile(r"\b(?:giám sát|kiểm tra|khảo sát)\b[^.;]{0,160}?\b(?:đối với|tại|ở)\s+(?:UBND\s+)?"
                    r"(?:xã|phường|thị trấn)\b", re.IGNORECASE)
_DESK = re.compile(r"\b(?:và|,)\s+(?:tại\s+)?(?:Bộ phận (?:một cửa|tiếp nhận và trả kết quả)|Văn phòng HĐND)"
                   r"[^.;]{0,60}?\b(huyện|quận|thị xã)(?=\s*(?:[.;,]|$|\s+[a-zà-ỹđ]))", re.IGNORECASE)


def site_district_beside(article: Article, places: Places, localities: list[dict]) -> list[dict]:
    """[the site's district] when the team oversaw its own desk with the communes it names, or []."""
    found = site_district(article)
    if found is None or not localities or any(loc.get("level") in ("huyện", "quận", "thị xã", "thành phố", "tỉnh")
                                               for loc in localities):  # a district named already, or a province
        return []
    for sentence in article.sentences[:4]:
        visit = _VISIT.search(sentence.text)
        desk = _DESK.search(sentence.text, visit.end()) if visit else None
        if desk is None or fold(desk[1]) != fold(found.level):
            continue
        resolved = gazetteer().resolve(found.written, found.level, found.province)
        if resolved is None or resolved.ward is not None or \
                any(loc["province"]["code"] != resolved.province.code for loc in localities):
            return []
        return [district_locality(found, resolved)]
    return []


__all__ = ["site_district_beside"]
