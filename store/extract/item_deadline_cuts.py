"""A deadline at an ask's end leaves its text once it is the item's `deadline`: "Bố trí thêm máy quét cho bộ phận một
cửa trước ngày 31/12/2024." is "Bố trí thêm máy quét cho bộ phận một cửa." due 2024-12-31.

Until session 42 the text stayed whole beside the deadline read from it (items13's convention), so the review, `show`
and the brief said the day twice and an edit of the deadline left the old day in the sentence (issue 12, tryout
s42-tryout14). Only a TAIL goes: a cue ("trước", "chậm nhất (là)", "muộn nhất", "hạn chót", "trong", "hết", "cuối",
"đến hết", after "hoàn thành/hoàn tất/xong" or a comma) then a day, a month, a quarter or a year, and nothing after it
but the sentence's stop. And only when that tail is what the deadline was read from: the text without it gives no
deadline, the text with it gives the same one. So a day that qualifies a thing ("hồ sơ tồn đọng từ trước ngày 1/7",
no deadline read), a deadline in the middle ("trước ngày 15/12 phải báo cáo ..."), a holiday ("trước Tết", no day)
and a span the report measures stay where they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_YEAR = r"(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?"
_WHEN = (r"(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?"
         r"|tháng\s+(?:\d{1,2}" + _YEAR + r"|này|nay|tới|sau)"
         r"|quý\s+(?:IV|I{1,3}|[1-4])" + _YEAR +
         r"|năm\s+(?:\d{4}|nay|này|tới|sau)|năm")
_CUE = r"trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|trong|hết|cuối|đến\s+hết"
_FILL = r"(?:\s+(?:là|vào|trong|hết|cuối|ngày))*"
_TAIL = re.compile(r"(?P<cut>\s*[,;]?\s*(?:(?:và\s+)?(?:hoàn\s+thành|hoàn\s+tất|xong)\s+)?(?:" + _CUE + r")" + _FILL +
                   r"\s+(?:" + _WHEN + r"))(?P<stop>\s*[.;!]?\s*)$", re.IGNORECASE)


def without_deadline_tail(text: str, due: str, deadline_of: Callable[[str], str | None]) -> str:
    """`text` less the deadline at its end when `deadline_of` read `due` from that tail; else `text` unchanged."""
    m = _TAIL.search(text)
    if m is None:
        return text
    kept = text[:m.start()].rstrip(" ,;-–")
    if len(kept.split()) < 3 or deadline_of(kept) is not None or deadline_of(text) != due:
        return text
    return kept + (m["stop"].strip() or ".")
