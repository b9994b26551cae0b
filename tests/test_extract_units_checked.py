"""A count of the units checked, named by that status, is the units visited again (session 38, fresh82 v01).

"Đại diện lãnh đạo 4 đơn vị được kiểm tra đã giải trình" counts the units the team went to: no figure, as a count of
units visited never is (`figure_numbers._counts_places`). Files so named ("146 hồ sơ được kiểm tra") are a result,
and a place's own count after "có" is left to the other rules.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article

_VISIT = ("Kiểm tra công vụ\n\nSáng 9/2/2026, đoàn kiểm tra công vụ của tỉnh Nghệ An do ông Hồ Đức Tâm làm trưởng đoàn "
          "đã kiểm tra đột xuất tại UBND phường Vinh Phú.\n\n")


def _values(sentence: str) -> list[float]:
    return [f["value"] for f in extract_article(_VISIT + sentence).record["figures"]]


@pytest.mark.parametrize("sentence, dropped", [
    ("Lãnh đạo 2 đơn vị được kiểm tra đã tiếp thu ý kiến của đoàn.", 2),
    ("Thủ trưởng 3 cơ quan được kiểm tra đã ký biên bản.", 3),
    ("Đại diện 5 đơn vị được đoàn giám sát đã thống nhất với các kiến nghị.", 5),
])
def test_units_named_as_the_ones_checked_are_no_figure(sentence: str, dropped: int) -> None:
    assert dropped not in _values(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("Qua kiểm tra, 146 hồ sơ được kiểm tra đều được trả đúng hẹn.", 146),  # files are a result
    ("Trong quý I, phường có 12 cơ quan được kiểm tra định kỳ về giờ giấc.", 12),  # the place's own count
])
def test_other_counts_so_named_stay(sentence: str, kept: int) -> None:
    assert kept in _values(sentence)
