"""Session 18 figure classes (issue 12): money over money with scale words, hamlets as a full share, boats the report
counts as done, groups of households named by their work, the team's own size in staff words, and a count's label
without its bracketed share."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_label_shares import without_bracketed_share
from tests.leads import figure_triples

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Đoàn giám sát của HĐND tỉnh Quảng Trị đã làm việc tại xã Gio Linh. "
B = 1_000_000_000


@pytest.mark.parametrize("said, figures", [
    ("Xã đã giải ngân 12,5 tỷ đồng/20 tỷ đồng.", [(12.5 * B, "đồng", 20 * B)]),
    ("Xã đã giải ngân 45 tỷ/120 tỷ đồng.", [(45 * B, "đồng", 120 * B)]),
    ("Xã đã chi 960 triệu đồng trên tổng số 1,5 tỷ đồng.", [(960_000_000, "đồng", 1.5 * B)]),  # the whole once
    ("Xã đã giải ngân 45 tỷ trên tổng số 120 tỷ đồng.", [(45 * B, "đồng", 120 * B)]),
    ("Xã đã giải ngân 1,2/3 tỷ đồng.", [(1.2 * B, "đồng", 3 * B)]),  # as before
    ("Xã hỗ trợ 120 hộ/185 triệu đồng.", [(120, "hộ", None), (185_000_000, "đồng", None)]),  # a count with money
    ("Mức hỗ trợ 2 triệu đồng/hộ.", [(2_000_000, "đồng", None)]),  # a rate, no whole
])
def test_money_over_money_with_scale_words_is_a_part_of_its_whole(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Hiện nay 24/24 thôn đã có nhà văn hóa.", [(24, "thôn", 24)]),
    ("Có 8/10 ấp đạt tiêu chuẩn văn hóa.", [(8, "ấp", 10)]),
    ("Đến nay 6/6 ấp được công nhận ấp văn hóa.", [(6, "ấp", 6)]),  # no day: a share
    ("Đoàn đã đến thực tế 2/31 thôn.", []),  # hamlets the team went to
    ("Đoàn khảo sát 3/12 thôn, bản.", []),
    ("Xã có 12 thôn.", []),  # the commune's make-up
    ("Ngày 5/6 thôn Tân Lập họp dân.", []),  # a day and a named hamlet
])
def test_hamlets_as_a_share_are_a_result(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Xã đã hỗ trợ nhiên liệu cho 64 tàu cá.", [(64, "tàu cá", None)]),
    ("Có 148 tàu cá của ngư dân ở các thôn được hỗ trợ nhiên liệu.", [(148, "tàu cá", None)]),
    ("Xã có 210 tàu cá, trong đó 64 tàu được hỗ trợ kinh phí.", [(64, "tàu", None)]),  # the fleet is no figure
    ("Xã hiện có 812 tàu cá.", []),
    ("Đoàn đã kiểm tra 3 tàu cá tại cảng.", []),
])
def test_boats_the_report_counts_as_done_are_figures(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, bound", [
    ("Xã đã lắp đặt thiết bị giám sát hành trình trên 215 tàu cá.", None),  # on the boats
    ("Xã đã hỗ trợ nhiên liệu cho trên 200 tàu cá.", "trên"),  # more than
])
def test_trên_before_boats_a_device_is_mounted_on_is_no_bound(said: str, bound: str | None) -> None:
    draft = extract_article(_LEAD + said)
    labels = [f["label"] for f in draft.record["figures"]]
    assert len(labels) == 1 and labels[0].endswith(" (trên)") == (bound is not None)


@pytest.mark.parametrize("said, figures", [
    ("Xã thành lập 15 nhóm hộ nuôi bò sinh sản.", [(15, "nhóm hộ", None)]),
    ("Huyện hỗ trợ 21 nhóm hộ cùng sở thích trồng cam.", [(21, "nhóm hộ", None)]),
    ("Hộ nghèo được chia thành 3 nhóm hộ theo mức thu nhập.", []),  # kinds
    ("Các hộ được phân thành 2 nhóm hộ chăn nuôi và trồng trọt.", []),  # kinds, though named by work
    ("Xã có 3 nhóm hộ: hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo.", []),
])
def test_groups_of_households_named_by_their_work_are_counted(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("said, figures", [
    ("Đoàn công tác gồm 9 cán bộ, công chức của các sở.", []),
    ("Đoàn có 12 người.", []),
    ("Tham gia đoàn có 8 đại biểu.", []),
    ("Đoàn ghi nhận xã có 26 cán bộ, công chức.", [(26, "cán bộ", None)]),  # the commune's staff
    ("Trung tâm hiện có 12 công chức, viên chức làm việc.", [(12, "công chức", None)]),
    ("Đoàn Thanh niên xã có 120 người tham gia ra quân.", [(120, "người", None)]),  # no visiting team
])
def test_the_teams_own_size_in_staff_words_is_no_figure(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


@pytest.mark.parametrize("label, readable", [
    ("(89%) hồ sơ trực tuyến", "Hồ sơ trực tuyến"),
    ("Tỷ lệ (chiếm 73,4%) hồ sơ trực tuyến", "Tỷ lệ hồ sơ trực tuyến"),
    ("Hồ sơ (89%)", "Hồ sơ (89%)"),  # nothing after the bracket: left as it is
    ("Hồ sơ trực tuyến", "Hồ sơ trực tuyến"),
])
def test_a_bracketed_share_leaves_the_label(label: str, readable: str) -> None:
    assert without_bracketed_share(label) == readable


def test_a_count_and_its_bracketed_share_are_labelled_without_the_bracket() -> None:
    said = "Xã đã tiếp nhận 1.840 hồ sơ, trong đó có 1.602 (87%) hồ sơ nộp trực tuyến."
    record = extract_article(_LEAD + said).record
    labels = {f["value"]: f["label"] for f in record["figures"]}
    assert labels[1602] == "Hồ sơ nộp trực tuyến"
    assert labels[87] == "Tỷ lệ hồ sơ nộp trực tuyến"
