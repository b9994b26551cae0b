"""A commune of today that several provinces have, placed by the schools (or clinics, and the villages, hamlets
and "(cơ sở X)" seats: `village_names`) the article names after its former parts.

Since 1 July 2025 a new commune often bears one old commune's name while its schools keep the names of the others:
"Ban Văn hóa - Xã hội HĐND xã Trần Phú giám sát ... tại Trường Tiểu học Hữu Văn, Trường Mầm non Mỹ Lương". Three
provinces have a "xã Trần Phú" today (Hà Nội, Thái Nguyên, Hải Phòng); only Hà Nội's was made from communes called
Hữu Văn and Mỹ Lương. When nothing else in the text places the commune (no province, no outlet, no district), a school
named after a former commune that went into exactly one of the namesakes settles it. A school named after the
commune itself, or after a former commune that went into several of them or into none, says nothing; a school named
after a person ("Trường THCS Trần Phú") is such a name when no former commune bore it, and one that did is read as a
place only when it points to a single namesake. A clinic or one of its sites so named says the same ("Trạm Y tế Hữu
Văn", "điểm trạm Mỹ Lương": a commune's clinics keep the former communes' names as its schools do).
"""

from __future__ import annotations

import re

from ..folding import fold
from ..gazetteer import WARD_LEVELS, Resolution, gazetteer, split_level
from .place_mentions import Mention
from .place_resolution import resolve, written_level
from .text import Article

__all__ = ["placed_by_schools"]

_FORMER_LEVELS = ("phường", "xã", "thị trấn")
"""The former units a school may be named after: a town too ("thị trấn Tân Phú" went into a commune)."""

_SCHOOL = re.compile(
    r"\bTrường\s+(?:Mầm non|Mẫu giáo|Tiểu học và THCS|Tiểu học và Trung học cơ sở|TH và THCS|TH&THCS|Tiểu học|"
    r"Trung học cơ sở|Trung học phổ thông|THCS|THPT|TH|MN|PTDTBT\s+(?:TH|THCS|TH&THCS))\s+"
    r"(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,2})")
"""A school and the name it bears: one to three capitalised words after its kind."""


_CLINIC = re.compile(r"\b(?:[Tt]rạm\s+[Yy]\s+tế(?:\s+(?:điểm|cơ sở))?|[Đđ]iểm\s+trạm(?:\s+[Yy]\s+tế)?)\s+"
                     r"(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,2})")
"""A commune's clinic, or one of its sites, named like a school after a former commune: "Trạm Y tế Hữu Văn", "điểm
trạm Mỹ Lương" (written "Trạm Y tế xã Hữu Văn", the former commune is a unit named, read as such)."""


def school_names(text: str) -> set[str]:
    """The folded names the article's schools and clinics bear."""
    return {fold(found["name"]) for pattern in (_SCHOOL, _CLINIC) for found in pattern.finditer(text)}


_VILLAGE = re.compile(
    r"(?:\b(?:thôn|ấp|bản|xóm|làng|Thôn|Ấp|Bản|Xóm|Làng)|\(\s*[Cc]ơ sở)\s+"
    r"(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,2})")
"""A village, hamlet or a unit's second seat and the name it bears ("thôn Hữu Văn", "ấp Mỹ Lương", "Trạm y tế xã A
(cơ sở Hữu Văn)"): since 2025 they too keep the names of the communes merged into the new one (session 24)."""


def village_names(text: str) -> set[str]:
    """The folded names the article's villages, hamlets and "(cơ sở X)" seats bear."""
    return {fold(found["name"]) for found in _VILLAGE.finditer(text)}


def placed_by_schools(mention: Mention, article: Article, districts: list[str] | None = None) -> Resolution | None:
    """The namesake of `mention` (a ward or commune no context placed) whose former parts the schools are named
    after, when exactly one is; None otherwise."""
    level = written_level(mention)
    if level not in WARD_LEVELS:
        return None
    places = gazetteer()
    namesakes = {code for unit, code in places.find_wards(mention.base)
                 if split_level(unit.name)[0] in (None, level)}
    if len(namesakes) < 2:
        return None
    own = fold(mention.base)
    pointed: set[int] = set()
    for name in (school_names(article.text) | village_names(article.text)) - {own}:
        into = {province for former in places.former_wards(name) if former.level in _FORMER_LEVELS
                for today, _, province in former.became if province in namesakes and fold(today).endswith(own)}
        if len(into) == 1:
            pointed |= into
    if len(pointed) != 1:
        return None
    return resolve(mention, [places.province_name(pointed.pop())], districts)
