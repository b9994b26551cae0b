"""A deadline inside an ask: "Báo cáo kết quả về Thường trực HĐND trước ngày 15/12/2025" sets the item's `deadline`.

The follow-up (`store.followup`) files an item's deadline as an ISO day; the extractor used to leave the day in the
text only, so `overdue` never saw it. The day is read from the text, and a deadline at the text's end then leaves it
(`item_deadline_cuts`, session 42). A day without a year takes
the visit's year, or the next one when that day would fall before the visit (a task set in December "trước ngày
15/1" is due in January). A day that qualifies a thing rather than the task ("hồ sơ tồn đọng từ trước ngày 1/7",
"hồ sơ nộp trước ngày 1/7") is no deadline.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .item_deadline_cuts import without_deadline_tail
from .item_period_verbs import bare_period_deadline
from .item_periods import period_deadline

_DUE = re.compile(r"\b(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?|hạn chót(?:\s+là)?)\s+(?:ngày\s+)?"
                  r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?![\d/-])", re.IGNORECASE)
_QUALIFIES = re.compile(r"\b(?:từ|nộp|tiếp nhận|phát sinh|tồn đọng|tồn|cấp|ban hành|đăng ký|có hiệu lực|được \S+)\s*$",
                        re.IGNORECASE)


def deadline_of(text: str, visit_day: str | None) -> str | None:
    """The ISO day an item's `text` is due by, or None; `visit_day` (ISO) gives a bare day its year."""
    try:
        visit = date.fromisoformat(visit_day) if visit_day else None
    except ValueError:
        visit = None  # a day the record holds half ("2025-09"): a bare day then has no year to take
    for m in _DUE.finditer(text):
        if _QUALIFIES.search(text[:m.start()]):
            continue
        day, month = int(m[1]), int(m[2])
        year = int(m[3]) if m[3] else (visit.year if visit else None)
        if year is None:
            return None
        try:
            due = date(year, month, day)
            if not m[3] and visit is not None and due < visit:
                due = date(year + 1, month, day)
        except ValueError:
            return None
        return due.isoformat()
    return period_deadline(text, visit_day) or bare_period_deadline(text, visit_day)  # "trong quý IV", "… quý I/2026"


def set_deadlines(record: dict[str, Any]) -> None:
    """Each recommendation and direction of `record` whose text names the day it is due by gets that `deadline`."""
    for field in ("recommendations", "directions"):
        for item in record.get(field, []):
            if due := deadline_of(item.get("text", ""), record.get("date")):
                item["deadline"] = due  # and the tail it was read from leaves the text (`item_deadline_cuts`)
                item["text"] = without_deadline_tail(item["text"], due,
                                                     lambda text: deadline_of(text, record.get("date")))
