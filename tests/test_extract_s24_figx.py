"""Issue 12, session 24 (s24/figx), sentences written for the tests: number words with "lẻ" / "linh" right after
"nghìn"; an ask going on after a semicolon or a sentence opened by "mặt khác", "ngoài ra", "cùng với đó", "song song
đó"; an average per head after "bình quân," and a span word that closes the count before it."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_number_words import word_value

TODAY = date(2026, 12, 1)
LEAD = ("Giám sát ở Sơn La\n\nSáng 9/7/2024, Ban Pháp chế HĐND tỉnh Sơn La giám sát tại UBND xã Mường Bú.\n\n")


def figures(tail: str) -> list[tuple[float, str, float | None]]:
    record = extract_article(LEAD + tail, today=TODAY).record
    return [(f["value"], f["unit"], f.get("of")) for f in record["figures"]]


def metrics(tail: str) -> dict[float, str | None]:
    return {f["value"]: f.get("metric") for f in extract_article(LEAD + tail, today=TODAY).record["figures"]}


@pytest.mark.parametrize("words, value", [
    ("năm nghìn lẻ tám", 5008), ("hai nghìn linh năm", 2005), ("ba ngàn lẻ bảy", 3007),
    ("một nghìn lẻ năm mươi", 1050), ("hai nghìn lẻ", None), ("lẻ tám", None), ("hai mươi lẻ năm", None),
    ("một trăm linh năm", 105), ("hai nghìn không trăm lẻ tám", 2008),
])
def test_number_words_with_le_after_nghin(words: str, value: int | None) -> None:
    assert word_value(words) == value


@pytest.mark.parametrize("tail, got", [
    ("Xã đã tiếp nhận năm nghìn lẻ tám hồ sơ.", [(5008, "hồ sơ", None)]),
    ("Xã có hai nghìn lẻ năm hộ; trong đó một nghìn lẻ năm mươi hộ đã được cấp giấy.",
     [(2005, "hộ", None), (1050, "hộ", 2005)]),
    ("Trên địa bàn có hàng nghìn lẻ tẻ hộ kinh doanh.", []),
])
def test_counts_in_words_with_le_in_an_article(tail: str, got: list[tuple[float, str, float | None]]) -> None:
    assert figures(tail) == got


@pytest.mark.parametrize("tail, got", [
    ("Đoàn đề nghị xã rà soát thủ tục; mặt khác, tuyển thêm 3 công chức cho bộ phận một cửa.", []),
    ("Đoàn đề nghị xã rà soát thủ tục; ngoài ra, sửa chữa 2 phòng học.", []),
    ("Đoàn đề nghị xã rà soát thủ tục; cùng với đó bố trí thêm 2 máy tính.", []),
    ("Đoàn đề nghị xã rà soát thủ tục; song song đó xây mới 4 phòng học.", []),
    ("Đoàn đề nghị huyện rà soát thủ tục. Ngoài ra, sửa chữa 4 phòng học.", []),
    ("Đoàn đề nghị huyện rà soát thủ tục. Mặt khác, xây mới 4 phòng học.", []),
    # what was done, or no ask before: figures
    ("Đoàn đề nghị xã rà soát thủ tục; mặt khác, xã đã bố trí thêm 2 máy tính.", [(2, "máy tính", None)]),
    ("Xã đã rà soát thủ tục; mặt khác, bố trí thêm 2 máy tính.", [(2, "máy tính", None)]),
    ("Đoàn đề nghị xã rà soát thủ tục; ngoài ra, xã có 5 phòng học.", [(5, "phòng học", None)]),
    ("Đoàn đề nghị huyện rà soát thủ tục. Ngoài ra, huyện đã sửa chữa 4 phòng học.", [(4, "phòng học", None)]),
])
def test_asks_going_on_after_a_connective(tail: str, got: list[tuple[float, str, float | None]]) -> None:
    assert figures(tail) == got


def test_a_span_word_closing_a_count_is_not_the_next_counts() -> None:
    got = metrics("Phường tiếp nhận 3.400 hồ sơ, bình quân 35 hồ sơ mỗi ngày, đã giải quyết 3.300 hồ sơ.")
    assert got == {3400: "ho-so-tiep-nhan", 35: None, 3300: "ho-so-giai-quyet"}


def test_an_average_per_head_after_binh_quan_and_a_comma() -> None:
    got = metrics("Từ đầu năm, xã tiếp nhận 3.400 hồ sơ. Tính bình quân, mỗi công chức tiếp nhận 500 hồ sơ.")
    assert got == {3400: "ho-so-tiep-nhan", 500: None}
    labels = {f["value"]: f["label"] for f in extract_article(
        LEAD + "Từ đầu năm, xã tiếp nhận 3.400 hồ sơ. Tính bình quân, mỗi công chức tiếp nhận 500 hồ sơ.",
        today=TODAY).record["figures"]}
    assert labels[500] == "Hồ sơ tiếp nhận (bình quân)"


@pytest.mark.parametrize("tail, got", [
    ("Trung bình mỗi ngày, trung tâm tiếp nhận 400 hồ sơ.", {400: None}),
    ("Xã có 4 công chức trực hằng ngày, từ ngày 1/7 đến nay đã tiếp nhận 2.310 hồ sơ.",
     {4: None, 2310: "ho-so-tiep-nhan"}),
    ("Phường đã tiếp nhận 4.050 hồ sơ, trung bình 70 hồ sơ/ngày, đã giải quyết 3.990 hồ sơ.",
     {4050: "ho-so-tiep-nhan", 70: None, 3990: "ho-so-giai-quyet"}),
])
def test_averages_of_before_still_read(tail: str, got: dict[float, str | None]) -> None:
    assert metrics(tail) == got


def label_of(tail: str, value: float) -> str:
    return {f["value"]: f["label"] for f in extract_article(LEAD + tail, today=TODAY).record["figures"]}[value]


@pytest.mark.parametrize("tail, value, label", [
    ("Năm nay, trường có 530 học sinh theo học.", 530, "Học sinh theo học"),
    ("Xã có 42 học viên theo học tại trung tâm.", 42, "Học viên theo học tại trung tâm"),
    ("Xã có 42 hộ theo quy định.", 42, "Hộ của xã"),  # "theo" still cuts elsewhere; a holding names its holder (s39)
])
def test_theo_hoc_stays_in_a_label(tail: str, value: float, label: str) -> None:
    assert label_of(tail, value) == label
