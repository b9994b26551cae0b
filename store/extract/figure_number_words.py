"""Numbers written in words: "hai mươi lăm" counts, "một tỷ đồng" money.

Apart from `figure_numbers` because reading Vietnamese number words is a small grammar of its own (tens, hundreds,
thousands, "mốt"/"lăm" forms) that the digit reader never needs.
"""

from __future__ import annotations

import re

WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "mốt": 1}
WORD_NUMBER = re.compile(
    r"(?<![\wÀ-ỹ])((?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?:\s+(?:mươi|trăm|nghìn|ngàn|một|mốt|hai|ba|bốn|tư|"
    r"lăm|năm|sáu|bảy|tám|chín|mười))*)(?![\wÀ-ỹ])", re.IGNORECASE)
WORD_MONEY = re.compile(
    r"(?<![\wÀ-ỹ])(một|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?:\s+(?:mươi|trăm|một|mốt|hai|ba|bốn|tư|lăm|năm|"
    r"sáu|bảy|tám|chín|mười))*)\s+(triệu|tỷ|tỉ)\s+(?:đồng|VNĐ)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Money in words with a scale word: "trị giá một triệu đồng", "chi một tỷ đồng" ("một" alone is "a", so it counts
only before a scale word and money)."""
IN_WORDS_BRACKET = re.compile(r"\s*\(\s*(?:(?:bằng|viết bằng)\s+chữ\s*:?\s*)?$", re.IGNORECASE)
"""A bracket opened right before money in words: the amount before it said again for a cheque's sake."""
WORD_SCALES = {"triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}


def word_value(words: str) -> int | None:
    """"hai mươi lăm" → 25, "một trăm linh" → None: words that are not all number words give nothing."""
    total, current = 0, 0
    parts = words.split()
    for word in parts:
        number = WORD_NUMBERS.get(word)
        if number is None:
            return None
        if word in ("mươi",):
            current = (current or 1) * 10
        elif word == "trăm":
            current = (current or 1) * 100
        elif word in ("nghìn", "ngàn"):
            total += (current or 1) * 1000
            current = 0
        elif word == "mười":
            current += 10
        else:
            current += number
    return total + current or None




def after_number_words(written: str) -> str:
    """What a count written in words says after its number: "mười hai hộ" → "hộ", "hai mươi lăm hộ" → "hộ" (a label
    made of the count's last number word, "Hai hộ", said nothing); "một tỷ đồng" → "tỷ đồng" (one word)."""
    said = WORD_NUMBER.match(written)
    return written[said.end():].strip() if said else re.sub(r"^\S+\s+", "", written)
