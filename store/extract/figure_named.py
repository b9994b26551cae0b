"""A bare count whose unit is named before it, as the clause's subject: "hồ sơ mức 2 đạt trên 12,1 triệu", "hồ sơ
nộp trực tiếp là 760", "tài khoản đã kích hoạt đạt 5,2 nghìn".

Reports often name what they count first and give the number last, with no unit after it. Such a number counts
what the clause opened with when three things hold: the clause (after a break, "và" or "còn") starts with a unit
word, perhaps behind "số"/"tổng số"; only words lie between, no other number but a level ("mức 2", "mức độ 4"); and
the number, with perhaps a scale word, ends the clause. A number followed by any word of its own ("đạt 12 xã",
"là 3 tháng") is left to the unit reader. Money and shares are never borrowed this way. The number may follow the
words with a verb ("là", "đạt"), a colon ("Số hồ sơ giải quyết đúng hạn: 1.091") or, behind "số"/"tổng số" only,
nothing ("tổng số hồ sơ giải quyết đúng và trước hạn 1.375"; session 28 f53c), as reports list their counts.
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity

__all__ = ["named_count"]

_NEVER = {"đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "điểm", "tổ", "máy", "lớp", "cuộc", "thẻ", "căn", "bộ"}
"""Units too short or too common as plain nouns to stand as a clause's subject for a count after them."""
_AFTER = re.compile(r"(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ))?(?=\s*(?:[,;.…)(]|$|\s(?:và|so với|tăng|giảm)\b))",
                    re.IGNORECASE)
_TAKES_NUMBER = frozenset(
    "năm tháng ngày quý đợt lần kỳ khóa khoá mức độ số thứ tổ thôn bản xóm ấp khu phố khối lớp điều khoản chương "
    "mục phụ lục tăng giảm thêm hơn trên dưới gần khoảng còn từ đến tới với nay top hạng loại nhóm tuổi phiên bản "
    "giờ phút tuần".split())
"""Last words before a bare number that make it something else than the count: a date, a rank, a place's own
number, a document's article, a change or a bound."""
_TAKES_NUMBER_PHRASES = ("giai đoạn", "nghị định", "quyết định", "thông tư", "chỉ thị", "kế hoạch", "công văn",
                         "nghị quyết", "luật", "tổ dân phố", "lượt", "so với")
_patterns: dict[int, re.Pattern[str]] = {}


def _pattern(unit_of: dict[str, str]) -> re.Pattern[str]:
    key = id(unit_of)
    if key not in _patterns:
        forms = sorted((f for f, u in unit_of.items() if u not in _NEVER), key=len, reverse=True)
        _patterns[key] = re.compile(
            r"(?:^|[,;:(]\s*|\b(?:và|còn)\s+)((?:tổng\s+)?số(?:\s+lượng)?\s+)?(" + "|".join(map(re.escape, forms)) +
            r")(?![\wÀ-ỹ])[^,;:()\d]{0,60}?(?:\bmức(?:\s+độ)?\s+\d\b[^,;:()\d]{0,40}?)?"
            r"(\s(?:đạt|là|có|gồm)\s+|\s*:\s*|\s+)(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$", re.IGNORECASE)
    return _patterns[key]


def named_count(text: str, start: int, end: int, unit_of: dict[str, str]) -> tuple[float | int, str, int] | None:
    """(value, unit, end) of the bare number at [start, end) if the clause named its unit before it."""
    after = _AFTER.match(text, end)
    if after is None:
        return None
    if re.match(r"[,;.]\d", text[after.end():after.end() + 2]):
        return None  # "64;2%": a decimal typed with a semicolon goes on past the mark, it ends no clause
    named = _pattern(unit_of).search(text, max(0, start - 140), start)
    if named is None or (not named[3].strip() and not _bare_label(named)):
        return None
    try:
        value = read_quantity(text[start:after.end()]).value
    except NumberError:
        return None  # "1.5 triệu": an English decimal point; no figure rather than a guess
    return value, unit_of[named[2].lower()], after.end()


def _bare_label(named: re.Match[str]) -> bool:
    """A number right after its label with no verb or colon counts it only behind "số"/"tổng số" ("tổng số hồ sơ
    giải quyết đúng hạn 1.375"), and not when the word before it takes a number of its own ("năm 2024", "tổ 5")
    or tells a change ("tăng 120")."""
    if not named[1]:
        return False
    last = named[0].split()[-1].lower() if named[0].split() else ""
    return last not in _TAKES_NUMBER and not named[0].rstrip().lower().endswith(_TAKES_NUMBER_PHRASES)
