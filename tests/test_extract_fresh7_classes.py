"""The classes the untouched real set realcheck-s10-fresh7 showed, each stated on sentences of our own."""

from __future__ import annotations

from tests.leads import lead_draft, places_coded


def test_communes_listed_after_the_area_the_checked_sites_lie_in() -> None:
    # "kiểm tra ... thuộc địa bàn 03 xã: A, B, C": the names carry no level word, yet all are visited
    draft = lead_draft("Ngày 9/11/2023, Đoàn giám sát của HĐND huyện Kim Bảng do ông Phạm Văn Tùng, Phó Chủ tịch "
                       "HĐND huyện làm trưởng đoàn đã kiểm tra việc xây dựng các trường học thuộc địa bàn 02 xã: "
                       "Ba Sao, Thi Sơn. Tại xã Ba Sao, đoàn nghe báo cáo của nhà trường.")
    assert {code for _, code, _ in places_coded(draft.record)} == {13420, 13435}


def test_a_commune_only_belonging_to_an_area_is_no_list() -> None:
    # "đơn thư của công dân thuộc địa bàn xã A": one unit, its level word before it; no count and colon
    draft = lead_draft("Ngày 9/11/2023, Đoàn giám sát của HĐND huyện Kim Bảng đã làm việc tại xã Thi Sơn về việc "
                       "giải quyết đơn thư của công dân thuộc địa bàn xã Ba Sao.")
    assert 13435 in {code for _, code, _ in places_coded(draft.record)}
