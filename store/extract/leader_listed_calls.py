"""Officials listed after their shared title and a colon who go on to call at a place, not to check it.

`leader_openings.first_listed_visits` takes the first of officials listed after "các đồng chí <title>:" as the
visit's leader when the list goes on to check ("... đã kiểm tra", "làm việc với"). A list that goes on to call — to
offer incense or flowers, to visit and wish a happy Tết, to give gifts — was left with no leader: "chiều 1-7, các đồng
chí: X, <titles>; Y, <titles> và đoàn công tác của Trung ương đã đến dâng hương tại ..." (fresh66 v08). Such a call by
national leaders is a visit by the house's convention (session 8, `visit_central_trips`), and its first-listed
official leads it as a team listed head first does. Not a list of companions, guests or hosts ("Cùng đi có các đồng
chí: ...", "Tham dự có ...", "Tiếp đoàn có ..."), and not one that only attends a ceremony ("đã dự lễ khởi công"):
whether a call is a visit at all stays with the visit rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_openings import listed_after_colon

if TYPE_CHECKING:  # the people module imports the leader rules; this is only its type
    from .people import PersonMention

_LIST_CALLS = re.compile(r"^[^.]{0,400}?\s(?:(?:đã|đang|vừa)\s+)?(?:(?:đến|đi|tới|về)\s+)?"
                         r"(?:thăm|dâng hương|dâng hoa|viếng|chúc Tết|tặng quà|trao quà)\b", re.IGNORECASE)
"""The list goes on to call: "... và đoàn công tác đã đến dâng hương", "... cùng đoàn đã đến thăm, chúc Tết"."""
_NOT_THE_TEAM = re.compile(r"\b(?:cùng đi|tham dự|dự|tiếp đoàn|tiếp|đón tiếp|đón đoàn|đón|có mặt|tham gia đoàn|"
                           r"tham gia)\s+(?:có\s+)?(?:các\s+)?(?:đồng chí|đ/c|ông,?\s*bà)\b[^.;:]{0,80}:\s*$",
                           re.IGNORECASE)
"""Companions, guests or hosts listed after a colon: "Cùng đi có các đồng chí:", "Tiếp đoàn có các đồng chí ...:"."""
_HOST_WORDS = re.compile(r"\b(?:báo cáo|tiếp đoàn|cho biết)\b", re.IGNORECASE)


def first_listed_calls(mention: PersonMention) -> bool:
    """`mention` is the first of officials listed after their shared title and a colon, and the list goes on to call
    at a place (incense, flowers, Tết wishes, gifts)."""
    before = mention.before[-160:]
    if not listed_after_colon(before) or _NOT_THE_TEAM.search(before):
        return False
    call = _LIST_CALLS.match(mention.after)
    return call is not None and not _HOST_WORDS.search(call[0])
