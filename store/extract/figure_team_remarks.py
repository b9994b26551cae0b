"""Remarks the overseeing team makes itself ("Đoàn giám sát ... có 06 ý kiến trao đổi"): its own round, no figure.

Remarks counted are the place's figure when they are its people's: voters' or residents' opinions and requests
("cử tri có 37 ý kiến", "tiếp nhận 12 ý kiến của cử tri"). But a report often counts what the team itself said at the
session ("Đoàn giám sát đã xem xét báo cáo và có 05 ý kiến trao đổi, đề nghị UBND làm rõ", "các thành viên đoàn đã nêu
4 ý kiến"), which measures the overseer's own work, as its "03 cuộc giám sát" and its survey forms do
(`figure_numbers._refused`, `figure_forms`). The team (or its members) must be the clause's subject, with a verb of
saying right before the count ("có", "nêu", "phát biểu", "đóng góp", "trao đổi"), no one else's voice between (voters,
residents, a committee, "nghe", "theo báo cáo"), and the remarks not said to be someone's ("... ý kiến của cử tri").
"""

from __future__ import annotations

import re

__all__ = ["teams_own_remarks"]

_TEAM = (r"(?<![Hh]uyện )(?<![Tt]ỉnh )(?<![Tt]hành )(?:\b[Đđ]oàn|\bthành viên(?:\s+(?:trong|của))?\s+[Đđ]oàn)"
         r"(?!\s*(?:viên|thể|[Tt]hanh\s+niên|TN)\b)(?:\s+(?:giám sát|khảo sát|công tác|kiểm tra))?\b")
"""The team, or its members; no union's members ("đoàn viên"), mass bodies ("đoàn thể") or Youth Union."""
_OTHER_VOICE = (r"(?:\bnghe\b|theo báo cáo|cho biết|cử tri|người dân|nhân dân|\bUBND\b|Ủy ban|Uỷ ban|tiếp nhận|"
                r"ghi nhận|,\s*(?:lãnh đạo|đại diện|các|xã|phường|thị trấn|huyện|người|hộ)\b)")
"""Someone else's voice between the team and the count: a report heard, the place's people, a new subject."""
_TEAM_SAYS = re.compile(_TEAM + r"(?:(?!" + _OTHER_VOICE + r")[^.;:])*?"
                        r"\b(?:đã\s+)?(?:có|nêu(?:\s+lên)?|phát biểu|đóng góp|góp|trao đổi)\s+"
                        r"(?:(?:thêm|tổng cộng|hơn|gần|khoảng|được)\s+)*$", re.IGNORECASE)
_SOMEONES = re.compile(r"\s*(?:,\s*kiến nghị\s*)?(?:của|từ)\s+(?:các\s+)?(?:cử tri|người dân|nhân dân|doanh nghiệp|"
                       r"hộ|tổ chức|công dân)\b", re.IGNORECASE)


def teams_own_remarks(text: str, start: int, form_end: int) -> bool:
    """Whether the remarks counted at `start` (their unit word ending at `form_end`) are the team's own."""
    return bool(_TEAM_SAYS.search(text, max(0, start - 120), start)) and not _SOMEONES.match(text, form_end)
