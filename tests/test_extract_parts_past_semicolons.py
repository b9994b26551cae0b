"""Session 36 figures18 (issue 12): a part after ";" named by the same noun as the part after "trong đó" keeps the
whole (figure_lists._part_named_again). Sentences of my own: the first group fails on the base, the look-alikes pass
on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import COUNCIL_LEAD, TODAY


def _wholes(said: str) -> list[tuple[float | int, float | int | None]]:
    return [(f["value"], f.get("of")) for f in extract_article(COUNCIL_LEAD + said, today=TODAY).record["figures"]
            if f["unit"] != "%"]


@pytest.mark.parametrize(("said", "wholes"), [
    pytest.param("Toàn xã có 1.200 hộ, trong đó hộ nghèo là 120 hộ; hộ cận nghèo là 335 hộ.",
                 [(1200, None), (120, 1200), (335, 1200)], id="the-near-poor-after-the-poor"),
    pytest.param("Xã đã rà soát 3.860 hộ, trong đó số hộ nghèo là 96 hộ, chiếm 2,49%; hộ cận nghèo là 214 hộ.",
                 [(3860, None), (96, 3860), (214, 3860)], id="a-share-between"),
])
def test_a_part_named_again_after_a_semicolon_keeps_the_whole(said: str, wholes: list) -> None:
    assert _wholes(said) == wholes


@pytest.mark.parametrize(("said", "wholes"), [
    pytest.param("Xã có 1.200 hộ, trong đó hộ nghèo 120 hộ; hộ dân đã được hỗ trợ 50 hộ.",
                 [(1200, None), (120, 1200), (50, None)], id="a-verb-of-its-own"),
    pytest.param("Xã có 1.200 hộ, trong đó hộ nghèo 120 hộ; xã đã hỗ trợ 50 hộ.",
                 [(1200, None), (120, 1200), (50, None)], id="a-subject-of-its-own"),
    pytest.param("Xã có 1.200 hộ, trong đó hộ nghèo 120 hộ; tổng số lao động là 300 lao động có việc làm.",
                 [(1200, None), (120, 1200), (300, None)], id="another-noun"),
])
def test_a_new_clause_after_a_semicolon_keeps_no_whole(said: str, wholes: list) -> None:
    assert _wholes(said) == wholes
