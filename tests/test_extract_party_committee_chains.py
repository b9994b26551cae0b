"""A ward's bodies joined before its name: "tại Đảng ủy, UBND các phường: A, B" visits the wards.

Session 37, places22 (left open by places21): `place_mentions.VISIT_BEFORE` took one body word between "tại" and the
level word ("tại UBND xã A"); two joined by a comma, "và" or a dash ("Đảng ủy, UBND", "Đảng ủy và UBND", "Đảng ủy -
UBND") read as no visit cue, so the wards were dropped and the city that sent the team was chosen. The Party
committee and the council may now come before the last body, joined so.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_mentions import VISIT_BEFORE


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


def _lead(after: str) -> str:
    return ("Đoàn giám sát làm việc ở cơ sở\n\nNgày 12/4/2023, Đoàn giám sát HĐND thành phố Quảng Ngãi do ông Võ "
            f"Văn Nam, Phó Chủ tịch HĐND thành phố, làm trưởng đoàn đã {after}")


@pytest.mark.parametrize(("after", "places"), [
    ("giám sát tại Đảng ủy, UBND các phường: Trần Phú, Nghĩa Chánh.", ["phường Trần Phú", "phường Nghĩa Chánh"]),
    ("kiểm tra tại Đảng ủy và UBND xã Tịnh Châu.", ["xã Tịnh Châu"]),
    ("giám sát tại Đảng ủy - UBND phường Trần Phú.", ["phường Trần Phú"]),
    ("giám sát tại Đảng ủy, HĐND, UBND xã Nghĩa Dũng.", ["xã Nghĩa Dũng"]),
])
def test_the_wards_after_joined_bodies_are_visited(after: str, places: list[str]) -> None:
    assert _places(_lead(after)) == places


@pytest.mark.parametrize("before", [
    "tại Đảng ủy, UBND các ",
    "tại Đảng ủy và UBND ",
    "tại Đảng uỷ - UBND ",
    "tại Đảng ủy, HĐND và UBND ",
    "tại UBND ",  # one body, as before
])
def test_a_chain_of_bodies_after_a_visit_word_is_a_cue(before: str) -> None:
    assert VISIT_BEFORE.search(before)


@pytest.mark.parametrize("before", [
    "Báo cáo với đoàn, Đảng ủy, UBND ",  # the chain as a subject: no visit word before it
    "Theo đề nghị của Đảng ủy, UBND ",
    "tại Đảng ủy, UBND thành phố và Công an ",  # a chain broken by another unit's name
])
def test_a_chain_with_no_visit_word_is_no_cue(before: str) -> None:
    assert not VISIT_BEFORE.search(before)


def test_a_ward_asking_for_a_later_session_is_not_visited() -> None:
    text = _lead("giám sát tại UBND phường Trần Phú. Theo đề nghị của Đảng ủy, UBND phường Nghĩa Chánh, đoàn sẽ "
                 "làm việc với phường này vào quý sau.")
    assert _places(text) == ["phường Trần Phú"]
