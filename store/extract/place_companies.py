"""A province's name inside a company's name ("Công ty Than Khánh Hòa") is no clue to where the article is.

Firms are named after the province they were founded in, or after a village or a mine that shares a province's
name: "Công ty Cổ phần Thực phẩm Ninh Bình" may build in Phú Thọ, and "Công ty Than Khánh Hòa" mines in Thái Nguyên.
Counted as a province the article names, such a name outweighs the outlet's province and places a commune that two
provinces share in the wrong one. A province written as the tail of a firm's capitalised name is therefore left out
of the provinces the text names (`place_mentions.province_hints`); the province the text names elsewhere still
counts.
"""

from __future__ import annotations

import re

_FIRM = re.compile(
    r"\b(?:Công ty|Tổng công ty|Tổng Công ty|Tập đoàn|Doanh nghiệp|Hợp tác xã|HTX|Nhà máy|Xí nghiệp)"
    r"(?:\s+(?!(?:tại|ở|của|trên|thuộc|đóng|về|cho|với|là|đã|đang|sẽ|có|tỉnh|thành|địa|khu|và các)\b)"
    r"[\wÀ-ỹ&.-]+){0,8}\s+$")
"""A firm's name up to the name read as a province: "Công ty Cổ phần Thực phẩm |Ninh Bình"."""


def in_firm_name(text: str, start: int) -> bool:
    """Whether the capitalised name at `text[start:]` ends a firm's name."""
    return bool(_FIRM.search(text, max(0, start - 90), start))
