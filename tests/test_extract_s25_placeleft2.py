"""Session 25, places left open (s25/placeleft2): a province's National Assembly delegation named only in its head's
title ("bà X - Phó Trưởng đoàn ĐBQH tỉnh A cùng các đại biểu ... giám sát ... trên địa bàn tỉnh") is the body whose
round on its province's ground lists the province (`place_venues._BODY_OF_PROVINCE`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_venues import body_province
from store.extract.text import Sentence

_TODAY = date(2026, 12, 1)


def _units(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text, today=_TODAY).record.get("localities", [])]


def _body(text: str) -> str | None:
    found = body_province([Sentence(text, 0, 0)])
    return found.name if found is not None else None


@pytest.mark.parametrize("head", [
    "bà Lê Thu Hà - Phó Trưởng đoàn ĐBQH tỉnh Nghệ An cùng các đại biểu",
    "ông Trần Minh Sơn, Trưởng đoàn đại biểu Quốc hội tỉnh Nghệ An, cùng đoàn công tác",
    "Đoàn ĐBQH tỉnh Nghệ An",  # the delegation as the subject, as before
])
def test_a_delegation_named_in_its_heads_title_gives_its_province(head: str) -> None:
    text = f"Sáng 3/5, {head} đã giám sát việc thực hiện chính sách về giảm nghèo trên địa bàn tỉnh."
    assert _body(text) == "tỉnh Nghệ An"


@pytest.mark.parametrize("text", [
    # two provinces' delegations on one round: no guess
    "Sáng 3/5, ông A, Trưởng đoàn ĐBQH tỉnh Nghệ An và bà B, Trưởng đoàn ĐBQH tỉnh Hà Tĩnh đã khảo sát tại các xã "
    "ven biển.",
    # the head's title, but no round on the province's ground nor at unnamed units
    "Sáng 3/5, ông A, Trưởng đoàn ĐBQH tỉnh Nghệ An đã tiếp xúc cử tri sau kỳ họp.",
    # a delegation's deputy leader ("Phó Trưởng đoàn") of a team, no province named
    "Sáng 3/5, bà C, Phó Trưởng đoàn giám sát đã kiểm tra tại một số xã.",
])
def test_no_province_without_one_delegation_on_its_ground(text: str) -> None:
    assert _body(text) is None


def test_a_named_commune_is_listed_not_the_delegations_province() -> None:
    text = ("Giám sát giảm nghèo\n\nSáng 3/5, bà Lê Thu Hà - Phó Trưởng đoàn ĐBQH tỉnh Nghệ An cùng các đại biểu đã "
            "giám sát việc thực hiện chính sách giảm nghèo tại xã Con Cuông.")
    assert _units(text) == ["xã Con Cuông"]


def test_the_whole_article_lists_the_province() -> None:
    text = ("Giám sát giảm nghèo\n\nSáng 3/5, bà Lê Thu Hà - Phó Trưởng đoàn ĐBQH tỉnh Nghệ An cùng các đại biểu đã "
            "có buổi giám sát chuyên đề việc thực hiện chính sách giảm nghèo trên địa bàn tỉnh.")
    assert _units(text) == ["tỉnh Nghệ An"]
