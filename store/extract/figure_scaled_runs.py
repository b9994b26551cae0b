"""Members of a run whose last alone carries a bare scale word: "Kinh phí các năm 2024, 2025 là 1,2 và 1,5 tỷ",
"Số tiền ... lần lượt là 38, 41 và 56 triệu", "Số lượt truy cập ... lần lượt là 1,2 và 1,4 triệu".

A report writing two periods' or units' sums in one run gives the scale word once, after the last, and drops "đồng"
when the clause's subject already names money (`figure_money_subjects` reads the one-sum case). Read number by
number, the earlier members had no scale and were read as small bare counts ("1,2 lượt") or not at all. The run says
each member is scaled alike: numbers joined by "," or "và" (each perhaps with a bound), "và" in it or three members
or more (two joined by a comma alone may be one decimal with a stray space), the last followed by the scale word
(perhaps "đồng") and then a clause end or a joining word, never a noun it would count ("1,2 và 1,5 triệu lượt" is
`figure_in_turn_members`'). Each member is money in đồng when the clause's subject names money, else a count of what
the subject names (`figure_named`, as "Số lượt truy cập năm 2025 là 1,5 triệu" would be), else nothing.
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity
from .figure_in_turn_members import _BOUND, _NUM, _SEP  # one way to write a list's members
from .figure_money_subjects import names_money
from .figure_named import named_count
from .figure_units import UNIT_OF

__all__ = ["scaled_run_member"]

_MEMBER = re.compile(rf"(?:{_NUM})(?![\d.,/]\d|/)")
_EARLIER = re.compile(rf"(?<![\d.,/])(?:(?:{_NUM})(?:\s*,|\s+và)\s*{_BOUND})+$", re.IGNORECASE)
_LAST_SCALE = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)(\s+đồng)?(?=\s*(?:[,;.)]|$)|\s+(?:và|cho|để|từ|trong|với|"
                         r"so với|tăng|giảm|nhằm|tới|đến|giúp|được|đã)(?![\wÀ-ỹ]))", re.IGNORECASE)
"""The scale word (perhaps "đồng") after the run's last member, then a clause end or a joining word."""
_TAKES_NUMBER = re.compile(r"(?<![\wÀ-ỹ])(?:năm|tháng|quý|ngày|tuần|đợt|lần|kỳ|khóa|khoá|thứ|số|mức|độ|hạng|tổ|"
                           r"thôn|khu|lớp|điều|khoản|giai\s+đoạn)\s*$", re.IGNORECASE)
"""A word before the run's first member that makes it a date, a rank or a name's number: no run of sums."""
_MAX_MEMBERS = 6


def _ahead(text: str, end: int) -> tuple[int, re.Match[str]] | None:
    """(later members, the scale after the last) when the number ending at `end` opens or goes on a scaled run."""
    pos, later = end, 0
    while (scale := _LAST_SCALE.match(text, pos)) is None:
        sep = _SEP.match(text, pos)
        member = _MEMBER.match(text, sep.end()) if sep is not None else None
        if member is None or later == _MAX_MEMBERS:
            return None
        pos, later = member.end(), later + 1
    return later, scale


def scaled_run_member(text: str, start: int, end: int) -> tuple[float | int, str, int] | None:
    """(value, unit, end) of the number at [start, end) when it is a member of a run scaled on its last only."""
    ahead = _ahead(text, end)
    if ahead is None:
        return None
    later, scale = ahead
    before = text[max(0, start - 80):start]
    earlier = _EARLIER.search(before)
    first = start - len(earlier[0]) if earlier is not None else start
    run = text[first:scale.start()]
    members = len(re.findall(_NUM, run))
    if members < 2 or members < 3 and not re.search(r"\svà\s", run) or \
            _TAKES_NUMBER.search(text, max(0, first - 16), first):
        return None  # one number; "45, 62 triệu" may be one decimal; "năm 2024 và 1,5 tỷ" has a year for a member
    own_end = scale.end() if later == 0 else end
    if names_money(text, first):
        try:
            return read_quantity(f"{text[start:end]} {scale[1]} đồng").value, "đồng", own_end
        except NumberError:
            return None
    if scale[2]:
        return None  # "đồng" written with no money subject: left to the readers of written money
    head = _MEMBER.match(text, first)
    named = named_count(text, first, head.end(), UNIT_OF) if head is not None else None
    if named is None:
        return None
    try:
        return read_quantity(f"{text[start:end]} {scale[1]}").value, named[1], own_end
    except NumberError:
        return None
