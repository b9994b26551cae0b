"""The person named with their delegation as one subject: "Thủ tướng X và Đoàn công tác đã đến dâng hương tại ...",
"Bộ trưởng X và các thành viên đoàn đến thăm, tặng quà ...", "Chủ tịch Quốc hội X và Đoàn công tác của Trung
ương đã thăm, tặng quà ..." (the team's owner named).

Whoever goes somewhere "và Đoàn công tác" (with the team) heads it, whatever the call is: a check, a Tết visit, an
offering of incense. `leaders.py` reads such a subject only when a check follows and only a time opens the lead; here
the lead may open with the trip ("Trong chuyến công tác tại tỉnh Y, ngày 2/2, tức mùng 5 Tết, ..."). "cùng đoàn" is
left out: a local official goes "cùng đoàn" to show the team around. A commune's or ward's own office never heads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_local_offices import local_office
from .mention_text import after_titles

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import PersonMention

_WITH_THE_TEAM = re.compile(r"^\s*,?\s*và\s+(?:các\s+thành\s+viên\s+)?(?:Đoàn|đoàn)(?:\s+công\s+tác)?"
                            r"(?:\s+(?:của|thuộc)\s+[^.;,]{1,60}?)?\s+"
                            r"(?:đã\s+|vừa\s+)?(?:(?:đến|tới|về|đi)\s+)?(?:thăm|dâng\s+hương|dâng\s+hoa|chúc\s+Tết|"
                            r"tặng\s+quà|trao\s+quà|kiểm\s+tra|khảo\s+sát|làm\s+việc)\b", re.IGNORECASE)


def goes_with_the_team(mention: PersonMention) -> bool:
    """The titled person and "và Đoàn công tác" are the subject of a visit's verb."""
    if not mention.titles or any(local_office(title) for title in mention.titles):
        return False
    return bool(_WITH_THE_TEAM.match(after_titles(mention)))
