"""Officials' checks at work sites (issue #12; session 27 fresh49, visits on public works, schools and site clearance
in the central provinces): the check told as a clause before the visitor ("qua kiểm tra hiện trường, X yêu cầu";
"Tại buổi kiểm tra hiện trường, ..., X chỉ đạo lập đoàn thanh tra"), a programme's stop before the subject ("trong
chương trình làm việc tại tỉnh A, Thủ tướng X cùng đoàn ... đã đi kiểm tra"), a province's chair checking a site
the text names no unit of (the province is the place; a secretary's bare "Tỉnh ủy" was read so already), and
lengths of site cleared or handed over ("bàn giao mặt bằng sạch 14,1 km"). The texts are written for these tests;
each changed case fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _record(text: str) -> dict:
    return extract_article(text).record


def leader_name(text: str) -> str | None:
    return (_record(text).get("leader") or {}).get("name")


def places(text: str) -> list[str]:
    return [loc["name"] for loc in _record(text).get("localities", [])]


def lengths(text: str) -> list[float]:
    return [f["value"] for f in _record(text).get("figures", []) if f["unit"] in ("km", "m")]


_FRONTED = [
    ("Bức xúc vì công trình chậm, qua kiểm tra hiện trường chiều 4/6/2024, Chủ tịch UBND tỉnh Bình Định Võ Minh "
     "Đức yêu cầu chủ đầu tư làm rõ trách nhiệm.", "Võ Minh Đức"),
    ("Lo ngại trạm y tế xuống cấp, qua kiểm tra thực tế sáng 8/7/2024, Phó Chủ tịch UBND tỉnh Quảng Ngãi Đinh Văn "
     "Phú đề nghị huyện sớm sửa chữa.", "Đinh Văn Phú"),
    ("Qua việc kiểm tra hiện trường ngày 2/5/2024, Bí thư Tỉnh ủy Nghệ An Thái Văn Long chỉ đạo các ngành gỡ "
     "vướng cho dự án.", "Thái Văn Long"),
    ("Tại buổi kiểm tra hiện trường sáng 19/9/2024, nghe nhà thầu báo cáo, Chủ tịch UBND tỉnh Gia Lai Lê Văn Sơn "
     "chỉ đạo lập đoàn thanh tra toàn diện dự án.", "Lê Văn Sơn"),
    ("Trong buổi kiểm tra thực tế ngày 10/10/2024, Phó Chủ tịch UBND tỉnh Quảng Trị Hồ Văn Bình chỉ đạo thành lập "
     "đoàn kiểm tra chất lượng công trình.", "Hồ Văn Bình"),
]


@pytest.mark.parametrize(("text", "name"), _FRONTED)
def test_the_official_who_directs_after_a_fronted_site_check_leads(text: str, name: str) -> None:
    assert leader_name(text) == name


_HOSTS = [
    # who answers the team after the check is its host, the team's head leads
    ("Sáng 3/7/2024, Đoàn giám sát Ban Pháp chế HĐND tỉnh Hà Tĩnh do ông Trần Văn Lâm, Trưởng ban làm trưởng đoàn đã "
     "kiểm tra hiện trường tại huyện Hương Khê. Tại buổi kiểm tra hiện trường, ông Lê Văn Toàn, Chủ tịch UBND "
     "huyện đề nghị đoàn kiến nghị tỉnh bổ sung vốn.", "Trần Văn Lâm"),
    # a commune's own chair after "Qua kiểm tra" reports, never leads
    ("Qua kiểm tra ngày 5/4/2024 tại xã Ia Pết, Chủ tịch UBND xã Rơ Mah Hiên yêu cầu các thôn dọn vệ sinh.", None),
]


@pytest.mark.parametrize(("text", "name"), _HOSTS)
def test_a_host_after_a_site_check_never_leads(text: str, name: str | None) -> None:
    assert leader_name(text) == name


_PROGRAMMES = [
    ("Chiều 25/3/2024, trong chương trình làm việc tại tỉnh Quảng Nam, Thủ tướng Lê Văn An cùng đoàn công tác đã đi "
     "kiểm tra tiến độ cầu qua sông tại huyện Đại Lộc.", "Lê Văn An"),
    ("Sáng 6/5/2024, trong chương trình giám sát tại tỉnh Kon Tum, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ "
     "Thị Lan cùng đoàn đã đến khảo sát tại huyện Kon Rẫy.", "Vũ Thị Lan"),
]


@pytest.mark.parametrize(("text", "name"), _PROGRAMMES)
def test_a_programme_stop_before_the_subject_is_no_obstacle(text: str, name: str) -> None:
    assert leader_name(text) == name


_PROVINCE_HEADS = [
    ("Sáng 7/6/2024, Chủ tịch UBND tỉnh Phú Yên Trần Văn Nam đã đi kiểm tra tiến độ xây dựng bệnh viện.",
     ["tỉnh Phú Yên"]),
    ("Ngày 26/9/2023, Phó Chủ tịch HĐND tỉnh Quảng Bình Hoàng Minh Khôi đã đi khảo sát các khu tái định cư.",
     ["tỉnh Quảng Bình"]),
    ("Chiều 11/4/2024, Phó Chủ tịch UBND tỉnh Đắk Lắk Y Ngọc Niê đã thị sát công trường hồ chứa nước.",
     ["tỉnh Đắk Lắk"]),
]


@pytest.mark.parametrize(("text", "expected"), _PROVINCE_HEADS)
def test_a_province_head_checking_an_unnamed_site_visits_the_province(text: str, expected: list[str]) -> None:
    assert places(text) == expected


_NOT_THE_PROVINCE = [
    # a session with a ministry checks nothing on site
    ("Chiều 12/3/2024, Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hải đã làm việc với Bộ Giao thông vận tải về vốn cho "
     "dự án đường cao tốc.", []),
    # a lower unit visited is the place
    ("Sáng 7/6/2024, Chủ tịch UBND tỉnh Phú Yên Trần Văn Nam đã đi kiểm tra tiến độ xây dựng trường học tại huyện "
     "Sơn Hòa.", ["huyện Sơn Hòa"]),
]


@pytest.mark.parametrize(("text", "expected"), _NOT_THE_PROVINCE)
def test_no_province_without_a_site_check_or_beside_a_lower_unit(text: str, expected: list[str]) -> None:
    assert places(text) == expected


_SITE = ("Sáng 5/3/2024, Phó Chủ tịch UBND tỉnh Khánh Hòa Trần Quốc Bảo đã đi kiểm tra công tác giải phóng mặt bằng "
         "tại huyện Cam Lâm. Theo báo cáo của huyện, {}.")


@pytest.mark.parametrize(("clause", "expected"), [
    ("đã bàn giao mặt bằng sạch 8,6 km cho nhà thầu", [8.6]),
    ("đã chi trả mặt bằng được 19,9km, còn vướng mặt bằng 2,1 km", [19.9, 2.1]),
    ("chưa giải phóng mặt bằng là 13,08km", [13.08]),
    ("mặt bằng chưa thu hồi khoảng 5,8 km", [5.8]),
])
def test_a_length_of_site_cleared_is_a_figure(clause: str, expected: list[float]) -> None:
    assert lengths(_SITE.format(clause)) == expected


@pytest.mark.parametrize("clause", [
    "mặt bằng khu tái định cư cách trụ sở xã khoảng 800 m",
    "mặt bằng rộng 40 m đã được san lấp",
    "tuyến đường dài 45 km đi qua 6 xã",
])
def test_a_site_measured_or_a_route_is_no_figure(clause: str) -> None:
    assert lengths(_SITE.format(clause)) == []
