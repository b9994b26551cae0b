"""The head of an overseeing committee who speaks for it, when no one is said to lead.

A committee of the National Assembly ("Ủy ban Xã hội của Quốc hội", "Ủy ban Văn hóa, Giáo dục") or a
council's Ban ("Ban Kinh tế - Ngân sách HĐND tỉnh", "ban Văn hoá - Xã hội xã") often works with a unit and
the report never says who led: the committee's own chair or vice-chair ("Chủ nhiệm Ủy ban X", "Trưởng ban X")
who speaks at the visit ("Phát biểu tại buổi làm việc, ông Y, Chủ nhiệm Ủy ban X cho biết", "bà Z, Trưởng ban
X đánh giá cao") is its head there. A host never is: the office must name the committee the lead names.

The people module cuts a title at its first comma or dash ("Chủ nhiệm Ủy ban Văn hóa", "Trưởng ban Văn hoá"),
so the office is read again from the text after the name, and committee names are compared folded, with any
dash as "-" ("Văn hoá – Xã hội" is "Văn hóa - Xã hội").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold

if TYPE_CHECKING:
    from .people import People, PersonMention
    from .text import Article

_ASSEMBLY_COMMITTEE = re.compile(r"\b(?:Ủy|Uỷ)\s+ban\s+([A-ZĐ][^.;]{1,60}?)\s+(?:của\s+)?Quốc hội\b")
_COUNCIL_BAN = re.compile(r"\b[Bb]an\s+([A-ZĐ][^.;,]{1,40}?)\s+(?:HĐND|Hội đồng nhân dân|tỉnh|thành phố|huyện|quận|"
                          r"thị xã|xã|phường|thị trấn)\b")
_NOT_A_COMMITTEE = re.compile(r"^(?:thuong vu|chi dao|thuong truc|to chuc|tuyen giao|dan van|noi chinh|kiem tra|"
                              r"quan ly|nhan dan|mat tran)\b")
"""Party boards, steering committees and the People's Committee are no overseeing committee of a council."""
_OFFICE = re.compile(r"^\s*[,–-]?\s*(?:uy vien[^,]{0,60},\s*)?(?:pho\s+)?(?:chu nhiem|truong ban|chu tich)\s+"
                     r"(?:uy ban\s+|ban\s+)?")
_AFTER_NAME = re.compile(r"^(?:\s+(?:cua\s+)?quoc hoi|\s*-?\s*(?:hdnd|hoi dong nhan dan)(?:\s+[^,]{0,30}?)?)?\s*,?\s*"
                         r"(?:da\s+)?(?:nhan manh|phat bieu|ket luan|de nghi|yeu cau|chi dao|danh gia cao|ghi nhan|"
                         r"luu y|de xuat|cho biet|khang dinh)\b")
_SPOKE_BEFORE = re.compile(r"(?:^|[.;]\s*)\W*(?:phat bieu|ket luan|qua (?:khao sat|giam sat)|tai buoi (?:lam viec|"
                           r"khao sat|giam sat))[^.;]{0,60},\s*(?:(?:ong|ba|dong chi|d/c)\s+)?$")
"""Said to speak by the words before the name: "Phát biểu kết luận buổi làm việc, bà X, ..."."""


def committee_head(people: People, article: Article) -> PersonMention | None:
    """The first person whose office heads a committee the lead names and who speaks for it, or None."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    names = {_folded(m[1]) for part in lead for m in _ASSEMBLY_COMMITTEE.finditer(part)}
    names |= {ban for part in lead for m in _COUNCIL_BAN.finditer(part)
              if not _NOT_A_COMMITTEE.match(ban := _folded(m[1]))}
    if not names:
        return None
    for mention in people.mentions:
        if len(mention.name.split()) < 2:
            continue
        after = _folded(mention.after)
        office = _OFFICE.match(after)
        if office is None:
            continue
        rest = after[office.end():]
        name = next((n for n in sorted(names, key=len, reverse=True) if rest.startswith(n)), None)
        if name is None:
            continue
        if _AFTER_NAME.match(rest[len(name):]) or _SPOKE_BEFORE.search(_folded(mention.before)):
            return mention
    return None


def _folded(text: str) -> str:
    return re.sub(r"\s*[-–—]\s*", " - ", fold(text)).strip()
