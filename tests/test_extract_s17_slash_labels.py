"""Labels of a count and the whole of another kind after its slash (session 17, issue 12): the clause's words go
with the part, the whole is the total it is, a rate after them is the whole's share that has the part."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_label_slash import slash_pairs
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2023, Đoàn giám sát của HĐND tỉnh Lạng Sơn đã làm việc tại huyện Tràng Định. "


def labels(said: str) -> list[tuple[float | int, str]]:
    return [(f["value"], f["label"]) for f in extract_article(_LEAD + said, today=TODAY).record["figures"]]


@pytest.mark.parametrize("said, expected", [
    ("Huyện đã có 8.940 tài khoản thanh toán/21.306 hộ dân được mở, đạt 42%.",
     [(8940, "Tài khoản thanh toán của hộ dân được mở"), (21306, "Tổng số hộ dân"),
      (42, "Tỷ lệ hộ dân có tài khoản thanh toán")]),
    ("Huyện có 4.206 tài khoản/5.918 hộ dân dùng ví điện tử, đạt 71%.",  # the clause says what the homes do
     [(4206, "Tài khoản của hộ dân dùng ví điện tử"), (5918, "Tổng số hộ dân"), (71, "Tỷ lệ hộ dân dùng ví điện tử")]),
    ("Huyện có 5.128 ví điện tử/15.124 hộ nghèo.", [(5128, "Ví điện tử của hộ nghèo"), (15124, "Tổng số hộ nghèo")]),
    ("Đã có 10.330 tài khoản/15.124 hộ đã mở tài khoản thanh toán, đạt 68%.",  # never "tài khoản ... mở tài khoản"
     [(10330, "Tài khoản của hộ"), (15124, "Tổng số hộ"), (68, "Tỷ lệ hộ mở tài khoản thanh toán")]),
])
def test_a_part_and_its_whole_of_another_kind_read_as_a_reader_writes_them(said: str, expected: list) -> None:
    assert labels(said) == expected


@pytest.mark.parametrize("said, expected", [
    ("Các xã hướng dẫn 3.150 người/2.870 hộ kinh doanh cài đặt mã QR.",  # a smaller whole: two things done
     [(3150, "Người được hướng dẫn"), (2870, "Hộ kinh doanh cài đặt mã QR")]),
    ("Phường đã bố trí 18 khu vực bỏ phiếu/18 tổ bầu cử.",  # an election's pair, no part of a whole
     [(18, "Khu vực bỏ phiếu bố trí"), (18, "Tổ bầu cử")]),
    ("Xã đã giải quyết 2.415/2.460 hồ sơ.", [(2415, "Hồ sơ giải quyết")]),  # one kind: as before
])
def test_pairs_that_are_no_part_and_whole_keep_their_labels(said: str, expected: list) -> None:
    assert labels(said) == expected


def test_a_pair_is_keyed_by_both_numbers_and_never_by_a_smaller_whole() -> None:
    text = "có 8.940 tài khoản thanh toán/21.306 hộ dân được mở; 3.150 người/2.870 hộ"
    pairs = slash_pairs(text)
    assert sorted(pairs) == [text.index("8.940"), text.index("21.306")]
    assert pairs[text.index("8.940")].share == "hộ dân có tài khoản thanh toán"
