"""Figures written in shapes the plain reading misses: a second quantity after a slash, a scale word with no "đồng".

"hỗ trợ 120 hộ/185 triệu đồng", "21 hộ/10.500.000 đồng", "1.025 hồ sơ/752,31 ha": after a slash stands not the
count's whole but a quantity of another kind, the money or the area that goes with the count; both are figures
(a count over another count, "4.206 tài khoản/5.918 hộ", stays a share with its whole).
And in a sentence that writes its money in full, a reader still reads "trong đó vốn ngân sách trên 66 tỷ, vốn tín
dụng trên 47 tỷ đồng" as 66 billion đồng though the "đồng" is left out. Kept apart from `figure_numbers`, which
reads the plain shapes.
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity

__all__ = ["bare_scaled_money", "quantity_after_slash"]

_MEASURES = {"ha", "m2"}
"""What goes with a count rather than counting the same things: money (handled apart) and areas."""
_AFTER_SLASH = re.compile(r"\s*/\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])")
_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
_BARE_SCALE = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?=\s*[,;)]|\s*$|\s+(?:và|trong|với)\b)", re.IGNORECASE)
_MONEY_SAID = re.compile(r"\b(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+(?:đồng|VNĐ)\b", re.IGNORECASE)


def quantity_after_slash(text: str, unit_end: int, unit_re: re.Pattern[str], unit_of: dict[str, str],
                         same_kind: str) -> tuple[float | int, str, int, int] | None:
    """(value, unit, start, end) of a quantity of another kind written after the count's slash, if any."""
    after = _AFTER_SLASH.match(text, unit_end)
    if after is None or (unit := unit_re.match(text, after.end())) is None:
        return None
    kind = unit_of.get(unit[1].lower(), unit[1])
    try:
        quantity = read_quantity(text[after.start(1):unit.end()])
    except NumberError:
        return None
    if not quantity.is_money and kind not in _MEASURES or kind == same_kind:
        return None  # "4.206 tài khoản/5.918 hộ": a count over a count is a share, read as its whole elsewhere
    return quantity.value, "đồng" if quantity.is_money else kind, after.start(1), unit.end()


def bare_scaled_money(text: str, start: int, end: int) -> tuple[float | int, int] | None:
    """(value in đồng, end) of "66 tỷ" left without "đồng", in a sentence that writes money with it elsewhere."""
    scale = _BARE_SCALE.match(text, end)
    if scale is None or not _MONEY_SAID.search(text):
        return None
    try:
        quantity = read_quantity(f"{text[start:end]} {scale[1]} đồng")
    except NumberError:
        return None
    return quantity.value, scale.end()


_KINDS_LISTED = re.compile(r"\s*(?:\(([^()\d]{3,120})\)|([^()\d.;:]{3,120}?)\s+(?:gồm|với)\b)")
_TO_BE_PAID = re.compile(r"(?:\s*/\s*[^\W\d]+)?\s*\)?\s*sẽ\s+(?:được\s+)?(?:sớm\s+)?(?:phân bổ|chuyển|cấp|chi|"
                         r"giải ngân|bố trí|hỗ trợ)(?![\wÀ-ỹ])", re.IGNORECASE)
"""The amount as the subject of a payment to come, with no comma between ("(5 triệu đồng/hộ) sẽ sớm phân bổ"); "đã
chi 50 triệu đồng, sẽ tiếp tục chi" reports what was paid."""


def kinds_counted(text: str, value: float | int, unit: str, unit_end: int) -> bool:
    """Whether "02 đối tượng (người có công và Bảo trợ xã hội)" counts the kinds of recipients it then names, one
    name per kind: how many groups, not how many people."""
    if unit != "đối tượng" or not 1 < value <= 9 or value != int(value):
        return False
    listed = _KINDS_LISTED.match(text, unit_end)
    if listed is None:
        return False
    names = [n for n in re.split(r",|\s+và\s+", listed[1] or listed[2]) if n.strip()]
    return len(names) == value


def still_to_be_paid(text: str, unit_end: int) -> bool:
    """Whether the amount is one still to come ("(5 triệu đồng/hộ) sẽ sớm phân bổ"): a plan, no figure."""
    return bool(_TO_BE_PAID.match(text, unit_end))


_AREA_OF_COUNT = re.compile(r"(?:\b(?:với|trên)\s+|\d\s+[^\W\d]+(?:\s+[^\W\d]+){0,4},\s+)(?:tổng\s+)?diện tích"
                            r"(?:\s+(?:hơn|khoảng|gần|trên|xấp xỉ))?\s*$", re.IGNORECASE)
_AREA_OF_A_WORK = re.compile(r"(?<![^\W\d_])(?:dự án|mô hình|công trình|vùng trồng|vùng nguyên liệu|cánh đồng|"
                             r"khu tái định cư|khu dân cư)(?:\s+[^\W\d]+|\s*,){0,10}?\s+(?:có|với)\s+(?:tổng\s+)?"
                             r"diện tích(?:\s+(?:là|hơn|khoảng|gần|trên|xấp xỉ))?\s*$", re.IGNORECASE)
"""The area a project, a model or a crop field has ("Dự án khu tái định cư phía Bắc có diện tích 8,5 ha", "Các mô hình
được khảo sát có tổng diện tích 215 ha"): what was built or grown, a figure, as a place's own area is not
(session 23)."""


def area_of_a_count(text: str, start: int, unit: str) -> bool:
    """Whether "diện tích" before the number gives the area that goes with a count ("cấp giấy cho 56 hộ, với diện
    tích 6.900 m2", "cho 857 hộ, diện tích 66.800 m2", "44 hồ sơ, diện tích hơn 9000m2": the count's noun may run to
    three words and the area be rounded): a figure, unlike a place's own area, which comes alone. So is the area
    a thing done is done on or with ("mô hình có 27 hộ tham gia trên diện tích 40 ha", "... với tổng diện tích 95
    ha": session 22); a place's natural area is never written after "trên"/"với". The count's noun may run to five
    words ("35 hồ sơ đất ở, diện tích khoảng 4.800 m2"), and a project's or a model's own area is one too
    (`_AREA_OF_A_WORK`, session 23)."""
    return unit in ("m2", "ha") and bool(_AREA_OF_COUNT.search(text, max(0, start - 48), start) or
                                         _AREA_OF_A_WORK.search(text, max(0, start - 120), start))
