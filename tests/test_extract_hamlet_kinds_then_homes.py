"""A place's homes and people after several kinds of hamlet counted in a row are its make-up (session 31 f67, #12).

"Toàn phường có 44 khu dân cư, 359 tổ dân phố với hơn 16.700 hộ gia đình và hơn 73.000 nhân khẩu": one kind of hamlet
before the homes was read as the make-up ("có 06 thôn với ..."), two or three were not, so the homes and people became
figures. Sentences of my own; homes that did something, or that a flood reached, stay counted.
"""

from __future__ import annotations

import re

import pytest

from store.extract.figure_place_size import place_size

MAKE_UP = [
    pytest.param("Toàn phường có 38 khu dân cư, 214 tổ dân phố với hơn 12.400 hộ gia đình và hơn 51.000 nhân khẩu.",
                 "12.400", "hộ", id="ward-areas-groups-homes"),
    pytest.param("Toàn phường có 38 khu dân cư, 214 tổ dân phố với hơn 12.400 hộ gia đình và hơn 51.000 nhân khẩu.",
                 "51.000", "nhân khẩu", id="ward-areas-groups-people"),
    pytest.param("Hiện xã có 24 thôn, 5 bản và 2 tổ dân phố với khoảng 6.300 hộ, 25.800 nhân khẩu.", "6.300", "hộ",
                 id="commune-three-kinds-homes"),
    pytest.param("Hiện xã có 24 thôn, 5 bản và 2 tổ dân phố với khoảng 6.300 hộ, 25.800 nhân khẩu.", "25.800",
                 "nhân khẩu", id="commune-three-kinds-people"),
    pytest.param("Xã có 12 thôn và 3 tổ dân phố với 4.100 hộ.", "4.100", "hộ", id="two-kinds-joined-by-va"),
]

COUNTED = [
    pytest.param("Phường có 16 khu phố, 40 tổ dân phố với 3.150 hộ đã cài đặt ứng dụng.", "3.150", "hộ",
                 id="homes-that-installed"),
    pytest.param("Xã có 10 thôn, 2 bản với 58 hộ, 231 nhân khẩu bị ảnh hưởng.", "58", "hộ", id="homes-a-flood-reached"),
    pytest.param("Xã có 10 thôn, 2 bản với 312 hộ nghèo.", "312", "hộ", id="poor-homes"),
    pytest.param("Đoàn đã kiểm tra 3 thôn, 2 tổ dân phố với 420 hộ được hỗ trợ.", "420", "hộ", id="no-place-that-has"),
]


def _is_size(text: str, number: str, unit: str) -> bool:
    match = re.search(re.escape(number) + r"\s+" + unit, text)
    assert match is not None
    return place_size(text, match.start(), match.end(), unit)


@pytest.mark.parametrize(("text", "number", "unit"), MAKE_UP)
def test_homes_after_several_hamlet_kinds_are_the_make_up(text: str, number: str, unit: str) -> None:
    assert _is_size(text, number, unit)


@pytest.mark.parametrize(("text", "number", "unit"), COUNTED)
def test_homes_that_acted_stay_counted(text: str, number: str, unit: str) -> None:
    assert not _is_size(text, number, unit)
