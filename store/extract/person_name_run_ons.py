"""Where a name typed with no comma before a place or a body ends.

"bà Trần Thị Ngọc Quảng Trị, Phó Chủ tịch ..." and "ông Đặng Văn Lực Ban Pháp chế HĐND tỉnh làm Trưởng đoàn": the
words after the name are capitalised, so `person_names.name_at` read them on as given names ("Đặng Văn Lực Ban
Pháp"). A name of three words or more ends before a body's opening words ("Ban <Capital>", "Sở <Capital>", "Ủy ban",
"Văn phòng", "Hội đồng", "Mặt trận", "Thường trực", "Đoàn ĐBQH|đại biểu|<team>"), and before a province's name (today's
or a former one, two words or more) when the sentence goes on with a title, a body or a verb ("đã", "cho biết",
"chủ trì", session 31 left8; then the words after the name are read from after the province). A four-syllable name
whose last two words also name a province ("Lê Thị Hà Giang") keeps them: the name before would have two words only.

A commune's or district's name run on the same way ("Chủ tịch UBND xã Ngọc Lặc Phạm Văn Toàn Ngọc Lặc đã kiểm tra")
ends the name only when the sentence names that unit with its level word elsewhere ("xã Ngọc Lặc") and a verb
follows: given names such as "Tân", "Bình", "An", "Yên" make up many units' names, so a bare pair of capitalised words
after a name is read as the name's, as before (session 32).
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer

_BODY = re.compile(r"(?:(?:Ban|Sở)\s+[A-ZĐÀ-Ỹ]|(?:Ủy|Uỷ)\s+ban\b|Văn\s+phòng\b|Hội\s+đồng\b|Mặt\s+trận\b|"
                   r"Thường\s+trực\b|Đoàn\s+(?:ĐBQH|đại\s+biểu|giám\s+sát|khảo\s+sát|kiểm\s+tra|công\s+tác)\b)")
"""A body's opening words, as a body is written (capitalised, its second word lower case unless a name)."""
_TITLE_OR_BODY = re.compile(r"\s*[,–-]?\s*(?:Phó\s|Chủ\s+(?:tịch|nhiệm)|Trưởng\s|Bí\s+thư|(?:Ủy|Uỷ)\s+viên|Giám\s+đốc|"
                            r"Chánh\s|Đại\s+biểu|làm\s+trưởng\s+đoàn|dẫn\s+đầu|UBND|HĐND|" + _BODY.pattern + ")",
                            re.IGNORECASE)
_VERB = re.compile(r"\s+(?:đã|đang|vừa|cho\s+biết|chủ\s+trì|phát\s+biểu|đề\s+nghị|yêu\s+cầu|nhấn\s+mạnh|chỉ\s+đạo|"
                   r"kiểm\s+tra|làm\s+việc|giám\s+sát|khảo\s+sát|thăm|báo\s+cáo|trao\s+đổi|chia\s+sẻ|thông\s+tin)\b")
"""A verb right after the province, in lower case as verbs are written ("bà X Hưng Yên đã ...", "ông Y Cà Mau cho
biết"): the province is no given name, since a name is followed by its verb and a place is not part of it."""
_WORD = re.compile(r"[^\W\d_]+")
_MIN_KEPT = 3
"""Words the name keeps before the place or body: a surname, a middle and a given name at least."""


def name_runs_on(text: str, start: int, kept: int) -> bool:
    """Whether the name read so far (`kept` words) ends before `start`, where a body, a province or a unit the
    sentence names with its level word begins."""
    if kept < _MIN_KEPT:
        return False
    if _BODY.match(text, start):
        return True
    return _province_then_title(text, start) or _named_unit_end(text, start) is not None


def _province_then_title(text: str, start: int) -> bool:
    return _province_end(text, start, verb_only=False) is not None


def province_before_verb(text: str, start: int, kept: int) -> int | None:
    """Where a province glued after a name of `kept` words ends, when a verb follows it ("ông Y Cà Mau cho biết"):
    the words after the name are read from there, as if a comma stood in the province's place."""
    if kept < _MIN_KEPT:
        return None
    return _province_end(text, start, verb_only=True) or _named_unit_end(text, start)


def _province_end(text: str, start: int, verb_only: bool) -> int | None:
    places = gazetteer()
    words: list[re.Match[str]] = []
    cursor = start
    for _ in range(3):
        word = _WORD.match(text, cursor)
        if word is None or not word[0][0].isupper():
            break
        words.append(word)
        if len(words) >= 2:
            name = text[start:word.end()]
            if (places.find_province(name) or places.former_province(name)) and (
                    _VERB.match(text, word.end()) or not verb_only and _TITLE_OR_BODY.match(text, word.end())):
                return word.end()
        if text[word.end():word.end() + 1] != " ":
            break
        cursor = word.end() + 1
    return None


_LEVEL = r"(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố)\s+"


def _named_unit_end(text: str, start: int) -> int | None:
    """Where a unit's name of two or three capitalised words at `start` ends, when a verb follows it and the sentence
    names the unit elsewhere after its level word ("UBND xã Ngọc Lặc <name> Ngọc Lặc đã ...")."""
    cursor = start
    for count in range(1, 4):
        word = _WORD.match(text, cursor)
        if word is None or not word[0][0].isupper():
            return None
        if count >= 2 and _VERB.match(text, word.end()):
            if re.search(rf"(?i:\b{_LEVEL}){re.escape(text[start:word.end()])}\b", text):
                return word.end()
        if text[word.end():word.end() + 1] != " ":
            return None
        cursor = word.end() + 1
    return None
