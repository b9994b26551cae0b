"""A page's time stamp glued inside a line of a search or tag page: "Thủ tướng ... khắc phục hậu quả bão số
309/09/2024 10:42(ThanhtraVietNam) - Chiều 8/9, Thủ tướng ...".

Result lists print each item as title, stamp, outlet tag and lead run together; copied as text, the title's last
digit runs into the stamp's day ("bão số 3" + "09/09/2024"), so no stamp shape of `markers` matched, the page had
no date and the visit's year was guessed from nothing. The stamp is known by its shape: a zero-padded day and month,
a four-digit year, a time, then the outlet's bracket. Its day is the two digits before the first slash, whatever
runs into them.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["glued_stamp"]

_GLUED = re.compile(r"(\d{2})/(\d{2})/(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?=\(\s*[A-ZĐ][\wĐđ.&]{1,24}\s*\))")


def glued_stamp(line: str) -> tuple[date, int, int] | None:
    """(day, start, end) of a stamp followed by an outlet's bracket inside `line`; else None."""
    m = _GLUED.search(line)
    if m is None:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1])), m.start(), m.end()
    except ValueError:
        return None
