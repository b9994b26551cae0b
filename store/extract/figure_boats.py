"""Fishing boats the report counts as done: "hỗ trợ nhiên liệu cho 64 tàu cá", "cấp giấy phép khai thác cho 146 tàu
cá", "có 148 tàu cá ... được hỗ trợ nhiên liệu".

"tàu" is no unit of the lexicon: a coastal commune's fleet ("xã hiện có 812 tàu cá") describes the place, as its
households and population do, and stays no figure. Boats given support, a licence, a tracking device, a mark, or
fined are work done on them, counted as the settled "households the report counts as DONE" are (session 18; real
pages: a province's fuel support for 148 boats (tuoitre), a city's backlog of boats' fuel-support files (qssec), the
ministry's tracking devices installed on 26.915 boats (plo)).
"""

from __future__ import annotations

import re

__all__ = ["boats_done", "on_boats"]

_BOATS = re.compile(r"\s*(tàu cá|tàu thuyền|tàu)(?![\wÀ-ỹ])", re.IGNORECASE)
_DONE = (r"(?:hỗ trợ|cấp(?:\s+phép)?|cấp\s+(?:mới|đổi|lại)|lắp đặt|lắp|gắn|đăng ký|đăng kiểm|đánh dấu|chi trả|"
         r"chi hỗ trợ|xử phạt|xử lý|cho vay|mua bảo hiểm|đóng mới|cải hoán|xác nhận)")
_DONE_BEFORE = re.compile(r"\b" + _DONE + r"\b[^.;]{0,60}?(?:\s(?:cho|trên|với)\s+|\s)(?:(?:hơn|trên|gần)\s+)?$",
                          re.IGNORECASE)
"""The work named before the count, in its clause ("hỗ trợ kinh phí nhiên liệu cho 58 tàu", "lắp thiết bị giám sát
hành trình trên 120 tàu cá", "đã đăng ký 35 tàu")."""
_DONE_AFTER = re.compile(r"[^.;\d]{0,80}?\s(?:đã\s+)?được\s+(?:nhà nước\s+)?" + _DONE + r"(?![\wÀ-ỹ])", re.IGNORECASE)
"""Or after it, passive ("148 tàu cá của ngư dân ở các huyện ... được hỗ trợ nhiên liệu"), with no other number
between: in "có 210 tàu cá, trong đó 64 tàu được hỗ trợ" the 210 is the fleet, the 64 the boats helped."""


def boats_done(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(unit, where it ends) when the bare number at [start, end) counts boats the work reached; else None."""
    boats = _BOATS.match(text, end)
    if boats is None:
        return None
    if _DONE_BEFORE.search(text, max(0, start - 90), start):
        return boats[1].lower(), boats.end()
    if _DONE_AFTER.match(text, boats.end()):
        return boats[1].lower(), boats.end()
    return None


_MOUNTED_ON = re.compile(r"\b(?:lắp đặt|lắp|gắn|trang bị)\b[^.;]{0,60}?\strên\s+$", re.IGNORECASE)


def on_boats(text: str, start: int, end: int) -> bool:
    """Whether "trên" right before the count at [start, end) is "on" the boats a device is mounted on ("lắp đặt thiết
    bị giám sát hành trình trên 215 tàu cá"), not the bound "more than"."""
    number = re.match(r"[\d.,]+", text[start:end])  # the span may hold the boats' words already
    return bool(number and _BOATS.match(text, start + number.end()) and
                _MOUNTED_ON.search(text, max(0, start - 80), start))
