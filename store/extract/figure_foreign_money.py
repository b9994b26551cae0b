"""Money in a foreign currency, kept in that currency: "đạt hơn 1 tỷ USD", "250 triệu đô la Mỹ".

The house records money in đồng (`figure_units`: "tỷ đồng" is stored as its value in đồng). A sum written in US
dollars — a firm's exports or a project's capital told at a visit to an industrial park — was read as no number at all
(session 30 fresh64 v05, "giá trị xuất khẩu ... đạt hơn 1 tỷ USD"). The convention: such a sum is a figure as the page
writes it, its value with the scale word multiplied out and its unit "USD"; it is never converted to đồng (no rate is
given, and one would be a guess). Only a number followed by the currency, with or without "triệu"/"tỷ" between.
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity
from .figure_units import Number

__all__ = ["dollar_sums"]

_DOLLARS = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*"
                      r"(?:(nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:USD|US\$|đô la Mỹ|đô-la Mỹ|đô la|đô-la)(?![\wÀ-ỹ])",
                      re.IGNORECASE)


def dollar_sums(text: str, numbers: list[Number]) -> list[Number]:
    """(value, None, "USD", start, end) of each sum in US dollars in `text` that `numbers` has not read."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for m in _DOLLARS.finditer(text):
        if m.start(1) in taken:
            continue
        try:  # the number and its scale word read as every quantity is, exactly ("4,35 triệu" is 4 350 000)
            value = read_quantity(f"{m[1]} {m[2] or ''}").value
        except NumberError:
            continue
        out.append((value, None, "USD", m.start(1), m.end()))
    return out
