"""Goods given, counted in what they come in: "phần quà gồm 10.000 khẩu trang, 20 lít thuốc, 03 thùng mì tôm".

Gift and support calls list what was handed over item by item, each counted in a measure word (a sack, a carton, a
litre, a set) before the thing itself. None of these words is a unit of `figure_units`: after a number they far more
often measure no result ("50 kg/sào" a yield, "3 bộ ngành" ministries), so the items were lost. They are goods only
in a list of gifts or support: after a giving verb or a "gồm" that opens what a gift is made of, in the same
sentence. What each single gift holds ("mỗi suất quà gồm 10 kg gạo, 1 thùng mì") is a recipe, not an amount given,
and stays out.
"""

from __future__ import annotations

import re

from .figure_gift_cues import GIVING, ONE_GIFT
from .figure_measures import weighed_goods
from .figure_policy_goods import handed_policy_good

__all__ = ["goods_item", "in_a_listed_gift"]

_MEASURES = {
    "bao": "bao", "thùng": "thùng", "hộp": "hộp", "lít": "lít", "kg": "kg", "ký": "kg", "chai": "chai", "gói": "gói",
    "túi": "túi", "bộ": "bộ", "chiếc": "chiếc", "cái": "cái", "tấm": "tấm", "bình": "bình", "can": "can", "lọ": "lọ",
    "hũ": "hũ", "tạ": "tạ", "vỉ": "vỉ", "cuốn": "cuốn", "quyển": "quyển", "đôi": "đôi", "chăn": "chăn",
    "khẩu trang": "khẩu trang", "ly": "ly",
}
_MEASURE = re.compile(r"\s*(" + "|".join(sorted(map(re.escape, _MEASURES), key=len, reverse=True)) + r")"
                      r"(?![\wÀ-ỹ])(?!(?<=bộ)\s+(?:phận|máy|ngành|đội|trưởng|tiêu chí|công cụ|luật|hồ sơ|thủ tục)\b)"
                      r"(?!(?<=tấm)\s+(?:gương|lòng)\b)(?!(?<=gói)\s+(?:thầu|cước|chính sách)\b)(?:\s+[\wÀ-ỹ])",
                      re.IGNORECASE)
"""A measure word and then the thing it measures ("20 lít thuốc", "50 bộ quần áo"): a bare "3 bộ" is no item, nor
are the nouns the word only begins ("bộ phận", "bộ ngành", "tấm gương", "gói thầu")."""


def goods_item(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(the measure word as stored, where it ends) when the bare number at [start, end) counts an item of goods
    given; else None."""
    measure = _MEASURE.match(text, end)
    if measure is None:
        return None
    floor = max(0, start - 240)
    if ONE_GIFT.search(text, floor, start):
        return None
    if not GIVING.search(text, floor, start):  # "tạm giữ 1.300 kg phân bón": counted as its tons would be;
        return weighed_goods(text, start, end) or handed_policy_good(text, start, end)  # "được cấp 9.840 kg muối"
    return _MEASURES[measure[1].lower()], measure.end(1)


_LISTED = re.compile(r"\bgồm\s*:?\s*(?:(?:hơn|trên|gần|khoảng)\s+)?"
                     r"(?:\d[\d.,]*\s+[^\d;:]{1,40}?(?:,|;|\s+và)\s+(?:(?:hơn|trên|gần|khoảng)\s+)?)*$", re.IGNORECASE)


def in_a_listed_gift(text: str, start: int) -> bool:
    """Whether the count at `start` is an item of a list a "gồm" opens ("trao quà hỗ trợ xã gồm 30 suất quà và 15 triệu
    đồng"): the list is itemised, each item a figure, whoever hands it over; a gift the team hands over told alone
    ("Đoàn trao tặng 20 suất quà") stays the visitors' own (`figure_numbers`)."""
    return bool(_LISTED.search(text, max(0, start - 200), start)) and \
        not ONE_GIFT.search(text, max(0, start - 240), start)
