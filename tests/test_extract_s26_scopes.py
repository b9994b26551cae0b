"""Session 26: counts that only name what a sentence is about (`figure_scopes.scope_count`): after "cả", a sentence's
bare subject with a count of its own after the verb, a count inside "về việc ..."."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_scopes import scope_count

_HEAD = ("Đoàn giám sát làm việc tại xã Ba Tơ\n\nSáng 14/10/2025, ông Nguyễn Văn Hòa, Trưởng Ban Pháp chế HĐND tỉnh "
         "Quảng Ngãi, dẫn đầu đoàn giám sát làm việc tại xã Ba Tơ. ")


def _values(body: str) -> list[float]:
    return [f["value"] for f in extract_article(_HEAD + body).record["figures"]]


def _scope(text: str, count: str, unit: str, whole: float | None = None) -> bool:
    start = text.index(count)
    return scope_count(text, start, start + len(count), unit, whole)


@pytest.mark.parametrize(("text", "count", "unit"), [
    ("Bếp ăn của cả hai trường đã được cấp giấy chứng nhận.", "hai trường", "trường"),
    ("Tất cả 6 nhiệm vụ được giao đúng hạn.", "6 nhiệm vụ", "nhiệm vụ"),
    ("Năm học này, hai trường tuyển mới 214 học sinh.", "hai trường", "trường"),
    ("Năm 2025, 3 xã tiếp nhận hơn 1.200 hồ sơ.", "3 xã", "xã"),
    ("Xã đã giải quyết 30 hồ sơ; 2 thôn hỗ trợ 15 hộ.", "2 thôn", "thôn"),
    ("Sau nhiều lần trao đổi về việc bố trí đất ở cho hơn 200 hộ dân, đoàn đã về xã.", "200 hộ", "hộ"),
])
def test_counts_naming_what_is_reported_on(text: str, count: str, unit: str) -> None:
    assert _scope(text, count, unit)


@pytest.mark.parametrize(("text", "count", "unit"), [
    ("3 xã đã hoàn thành sáp nhập thôn.", "3 xã", "xã"),  # no count after the verb: the result itself
    ("Khối trường học có 3 đơn vị nợ 140 triệu đồng.", "3 đơn vị", "đơn vị"),  # found, with "có"
    ("Trong đó, 2 xã đạt 19 tiêu chí.", "2 xã", "xã"),  # a part, a group by its criteria
    ("2 xã đạt 19 tiêu chí.", "2 xã", "xã"),  # the level names the group (`figure_criteria_groups`)
    ("2 xã đạt 100% hộ dùng nước sạch.", "2 xã", "xã"),  # a share reached
    ("Năm 2025, 4 xã và 2 phường tiếp nhận 900 hồ sơ.", "4 xã", "xã"),  # a list, not one subject
    ("Xã có 14 trường với 3.000 học sinh.", "14 trường", "trường"),  # what the place has
])
def test_counts_that_are_findings(text: str, count: str, unit: str) -> None:
    assert not _scope(text, count, unit)


def test_a_share_or_a_fraction_after_ca_is_left_alone() -> None:
    assert not _scope("cả 100% số thôn", "100%", "%")
    assert not _scope("cả 14/14 xã đều đạt", "14/14 xã", "xã", 14)


def test_in_an_article() -> None:
    values = _values("Qua kiểm tra, nhà bếp của cả 2 trường đều sạch sẽ. Năm học 2025 - 2026, hai trường tuyển mới "
                     "186 học sinh. Khối trường học có 3 đơn vị nợ 95 triệu đồng.")
    assert 186 in values and 3 in values and 2 not in values


@pytest.mark.parametrize(("body", "kept", "left"), [
    ("Các nhà hảo tâm đã hỗ trợ bà con 2,5 tấn cá khô và 800 kg đường.", [2.5, 800], []),
    ("Xã đã cấp phát cho bà con 1,2 tấn thịt lợn.", [1.2], []),
    ("Xã được hỗ trợ giống ngô, năng suất khoảng 5 tấn/ha.", [], [5]),
    ("Năm nay toàn xã thu hoạch 950 tấn lúa.", [], [950]),
])
def test_tons_in_a_gift_list_count_as_kilos_there_do(body: str, kept: list[float], left: list[float]) -> None:
    values = _values(body)
    assert all(v in values for v in kept) and not any(v in values for v in left)


def test_including_all_is_no_scope() -> None:
    # "chưa bao gồm cả 40 hồ sơ" counts 40 left out (figure_wholes.LEFT_OUT), "kể cả" one put in: "cả" there is
    # "including", not "all of" (the two rules met in s26/merge)
    text = "Xã đã giải quyết 1.600 hồ sơ, chưa bao gồm cả 40 hồ sơ tồn từ năm trước."
    start = text.index("40")
    assert not scope_count(text, start, start + len("40 hồ sơ"), "hồ sơ", None)
    text = "Bếp ăn của cả hai trường đã được cấp giấy chứng nhận."
    start = text.index("hai")
    assert scope_count(text, start, start + len("hai trường"), "trường", None)
