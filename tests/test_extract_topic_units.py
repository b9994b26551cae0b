"""Units named as a matter talked over at a session are no places visited (`place_topic_units`).

Session 37, places22 (fresh77 v06): "Tại buổi làm việc, đại diện các sở đã trao đổi và làm rõ về ...; việc xây
dựng nông thôn mới nâng cao đối với 2 xã Thanh Lương và Thanh Phú" listed the communes (on a page that lost its lead,
as the only units named): "với" read as a visit's cue, the session's name "buổi làm việc" as the visit's word.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_topic_units import matter_of_a_session


def _places(second: str) -> list[str]:
    text = ("Làm việc với thị xã Chơn Thành\n\nChiều ngày 20/10/2022, ông Trần Văn Mi, Phó Chủ tịch UBND tỉnh Bình "
            f"Phước, đã làm việc với UBND thị xã Chơn Thành về kinh tế - xã hội.\n\n{second}")
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize("second", [
    "Tại buổi làm việc, các sở đã trao đổi, làm rõ về việc xây dựng nông thôn mới nâng cao đối với 2 xã Nha Bích "
    "và Minh Lập.",
    "Tại buổi giám sát, các ý kiến tập trung vào tiến độ giải ngân; cơ chế hỗ trợ đối với 2 xã Nha Bích và Minh Lập.",
    "Trong buổi làm việc, hai bên đã thảo luận về chính sách thu hút đầu tư đối với các xã Nha Bích, Minh Lập.",
])
def test_units_a_matter_concerns_at_the_session_are_not_visited(second: str) -> None:
    assert _places(second) == ["thị xã Chơn Thành"]


@pytest.mark.parametrize("before", [
    "Tại buổi làm việc, các sở đã trao đổi về việc xây dựng nông thôn mới đối với 2 ",
    "Tại buổi làm việc, các sở đã trao đổi về việc xây dựng nông thôn mới đối với 2 xã Nha Bích và ",
    "Trong cuộc giám sát, các ý kiến bàn về cơ chế đối với các ",
])
def test_a_unit_after_doi_voi_in_a_sentence_naming_only_the_session_is_a_matter(before: str) -> None:
    assert matter_of_a_session(before)


@pytest.mark.parametrize("before", [
    "Đoàn giám sát HĐND tỉnh đã giám sát việc xây dựng nông thôn mới đối với 2 ",  # the team's verb
    "Tại buổi làm việc với UBND 2 ",  # the session is with the units
    "Tại buổi làm việc, đoàn đã kiểm tra thực tế đối với 2 ",  # a check made there
    "Tại buổi làm việc, các sở đề nghị hỗ trợ cho 2 ",  # no "đối với"
    "Hiện nay việc đầu tư đối với 2 ",  # no session named: not this rule
])
def test_other_sentences_keep_the_old_reading(before: str) -> None:
    assert not matter_of_a_session(before)


def test_a_session_with_the_communes_still_visits_them() -> None:
    text = ("Ban Pháp chế giám sát tiếp dân\n\nNgày 5/5/2023, Ban Pháp chế HĐND tỉnh Bình Phước đã giám sát công tác "
            "tiếp công dân.\n\nTại buổi làm việc với UBND 2 xã Lộc Thái và Lộc Hưng, đoàn đề nghị bố trí cán bộ.")
    assert [loc["name"] for loc in extract_article(text).record["localities"]] == ["xã Lộc Thái", "xã Lộc Hưng"]
