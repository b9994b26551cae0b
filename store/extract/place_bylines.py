"""The commune a report's byline names, when the text calls its commune only "xã".

A commune's correspondent signs with the commune ("Tuyết Vân - xã Thanh Phước", "Minh Châu (xã Thạch Khê)") on
the council's or the district's site, and the excerpt, told from inside the commune, writes "UBND xã", "Ban Pháp
chế HĐND xã" with no name: the byline is the only place the commune is named. The page reader drops that line as
debris (`Article.dropped`); it is read here as a weak clue, only when nothing else is placed, the text refers to a
unit of the byline's level by its level word alone, and the commune resolves inside a province the text or the
article's address or outlet gives (never a guess across provinces).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer

if TYPE_CHECKING:
    from .places import Places
    from .text import Article

_NAME = r"[A-ZĐÀ-Ỹ][\w'’]*"
_BYLINE = re.compile(r"^\s*(?:(?:Tin|Bài|Ảnh|Tin,\s*ảnh|Tin và ảnh)\s*:\s*)?" + _NAME + r"(?:\s+" + _NAME + r"){0,4}"
                     r"\s*(?:[-–]\s*|\(\s*)(?P<level>xã|phường|thị trấn)\s+(?P<name>" + _NAME + r"(?:\s+" + _NAME +
                     r"){0,3})\s*\)?\s*$")
"""A correspondent's name, then a dash or a bracket and the commune: "Tuyết Vân - xã Thanh Phước"."""


def byline_commune(article: Article, places: Places) -> list[dict]:
    """[the commune the byline names, as a locality], or [] (see the module's note)."""
    if places.visited:
        return []
    bare = {level for level, _ in places.bare_refs}
    provinces = list(places.hints)  # the provinces the text names, then the outlet's (`Places.hints`)
    for line in reversed(article.dropped):
        m = _BYLINE.match(line)
        if m is None or m["level"] not in bare:
            continue
        written = f"{m['level']} {m['name']}"
        for hint in provinces:
            found = gazetteer().resolve(written, province_hint=hint)
            if found is None or found.ward is None or not _in(found, hint):
                continue
            locality: dict = {"name": written, "level": m["level"]}
            if found.former_province:
                locality["former_province"] = found.former_province
            locality["province"] = found.province.as_dict()
            locality["ward"] = found.ward.as_dict()
            return [locality]
    return []


def _in(found: object, province: str) -> bool:
    """Whether a resolution lies in `province`, named as today's province or a former one."""
    places = gazetteer()
    code = getattr(getattr(found, "province", None), "code", None)
    today = places.find_province(province)
    if today is not None:
        return today.code == code
    former = places.former_province(province)
    return former is not None and former[1] == code
