"""A leader's name shortened for a narrow list cell, the way Vietnamese papers and lists shorten it.

A Vietnamese is known by the last word of the name, the given name ("chị Yến", "ông Lợi"); the family name
comes first and is shared by millions (Nguyễn, Trần, Lê). The list's leader column has 11-12 cells at most
widths, so cutting "Nguyễn Thị Yến" at its end ("Nguyễn Thị…") kept the least telling part. When a name does
not fit, the family and middle names become initials and the given name stays whole: "N.T. Yến",
"P.T.H. Hà"; when even that does not fit, initials go from the left ("T.H. Hà", then "Hà"). A name that fits
is never touched. An initial is the word's first letter with its marks ("Đặng" → "Đ.", "Ứng" → "Ứ."), and
a single letter as papers write it (Nguyễn → "N.", not "Ng.").

Only names shaped as the Kinh (and Tày, Thái, Mường, Hmông, Khmer) ones are, family name first and given name
last, are shortened: the first word must be a known family name. The peoples of the Highlands name otherwise:
in "Y Biêr Niê" (Ê Đê) "Y" marks a man and "Niê" is the clan, the LAST word; "Ksor Phước Hà", "Rơ Châm H'Lâm"
(Jrai) put the clan first and may spell it in two words. Initials would keep the clan and drop the person
("Y.B. Niê", "R.C. H'Lâm" with "Rơ Châm" not a family and a given word), so a name that is not surely
family-first (first word not a known family name, a word with an apostrophe or other non-letter, a clan word
anywhere) is left for the old end-cut, which at least shows its first words as written. The full name stays
in the details pane, the data, search, sorting and export.

The Khmer of the Mekong delta write family first too, but their given name is often two words (or more, from Pali
and Sanskrit): in "Thạch Thị Sa Ra" the family is Thạch (given under the Nguyễn kings: Thạch, Sơn, Kim, Lâm, Danh,
Chau, Kiên; Néang for women in An Giang), "Thị" marks a woman, and the person is "Sa Ra", as papers and neighbours
call her; "Sơn Ngọc Chanh Đa" is "Chanh Đa", "Kim Sóc Kha" is "Sóc Kha". Cutting to the last word ("T.T.S. Ra")
would show half of a name, a syllable that is no name. So with a Khmer family name first, the words from the first
Khmer syllable on (`khmer_syllable`: a known syllable of Khmer given names, or one Vietnamese spelling has no such
syllable for, as "Thươl") are the given name and stay whole: "T.T. Sa Ra", "K. Sóc Kha". A Kinh middle name (Thị,
Văn, Ngọc, Phước...) is never such a syllable, so Kinh names of these families shorten as before ("Trần Văn Sơn" →
"T.V. Sơn", "Thạch Phước Bình" → "T.P. Bình"), and a Khmer name whose given name is spelt in ordinary Vietnamese
syllables ("Sơn Thị Mỹ Linh") shortens as a Kinh one does, as papers shorten it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rich.cells import cell_len

__all__ = ["CLAN_WORDS", "FAMILY_NAMES", "KHMER_FAMILIES", "KHMER_SYLLABLES", "family_first", "given_words",
           "khmer_syllable", "short_name"]

FAMILY_NAMES = frozenset(unicodedata.normalize("NFC", name).casefold() for name in """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Đinh Đào Đoàn Lâm Mai Trịnh Trương
    Hà Lương Cao Tạ Tô Quách Thái Châu Chu Chử Cù Lưu La Lại Lã Kiều Khúc Khổng Khuất Khương Kha Kim Hứa Hầu
    Giang Giáp Doãn Diệp Diêm Dư Đàm Đậu Đồng Đường Mạc Mạnh Mã Mẫn Nghiêm Ngọ Ninh Nông Ông Ôn Phí Phó Phùng
    Phương Quan Quản Tăng Thân Thạch Sơn Tiêu Tiết Tôn Tống Thiều Triệu Trà Trình Trang Từ Văn Vi Vy Viên
    Vương Âu Ứng Lục Lò Lường Cầm Quàng Bạc Sầm Ma Bế Bạch Bàn Giàng Sùng Thào Vàng Vừ Lầu Mùa Hạng Lù Tẩn
    Chảo Phàn Đèo Điêu Điểu Lộc Nhữ Mông Công Danh Cấn Hàn Lạc Liễu Nhan Thi Tòng Chau Kiên Néang
""".split())
"""Family names that come first in a Vietnamese name: the common Kinh ones and those of the peoples who write
theirs the same way (Tày, Nùng, Thái, Mường, Dao, Hmông, Khmer, Stiêng: Nông, Lò, Cầm, Bàn, Giàng, Thạch, Chau,
Điểu). Compared case-folded in NFC."""

KHMER_FAMILIES = frozenset(unicodedata.normalize("NFC", name).casefold() for name in """
    Thạch Sơn Danh Kim Lâm Chau Châu Kiên Néang Trần Lý Huỳnh Dương
""".split())
"""Family names the Khmer of the south bear (those the Nguyễn kings gave, and Kinh ones taken since): after one
of them a given name may be two words or more (module docstring). Each is a Kinh family name too."""

KHMER_SYLLABLES = frozenset(unicodedata.normalize("NFC", name).casefold() for name in """
    Sa Sà Sá Sô Sơ Sây Sóc Som Sok Chanh Chăn Chắc Ra Rây Rinh Rết Kha Khêm Đa Pha Phanh Phol Ka Ky Ny Ri Mol
    Khol Kol Thươl Ươl Rát Tha Pon Srey Nê Pi Đara
""".split())
"""Syllables of Khmer given names as Vietnamese writes them ("Sa Ra", "Sóc Kha", "Chanh Đa", "Sô Phanh") that
no Kinh middle name is; a syllable not listed here counts when Vietnamese spelling has no such syllable."""

_VIETNAMESE_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                                  r"(ch|ng|nh|[cmnpt])?")
"""A Vietnamese syllable without its marks (đ read as d): an onset, one to three vowels, a final."""

CLAN_WORDS = frozenset(unicodedata.normalize("NFC", name).casefold() for name in """
    Niê Byă Êban Mlô Kđoh Kđăm Knơng Ksor Kơsor Siu Rmah Rơ Nay Hđơk Ayun Adrơng Alê Buôn Bkrông Ênuôl Kpă
    Kpơr Rahlan Ktla Êđuh Hmok Mdrang
""".split())
"""Clan names of the Ê Đê and Jrai (last in "Y Biêr Niê", first in "Ksor Phước Hà"): a name holding one is not
family-first, whatever its first word."""


@lru_cache(maxsize=4096)
def short_name(name: str, width: int) -> str:
    """`name` for a cell of `width` cells: whole when it fits; else family-first names with their leading words as
    initials (as many kept as fit, from the right) and the given name (`given_words`) whole; else (the given name
    alone does not fit, or the name is not surely family-first: module docstring) `name` itself, for the caller's
    end-cut."""
    if cell_len(name) <= width:
        return name
    words = name.split()
    if len(words) < 2 or not family_first(words):
        return name
    count = given_words(words)
    given, leading = " ".join(words[-count:]), [_initial(word) for word in words[:-count]]
    for start in range(len(leading) + 1):
        initials = "".join(leading[start:])
        shortened = f"{initials} {given}" if initials else given
        if cell_len(shortened) <= width:
            return shortened
    return name


def given_words(words: list[str]) -> int:
    """How many of a family-first name's last words are its given name: the last word; with a Khmer family name
    first, the words from the first Khmer syllable after it ("Sô Ma Ri" of "Thạch Sô Ma Ri": a syllable of the
    name need not be a known one once one is), never the family name itself nor the middle words before."""
    if _folded(words[0]) in KHMER_FAMILIES:
        for start in range(1, len(words) - 1):
            if khmer_syllable(words[start]):
                return len(words) - start
    return 1


def khmer_syllable(word: str) -> bool:
    """Whether `word` is a syllable of a Khmer given name: a known one (`KHMER_SYLLABLES`), or one Vietnamese
    spelling has no such syllable for ("Thươl", "Khol")."""
    folded = _folded(word)
    if folded in KHMER_SYLLABLES:
        return True
    bare = "".join(char for char in unicodedata.normalize("NFD", folded.replace("đ", "d"))
                   if not unicodedata.combining(char))
    return _VIETNAMESE_SYLLABLE.fullmatch(bare) is None


def _folded(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold()


def family_first(words: list[str]) -> bool:
    """Whether a name's words read family name first and given name last (module docstring)."""
    folded = [_folded(word) for word in words]
    return (folded[0] in FAMILY_NAMES
            and not any(word in CLAN_WORDS for word in folded)
            and all(_letters(word) for word in words))


def _letters(word: str) -> bool:
    return all(char.isalpha() or unicodedata.combining(char) for char in word)


def _initial(word: str) -> str:
    """The word's first letter with the marks written on it (in NFD "Ứ" is U and two marks), and a full stop."""
    end = 1
    while end < len(word) and unicodedata.combining(word[end]):
        end += 1
    return word[:end] + "."
