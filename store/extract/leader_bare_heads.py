"""A head named with no title, whom the sentence still makes the team's head: "bà X cùng đoàn kiểm tra đã ...".

An excerpt that opens on the host's report, after the lead with the visitor's office was cut away, may name the head
only bare ("Phát biểu tại buổi làm việc, ..., bà X nhấn mạnh"; "Trước đó, bà X cùng đoàn kiểm tra cũng đã có buổi
làm việc với huyện A"). Who goes somewhere "cùng đoàn <kind>" as the subject of the visit's verb leads that team: a
local official who shows the team around is named with the office of the unit (`leader_with_team` leaves "cùng đoàn"
out for titled people for that reason). So only a person the article never gives an office of a commune or ward, who
opens the clause. Only a fallback: any phrase naming a head, or any titled visitor, wins over it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_local_offices import local_office
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import People, PersonMention

_WITH_THE_TEAM = re.compile(r"^\s*cùng\s+(?:các\s+thành\s+viên\s+)?đoàn\s+(?:kiểm tra|giám sát|khảo sát|công tác)"
                            r"(?:\s+(?:của|thuộc)\s+[^.;,]{1,60}?)?\s+(?:cũng\s+)?(?:đã\s+|vừa\s+)?(?:có\s+buổi\s+)?"
                            r"(?:(?:đến|tới|về|đi|xuống)\s+)?(?:làm việc|kiểm tra|khảo sát|giám sát|thăm)\b",
                            re.IGNORECASE)
"""The team's kind named ("cùng đoàn kiểm tra", "cùng đoàn công tác"), then the visit's verb: not "cùng đoàn" alone,
which is also how a host walks beside the visitors."""
_OPENS = re.compile(r"(?:^|[,.;:]\s*)$")
"""Only the clause's opening before the name ("Trước đó, bà X", "Trong chuyến công tác, ông Y")."""


def goes_bare_with_the_team(people: People) -> PersonMention | None:
    """The first person named with no title who, opening a clause, goes "cùng đoàn <kind>" to a visit's verb."""
    for mention in people.mentions:
        if name_parts(mention.name) < 2 or mention.titles or not _OPENS.search(mention.before.rstrip() or ""):
            continue
        if not _WITH_THE_TEAM.match(mention.after):
            continue
        if any(local_office(title) for title in people.titles_of(mention.name).split(", ") if title):
            continue  # the commune's own official, named with the office elsewhere: a host
        return mention
    return None
