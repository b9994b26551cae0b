"""Airtime: hours and minutes a commune's loudspeakers or radio gave to a campaign are a result, not a duration.

Durations are never figures ("quá hạn 3 ngày", "hơn 2 tháng"), and "32 giờ" reads as a time of day. But a report on
propaganda counts what went on air the way it counts leaflets: "đài truyền thanh xã phát được 96 giờ", "phát sóng
145 phút nội dung về chuyển đổi số", "thời lượng phát thanh hơn 1.200 phút". Only after a verb or noun of
broadcasting, and never a rate or a range ("bình quân mỗi cuộc phát từ 10 đến 20 phút") or a clock time ("phát lúc 6
giờ", "6 giờ 30").
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number

__all__ = ["airtime_counts"]

_AIRTIME = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(giờ|phút)(?![\wÀ-ỹ]|\s*\d)", re.IGNORECASE)
_ON_AIR_BEFORE = re.compile(
    r"\b(?:phát(?:\s+(?:sóng|thanh|lại))?(?!\s+(?:hiện|triển|động|huy|sinh|hành|biểu|ngôn|minh|tán|\s*hiện))|"
    r"tiếp âm|tiếp sóng|truyền thanh|thời lượng(?:\s+(?:phát sóng|phát thanh|phát))?)\b[^.;:()]{0,60}$",
    re.IGNORECASE)
_NOT_AMOUNT_BEFORE = re.compile(r"(?:\b(?:mỗi|bình quân|trung bình|lúc|vào|khoảng từ|từ)\s+|"
                                r"\d\s*(?:giờ|h|phút)?\s*(?:đến|tới|-|–)\s*)$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:sáng|chiều|tối|trưa|đêm|hằng ngày|hàng ngày|mỗi ngày)\b", re.IGNORECASE)
"""A clock time ("từ 5 giờ đến 6 giờ sáng", "phát lúc 17 giờ hằng ngày"), not an amount of airtime."""
_RATE_IN_CLAUSE = re.compile(r"\b(?:mỗi|bình quân|trung bình)\b[^.;,()]*$", re.IGNORECASE)


def airtime_counts(text: str) -> list[tuple[float | int, None, str, int, int]]:
    """(value, None, unit, start, end) of each airtime count in `text`."""
    out: list[tuple[float | int, None, str, int, int]] = []
    for m in _AIRTIME.finditer(text):
        before = text[max(0, m.start() - 90):m.start()]
        if not _ON_AIR_BEFORE.search(before) or _NOT_AMOUNT_BEFORE.search(before) or \
                _RATE_IN_CLAUSE.search(before) or _CLOCK_AFTER.match(text, m.end()):
            continue
        value = parse_vi_number(m[1])
        if value is not None:
            out.append((value, None, m[2].lower(), m.start(), m.end()))
    return out
