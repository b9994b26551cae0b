"""Session 16 figure classes (issue 12): a place's own size, sums per household with words before them, labels."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, figure_triples

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Đoàn giám sát của HĐND tỉnh Quảng Ngãi đã làm việc tại xã Trà Bồng. "


@pytest.mark.parametrize("said, figures", [
    ("Xã có 1.522 hộ, 6.000 nhân khẩu.", []),  # the commune described: no figure (the convention of session 16)
    ("Toàn xã có 06 thôn với 554 hộ và 2.289 nhân khẩu.", []),
    ("Xã có diện tích 45 km2 với 4.364 hộ và tổng số nhân khẩu trên 16.000 người.", []),
    ("Xã hiện có 3.100 hộ dân, trong đó 28% là đồng bào dân tộc thiểu số.", []),  # its make-up, told as a share
    ("Xã Trà Bồng, nơi có hơn 3 vạn dân sinh sống, bị cô lập.", []),
    ("Xã có 2.140 hộ, 9.870 nhân khẩu, trong đó 1.012 hộ nghèo.", [(2140, "hộ", None), (1012, "hộ", 2140)]),
    ("Xã có 2.846 hộ được chia thành 22 tổ.", []),  # how the place is divided: still its size
    ("Xã có 58 hộ, 231 nhân khẩu bị ảnh hưởng.", [(58, "hộ", None), (231, "khẩu", None)]),  # reached: figures
    ("Xã có 1.240 hộ dân đã cài đặt ứng dụng.", [(1240, "hộ", None)]),
    ("Lũ làm hơn 2 vạn dân phải sơ tán.", [(20000, "dân", None)]),
    ("Cán bộ bộ phận một cửa của xã có 5 người.", [(5, "người", None)]),  # someone else's people
])
def test_a_communes_or_wards_own_households_and_people_are_its_size(said: str, figures: list) -> None:
    assert figure_triples(_LEAD + said) == figures


_FLOOD = ("Tin hoạt động\n\nSáng 3/11/2025, Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng cùng đoàn công tác đã đến thăm "
          "xã Hải Lăng. ")


@pytest.mark.parametrize("said, figures, label", [
    ("Ngân hàng X hỗ trợ mỗi gia đình có nhà bị sập hoàn toàn 20 triệu đồng.", [20000000],
     "Mức hỗ trợ gia đình có nhà bị sập (đồng/gia đình)"),
    ("Đoàn trao 300 triệu đồng, mỗi hộ có nhà bị cuốn trôi được nhận 10 triệu đồng.", [10000000],
     "Mức hỗ trợ hộ có nhà bị cuốn trôi (đồng/hộ)"),
    ("Hội Chữ thập đỏ hỗ trợ mỗi hộ có người bị thương số tiền 3 triệu đồng.", [3000000],
     "Mức hỗ trợ hộ có người bị thương (đồng/hộ)"),
    ("Công ty Y trao hỗ trợ mỗi hộ dân được nhận 1 triệu đồng tiền mặt.", [1000000], "Mức hỗ trợ hộ (đồng/hộ)"),
    ("Ngân hàng X trao tặng 300 triệu đồng cho xã.", [], None),  # a giver's sum: none
])
def test_a_sum_per_household_with_words_before_the_amount_is_a_rate(said: str, figures: list,
                                                                     label: str | None) -> None:
    record = extract_article(_FLOOD + said, today=TODAY).record
    assert [f["value"] for f in record["figures"]] == figures
    if label is not None:
        assert record["figures"][-1]["label"] == label


_OVERSIGHT = ("Tin hoạt động\n\nNgày 14/10/2025, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh Gia Lai do ông "
              "Rơ Mah Tuấn, Trưởng ban, làm trưởng đoàn đã làm việc tại xã Ia Grai. ")


@pytest.mark.parametrize("said, value, label", [
    ("Năm 2025 xã thu ngân sách 41,5 tỷ đồng, đạt 96% dự toán; lũy kế 2 tháng 6,2 tỷ đồng.", 6200000000,
     "Thu ngân sách lũy kế 2 tháng"),  # the purpose two clauses back
    ("Xã thu nội địa 12,4 tỷ đồng; riêng tháng 9 thu 1,6 tỷ đồng.", 1600000000, "Thu nội địa tháng 9"),
    ("Toàn xã có 21 cơ quan, đơn vị nợ tiền bảo hiểm.", 21, "Cơ quan, đơn vị nợ tiền bảo hiểm"),  # a unit list
    ("Xã đã treo 68 băng rôn, khẩu hiệu.", 68, "Băng rôn, khẩu hiệu treo"),
    ("Xã đã điều động 40 cán bộ, nhân viên thú y tập trung tại các chốt.", 40, "Cán bộ, nhân viên được điều động"),
    ("Lũ làm ngập 1.240 hộ dân, cuốn trôi 27 con trâu bò.", 1240, "Hộ dân bị ngập"),  # no list: a verb after it
    ("Trạm y tế xã Ia Grai có 8 cán bộ.", 8, "Cán bộ trạm y tế xã Ia Grai"),  # whoever has them
    ("Trường Mầm non Ia Grai hiện có 356 trẻ.", 356, "Trẻ Trường Mầm non Ia Grai"),
    ("Hợp tác xã hiện có 42 thành viên.", 42, "Thành viên hợp tác xã"),
    ("Xã có 4 trường.", 4, "Trường của xã"),  # a holding names its holder (s39, labels22's convention)
    ("Các trường trên địa bàn xã có 2.930 học sinh.", 2930, "Học sinh của các trường"),
])
def test_a_label_says_what_the_sentence_says_of_a_bare_count(said: str, value: float, label: str) -> None:
    figures = extract_article(_OVERSIGHT + said, today=TODAY).record["figures"]
    assert [f["label"] for f in figures if f["value"] == value] == [label]


@pytest.mark.parametrize("said, figures, labels", [
    ("Xã đã tiếp nhận 320 hồ sơ trực tuyến mức độ 3, 4, đạt 62%.", [320, 62],
     ["Hồ sơ trực tuyến mức độ 3, 4", "Tỷ lệ hồ sơ trực tuyến mức độ 3, 4"]),
    ("Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 45,6%.", [45.6], ["Tỷ lệ hồ sơ trực tuyến mức độ 3, 4"]),
    ("Việc giải quyết thủ tục trực tuyến mức độ 3, 4 trên môi trường mạng đạt 79%.", [79],
     ["Tỷ lệ giải quyết thủ tục trực tuyến"]),  # ten words at most: the levels are cut, never the word alone
    ("Tỷ lệ giải quyết hồ sơ mức độ 3, 4 đúng hạn đạt 98,5%.", [98.5], None),  # no "4 hồ sơ"
])
def test_a_list_of_levels_is_one_phrase(said: str, figures: list, labels: list | None) -> None:
    found = extract_article(_OVERSIGHT + said, today=TODAY).record["figures"]
    assert [f["value"] for f in found] == figures
    if labels is not None:
        assert [f["label"] for f in found] == labels
