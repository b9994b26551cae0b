"""How a person's name is written, told apart from the title before it and a place named like it.

A name opens with a surname from the list below (Kinh and those of the other peoples), or with a
particle of a Central Highlands or K'Ho name ("Y Biêr Niê", "K' Mák"); a Hmong name holds the men's
particle "A" inside it ("Sùng A Hồ"); some peoples write names of two words ("Thạch Phương",
"Điểu K'Ré"), a person's only when no place is called that. Kept apart from `people.py`, which finds
who is named in a sentence and with what titles.
"""

from __future__ import annotations

import re

from ..folding import fold
from ..gazetteer import gazetteer
from .person_given_letters import given_letter_y
from .person_name_run_ons import name_runs_on, province_before_verb

TOKEN = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?")
"""A word of letters, with a K'Ho or Ede apostrophe inside it ("K'Ré", "H'Bơ")."""
SURNAMES = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "phùng", "đoàn", "trương", "đinh", "lâm", "mai", "tô", "trịnh", "đào", "cao", "lương", "hà", "tạ", "châu",
    "thái", "vương", "quách", "lưu", "kiều", "triệu", "la", "từ", "thân", "lại", "chu", "hứa", "giang", "tăng",
    "khúc", "lò", "đàm", "doãn", "diệp", "mạc", "nông", "kim", "tôn", "âu", "khổng", "bạch", "quan", "ông", "tống",
    "hàn", "nghiêm", "lục", "vi", "văn", "khuất", "ninh", "phó", "cù", "lường", "hầu", "viên", "mã", "lữ",
    "y", "h'", "ksor", "rơ", "nay", "siu", "rơ mah", "kpă",
    # less common, and those of the northern mountain peoples
    "uông", "phí", "lã", "mẫn", "ưng", "thạch", "danh", "kha", "mông", "bế", "lèo", "cầm", "vàng", "thào", "giàng",
    "sùng", "lù", "mùa", "sầm", "đèo", "quàng", "điêu", "trình", "nhữ", "đồng", "hoa", "thiều",
    # Khmer ("Chau", "Néang"), S'tiêng ("Điểu"), Hmong, Dao, Thai and Cham ones
    "chau", "néang", "điểu", "ma", "tòng", "bàn", "tẩn", "phàn", "hờ", "vừ", "hạng", "sình", "lầu", "chảo", "đàng",
    "bạc", "lừ",
}
NAME_SURNAMES = SURNAMES | {"sơn"} | {
    # clan and family words of the Highlands peoples (Jrai, Bahnar, Ede, Mnông), Cham and Raglai, Tày and Nùng, Hmong
    # and Thai, read bare after a title ("Phó Chủ tịch HĐND tỉnh Rah Lan Chung", "Trưởng Ban Chamaléa Thị Thủy")
    "rah", "kpuih", "puih", "rcom", "hiao", "byă", "mlô", "êban", "niê", "ayŭn", "adrơng", "knul", "liêng",
    "chamaléa", "katơr", "pinăng", "mấu", "thập",
    "cil", "ka", "kră", "touneh", "ama", "pi", "mang", "bố",
    "chẩu", "lành", "lăng", "vy",
    "cứ", "chá", "tráng", "hảng", "má", "lỳ", "mè", "khằm", "ngần",
}
"""For people only: "Sơn" opens many Khmer names ("Sơn Thị Ánh Hồng") and also places ("Sơn Hà", "Sơn Thủy"), so
a place is never taken for a person because of it (`SURNAMES` is what a place is checked against); nor are the
clan words of other peoples, some of which also open place names or common words ("Lăng", "Má", "Lành")."""
_TWO_WORD_SURNAMES = {"thạch", "danh", "sơn", "chau", "kim", "điểu", "néang"}
"""Surnames whose names often have two words only ("Thạch Phương", "Danh Út", "Điểu K'Ré"): after a title such a
name is a person unless the two words name a place."""


_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
"""A Vietnamese syllable, folded: an onset, a vowel group, a coda."""


def clan_shaped(word: str) -> bool:
    """A capitalised word no Vietnamese syllable spells ("Rmah", "Hdơk", "Kơsor", "Bh'riu", "Zơrâm", "Alăng"): a clan
    or family word of a Highlands, Cham or Katuic people, on no surname list; a place may be spelt so too ("Krông",
    "Kbang"), so who reads it as a name checks the places as well."""
    if len(word) < 2 or not word[0].isupper() or not re.sub(r"['’]", "", word[1:]).islower():
        return False
    return _SYLLABLE.fullmatch(fold(word)) is None


def viet_syllable(word: str) -> bool:
    """Whether `word` is spelt as one Vietnamese syllable ("Đoan", "Thuyên"; not "Display")."""
    return _SYLLABLE.fullmatch(fold(word).lower()) is not None


def _is_name_word(word: str, first: bool) -> bool:
    if not word or not word[0].isupper():
        return False
    if len(word) == 1:
        # the particles of Central Highlands names: "Y Biêr Niê", "H Yim Kđoh", "A Pớt", "Đinh Y Ly Niê";
        # after the first word a letter with a diacritic is a given name of its own ("Nguyễn Thị Như Ý")
        # and "A", the Hmong men's particle, inside a name: "Giàng A Tông", "Vàng A Chứ" (never last: see below)
        return word in ("Y", "K", "H", "A") if first else word in ("Y", "H", "A") or _one_letter_name(word)
    rest = re.sub(r"['’].", "", word[1:])
    return rest.islower() or rest == ""


def _one_letter_name(word: str) -> bool:
    """A capital letter with a diacritic ("Ý"): a whole given name, never a Highlands particle or an initial."""
    return len(word) == 1 and word.isupper() and not word.isascii() and word != "Đ"


_KHO_APOSTROPHE = re.compile(r"['’] ?[A-ZĐÀ-Ỹ]")
"""After a K'Ho name's prefix letter ("K' Mák"): its apostrophe, then the name."""


_DEPUTY_TITLE = re.compile(r" ?(?:Phó\s+)?(?:Chánh\s+(?:Văn\s+phòng|án|[Tt]hanh\s+tra)\b|Cục\s+trưởng\b)|"
                           r" ?Phó\s+(?:Chủ\s+(?:tịch|nhiệm)|Giám\s+đốc|Trưởng\s+(?:ban|phòng|đoàn)|Bí\s+thư|"
                           r"Tổng\s+(?:cục|giám)|Viện\s+trưởng|Hiệu\s+trưởng|Thủ\s+tướng)\b", re.IGNORECASE)
"""A title's opening ("Phó Chánh Văn phòng", "Phó Giám đốc"): "Phó" and "Chánh" are surnames too, but not here."""


def name_at(text: str, position: int, need_surname: bool, most: int = 5) -> tuple[str, int] | None:
    """The name that starts at `position` and where it ends, up to `most` words, or None."""
    if _DEPUTY_TITLE.match(text, position):
        return None  # "đc X – Phó Chánh Văn phòng ...": the office after a name, its words no name of their own
    words: list[str] = []
    ends: list[int] = []
    cursor = position
    skip_to: int | None = None
    while len(words) < most:
        gap = re.match(r" ?", text[cursor:])
        start = cursor + (gap.end() if gap else 0)
        if words and start == cursor:
            break
        token = TOKEN.match(text, start)
        if token and not words and re.fullmatch(r"[A-ZĐ]", token[0]) and _KHO_APOSTROPHE.match(text, token.end()):
            words.append(text[token.start():token.end() + 1])  # "K' Mák": a K'Ho name's prefix, then the name
            cursor = token.end() + 1
            ends.append(cursor)
            continue
        if token and len(words) == 1 and lower_middle_name(text, words[0], token):
            words.append(token[0].capitalize())  # "Phạm việt Dũng": a middle name typed in lower case
            cursor = token.end()
            ends.append(cursor)
            continue
        if not token or not _is_name_word(token[0], not words):
            break
        if fold(token[0]) in ("ubnd", "hdnd") or (words and _title_starts(text, start, token)):
            break
        if name_runs_on(text, start, len(words)):
            skip_to = province_before_verb(text, start, len(words))  # "ông Y Cà Mau cho biết": read on after it
            break  # "ông X Ban Pháp chế ...", "bà X Quảng Trị, Phó Chủ tịch ...": a body or a place after the name
        words.append(token[0])
        cursor = token.end()
        ends.append(cursor)
    while words and len(words[-1]) == 1 and not (len(words) > 1 and _one_letter_name(words[-1])) and \
            not given_letter_y(words, text[ends[-1]:ends[-1] + 12], SURNAMES):
        # a particle ends no name ("ông A" is a letter, not a person); a given name "Ý" does
        words.pop()
        ends.pop()
    if not words:
        return None
    end = skip_to if skip_to is not None and len(words) >= 3 else ends[-1]
    # "A Pớt", "H Yim Kđoh", "K' Mák": a Highlands name needs no surname
    particle = (len(words[0]) == 1 or words[0][-1] in "'’" or letter_prefixed(words[0])) and len(words) >= 2
    if need_surname and not particle and not _two_word_name(words) and (
            len(words) < 3 or words[0].lower() not in NAME_SURNAMES and not _clan_name(words)):
        return None
    return " ".join(words), end


_LOWER_MIDDLES = {"văn", "thị", "việt", "hữu", "đức", "minh", "quang", "thanh", "ngọc", "xuân", "hồng", "công",
                  "đình", "quốc", "trọng", "tiến", "mạnh", "thế", "bá", "duy"}


def _clan_name(words: list[str]) -> bool:
    """ "Hdơk Thị Yên", "Kơsor Văn Phước": a clan word on no list, then given names each a Vietnamese syllable and
    a middle name ("Thị", "Văn") that only people have: no place is named so."""
    return clan_shaped(words[0]) and words[1] in ("Thị", "Văn") and all(viet_syllable(w) for w in words[1:])


def lower_middle_name(text: str, first: str, token: re.Match[str]) -> bool:
    """A common middle name typed in lower case between a surname and a capitalised given name ("Phạm việt Dũng")."""
    if first.lower() not in NAME_SURNAMES or token[0] not in _LOWER_MIDDLES:
        return False
    following = TOKEN.match(text, token.end() + 1)
    return following is not None and text[token.end():following.start()] == " " and \
        _is_name_word(following[0], False) and len(following[0]) > 1


def _two_word_name(words: list[str]) -> bool:
    """ "Thạch Phương", "Điểu K'Ré": a two-word name of a people that writes them so, when no place is called that."""
    if len(words) != 2 or (words[0].lower() not in _TWO_WORD_SURNAMES and not re.search(r"['’]", words[1])):
        return False
    name = " ".join(words)
    places = gazetteer()
    return not (places.find_province(name) or places.names_a_district(name) or places.find_wards(name)
                or places.former_wards(name))


_TITLE_START_WORDS = {
    "phó",
    "chủ",
    "trưởng",
    "bí",
    "ủy",
    "uỷ",
    "giám",
    "đại",
    "thành",
    "tỉnh",
    "huyện",
    "nguyên",
    "quyền",
}
_TITLE_PAIRS = re.compile(
    r"(?:phó|chủ tịch|chủ nhiệm|trưởng (?:ban|đoàn|phòng)|bí thư|ủy viên|uỷ viên|giám đốc|đại biểu|đại tá|đại tướng|"
    r"thành (?:ủy|uỷ)|tỉnh (?:ủy|uỷ)|huyện (?:ủy|uỷ)|"
    r"(?:nguyên|quyền)\s+(?:phó|chủ|trưởng|bí|giám|ủy|uỷ|đại|tổng|thứ|bộ|chánh))\b", re.IGNORECASE)
"""("Nguyên" or "Quyền" opens a title only before an office: "Khôi Nguyên" ends a given name.)"""


def _title_starts(text: str, start: int, token: re.Match) -> bool:
    """A capitalised word that opens a title ("Phó Chủ tịch", "Thành ủy"), not a given name ("Thành", "Đại")."""
    if token[0].lower() not in _TITLE_START_WORDS:
        return False
    return bool(_TITLE_PAIRS.match(text, start))


def name_parts(name: str) -> int:
    """The words of a name; a K'Ho name's prefix counts as one ("K'Mák" and "K' Mák" are a given name and a name)."""
    return len(_KHO_PREFIX.sub(r"\1 ", name).split())


_KHO_PREFIX = re.compile(r"^([A-ZĐ]['’])(?=\S)")


def letter_prefixed(word: str) -> bool:
    """ "H'Nga", "K'Mák", "H'Yăm": a Highlands name's letter prefix glued to its first name by an apostrophe (a man's
    "Y" and a woman's "H'" among the Ede, "K'" among the K'Ho), which needs no surname after it."""
    return _KHO_PREFIX.match(word) is not None
