"""A share of communes or wards written as a fraction: "14/14 xã, thị trấn đã công khai thủ tục hành chính".

A count of communes alone is usually where a team went ("đã khảo sát 3 xã") and is no figure; a fraction of them is a
result (how many of all met something), so the commune words count as its unit there and only there — unless the
fraction itself says where the team went: "kiểm tra ... tại 15/15 xã, thị trấn" is a district's round over all its
communes (its reach, like "tại 3 xã"), no result of theirs (`reached_at`).

A share whose two numbers could also be a day and a month ("11/11 xã của huyện đạt chuẩn", "4/11 xã") is read as a
day first and masked; it is the share when no word says a day (no "ngày", "sáng", "từ" before it) and the commune
words after it name no commune ("xã Tân Lập" after "Ngày 5/6" is a day and a place): `share_not_day`.
"""

from __future__ import annotations

import re

from .figure_reach import HAMLETS

_UNITS = r"xã|phường|thị trấn|đặc khu|" + HAMLETS
_COMMUNES = re.compile(r"\s*((?:" + _UNITS + r")(?:\s*(?:,|và)\s*(?:" + _UNITS + r"))*)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Communes, and (session 18) hamlets: "31/31 thôn, bản đã có nhà văn hóa", "8/10 ấp đạt tiêu chuẩn văn hóa" are
shares of all the hamlets that have or meet something, results as the communes' are; "xã có 14 thôn" (no fraction)
stays the commune's make-up (`figure_reach`)."""
_HAMLET_FIRST = re.compile(r"\s*(?:" + HAMLETS + r")(?![\wÀ-ỹ])", re.IGNORECASE)
_VISITED_BEFORE = re.compile(r"(?:khảo sát|giám sát|kiểm tra|làm việc|đến|thăm|thực tế|về)\s+"
                             r"(?:(?:đột xuất|trực tiếp|thực tế)\s+)?(?:(?:tại|với|ở)\s+)?$", re.IGNORECASE)
"""A visit verb right before a share of hamlets ("đến thực tế 2/31 thôn", "khảo sát 3/12 ấp"): the hamlets a team
went to, units visited, no figure."""


_WHERE_BEFORE = re.compile(r"\b(?:tại|ở|đến|xuống|đối với)\s+(?:(?:tất cả|toàn bộ)\s+)?(?:các\s+)?$", re.IGNORECASE)


_LAID_TO_BEFORE = re.compile(r"\b(?:triển khai|kết nối|lắp đặt|lắp|phủ sóng|kéo|cung cấp|mở rộng)\s+"
                             r"(?:[^\s.;,]+\s+){0,2}?(?:đến|tới)\s+$", re.IGNORECASE)
"""A network or equipment brought to the communes ("mạng truyền số liệu đã triển khai đến 14/14 xã"): work done, a
share the report counts, never where a team went."""


def reached_at(text: str, start: int) -> bool:
    """Whether the fraction starting at `start` follows "tại"/"đến"/"đối với": the units a round went to."""
    return bool(_WHERE_BEFORE.search(text, max(0, start - 30), start)) and \
        not _LAID_TO_BEFORE.search(text, max(0, start - 50), start)


def communes_counted(text: str, end: int, start: int | None = None) -> str | None:
    """The commune or hamlet words right after a fraction ending at `end` ("xã, thị trấn", "thôn, bản"), or None;
    none for hamlets after a visit verb when the fraction's `start` is given."""
    m = _COMMUNES.match(text, end)
    if m and start is not None and _HAMLET_FIRST.match(text, end) and \
            _VISITED_BEFORE.search(text, max(0, start - 40), start) and \
            not _LAID_TO_BEFORE.search(text, max(0, start - 50), start):  # "cáp quang đã kéo đến 9/9 thôn": reached
        return None
    return m[1] if m else None


_DAY_WORD_BEFORE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng|từ|đến|tới|tháng|thứ\s+\S+|chủ nhật)"
                              r"\s*[,(]?\s*$", re.IGNORECASE)
"""Words that make the fraction after them a day ("Sáng 5/6", "Thứ Hai, 9/11", "từ 3/9")."""


def _laid_to(text: str, start: int, day_word: str) -> bool:
    """Whether the "đến"/"tới" before a fraction says what a network reached ("cáp quang đã kéo đến 9/9 thôn", "lắp
    đặt tới 8/10 xã"), not till which day (session 24)."""
    return day_word.split()[0].lower() in ("đến", "tới") and bool(_LAID_TO_BEFORE.search(text, max(0, start - 50),
                                                                                            start))


def share_not_day(text: str, start: int, end: int) -> bool:
    """Whether the fraction at `text[start:end]`, which reads like a day, is a share of the communes after it."""
    m = re.fullmatch(r"(\d{1,2})\s*/\s*(\d{1,2})", text[start:end])
    if m is None or not 1 <= int(m[2]) <= 12 or end < len(text) and text[end] in "/-.":
        return False  # only what reads like a day and a month: "tháng 7/2025 xã ..." is a period, "11/11/2024" a date
    communes = _COMMUNES.match(text, end)
    day_word = _DAY_WORD_BEFORE.search(text, max(0, start - 20), start)
    if communes is None or day_word and not _laid_to(text, start, day_word[0]):
        return False
    after = text[communes.end():].lstrip()
    return bool(after) and not (after[0].isupper() or after[0].isdigit() or after[0] == ",")
