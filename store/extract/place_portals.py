"""The commune a commune's page of a province's portal reports on, when the text names it only in passing.

A commune's own page (dongloc.hatinh.gov.vn: the commune's name written together, under the province's portal)
writes "HĐND xã", "UBND xã" with no name: the masthead names the commune. The text still names it in passing
("Trạm Y tế Đồng Lộc", "Trường Mầm non Đồng Lộc"). A district's portal works
the same way one level down (`place_sites`). A weak clue, taken only when nothing else is placed, the text
speaks of a commune with no name, the address's first label is exactly a name the text writes, and the outlet's
province has a commune of that name: the address never adds a place the text does not name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold_compact
from ..gazetteer import gazetteer
from .place_outlets import address_province, host_of
from .place_sites import site_district

if TYPE_CHECKING:
    from .places import Places
    from .text import Article

_WARD_LEVELS = ("xã", "phường", "thị trấn")
_WORD = re.compile(r"[^\W\d_]+")


def portal_commune(article: Article, places: Places) -> list[dict]:
    """[the commune the portal's address names, as a locality], or [] (see the module's note)."""
    host = host_of(article.url)
    labels = host.split(".")
    if places.visited or not host.endswith(".gov.vn") or len(labels) < 4:
        return []
    unnamed = [level for level, _ in places.bare_refs if level in _WARD_LEVELS]
    # a commune's page under a district's portal (leloi.ngoquyen.gov.vn): the district places it (`place_sites`)
    site = site_district(article)
    province = address_province(article.url) or (site.province if site else None)
    if not unnamed or province is None:
        return []
    name = _written(article, labels[0].replace("-", ""))
    if name is None:
        return []
    level = unnamed[0]
    found = gazetteer().resolve(f"{level} {name}", province_hint=province, district_hint=site.written if site else None)
    if found is None or found.ward is None or found.province.code != _code(province):
        return []
    locality: dict = {"name": f"{level} {name}", "level": level}
    if found.former_province:
        locality["former_province"] = found.former_province
    locality["province"] = found.province.as_dict()
    locality["ward"] = found.ward.as_dict()
    return [locality]


def _written(article: Article, label: str) -> str | None:
    """Two or three capitalised words of the text that, written together, are `label` ("Đồng Lộc": "dongloc")."""
    if len(label) < 5:
        return None
    for text in [article.title or ""] + [s.text for s in article.sentences]:
        words = list(_WORD.finditer(text))
        for i in range(len(words)):
            for n in (2, 3):
                run = words[i:i + n]
                if len(run) == n and all(w[0][0].isupper() for w in run) and \
                        fold_compact("".join(w[0] for w in run)) == label:
                    return " ".join(w[0] for w in run)
    return None


def _code(province: str) -> int | None:
    if (today := gazetteer().find_province(province)) is not None:
        return today.code
    former = gazetteer().former_province(province)
    return former[1] if former else None
