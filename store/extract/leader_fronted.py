"""The leading phrase written before its subject: "Sáng 25/4, dẫn đầu đoàn công tác của Bộ X, ông Y – <titles> – cùng
... đến khảo sát".

The usual order is "Y dẫn đầu đoàn" (`leaders.py`); a lead may also open with the phrase and the team it leads, and only
then name the person after a comma. Nothing else comes between: a second person named in that stretch ("dẫn đầu đoàn là
ông A, cùng ông B") leaves the choice to the other rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention_text import before_title

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import PersonMention

_FRONTED = re.compile(r"(?:^|[,;:]\s*)\W*(?:trực tiếp\s+)?dẫn\s+đầu\s+(?:các\s+)?đoàn\b"
                      r"(?:(?!\b(?:ông|bà|đồng chí|đ/c)\s)[^.;:]){0,160}?,\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?$",
                      re.IGNORECASE)


def fronted_leader(mention: PersonMention) -> bool:
    """The person comes right after a fronted "dẫn đầu đoàn ...," (their title, if written before the name, between)."""
    return bool(_FRONTED.search(mention.before) or mention.titles and _FRONTED.search(before_title(mention)))
