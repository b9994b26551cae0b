"""Session 29 left3: an excerpt opening on the host taking in a visitor's remarks; a province inside a works' name.
Sentences written for these tests (no real article is copied); people invented, places from the gazetteer.

- "Tiếp thu (các) ý kiến (chỉ đạo) của <visitor's office> (X), <host's office> Y cho biết ..." opening the excerpt: a
  visit, the visitor (named there, or later with the same rank) leads (`taken_in_remarks`); a unit taking in its own
  superior's remarks, a conference, a voters' meeting are none;
- "đập ngăn mặn A và B", "hồ thủy lợi A – B": a province's name inside a works' name is no province the text names
  (`place_work_names`), so the chair's province of a site check is listed; "dự án ở A", "tỉnh A" still count.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_work_names import in_work_name

TODAY = date(2026, 12, 1)


def outcome(*lines: str) -> tuple[str | None, list[str], bool]:
    """(leader, localities, flagged as no visit) of an article made of `lines`."""
    result = extract_article("\n\n".join(lines) + "\n", today=TODAY)
    record = result.record
    return ((record.get("leader") or {}).get("name"), [loc["name"] for loc in record.get("localities", [])],
            result.non_visit is not None)


@pytest.mark.parametrize(("lines", "name"), [
    (("Tiếp thu ý kiến chỉ đạo của Phó Chủ tịch Quốc hội Trịnh Văn Phúc, Chủ tịch UBND tỉnh Bến Tre Lương Minh Trí "
      "cho biết tỉnh sẽ khắc phục ngay những hạn chế đã nêu.", "Tỉnh kiến nghị Chính phủ hỗ trợ kinh phí."),
     "Trịnh Văn Phúc"),
    (("Tiếp thu các ý kiến của Bộ trưởng Công an, Bí thư Tỉnh ủy Quảng Ngãi Phạm Đình Nghĩa khẳng định tỉnh sẽ rút "
      "kinh nghiệm.", "Tỉnh kiến nghị Bộ Công an và Bộ trưởng Lý Hùng bổ sung trang thiết bị."), "Lý Hùng"),
    (("Tiếp thu những ý kiến chỉ đạo của Thứ trưởng Bộ Tư pháp, ông Hà Minh Quân, Chủ tịch UBND tỉnh Cao Bằng Nông "
      "Văn Tú cam kết sẽ số hóa toàn bộ sổ hộ tịch.", "Sở Tư pháp cho biết còn nhiều sổ bị hư hỏng."), "Hà Minh Quân"),
    (("Tiếp thu ý kiến chỉ đạo của Chủ tịch UBND tỉnh Lạng Sơn, ông Đinh Quang Tuấn, Bí thư Huyện ủy Cao Lộc Vi Văn "
      "Khải cho biết huyện sẽ bổ sung công chức.", "Huyện kiến nghị tỉnh bổ sung máy quét."), "Đinh Quang Tuấn"),
])
def test_the_visitor_whose_remarks_the_host_takes_in_leads(lines: tuple[str, ...], name: str) -> None:
    leader, _, flagged = outcome(*lines)
    assert (leader, flagged) == (name, False)


@pytest.mark.parametrize("lines", [
    # a department's director takes in his superior's remarks at the department's own conference
    ("Tiếp thu ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Lê Văn Hạnh cho biết sở sẽ tham mưu "
     "đẩy mạnh cải cách hành chính.", "Hội nghị sơ kết 6 tháng của Sở Nội vụ tỉnh Nghệ An diễn ra sáng 5/7."),
    # a voters' meeting
    ("Tiếp thu ý kiến cử tri, Phó Chủ tịch UBND huyện Quỳ Hợp Vi Thị Hoa cho biết huyện sẽ giải quyết hồ sơ tồn đọng.",
     "Nhiều cử tri phản ánh việc cấp sổ đỏ còn chậm."),
    # a director's notes to his own staff: no office above him is named
    ("Tiếp thu ý kiến của các phòng chuyên môn, Giám đốc Sở Tư pháp tỉnh Sơn La Lò Văn Mạnh cho biết sở sẽ sửa quy "
     "trình.", "Sở đã tiếp nhận nhiều hồ sơ trực tuyến."),
    # a commune's chair taking in the commune's party secretary's remarks: the same unit
    ("Tiếp thu ý kiến chỉ đạo của Bí thư Đảng ủy xã, Chủ tịch UBND xã Nam Đàn Trịnh Văn Lộc cho biết xã sẽ bố trí "
     "thêm máy tính.", "Xã đã tiếp nhận nhiều hồ sơ trực tuyến."),
])
def test_remarks_taken_in_at_the_units_own_table_are_no_visit_led_by_anyone(lines: tuple[str, ...]) -> None:
    leader, _, flagged = outcome(*lines)
    assert leader is None
    assert flagged


@pytest.mark.parametrize(("text", "name", "inside"), [
    ("yêu cầu thanh tra dự án đập ngăn mặn Bình Nguyên và Bình Phước.", "Bình Phước", True),
    ("rà soát thiết kế của dự án hồ thủy lợi Hòa Bình – Thái Bình.", "Thái Bình", True),
    ("rà soát thiết kế của dự án hồ thủy lợi Hòa Bình – Thái Bình.", "Hòa Bình", True),
    ("đẩy nhanh dự án đường nối Hà Giang – Lạng Sơn.", "Lạng Sơn", True),
    # look-alikes: a preposition, a level word, a request stand between
    ("kiểm tra các dự án ở Thái Bình.", "Thái Bình", False),
    ("khảo sát công trình tại tỉnh Long An.", "Long An", False),
    ("Chủ tịch UBND tỉnh yêu cầu Bình Phước khẩn trương báo cáo.", "Bình Phước", False),
    ("hồ chứa nước trên địa bàn Sơn La.", "Sơn La", False),
])
def test_a_province_inside_a_works_name(text: str, name: str, inside: bool) -> None:
    assert in_work_name(text, text.index(name)) is inside


@pytest.mark.parametrize(("line", "place"), [
    ("Qua kiểm tra hiện trường, Phó Chủ tịch UBND tỉnh Gia Lai Trần Minh Khoa yêu cầu rà soát thiết kế dự án hồ thủy "
     "lợi Hòa Bình – Thái Bình.", "tỉnh Gia Lai"),
    ("Qua kiểm tra hiện trường, Chủ tịch UBND tỉnh Quảng Ngãi Đặng Quốc Phong yêu cầu thanh tra dự án đập ngăn mặn "
     "Long An và Bến Tre.", "tỉnh Quảng Ngãi"),
])
def test_the_chairs_province_is_listed_beside_a_works_named_after_provinces(line: str, place: str) -> None:
    assert outcome(line)[1] == [place]
