"""What a draft's recommendation or direction adds to a stored record (`duplicates.missing_items`).

A recommendation told again with a trailing word more or less ("… bộ phận một cửa xã." / "… bộ phận một cửa."),
other punctuation, case or tone placement ("Hòa" / "Hoà") is the stored one: merging it would leave both in the
record. A recommendation that says something else is still missing, however much it shares.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.extract.duplicates import missing_items

STORED = "Bố trí thêm cán bộ tại bộ phận một cửa xã Hòa Vang."


def lacking(text: str, stored: str = STORED, name: str = "recommendations") -> list[str]:
    draft: dict[str, Any] = {name: [{"text": text}]}
    return [item["text"] for _, item in missing_items(draft, {name: [{"text": stored}]})]


@pytest.mark.parametrize("told_again", [
    "Bố trí thêm cán bộ tại bộ phận một cửa xã Hoà Vang",  # tone placed otherwise, no full stop
    "bố trí thêm cán bộ tại bộ phận một cửa xã hoa vang.",  # cased and folded otherwise
    "Bố trí thêm cán bộ tại bộ phận một cửa xã Hòa Vang, Đà Nẵng.",  # two words more at its end
    "Bố trí thêm cán bộ tại bộ phận một cửa xã.",  # two words fewer
    "Bố trí thêm cán bộ  tại bộ phận \"một cửa\" xã Hòa Vang!",  # quotes, spaces
])
@pytest.mark.parametrize("name", ["recommendations", "directions"])
def test_a_recommendation_told_again_with_a_short_tail_or_other_spelling_is_not_missing(
        told_again: str, name: str) -> None:
    assert lacking(told_again, name=name) == []


@pytest.mark.parametrize("new", [
    "Bố trí thêm cán bộ tại bộ phận một cửa xã Hòa Vang và mở thêm quầy tiếp dân.",  # more than a short tail
    "Bố trí thêm cán bộ tại bộ phận một cửa",  # a tail of three words fewer: no longer the same
    "Rút ngắn thời gian trả kết quả tại bộ phận một cửa xã Hòa Vang.",  # the same end, another start
    "Tăng cường kiểm tra",  # the shorter too short for a tail to pass
])
def test_a_recommendation_that_says_more_or_else_is_still_missing(new: str) -> None:
    assert lacking(new) == [new]


def test_a_short_one_and_its_two_word_longer_form_are_both_kept() -> None:
    assert lacking("Tăng cường kiểm tra hồ sơ", stored="Tăng cường kiểm tra") == ["Tăng cường kiểm tra hồ sơ"]


def test_the_draft_s_own_near_repeats_are_taken_once() -> None:
    draft = {"recommendations": [{"text": "Công khai danh sách hồ sơ trễ hạn."},
                                 {"text": "Công khai danh sách hồ sơ trễ hạn trên mạng."}]}
    assert [item["text"] for _, item in missing_items(draft, {})] == ["Công khai danh sách hồ sơ trễ hạn."]
