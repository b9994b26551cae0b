"""Session 32 figures11 (issue 12): bare members of a run told in turn take the last member's unit (rates with the
sign on the last only, counts and sums after a long subject: figure_in_turn_members), holders of an office counted as
an event (figure_office_counts), and "tập trung về 1 điểm" as no count (figure_one_point). Sentences of my own; each
first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "


def read(text: str) -> list[tuple[float | int, str]]:
    return [(n[0], n[2]) for n in numbers_in(text)]


# -- runs told in turn, the unit on the last member ------------------------------------------------------------------

RUNS = [
    pytest.param("Tỷ lệ hồ sơ đúng hạn ba quý lần lượt đạt 88, 90 và 93%.", [(88, "%"), (90, "%"), (93, "%")],
                 id="three-rates-and"),
    pytest.param("Tỷ lệ thanh toán trực tuyến ba năm qua đạt 85, 91, 96%.", [(85, "%"), (91, "%"), (96, "%")],
                 id="three-rates-after-a-rate-verb"),
    pytest.param("Tỷ lệ hồ sơ trực tuyến năm 2023 và năm 2024 lần lượt là 76 và 89%.", [(76, "%"), (89, "%")],
                 id="two-rates-and"),
    pytest.param("Tỷ lệ hài lòng hai quý tương ứng 92 và 96%.", [(92, "%"), (96, "%")], id="rates-corresponding"),
    pytest.param("Trong năm 2024 và 9 tháng năm 2025, số hồ sơ mà Trung tâm Phục vụ hành chính công xã tiếp nhận "
                 "qua dịch vụ công trực tuyến lần lượt là 3.150 và 2.870 hồ sơ.",
                 [(3150, "hồ sơ"), (2870, "hồ sơ")], id="counts-after-a-long-subject"),
    pytest.param("Số hồ sơ tiếp nhận trong năm 2024 và năm 2025 lần lượt là 1.240 và 1.105 hồ sơ.",
                 [(1240, "hồ sơ"), (1105, "hồ sơ")], id="counts-after-two-periods"),
    pytest.param("Năm 2023, 2024 và 2025, xã lần lượt đạt 2.100, 1.950 và 1.700 tài khoản.",
                 [(2100, "tài khoản"), (1950, "tài khoản"), (1700, "tài khoản")], id="three-counts"),
    pytest.param("Số tiền được miễn năm 2024 và năm 2025 tương ứng là 45 và 62 triệu đồng.",
                 [(45_000_000, "đồng"), (62_000_000, "đồng")], id="sums-corresponding"),
    pytest.param("Vốn cho hai hạng mục, triển khai từ năm 2024, lần lượt là 1,2 và 0,8 tỷ đồng.",
                 [(1_200_000_000, "đồng"), (800_000_000, "đồng")], id="sums-in-billions"),
]
RUN_LOOK_ALIKES = [
    pytest.param("Tỷ lệ số hóa kết quả đạt 97, 52%.", [(97.52, "%")], id="spaced-decimal"),
    pytest.param("Số hồ sơ trễ hạn là 88 và 93% hồ sơ được trả đúng hạn.", [(88, "hồ sơ"), (93, "%")],
                 id="a-count-and-a-rate-of-two-subjects"),
    pytest.param("Tỷ lệ của xã A đạt 88 và xã B đạt 93%.", [(93, "%")], id="two-subjects-each-with-its-verb"),
    pytest.param("Đến nay có 3 xã, 90% hộ dân dùng ứng dụng.", [(90, "%")], id="a-count-before-a-rate"),
    pytest.param("Tỷ lệ lần lượt là 120 và 95%.", [(95, "%")], id="no-run-of-rates-over-100"),
    pytest.param("Tỷ lệ thanh toán đạt 85, 91%.", [(85.91, "%")], id="two-members-and-a-comma-no-in-turn"),
    pytest.param("Hai thôn lần lượt có 12 và 9 hộ.", [(9, "hộ")], id="no-in-turn-verb"),
    pytest.param("Tỷ lệ lần lượt là 95%, 97% và 99%.", [(95, "%"), (97, "%"), (99, "%")], id="each-with-its-sign"),
]


@pytest.mark.parametrize(("text", "values"), RUNS + RUN_LOOK_ALIKES)
def test_a_run_told_in_turn_gives_each_member_the_last_ones_unit(text: str, values: list[tuple]) -> None:
    assert read(text) == values


def test_rates_with_the_sign_on_the_last_carry_the_subjects_label() -> None:
    said = "Theo báo cáo, tỷ lệ hồ sơ đúng hạn trong quý I, quý II và quý III lần lượt đạt 88, 90 và 93%."
    got = {f["value"]: f["label"] for f in extract_article(_LEAD + said, today=TODAY).record["figures"]}
    assert got == {88: "Tỷ lệ hồ sơ đúng hạn", 90: "Tỷ lệ hồ sơ đúng hạn", 93: "Tỷ lệ hồ sơ đúng hạn"}


# -- holders of an office counted as an event ------------------------------------------------------------------------

OFFICES = [
    pytest.param("Đoàn ghi nhận hai chủ tịch xã vắng mặt trong giờ làm việc.", [(2, "chủ tịch")], id="in-words"),
    pytest.param("Có 02 phó chủ tịch UBND phường nghỉ hưu trước tuổi.", [(2, "phó chủ tịch")], id="vice-chairs"),
    pytest.param("Trong tháng có 2 bí thư chi bộ được luân chuyển.", [(2, "bí thư")], id="secretaries"),
    pytest.param("Đã có 4 trưởng thôn được bầu mới.", [(4, "trưởng thôn")], id="hamlet-heads"),
    pytest.param("Sau sắp xếp, 7 tổ trưởng tổ dân phố xin thôi.", [(7, "tổ trưởng")], id="heads-not-teams"),
]
OFFICE_LOOK_ALIKES = [
    pytest.param("Đoàn gồm 2 Phó Chủ tịch HĐND tỉnh và 5 đại biểu.", [], id="the-teams-members"),
    pytest.param("Phó Chủ tịch thứ hai được bầu tại kỳ họp.", [], id="an-ordinal"),
    pytest.param("Có 2 phó chủ tịch UBND xã.", [], id="no-event"),
    pytest.param("Xã có 2 Bí Thư vắng mặt.", [], id="capitals-a-name"),
    pytest.param("3 cán bộ một cửa được điều động.", [(3, "cán bộ")], id="staff-as-before"),
    pytest.param("Xã thành lập 7 tổ công nghệ số.", [(7, "tổ")], id="teams-as-before"),
]


@pytest.mark.parametrize(("text", "values"), OFFICES + OFFICE_LOOK_ALIKES)
def test_holders_of_an_office_counted_as_an_event(text: str, values: list[tuple]) -> None:
    assert read(text) == values


# -- gathered at one point ------------------------------------------------------------------------------------------

POINTS = [
    pytest.param("Các thủ tục được tập trung về 1 điểm tại Trung tâm.", [], id="gathered"),
    pytest.param("Hồ sơ nay đã quy về 01 điểm là bộ phận một cửa.", [], id="brought-back"),
    pytest.param("Mọi thủ tục đã được gom về 1 điểm là Trung tâm.", [], id="collected"),
    pytest.param("Thủ tục được tập trung về 1 điểm tiếp nhận có 3 quầy.", [(3, "quầy")], id="desks-counted"),
    pytest.param("Xã tập trung về 4 điểm tiếp nhận hồ sơ.", [(4, "điểm")], id="several-points-counted"),
    pytest.param("Xã có 1 điểm tiếp nhận lưu động.", [(1, "điểm")], id="one-point-no-gathering"),
]


@pytest.mark.parametrize(("text", "values"), POINTS)
def test_gathered_at_one_point_is_no_count(text: str, values: list[tuple]) -> None:
    assert read(text) == values
