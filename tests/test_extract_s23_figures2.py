"""Issue 12, session 23, second round (s23/figures2), sentences written for the tests: mediators and plots of land
counted; an area after a count whose noun runs to five words and a project's or model's own area; number words with
"linh" / "lẻ" and "không trăm"; a part in a kindred unit after a full stop; labels of members told with their
groups and of people after "Trong đó" said to be something."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_number_words import word_value

TODAY = date(2026, 12, 1)
LEAD = ("Giám sát ở Sơn La\n\nSáng 9/7/2024, Ban Pháp chế HĐND tỉnh Sơn La giám sát tại UBND xã Mường Bú.\n\n")


def figures(tail: str) -> list[tuple[float, str, float | None]]:
    record = extract_article(LEAD + tail, today=TODAY).record
    return [(f["value"], f["unit"], f.get("of")) for f in record["figures"]]


def labels(tail: str) -> dict[float, str]:
    return {f["value"]: f["label"] for f in extract_article(LEAD + tail, today=TODAY).record["figures"]}


@pytest.mark.parametrize("tail, got", [
    ("Xã có 7 tổ hòa giải với 51 hòa giải viên.", [(7, "tổ", None), (51, "hòa giải viên", None)]),
    ("Xã hiện còn 19 thửa đất chưa đo đạc.", [(19, "thửa", None)]),
    ("Năm nay, xã đã cấp giấy cho 12 thửa.", [(12, "thửa", None)]),
])
def test_mediators_and_plots_are_counted(tail: str, got: list[tuple[float, str, None]]) -> None:
    assert figures(tail) == got


@pytest.mark.parametrize("tail, got", [
    ("Xã đã lập 41 hồ sơ đất ở, diện tích khoảng 5.200 m2.", [(41, "hồ sơ", None), (5200, "m2", None)]),
    ("Xã đã lập 41 hồ sơ đất nông nghiệp, diện tích 5.200 m2.", [(41, "hồ sơ", None), (5200, "m2", None)]),
    ("Dự án nhà ở xã hội có diện tích 4,2 ha.", [(4.2, "ha", None)]),
    ("Các mô hình trồng cam có tổng diện tích 95 ha.", [(95, "ha", None)]),
    ("Xã có diện tích tự nhiên 3.100 ha.", []),
    ("Xã có tổng diện tích 3.100 ha.", []),
])
def test_areas_of_counts_and_of_works(tail: str, got: list[tuple[float, str, None]]) -> None:
    assert figures(tail) == got


@pytest.mark.parametrize("words, value", [
    ("một trăm linh năm", 105), ("ba trăm lẻ tư", 304), ("hai nghìn không trăm lẻ tám", 2008),
    ("một nghìn không trăm linh bảy", 1007), ("hai nghìn không trăm", 2000), ("hai trăm năm mươi", 250),
    ("một trăm linh", None), ("linh năm", None), ("hai mươi lẻ năm", None), ("không hai", None),
])
def test_number_words_with_a_zero(words: str, value: int | None) -> None:
    assert word_value(words) == value


def test_counts_in_words_with_a_zero_in_an_article() -> None:
    assert figures("Xã chi trả trợ cấp cho một trăm linh sáu người có công. Số hộ bán lẻ năm nay giảm.") == [
        (106, "người", None)]


@pytest.mark.parametrize("tail, got", [
    ("Xã tập huấn cho 1.250 người. Trong đó có 45 cán bộ thôn.", [(1250, "người", None), (45, "cán bộ", 1250)]),
    ("Xã tiếp nhận 35 vụ việc. Trong đó, 11 đơn được giải quyết.", [(35, "vụ việc", None), (11, "đơn", 35)]),
    ("Xã tiếp nhận 35 vụ việc. Trong đó có 11 đơn khiếu nại, 5 đơn tố cáo.",
     [(35, "vụ việc", None), (11, "đơn", 35), (5, "đơn", 35)]),
    ("Xã có 12 doanh nghiệp. Trong đó có 200 lao động.", [(12, "doanh nghiệp", None), (200, "lao động", None)]),
    ("Xã tiếp nhận 35 vụ việc. Trong đó có 11 đơn khiếu nại, 3 người.",
     [(35, "vụ việc", None), (11, "đơn", 35), (3, "người", None)]),
])
def test_kindred_parts_after_a_full_stop(tail: str, got: list[tuple[float, str, float | None]]) -> None:
    assert figures(tail) == got


@pytest.mark.parametrize("tail, value, label", [
    ("Xã có 6 tổ hòa giải với 42 hòa giải viên.", 42, "Hòa giải viên của tổ hòa giải"),
    ("Xã có 5 câu lạc bộ với 120 hội viên.", 120, "Hội viên của câu lạc bộ"),
    ("Xã có 14 hợp tác xã. Trong đó có 210 thành viên là phụ nữ.", 210, "Thành viên là phụ nữ"),
    ("Năm nay, các doanh nghiệp đã tuyển 350 lao động.", 350, "Lao động được các doanh nghiệp tuyển"),
    ("Dự án đã giải phóng mặt bằng được 20 ha.", 20, "Ha giải phóng mặt bằng"),
])
def test_labels_say_more_than_the_unit(tail: str, value: float, label: str) -> None:
    assert labels(tail)[value] == label
