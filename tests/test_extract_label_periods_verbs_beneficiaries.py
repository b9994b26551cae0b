"""Session 35 figures17 (issue 12): a count's label that ended on a time word ("Hồ sơ trực tuyến năm"), lost a
record-keeping verb the label words lacked ("cập nhật", "xác thực"), or ran on into whom the record was for ("... cho
hộ nghèo"). `figure_label_words._PERIOD_AFTER`, `_VERBS`; `figure_label_actions._FOR_WHOM`. Sentences of my own;
each first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from tests.leads import labels_said as _figures


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Xã đã tiếp nhận 2.415 hồ sơ trực tuyến năm 2025.", [(2415, "Hồ sơ trực tuyến tiếp nhận")],
                 id="a-year"),
    pytest.param("Xã đã giải quyết 640 hồ sơ đất đai tháng 10.", [(640, "Hồ sơ đất đai giải quyết")], id="a-month"),
    pytest.param("Xã đã tiếp nhận 118 đơn kiến nghị quý III.", [(118, "Đơn kiến nghị tiếp nhận")], id="a-quarter"),
    pytest.param("Xã đã số hóa 730 hồ sơ hộ tịch trong năm 2024.", [(730, "Hồ sơ hộ tịch số hóa")],
                 id="in-a-year"),
])
def test_a_period_after_the_kind_is_dropped_whole(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Công an xã đã cập nhật 3.160 thẻ căn cước.", [(3160, "Thẻ căn cước cập nhật")], id="updated"),
    pytest.param("Công an xã đã xác thực 1.927 tài khoản định danh điện tử.",
                 [(1927, "Tài khoản định danh điện tử xác thực")], id="verified"),
    pytest.param("Xã đã xác thực 2.318 tài khoản định danh và cập nhật 476 hồ sơ cư trú.",
                 [(2318, "Tài khoản định danh xác thực"), (476, "Hồ sơ cư trú cập nhật")], id="both-after-va"),
])
def test_a_record_keeping_verb_keeps_its_action(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Xã đã cấp 312 thẻ bảo hiểm y tế cho hộ nghèo.", [(312, "Thẻ bảo hiểm y tế cấp")], id="for-the-poor"),
    pytest.param("Xã đã tiếp nhận 96 hồ sơ đất đai của người dân.", [(96, "Hồ sơ đất đai tiếp nhận")],
                 id="of-the-people"),
    pytest.param("Xã đã số hóa 205 hồ sơ ưu đãi của người có công.", [(205, "Hồ sơ ưu đãi số hóa")],
                 id="of-those-with-merit"),
])
def test_a_beneficiary_tail_is_dropped(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Năm 2025, xã đã tiếp nhận 1.204 hồ sơ trực tuyến.", [(1204, "Hồ sơ trực tuyến tiếp nhận")],
                 id="the-year-said-first"),
    pytest.param("Xã đã kích hoạt 845 tài khoản định danh điện tử mức 2.",
                 [(845, "Tài khoản định danh điện tử mức 2")], id="a-level-number-is-no-period"),
    pytest.param("Xã đã tiếp nhận 215 hồ sơ đất đai của Công ty Thành Đạt.",
                 [(215, "Hồ sơ đất đai của Công ty Thành Đạt")], id="a-named-owner"),
    pytest.param("Đoàn đã kiểm tra 40 hồ sơ trợ cấp cho người cao tuổi.",
                 [(40, "Hồ sơ trợ cấp cho người cao tuổi")], id="no-record-keeping-verb"),
    pytest.param("Xã đã cấp quà cho 58 người cao tuổi.", [(58, "Người cao tuổi được cấp quà")],
                 id="the-beneficiary-counted"),
    pytest.param("Xã đã tiếp nhận 75 hồ sơ của hộ nghèo.", [(75, "Hồ sơ tiếp nhận")], id="no-kind-before-whom"),
])
def test_look_alikes_keep_their_labels(said: str, labels: list) -> None:
    assert _figures(said) == labels
