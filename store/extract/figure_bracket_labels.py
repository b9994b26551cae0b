"""A count's split in brackets whose parts are named with a colon: "14 thủ tục (cấp huyện: 7 thủ tục; cấp xã: 7)".

`figure_brackets` refuses a colon in a bracket, for a colon usually names a period or a comparison ("(năm 2022: 1.100
hồ sơ)", "(kế hoạch: 1.500)"). A colon after a short name with no digit ("cấp huyện:", "khối xã:"), or after the
opener "trong đó"/"gồm" ("(trong đó: cấp tỉnh 5, cấp xã 9)", "(gồm: 620 ... và 380 ...)"), only names a part: the
bracket is read as if the colon were not there. Since such names could still be a measure beside the count, the
parts are the count's only when they add up to it exactly, or when the bracket opens by saying it lists parts.
The other refusals (`figure_brackets._NOT_A_SPLIT`: a year, a comparison, a share) still apply to what is left.
"""

from __future__ import annotations

import re

__all__ = ["colon_parts_fit", "without_part_colons"]

_OPENER = re.compile(r"^\(\s*(?:trong\s+(?:đó|số\s+đó)|gồm(?:\s+có)?)\s*:", re.IGNORECASE)
"""The opener with its colon: "(trong đó: ...", "(gồm: ..."."""
_SAYS_PARTS = re.compile(r"\(\s*(?:trong\s+(?:đó|số\s+đó)|gồm)(?![\wÀ-ỹ])", re.IGNORECASE)
_NAME_COLON = re.compile(r"(?:(?<=\()|(?<=[,;]))\s*((?:[^\W\d]+\s+){0,3}[^\W\d]+)\s*:(?=\s*(?:khoảng\s+|gần\s+|hơn\s+)?"
                         r"\d[\d.,]*(?![\d/]))")
"""A part's name and its colon at the start of an item, a number right after: "cấp huyện: 7", "; cấp xã: 7"; no digit
in the name (a year, "quý 1/2025", a date), at most four words (a sentence with a colon is no part's name)."""
_NOT_A_NAME = re.compile(r"^(?:năm|quý|tháng|kỳ|kế hoạch|chỉ tiêu|cùng kỳ|lũy kế|luỹ kế|ước|dự kiến|mục tiêu|"
                         r"tỷ lệ|tỉ lệ|trước|sau|đạt|tăng|giảm|so|số|ký hiệu|mã)\b", re.IGNORECASE)
"""Names that are a period, a target, a running total or a reference, not a part: "(năm trước: 1.100)", "(kế hoạch:
1.500)", "(lũy kế: 5.020)", "(số: 12)"."""


def without_part_colons(inside: str) -> str:
    """`inside` (a bracket from its "(") with the colons that only name parts taken out, the rest as it is."""
    inside = _OPENER.sub(lambda m: m[0][:-1] + " ", inside, count=1)
    return _NAME_COLON.sub(lambda m: m[0] if _NOT_A_NAME.match(m[1]) else m[0][:-1] + " ", inside)


def colon_parts_fit(inside: str, added: float, whole: float) -> bool:
    """Whether parts adding up to `added` may be the split of `whole` as far as the colons of `inside` go: always
    without a part's colon; with one, when they add up to it or the bracket opens with "trong đó"/"gồm"."""
    if without_part_colons(inside) == inside:
        return True
    return added == whole or bool(_SAYS_PARTS.match(inside))
