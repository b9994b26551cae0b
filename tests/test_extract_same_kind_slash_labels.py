"""A count whose whole of the same kind follows a slash ("6.215 người/tổng số 6.840 người dân tham gia ..."): the
whole is the figure's `of`, so its label names the kind once (session 36, lead; fresh78's t3145/t3147 showed the
class: the label dragged "/tổng số 6.840 người" in)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_label_slash import without_same_kind_whole

HEAD = ("Giám sát tại xã Yên Sơn\n\nSáng 12/4/2022, Đoàn giám sát của HĐND huyện Đô Lương do bà Nguyễn Thị Hằng, "
        "Trưởng ban, làm trưởng đoàn đã làm việc với UBND xã Yên Sơn.\n\n")


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("Toàn xã có 6.215 người/tổng số 6.840 người dân tham gia bảo hiểm y tế.", 6215,
     "Người dân tham gia bảo hiểm y tế"),
    ("Toàn xã có 6.215 người/6.840 người dân tham gia bảo hiểm y tế.", 6215, "Người dân tham gia bảo hiểm y tế"),
    ("Xã đã giải quyết đúng hạn 1.046 hồ sơ / tổng 1.060 hồ sơ tiếp nhận, đạt 98,7%.", 98.7, "Tỷ lệ hồ sơ tiếp nhận"),
    # look-alikes: a whole of another kind keeps its reading (figure_label_slash), a bare fraction its own
    ("Xã có 8.940 tài khoản thanh toán/21.306 hộ dân được mở, đạt 42%.", 8940,
     "Tài khoản thanh toán của hộ dân được mở"),
    ("Xã đã giải quyết 2.415/2.460 hồ sơ đúng hạn.", 2415, "Hồ sơ giải quyết đúng hạn"),
])
def test_a_whole_of_the_same_kind_leaves_the_label(sentence: str, value: float, label: str) -> None:
    figures = extract_article(HEAD + sentence, today=date(2026, 12, 1)).record["figures"]
    assert [f["label"] for f in figures if f["value"] == value] == [label]


@pytest.mark.parametrize(("label", "expected"), [
    ("Người/tổng số 6.840 người dân tham gia", "Người dân tham gia"),
    ("Hồ sơ / trên tổng số 340 hồ sơ", "Hồ sơ"),
    ("Tài khoản thanh toán/21.306 hộ dân", "Tài khoản thanh toán/21.306 hộ dân"),  # another kind: not this rule
    ("Hồ sơ giải quyết đúng hạn", "Hồ sơ giải quyết đúng hạn"),
])
def test_without_same_kind_whole(label: str, expected: str) -> None:
    assert without_same_kind_whole(label) == expected
