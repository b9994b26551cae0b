"""Session 36 figures18 (issue 12): power and energy counted as a total or a result (figure_power); a place's people of
working age as its make-up, its staff still a figure (figure_working_age); counts in "sổ", "phiếu", "thông tin", the
team's own survey forms none (figure_forms). Sentences of my own: each first group fails on the base, the look-alikes
pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import COUNCIL_LEAD, TODAY


def _counted(said: str) -> list[tuple[float | int, str]]:
    return [(f["value"], f["unit"]) for f in extract_article(COUNCIL_LEAD + said, today=TODAY).record["figures"]]


@pytest.mark.parametrize(("said", "counted"), [
    pytest.param("Xã có 12 công trình thủy điện với tổng công suất lắp máy 215,6 MW.",
                 [(12, "công trình"), (215.6, "MW")], id="a-total-capacity-in-mw"),
    pytest.param("Xã đã vận động 36 hộ lắp điện mặt trời với tổng công suất 420 kW.", [(36, "hộ"), (420, "kW")],
                 id="a-total-capacity-in-kw"),
    pytest.param("Năm 2025, các trường học đã tiết kiệm 125.000 kWh điện.", [(125_000, "kWh")], id="energy-saved"),
    pytest.param("Sản lượng điện của các nhà máy đạt 820 triệu kWh.", [(820_000_000, "kWh")],
                 id="output-with-a-scale-word"),
    pytest.param("Tổng công suất lắp máy 4,274.55 MW.", [(4274.55, "MW")], id="typed-the-english-way"),
])
def test_power_and_energy_as_totals_or_results_are_figures(said: str, counted: list) -> None:
    assert _counted(said) == counted


@pytest.mark.parametrize(("said", "counted"), [
    pytest.param("Nhà máy có máy phát điện dự phòng công suất 250 kW.", [], id="one-machines-capacity"),
    pytest.param("Nhà máy có công suất 1.200 MW.", [], id="one-plants-capacity"),
    pytest.param("Mỗi tháng nhà máy tiêu thụ khoảng 45.000 kWh/tháng.", [], id="a-use-per-month"),
    pytest.param("Bình quân mỗi hộ tiêu thụ 150 kWh điện.", [], id="a-use-per-home"),
    pytest.param("Nhà máy nước có công suất 3.000 m3/ngày đêm.", [], id="a-supplys-capacity"),
])
def test_capacities_and_rates_are_no_figures(said: str, counted: list) -> None:
    assert _counted(said) == counted


@pytest.mark.parametrize(("said", "counted"), [
    pytest.param("Toàn xã có 1.850 hộ; tổng số lao động trong độ tuổi là 4.318 lao động.", [],
                 id="total-of-working-age-labour"),
    pytest.param("Toàn xã có 2.400 lao động trong độ tuổi.", [], id="the-place-has-working-age-labour"),
    pytest.param("Số người trong độ tuổi lao động là 5.120 người.", [], id="working-age-people-as-a-subject"),
    pytest.param("Lực lượng lao động của xã hiện có khoảng 8.900 người.", [], id="the-labour-force"),
])
def test_a_places_working_age_people_are_its_make_up(said: str, counted: list) -> None:
    assert _counted(said) == counted


@pytest.mark.parametrize(("said", "counted"), [
    pytest.param("Xã đã giải quyết việc làm cho 320 lao động.", [(320, "lao động")], id="workers-given-jobs"),
    pytest.param("Xã đã đào tạo nghề cho 85 lao động trong độ tuổi.", [(85, "lao động")], id="workers-trained"),
    pytest.param("Lao động trong độ tuổi được đào tạo nghề là 1.200 người.", [(1200, "người")],
                 id="something-done-to-them"),
    pytest.param("Xã có 6.500 người trong độ tuổi lao động, trong đó 3.200 người đã qua đào tạo.",
                 [(6500, "người"), (3200, "người")], id="split-at-once-into-a-part"),
    pytest.param("Đoàn ghi nhận xã có 38 cán bộ, công chức.", [(38, "cán bộ")], id="a-communes-staff"),
    pytest.param("UBND xã hiện có 22 cán bộ, công chức và 9 người hoạt động không chuyên trách.",
                 [(22, "cán bộ"), (9, "người")], id="a-communes-staff-and-part-timers"),
])
def test_workers_the_work_reached_and_a_communes_staff_stay(said: str, counted: list) -> None:
    assert _counted(said) == counted


@pytest.mark.parametrize(("said", "counted"), [
    pytest.param("Công an xã đã làm sạch 3.400 thông tin dân cư.", [(3400, "thông tin")], id="data-items"),
    pytest.param("Xã đã thu nhận 1.250 phiếu thu thập thông tin.", [(1250, "phiếu")], id="forms-collected"),
    pytest.param("UBND xã đã cấp 85 sổ hộ nghèo.", [(85, "sổ")], id="record-books"),
    pytest.param("Theo báo cáo, xã đã thu về 480 phiếu lấy ý kiến.", [(480, "phiếu")], id="the-communes-own-survey"),
])
def test_counts_in_books_forms_and_data_items_are_read(said: str, counted: list) -> None:
    assert _counted(said) == counted


@pytest.mark.parametrize(("said", "counted"), [
    pytest.param("Đoàn đã phát 200 phiếu khảo sát cho người dân.", [], id="the-teams-own-forms"),
    pytest.param("Tổ công tác thu về 150 phiếu.", [], id="forms-the-team-collected"),
    pytest.param("Đoàn nghe báo cáo, xã đã tiếp nhận 640 phiếu đề nghị.", [(640, "phiếu")], id="a-report-heard"),
])
def test_the_teams_own_forms_are_no_figure(said: str, counted: list) -> None:
    assert _counted(said) == counted
