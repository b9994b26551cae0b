"""Labels of figures told in turn after "lần lượt" (session 31, issue 12: "tỷ lệ hồ sơ trực tuyến ... lần lượt là 95,
97% và 99%" was labelled "Tỷ lệ 97%", "Tỷ lệ", "Tỷ lệ 97%"): each item carries the subject named before "lần lượt"."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_label_in_turn import in_turn_label
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "


def labels(said: str) -> dict[float | int, str]:
    return {f["value"]: f["label"] for f in extract_article(_LEAD + said, today=TODAY).record["figures"]}


@pytest.mark.parametrize("said, expected", [
    ("Theo báo cáo, tỷ lệ hồ sơ trực tuyến trong ba quý lần lượt là 93, 96% và 98%.",
     {93: "Tỷ lệ hồ sơ trực tuyến", 96: "Tỷ lệ hồ sơ trực tuyến", 98: "Tỷ lệ hồ sơ trực tuyến"}),
    ("Tỷ lệ hồ sơ đúng hạn của hai năm lần lượt là 91%, 94% và 97%.",
     {91: "Tỷ lệ hồ sơ đúng hạn", 94: "Tỷ lệ hồ sơ đúng hạn", 97: "Tỷ lệ hồ sơ đúng hạn"}),
    ("Số hồ sơ tiếp nhận của hai thôn lần lượt là 1.350 và 870 hồ sơ.",
     {1350: "Hồ sơ tiếp nhận", 870: "Hồ sơ tiếp nhận"}),
    ("Tỷ lệ thanh toán trực tuyến và tỷ lệ hồ sơ số hóa lần lượt đạt 64% và 88%.",
     {64: "Tỷ lệ thanh toán trực tuyến", 88: "Tỷ lệ hồ sơ số hóa"}),  # two subjects: one to each, in order
    ("Số hộ nghèo của hai thôn lần lượt là 42 và 35 hộ.", {42: "Hộ nghèo", 35: "Hộ nghèo"}),
])
def test_items_told_in_turn_carry_the_subject(said: str, expected: dict[int, str]) -> None:
    got = labels(said)
    assert {value: got.get(value) for value in expected} == expected


@pytest.mark.parametrize("said, number, unit", [
    ("Đoàn lần lượt làm việc tại thôn Đông, thôn Tây; thôn Đông tiếp nhận 120 hồ sơ.", "120", "hồ sơ"),  # places
    ("Hai thôn lần lượt tiếp nhận 1.200 hồ sơ và 950 hồ sơ.", "950", "hồ sơ"),  # no "là": the places are the subject
    ("Hai xã lần lượt đạt 95% và 97%.", "97", "%"),  # the subject names no measure
    ("Số hồ sơ của hai thôn lần lượt là 1.200 hồ sơ tiếp nhận và 950 hồ sơ giải quyết.", "950", "hồ sơ"),  # own labels
    ("Tỷ lệ hồ sơ đúng hạn và tỷ lệ hồ sơ trực tuyến lần lượt là 90%, 85% và 80%.", "85", "%"),  # 2 subjects, 3 rates
    ("Kinh phí của hai dự án lần lượt là 1,2 và 0,8 tỷ đồng.", "0,8", "đồng"),  # money: its own rule
    ("Tỷ lệ hồ sơ trực tuyến là 95%, tăng 3% so với năm trước.", "95", "%"),  # no "lần lượt"
    ("Người dân dùng chữ ký số của hai xã lần lượt là 300 và 250 người.", "250", "người"),  # "chữ ký số": no count
])
def test_look_alikes_are_no_list_told_in_turn(said: str, number: str, unit: str) -> None:
    assert in_turn_label(said, said.index(number), unit) is None


def test_a_house_is_no_place() -> None:
    said = "Số nhà ở xã hội của hai thôn lần lượt là 120 và 80 căn."  # "ở" of "nhà ở" starts no place
    assert in_turn_label(said, said.index("80"), "căn") == "Nhà ở xã hội"


def test_a_list_with_its_own_labels_keeps_them() -> None:
    got = labels("Xã đã lần lượt tiếp nhận 320 hồ sơ đất đai và 145 hồ sơ hộ tịch.")
    assert got[320] != got[145]
