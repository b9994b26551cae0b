"""Session 35, places18: localities on sentences written for these tests with invented people.

a. A bare name gone to with the visit verb before it ("về thăm A", "thăm về A", "khi về A" in a clause with a visit
   verb, "trong chuyến công tác về A"): the commune (`place_went_to_cues`). Look-alikes: "trước khi về A nhận nhiệm
   vụ", "lúc về A" with no visit verb, "gửi báo cáo về A", "trở về A".
b. "P."/"Q." before a name no ward or district bears ("làm việc với P. Hùng, ...", "bà Trần Q. Lan"): a person's
   initial, no unit (`place_letter_levels`). Look-alikes: "P. Võ Thị Sáu, Q.3", "P. Phước Hải", "P.3", "Q. 10".
c. Lower-case "x."/"h." ("tại x. Yên Thắng, h. Yên Mô", "UBND h. Phú Giáo"): the unit, kept where the gazetteer
   agrees (`place_unit_words.LEVEL`, `sentences` keeps "tại x. A" in one sentence). Look-alike: "bằng chữ x. Đoàn".
d. A count of localities, then "là" ("tại ba địa phương là xã A, xã B và thị trấn C", "tại 2 địa bàn là A và B"):
   the units (`place_mentions.VISIT_BEFORE`). Look-alike: "Ở hai địa phương là xã A và xã B, tiến độ còn chậm".
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.sentences import split_sentences

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


def _team(province: str, rest: str, day: str = "12/11/2025") -> str:
    return f"Ngày {day}, Đoàn giám sát HĐND tỉnh {province} do ông Đào Minh Quý làm trưởng đoàn đã {rest}"


@pytest.mark.parametrize("text, expected", [
    (_team("Nghệ An", "về thăm Diễn Châu và nắm tình hình sản xuất."), ["xã Diễn Châu"]),
    (_team("Nghệ An", "về kiểm tra và làm việc Quỳnh Lưu."), ["xã Quỳnh Lưu"]),
    (_team("Hà Tĩnh", "về thăm, kiểm tra Cẩm Xuyên."), ["xã Cẩm Xuyên"]),
    (_team("Ninh Bình", "đến làm việc và thăm về Gia Viễn."), ["xã Gia Viễn"]),
    (_team("Thanh Hóa", "kiểm tra các công trình thủy lợi khi về Nông Cống."), ["xã Nông Cống"]),
    ("Ngày 2/12/2025, trong chuyến công tác về Thạch Hà, Đoàn giám sát HĐND tỉnh Hà Tĩnh do ông Đào Minh Quý làm "
     "trưởng đoàn đã kiểm tra việc tiếp công dân.", ["xã Thạch Hà"]),
])
def test_a_bare_commune_gone_to_with_the_visit_verb_first(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    (_team("Nghệ An", "làm việc tại xã Yên Thành. Trước khi về Diễn Châu nhận nhiệm vụ, ông từng kiểm tra nhiều "
                      "dự án."), ["xã Yên Thành"]),
    (_team("Nghệ An", "làm việc tại xã Yên Thành. Lúc về Quỳnh Lưu năm 2015, ông còn trẻ."), ["xã Yên Thành"]),
    (_team("Nghệ An", "làm việc tại xã Yên Thành. Xã gửi báo cáo về Quỳnh Lưu để thăm dò ý kiến."), ["xã Yên Thành"]),
    (_team("Nghệ An", "làm việc tại xã Yên Thành, rồi trở về Diễn Châu kiểm tra."), ["xã Yên Thành"]),
])
def test_ve_of_a_career_a_report_or_a_return_is_no_visit(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    (_team("Bắc Giang", "làm việc với P. Hùng, công chức địa chính xã Tân Dĩnh, về đất đai.", "17/4/2024"),
     ["xã Tân Dĩnh"]),
    (_team("Nghệ An", "làm việc với Q. Thảo, Bí thư Đoàn phường Vinh Hưng."), ["phường Vinh Hưng"]),
    (_team("Khánh Hòa", "kiểm tra tại phường Vĩnh Phước và làm việc với bà Trần Q. Lan.", "23/8/2024"),
     ["phường Vĩnh Phước"]),
])
def test_p_or_q_before_a_persons_name_is_no_unit(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ngày 6/3/2024, Ban Pháp chế HĐND TP.HCM do ông Trương Minh Đức làm trưởng đoàn đã giám sát tại P. Võ Thị Sáu, "
     "Q.3.", ["phường Võ Thị Sáu"]),
    (_team("Khánh Hòa", "giám sát tại P. Phước Hải.", "23/8/2024"), ["phường Phước Hải"]),
    ("Ngày 6/3/2024, Ban Pháp chế HĐND TP.HCM do ông Trương Minh Đức làm trưởng đoàn đã giám sát tại P.3, Q. 10.",
     ["phường 3"]),
])
def test_a_ward_or_district_written_p_or_q_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    (_team("Ninh Bình", "giám sát tại x. Yên Thắng, h. Yên Mô.", "11/6/2024"), ["xã Yên Thắng"]),
    (_team("Bình Dương", "làm việc với UBND h. Phú Giáo.", "19/9/2023"), ["huyện Phú Giáo"]),
    (_team("Ninh Bình", "khảo sát tại x. Gia Vân và x. Gia Hưng, h. Gia Viễn.", "28/5/2024"),
     ["xã Gia Vân", "xã Gia Hưng"]),
])
def test_a_level_cut_to_a_lower_case_letter_is_the_unit(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


def test_a_lone_lower_case_x_still_ends_a_sentence_elsewhere() -> None:
    assert split_sentences("Hộ đã có nước được đánh dấu bằng chữ x. Đoàn ghi nhận kết quả.") == [
        "Hộ đã có nước được đánh dấu bằng chữ x.", "Đoàn ghi nhận kết quả."]
    one = "Đoàn giám sát tại x. Yên Thắng, h. Yên Mô."
    assert split_sentences(one) == [one]


@pytest.mark.parametrize("text, expected", [
    (_team("Bắc Giang", "giám sát tại ba địa phương là xã Tân Dĩnh, xã Hương Sơn và thị trấn Vôi.", "15/7/2024"),
     ["xã Tân Dĩnh", "xã Hương Sơn", "thị trấn Vôi"]),
    (_team("Nghệ An", "giám sát tại 3 địa phương là Diễn Châu, Yên Thành và Quỳnh Lưu."),
     ["xã Diễn Châu", "xã Yên Thành", "xã Quỳnh Lưu"]),
    (_team("Ninh Bình", "khảo sát tại hai địa phương là xã Gia Vân và xã Gia Hưng."), ["xã Gia Vân", "xã Gia Hưng"]),
])
def test_units_after_a_count_of_localities_and_la(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


def test_a_count_and_la_after_o_is_a_finding() -> None:
    text = _team("Bắc Giang", "làm việc tại xã Tiên Lục. Ở hai địa phương là xã Tân Dĩnh và thị trấn Vôi, tiến độ còn "
                              "chậm.", "2/10/2024")
    assert _places(text) == ["xã Tiên Lục"]
