"""Long office names that a plain reading of a title cuts short, so that their holder is never read as a person.

`person_titles.title_before` reads the title written before a name back to the clause start (a comma, "và", a spaced
dash) and takes it only when every word is a title word or capitalised; `person_titles.trim_title` cuts a title after a
name where lower-case words begin. Two kinds of office break both, and a deputy minister or a steering committee's
head who visits was then no one at all:

- a ministry, whose name holds lower-case words, a "và", a comma or a spaced dash: "Thứ trưởng Bộ Nông nghiệp và
  Phát triển nông thôn X", "Bộ trưởng Bộ Giáo dục và Đào tạo X", "do Thứ trưởng Bộ Lao động - Thương binh và Xã hội
  X dẫn đầu", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch X";
- a steering committee named by its task in ordinary words up to its province or district: "Trưởng Ban Chỉ đạo
  thực hiện các chương trình mục tiêu quốc gia tỉnh X Y", "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn".

Kept apart from `people` (near its size limit) and from `office_names`, which reads titles after a name.
"""

from __future__ import annotations

import re

from ..folding import fold
from .office_names import JOINED

COMMA_KEPT = "\u2063"
"""What a comma inside an office's own name becomes while a title is split (same length), put back after."""

_MINISTRY_WORDS = {fold(w) for w in (
    "phát triển nông thôn đào tạo thể thao du lịch truyền thông công nghệ vận tải môi trường giáo dục thương binh "
    "ngoại giao quốc phòng công an tôn giáo đầu tư tài nguyên xây dựng hội hóa hoá"
).split()}
"""Lower-case words of ministries' names ("Bộ Giáo dục và Đào tạo", "Bộ Giao thông vận tải")."""

_MINISTRY = re.compile(r"^(?:Bộ|Sở)$")
_STEERING = re.compile(r"\bBan\s+[Cc]hỉ\s+đạo\b")
_NOT_A_TASK = {w for w in (
    "đã đang sẽ vừa cùng đến tới đi gặp thăm tặng trao với cho nói là làm có ông bà đồng chí lãnh đạo"
).split()}
"""Words that end a steering committee's task: a verb or a person begins there, not the task's name (compared
unfolded: "có" is a verb, "cơ" of "cơ sở" is not)."""
_LEVEL = {"tinh", "huyen", "thanh", "pho", "thi", "xa", "quan", "phuong"}

_INNER_DASH = re.compile(r"(?<=\bBộ\sLao\sđộng)(\s[-–]\s)(?=Thương\s+binh\b)")
_INNER_COMMA = re.compile(r"(?:(?<=\sVăn\s(?:hóa|hoá))(?=,\s(?:Thể\s+thao|Thông\s+tin)\b)|"
                          r"(?<=\sLao\sđộng)(?=,\sThương\s+binh\b)|(?<=\bKhám)(?=,\schữa\sbệnh\b)|"
                          r"(?<=\bphòng)(?=,\schống\b)|"
                          r"(?<=\bban\sQuốc\sphòng)(?=,\sAn\sninh\b)|(?<=\bban\sVăn\shóa)(?=,\sGiáo\sdục\b)),")
"""(Two National Assembly committees hold a comma too: "Ủy ban Quốc phòng, An ninh và Đối ngoại", "Ủy ban Văn hóa,
Giáo dục"; so do a district's or a centre's units, "Trung tâm Văn hóa, Thể thao", "Phòng Lao động,
Thương binh và Xã hội", "Phòng Văn hóa, Thông tin", and the health ministry's "Cục Quản lý Khám, chữa bệnh".)"""
_MINISTRY_AND = re.compile(r"(\b(?:Bộ|Sở)\s+(?:[^\s,;:()]+\s+){1,4}?)và(\s+)"
                           r"(?!(?:Phó|Giám|Chủ|Trưởng|Bí|Thứ|Bộ|Sở|Ủy|Uỷ|Tổng|Cục|Vụ)\b)(?=[A-ZĐÀ-Ỹ])")
"""The "và" of a ministry's name after a comma kept inside it ("Bộ Văn hóa, Thể thao và Du lịch"), never one that
joins another office ("Giám đốc Sở Y tế và Phó Giám đốc ...")."""
_COMMITTEE_AND = re.compile(r"(\b(?:Ủy|Uỷ)\s+ban\s+[^\s,;:()]+\s+[^\s,;:()]+" + COMMA_KEPT +
                            r"\s+(?:[^\s,;:()]+\s+){1,2}?)và(\s+)(?=[A-ZĐÀ-Ỹ])")
"""The "và" of a committee's name after its kept comma ("Ủy ban Quốc phòng, An ninh và Đối ngoại")."""
_TASK_AND = re.compile(r"(\bBan\s+[Cc]hỉ\s+đạo\b[^,;:()]{0,80}?\s)và(\s+)(?!(?:ông|bà|đồng chí|các|lãnh đạo|đoàn|cùng|"
                       r"đại biểu|bầu cử)\b)(?=[a-zđà-ỹ])")


def keep_long_offices(text: str, and_kept: str) -> str:
    """`text` with the comma, spaced dash and "và" inside a ministry's or steering committee's name spelled so that
    a split on clause breaks passes them by (`COMMA_KEPT`, `JOINED`, `and_kept`); the length is kept."""
    text = _INNER_DASH.sub(lambda m: m[1].replace(" ", JOINED), text)
    text = _INNER_COMMA.sub(COMMA_KEPT, text)
    text = _MINISTRY_AND.sub(lambda m: m[1] + and_kept + m[2], text)
    text = _COMMITTEE_AND.sub(lambda m: m[1] + and_kept + m[2], text)
    return _TASK_AND.sub(lambda m: m[1] + and_kept + m[2], text)


def inner_commas_kept(text: str) -> str:
    """`text` with the commas inside an office's own name spelled `COMMA_KEPT` (the length is kept)."""
    return _INNER_COMMA.sub(COMMA_KEPT, text)


def restore_long_offices(title: str) -> str:
    return title.replace(COMMA_KEPT, ",")


def long_office_word(words: list[str], index: int, start: int) -> bool:
    """Whether `words[index]`, a lower-case word of the title that opens at `words[start]`, ends a two-syllable word
    of a unit's name (`compound_tail`), belongs to a ministry's
    name ("Bộ Giáo dục và Đào tạo": "tạo") or to a steering committee's task ("Ban Chỉ đạo thực hiện ... tỉnh")."""
    if compound_tail(words, index):  # "Trung tâm Văn hóa Thể thao", "Văn phòng Điều phối": one word's two syllables
        return True
    word = fold(words[index].strip(".,"))
    lower = words[index].strip(".,").lower()
    earlier = words[start:index]
    if word in _MINISTRY_WORDS and any(_MINISTRY.match(w) for w in earlier[-10:]):
        return True
    text = " ".join(earlier)
    steering = list(_STEERING.finditer(text))
    if not steering:
        return False
    task = [fold(w) for w in text[steering[-1].end():].split()]
    # the task runs up to its province or district; past that, the words are the clause's own
    return lower not in _NOT_A_TASK and not any(w in _LEVEL for w in task) and len(task) < 14


_NAME_COMPOUNDS = {fold(w) for w in (
    "Thể thao|Thông tin|Điều phối|Du lịch|Đào tạo|Phát triển|Truyền thông|Truyền hình|Phát thanh|Công nghệ|Môi trường|"
    "Ngân hàng|Bảo hiểm|Bảo vệ|Thủy lợi|Thuỷ lợi|Kiểm lâm|Quy hoạch|Quản lý|Thương mại|Khuyến nông|Chăn nuôi|Thú y|"
    "Điện lực|Đăng ký|Giải phóng|Dịch vụ|Lưu trữ|Xúc tiến|Phòng chống|Phòng thủ|Tìm kiếm|Cứu nạn|Cứu hộ|Di sản|"
    "Bảo tàng|Học tập"
).split("|")}
"""Two-syllable words of units' names that capitalise only their first syllable ("Trung tâm Văn hóa Thể thao",
"Văn phòng Điều phối nông thôn mới"): a title cut where lower-case words begin would keep the first alone."""

_LOWER_TAILS = ("nong thon", "nong thon moi", "chong thien", "chong thien tai", "kiem cuu", "kiem cuu nan",
                "kham chua", "kham chua benh")
"""Lower-case words that run on such a name (folded, with the words before them): a programme's or a task's, or the
part after a comma kept inside one ("Cục Quản lý Khám, chữa bệnh")."""


def compound_tail(words: list[str], index: int) -> bool:
    """Whether `words[index]`, in lower case, ends the two-syllable word a capitalised `words[index - 1]` opens in a
    unit's name ("Thể" + "thao", "Điều" + "phối")."""
    if index < 1:
        return False
    near = fold(" ".join(w.strip(".," + COMMA_KEPT) for w in words[max(index - 2, 0):index + 1]))
    if near.endswith(_LOWER_TAILS):  # "Văn phòng Điều phối nông thôn mới tỉnh", "Ban Chỉ huy Phòng chống thiên tai"
        return True
    previous = words[index - 1].strip(".,")
    return previous[:1].isupper() and not previous.isupper() and \
        fold(previous + " " + words[index].strip(".,")) in _NAME_COMPOUNDS


def glued_title_word(word: str, title_words: set[str]) -> bool:
    """Whether `word` is two title words glued by a hyphen, as a committee's two fields are often written
    ("Ban Văn hóa-Xã hội", "Ban Kinh tế-Ngân sách"): "hóa-Xã" belongs to the title as "hóa" and "Xã" would."""
    parts = [part for part in word.strip(".,").split("-") if part]
    return len(parts) >= 2 and all(part[0].isupper() or fold(part) in title_words for part in parts)
