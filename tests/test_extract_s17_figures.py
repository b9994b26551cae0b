"""Session 17 figure classes (issue 12): wholes of another unit after a slash, a rate typed with a semicolon, groups
named by what they are, a unit's own premises, a lone holder at a duty, the value of one parcel with its parcels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract.figure_typed_rates import typed_rates
from tests.leads import figure_triples

_LEAD = "Tin hoạt động\n\nSáng 14/10/2023, Đoàn giám sát của HĐND tỉnh Lạng Sơn đã làm việc tại huyện Tràng Định. "


@pytest.mark.parametrize("said, figures", [
    ("Huyện có 10.330 tài khoản/15.124 hộ được cài đặt, đạt 68%.",
     [(10330, "tài khoản", 15124), (15124, "hộ", None), (68, "%", None)]),
    ("Huyện có 10.330 tài khoản/15.124 hộ. Có 5.128 tài khoản/15.124 hộ thanh toán điện tử.",
     [(10330, "tài khoản", 15124), (15124, "hộ", None), (5128, "tài khoản", 15124)]),  # the households once
    ("Huyện có 5.128 ví điện tử/15.124 hộ.", [(5128, "ví điện tử", 15124), (15124, "hộ", None)]),
    ("Xã đã giải quyết 2.415/2.460 hồ sơ.", [(2415, "hồ sơ", 2460)]),  # one unit: the whole stays the part's
    ("Xã đạt 120/150 hồ sơ trực tuyến.", [(120, "hồ sơ", 150)]),
    ("Huyện có 1.208 sản phẩm/96 hợp tác xã lên sàn.", [(1208, "sản phẩm", None), (96, "hợp tác xã", None)]),
    ("Xã hỗ trợ 120 hộ/185 triệu đồng.", [(120, "hộ", None), (185000000, "đồng", None)]),  # money: as before
])
def test_a_whole_of_another_unit_after_a_slash_is_a_figure_once(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Tỷ lệ hộ có tài khoản đạt 33;9%.", [(33.9, "%", None)]),
    ("Số hồ sơ trực tuyến chiếm 64;2% tổng số hồ sơ.", [(64.2, "%", None)]),
    ("Tỷ lệ các năm lần lượt là 12;15;20%.", []),  # a list: no decimal, no guess
    ("Tỷ lệ lần lượt đạt 33;9;12%.", []),  # three numbers: a list
    ("Ba xã lần lượt là 95%;97%;98%.", [(95, "%", None), (97, "%", None), (98, "%", None)]),
])
def test_a_rate_typed_with_a_semicolon_is_read_in_one_shape_only(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@given(st.lists(st.integers(0, 99), min_size=2, max_size=5), st.sampled_from([";", "; ", " ;", " ; "]))
def test_a_list_joined_by_semicolons_is_never_one_decimal(numbers: list[int], joint: str) -> None:
    listed = joint.join(str(n) for n in numbers)
    for text in (f"Kết quả lần lượt là {listed}.", f"Các xã đạt {listed} điểm.", f"mức độ {listed}"):
        assert typed_rates(text, []) == []
    if len(numbers) > 2 or joint != ";":
        assert typed_rates(f"Các xã đạt {listed}%.", []) == []


@pytest.mark.parametrize("said, figures", [
    ("Trung tâm hỗ trợ kỹ thuật cho 135 nhóm cán bộ cấp xã.", [(135, "nhóm cán bộ", None)]),
    ("Các thôn đã lập 212 nhóm Zalo.", [(212, "nhóm Zalo", None)]),
    ("Huyện đề ra 5 nhóm nhiệm vụ và 3 nhóm giải pháp.", []),  # kinds of things
    ("Đoàn chia thành 2 nhóm hỗ trợ đi kiểm tra.", []),  # the team's own groups
])
def test_groups_named_by_what_they_are_are_counted(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Trung tâm Phục vụ hành chính công hiện có 2 cơ sở tại số 127 Hai Bà Trưng.", []),
    ("Trung tâm đã kiểm tra 14 cơ sở kinh doanh.", [(14, "cơ sở", None)]),
    ("Xã có 12 cơ sở sản xuất vi phạm.", [(12, "cơ sở", None)]),
])
def test_a_units_own_premises_are_no_figure(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Trung tâm còn bố trí 1 công chức trực bàn hướng dẫn người dân.", []),
    ("Xã cử 01 cán bộ thường trực tại bộ phận một cửa.", []),
    ("Trung tâm bố trí 5 công chức chuyên trách.", [(5, "công chức", None)]),
    ("Trong quý, có 1 công chức nghỉ việc.", [(1, "công chức", None)]),
])
def test_a_lone_holder_set_at_a_duty_is_a_post(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Đoàn đã trao 60 suất quà cho hộ nghèo, mỗi suất trị giá 800.000 đồng.", []),
    ("Công ty Điện lực trao 50 phần quà (600 nghìn đồng/suất) cho học sinh.", []),
    ("Các xã đã trao 1.350 suất quà, mỗi suất trị giá 400.000 đồng.", [(1350, "phần quà", None),
                                                                         (400000, "đồng", None)]),
    ("Đoàn trao 300 triệu đồng, mỗi hộ có nhà bị cuốn trôi được nhận 10 triệu đồng.", [(10000000, "đồng", None)]),
])
def test_the_value_of_one_parcel_follows_its_parcels(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


def test_the_rest_in_a_bracket_is_of_what_came_in() -> None:
    said = "Xã tiếp nhận 15.667 hồ sơ, đã giải quyết đúng hạn 15.665 hồ sơ (còn 02 hồ sơ chưa đến hạn)."
    assert figure_triples(_LEAD + said) == [(15667, "hồ sơ", None), (15665, "hồ sơ", 15667), (2, "hồ sơ", 15667)]


@pytest.mark.parametrize("said, figures", [
    ("Công an xã đã tiếp nhận 14 tin báo, giải quyết 12 tin.", [(14, "tin báo", None), (12, "tin báo", 14)]),
    ("Nhân dân cung cấp 520 nguồn tin, trong đó có 310 tin có giá trị.",
     [(520, "tin báo", None), (310, "tin báo", 520)]),
    ("Công an phường tiếp nhận 149 tin báo, tố giác. Trong đó trực tiếp giải quyết 53 tin.",
     [(149, "tin báo", None), (53, "tin báo", 149)]),  # the reports counted in the sentence before
    ("Đài truyền thanh xã đã phát 240 tin, bài tuyên truyền.", [(240, "tin bài", None)]),  # news, no report
    ("Cổng thông tin đăng tải 1.150 tin, bài; trong đó 320 tin về tố giác tội phạm.",
     [(1150, "tin bài", None), (320, "tin bài", 1150)]),
])
def test_reports_counted_short_after_their_full_name(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Đoàn đã trao 80 suất quà cho hộ nghèo; đồng thời tặng 20 suất học bổng, mỗi suất 1,5 triệu đồng.", []),
    ("Đoàn công tác trao tặng 40 suất quà (mỗi suất trị giá 800.000 đồng); trao tặng 30 suất học bổng; "
     "trao tặng công trình sân chơi trị giá 45 triệu đồng.", []),
    ("Ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh trao 60 phần quà; tặng 15 xe đạp và 30 bộ sách cho học sinh.",
     [(15, "phương tiện", None), (30, "sách", None)]),  # goods item by item stay figures, whoever gives
    ("Xã đã trao 200 suất quà cho hộ nghèo; hỗ trợ 35 hộ sửa chữa nhà ở.",
     [(200, "phần quà", None), (35, "hộ", None)]),  # the place's own giving goes on: figures
    ("Công ty Bia Sài Gòn trao 100 suất quà; xã cũng tặng 50 suất quà cho gia đình chính sách.",
     [(50, "phần quà", None)]),  # a subject of its own after the ";"
])
def test_a_givers_gifts_go_on_after_a_semicolon(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Huyện đã chuyển 84 lượt ý kiến, kiến nghị của cử tri (trong đó 76 ý kiến, kiến nghị về đất đai và 8 ý kiến, "
     "kiến nghị về giao thông).", [(84, "lượt", None), (76, "kiến nghị", 84), (8, "kiến nghị", 84)]),
    ("Xã đã tổ chức tiếp xúc với 1.143 lượt cử tri, trong đó 65 kiến nghị.",
     [(1143, "lượt", None), (65, "kiến nghị", None)]),  # turns of voters: the petitions are no part of them
    ("Cử tri đã gửi 65 ý kiến, kiến nghị. Đến nay, trong số 65 ý kiến, kiến nghị, xã đã trả lời 58 ý kiến, kiến nghị.",
     [(65, "kiến nghị", None), (58, "kiến nghị", 65)]),  # the total named again: once
])
def test_turns_of_petitions_and_a_total_named_again_among(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Công an huyện đã tiếp nhận 412 tin báo, tố giác tội phạm, đã xử lý 297 tin, đạt 72%.",
     [(412, "tin báo", None), (297, "tin báo", 412), (72, "%", None)]),
    ("Xã tiếp nhận 45 đơn, kiến nghị; đã xử lý 40 đơn.", [(45, "đơn", None), (40, "đơn", 45)]),
    ("Đoàn kiểm tra 120 cơ sở, xử lý 15 cơ sở vi phạm.", [(15, "cơ sở", None)]),  # nothing received: no whole
    ("Công an huyện tiếp nhận 412 tin báo, tố giác tội phạm; xử lý 30 vụ vi phạm hành chính.",
     [(412, "tin báo", None), (30, "vụ", None)]),  # another kind: no part of the reports
])
def test_what_was_handled_is_part_of_what_was_received(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures
