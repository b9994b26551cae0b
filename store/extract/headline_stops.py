"""A headline printed with a closing full stop, above a lead that opens on its day.

A page's headline has no stop, so `debris.split_title` takes a line that ends like a sentence for running text: a
headline written "Giao ban Thường trực UBND tỉnh với các sở, ngành." became the article's first sentence and the page
had no title. The rules that read "the title and the first sentence" as the lead (`visit_sessions`,
`visit_kind`'s own-meeting checks, ...) then saw the headline alone, never the lead under it ("Sáng 14/7, UBND tỉnh
tổ chức hội nghị giao ban ...", s31 fresh67 n07), and a later sentence naming a working session took the place of
the visit. A first line of one short sentence that does not open on a day, right above a paragraph that does
("Sáng 14/7, ...", "Ngày 3/9, ..."), is the headline: a lead tells its day, a headline over it does not.
"""

from __future__ import annotations

import re

from .sentences import split_sentences

__all__ = ["stopped_headline"]

_DAY_FIRST = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:(?:từ\s+)?ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b|"
                        r"\W*(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|hôm nay)\b|\W*(?:hôm nay|hôm qua)\b", re.IGNORECASE)
"""A paragraph opening on its day: "Sáng 14/7,", "Ngày 3/9/2025,", "Chiều nay,"."""
_MAX_WORDS = 25
"""A headline's length at most; a longer single sentence is more likely a lead without its day."""


def stopped_headline(lines: list[str]) -> tuple[str, list[str]] | None:
    """(headline, the lines after it) when the first line is a headline ending in a stop above a dated lead."""
    if len(lines) < 2 or not lines[0].endswith(".") or lines[0].endswith(".."):
        return None
    first, lead = lines[0], lines[1]
    if not 5 <= len(first.split()) <= _MAX_WORDS or len(split_sentences(first)) != 1 or _DAY_FIRST.match(first):
        return None
    if not _DAY_FIRST.match(lead) or len(lead.split()) < 8:
        return None
    return first[:-1].rstrip(), lines[1:]
