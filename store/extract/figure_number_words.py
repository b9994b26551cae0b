"""Numbers written in words: "hai mươi lăm" counts, "một tỷ đồng" money.

Apart from `figure_numbers` because reading Vietnamese number words is a small grammar of its own (tens, hundreds,
thousands, "mốt"/"lăm" forms) that the digit reader never needs.
"""

from __future__ import annotations

import re

WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "mốt": 1}
WORD_NUMBER = re.compile(
    r"(?<![\wÀ-ỹ])((?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|một(?=\s+(?:trăm|nghìn|ngàn)(?![\wÀ-ỹ])))"
    r"(?:\s+(?:mươi|trăm|nghìn|ngàn|một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín|mười|"
    r"(?:(?<=trăm\s)|(?<=nghìn\s)|(?<=ngàn\s))(?:linh|lẻ)(?=\s+(?:một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)(?![\wÀ-ỹ]))|"
    r"(?:(?<=nghìn\s)|(?<=ngàn\s))không(?=\s+trăm(?![\wÀ-ỹ]))))*)(?![\wÀ-ỹ])", re.IGNORECASE)
"""A count in words; "một" ("a", "one") opens one only before a scale word: "một nghìn hai trăm hồ sơ" is 1.200,
never "hai trăm" read alone after "một nghìn" (session 23). A zero tens is "linh" or "lẻ" after "trăm" and before a
digit ("một trăm linh năm" 105), zero hundreds "không trăm" after "nghìn" ("hai nghìn không trăm lẻ tám" 2.008), or
both left out, "lẻ" right after "nghìn" ("năm nghìn lẻ tám" 5.008, session 24)."""
WORD_MONEY = re.compile(
    r"(?<![\wÀ-ỹ])(một|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?:\s+(?:mươi|trăm|một|mốt|hai|ba|bốn|tư|lăm|năm|"
    r"sáu|bảy|tám|chín|mười))*)\s+(triệu|tỷ|tỉ)\s+(?:đồng|VNĐ)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Money in words with a scale word: "trị giá một triệu đồng", "chi một tỷ đồng" ("một" alone is "a", so it counts
only before a scale word and money)."""
IN_WORDS_BRACKET = re.compile(r"\s*\(\s*(?:(?:bằng|viết bằng)\s+chữ\s*:?\s*)?$", re.IGNORECASE)
"""A bracket opened right before money in words: the amount before it said again for a cheque's sake."""
WORD_SCALES = {"triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}


def word_value(words: str) -> int | None:
    """"hai mươi lăm" → 25, "một trăm hai mươi" → 120, "một trăm linh năm" → 105, "hai nghìn không trăm lẻ tám" →
    2.008, "năm nghìn lẻ tám" → 5.008, "một trăm linh" → None: words that are not all number words give nothing,
    nor a "linh" with no digit after it. "mươi" multiplies only the digit said since the last "trăm" (never 1.020 for
    "một trăm hai mươi")."""
    thousands, hundreds, current, said = 0, 0, 0, False
    spoken = words.lower().split()
    for index, word in enumerate(spoken):
        if word in ("linh", "lẻ"):  # a zero tens: only between "trăm" (or "nghìn", no hundreds) and a digit
            if index == 0 or spoken[index - 1] not in ("trăm", "nghìn", "ngàn") or index + 1 == len(spoken) or \
                    WORD_NUMBERS.get(spoken[index + 1], 10) >= 10:
                return None
            continue
        if word == "không":  # zero hundreds: "không trăm"
            if index + 1 == len(spoken) or spoken[index + 1] != "trăm":
                return None
            current, said = 0, True
            continue
        number = WORD_NUMBERS.get(word)
        if number is None:
            return None
        if word == "mươi":
            current = (current or 1) * 10
        elif word == "trăm":
            hundreds, current, said = (current if said else current or 1) * 100, 0, False
        elif word in ("nghìn", "ngàn"):
            thousands += (hundreds + current or 1) * 1000
            hundreds, current, said = 0, 0, False
        else:
            current += number
    return thousands + hundreds + current or None


def after_number_words(written: str) -> str:
    """What a count written in words says after its number: "mười hai hộ" → "hộ", "hai mươi lăm hộ" → "hộ" (a label
    made of the count's last number word, "Hai hộ", said nothing); "một tỷ đồng" → "tỷ đồng" (one word)."""
    said = WORD_NUMBER.match(written)
    return written[said.end():].strip() if said else re.sub(r"^\S+\s+", "", written)
