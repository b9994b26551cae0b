"""A site visited with its commune written bare in brackets: "khảo sát ... ở chợ Phủ (Thạch Châu)".

A report of a field trip often places a market, a school or a desk it went to by the commune it lies in, in
brackets and without the level word: "Qua khảo sát hoạt động ... ở chợ Phủ (Thạch Châu), tham quan trung tâm giao
dịch một cửa xã Mai Phụ" (real: a provincial board in a district of Hà Tĩnh, 2023; session 37, fresh80 v02).
`place_site_lists` reads such brackets only with the level word ("(xã B)"), and `place_mentions` keeps a bare name
only after "tại", "đến", "với", so the commune was lost. The bracket is read as a unit only when it holds one name
and nothing else, right after a site's noun and its name, with a visit's verb earlier in the sentence; and only
when the gazetteer knows the name at exactly one level (before or after the 2025 reform) and as no district's,
whose bare name a bracket just as often holds ("Trường THCS A (Cẩm Xuyên)"): then the level is sure. Such a
unit is a mention of its own (`Mention.site_bracket`), and `place_choice` takes it as visited, as it takes the
bracketed units of `place_site_lists`: the sentence's verb, not a "tại" before it, says the team went there
("khảo sát hợp tác xã A (B)").

The visit's verb may close the sentence before, the site opening its own with "Tại" or "Ở": "Đoàn đã đến kiểm tra
thực tế. Tại Trạm y tế (Tân Lập), ..." (held-out h1402's class; session 38). Only that opening is read so: a site
named further into its sentence after a visit told before ("Năm 2022, chợ A (B) được đầu tư ...") is what the site
got, not where the team went; and a sentence before that tells a report ("Theo báo cáo ...") is no visit.
"""

from __future__ import annotations

import re
import unicodedata

from ..gazetteer import gazetteer
from ..levels import split_level

__all__ = ["site_bracket_units"]

_SITE = re.compile(
    r"\b(?:chợ|trường|trạm y tế|trạm|nhà văn hóa|nhà văn hoá|trung tâm|bộ phận|điểm|hợp tác xã|HTX|công ty|"
    r"cơ sở|mô hình|trang trại|bến|cảng|đình|chùa|bệnh viện|phòng khám|nhà máy|thư viện|khu)\b"
    r"(?:\s+[^\s().,;:]+){0,8}?\s*\(\s*(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,2})\s*\)",
    re.IGNORECASE)
"""A site's noun, its name (up to eight words) and a bracket holding one capitalised name of one to three words."""
_VISIT_VERB = re.compile(r"\b(?:khảo sát|tham quan|kiểm tra|giám sát|thăm|thị sát|làm việc)\b", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:(?:Sau đó|Tiếp đó|Tiếp theo),?\s+)?(?:tại|ở)\s+(?:các\s+|một\s+)?", re.IGNORECASE)
"""A sentence opening on the site: "Tại trạm y tế (A)", "Ở trường (B)", "Sau đó, tại chợ (C)"."""
_LEVEL_WORD = re.compile(r"\b(?:(?<!hợp tác )xã|phường|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|thôn|bản|ấp|tổ)\b",
                         re.IGNORECASE)
"""A unit's level word between the site's noun and its bracket ("hợp tác xã" is a cooperative, no commune)."""


def site_bracket_units(text: str, before: str = "") -> list[tuple[int, int, str, str]]:
    """(start, end, name, level) of each commune or ward written bare in brackets after a site visited; `before`
    is the sentence before `text`, whose visit a site opening `text` is the place of."""
    found: list[tuple[int, int, str, str]] = []
    for site in _SITE.finditer(text):
        name = site["name"]
        if name.split()[0] != name.split()[0].capitalize() and not name.isupper():
            continue
        clause = text[max(text.rfind(mark, 0, site.start()) for mark in ".!?\n") + 1:site.start()]
        told_before = _OPENING.fullmatch(clause) is not None and _VISIT_VERB.search(before) is not None
        if not (_VISIT_VERB.search(clause) or told_before) or \
                _LEVEL_WORD.search(site[0][:site.start("name") - site.start()]):
            continue  # no visit in the sentence; or a unit already named between the site and its bracket
        level = _one_level(name)
        if level is not None:
            found.append((site.start("name"), site.end("name"), name, level))
    return found


def _same(name: str) -> str:
    """`name` as written, tones kept: "Nghĩa Dân" is not "Nghĩa Đàn", which the gazetteer's folded search joins."""
    return unicodedata.normalize("NFC", " ".join(name.split())).lower()


def _one_level(name: str) -> str | None:
    """The one level the gazetteer knows `name` at among communes, wards and towns, old or new; None if none, if
    several, or if a district or a province bears the name too."""
    places = gazetteer()
    if places.names_a_district(name) or places.find_province(name) or places.former_province(name):
        return None
    written = _same(name)
    levels: set[str | None] = {ward.level for ward in places.former_wards(name) if _same(ward.base) == written}
    levels |= {level for unit, _ in places.find_wards(name) for level, base in [split_level(unit.name)]
               if _same(base) == written}
    return levels.pop() if len(levels) == 1 else None
