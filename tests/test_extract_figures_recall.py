"""Figure classes real pages use that were lost (session 12): livestock with a bare "con", goods in a gift list,
volumes of materials, the members of households, people after a share of the population, more count nouns; and the
counts that must stay out beside them (a family, what one gift holds, a tank, a population, a norm, a back reference,
projects visited, the team's own groups). Sentences of our own."""

from __future__ import annotations

import pytest

from store.extract.figure_goods import goods_item
from store.extract.figure_livestock import livestock_count
from store.extract.figure_members import household_members
from tests.leads import figure_triples

LEAD = ("Tin\n\nNgày 14/10/2025, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh Tuyên Quang do ông Hoàng Văn "
        "Pao, Phó Trưởng ban làm trưởng đoàn đã giám sát tại xã Xín Mần. ")


@pytest.mark.parametrize(("sentence", "value"), [
    ("Dịch tả lợn châu Phi xảy ra tại 7 hộ, số lợn phải tiêu hủy là 312 con.", 312),
    ("Đàn trâu, bò của xã hiện có 2.450 con, tăng so với cùng kỳ.", 2450),
    ("Toàn xã đã tiêm phòng cho gia súc, gia cầm được hơn 18.000 con.", 18000),
    ("Ổ dịch cúm gia cầm làm chết và tiêu hủy 1.250 con gà, vịt.", 1250),
    ("Heo mắc bệnh buộc tiêu hủy với tổng số 415 con, trọng lượng hơn 20 tấn.", 415),
    ("Xã có 96 con dê được hỗ trợ cho hộ nghèo.", 96),
])
def test_livestock_counted_with_a_bare_con_after_the_animal(sentence: str, value: int) -> None:
    assert value in [v for v, unit, _ in figure_triples(LEAD + sentence) if unit == "con"]


@pytest.mark.parametrize("sentence", [
    "Ông Nguyễn Văn A, 60 tuổi, cho biết gia đình có 3 con đang đi học.",
    "Chị B nuôi 2 con nhỏ một mình.",
    "Bà C có 4 con, đều đã lập gia đình.",
])
def test_a_bare_con_without_an_animal_is_a_family(sentence: str) -> None:
    assert figure_triples(LEAD + sentence) == []


def test_livestock_reader_needs_the_animal_or_its_name() -> None:
    text = "Nhà có 2 con."
    assert livestock_count(text, 7, 8) is None
    text = "Đàn bò có 45 con."
    assert livestock_count(text, 11, 13) == len("Đàn bò có 45 con")


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Đoàn trao tặng phần quà gồm 150 bao gạo, 40 thùng mì tôm và 25 lít dầu ăn.", {150, 40, 25}),
    ("Dịp này, đoàn đã tặng 2.000 khẩu trang, 30 bình nước sát khuẩn và 12 bộ quần áo bảo hộ.", {2000, 30, 12}),
    ("Hội đã hỗ trợ hàng hóa gồm: 80 hộp sữa, 60 gói bánh, 500 kg gạo.", {80, 60, 500}),
    ("Đoàn trao tặng xã 45 chiếc chăn ấm và 45 đôi dép cho học sinh.", {45}),
])
def test_goods_in_a_gift_list_are_figures(sentence: str, wanted: set[int]) -> None:
    got = {v for v, _, _ in figure_triples(LEAD + sentence)}
    assert wanted <= got, got


@pytest.mark.parametrize("sentence", [
    "Mỗi suất quà gồm 10 kg gạo, 1 thùng mì tôm và 2 chai nước mắm.",
    "Năng suất lúa bình quân đạt 55 tạ/ha.",
    "Xã có 3 bộ phận chuyên môn cùng làm việc tại trụ sở.",
])
def test_what_one_gift_holds_and_other_measures_are_no_goods(sentence: str) -> None:
    assert figure_triples(LEAD + sentence) == []


def test_goods_reader_wants_a_thing_after_the_measure() -> None:
    text = "Đoàn tặng 5 thùng."
    assert goods_item(text, 10, 11) is None


@pytest.mark.parametrize(("sentence", "value"), [
    ("Nhân dân đóng góp 65 m³ cát và nhiều ngày công.", 65),
    ("Thôn đã nạo vét được 1.400 m3 đất bùn ở kênh chính.", 1400),
    ("Xã vận động người dân hiến 120 mét khối đá hộc để kè bờ suối.", 120),
    ("Xã được hỗ trợ 15 tấn đá dăm và 8 tấn vôi bột.", 15),
])
def test_volumes_and_weights_of_materials_are_figures(sentence: str, value: int) -> None:
    assert value in [v for v, _, _ in figure_triples(LEAD + sentence)]


@pytest.mark.parametrize("sentence", [
    "Mỗi hộ được xây một bể chứa 20 m3 để trữ nước mưa.",
    "Xã có 3 khối cơ quan cùng tham gia phong trào.",
])
def test_a_volume_of_nothing_moved_is_no_figure(sentence: str) -> None:
    assert figure_triples(LEAD + sentence) == []


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Toàn xã có 205 hộ nghèo với 780 khẩu được cấp thẻ bảo hiểm y tế.", [(205, "hộ", None), (780, "khẩu", None)]),
    ("Xã đã di dời 46 hộ, 190 nhân khẩu ra khỏi vùng sạt lở.", [(46, "hộ", None), (190, "khẩu", None)]),
])
def test_households_with_their_members(sentence: str, wanted: list) -> None:
    got = figure_triples(LEAD + sentence)
    assert all(item in got for item in wanted), got


@pytest.mark.parametrize("sentence", [
    "Dân số toàn xã là 2.100 hộ với 8.400 khẩu.",
    "Định mức hỗ trợ đối với hộ có từ 1-3 nhân khẩu là 700.000 đồng.",
    "Thôn Nà Lầu có 12 nhân khẩu.",
])
def test_members_of_a_population_or_of_a_norm_are_no_figure(sentence: str) -> None:
    assert [item for item in figure_triples(LEAD + sentence) if item[1] in ("khẩu", "hộ")] == []


def test_household_members_reader() -> None:
    text = "có 312 hộ nghèo với 1.096 khẩu"
    start = text.index("1.096")
    assert household_members(text, start, start + 5) == ("khẩu", len(text))
    assert household_members("có 1.096 khẩu", 3, 8) is None


def test_people_counted_after_a_share_of_the_population() -> None:
    got = figure_triples(LEAD + "Xã có 430 hộ nghèo, chiếm 6,2% dân số, đã có 1.520 người được cấp thẻ bảo hiểm y tế.")
    assert (1520, "người", None) in got and (6.2, "%", None) in got


def test_a_population_stays_context() -> None:
    assert figure_triples(LEAD + "Xã có dân số hơn 9.000 người, là xã đông dân nhất huyện.") == []


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Chợ xã có 64 ki-ốt và 120 sạp hàng đang hoạt động.", 64, "ki-ốt"),
    ("Chợ có 30 ki ốt đã cho thuê.", 30, "ki-ốt"),
    ("Nhà tạm giữ đang quản lý 57 bị can, phạm nhân.", 57, "bị can"),
    ("Trại giam hiện có 1.020 phạm nhân.", 1020, "phạm nhân"),
    ("Trường mầm non năm học này huy động được 236 cháu ra lớp.", 236, "cháu"),
    ("Xã đã cung cấp 87 DVC trực tuyến toàn trình.", 87, "dịch vụ công"),
    ("Xã đang triển khai 3 dự án giao thông nông thôn.", 3, "dự án"),
    ("Năm 2025, huyện đã hoàn thành 5 dự án nước sạch.", 5, "dự án"),
])
def test_more_count_nouns(sentence: str, value: int, unit: str) -> None:
    assert (value, unit, None) in figure_triples(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Bà Nguyễn Thị D có 4 cháu nội đang đi học.",
    "Đoàn đã kiểm tra, giám sát 02 dự án thủy lợi trên địa bàn.",
    "Xã được tài trợ 1 dự án hợp tác về sinh kế.",
    "Xã đã bàn giao 2 nhà văn hóa. Hai công trình trên đã đưa vào sử dụng.",
    "Chợ có 3 khu vực, khu vực 1 nhà lồng bán quần áo.",
    "Huyện thành lập 4 tổ công tác tiến hành kiểm tra tại các xã.",
    "Ông A kiến nghị huyện đầu tư thêm 3 phòng học cho điểm trường.",
])
def test_counts_that_stay_out_beside_the_new_nouns(sentence: str) -> None:
    got = figure_triples(LEAD + sentence)
    assert all(item == (2, "nhà", None) for item in got), got


@pytest.mark.parametrize(("sentence", "value"), [
    ("Công tác thi hành án dân sự: đơn vị đã thụ lý 1.930 việc, đạt kết quả khá.", 1930),
    ("Chi cục đã thi hành xong 845 việc với số tiền hơn 20 tỷ đồng.", 845),
    ("Số việc chuyển kỳ sau là 112 việc, chủ yếu là việc chưa có điều kiện thi hành án.", 112),
])
def test_enforcement_cases_counted_as_viec(sentence: str, value: int) -> None:
    assert (value, "việc", None) in figure_triples(LEAD + sentence)


def test_viec_outside_enforcement_is_no_figure() -> None:
    assert figure_triples(LEAD + "Xã đã làm được 5 việc thiết thực cho người dân.") == []


@pytest.mark.parametrize("sentence", [
    "Huyện đã hỗ trợ 3 bộ phận một cửa của xã nâng cấp trang thiết bị.",
    "Xã tặng giấy khen cho 5 tấm gương điển hình.",
    "Xã được hỗ trợ 2 gói thầu nạo vét kênh.",
])
def test_nouns_a_measure_word_only_begins_are_no_goods(sentence: str) -> None:
    assert [item for item in figure_triples(LEAD + sentence) if item[1] in ("bộ", "tấm", "gói")] == []


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Xã đã chi cho hộ nghèo 12 hộ, số tiền 6.000.000 đồng; hộ cận nghèo 9, số tiền 3.600.000 đồng.", (9, "hộ", None)),
    ("Các khoản ủng hộ gồm: tiền thiện nguyện: 21.400.000 đồng, Hội Nông dân xã: 5.000.000.",
     (5000000, "đồng", None)),
])
def test_a_list_item_takes_its_siblings_unit(sentence: str, wanted: tuple) -> None:
    assert wanted in figure_triples(LEAD + sentence)


@pytest.mark.parametrize("sentence", [
    "Xã có 20 hộ nghèo, trong đó hộ nghèo năm 2024 chiếm phần lớn.",
    "Đoàn thăm 3 hộ dân ở thôn 5, thôn 6.",
    "Xã chi 8.000.000 đồng cho 4 hộ; mã số hồ sơ: 12.345.678.",
])
def test_no_sibling_unit_for_dates_names_and_codes(sentence: str) -> None:
    got = figure_triples(LEAD + sentence)
    assert not [item for item in got if item[0] in (2024, 5, 6, 12345678)], got


@pytest.mark.parametrize("sentence", [
    "Nhân dịp này, đoàn đã trao quà hỗ trợ xã gồm 30 suất quà và 15 triệu đồng.",
    "Đoàn trao tặng các hộ phần quà gồm: 15 triệu đồng tiền mặt, 30 suất quà.",
])
def test_gifts_in_a_list_opened_by_gom_are_figures_whoever_gives(sentence: str) -> None:
    got = figure_triples(LEAD + sentence)
    assert (30, "phần quà", None) in got and (15000000, "đồng", None) in got


def test_the_teams_gift_told_alone_stays_out() -> None:
    got = figure_triples(LEAD + "Đoàn đã trao tặng 20 suất quà, mỗi suất trị giá 500.000 đồng.")
    assert (20, "phần quà", None) not in got


def test_a_canal_dredged_in_cubic_metres_and_water_never() -> None:
    assert (3500, "m3", None) in figure_triples(LEAD + "Xã đã nạo vét 3.500 m3 kênh mương nội đồng.")
    assert figure_triples(LEAD + "Trạm cấp nước có công suất 1.200 m3 nước mỗi ngày.") == []
