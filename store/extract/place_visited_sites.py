"""A unit named right after a site the team went to: "khảo sát tại Trạm Y tế xã A", "tại Đồn Biên phòng B, huyện C",
"khảo sát thực địa tại đoạn biên giới thuộc địa bàn xã D", "Tại Trường X quận A, Ban ... giám sát".

Visits of the district era go to sites more than to offices: a commune's health station or school, a border post, a
stretch of border, a road. The report names the site, then the commune or district it lies in, glued to the site's
office ("Trạm Y tế xã A"), after a comma ("Đồn Biên phòng B, huyện C") or after "thuộc (địa bàn)"; that unit is
where the team was. `place_venues.site_ward` reads a ward after a comma or in brackets and a district only in
brackets; a district after a comma is read here only when the site is one of these named places (an office, post or
school with its proper name), never a clause ("kiểm tra công tác bầu cử, huyện A đã ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["site_unit"]

_VISIT_VERB = r"\b(?:kiểm tra|khảo sát|giám sát|làm việc|thăm|đến|viếng)\b"
_SITE_NOUN = (r"(?:Trạm|Đồn|Cửa khẩu|Trường|Điểm trường|Bệnh viện|Trung tâm Y tế|Nhà văn hóa|Nhà văn hoá|[Cc]hợ|"
              r"Cảng|Nhà máy|Khu di tích|Cầu|Mốc|Cột mốc|[Đđ]ền thờ|[Nn]ghĩa trang|[Đđ]ài tưởng niệm|"
              r"Làng (?:văn hóa|văn hoá|nghề|du lịch)|Khu du lịch|Điểm du lịch|Bảo tàng)")
"""A named site: an office, post, school, relic or memorial, and the places a culture or tourism survey goes to, a
cultural or craft village or a tourist site ("tại Làng văn hóa du lịch dân tộc Mông xã A", "tại Khu du lịch sinh
thái B xã C": session 26, fresh44)."""
_GLUED = re.compile(r"(?:" + _VISIT_VERB + r"[^.;()]{0,60}?\b(?:tại|đến)|\b(?:thăm|viếng)|"
                    r"\b(?:kiểm tra|khảo sát)(?=\s+(?-i:[A-ZĐ])))\s+(?P<site>" + _SITE_NOUN + r"[^.;(),]{0,50}?)\s+$",
                    re.IGNORECASE)
"""The site and the unit glued to it, after "tại" / "đến" past a visit's verb, after "thăm", or as the named object of a
check ("đoàn kiểm tra Trạm Y tế xã A", "đã khảo sát Trường Tiểu học xã B": capitalised, a proper name; session 26)."""
_OF_A_SITE = re.compile(_VISIT_VERB + r"(?:(?!\b(?:tại|ở|đến)\b)[^.;()]){0,60}?\bcủa\s+(?P<site>(?-i:" +
                        _SITE_NOUN.replace("Trạm", "[Tt]rạm").replace("Trường", "[Tt]rường") +
                        r")(?i:[^.;(),]{0,60}?))\s+$", re.IGNORECASE)
"""What the team checked of a site glued to its commune: "giám sát việc khám chữa bệnh của Trạm Y tế xã A", "khảo sát
bếp ăn của Trường PTDT bán trú xã B" (session 26, fresh45). The site's noun must be written as a site's (capitalised,
or "trạm", "trường"): "kiểm tra công tác của chợ ..." and the like are read only after "tại"."""
_AFTER_COMMA = re.compile(_VISIT_VERB + r"(?P<site>(?:(?!" + _VISIT_VERB + r")[^.;()]){3,140}?),\s*$", re.IGNORECASE)
"""The site after the last visit's verb before the comma: "Đoàn khảo sát của Ban ... do bà X, Trưởng ban làm trưởng đoàn
đã khảo sát tại Đồn Biên phòng B, huyện C" is the post, not the team's name up to it (session 25)."""
_OF_AREA = re.compile(_VISIT_VERB + r"\s+(?:thực địa|thực tế)?\s*(?:tại\s+)?(?P<site>[^.;():,]{3,80}?)\s+thuộc\s+"
                      r"(?:địa bàn\s+)?$", re.IGNORECASE)
_NEXT_SITE = re.compile(r"\)\s*(?:,|và)\s*(?P<site>" + _SITE_NOUN + r"[^.;()]{0,60}?)\s*\(\s*(?:thuộc\s+)?$",
                        re.IGNORECASE)
_LISTED_SITE = re.compile(_VISIT_VERB + r"(?P<gap>(?:(?!\b(?:đã|được|sẽ|cho biết|báo cáo)\b)[^.;()]){3,140}?)"
                          r"(?:,|\svà)\s+(?P<site>" + _SITE_NOUN + r"[^.;(),]{0,60}?)\s*\(\s*(?:thuộc\s+)?$",
                          re.IGNORECASE)
"""A named site listed after another stop of the same visit, its commune in brackets: "khảo sát tại Đồn Biên phòng B,
huyện C và Trường PTDT bán trú THCS (xã D)" (session 25)."""
_OPENING_SITE = re.compile(r"^\W*(?:(?:sáng|chiều|trưa|tối)?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                           r"\s*,\s*)?(?:tại|ở)\s+(?P<site>" + _SITE_NOUN + r"[^.;(),]{0,60}?)\s+$", re.IGNORECASE)
"""A sentence that opens on a named site and the unit it lies in: "Tại Trường THCS X quận A thành phố B, Ban ..."."""
_UNIT_WORD = re.compile(r"\b(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|TP|TX|đặc khu)\b", re.IGNORECASE)
_NOT_A_SITE = re.compile(r"\b(?:ông|bà|anh|chị|đồng chí|người dân|cử tri|công tác|việc|tình hình|kết quả|hoạt động)\b",
                         re.IGNORECASE)
"""A person ("bà X, xã A") or what was checked ("kiểm tra công tác bầu cử, xã A") is no site the unit holds."""


def site_unit(mention: Mention, text: str) -> bool:
    """`mention` (a commune, ward or district) is where a named site the team went to lies."""
    district = mention.level in ("huyện", "quận", "thị xã", "thành phố")
    if mention.level not in WARD_LEVELS and not district:
        return False
    before = text[max(0, mention.start - 160):mention.start]
    if not district and (m := _GLUED.search(before)) and not _UNIT_WORD.search(m["site"]):
        return True  # "khảo sát tại Trạm Y tế xã A": the site's office glued to its commune
    if not district and (m := _OF_A_SITE.search(before)) and not _UNIT_WORD.search(m["site"]):
        return True  # "khảo sát hoạt động của trạm y tế xã A": the site checked, glued to its commune
    if (m := _OF_AREA.search(before)) and not _UNIT_WORD.search(m["site"]) and not _NOT_A_SITE.search(m["site"]):
        return True  # "khảo sát thực địa tại đoạn biên giới thuộc địa bàn xã A"
    if (m := _NEXT_SITE.search(before)) and re.search(_VISIT_VERB, text[:m.start()], re.IGNORECASE):
        return True  # "khảo sát tại Cửa khẩu A (thị xã B), Cửa khẩu C (huyện D)": the next site, with its unit
    if not district and (m := _LISTED_SITE.search(before)) and not _UNIT_WORD.search(m["site"]):
        return True  # "... tại Đồn Biên phòng B, huyện C và Trường X (xã D)": the next site of the list, its commune
    if (m := _OPENING_SITE.match(text[:mention.start])) and not _UNIT_WORD.search(m["site"]) and \
            re.search(_VISIT_VERB, text[mention.end:], re.IGNORECASE):
        return True  # "Tại Trường THCS X quận A, Ban ... đã giám sát ...": the unit the opening site lies in
    if district and (m := _AFTER_COMMA.search(before)):
        site = re.split(r"\b(?:tại|ở)\s+", m["site"])[-1]  # "khảo sát việc X tại Đồn B, huyện C": the post
        named = re.search(_SITE_NOUN + r"(?:\s+\S+){0,5}?\s+[A-ZĐÀ-Ỹ]\S*\s*$", site)
        return bool(named) and not _UNIT_WORD.search(site) and not _NOT_A_SITE.search(site)
    return False
