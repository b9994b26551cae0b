"""An official who checks "cùng đoàn": the verb after the team is the visit, not the team's name.

"Đoàn giám sát", "đoàn kiểm tra" and "đoàn công tác" name teams, so `visit_kind` never takes a visit verb right after
"đoàn" for the visit itself. A lead with no tense word reads the same words as its verb: "Phó Chủ tịch HĐND tỉnh X
cùng đoàn công tác kiểm tra tiến độ ... tại xã A", "Trưởng Ban Dân tộc ... X cùng đoàn khảo sát tình hình ... tại xã
B". There the subject goes with the team ("cùng đoàn", "và đoàn", "cùng các thành viên đoàn") and what follows the verb
is what is checked or where ("tình hình", "việc", "tiến độ", "tại"), never the team's own qualifiers ("của HĐND tỉnh",
"số 2", "liên ngành") nor a verb of its own ("đã làm việc", "đến thăm"), after which the team's name is a name.
"""

from __future__ import annotations

import re

_WITH_THE_TEAM = re.compile(r"\b(?:cùng|và)\s+(?:các\s+thành\s+viên\s+(?:của\s+)?)?(?:đoàn|tổ)(?:\s+công\s+tác)?\s+$",
                            re.IGNORECASE)
_TEAMS_OWN = re.compile(r"^\s*(?:[,;.:(–-]|$|[A-ZĐ0-9]|(?:của|số|liên|chuyên|đã|đang|vừa|sẽ|đến|tới|đi|về|xuống|"
                        r"tiếp|do|gồm|thuộc|và|cùng|có|tiến hành|làm việc|thăm|được|là|này|đó|trên|dưới)\b)")
"""After the verb: a team's name goes on ("của HĐND tỉnh", "số 2", "liên ngành"), stops (a comma), or its own verb
comes ("đã làm việc", "đến thăm"): "đoàn khảo sát" was a name."""


def checks_with_the_team(before: str, after: str) -> bool:
    """Whether the visit verb between `before` and `after` is what the subject and the team do, not a team's name."""
    return _WITH_THE_TEAM.search(before) is not None and _TEAMS_OWN.match(after) is None
