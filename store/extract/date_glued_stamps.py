"""A page's time stamp glued inside a line of a search or tag page: "Thủ tướng ... khắc phục hậu quả bão số
309/09/2024 10:42(ThanhtraVietNam) - Chiều 8/9, Thủ tướng ...".

Result lists print each item as title, stamp, outlet tag and lead run together; copied as text, the title's last
digit runs into the stamp's day ("bão số 3" + "09/09/2024"), so no stamp shape of `markers` matched, the page had
no date and the visit's year was guessed from nothing. The stamp is known by its shape: a zero-padded day and month,
a four-digit year, a time, then the outlet's bracket. Its day is the two digits before the first slash, whatever
runs into them.

Two more shapes of the same copying (session 32, fresh69): a portal prints its posted stamp on the headline's line
("... qua tỉnh Bình Định Ngày đăng: 22/05/2024 | 18:14 | Lượt xem: 5738"), so the page went undated and a period in
the lead ("giai đoạn 2021 - 2025") gave the year; and a tag page runs headline, category, stamp and lead together
("... khô hạn nhất cả nướcPhòng chống thiên tai - 29/04 10:03Ngày 28/4, Thủ tướng ..."), so the lead was read as part
of the headline and gave neither the day nor the leader.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["glued_item", "glued_stamp", "posted_at_end"]

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


_POSTED_AT_END = re.compile(
    r"\s+(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật|ngày\s+xuất\s+bản)\s*:\s*(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:\s*[|,–-]\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*[|,–-]\s*lượt\s+xem\s*:?\s*[\d.,]+)?\s*$",
    re.IGNORECASE)
"""A portal's posted stamp printed on the headline's own line: "<headline> Ngày đăng: 22/05/2024 | 18:14 | Lượt xem:
5738". Only after its label and colon (a bare day at a headline's end may be the visit's; "số liệu cập nhật 30/6/2024"
is content), and only at the line's end."""


def posted_at_end(line: str) -> tuple[date, int] | None:
    """(day, start) of a labelled posted stamp closing a headline of three words or more; else None."""
    m = _POSTED_AT_END.search(line)
    if m is None or len(line[:m.start()].split()) < 3:
        return None
    try:
        return date(int(m[3]), int(m[2]), int(m[1])), m.start()
    except ValueError:
        return None


_ITEM_STAMP = re.compile(r"\s+[-–]\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=[^\W\d_])")


def glued_item(line: str) -> tuple[str, date | None, str] | None:
    """(headline, day or None, lead) of a tag page's item run together as "<headline><Category> - 29/04
    10:03<Lead>": the category glued to the headline's last word (a lower-case letter, then a capital, no space) and
    the lead glued to the stamp. A stamp with no year dates nothing; the lead is read as the page's first paragraph."""
    for m in _ITEM_STAMP.finditer(line):
        lead = line[m.end():]
        if not lead[:1].isupper():
            continue
        glue = next((p for p in range(m.start() - 1, max(0, m.start() - 40), -1)
                     if line[p].isupper() and line[p - 1].islower()), None)
        if glue is None or len(line[glue:m.start()].split()) > 5 or len(line[:glue].split()) < 3:
            continue
        day = None
        if m[3]:
            try:
                day = date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                day = None
        return line[:glue], day, lead
    return None
