"""Figure classes left on the real sets after session 8 (session 9, figures-left): officials counted under
abbreviations, party members and cells, works overseen, units left or cut by a merger, an election's constituencies,
amounts per person or per item (and a rate said twice), communes as a result, and the visiting team's own groups."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, figure_triples
from tests.leads import numbers_read as _read

_OPENING = ("Kiểm tra tại xã Hòa Sơn\n\nNgày 6/11/2025, Đoàn kiểm tra của UBND tỉnh do ông Lê Văn Bình, Phó Chủ tịch "
            "UBND tỉnh làm trưởng đoàn đã kiểm tra công tác cải cách hành chính tại xã Hòa Sơn.\n\n")


def _figures(body: str, title: str | None = None) -> list[tuple[float | int, str, float | int | None]]:
    text = _OPENING if title is None else _OPENING.replace("Kiểm tra tại xã Hòa Sơn", title, 1)
    return figure_triples(text + body)


def _labels(body: str) -> list[str]:
    return [f["label"] for f in extract_article(_OPENING + body, today=TODAY).record["figures"]]


# -- units that count things -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("có 4 CB, CC vắng mặt", [(4, None, "cán bộ")]),
    ("bố trí 6 CBCC trực", [(6, None, "cán bộ")]),
    ("có 41 CB,CC,VC có mặt", [(41, None, "cán bộ")]),
    ("3 CBCCVC đi công tác", [(3, None, "cán bộ")]),
    ("đã kết nạp 15/15 Đảng viên, đạt 100%", [(15, 15, "đảng viên"), (100, None, "%")]),
    ("Đảng bộ có 45 tổ chức cơ sở Đảng, với hơn 1.000 đảng viên", [(45, None, "tổ chức cơ sở đảng"),
                                                                  (1000, None, "đảng viên")]),
    ("Ban giám sát đầu tư cộng đồng giám sát 29 công trình", [(29, None, "công trình")]),
    ("còn 579 đơn vị hành chính cấp xã", [(579, None, "đơn vị hành chính")]),
    ("Toàn tỉnh có 6 đơn vị bầu cử đại biểu Quốc hội", [(6, None, "đơn vị bầu cử")]),
])
def test_units_that_count_people_party_works_and_units(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_units_left_after_a_merger_in_the_headline_are_a_figure() -> None:
    assert (579, "đơn vị hành chính", None) in _figures("Xã báo cáo kết quả sắp xếp.",
                                                       title="Hà Nội còn 579 đơn vị hành chính cấp xã")


def test_a_count_of_units_visited_in_the_headline_stays_no_figure() -> None:
    assert _figures("Xã báo cáo kết quả sắp xếp.", title="Giám sát hồ sơ đất đai ở ba đơn vị") == []


# -- amounts per person or per item ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("mức hỗ trợ là 1.500.000đ/ người/3 tháng, tổng số tiền là 57.000.000 đồng",
     [(1500000, None, "đồng"), (57000000, None, "đồng")]),
    ("trị giá 60 triệu đồng/ một căn nhà", [(60000000, None, "đồng")]),
    ("150 suất quà (520 ngàn đồng/suất)", [(150, None, "phần quà"), (520000, None, "đồng")]),
    ("với mức 2 triệu đồng/hộ", [(2000000, None, "đồng")]),  # "mức" before money is no "mức 2" of a service
    ("có 3 đ/c tham dự", []),  # "đ/c" stays comrades
])
def test_amounts_per_person_or_item_are_money(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("body", "label"), [
    ("Xã chi trả cho 38 đối tượng với mức hỗ trợ là 1.500.000đ/người.", "đồng/người"),
    ("Xã trao 85 suất quà, mỗi suất trị giá 400.000 đồng.", "đồng/suất"),
    ("Xã trao 300 phần quà, trị giá mỗi phần quà là 450.000 đồng.", "đồng/suất"),
    ("Mỗi hộ được nhận 30 triệu đồng từ ngân sách tỉnh.", "đồng/hộ"),
    ("Huyện hỗ trợ mỗi hộ 2 triệu đồng để sửa nhà.", "đồng/hộ"),
    ("Các em được tặng 500.000 đồng mỗi em.", "đồng/học sinh"),
])
def test_the_label_of_a_rate_says_what_it_is_per(body: str, label: str) -> None:
    assert any(label in text.lower() for text in _labels(body))


def test_a_sum_per_year_is_plain_money() -> None:
    assert all("/" not in text for text in _labels("Thu nhập bình quân đạt 41,5 triệu đồng/năm."))


def test_a_rate_said_again_is_one_figure() -> None:
    body = ("Xã chi trả cho 146 người cao tuổi với mức 360.000 đồng/người/tháng. Qua giám sát, mức 360.000 đồng/người "
            "được chi đủ, đúng hạn. Xã cũng chi 360.000 đồng cho công tác tuyên truyền.")
    assert [f for f in _figures(body) if f[0] == 360000] == [(360000, "đồng", None), (360000, "đồng", None)]


# -- communes and groups -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    # a team's checks are units visited (session 17, fresh23 v12: by the conventions, whatever team went)
    ("Đến ngày 23/5, đoàn của huyện đã kiểm tra được 6 xã.", []),
    ("Thanh tra tỉnh đã rà soát được 23 xã, phường về tài sản công.", [(23, "xã, phường", None)]),
    ("Toàn huyện có 12 xã đạt chuẩn nông thôn mới.", [(12, "xã", None)]),
    ("Huyện có thêm 3 xã đủ điều kiện đạt chuẩn nông thôn mới nâng cao.", [(3, "xã", None)]),
    ("Toàn huyện có 59 xã khu vực III.", []),  # what the communes are, no result
    ("Đoàn đã khảo sát 3 xã trong huyện.", []),  # where the team went
    ("Đoàn chia làm 2 tổ khảo sát tại các xã.", []),
    ("Sáng nay, 2 tổ công tác khảo sát tại huyện A và B.", []),
    ("Xã đã thành lập 18 tổ công nghệ số cộng đồng.", [(18, "tổ", None)]),
])
def test_communes_as_a_result_and_the_teams_own_groups(body: str, expected: list) -> None:
    assert _figures(body) == expected
