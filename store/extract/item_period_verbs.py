"""A deadline written as a bare period by the task: "triển khai tháng 3 ...", "hoàn thành việc số hóa ... quý I/2026".

`item_periods` reads a period after a cue ("trong", "trước", "cuối", "hoàn thành" ...). An ask often names the
period with no cue at all, in two places: right after its head verb ("Triển khai tháng 3 mô hình ...", "Sớm đưa
vào sử dụng quý II/2026 ...") or at its very end, after what is to be done ("Lắp đặt đường truyền ... quý II/2026").
Both give the period's LAST day, `item_periods`' convention for a period the task is done in.

Not a deadline, since the period says when something happened or what a thing covers:
- a period before the visit ("mô hình ... khai trương tháng 6/2025" in a December 2025 visit): over already;
- a period right after a verb of an event inside the object ("mô hình ... thành lập tháng 8", "ki-ốt ra mắt tháng 3"):
  the thing's history, whatever its year;
- a period after a noun that a period qualifies ("kế hoạch chuyển đổi số năm 2026", "báo cáo kết quả quý IV", "số
  liệu tháng 10", "dự toán năm 2026"): the plan's year, not the task's end.
"""

from __future__ import annotations

import re
from datetime import date

from .item_periods import due_of_period, visit_of

_HEADS = (r"triển khai|thực hiện|hoàn thành|hoàn tất|xong|đưa vào (?:sử dụng|vận hành|hoạt động)|vận hành|áp dụng|"
          r"khai trương|số hóa|lắp đặt|bàn giao|nghiệm thu|kết nối|tích hợp|cấp|ban hành|kiện toàn|tổ chức|khởi công|"
          r"chuyển đổi|thay thế|mở|đưa")
_LEAD = r"^\W*(?:(?:sớm|khẩn trương|phấn đấu|tập trung|bắt đầu|kịp thời|chủ động)\s+)?"
_YEAR = r"(?:\s*[/-]\s*|\s+năm\s+)"
_PERIOD = (r"(?:tháng\s+(?P<month>\d{1,2})(?:" + _YEAR + r"(?P<month_year>\d{4}))?"
           r"|tháng\s+(?P<month_word>(?!))"
           r"|quý\s+(?P<quarter>IV|I{1,3}|[1-4])(?:" + _YEAR + r"(?P<quarter_year>\d{4}))?"
           r"|năm\s+(?P<year>\d{4})|(?P<bare_year>(?!)))(?![\d/-]|\w)")
_AFTER_HEAD = re.compile(_LEAD + r"(?:" + _HEADS + r")\s+" + _PERIOD, re.IGNORECASE)
_AT_END = re.compile(r"\s" + _PERIOD + r"\W*$", re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"\b(?:thành lập|khai trương|ra mắt|ra đời|phát động|khởi động|ban hành|đi vào hoạt động|"
                           r"triển khai|tổ chức|xây dựng|hoàn thành|đưa vào sử dụng|được \S+|từ|đến|tới|hồi|vào|"
                           r"trong|trước|sau|cuối|đầu|giữa|hết|của|các|những)\s*$",
                           re.IGNORECASE)
"""Right before a period at the item's end: an event inside the object ("mô hình thành lập tháng 8"), a span's end
("từ/đến tháng 3"), a past "hồi/vào", or a cue `item_periods` has read and turned down ("hồ sơ đăng ký trong
quý III": the files' quarter); the task's verb at the head is read by `_AFTER_HEAD` instead."""
_THING_BEFORE = re.compile(r"\b(?:kế hoạch|báo cáo|kết quả|số liệu|chỉ tiêu|dự toán|ngân sách|đề án|chương trình|"
                           r"nhiệm vụ|tình hình|kỳ họp|hội nghị|năm học|đợt|thống kê|tổng kết|sơ kết|quyết toán|"
                           r"giai đoạn|định hướng)\b", re.IGNORECASE)
"""A noun a period qualifies, anywhere in the item before the period: "kế hoạch chuyển đổi số năm 2026"."""


def bare_period_deadline(text: str, visit_day: str | None) -> str | None:
    """The ISO day a period with no cue, after an ask's head verb or at its end, gives the ask; None otherwise."""
    m = _AFTER_HEAD.match(text)
    if m is None:
        m = _AT_END.search(text)
        if m is None or _EVENT_BEFORE.search(text[:m.start()]) or _THING_BEFORE.search(text[:m.start()]):
            return None
    visit_year, visit_month = visit_of(visit_day)
    due = due_of_period(m, visit_year, visit_month, before=False, ends=False)
    if due is None or _before_visit(due, visit_day):
        return None
    return due.isoformat()


def _before_visit(due: date, visit_day: str | None) -> bool:
    """A period that is over when the visit is made (its last day before the visit's month): no task's end."""
    m = re.match(r"(\d{4})-(\d{2})", visit_day or "")
    return bool(m) and (due.year, due.month) < (int(m[1]), int(m[2])) if m else False
