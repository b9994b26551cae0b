"""Two openings whose span of days is the visit's, which the day rules in `dates.py` set aside.

- A span after a clause of grounds ("Căn cứ vào Nghị định số .../NĐ-CP ..., từ ngày 8 đến 12-4-2022, Ban Thường trực
  ... đã đến 6 xã ..."): the grounds name a document, so the span reads like that document's date, and the body's
  verb may sit far from it. The span set off by commas, right before the body that went, is the visit's.
- Days counted first and then given ("Trong 02 ngày, 29 và 30/8, <official> ... đến ... kiểm tra"): the count is
  no "từ", yet the days are the visit's, and the first of them is its day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # days.py defines the mention; only its type is needed here
    from .days import DayMention

_AFTER_GROUNDS = re.compile(r"(?:,\s*|^\W*(?:[A-ZĐ]{2,8}\s*[-–]\s*)?)từ\s+(?:ngày\s+)?$", re.IGNORECASE)
"""After the grounds' comma, or opening the lead after an outlet's stamp ("BDK - Từ ngày 8 đến 12-4-2022, Ban ...")."""
_BODY_WENT = re.compile(r"^\s*,\s*(?:(?:Ban|Thường trực|Đoàn|đoàn|Tổ|HĐND|UBND|Ủy ban|Uỷ ban|MTTQ|Hội|Liên đoàn)\b)"
                        r"[^.;]{0,100}?\b(?:đã|vừa)\s+(?:đến|đi|về|tới|tổ chức|tiến hành)\b")
_COUNTED_DAYS = re.compile(r"\W*trong\s+(?:\d+|hai|ba|bốn|năm)\s+ngày\s*,\s*", re.IGNORECASE)
_SEVERAL = re.compile(r"\d\s*(?:,|và|-|–)\s*\d")


def opening_day_span(text: str, mention: DayMention) -> bool:
    """The span of days `mention` opens is the visit's: after grounds and before the body that went, or after a
    count of days at the sentence's start."""
    before, after = text[:mention.start], text[mention.end:]
    if _AFTER_GROUNDS.search(before) and _BODY_WENT.match(after):
        return True
    return _COUNTED_DAYS.fullmatch(before) is not None and _SEVERAL.search(mention.text) is not None
