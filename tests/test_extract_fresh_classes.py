"""Classes of phrasing a fresh set of real articles missed (session 7): openings that are no visit (a tribute trip,
oversight put off, a year's inspections counted), visits that read as none (a decision in the lead, the hosts' own
inspections), and the leader, places, years and figures of the visits."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 2)


def _draft(lead: str, title: str = "Tin hoạt động"):
    return extract_article(f"{title}\n\n{lead}", today=TODAY)


@pytest.mark.parametrize(("lead", "code"), [
    ("Nhân kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, sáng 2-5, Đoàn đại biểu HĐND tỉnh Trà Vinh do ông Lê Minh "
     "Tâm, Phó Chủ tịch HĐND tỉnh dẫn đầu đã về nguồn, thăm Khu di tích lịch sử Mường Phăng.", "nonvisit.tribute"),
    ("Sáng 25-7, Thường trực HĐND huyện Cần Giuộc do bà Võ Thị Lan làm trưởng đoàn đã dâng hương tại Đền tưởng "
     "niệm các Vua Hùng.", "nonvisit.tribute"),
    ("Do mưa bão kéo dài, Ban Kinh tế - Ngân sách HĐND tỉnh Quảng Bình thống nhất hoãn đợt khảo sát tại các huyện "
     "Quảng Ninh, Lệ Thủy từ ngày 10 đến 12-9.", "nonvisit.postponed"),
    ("Lịch giám sát của Đoàn ĐBQH tỉnh tại huyện Bảo Lâm đã được lùi sang tháng sau.", "nonvisit.postponed"),
    ("Thực hiện kế hoạch năm 2022, đoàn kiểm tra của tỉnh đã tiến hành kiểm tra đối với 10 cơ quan, đơn vị, gồm 6 "
     "sở và 4 UBND cấp huyện.", "nonvisit.round_up"),
])
def test_openings_that_are_no_visit(lead: str, code: str) -> None:
    draft = _draft(lead)
    assert draft.non_visit is not None and draft.non_visit.code == code


@pytest.mark.parametrize(("lead", "title"), [
    # a tribute paid during a working visit: the working session is the visit
    ("Sáng 3/4/2024, Đoàn giám sát HĐND tỉnh do ông Trần Văn Nam, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã dâng "
     "hương tại đền thờ liệt sĩ, sau đó làm việc với UBND xã Hòa Phong.", "Tin hoạt động"),
    # a count of units followed by their names is the visit's list
    ("Thực hiện chỉ đạo về kỷ cương năm 2017, đoàn đã tiến hành kiểm tra đột xuất 3 đơn vị: UBND xã Tản Lĩnh, "
     "UBND xã Ba Trại và UBND thị trấn Tây Đằng.", "Tin hoạt động"),
    # the decision is the team's warrant, its work told after it with its days
    ("Theo quyết định, thời gian kiểm tra không quá 5 ngày. Đoàn kiểm tra đã làm việc với UBND huyện Đắk Glei từ "
     "ngày 4/6/2022.", "Sở Nội vụ ban hành Quyết định số 12/QĐ-SNV về việc kiểm tra công vụ tại huyện Đắk Glei"),
    ("Ngày 9/10, triển khai Quyết định 88/QĐ-UBND của UBND tỉnh về việc ban hành kế hoạch kiểm tra năm 2016, Đoàn "
     "kiểm tra liên ngành của tỉnh đã làm việc tại xã Châu Bình.", "Tin hoạt động"),
    # the hosts' own inspections, heard at a visit
    ("Kiểm tra tại UBND huyện Quỳ Châu, đoàn kiểm tra của tỉnh kết luận: huyện đã chấn chỉnh kỷ cương. Đến nay, "
     "đoàn của huyện đã kiểm tra 4 đơn vị. Sau các cuộc kiểm tra, huyện đã ban hành kết luận.", "Tin hoạt động"),
])
def test_visits_that_read_as_none(lead: str, title: str) -> None:
    assert _draft(lead, title).non_visit is None
