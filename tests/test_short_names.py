"""A leader's name shortened for the list's narrow cell (`tui.short_names`): initials before the given name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.short_names import CLAN_WORDS, FAMILY_NAMES, short_name

ORACLE = [
    # name, width, shown
    ("Nguyễn Thị Yến", 14, "Nguyễn Thị Yến"),  # fits: whole
    ("Nguyễn Thị Yến", 13, "N.T. Yến"),
    ("Nguyễn Thị Yến", 8, "N.T. Yến"),
    ("Nguyễn Thị Yến", 7, "T. Yến"),
    ("Nguyễn Thị Yến", 5, "Yến"),  # no room for an initial
    ("Phùng Thị Hồng Hà", 12, "P.T.H. Hà"),
    ("Phùng Thị Hồng Hà", 9, "P.T.H. Hà"),
    ("Phùng Thị Hồng Hà", 8, "T.H. Hà"),
    ("Phùng Thị Hồng Hà", 4, "Hà"),
    ("Nguyễn Thị Ngọc Xuân", 11, "N.T.N. Xuân"),
    ("Nguyễn Văn Lợi", 11, "N.V. Lợi"),
    ("Đặng Thị Mỹ Hương", 12, "Đ.T.M. Hương"),  # Đ keeps its stroke
    ("Đỗ Thị Lan Phương", 12, "T.L. Phương"),  # "Đ.T.L. Phương" takes 13 cells
    ("Ứng Văn Thường", 11, "Ứ.V. Thường"),
    ("Giàng A Páo", 11, "Giàng A Páo"),  # Hmông, family first: fits
    ("Giàng A Páo", 10, "G.A. Páo"),
    ("Giàng Seo Phử", 12, "G.S. Phử"),
    ("Lò Thị Thu Hằng", 12, "L.T.T. Hằng"),  # Thái
    ("Thạch Thị Sa Rinh", 12, "T.T.S. Rinh"),  # Khmer of the south, written family first
    ("Lê Thị Thu Hà", 13, "Lê Thị Thu Hà"),
    ("NGUYỄN VĂN AN", 12, "N.V. AN"),
    # not surely family-first: left to the end-cut
    ("Y Biêr Niê", 8, "Y Biêr Niê"),  # Ê Đê: "Niê" is the clan, last
    ("Y Thanh Hà Niê Kđăm", 11, "Y Thanh Hà Niê Kđăm"),
    ("H'Nga Byă", 6, "H'Nga Byă"),
    ("Ksor Phước Hà", 11, "Ksor Phước Hà"),  # Jrai: the clan first
    ("Rơ Châm H'Lâm", 11, "Rơ Châm H'Lâm"),
    ("Kơsor Nhương", 10, "Kơsor Nhương"),
    ("A Pớt", 4, "A Pớt"),
    ("Chau Sóc Khăng", 11, "Chau Sóc Khăng"),  # "Chau" is not a family name
    ("Lê Văn (Tư)", 8, "Lê Văn (Tư)"),  # not letters
    ("Nguyễn", 4, "Nguyễn"),  # one word: nothing to shorten
    ("", 0, ""),
    ("Nguyễn Thị Phương", 4, "Nguyễn Thị Phương"),  # the given name alone does not fit
]


@pytest.mark.parametrize(("name", "width", "shown"), ORACLE)
def test_oracle(name: str, width: int, shown: str) -> None:
    assert short_name(name, width) == shown


def test_decomposed_initials_keep_their_marks() -> None:
    name = unicodedata.normalize("NFD", "Ứng Thị Yến")
    assert unicodedata.normalize("NFC", short_name(name, 9)) == "Ứ.T. Yến"


FAMILIES = sorted(FAMILY_NAMES)
WORD = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
               min_size=1, max_size=7).filter(lambda word: word not in CLAN_WORDS).map(str.capitalize)
NAMES = st.tuples(st.sampled_from(FAMILIES).map(str.capitalize), st.lists(WORD, min_size=1, max_size=4)).map(
    lambda parts: [parts[0], *parts[1]])
WIDTHS = st.integers(min_value=0, max_value=30)


@given(NAMES, WIDTHS)
def test_never_longer_than_the_width_when_the_given_name_fits(words: list[str], width: int) -> None:
    name = " ".join(words)
    if cell_len(words[-1]) <= width:
        assert cell_len(short_name(name, width)) <= width


@given(NAMES, WIDTHS)
def test_the_given_name_is_kept_whole_when_it_fits(words: list[str], width: int) -> None:
    shown = short_name(" ".join(words), width)
    if cell_len(words[-1]) <= width:
        assert shown.split()[-1] == words[-1]


@given(NAMES, WIDTHS)
def test_initials_are_the_leading_words_from_the_right(words: list[str], width: int) -> None:
    """What stands before the given name is the last few leading words' first letters, in order."""
    shown = short_name(" ".join(words), width)
    if shown != " ".join(words) and " " in shown:
        initials = shown.split()[0].split(".")[:-1]
        assert initials == [word[0] for word in words[-1 - len(initials):-1]]


@given(st.text(max_size=30), WIDTHS)
def test_a_name_that_fits_is_unchanged(name: str, width: int) -> None:
    if cell_len(name) <= width:
        assert short_name(name, width) == name


@given(st.text(max_size=30), WIDTHS)
def test_anything_else_is_the_name_or_shorter(name: str, width: int) -> None:
    """Any text (a record from elsewhere) gives back the name itself or a shortening that fits the cell."""
    shown = short_name(name, width)
    assert shown == name or cell_len(shown) <= width
