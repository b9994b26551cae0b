"""The classes the untouched real set realcheck-s10-fresh7 showed, each stated on sentences of our own."""

from __future__ import annotations

from tests.leads import figure_triples, lead_draft, places_coded


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


def test_rounded_area_after_a_count_of_dossiers_is_a_figure() -> None:
    # "63 hồ sơ, diện tích hơn 8400m2": the area that goes with the count, "hơn" and no separator notwithstanding
    assert (8400, "m2", None) in figure_triples(
        "Tin\n\nNgày 2/3/2023, Đoàn giám sát HĐND huyện Kim Bảng do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm "
        "trưởng đoàn làm việc tại xã Ba Sao. Xã đã cấp giấy cho 63 hồ sơ, diện tích hơn 8400m2.")


def test_a_places_own_rounded_area_stays_context() -> None:
    # "xã có diện tích hơn 2500 ha": the commune's own area, alone, is no figure
    assert not [f for f in figure_triples(
        "Tin\n\nNgày 2/3/2023, Đoàn giám sát HĐND huyện Kim Bảng do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm "
        "trưởng đoàn làm việc tại xã Ba Sao. Xã có diện tích hơn 2500 ha.") if f[1] == "ha"]


def test_documents_by_kind_and_reception_sessions_are_counted() -> None:
    # "ban hành 6 kế hoạch, 2 quyết định", "31 buổi tiếp dân", "12 pa nô": results of the unit's work
    got = figure_triples(
        "Tin\n\nNgày 2/3/2023, Đoàn giám sát HĐND huyện Kim Bảng do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm "
        "trưởng đoàn làm việc tại xã Ba Sao. Xã đã ban hành 6 kế hoạch, 2 quyết định; dựng 12 pa nô; tổ chức "
        "31 buổi tiếp dân.")
    assert {(6, "kế hoạch", None), (2, "quyết định", None), (12, "pano", None),
            (31, "buổi tiếp công dân", None)} <= set(got)


def test_a_visit_of_two_sessions_counts_nothing() -> None:
    # "trong 2 buổi": how long the team stayed, no result
    assert not [f for f in figure_triples(
        "Tin\n\nNgày 2/3/2023, Đoàn giám sát HĐND huyện Kim Bảng do ông Lê Văn An, Phó Chủ tịch HĐND huyện làm "
        "trưởng đoàn làm việc tại xã Ba Sao trong 2 buổi.") if f[0] == 2]


def test_a_deputy_minister_checking_communes_himself_is_a_visit() -> None:
    draft = lead_draft("Ngày 11/7/2025, Đại tá Hồ Minh Tâm - Thứ trưởng Bộ Quốc phòng đã đến kiểm tra công tác bảo "
                       "đảm an ninh tại xã Bình Lục và xã Lý Nhân, tỉnh Ninh Bình.",
                       title="Thứ trưởng Bộ Quốc phòng kiểm tra tại Ninh Bình")
    assert draft.non_visit is None


def test_a_deputy_minister_asking_provinces_to_check_is_no_visit() -> None:
    # the task given to others, at a conference, is no visit of his
    draft = lead_draft("Ngày 11/7/2025, tại hội nghị trực tuyến, Thứ trưởng Bộ Nội vụ Hồ Minh Tâm yêu cầu các tỉnh "
                       "kiểm tra việc bố trí cán bộ cấp xã.", title="Hội nghị trực tuyến về bố trí cán bộ cấp xã")
    assert draft.non_visit is not None


def test_a_teams_own_numbered_session_at_its_seat_is_no_visit() -> None:
    # "chủ trì phiên họp thứ năm của Đoàn giám sát" at the Assembly's house: the team at its own table
    draft = lead_draft("Sáng 14.5, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Nguyễn Đức Hải - Trưởng Đoàn giám sát "
                       "\"Việc thực hiện chính sách về đất đai\" đã chủ trì phiên họp thứ năm của Đoàn giám sát.",
                       title="Phó Chủ tịch Quốc hội chủ trì phiên họp Đoàn giám sát về đất đai")
    assert draft.non_visit is not None and "meeting" in draft.non_visit


def test_a_session_with_a_visiting_team_stays_a_visit() -> None:
    # "họp với Đoàn giám sát": the host meets the team that came
    draft = lead_draft("Ngày 14/5/2025, UBND xã Bình Lục tổ chức cuộc họp với Đoàn giám sát của HĐND tỉnh Ninh Bình "
                       "do ông Nguyễn Đức Hải, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn.")
    assert draft.non_visit is None
