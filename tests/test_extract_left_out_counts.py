"""A count said to be left out of the one before it ("chưa bao gồm", "không kể", "chưa tính"): its own figure, never a
part of a whole "trong đó" opened (s26/fresh43: "... tối thiểu 14 người (chưa bao gồm 4 người do T.Ư giới thiệu)"
read 4 as a part of the province's 12.300 nominees). The texts are written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article

_OPENING = ("Sáng 12/11/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Phú Thọ do bà Nguyễn Thị Lan, Trưởng ban, làm trưởng "
            "đoàn đã khảo sát hoạt động của Trung tâm phục vụ hành chính công xã Thanh Sơn. ")


def wholes_of(text: str) -> dict[float, float | None]:
    return {f["value"]: f.get("of") for f in extract_article(_OPENING + text).record.get("figures", [])}


@pytest.mark.parametrize("words", ["chưa bao gồm", "không bao gồm", "chưa kể", "không kể", "chưa tính",
                                   "không tính"])
def test_a_count_left_out_in_brackets_after_a_trong_do_sentence_is_no_part(words: str) -> None:
    text = f"Xã đã tiếp nhận 3.200 hồ sơ. Trong đó, 2.150 hồ sơ nộp trực tuyến ({words} 85 hồ sơ chuyển từ xã cũ)."
    wholes = wholes_of(text)
    assert wholes[2150] == 3200
    assert wholes[85] is None


@pytest.mark.parametrize("words", ["chưa kể", "không tính", "chưa bao gồm cả"])
def test_a_count_left_out_in_the_same_sentence_is_no_part(words: str) -> None:
    wholes = wholes_of(f"Xã tiếp nhận 1.900 hồ sơ, trong đó 1.600 hồ sơ đã giải quyết, {words} 40 hồ sơ tồn từ năm "
                       "trước.")
    assert wholes[1600] == 1900
    assert wholes[40] is None


@pytest.mark.parametrize("words", ["không kể", "chưa bao gồm"])
def test_a_left_out_count_in_brackets_right_after_a_count_is_no_split_of_it(words: str) -> None:
    wholes = wholes_of(f"Trung tâm đã tiếp nhận 1.450 hồ sơ ({words} 60 hồ sơ nộp qua bưu điện).")
    assert wholes[1450] is None
    assert wholes[60] is None


def test_parts_said_without_leaving_out_are_still_parts() -> None:
    wholes = wholes_of("Xã tiếp nhận 1.900 hồ sơ, trong đó 1.600 hồ sơ đã giải quyết và 40 hồ sơ đang giải quyết.")
    assert wholes[1600] == 1900
    assert wholes[40] == 1900
    split = wholes_of("Xã tiếp nhận 1.200 hồ sơ (trực tuyến 900 hồ sơ, trực tiếp 300 hồ sơ).")
    assert split[900] == 1200
    assert split[300] == 1200
