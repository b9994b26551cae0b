"""Issue 12, session 22 (s22/fresh31), sentences written for the tests: "Thời gian qua, <a matter> được <bodies>
quan tâm" names the bodies only as the agents of care for the matter, the visited unit's background, not oversight
summed up (`visit_round_words.sums_up_oversight`); when the matter is oversight itself, it is still a round-up. A
raise asked for names what it raises before the level, and an ask goes on in a sentence opened by "Đồng thời,"
(`figure_requests`): the level asked for is no figure; a level reached stays."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_requests import asked_for
from store.extract.visit_round_words import sums_up_oversight
from store.reasons import Reason

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text", [
    "Thời gian qua, việc chi trả trợ cấp cho người cao tuổi luôn được Tỉnh ủy, HĐND tỉnh và UBND tỉnh quan tâm.",
    "Thời gian qua, công tác dân số của xã được Đảng ủy, HĐND và UBND xã chú trọng.",
    "Thời gian qua, cơ sở vật chất của trường được HĐND, UBND huyện quan tâm đầu tư.",
])
def test_bodies_caring_for_a_matter_sum_up_no_oversight(text: str) -> None:
    assert not sums_up_oversight(text, "Thời gian qua")


@pytest.mark.parametrize("text", [
    "Thời gian qua, hoạt động giám sát của HĐND huyện luôn được Thường trực HĐND huyện quan tâm đổi mới.",
    "Thời gian qua, các cuộc khảo sát của Ban được Thường trực HĐND tỉnh chỉ đạo chặt chẽ.",
    "Thời gian qua, Thường trực HĐND huyện đã đổi mới hoạt động giám sát.",
    "Thời gian qua, việc giải quyết kiến nghị được HĐND tỉnh giám sát chặt chẽ.",
])
def test_oversight_itself_is_still_summed_up(text: str) -> None:
    assert sums_up_oversight(text, "Thời gian qua")


def test_a_front_at_a_department_with_a_policy_cared_for_is_a_visit() -> None:
    draft = extract_article(
        "Giám sát việc chi trả trợ cấp ở Nghệ An\n\nĐoàn giám sát của Ủy ban MTTQ tỉnh Nghệ An vừa làm việc với Sở "
        "Y tế về việc cấp thẻ bảo hiểm y tế cho người nghèo.\n\nThời gian qua, việc cấp thẻ luôn được Tỉnh ủy, HĐND "
        "tỉnh quan tâm chỉ đạo.\n\nNăm 2023, tỉnh cấp 52.300 thẻ cho người nghèo.", today=TODAY)
    assert draft.non_visit is None
    assert [loc["name"] for loc in draft.record["localities"]] == ["tỉnh Nghệ An"]


def test_oversight_cared_for_lately_is_still_a_round_up() -> None:
    draft = extract_article(
        "Hoạt động giám sát của HĐND huyện Yên Thành\n\nThời gian qua, hoạt động giám sát của HĐND huyện Yên Thành "
        "luôn được Thường trực HĐND huyện quan tâm đổi mới.\n\nNăm 2023, HĐND huyện đã tổ chức 4 cuộc giám sát "
        "chuyên đề.", today=TODAY)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.round_up"


LEAD = ("Khảo sát ở Nghệ An\n\nSáng 5/4/2024, Đoàn khảo sát của HĐND tỉnh Nghệ An làm việc với Sở Y tế.\n\n"
        "Năm 2023, tỉnh cấp 52.300 thẻ cho người nghèo. ")


def values(tail: str) -> list[float]:
    return [f["value"] for f in extract_article(LEAD + tail, today=TODAY).record["figures"]]


@pytest.mark.parametrize("text", [
    "Sở đề nghị nâng mức hỗ trợ cho hộ cận nghèo lên 30",
    "Đoàn đề nghị tỉnh nâng mức trợ cấp cho người từ 75 tuổi trở lên lên 500",
    "Sở kiến nghị tăng số nhà được hỗ trợ trong năm 2025 lên 300",
])
def test_a_raise_asked_for_with_words_before_its_level(text: str) -> None:
    assert asked_for(text, text.rindex(" ") + 1)


def test_a_raise_made_is_no_ask() -> None:
    text = "Hiện tỉnh đã nâng mức hỗ trợ cho hộ cận nghèo lên 30"
    assert not asked_for(text, text.rindex(" ") + 1)


@pytest.mark.parametrize("tail, kept", [
    ("Sở đề nghị tỉnh ban hành quy trình. Đồng thời, nâng mức hỗ trợ cho hộ cận nghèo lên 30% từ năm 2025 "
     "(hiện đang hỗ trợ 10%).", [52300, 10]),
    ("Sở kiến nghị nâng mức hỗ trợ lên 70%.", [52300]),
    ("Đoàn đề nghị xã tiếp tục cải cách. Đồng thời, xã đã tăng tỷ lệ hồ sơ trực tuyến lên 80%.", [52300, 80]),
    ("Đoàn đề nghị xã tiếp tục cải cách. Đồng thời, tỷ lệ hồ sơ trực tuyến của xã tăng lên 80%.", [52300, 80]),
    ("Năm 2024, xã tiếp tục cải cách. Đồng thời, nâng tỷ lệ hồ sơ trực tuyến lên 80%.", [52300, 80]),
])
def test_an_ask_going_on_after_dong_thoi(tail: str, kept: list[float]) -> None:
    assert values(tail) == kept
