"""The Front's initials as a body: "Đoàn kiểm tra UBMTTQVN tỉnh A làm việc với UBMTTQVN xã B" (issue #12).

A province named right after "UBMTTQVN", "MTTQVN", "UBMTTQ" or "MTTQ" is the team's own body, as after "HĐND" or
"Đoàn ĐBQH"; before this the long initials were not known, so a headline's province read as the place visited.
"""

from __future__ import annotations

import pytest

from store.extract.place_cues import _BODY_BEFORE


@pytest.mark.parametrize("before", [
    "Đoàn kiểm tra UBMTTQVN ",
    "Đoàn khảo sát MTTQVN ",
    "làm việc với Ban Thường trực UBMTTQVN ",
])
def test_front_initials_are_a_body(before: str) -> None:
    assert _BODY_BEFORE.search(before)


@pytest.mark.parametrize("before", [
    "Đoàn giám sát của UBMTTQ ",
    "Thường trực HĐND ",
    "Ủy ban Mặt trận Tổ quốc ",
])
def test_known_bodies_stay_bodies(before: str) -> None:
    assert _BODY_BEFORE.search(before)


@pytest.mark.parametrize("before", [
    "Đoàn kiểm tra làm việc tại ",
    "Đoàn giám sát của MTTQVN đến ",
    "VN ",
])
def test_look_alikes_are_not_bodies(before: str) -> None:
    assert not _BODY_BEFORE.search(before)
