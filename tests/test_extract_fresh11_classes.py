"""The classes of realcheck-s11-fresh11 (session 11), in sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.person_names import name_at
from tests.leads import leader_named

_leader = leader_named  # the shared reader (tests/leads.py)


@pytest.mark.parametrize("lead, name", [
    # an abbreviated office after a dash, then companions and the verb
    ("Sáng ngày 3/5/2022, đồng chí Đỗ Minh Tâm – PCT UBND huyện cùng lãnh đạo Phòng Tài chính đã tiến hành kiểm tra "
     "công trình trường học tại xã Ea Kly.", "Đỗ Minh Tâm"),
    ("Ngày 9/6/2021, Đ/c Lý Quốc Bảo - Phó Bí thư Huyện ủy - CT UBND huyện cùng đoàn công tác gồm các phòng: "
     "Nội vụ; Tư pháp;và UBND xã Ea Kly đi thực tế khảo sát tuyến kênh.", "Lý Quốc Bảo"),
    # the office and place before the name, the place before the verb
    ("Chiều 2/4/2024, Phó Chủ tịch UBND huyện Cần Giuộc - Mai Văn Lực cùng lãnh đạo Phòng Y tế đến các trạm y tế "
     "trên địa bàn huyện kiểm tra công tác tiêm chủng.", "Mai Văn Lực"),
    # a chain of offices, then the members
    ("Sáng 4-7-2020, Ông Cao Đức Hòa, Huyện ủy viên, Trưởng Ban Pháp chế HĐND huyện và các thành viên Ban Pháp chế "
     "vừa có buổi giám sát tại xã Ea Kly.", "Cao Đức Hòa"),
    # a title glued to the name, a middle name in lower case
    ("Sáng ngày 1/9/2020 đồng chí Nguyễn văn Toàn Phó Chủ tịch Hội Cựu chiến binh tỉnh đã đến kiểm tra mô hình "
     "kinh tế tại xã Ea Kly.", "Nguyễn Văn Toàn"),
])
def test_the_subject_of_the_visit_leads(lead: str, name: str) -> None:
    assert _leader("Kiểm tra tại xã Ea Kly\n\n" + lead + "\n\nĐoàn ghi nhận kết quả bước đầu.") == name


def test_a_host_with_companions_who_receives_never_leads() -> None:
    text = ("Đoàn giám sát HĐND tỉnh làm việc tại xã Ea Kly\n\nChiều 12/5/2023, ông Phạm Hữu Nghĩa, Chủ tịch UBND xã "
            "Ea Kly cùng lãnh đạo các ban ngành của xã đã tiếp và làm việc với đoàn giám sát của HĐND tỉnh.\n\n"
            "Ông Phạm Hữu Nghĩa báo cáo kết quả thực hiện các chương trình mục tiêu quốc gia.")
    assert _leader(text) is None


def test_a_head_named_in_the_sentence_after_a_nameless_lead() -> None:
    text = ("Mặt trận tỉnh kiểm tra tuyến đường\n\nNgày 11/3/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã đến xã "
            "Ea Kly để kiểm tra việc giám sát thi công.\n\nPhó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Thị Thu Ba cùng "
            "đoàn khảo sát đi thực địa một số đoạn tuyến.")
    assert _leader(text) == "Lê Thị Thu Ba"


def test_the_quoted_holder_of_the_headline_office_leads() -> None:
    text = ("Chủ tịch UBND huyện Krông Pắc kiểm tra công tác phòng chống hạn\n\nTheo Chủ tịch UBND huyện Đinh Công "
            "Khanh, các xã cần chủ động nguồn nước cho cây trồng trong mùa khô.")
    assert _leader(text) == "Đinh Công Khanh"
    other = ("Chủ tịch UBND huyện Krông Pắc kiểm tra công tác phòng chống hạn\n\nTheo Phó Chủ tịch UBND xã Ea Kly "
             "Đinh Công Khanh, xã đã nạo vét kênh mương.")
    assert _leader(other) is None


@pytest.mark.parametrize("text, name", [
    ("Trần thị Mai Phó Chủ tịch", "Trần Thị Mai"),
    ("Lê văn Hải đã đến", "Lê Văn Hải"),
    ("Lê văn bản đã đến", "Lê"),  # an ordinary lower-case word after the middle one: no name continues
])
def test_a_middle_name_typed_in_lower_case(text: str, name: str) -> None:
    found = name_at(text, 0, need_surname=False)
    assert found is not None and found[0] == name


def _date(text: str, published: str | None = None) -> str | None:
    return extract_article(text, published=published).record.get("date")


@pytest.mark.parametrize("lead, day", [
    ("Căn cứ Nghị định số 12/2022/NĐ-CP, từ ngày 3 đến 5-5-2022, Ban Thường trực Ủy ban MTTQ tỉnh đã đến xã Ea Kly để "
     "kiểm tra.", "2022-05-03"),
    ("ABC - Từ ngày 14 đến 16-8-2021, Ban Thường trực Ủy ban MTTQ tỉnh đã về xã Ea Kly, nơi có nhiều hộ nghèo, để "
     "kiểm tra.", "2021-08-14"),
    ("Trong 02 ngày, 11 và 12/10/2020, Phó Chủ tịch UBND huyện Krông Pắc - Lê Văn Mười cùng lãnh đạo Phòng Y tế đến "
     "các trạm y tế kiểm tra.", "2020-10-11"),
])
def test_a_span_the_visit_opens_with_gives_its_first_day(lead: str, day: str) -> None:
    assert _date("Kiểm tra tại xã Ea Kly\n\n" + lead) == day


def test_a_deadline_from_now_is_ahead_of_the_visit() -> None:
    text = ("Kiểm tra an toàn thực phẩm\n\nChiều 14-10, đoàn kiểm tra liên ngành của huyện Krông Pắc đã kiểm tra bếp "
            "ăn tại xã Ea Kly. Từ nay đến hết ngày 30-11-2021, đoàn sẽ kiểm tra các bếp ăn còn lại.")
    assert _date(text) == "2021-10-14"
