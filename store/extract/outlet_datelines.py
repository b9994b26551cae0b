"""An outlet's name heading the lead: "Báo Quảng Ngãi - Sáng 15/10/2024, Đoàn giám sát ...".

`markers` took an outlet written as a tag ("(BDO) -", "VOV - ") only; a paper's full name then a dash, then the
lead's own opening (a time of day, a day), stayed in the lead: the summary and the date's sentence began "Báo Quảng
Ngãi - " and the source had no outlet (issue 12, tryout s42-tryout14). The name is the outlet when it starts with a
kind of outlet (Báo, Tạp chí, Đài ..., Cổng thông tin điện tử, Truyền hình, Thông tấn xã), its words are capitalised
(a proper name: "Báo cáo", "Báo Nhân dân" aside, a lower-case word is no name's), a dash follows, and what follows the
dash opens a lead with a time: "Sáng/Chiều/Tối/Trưa (nay)", "Ngày", "Hôm (nay/qua)", "Từ ngày", or a day "15/10".
It may be in brackets ("(Báo Lào Cai) - Chiều 3/4, ...").

Not an outlet: "Báo cáo tại buổi làm việc - sáng 5/6 ..." (a report, lower case), "Báo Quảng Ngãi - tờ báo của
tỉnh - đưa tin ..." (the dash opens an aside, not the lead's time).
"""

from __future__ import annotations

import re

_KIND = (r"Báo|Tạp\s+chí|Đài(?:\s+(?:Phát\s+thanh|PT|PTTH|PT-TH|Truyền\s+hình|và|-|–))*"
         r"|Cổng\s+(?:thông\s+tin\s+điện\s+tử|TTĐT)|Truyền\s+hình|Thông\s+tấn\s+xã")
_NAME_WORD = r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ.&-]*|\d+)"
_NAME = rf"(?:{_KIND})(?:\s+{_NAME_WORD}){{1,5}}(?:\s+(?:điện\s+tử|online|Online))?"
_LEAD_TIME = (r"(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+nay|\s+qua)?|Ngày|Hôm\s+(?:nay|qua)|Từ\s+ngày|Vừa\s+qua)\b"
              r"|\d{1,2}\s*[/.-]\s*\d{1,2}\b")
_OUTLET_LEAD = re.compile(rf"^\s*(?:\((?P<bracketed>{_NAME})\)|(?P<plain>{_NAME}))\s*[-–—]\s*(?=(?:{_LEAD_TIME}))")


def outlet_before_lead(line: str) -> tuple[str, int] | None:
    """The outlet's name heading `line` and where the lead proper begins, or None."""
    m = _OUTLET_LEAD.match(line)
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m["bracketed"] or m["plain"]).strip()
    return name, m.end()
