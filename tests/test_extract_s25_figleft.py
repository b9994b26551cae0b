"""Session 25, figures left open: an assigned or planned total then the progress made against it
(`figure_assigned`), and a count of targets set as a figure."""

from __future__ import annotations

from store.extract import extract_article
from store.extract.figure_assigned import assigned_total, plan_sentence

_HEAD = ("Đoàn giám sát làm việc tại xã Nam Đàn\n\nSáng 12/11/2025, ông Hoàng Văn Nhiên, Trưởng Ban Kinh tế - Ngân "
         "sách HĐND tỉnh Nghệ An, dẫn đầu đoàn giám sát làm việc tại xã Nam Đàn. ")


def _figures(body: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_article(_HEAD + body).record["figures"]}


def test_counts_told_as_progress_are_parts_of_the_assigned_total() -> None:
    found = _figures("Năm nay xã được giao xây mới 58 căn nhà cho hộ nghèo, đến nay đã khởi công 50 căn, hoàn "
                     "thành 41 căn.")
    assert found[58].get("of") is None
    assert found[50]["of"] == 58
    assert found[41]["of"] == 58


def test_a_plan_told_with_its_progress_is_reporting() -> None:
    found = _figures("Theo kế hoạch, vụ mùa năm nay xã gieo cấy 920 ha lúa, đến nay đã gieo được 315 ha.")
    assert found[315]["of"] == 920
    assert 920 in found


def test_a_plan_still_to_come_stays_an_aim() -> None:
    assert _figures("Theo kế hoạch, năm 2026 xã sẽ xây dựng 3 nhà văn hóa và 12 phòng học.") == {}
    assert plan_sentence("Theo kế hoạch, năm 2026 xã sẽ xây dựng 3 nhà văn hóa.")
    assert not plan_sentence("Theo kế hoạch, xã gieo cấy 920 ha, đến nay đã gieo 315 ha.")


def test_targets_set_are_counted_and_those_met_after_a_stop_are_of_them() -> None:
    found = _figures("Nghị quyết của Đảng bộ xã đề ra 18 chỉ tiêu. Đến nay, xã đã đạt 15 chỉ tiêu.")
    assert found[18].get("of") is None
    assert found[15]["of"] == 18


def test_the_level_a_target_sets_stays_out() -> None:
    assert 73.2 not in _figures("Tỷ lệ đạt 57,46%. Nghị quyết đề ra 73,20%.")


def test_what_was_received_without_progress_is_no_assigned_total() -> None:
    text = "Xã tiếp nhận 40 căn nhà, hoàn thành 30 căn"
    assert not assigned_total(text, text.index("40"), text.index("40") + 2, text.index("30"))
    text = "Xã được giao 40 căn nhà; đến nay 30 căn"
    assert not assigned_total(text, text.index("40"), text.index("40") + 2, text.index("30"))
    text = "Xã được giao 40 căn nhà, đến nay đã hoàn thành 30 căn"
    assert assigned_total(text, text.index("40"), text.index("40") + 2, text.index("30"))
