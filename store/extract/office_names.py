"""Office and body names that a plain reading of titles would cut short.

Titles after a name are read segment by segment, a comma ending one, and a title stops where
ordinary lower-case words begin (`person_titles.titles_after`, `person_titles.trim_title`). Some offices are
written with a comma or lower-case words inside their own name, so the reading stopped half-way and
lost the rest of the titles, "Trưởng Đoàn ..." and the verb that says who led with them:

- a department whose name lists its fields with a comma: "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
  "Thứ trưởng Bộ Lao động, Thương binh và Xã hội";
- the party committee of a province's party agencies, set up in 2025: "Phó Bí thư Đảng ủy các cơ quan
  Đảng tỉnh";
- a council committee's two fields joined by a spaced dash after the name ("ông X, Trưởng Ban Văn hoá – Xã hội
  dẫn đoàn"), where a spaced dash elsewhere starts the next title;
- an election's committee named with its election after the title ("Trưởng Ban Chỉ đạo cuộc bầu cử đại biểu Quốc hội
  khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 của tỉnh đã kiểm tra"): the verb comes after the election;
- a subcommittee named by its task in lower case, often with its parent body ("Trưởng Tiểu ban thông tin tuyên
  truyền thuộc Hội đồng bầu cử quốc gia làm Trưởng đoàn"): the task and the body belong to the title, the verb that
  says who led comes after them;
- a dotted abbreviation inside the titles ("Chủ tịch UBND TP.HCM, cùng ông Y, Phó Chủ tịch UBND TP.HCM,
  đi kiểm tra"), whose dot is no sentence's end: rules that read a clause up to a "." must read past it.
"""

from __future__ import annotations

import re

from ..folding import fold

_COMMA_TAILS = {
    "van hoa": re.compile(r"\s*Thể\s+thao\s+và\s+Du\s+lịch\b"),
    "lao dong": re.compile(r"\s*Thương\s+binh\s+và\s+Xã\s+hội\b"),
}
"""The last field of an office name before its comma (folded), and what the name goes on with after it."""

_PARTY_AGENCIES = ("cac", "co", "quan")
"""'Đảng ủy các cơ quan Đảng tỉnh': the words after 'Đảng ủy' that belong to the body's name."""

_DOTTED = re.compile(r"\b(?:TP|Tp|TX|TT|P|Q|H)\.(?=[A-ZĐ0-9]|\s(?:Hồ Chí Minh|HCM|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ|"
                     r"Huế)\b)")
"""An abbreviated level before a place ("TP.HCM", "TP. Hồ Chí Minh", "P.Phú An", "Q.1"): the dot joins, it ends
nothing. With a space after it, only before a city's name: "tại TP. Sau đó" may end a sentence."""


_COMMITTEE_PAIR = re.compile(r"(?<=\b[Bb]an\s)(?:Văn\s+ho[áa]|Văn\s+hóa|Kinh\s+tế)(\s[-–—]\s)"
                             r"(?=(?:Xã\s+hội|Ngân\s+sách|Giáo\s+dục)\b)|"
                             r"\b(?:[Pp]hòng|Sở|Bộ)\s+(?:Lao\s+động|Tài\s+nguyên|Tài\s+chính|Kinh\s+tế|Giáo\s+dục|"
                             r"Văn\s+ho[áa]|Nông\s+nghiệp|Y\s+tế|Nội\s+vụ)(\s[-–—]\s)(?=(?:Thương\s+binh|Môi\s+trường|"
                             r"Kế\s+hoạch|Hạ\s+tầng|Đào\s+tạo|Thông\s+tin|Thể\s+thao|Phát\s+triển|PTNT|Xã\s+hội)\b)")
"""A committee named by two fields, a spaced dash between: "Ban Văn hoá – Xã hội", "Ban Kinh tế - Ngân sách"; so is a
department ("Trưởng Phòng Lao động – Thương binh và Xã hội huyện đã kiểm tra", "Phòng Tài nguyên – Môi trường",
"Trưởng phòng Lao động – Thương binh", the title's "phòng" in lower case), whose
dash a reading by segments took for the start of the next title, losing the verb after the name."""
JOINED = "\u2060"
"""What the spaces around such a dash become while titles are split, so the dash splits nothing (same length)."""


def join_committee_dashes(text: str) -> str:
    """`text` with the spaces around a committee's inner dash replaced by `JOINED`; the length is kept."""
    return _COMMITTEE_PAIR.sub(lambda m: m[0][:m.start(m.lastindex or 1) - m.start()] +
                               (m[m.lastindex or 1] or "").replace(" ", JOINED), text)


_ELECTION_BODY = re.compile(r"\b(?:Ban\s+Chỉ\s+đạo|Ban\s+bầu\s+cử|(?:Ủy|Uỷ)\s+ban\s+bầu\s+cử|Hội\s+đồng\s+bầu\s+cử|"
                            r"Tổ\s+bầu\s+cử)", re.IGNORECASE)
_ELECTION_NAME = re.compile(
    r"(?:\s*(?:[Cc]uộc\s+)?[Bb]ầu\s+cử)?(?:\s+[Đđ]ại\s+biểu)?(?:\s+(?:Quốc\s+hội|QH)(?:\s+[Kk]h(?:óa|oá)\s+[XVIL]+)?"
    r"(?:\s+và(?:\s+bầu\s+cử)?(?:\s+đại\s+biểu)?)?)?(?:\s+(?:HĐND|Hội\s+đồng\s+nhân\s+dân)"
    r"(?:\s+(?:các\s+cấp|tỉnh|thành\s+phố|huyện|xã|phường))?)?"
    r"(?:\s*,?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})?(?:\s+(?:của\s+)?(?:tỉnh|thành\s+phố|huyện|xã|phường)"
    r"(?P<place>(?:\s+\w+){0,3}))?")
"""The election a committee is for, written after the committee's name: "cuộc bầu cử đại biểu Quốc hội khóa XVI và
đại biểu HĐND các cấp nhiệm kỳ 2026-2031 của tỉnh"."""


def election_after(title: str, rest: str) -> int:
    """How much of `rest`, the text after `title`, still names the election of the committee `title` names (0 if
    it names none): the words a reader skips to reach the verb. The title may hold the election's first words
    ("Chủ tịch Ủy ban bầu cử đại biểu HĐND tỉnh nhiệm" + " kỳ 2026 – 2031 đã đến"): the name is read across both."""
    bodies = list(_ELECTION_BODY.finditer(title))
    if not bodies:
        return 0
    tail = title[bodies[-1].end():]
    m = _ELECTION_NAME.match(tail + rest)
    if not m or m.end() <= len(tail):
        return 0
    end = m.start("place") if m["place"] is not None else m.end()
    for word in re.finditer(r"\s+(\w+)", m["place"] or ""):  # the place's name: its capitalised words only
        if not word[1][0].isupper():
            break
        end = m.start("place") + word.end()
    return max(0, end - len(tail))


_SUBCOMMITTEE_END = re.compile(r"\bTiểu\s+ban((?:\s+[^\W\d_]+)*)\s*$", re.IGNORECASE)
"""A title that ends in a subcommittee and, at most, the first lower-case words of its task ("Trưởng Tiểu ban
chuyển": a word that folds like a title word, "chuyên", stays in the title)."""
_HEAD_VERB = re.compile(r"\s+(?:làm\s+(?:trưởng|tổ\s+trưởng)|dẫn\s+(?:đầu|đoàn)|chủ\s+trì)\b", re.IGNORECASE)
"""What follows a delegation head's titles: the verb that makes them the head."""
_TASK_WORD = re.compile(r"\s+(?!(?:làm|dẫn|chủ|đã|đang|vừa|cùng|và|với|tại|có|là|do|cho)\b)([^\W\d_]+)")
"""One word of a subcommittee's task or parent body ("thông tin", "thuộc Hội đồng bầu cử quốc gia"): a plain word,
never one that ends a title ("làm", "dẫn", "đã", "cùng", "và", "tại" ...)."""
_TASK_WORDS = 14
"""At most this many words between "Tiểu ban" and the head's verb: a longer run is no task's name."""


def subcommittee_after(title: str, rest: str) -> int:
    """How much of `rest`, the text after `title`, still names the subcommittee `title` ends with, when a head's verb
    follows it ("Trưởng Tiểu ban" + " thông tin thuộc Ủy ban bầu cử tỉnh" + " làm Trưởng đoàn"); 0 otherwise. A title
    cut at its first lower-case word ends in "Tiểu ban" or in the task's first words; a capitalised task ("Tiểu ban
    An ninh") is read whole already. Without the head's verb right after the words (a comma, a full stop, "cho biết")
    nothing is skipped."""
    sub = _SUBCOMMITTEE_END.search(title)
    if sub is None or any(word[0].isupper() for word in sub[1].split()):
        return 0
    end = 0
    for _ in range(_TASK_WORDS):
        if _HEAD_VERB.match(rest, end):
            return end
        word = _TASK_WORD.match(rest, end)
        if word is None:
            return 0
        end = word.end()
    return 0


def office_tail(previous: str, rest: str) -> int:
    """How much of `rest` (the text after the comma that ended `previous`) still belongs to `previous`'s office name:
    "Giám đốc Sở Văn hóa" + ", Thể thao và Du lịch, Trưởng Đoàn ..." → the length of ", Thể thao và Du lịch"."""
    words = fold(previous).split()
    for last, tail in _COMMA_TAILS.items():
        if " ".join(words[-2:]) == last and (m := tail.match(rest.lstrip(", "))):
            return len(rest) - len(rest.lstrip(", ")) + m.end()
    return 0


def body_words_at(words: list[str], index: int) -> int:
    """How many of `words` from `index` on belong to a body name that the words before began ("các cơ quan" after
    "Đảng ủy"), so that a title is not cut at its lower-case words; 0 when none do."""
    if index >= 2 and fold(" ".join(words[index - 2:index])) == "dang uy" and \
            tuple(fold(w) for w in words[index:index + 3]) == _PARTY_AGENCIES:
        return 3
    if index >= 2 and fold(" ".join(words[index - 2:index + 1])) == "bo chinh tri":
        return 1  # "Ủy viên Bộ Chính trị": the Politburo's name ends in a lower-case word
    return 0


def undot_abbreviations(text: str) -> str:
    """`text` with the dot of an abbreviated level ("TP.HCM") replaced by "·", the length kept, so that a rule
    reading a clause up to its "." reads past it."""
    return _DOTTED.sub(lambda m: m[0][:-1] + "·", text)
