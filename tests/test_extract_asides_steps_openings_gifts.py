"""Session 31 (left7): the misses left on the real sets after session 30, fixed by class.

- a site with its other name in brackets before its commune ("tại Khu công nghiệp A (VSIP B), xã C"): the commune is
  where the team was (`place_venues.site_ward`; fresh64 v05);
- communes that have done a step ("95 xã, phường cũng đã thành lập Ủy ban bầu cử") are a result (`figure_reach`;
  fresh63 v10);
- a unit's own opening or launch told in the lead is no visit (`visit_openings`; fresh64 n02);
- a saved page's head only: its description meta stands for the lead (`page_descriptions`; fresh64 v01);
- a sum in US dollars is a figure in USD (`figure_foreign_money`; fresh64 v05);
- agencies a reform merged or cut are counted (`figure_merged_agencies`; fresh56 v05);
- a gift in a sentence with no subject takes the giver the sentence before opens on (`figure_gifts_carried`; fresh53
  v05).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _places(text: str) -> list[str]:
    return sorted(loc["name"] for loc in extract_article(text).record.get("localities", []))


def _values(text: str) -> list[tuple[float, str]]:
    return sorted((f["value"], f["unit"]) for f in extract_article(text).record.get("figures", []))


_ROUND = ("Ngày 9/7/2025, ông Hà Văn Tuấn, Chủ tịch UBND tỉnh Bắc Ninh, đã kiểm tra sản xuất tại một số xã, phường. "
          "Đoàn làm việc với UBND phường Quế Võ. ")


@pytest.mark.parametrize(("text", "places"), [
    (_ROUND + "Tiếp đó, đoàn kiểm tra tại Khu công nghiệp Đông Sơn (KCN Đông Sơn mở rộng), xã Yên Phong.",
     ["phường Quế Võ", "xã Yên Phong"]),
    (_ROUND + "Đoàn cũng khảo sát tại Bệnh viện Đa khoa Sông Cầu (BVĐK Sông Cầu), xã Tân Yên.",
     ["phường Quế Võ", "xã Tân Yên"]),
    (_ROUND + "Chiều cùng ngày, đoàn thăm Nhà máy nước Thiên Đức (Công ty Cấp nước Thiên Đức), xã Gia Bình.",
     ["phường Quế Võ", "xã Gia Bình"]),
])
def test_a_site_with_its_other_name_in_brackets_then_its_commune(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(("text", "places"), [
    # the bracket names a person: a home, no site
    (_ROUND + "Tiếp đó, đoàn thăm gia đình thương binh (ông Nguyễn Văn Tư), xã Yên Phong.", ["phường Quế Võ"]),
    # the site ends in a clause in lower case before its bracket
    (_ROUND + "Qua kiểm tra công tác chuẩn bị (đợt cao điểm), xã Yên Phong cần bổ sung máy tính.", ["phường Quế Võ"]),
])
def test_brackets_that_name_no_site_add_no_commune(text: str, places: list[str]) -> None:
    assert _places(text) == places


_REPORT = ("Ngày 9/9/2025, Đoàn giám sát của HĐND tỉnh Bắc Ninh do ông Vũ Trọng Hiếu làm trưởng đoàn đã làm việc "
           "với UBND phường Thuận Thành. ")


@pytest.mark.parametrize(("text", "value", "unit"), [
    (_REPORT + "Sở Nội vụ cho biết 57 xã, phường đã thành lập Ban Chỉ đạo chuyển đổi số.", 57, "xã, phường"),
    (_REPORT + "Đến nay, 23 xã cũng đã ban hành quy chế làm việc mới.", 23, "xã"),
    (_REPORT + "Theo báo cáo, 41 xã, phường đều đã niêm yết đầy đủ thủ tục hành chính.", 41, "xã, phường"),
])
def test_communes_that_have_done_a_step_are_a_result(text: str, value: int, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(("text", "value"), [
    (_REPORT + "Trước đó, đoàn đã khảo sát 3 xã đã thành lập tổ hòa giải.", 3),  # the communes visited
    (_REPORT + "Tỉnh có 99 xã, phường đã thành lập sau sắp xếp.", 99),  # the make-up
    (_REPORT + "Năm nay 6 xã đã được sắp xếp lại.", 6),  # done to them
    # the communes the team visited, counted again (figure_visited_communes)
    ("Ngày 20/2/2026, Đoàn kiểm tra của HĐND tỉnh Bắc Ninh do ông Vũ Trọng Hiếu làm trưởng đoàn đã kiểm tra tại các "
     "xã Lạng Giang, Kép và Nhã Nam. Theo báo cáo, 3 xã đã triển khai đầy đủ các bước.", 3),
])
def test_communes_visited_or_made_up_or_done_to_stay_no_figure(text: str, value: int) -> None:
    assert value not in [v for v, _ in _values(text)]


def _non_visit(text: str) -> str | None:
    said = extract_article(text).non_visit
    return getattr(said, "code", None) if said else None


@pytest.mark.parametrize("text", [
    "Khai trương Trung tâm phục vụ hành chính công tỉnh Lào Cai\n\nNgày 2/10/2025, UBND tỉnh Lào Cai tổ chức khai "
    "trương và đưa Trung tâm phục vụ hành chính công tỉnh đi vào hoạt động. Trung tâm thực hiện chức năng tiếp nhận, "
    "trả kết quả; theo dõi, giám sát, đánh giá việc giải quyết thủ tục hành chính của các sở, ngành.",
    "Ra mắt ứng dụng công dân số của tỉnh Gia Lai\n\nChiều 8/9/2025, Sở Khoa học và Công nghệ tỉnh Gia Lai tổ chức "
    "ra mắt ứng dụng công dân số. Ứng dụng giúp người dân theo dõi, giám sát việc xử lý phản ánh của chính quyền.",
])
def test_a_units_own_opening_is_no_visit(text: str) -> None:
    assert _non_visit(text) == "nonvisit.opening"


@pytest.mark.parametrize("text", [
    # a team checks a centre just opened
    "HĐND tỉnh Lào Cai giám sát Trung tâm vừa khai trương\n\nNgày 9/10/2025, Đoàn giám sát của HĐND tỉnh Lào Cai do "
    "bà Giàng Thị Dung làm trưởng đoàn đã kiểm tra Trung tâm Phục vụ hành chính công xã Bắc Hà, nơi vừa tổ chức lễ "
    "khai trương. Trung tâm đã tiếp nhận 320 hồ sơ.",
])
def test_a_team_at_a_centre_just_opened_is_a_visit(text: str) -> None:
    assert extract_article(text).non_visit is None


_HEAD = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<title>{title}</title>\n'
         '<meta name="description" content="{description}">\n'
         '<meta property="og:url" content="https://dichvucong.bacninh.gov.vn/tin-tuc/bai-{n}.html">\n</head>\n<body>\n')


def test_a_page_head_only_takes_its_description_as_the_lead() -> None:
    page = _HEAD.format(title="Chủ tịch UBND tỉnh kiểm tra các xã", n=1,
                        description="Sáng 4/9/2025, Chủ tịch UBND tỉnh Đào Văn Khải đã kiểm tra Trung tâm Phục vụ "
                                    "hành chính công tại một số xã trên địa bàn tỉnh.")
    record = extract_article(page).record
    assert record.get("date") == "2025-09-04"
    assert (record.get("leader") or {}).get("name") == "Đào Văn Khải"


def test_a_page_head_whose_description_repeats_the_title_gives_the_portals_province() -> None:
    page = _HEAD.format(title="Phó Chủ tịch UBND tỉnh Lê Minh Hòa kiểm tra chuyển đổi số tại các xã", n=2,
                        description="Phó Chủ tịch UBND tỉnh Lê Minh Hòa kiểm tra chuyển đổi số tại các xã - Tin tức")
    assert _places(page) == ["tỉnh Bắc Ninh"]


def test_a_page_with_a_paragraph_of_its_own_keeps_it_over_the_description() -> None:
    page = _HEAD.format(title="Đoàn kiểm tra tại xã Yên Phong", n=3,
                        description="Sáng 1/8/2025, đoàn đã kiểm tra tại xã Tân Yên.") + \
        "<p>Sáng 4/9/2025, Đoàn kiểm tra của UBND tỉnh Bắc Ninh do ông Đào Văn Khải làm trưởng đoàn đã kiểm tra " \
        "Trung tâm Phục vụ hành chính công xã Yên Phong.</p></body></html>"
    record = extract_article(page).record
    assert record.get("date") == "2025-09-04"
    assert _places(page) == ["xã Yên Phong"]


_VISIT = ("Ngày 3/10/2025, ông Ngô Văn Quang, Phó Chủ tịch UBND tỉnh Bắc Ninh, đã làm việc với UBND phường Quế Võ. ")


@pytest.mark.parametrize(("text", "value"), [
    (_VISIT + "Kim ngạch xuất khẩu của công ty đạt hơn 250 triệu USD.", 250_000_000),
    (_VISIT + "Dự án có tổng vốn 1,2 tỷ USD đã đi vào hoạt động.", 1_200_000_000),
    (_VISIT + "Năm qua doanh nghiệp xuất khẩu 36 triệu đô la Mỹ.", 36_000_000),
])
def test_a_sum_in_dollars_is_a_figure_in_usd(text: str, value: int) -> None:
    assert (value, "USD") in _values(text)


@pytest.mark.parametrize(("text", "value", "unit"), [
    (_VISIT + "Tỉnh đã thí điểm sáp nhập 4 sở, đẩy mạnh tinh giản biên chế.", 4, "sở"),
    (_VISIT + "Sau sắp xếp, tỉnh đã giảm 12 phòng chuyên môn thuộc các sở.", 12, "phòng"),
    (_VISIT + "Năm 2025, tỉnh đã hợp nhất ba cơ quan chuyên môn.", 3, "cơ quan"),
])
def test_agencies_merged_or_cut_are_counted(text: str, value: int, unit: str) -> None:
    assert (value, unit) in _values(text)


@pytest.mark.parametrize(("text", "value"), [
    (_VISIT + "Trước đó, đoàn đã làm việc với 4 sở của tỉnh.", 4),  # hosts met
    (_VISIT + "Tỉnh dự kiến sẽ sáp nhập 2 sở trong năm tới.", 2),  # to come
    (_VISIT + "Hiện tỉnh có 17 sở và cơ quan tương đương.", 17),  # the make-up
])
def test_agencies_met_to_come_or_made_up_are_no_count(text: str, value: int) -> None:
    assert value not in [v for v, _ in _values(text)]


_CALL = ("Ngày 12/8/2025, Đoàn đại biểu Quốc hội tỉnh Thanh Hóa do bà Mai Thị Phương Hoa dẫn đầu đã khảo sát việc "
         "xóa nhà tạm tại xã Nga Sơn. ")


@pytest.mark.parametrize(("text", "value"), [
    (_CALL + "Đoàn đã đến thăm gia đình ông Hoàng Văn Chiến. Đồng thời trao tặng thêm 5 triệu đồng.", 5_000_000),
    (_CALL + "Đoàn công tác đến thăm gia đình bà Lê Thị Sen. Ngoài ra, tặng 2 triệu đồng để sửa mái nhà.", 2_000_000),
    (_CALL + "Công ty Hải Hà đã cùng đoàn thăm hộ bà Sen. Đồng thời hỗ trợ 10 triệu đồng cho gia đình.", 10_000_000),
])
def test_a_gift_with_no_subject_takes_the_giver_before(text: str, value: int) -> None:
    assert value not in [v for v, _ in _values(text)]


@pytest.mark.parametrize(("text", "value"), [
    # the place opens the sentence before: its own support stays
    (_CALL + "UBND xã đã hỗ trợ 46 hộ sửa nhà. Đồng thời hỗ trợ thêm 180 triệu đồng cho các hộ.", 180_000_000),
    # a subject of its own
    (_CALL + "Đoàn đã đến thăm gia đình ông Chiến. Đồng thời, xã đã hỗ trợ 30 triệu đồng làm nhà.", 30_000_000),
])
def test_a_gift_after_the_places_own_sentence_stays(text: str, value: int) -> None:
    assert value in [v for v, _ in _values(text)]
