"""Issue 12, session 23 (s23/figures), sentences written for the tests: an ask goes on after a semicolon
(`figure_requests._asked_after_semicolon`): a clause with no subject of its own opened by "đồng thời", "cũng như",
"bên cạnh đó" or by a verb of doing ("; bổ sung 85 biên chế", "; và nâng ... lên 95%") carries the ask before it, and
its numbers are no figures; a clause saying what was done, or with words of its own first, breaks the chain."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_number_words import word_value
from store.extract.figure_requests import asked_for

TODAY = date(2026, 12, 1)


def at_last(text: str) -> bool:
    return asked_for(text, text.rindex(" ") + 1)


@pytest.mark.parametrize("text", [
    "Sở đề nghị tỉnh hỗ trợ kinh phí tập huấn; đồng thời tăng mức phụ cấp của trưởng thôn lên 50",
    "Đoàn đề nghị tỉnh hỗ trợ kinh phí; đồng thời, nâng mức phụ cấp lên 50",
    "Ban đề nghị UBND tỉnh sớm hoàn thiện đề án; bổ sung 85",
    "Đoàn yêu cầu Sở rà soát danh sách; sớm hoàn thành 410 căn nhà còn dở dang; và nâng tỷ lệ hộ có nhà kiên cố lên 95",
    "Huyện kiến nghị tỉnh quan tâm đầu tư đường giao thông; cũng như bố trí thêm 3",
])
def test_an_ask_goes_on_after_a_semicolon(text: str) -> None:
    assert at_last(text)


@pytest.mark.parametrize("text", [
    "Đoàn đề nghị xã tiếp tục rà soát; qua báo cáo, xã đã hỗ trợ 32 hộ; nâng tỷ lệ dùng nước sạch lên 96",
    "Đoàn đề nghị xã tiếp tục rà soát; đồng thời, xã đã nâng tỷ lệ dùng nước sạch lên 96",
    "Đoàn đề nghị xã tiếp tục rà soát; hiện xã tăng tỷ lệ lên 96",
    "Sau khi Đoàn đề nghị tại kỳ trước, xã đã xây 30 nhà; nâng tỷ lệ hộ có nhà kiên cố lên 96",
    "Trả lời đề nghị của Đoàn, lãnh đạo Sở cho biết đã giao 120 con bò; bổ sung 45",
    "Năm 2024, xã tiếp tục cải cách; nâng tỷ lệ hồ sơ trực tuyến lên 80",
    "Đoàn đề nghị xã tiếp tục rà soát; tỷ lệ hộ dùng nước sạch tăng lên 96",
])
def test_a_clause_after_a_semicolon_that_asks_nothing(text: str) -> None:
    assert not at_last(text)


LEAD = ("Giám sát ở Sơn La\n\nSáng 9/7/2024, Ban Pháp chế HĐND tỉnh Sơn La giám sát tại Sở Nội vụ.\n\n"
        "Năm 2023, tỉnh chi trả phụ cấp cho 9.420 người. ")


@pytest.mark.parametrize("tail, kept", [
    ("Sở đề nghị tỉnh hỗ trợ kinh phí tập huấn; đồng thời tăng mức phụ cấp của trưởng bản lên 50%.", [9420]),
    ("Đoàn đề nghị Sở tiếp tục rà soát; qua báo cáo, tỉnh đã hỗ trợ 3.250 hộ; nâng tỷ lệ hộ dùng nước sạch lên 96%.",
     [9420, 3250, 96]),
])
def test_asks_and_results_after_a_semicolon_in_an_article(tail: str, kept: list[float]) -> None:
    assert [f["value"] for f in extract_article(LEAD + tail, today=TODAY).record["figures"]] == kept


@pytest.mark.parametrize("text, unit", [
    ("Năm 2025, công đoàn các cấp đã bàn giao 64 mái ấm công đoàn cho đoàn viên.", "mái ấm"),
    ("Xã đã xây tặng 9 mái ấm tình thương cho hộ nghèo.", "mái ấm"),
    ("Các chủ nhà trọ đã cải tạo 2.300 phòng trọ đạt chuẩn.", "phòng trọ"),
    ("Tỉnh đã chuyển giao 46 trụ sở dôi dư cho ngành giáo dục.", "trụ sở"),
    ("Phường hiện còn 6 trụ sở làm việc chưa có phương án sử dụng.", "trụ sở"),
])
def test_homes_rooms_and_offices_are_counted(text: str, unit: str) -> None:
    figures = extract_article(LEAD + text, today=TODAY).record["figures"]
    assert [f["unit"] for f in figures] == ["người", unit]


@pytest.mark.parametrize("text", [
    "Đoàn đã khảo sát thực tế 3 trụ sở tại xã Vũ Thư.",
    "Trung tâm Phục vụ hành chính công tỉnh hiện có 2 trụ sở tại phường Việt Trì.",
])
def test_offices_a_team_went_to_or_a_unit_has_are_no_figures(text: str) -> None:
    assert [f["value"] for f in extract_article(LEAD + text, today=TODAY).record["figures"]] == [9420]


@pytest.mark.parametrize("text, kept", [
    ("Khu vực có 5 trụ sở đang sử dụng.", [9420]),
    ("Phường hiện có 4 trụ sở làm việc.", [9420]),
    ("Phường có 6 trụ sở dôi dư sau sắp xếp.", [9420, 6]),
    ("Xã hiện có 3 trụ sở chưa có phương án sử dụng.", [9420, 3]),
])
def test_offices_a_place_has_are_its_make_up_unless_amiss(text: str, kept: list[float]) -> None:
    assert [f["value"] for f in extract_article(LEAD + text, today=TODAY).record["figures"]] == kept


@pytest.mark.parametrize("text, label", [
    ("Toàn tỉnh còn thiếu 1.870 giáo viên.", "Giáo viên còn thiếu"),
    ("Năm học này, các trường thiếu 35 nhân viên.", "Nhân viên thiếu"),
])
def test_a_shortage_is_labelled_as_one(text: str, label: str) -> None:
    figures = extract_article(LEAD + text, today=TODAY).record["figures"]
    assert figures[-1]["label"] == label


@pytest.mark.parametrize("text, kept", [
    ("Đoàn khảo sát thực tế tại Lục Ngạn ở hai điểm bưu điện văn hóa xã.", [9420]),
    ("Đoàn kiểm tra trực tiếp tại xã Mường Bú ở 2 điểm và 3 hộ kinh doanh.", [9420]),
    ("Xã đã sửa chữa 12 phòng học và nhà vệ sinh của hai trường tiểu học.", [9420, 12]),
    ("Xã đã sửa chữa 12 phòng học của 2 trường đạt chuẩn quốc gia.", [9420, 12, 2]),
    ("Xã có hai trường đạt chuẩn quốc gia.", [9420, 2]),
    ("Lực lượng chức năng xã đã kiểm tra 12 cơ sở kinh doanh.", [9420, 12]),
])
def test_places_visited_or_whose_are_no_figures_results_are(text: str, kept: list[float]) -> None:
    assert [f["value"] for f in extract_article(LEAD + text, today=TODAY).record["figures"]] == kept


@pytest.mark.parametrize("words, value", [
    ("một trăm hai mươi", 120), ("hai trăm hai mươi lăm", 225), ("một nghìn tám trăm", 1800),
    ("hai nghìn năm trăm", 2500), ("hai mươi mốt", 21), ("mười hai", 12), ("ba trăm mười", 310),
])
def test_compound_number_words(words: str, value: int) -> None:
    assert word_value(words) == value


@pytest.mark.parametrize("text, kept", [
    ("Xã đã tiếp nhận một nghìn hai trăm hồ sơ. Trong đó, 1.150 hồ sơ được giải quyết đúng hạn.",
     [(9420, None), (1200, None), (1150, 1200)]),
    ("Xã chi trả trợ cấp cho một trăm hai mươi người, trong đó có 45 người cao tuổi.",
     [(9420, None), (120, None), (45, 120)]),
    ("Xã đã vận động 860 hộ tham gia. Trong đó, 2.140 người được hỗ trợ mức đóng.",
     [(9420, None), (860, None), (2140, None)]),
    ("Xã đã hỗ trợ một hộ.", [(9420, None)]),
])
def test_totals_in_compound_words_are_wholes(text: str, kept: list[tuple[float, float | None]]) -> None:
    figures = extract_article(LEAD + text, today=TODAY).record["figures"]
    assert [(f["value"], f.get("of")) for f in figures] == kept
