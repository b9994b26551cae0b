"""A leader's name shortened for the list's narrow cell (`tui.short_names`): initials before the given name."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tests.synthetic_words import GIVEN_MEN, GIVEN_WOMEN, MIDDLE_MEN, MIDDLE_WOMEN, SURNAMES
from tui.short_names import CLAN_WORDS, FAMILY_NAMES, KHMER_FAMILIES, KHMER_SYLLABLES, given_words, short_name

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
    # Khmer of the south: family first, a given name of two words or more kept whole
    ("Thạch Thị Sa Rinh", 12, "T.T. Sa Rinh"),  # was "T.T.S. Rinh": half a name
    ("Thạch Thị Sa Ra", 12, "T.T. Sa Ra"),
    ("Thạch Thị Sa Ra", 8, "T. Sa Ra"),
    ("Thạch Thị Sa Ra", 5, "Sa Ra"),
    ("Thạch Thị Sa Ra", 4, "Thạch Thị Sa Ra"),  # the given name alone does not fit: the end-cut
    ("Sơn Ngọc Chanh Đa", 13, "S.N. Chanh Đa"),  # "Ngọc" a middle name, "Chanh Đa" the person
    ("Sơn Ngọc Chanh Đa", 9, "Chanh Đa"),
    ("Kim Sóc Kha", 10, "K. Sóc Kha"),
    ("Kim Sóc Kha", 9, "Sóc Kha"),
    ("Danh Út", 6, "D. Út"),
    ("Danh Thị Thươl", 10, "D.T. Thươl"),  # one word, not a Vietnamese syllable: still one word
    ("Huỳnh Thị Sô Phanh", 13, "H.T. Sô Phanh"),
    ("Néang Sà Rây", 10, "N. Sà Rây"),
    ("Thạch Sô Ma Ri", 11, "T. Sô Ma Ri"),  # three words (Pali, Sanskrit): from "Sô" on, "Ma" too
    ("Chau Sóc Khăng", 12, "C. Sóc Khăng"),  # An Giang's Chau (from Châu) is a family name
    ("Chau Sóc Khăng", 11, "Sóc Khăng"),
    # Kinh names of the same families, and Khmer ones in ordinary syllables: as before
    ("Trần Văn Sơn", 11, "T.V. Sơn"),
    ("Thạch Phước Bình", 11, "T.P. Bình"),
    ("Lâm Thị Mỹ Dung", 12, "L.T.M. Dung"),
    ("Sơn Thị Mỹ Linh", 12, "S.T.M. Linh"),
    ("Kim Ngọc Thái", 10, "K.N. Thái"),
    ("Trần Thị Sa", 8, "T.T. Sa"),  # "Sa" is the given name: the family is never part of it
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
    given = " ".join(words[-given_words(words):])  # a Khmer given name is kept whole, or the name is left to cut
    if cell_len(given) <= width:
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
    count = given_words(words)
    if shown != " ".join(words) and len(shown.split()) > count:
        initials = shown.split()[0].split(".")[:-1]
        assert initials == [word[0] for word in words[-count - len(initials):-count]]


# -- Khmer given names of two words or more, Kinh names as they were ---------------------------------------------
def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


KHMER_GIVEN = st.lists(st.sampled_from(sorted(KHMER_SYLLABLES)).map(_cap), min_size=1, max_size=3)
KHMER_NAMES = st.tuples(st.sampled_from(sorted(KHMER_FAMILIES)).map(_cap),
                        st.sampled_from([(), ("Thị",), ("Văn",), ("Ngọc",)]), KHMER_GIVEN,
                        st.sampled_from(["Ra", "Đa", "Kha", "Út", "Phanh", "Rinh", "Khăng", "Thươl", "Sóc"]))
KINH_NAMES = st.tuples(st.sampled_from([family for family, _ in SURNAMES]),
                       st.sampled_from(MIDDLE_MEN + MIDDLE_WOMEN), st.sampled_from(GIVEN_MEN + GIVEN_WOMEN))


@given(KHMER_NAMES, WIDTHS)
def test_a_khmer_given_name_is_never_cut_to_its_last_word(parts: tuple[str, tuple[str, ...], list[str], str],
                                                          width: int) -> None:
    """"Thạch Thị Sa Ra": every word of "Sa Ra" is shown, or the name is left whole for the end-cut; never "Ra"
    with the rest turned into initials."""
    family, cushion, syllables, last = parts
    given_name = [*syllables, last]
    name = " ".join([family, *cushion, *given_name])
    shown = short_name(name, width)
    if shown == name:
        assert cell_len(name) <= width or cell_len(" ".join(given_name)) > width
    else:
        assert shown.split()[-len(given_name):] == given_name
        assert cell_len(shown) <= width
        assert all(word.endswith(".") for word in shown.split()[:-len(given_name)])


def _as_before(name: str, width: int) -> str:
    """The shortening of a Kinh name as it has always been: initials before the last word, dropped from the left."""
    if cell_len(name) <= width:
        return name
    words = name.split()
    for start in range(len(words)):
        shortened = " ".join(filter(None, ["".join(f"{word[0]}." for word in words[start:-1]), words[-1]]))
        if cell_len(shortened) <= width:
            return shortened
    return name


@given(KINH_NAMES, WIDTHS)
def test_kinh_names_shorten_as_before(parts: tuple[str, str, str], width: int) -> None:
    """Kinh families include Trần, Lâm, Huỳnh, Dương, Lý, Châu, Kim: their middle names are no Khmer syllables."""
    name = " ".join(parts)
    assert short_name(name, width) == _as_before(name, width)


@given(st.one_of(NAMES, KHMER_NAMES.map(lambda parts: [parts[0], *parts[1], *parts[2], parts[3]])))
def test_the_given_name_is_never_the_family_name(words: list[str]) -> None:
    assert 1 <= given_words(words) <= len(words) - 1


@given(st.one_of(st.text(max_size=30), NAMES.map(" ".join),
                 KHMER_NAMES.map(lambda parts: " ".join([parts[0], *parts[1], *parts[2], parts[3]]))), WIDTHS)
def test_shortening_again_changes_nothing(name: str, width: int) -> None:
    """What is shown, shortened again for the same cell, is what is shown ("T.T. Sa Ra" is not cut to "Ra")."""
    shown = short_name(name, width)
    assert short_name(shown, width) == shown


@given(st.one_of(NAMES.map(" ".join),
                 KHMER_NAMES.map(lambda parts: " ".join([parts[0], *parts[1], *parts[2], parts[3]]))), WIDTHS)
def test_more_room_never_shows_less(name: str, width: int) -> None:
    """A wider cell shows the name at least as fully: once shortened, as many initials or more."""
    shown, wider = short_name(name, width), short_name(name, width + 1)
    if shown != name:
        assert cell_len(wider) >= cell_len(shown)


@given(st.text(max_size=30), WIDTHS)
def test_a_name_that_fits_is_unchanged(name: str, width: int) -> None:
    if cell_len(name) <= width:
        assert short_name(name, width) == name


@given(st.text(max_size=30), WIDTHS)
def test_anything_else_is_the_name_or_shorter(name: str, width: int) -> None:
    """Any text (a record from elsewhere) gives back the name itself or a shortening that fits the cell."""
    shown = short_name(name, width)
    assert shown == name or cell_len(shown) <= width
