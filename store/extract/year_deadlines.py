"""A deadline counted from the day of writing: "từ nay đến (hết) ngày 31-12-2022, đoàn sẽ kiểm tra ...".

"từ ... đến ngày X" usually closes a span that is over, so the visit comes after X (`year_bounds`); but "từ nay"
(from now) starts the span on the day the article was written: X is still ahead, and the visit came before it.
"""

from __future__ import annotations

import re

_FROM_NOW = re.compile(r"\btừ\s+(?:nay|bây giờ|hôm nay)\s+(?:đến|tới|cho đến)\s+(?:hết\s+)?(?:ngày\s+)?$",
                       re.IGNORECASE)


def deadline_ahead(before: str) -> bool:
    """The text before a dated day makes it a deadline from the day of writing ("từ nay đến ngày")."""
    return _FROM_NOW.search(before) is not None
