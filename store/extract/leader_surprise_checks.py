"""An official who checks by surprise, told after the report's opening, heads the check (fresh85's v02, session 40).

"Trước đó, chiều 12/9, ông X – Phó Chủ tịch UBND TP.Y đã kiểm tra đột xuất ..." after a district chairman's word to
the press: the lead rules read the visit's verb only in the lead sentence; a surprise check ("kiểm tra đột xuất", "đã
bất ngờ đến kiểm tra đột xuất") is done by the one it names, wherever it is told. A commune's or ward's own official
is left to the host rules, and one who reports ("cho biết xã đã kiểm tra đột xuất") has other words between the title
and the check.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_local_offices import local_office

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import PersonMention

_CHECKS_BY_SURPRISE = re.compile(r"^\s*(?:[,–-]\s*)?(?:đã\s+)?(?:bất ngờ\s+)?(?:(?:đến|đi|tới|về|xuống)\s+)?"
                                 r"kiểm tra đột xuất\b", re.IGNORECASE)


def checks_by_surprise(mention: PersonMention, title_end: str) -> bool:
    """Whether a titled official above a commune's or ward's office checks by surprise right after the titles."""
    return bool(mention.titles) and not local_office(mention.title) and bool(_CHECKS_BY_SURPRISE.match(title_end))

