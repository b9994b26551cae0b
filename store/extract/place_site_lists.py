"""A list of sites visited, each with its commune or ward in brackets: every one of those units is visited.

Reports of a leader's field trip often list the sites after one verb, each placed by the unit it lies in: "kiểm tra
các bến bãi, gồm: bãi tập kết tại chân cầu A (xã B), chân cầu C (phường D) và khu vực E (phường F)", "tham quan cơ
sở ươm giống của gia đình ông X (thôn A, xã B), vườn cây của hộ ông Y (làng C, xã D) và nông hội (thôn E, xã F)".
`place_venues.site_ward` finds a site's unit only when the site follows the verb with no bracket or unit word
between; here two or more brackets, each after a site's name and joined by a comma, a semicolon or "và", after a
visit's verb in the sentence, are one list, and each unit in them is visited (a resident's home, "(ngụ xã A)", is
not a site).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

_BRACKET = re.compile(r"\(\s*(?:(?:thôn|làng|ấp|bản|tổ|tổ dân phố|khu phố|xóm|buôn|plei|khu)\s+[^,()]{1,40},\s*)?"
                      r"(?:thuộc\s+)?(?:xã|phường|thị trấn|đặc khu)\s+[^()]{1,60}\)", re.IGNORECASE)
"""A site's place in brackets: "(xã B)", "(thôn A, xã B)", "(thuộc phường C)"."""
_NEXT_SITE = re.compile(r"\s*(?:,\s*và|,|;|và)\s+[^()]{3,140}?\s*", re.IGNORECASE)
"""Between one site's bracket and the next site's: ", chân cầu C ", " và khu vực E "."""
_NO_SITE = re.compile(r"\b(?:phường|(?<!tác )xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|ngụ|"
                      r"(?<!nội )(?<!bán )trú|quê|sinh sống|đã|được|sẽ|đang)\b|[.!?]", re.IGNORECASE)
"""What a site's name never holds: another unit (which would head a list of its own; "Hợp tác xã" is a cooperative),
a resident's home ("trường nội trú" is a boarding school, "bán trú" a semi-boarding one), a verb."""
_VISIT_VERB = re.compile(r"\b(?:kiểm tra|khảo sát|giám sát|thăm|tham quan|làm việc|thị sát)\b", re.IGNORECASE)
_HOME = re.compile(r"\b(?:ngụ|(?<!nội )(?<!bán )trú|quê|sinh sống|cư trú)\b", re.IGNORECASE)


def listed_site_unit(mention: Mention, text: str) -> bool:
    """Whether `mention` is the unit in brackets of one of two or more sites listed after a visit's verb."""
    if mention.level not in WARD_LEVELS:
        return False
    groups: list[list[re.Match[str]]] = []
    for bracket in _BRACKET.finditer(text):
        last = groups[-1][-1] if groups else None
        gap = text[last.end():bracket.start()] if last else ""
        if last and _NEXT_SITE.fullmatch(gap) and not _NO_SITE.search(gap):
            groups[-1].append(bracket)
        else:
            groups.append([bracket])
    for group in groups:
        if len(group) < 2 or not any(b.start() < mention.start < b.end() for b in group):
            continue
        first = group[0].start()
        return bool(_VISIT_VERB.search(text, 0, first)) and not _HOME.search(text, max(0, first - 60), first)
    return False


_AT_SITE = re.compile(r"\btại\s+(?P<site>[^.;:()]{2,60}?)\s*\(\s*(?:(?:thôn|làng|ấp|bản|tổ|khu phố|xóm|buôn|plei)\s+"
                      r"[^,()]{1,40},\s*)?(?:thuộc\s+)?$", re.IGNORECASE)
_PERSON = re.compile(r"\b(?:ông|bà|anh|chị|gia đình|hộ|mẹ|cụ)\b", re.IGNORECASE)


def unit_of_the_site_at(mention: Mention, text: str) -> bool:
    """Whether `mention` is the unit, in brackets, of the named site a visit's sentence says it happened at: "đã đến
    thăm và làm việc với ... chính quyền tỉnh A tại đảo Hòn B (xã C, tỉnh A)" — the commune, where `site_ward` would
    stop at the province's body written between the verb and the site."""
    if mention.level not in WARD_LEVELS:
        return False
    found = _AT_SITE.search(text, max(0, mention.start - 120), mention.start)
    if found is None or _NO_SITE.search(found["site"]) or _PERSON.search(found["site"]):
        return False
    last = found["site"].split()[-1]
    return (last[0].isupper() or last.isdigit()) and bool(_VISIT_VERB.search(text, 0, found.start()))
