"""A commune or ward named only as the one that reports to the team: "Theo báo cáo của UBND xã A, ...".

An excerpt that opens on the host's report ("Theo báo cáo của UBND xã A, 10 tháng năm 2025, xã đã ...") names the
commune visited only as the report's author; the fall-back that counts names finds it when nothing else is named, but
a later stop ("Cùng ngày, đoàn giám sát đã làm việc với xã B") is read as visited first and A was then dropped. A
commune's or ward's People's Committee (or party committee) that reports at the opening, or reports "với đoàn", is
the host of the session the article tells: visited as B is. Only units below the district (a district's or a
province's report is often cited as a source for the area, not a host), only right after the report's opening, and
"Theo báo cáo" only in the first two sentences: a report cited later may be any unit's figures.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

_REPORTER = r"(?:lãnh đạo\s+)?(?:UBND|(?:Ủy|Uỷ) ban nhân dân|Đảng (?:ủy|uỷ)|Thường trực Đảng (?:ủy|uỷ))\s+"
_CITED = re.compile(r"^\W*Theo\s+báo\s+cáo\s+(?:của|tại)\s+" + _REPORTER + "$", re.IGNORECASE)
"""The excerpt's opening cites the unit's report: "Theo báo cáo của UBND xã A, ..."."""
_TO_THE_TEAM = re.compile(r"^\W*(?:[^.;,]{0,40},\s*)?Báo\s+cáo\s+(?:với|tại)\s+(?:đoàn|buổi\s+(?:làm việc|giám sát|"
                          r"khảo sát|kiểm tra))\b[^.;,]{0,60},\s*" + _REPORTER + "$", re.IGNORECASE)
"""The unit reports to the team: "Báo cáo với đoàn, UBND phường B cho biết ..."."""
_WARD_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")
_OPENING = 2


def reports_as_host(mention: Mention) -> bool:
    """The commune or ward is the author of the report the team hears, named at its sentence's opening."""
    if mention.sentence is None or mention.level not in _WARD_LEVELS:
        return False
    before = mention.sentence.text[:mention.start]
    if _TO_THE_TEAM.match(before):
        return True
    return mention.sentence.index < _OPENING and _CITED.match(before) is not None
