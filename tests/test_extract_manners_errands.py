"""Session 35 figures16 (issue 12): a count's label that kept its kind or manner and lost its action
(figure_label_actions: files "trực tuyến", a timeliness after a settling verb, kinds of four to six words, a second
verb run on after "và"); an errand of one told with no honorific (figure_errands: one official counted and sent, an
official named by his post); a percent told as a change, filed under no rate's metric (figure_changes,
metric_states.changed). Sentences of my own; each first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.metrics import metric_of
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "


def _figures(said: str) -> list[tuple[float | int, str]]:
    return [(f["value"], f["label"]) for f in extract_article(_LEAD + said, today=TODAY).record["figures"]]


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Bộ phận một cửa đã tiếp nhận 1.318 hồ sơ trực tuyến.", [(1318, "Hồ sơ trực tuyến tiếp nhận")],
                 id="received-online"),
    pytest.param("Xã đã giải quyết 730 hồ sơ trực tuyến toàn trình.",
                 [(730, "Hồ sơ trực tuyến toàn trình giải quyết")], id="settled-online-in-full"),
    pytest.param("Xã đã giải quyết 1.102 hồ sơ trực tuyến và cấp mới 274 tài khoản định danh.",
                 [(1102, "Hồ sơ trực tuyến giải quyết"), (274, "Tài khoản định danh cấp mới")],
                 id="a-second-verb-after-va"),
    pytest.param("Trong năm, xã giải quyết 845 hồ sơ đúng hạn.", [(845, "Hồ sơ giải quyết đúng hạn")],
                 id="settled-on-time"),
    pytest.param("Xã đã trả kết quả 36 hồ sơ quá hạn.", [(36, "Hồ sơ trả kết quả quá hạn")], id="returned-late"),
    pytest.param("Xã đã số hóa 2.460 hồ sơ hộ tịch khai sinh cũ.", [(2460, "Hồ sơ hộ tịch khai sinh cũ số hóa")],
                 id="a-kind-of-four-words"),
    pytest.param("Xã đã lắp đặt 48 camera an ninh khu dân cư.", [(48, "Camera an ninh khu dân cư lắp đặt")],
                 id="a-kind-of-five-words"),
])
def test_a_counts_label_keeps_its_action(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Xã đã tiếp nhận 1.540 hồ sơ.", [(1540, "Hồ sơ tiếp nhận")], id="a-bare-unit"),
    pytest.param("Xã đã giải quyết đúng hạn 1.180 hồ sơ.", [(1180, "Hồ sơ giải quyết đúng hạn")],
                 id="timeliness-before-the-count"),
    pytest.param("Xã đã kiểm tra 45 hồ sơ trực tuyến.", [(45, "Hồ sơ trực tuyến")], id="a-verb-not-of-the-list"),
    pytest.param("Xã đã số hóa 1.205 hồ sơ của người dân xã Vũ Lễ.", [(1205, "Hồ sơ số hóa")], id="whose"),
    pytest.param("Xã đã kích hoạt 640 tài khoản định danh điện tử mức 2.",
                 [(640, "Tài khoản định danh điện tử mức 2")], id="a-digit-in-the-kind"),
    pytest.param("Xã đã tiếp nhận 30 hồ sơ đúng hạn.", [(30, "Hồ sơ đúng hạn")], id="timeliness-after-taking-in"),
    pytest.param("Xã đã cấp 12 giấy phép xây dựng nhà ở riêng lẻ cho hộ dân.",
                 [(12, "Giấy phép xây dựng nhà")], id="a-kind-with-a-verb"),
    pytest.param("Xã đã thành lập 18 tổ công nghệ số cộng đồng.", [(18, "Tổ công nghệ số cộng đồng")],
                 id="a-body-set-up-by-its-long-name"),
])
def test_look_alikes_keep_their_labels(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Tại thời điểm kiểm tra, 1 công chức được cử đi tập huấn tại tỉnh.", [], id="one-sent-to-train"),
    pytest.param("Xã có 15 công chức, 01 cán bộ văn phòng được phân công trực tại thôn.", [15],
                 id="one-clerk-assigned"),
    pytest.param("Quầy địa chính vắng do 01 công chức được điều động hỗ trợ đo đạc.", [], id="one-moved"),
    pytest.param("Công chức địa chính vắng mặt vì được giao đo đạc 1 thửa đất.", [], id="a-post-sent"),
    pytest.param("Khi đoàn đến, công chức tư pháp - hộ tịch được phân công đi xác minh 1 trường hợp.", [],
                 id="a-post-with-a-dash"),
])
def test_an_errand_of_one_with_no_honorific_is_no_figure(said: str, values: list) -> None:
    assert [value for value, _ in _figures(said)] == values


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Năm 2025, xã có 3 cán bộ được cử đi học lớp trung cấp chính trị.", [3], id="three-sent"),
    pytest.param("Tổ công tác của xã được giao xác minh 1 trường hợp khiếu nại.", [1], id="a-body"),
    pytest.param("Có 1 công chức vắng mặt không lý do.", [1], id="one-absent-no-errand"),
    pytest.param("Công chức tư pháp đã giải quyết 1 trường hợp tồn đọng.", [1], id="a-post-did-the-work"),
    pytest.param("Công chức tư pháp cho biết, xã còn 01 hồ sơ quá hạn.", [1], id="a-post-speaks"),
    pytest.param("Các công chức được giao rà soát 1 trường hợp tranh chấp.", [1], id="posts-in-the-plural"),
    pytest.param("Có 1 cán bộ được khen thưởng.", [1], id="one-praised"),
])
def test_counts_of_one_that_are_results_stay(said: str, values: list) -> None:
    assert [value for value, _ in _figures(said)] == values


def _metrics(said: str) -> list[tuple[float | int, str | None]]:
    return [(f["value"], metric_of(f)) for f in extract_article(_LEAD + said, today=TODAY).record["figures"]]


@pytest.mark.parametrize(("said", "metrics"), [
    pytest.param("Số hồ sơ giải quyết đúng hạn tăng 4,5% so với cùng kỳ.", [(4.5, None)], id="on-time-grew"),
    pytest.param("Số hồ sơ nộp trực tuyến tăng 150% so với năm trước.", [(150, None)], id="online-grew-past-100"),
    pytest.param("Hồ sơ đúng hạn giảm 3% so với quý trước.", [(3, None)], id="on-time-fell"),
    pytest.param("Tỷ lệ hồ sơ trực tuyến đạt 86,4%, tăng 9,2% so với năm 2024.",
                 [(86.4, "ty-le-truc-tuyen"), (9.2, None)], id="a-share-then-its-change"),
])
def test_a_percent_told_as_a_change_is_no_share(said: str, metrics: list) -> None:
    assert _metrics(said) == metrics


@pytest.mark.parametrize(("said", "metrics"), [
    pytest.param("Tỷ lệ hồ sơ đúng hạn đạt 98,7%.", [(98.7, "ty-le-dung-han")], id="a-share"),
    pytest.param("Tỷ lệ hồ sơ trực tuyến đã tăng lên 78%.", [(78, "ty-le-truc-tuyen")], id="a-level-raised-to"),
    pytest.param("Xã tiếp nhận 1.240 hồ sơ, trong đó hồ sơ trực tuyến chiếm 72%.",
                 [(1240, "ho-so-tiep-nhan"), (72, "ty-le-truc-tuyen")], id="a-part-of-the-files"),
])
def test_shares_and_levels_keep_their_metric(said: str, metrics: list) -> None:
    assert _metrics(said) == metrics


@pytest.mark.parametrize(("label", "metric"), [
    ("Tỷ lệ hồ sơ nộp trực tuyến tăng", None),
    ("Tỷ lệ hồ sơ đúng hạn giảm", None),
    ("Tỷ lệ hồ sơ trực tuyến tăng thêm", None),
    ("Tỷ lệ hồ sơ trực tuyến", "ty-le-truc-tuyen"),
    ("Tỷ lệ hồ sơ đúng hạn tăng lên", "ty-le-dung-han"),
])
def test_a_saved_change_is_filed_under_no_rate(label: str, metric: str | None) -> None:
    assert metric_of({"value": 5, "unit": "%", "label": label}) == metric
