"""Bare members of a list told in turn take the unit of its last member: "lần lượt là 3.150 và 2.870 hồ sơ".

A report gives the figures of several periods or units in one run after "lần lượt" or "tương ứng", the unit written
once, after the last: "lần lượt đạt 88, 90 và 93%", "tương ứng 45 và 62 triệu đồng". Read number by number, every
member but the last had no unit; it was found only when the subject named its unit close before it
(`figure_named`), which a long subject (two periods, a centre's name, a clause) defeats. The run itself says what
each member counts: numbers joined only by "," or "và" (each perhaps with a bound), the last followed by its unit.

A run of rates after a rate verb with a "tỷ lệ" subject and no "lần lượt" ("tỷ lệ ... đạt 85, 91, 96%", "đạt 88 và
93%") is read alike when it cannot be one decimal: three members or more, or "và" in it. Two members and a comma
("đạt 97, 52%") are a spaced decimal (`figure_spaced_decimals`). A member followed by its own word ("3 xã, 90%")
ends no bare run; a rate list with a member over 100 ("lần lượt là 120, 95%") is no list of rates.
A run of counts right after a verb of a count, with no "lần lượt" ("tiếp nhận 1.120 và 954 hồ sơ", session 33), is
read alike when "và" joins it (no decimal); a range ("từ 120 đến 150"), a year or an ordinal before it is no member.
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity
from .figure_units import UNIT_OF, UNIT_RE

__all__ = ["in_turn_member"]

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_BOUND = r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
_SEP = re.compile(r"(?:\s*,|\s+và)\s*" + _BOUND + r"(?=\d)", re.IGNORECASE)
_MEMBER = re.compile(rf"(?:{_NUM})(?![\d.,]\d)")
_SCALE_UNIT = re.compile(r"(?P<pct>\s?%)|(?P<scale>\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?=\s))?", re.IGNORECASE)
_EARLIER = rf"(?P<earlier>(?:(?:{_NUM})(?:\s*,|\s+và)\s*{_BOUND})*)"
_IN_TURN = re.compile(r"(?<![\wÀ-ỹ])(?:lần\s+lượt|tương\s+ứng)(?:\s+(?:là|đạt|chiếm|bằng|ở\s+mức|với))?\s+"
                      + _BOUND + _EARLIER + "$", re.IGNORECASE)
""""lần lượt (là)" or "tương ứng (với)", and the members before this one."""
_RATE_VERB = re.compile(r"(?<![\wÀ-ỹ])(?:đạt|là|chiếm|ở\s+mức)\s+" + _BOUND + _EARLIER + "$", re.IGNORECASE)
_RATE_SUBJECT = re.compile(r"(?<![\wÀ-ỹ])(?:tỷ|tỉ)\s+lệ\s(?:(?!%|\b(?:đạt|là|chiếm)\b)[^.;:!?\d])*$", re.IGNORECASE)
"""A share's subject in the same clause, no rate nor other verb after it, before a run of rates with no "lần lượt"."""
_COUNT_VERB = re.compile(
    r"(?<![\wÀ-ỹ])(?:tiếp nhận|giải quyết|xử lý|trả(?:\s+kết\s+quả)?|cấp(?:\s+(?:mới|đổi|lại))?|số hóa|kích hoạt|"
    r"hướng dẫn|hỗ trợ|thu|tiếp|đón|phục vụ|thực hiện|hoàn thành|phát hiện|xử phạt|tổ chức|lắp đặt|tạo lập|"
    r"đăng ký|ban hành|cài đặt|tuyên truyền|tập huấn|đào tạo)(?:\s+(?:được|xong|thành công|mới))?\s+"
    + _BOUND + _EARLIER + "$", re.IGNORECASE)
"""A verb of a count right before a run of counts with no "lần lượt": "tiếp nhận 120 và 95 hồ sơ" (two periods')."""
_MONEY = {"đồng", "triệu đồng", "tỷ đồng", "nghìn đồng"}
_MAX_MEMBERS = 6


def _last_unit(text: str, pos: int) -> tuple[str, int, bool] | None:
    """(unit, end, read with scale or money) of the unit right at `pos`, after the run's last number."""
    scaled = _SCALE_UNIT.match(text, pos)
    if scaled is not None and scaled["pct"]:
        return "%", scaled.end(), False
    at = scaled.end() if scaled is not None else pos
    unit = UNIT_RE.match(text, at)
    if unit is None:
        return None
    form = UNIT_OF.get(unit[1].lower(), unit[1])
    return form, unit.end(), bool(scaled is not None and scaled["scale"]) or form in _MONEY


def _ahead(text: str, end: int) -> tuple[list[str], str, int, bool] | None:
    """The later members' numbers, the unit after the last, its end, and whether scale or money is read."""
    later: list[str] = []
    pos = end
    for _ in range(_MAX_MEMBERS):
        sep = _SEP.match(text, pos)
        if sep is None:
            return None
        member = _MEMBER.match(text, sep.end())
        if member is None:
            return None
        later.append(member[0])
        pos = member.end()
        unit = _last_unit(text, pos)
        if unit is not None:
            return later, unit[0], unit[1], unit[2]
        if _SEP.match(text, pos) is None:
            return None  # "3 xã, 90%": a member with its own word ends the bare run
    return None


def _rate(number: str) -> float:
    return float(number.replace(".", "").replace(",", "."))


def in_turn_member(text: str, start: int, end: int, value: float | int) -> tuple[float | int, str] | None:
    """(value, unit) of the bare number at [start, end) when it is a member of a run told in turn, else None."""
    if re.match(r"\s*%|[\wÀ-ỹ]", text[end:end + 2]):
        return None
    ahead = _ahead(text, end)
    if ahead is None:
        return None
    later, unit, unit_end, scaled = ahead
    before = text[max(0, start - 160):start]
    opener = _IN_TURN.search(before)
    if opener is None and unit != "%" and not scaled and (verb := _COUNT_VERB.search(before)) is not None:
        if not re.search(r"\svà\s", verb["earlier"] + text[start:unit_end]):
            return None  # "tiếp nhận 120, 95 hồ sơ": one decimal or a typo, never guessed as a list
        return value, unit  # "tiếp nhận 1.120 và 954 hồ sơ": each member counts what the last names
    if opener is None:
        if unit != "%" or (verb := _RATE_VERB.search(before)) is None:
            return None
        if not _RATE_SUBJECT.search(before[:verb.start()]):
            return None
        run = verb["earlier"] + text[start:unit_end]
        if len(re.findall(_NUM, verb["earlier"])) + 1 + len(later) < 3 and not re.search(r"\svà\s", run):
            return None  # "đạt 97, 52%": one decimal with a stray space, not a list
        opener = verb
    members = re.findall(_NUM, opener["earlier"]) + [text[start:end]] + later
    if unit == "%":
        return (value, "%") if all(_rate(m) <= 100 for m in members) else None
    if not scaled:
        return value, unit
    try:
        quantity = read_quantity(text[start:end] + _tail(text, end, unit_end, later))
    except NumberError:
        return None
    return quantity.value, "đồng" if quantity.is_money else unit


def _tail(text: str, end: int, unit_end: int, later: list[str]) -> str:
    """The scale and unit after the run's last number ("triệu đồng"), to read a bare member as the last is read."""
    last = text.rfind(later[-1], end, unit_end)
    return text[last + len(later[-1]):unit_end]
