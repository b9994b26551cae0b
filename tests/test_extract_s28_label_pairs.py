"""Labels of a count followed by two verbs joined by a comma, and of a share of "các cấp" once shortened (session 28,
issue 12; real set fresh51: "54/54 chi đảng bộ cơ sở sử dụng phần mềm thu, nộp đảng phí" was labelled "... phần mềm
thu", "100% chi bộ, đảng bộ các cấp ..." read "đảng bộ cấp")."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_label_words import _BREAK, _shorter, verbs_joined
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "


def labels(said: str) -> dict[float | int, str]:
    return {f["value"]: f["label"] for f in extract_article(_LEAD + said, today=TODAY).record["figures"]}


@pytest.mark.parametrize("said, value, expected", [
    ("Hiện có 31/31 chi bộ sử dụng phần mềm thu, nộp đảng phí.", 31, "Chi bộ sử dụng phần mềm thu, nộp đảng phí"),
    ("Xã có 35 cơ quan tiếp nhận, xử lý văn bản qua mạng.", 35, "Cơ quan tiếp nhận, xử lý văn bản qua mạng"),
    ("Có 120 hộ kinh doanh đăng ký, sử dụng mã QR.", 120, "Hộ kinh doanh đăng ký, sử dụng mã QR"),
    ("Xã có 212 hộ sản xuất, kinh doanh cá thể.", 212, "Hộ sản xuất, kinh doanh cá thể"),
    ("Có 28 doanh nghiệp kê khai, nộp thuế điện tử.", 28, "Doanh nghiệp kê khai, nộp thuế điện tử"),
    ("Có 14 tổ thu, nộp, quản lý quỹ.", 14, "Tổ thu, nộp, quản lý quỹ"),  # three verbs: the comma read twice
    ("Có 40 hồ sơ tiếp nhận, xử lý quá hạn.", 40, "Hồ sơ tiếp nhận, xử lý quá hạn"),
])
def test_two_verbs_joined_by_a_comma_after_a_count_stay_in_its_label(said: str, value: int, expected: str) -> None:
    assert labels(said)[value] == expected


@pytest.mark.parametrize("said, value, expected", [
    ("Trung tâm tiếp nhận 640 hồ sơ đã giải quyết, trả kết quả đúng hạn 612 hồ sơ.", 640, "Hồ sơ giải quyết"),
    ("Có 75 hộ đăng ký, 40 hộ đã dùng dịch vụ.", 75, "Hộ đăng ký"),  # a second count after the comma
    ("Đã có 300 hộ đăng ký, trong đó 120 hộ đã dùng.", 300, "Hộ đăng ký"),  # no verb right after the comma
    ("Có 25 hộ đăng ký, nhưng chưa dùng.", 25, "Hộ đăng ký"),
    ("Xã có 52 hộ nghèo, cận nghèo được hỗ trợ.", 52, "Hộ nghèo"),  # nouns joined, not verbs: as before
])
def test_look_alikes_keep_their_labels(said: str, value: int, expected: str) -> None:
    assert labels(said)[value] == expected


@pytest.mark.parametrize("rest, expected", [
    (" sử dụng phần mềm thu, nộp đảng phí; 100% chi bộ", " sử dụng phần mềm thu, nộp đảng phí"),
    (" sản xuất, kinh doanh cá thể.", " sản xuất, kinh doanh cá thể"),
    (" đã giải quyết, trả kết quả đúng hạn 612 hồ sơ.", " đã giải quyết"),
    (" nghèo, cận nghèo được hỗ trợ.", " nghèo"),
    (" giấy chứng nhận, cấp đổi 3 giấy.", " giấy chứng nhận"),  # "chứng nhận" is a paper, no verb
])
def test_verbs_joined_ends_the_words_after_a_count(rest: str, expected: str) -> None:
    broken = _BREAK.search(rest)
    assert broken is not None
    assert rest[:verbs_joined(rest, broken.start())] == expected


@pytest.mark.parametrize("said, expected", [
    ("Theo báo cáo, 100% chi bộ, đảng bộ các cấp của xã dùng sổ tay số.", "Tỷ lệ chi bộ, đảng bộ dùng sổ tay số"),
    ("Hiện 100% cán bộ, công chức các cấp của xã dùng chữ ký số trong xử lý văn bản.",
     "Tỷ lệ cán bộ, công chức dùng chữ ký số"),
])
def test_a_shortened_share_never_keeps_cap_without_cac(said: str, expected: str) -> None:
    assert labels(said)[100] == expected


@pytest.mark.parametrize("said, expected", [
    ("Hiện 100% cán bộ các cấp đã dùng chữ ký số.", "Tỷ lệ cán bộ các cấp dùng chữ ký số"),  # short: kept whole
])
def test_a_share_short_enough_keeps_cac_cap(said: str, expected: str) -> None:
    assert labels(said)[100] == expected


@pytest.mark.parametrize("label, expected", [
    ("Tỷ lệ chi bộ, đảng bộ các cấp dùng sổ tay số", "Tỷ lệ chi bộ, đảng bộ dùng sổ tay số"),
    ("Tỷ lệ cán bộ các cấp dùng chữ ký số", "Tỷ lệ cán bộ các cấp dùng chữ ký số"),  # ten words: untouched
    ("Tỷ lệ cán bộ các cấp chính quyền xã đã dùng chữ ký số",  # before a noun: only "các" goes
     "Tỷ lệ cán bộ cấp chính quyền xã dùng chữ ký số"),
])
def test_shorter_drops_cac_cap_whole(label: str, expected: str) -> None:
    assert _shorter(label) == expected
