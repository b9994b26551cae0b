"""A council of "thành phố" with no name after it is a centrally-run city's (tryout s38-tryout10, item 8): a 2026
visit's "Thường trực HĐND thành phố" in phường Tây Hồ (Hà Nội) was counted as a "District council (former)", though
no district-level council exists from 1 July 2025. A city inside a province written with its name stays district
level, and the other levels are untouched (the look-alikes)."""

from __future__ import annotations

import pytest

from store.bodies import body_type


@pytest.mark.parametrize(("name", "kind"), [
    ("Thường trực HĐND thành phố", "hdnd-tinh"),
    ("Đoàn giám sát của HĐND thành phố", "hdnd-tinh"),
    ("Thường trực Hội đồng nhân dân thành phố khóa XVI", "hdnd-tinh"),
    ("Đoàn khảo sát HĐND TP.", "hdnd-tinh"),
    ("Thường trực HĐND TP, Sở Nội vụ", "hdnd-tinh"),
    # look-alikes: named cities, other levels, a standing committee
    ("HĐND thành phố Thủ Dầu Một", "hdnd-huyen"),
    ("Thường trực HĐND TP Biên Hòa", "hdnd-huyen"),
    ("HĐND thành phố Hà Nội", "hdnd-tinh"),
    ("HĐND thị xã Tân Uyên", "hdnd-huyen"),
    ("Thường trực HĐND phường Tây Hồ", "hdnd-xa"),
    ("Ban Pháp chế HĐND thành phố", "ban-hdnd"),
    ("Đoàn ĐBQH thành phố", "dbqh"),
    ("UBND thành phố", "ubnd"),
])
def test_a_bare_city_council_is_a_centrally_run_citys(name: str, kind: str) -> None:
    assert body_type(name) == kind
