"""Where a list of goods given or supported is open: shared by the items counted in their measure words
(`figure_goods`, "20 lít thuốc", "800 kg đường") and the weights in tons (`figure_measures`, "2,5 tấn cá khô")."""

from __future__ import annotations

import re

__all__ = ["GIVING", "ONE_GIFT", "in_a_gift_list"]

GIVING = re.compile(r"(?:\b(?:quà|hàng hóa|hàng hoá|hiện vật|nhu yếu phẩm|vật tư|vật phẩm)\b[^.;!?]{0,40}?\bgồm|"
                    r"\b(?:trao tặng|tặng|trao|ủng hộ|hỗ trợ|cấp phát|phát)\b)"
                    r"(?:(?!\bmỗi\b)(?:[^.;!?]|\.(?=\d))){0,200}$", re.IGNORECASE)
"""A list of gifts or support before the item, in the same sentence: "phần quà gồm", "trao tặng", "hỗ trợ"."""
ONE_GIFT = re.compile(r"\bmỗi\s+(?:suất|phần|túi|gói)\b[^.;!?]{0,40}?\bgồm\b(?:[^.;!?]|\.(?=\d))*$", re.IGNORECASE)
"""What one gift holds: "mỗi suất quà gồm 10 kg gạo" is no amount given."""


def in_a_gift_list(text: str, start: int) -> bool:
    """Whether the item at `start` is in a list of goods given (a giving verb or "quà ... gồm" before it in its
    sentence) and not in what one gift holds."""
    floor = max(0, start - 240)
    return bool(GIVING.search(text, floor, start)) and not ONE_GIFT.search(text, floor, start)
