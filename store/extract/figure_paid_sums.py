"""Sums of support written with a bare scale word after a paying verb: "quyết định hỗ trợ khẩn cấp 140 tỉ cho 4
tỉnh", "trao 2 tỷ để sửa trường".

Headlines and quick news drop "đồng" after the scale word; `figure_shapes.bare_scaled_money` takes such a sum only
where the sentence writes money with "đồng" elsewhere, so a headline's only sum was lost. A verb of giving or paying
just before the number says it is money as surely as "đồng" would; only "tỷ"/"tỉ" and "triệu" count, and a currency
or a unit after the scale word ("1,5 tỷ USD", "3 triệu người", "tỷ lệ") is no sum in đồng.
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity

__all__ = ["paid_sum"]

_PAYING = re.compile(r"\b(?:hỗ trợ|trao tặng|trao|tặng|ủng hộ|chi|cấp|phân bổ|giải ngân|bố trí|dành|quyên góp|"
                     r"tài trợ)(?:\s+(?:khẩn cấp|ngay|thêm|tổng cộng|tổng số|số tiền|kinh phí|gần|hơn|trên|"
                     r"khoảng))*\s+$", re.IGNORECASE)
_SCALE = re.compile(r"\s*(triệu|tỷ|tỉ)(?=\s*(?:[,;.)]|$|(?:cho|để|tới|đến|giúp|và|từ|nhằm)\b))", re.IGNORECASE)


def paid_sum(text: str, start: int, end: int) -> tuple[float | int, int] | None:
    """(value in đồng, end) of the number at [start, end) when a paying verb comes right before it and a bare
    "tỷ"/"triệu" right after; else None."""
    scale = _SCALE.match(text, end)
    if scale is None or not _PAYING.search(text, max(0, start - 60), start):
        return None
    try:
        return read_quantity(f"{text[start:end]} {scale[1]} đồng").value, scale.end()
    except NumberError:
        return None
