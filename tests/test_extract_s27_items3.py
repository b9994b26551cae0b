"""Session 27 items3: teams set up for days already past after "Thời gian qua," or with the span after the body
(`visit_plans`); a province named only in the office at the site (`place_fallback`). The make-up wordings it added
to `figure_made_of` are tested with that module's other cases, in test_extract_made_of_units.py.

Sentences written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article

_BODY = "\n\nTheo báo cáo, hai xã đã tiếp nhận 1.250 hồ sơ.\n"


def _non_visit(lead: str) -> bool:
    return extract_article("Tin địa phương\n\n" + lead + _BODY).non_visit is not None


@pytest.mark.parametrize("lead", [
    "Thời gian qua, từ ngày 3 đến 7/6/2024, UBND huyện Lạng Giang thành lập các đoàn kiểm tra cải cách hành chính "
    "tại xã Tân Dĩnh và xã Mỹ Thái.",
    "Thời gian qua, trong hai ngày 16 - 17/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An thành lập 2 "
    "đoàn giám sát tại xã Hưng Nguyên và xã Nam Đàn.",
    "UBND huyện Lạng Giang, từ ngày 3 đến 7/6/2024, đã thành lập các đoàn kiểm tra công tác cải cách hành chính tại "
    "xã Tân Dĩnh và xã Mỹ Thái.",
    "UBND huyện Lạng Giang, từ ngày 3 đến 7/6/2024, vừa tiến hành thành lập các tổ kiểm tra cải cách hành chính tại "
    "xã Tân Dĩnh và xã Mỹ Thái.",
    "Ban Pháp chế HĐND tỉnh Đắk Lắk, trong hai ngày 20 - 21/5/2025, đã thành lập tổ khảo sát việc tiếp công dân "
    "tại xã Ea Khăl và xã Cuôr Đăng.",
])
def test_teams_set_up_for_past_days_are_a_visit(lead: str) -> None:
    assert not _non_visit(lead)


@pytest.mark.parametrize("lead", [
    "Thời gian qua, từ ngày 2 – 4/12/2025, UBND tỉnh Nghệ An thành lập các đoàn kiểm tra chuyển đổi số; các đoàn "
    "sẽ làm việc tại xã Đô Lương và xã Yên Thành trong tháng 1/2026.",
    "UBND huyện Lạng Giang, từ ngày 3 đến 7/6/2024, đã thành lập các đoàn kiểm tra cải cách hành chính, sẽ làm "
    "việc tại xã Tân Dĩnh và xã Mỹ Thái.",
    "UBND huyện Lạng Giang, từ ngày 3 đến 7/6/2024, thành lập các đoàn kiểm tra công tác cải cách hành chính tại "
    "xã Tân Dĩnh và xã Mỹ Thái.",
    "UBND huyện Lạng Giang, từ ngày 3 đến 7/6/2024, đã quyết định thành lập các đoàn kiểm tra cải cách hành chính "
    "tại xã Tân Dĩnh và xã Mỹ Thái.",
])
def test_teams_whose_days_may_be_to_come_stay_set_up(lead: str) -> None:
    assert _non_visit(lead)


def _places(lead: str) -> list[str]:
    text = "Tin địa phương\n\n" + lead + "\n\nTheo báo cáo, đơn vị đã tiếp nhận 1.250 hồ sơ.\n"
    record = extract_article(text).record
    return [locality["name"] for locality in record.get("localities", [])]


@pytest.mark.parametrize(("lead", "province"), [
    ("Ngày 10/11/2025, đoàn kiểm tra của Bộ Nội vụ do Thứ trưởng Lê Văn Khải dẫn đầu đã kiểm tra tại Bộ phận một "
     "cửa của Sở Xây dựng tỉnh Hưng Yên.", "tỉnh Hưng Yên"),
    ("Sáng 21/10/2025, đoàn công tác của Văn phòng Chính phủ do ông Đỗ Minh Tuấn, Phó Chủ nhiệm, dẫn đầu đã kiểm "
     "tra việc giải quyết thủ tục hành chính tại Sở Tư pháp tỉnh Nghệ An.", "tỉnh Nghệ An"),
    ("Chiều 18/11/2025, đoàn của Bộ Tài chính do ông Phạm Văn Tài, Cục trưởng, dẫn đầu đã khảo sát việc thu nộp "
     "ngân sách trực tuyến tại Kho bạc Nhà nước tỉnh Thanh Hóa.", "tỉnh Thanh Hóa"),
])
def test_a_province_named_only_in_the_office_at_the_site_is_the_locality(lead: str, province: str) -> None:
    assert _places(lead) == [province]


@pytest.mark.parametrize(("lead", "places"), [
    ("Ngày 12/11/2025, đoàn kiểm tra của Bộ Nội vụ do Thứ trưởng Lê Văn Khải dẫn đầu đã kiểm tra công tác cải cách "
     "hành chính tại xã Nam Đàn. Theo báo cáo của Sở Nội vụ tỉnh Nghệ An, xã có 18 thôn.", ["xã Nam Đàn"]),
    ("Ngày 12/11/2025, đoàn kiểm tra của Bộ Nội vụ do Thứ trưởng Lê Văn Khải dẫn đầu đã làm việc về cải cách hành "
     "chính theo báo cáo của Sở Nội vụ tỉnh Nghệ An.", []),
])
def test_an_office_that_only_reports_gives_no_province(lead: str, places: list[str]) -> None:
    assert _places(lead) == places
