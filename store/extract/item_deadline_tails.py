"""A deadline tail after an ask: "rà soát các hồ sơ trễ hạn, hoàn thành trong quý I/2026" is ONE ask.

`item_wording` cuts a list before a new action verb after a comma, and "hoàn thành" is one ("bổ sung máy, hoàn
thành việc số hóa ..." holds two tasks). But a piece that is only "hoàn thành/hoàn tất/xong" and WHEN ("trong quý
I/2026", "trước ngày 25/12", "chậm nhất trong tháng 12", "trước tháng 3/2026", "trong năm nay", "trước Tết") has
nothing to do of its own: it says by when the ask before it is to be done. It joins that ask, whose text keeps it
(`item_deadlines` reads the deadline from it; `item_deadline_cuts` then takes the tail out of the text, session 42).

Not a tail, so still an ask of its own: "hoàn thành việc cấp đổi giấy tờ" (its own object), "báo cáo kết quả trước
ngày 15/11" (a task with a day), and a tail cut at ";" (a list of separate asks: the caller joins only pieces cut
at a comma inside one member).
"""

from __future__ import annotations

import re

_YEAR = r"(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?"
_WHEN = (r"(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?"
         r"|tháng\s+(?:\d{1,2}" + _YEAR + r"|này|nay|tới|sau)"
         r"|quý\s+(?:IV|I{1,3}|[1-4])" + _YEAR +
         r"|năm\s+(?:\d{4}|nay|này|tới|sau)|năm"
         r"|Tết(?:\s+Nguyên\s+đán)?(?:\s+\d{4})?"
         r"|\d+\s+ngày(?:\s+làm\s+việc)?")
_CUES = r"chậm nhất|muộn nhất|là|trong|trước|vào|cuối|hết|đến hết|ngay trong"
_TAIL = re.compile(r"^\W*(?:hoàn thành|hoàn tất|xong)(?:\s+(?:" + _CUES + r"))*\s+(?:" + _WHEN + r")\W*$",
                   re.IGNORECASE)
"""The verb of being done, its cues, then a day, a month, a quarter, a year, a holiday or a number of days: all."""


def is_deadline_tail(piece: str) -> bool:
    """True when `piece` says only by when the ask before it is done ("hoàn thành trong quý I/2026")."""
    return bool(_TAIL.match(piece.strip()))
