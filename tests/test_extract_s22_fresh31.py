"""Issue 12, session 22 (s22/fresh31), sentences written for the tests: "Thời gian qua, <a matter> được <bodies>
quan tâm" names the bodies only as the agents of care for the matter, the visited unit's background, not oversight
summed up (`visit_round_words.sums_up_oversight`); when the matter is oversight itself, it is still a round-up."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
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
