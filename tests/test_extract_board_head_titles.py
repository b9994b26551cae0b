"""Session 39 items21 (issue 12): a board's head asking with the title right before the verb ("Ông X, Trưởng ban đề
nghị UBND xã ...", "bà Y, Phó Trưởng ban đề nghị ...") gives a direction; "ban" there is the end of a title, not the
noun "ban" of "Ban Chỉ đạo", which stays a board's name. Sentences of my own; the positives fail on the base tree,
the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_LEAD = ("Ban Pháp chế HĐND tỉnh giám sát tại xã Bình Lư\n\n"
         "Ngày 7/11/2025, Ban Pháp chế HĐND tỉnh Lai Châu do ông Lò Văn Thắng, Trưởng ban dẫn đầu đã giám sát việc "
         "tiếp công dân tại xã Bình Lư.\n\n")


def _directions(ask: str) -> list[tuple[str | None, str | None]]:
    record = extract_article(_LEAD + ask, today=TODAY).record
    return [(item.get("by"), item.get("to")) for item in record.get("directions") or []]


@pytest.mark.parametrize(("ask", "by"), [
    pytest.param("Ông Lò Văn Thắng, Trưởng ban đề nghị UBND xã Bình Lư bố trí phòng tiếp dân riêng.", "Lò Văn Thắng",
                 id="the-head"),
    pytest.param("Phát biểu kết luận, bà Lò Thị Hoa, Phó Trưởng ban đề nghị UBND xã Bình Lư bố trí phòng tiếp dân "
                 "riêng.", "Lò Thị Hoa", id="the-deputy-head-concluding"),
    pytest.param("Ông Lò Văn Thắng, Trưởng ban yêu cầu UBND xã Bình Lư bố trí phòng tiếp dân riêng.", "Lò Văn Thắng",
                 id="yeu-cau"),
])
def test_a_board_heads_title_before_the_verb_asks(ask: str, by: str) -> None:
    assert _directions(ask) == [(by, "UBND xã Bình Lư")]


@pytest.mark.parametrize("sentence", [
    pytest.param("Ban chỉ đạo của xã đã phân công cán bộ trực tiếp dân hằng tuần.", id="a-steering-board"),
    pytest.param("Ông Lò Văn Thắng, Trưởng ban chỉ đạo xã về phòng chống thiên tai, cho biết đã có phương án.",
                 id="a-steering-boards-head-reports"),
])
def test_a_board_named_before_chi_dao_stays_a_noun(sentence: str) -> None:
    assert _directions(sentence) == []
