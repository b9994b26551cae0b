"""People counted among those present who answer the survey are a figure: "có ... và trên 120 người dân và cán bộ
thực hiện khảo sát".

`figures._ATTENDEES` drops every count after "Tham dự buổi làm việc có ...": who sits in the room is no result. An
opinion survey held as a meeting (a front committee polling a ward's people) lists its respondents among those
present, and they are what the survey reached: people surveyed, counted as done (the house's conventions: people a
report counts as done are figures). The count stays when what follows it says they answer the survey.
"""

from __future__ import annotations

import re

_SURVEYED_AFTER = re.compile(r"[\s,]*(?:[^\W\d]+,?\s+){0,6}?(?:thực hiện|tham gia|được)\s+(?:khảo sát|điều tra|"
                             r"lấy ý kiến|trả lời phiếu)(?![\wÀ-ỹ])", re.IGNORECASE)


def surveyed(text: str, end: int) -> bool:
    """Whether the people counted up to `end` (their unit included) are the ones who answer the survey."""
    return bool(_SURVEYED_AFTER.match(text, end))
