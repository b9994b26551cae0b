"""Session 35 items17: a body's name ended by its shape; other ways of asking (issue #12).

Sentences of our own. A department's, ministry's or board's name before the verb it is asked to do ends where its
shape ends, whatever the verb (`item_body_names`); the delegation's "nhắc nhở", "đôn đốc", "căn dặn", "dặn dò",
"khuyến nghị" direct, the locality's "xin", "mong", "nguyện vọng", "có ý kiến đề nghị" recommend; "giao (nhiệm vụ)
cho X" and the time ahead before X give X as the addressee (`item_ask_verbs`). Look-alikes stay as they were.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_body_names import body_name

_LEAD = ("Ngày 14/11/2026, Đoàn giám sát HĐND tỉnh Hà Tĩnh do ông Lê Minh Tuấn, Phó Chủ tịch HĐND tỉnh làm trưởng "
         "đoàn đã giám sát việc giải quyết thủ tục hành chính tại phường Thành Sen, tỉnh Hà Tĩnh. ")
_TWO = ("Ngày 14/11/2026, Đoàn giám sát HĐND tỉnh Bắc Ninh do ông Lâm Văn Đức, Phó Chủ tịch HĐND tỉnh làm trưởng "
        "đoàn đã giám sát việc giải quyết thủ tục đất đai tại xã Tân Dĩnh và xã Hương Sơn. ")


def _items(text: str, field: str, lead: str = _LEAD) -> list[tuple[str, str | None]]:
    record = extract_article(lead + text).record
    return [(item["text"], item.get("to")) for item in record.get(field, [])]


@pytest.mark.parametrize("words, name", [
    ("Sở Nội vụ tổ chức tập huấn cho cán bộ.", "Sở Nội vụ"),
    ("Sở Nội vụ mở lớp bồi dưỡng kỹ năng số.", "Sở Nội vụ"),
    ("Sở Tài chính cân đối kinh phí để mua máy quét.", "Sở Tài chính"),
    ("Sở Văn hóa, Thể thao và Du lịch thẩm định hồ sơ.", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh sớm bàn giao mặt bằng.", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
    ("Ban Tiếp công dân tỉnh sớm trả lời đơn.", "Ban Tiếp công dân tỉnh"),
    ("Sở Giáo dục và Đào tạo sớm tuyển giáo viên.", "Sở Giáo dục và Đào tạo"),
    ("Sở Giáo dục và Đào tạo điều chuyển giáo viên.", "Sở Giáo dục và Đào tạo"),
    ("Sở Công Thương tạo điều kiện cho các hộ.", "Sở Công Thương"),
    # look-alikes the listed verbs already ended: the same name
    ("Sở Khoa học và Công nghệ sớm nâng cấp phần mềm.", "Sở Khoa học và Công nghệ"),
    ("Sở Giao thông vận tải bố trí máy móc.", "Sở Giao thông vận tải"),
    ("Sở Nông nghiệp và Phát triển nông thôn hỗ trợ giống.", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Bộ Lao động - Thương binh và Xã hội sửa đổi thông tư.", "Bộ Lao động - Thương binh và Xã hội"),
    ("Ban Chỉ đạo 06 tỉnh chỉ đạo các sở.", "Ban Chỉ đạo 06 tỉnh"),
    ("Sở Y tế tỉnh bổ sung bác sĩ.", "Sở Y tế tỉnh"),
    ("Sở Nội vụ, Sở Tài chính sớm bố trí biên chế.", "Sở Nội vụ"),
    ("Sở Nội vụ tổ chức kiểm tra các xã sớm.", "Sở Nội vụ"),
    ("Sở Nội vụ.", "Sở Nội vụ"),
])
def test_a_bodys_name_ends_by_its_shape(words: str, name: str) -> None:
    assert body_name(words) == name


@pytest.mark.parametrize("words", ["UBND tỉnh sớm bố trí kinh phí.", "sở ngành liên quan hướng dẫn.",
                                   "Bộ phận một cửa tiếp nhận hồ sơ."])
def test_no_body_name(words: str) -> None:
    assert body_name(words) is None


@pytest.mark.parametrize("asks, field, wanted", [
    ("Lãnh đạo phường kiến nghị Sở Nội vụ tổ chức tập huấn cho cán bộ một cửa.", "recommendations",
     [("Tổ chức tập huấn cho cán bộ một cửa.", "Sở Nội vụ")]),
    ("Lãnh đạo phường kiến nghị Sở Nội vụ mở lớp bồi dưỡng kỹ năng số cho công chức.", "recommendations",
     [("Mở lớp bồi dưỡng kỹ năng số cho công chức.", "Sở Nội vụ")]),
    ("Ông Lê Minh Tuấn đề nghị Sở Nội vụ tổ chức tập huấn cho cán bộ một cửa.", "directions",
     [("Tổ chức tập huấn cho cán bộ một cửa.", "Sở Nội vụ")]),
    ("Ông Lê Minh Tuấn nhắc nhở UBND phường chấn chỉnh việc trả hồ sơ quá hạn.", "directions",
     [("Chấn chỉnh việc trả hồ sơ quá hạn.", "UBND phường Thành Sen")]),
    ("Ông Tuấn đôn đốc phường hoàn thành số hóa hồ sơ trước ngày 31/12.", "directions",
     [("Hoàn thành số hóa hồ sơ.", "phường Thành Sen")]),  # the deadline cut to its field (s42/misc24)
    ("Ông Tuấn căn dặn phường tiếp tục giữ vững kỷ cương hành chính.", "directions",
     [("Tiếp tục giữ vững kỷ cương hành chính.", "phường Thành Sen")]),
    ("Ông Tuấn khuyến nghị phường đầu tư thêm máy tính cho bộ phận một cửa.", "directions",
     [("Đầu tư thêm máy tính cho bộ phận một cửa.", "phường Thành Sen")]),
    ("Ông Tuấn giao nhiệm vụ cho UBND phường rà soát hồ sơ tồn đọng.", "directions",
     [("Rà soát hồ sơ tồn đọng.", "UBND phường Thành Sen")]),
    ("Ông Tuấn giao cho Công an phường hướng dẫn người dân kích hoạt tài khoản.", "directions",
     [("Hướng dẫn người dân kích hoạt tài khoản.", "Công an phường Thành Sen")]),
    ("Lãnh đạo phường xin tỉnh hỗ trợ kinh phí nâng cấp trụ sở.", "recommendations",
     [("Hỗ trợ kinh phí nâng cấp trụ sở.", "tỉnh")]),
    ("Phường xin được bổ sung biên chế cho bộ phận một cửa.", "recommendations",
     [("Bổ sung biên chế cho bộ phận một cửa.", None)]),
    ("Lãnh đạo phường rất mong cấp trên quan tâm bổ sung biên chế.", "recommendations",
     [("Quan tâm bổ sung biên chế.", "cấp trên")]),
    ("Phường mong được tỉnh hỗ trợ kinh phí sửa chữa trụ sở.", "recommendations",
     [("Hỗ trợ kinh phí sửa chữa trụ sở.", "tỉnh")]),
    ("Lãnh đạo phường đề đạt nguyện vọng được tỉnh đầu tư trụ sở mới.", "recommendations",
     [("Đầu tư trụ sở mới.", "tỉnh")]),
    ("UBND phường có ý kiến đề nghị tỉnh sớm bố trí kinh phí sửa chữa trụ sở.", "recommendations",
     [("Sớm bố trí kinh phí sửa chữa trụ sở.", "tỉnh")]),
])
def test_other_ways_of_asking(asks: str, field: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _items(asks, field) == wanted


def test_the_time_ahead_before_whom_it_asks() -> None:
    found = _items("Ông Lâm Văn Đức đề nghị thời gian tới, UBND xã Tân Dĩnh tập trung giải quyết hồ sơ tồn đọng. "
                   "Ông Đức cũng yêu cầu trong thời gian tới UBND xã Hương Sơn công khai tiến độ giải quyết.",
                   "directions", _TWO)
    assert found == [("Tập trung giải quyết hồ sơ tồn đọng.", "UBND xã Tân Dĩnh"),
                     ("Công khai tiến độ giải quyết.", "UBND xã Hương Sơn")]


@pytest.mark.parametrize("asks, field, wanted", [
    # the time ahead with no unit after it: the words stay
    ("Ông Tuấn đề nghị thời gian tới cần tăng cường đối thoại với người dân.", "directions",
     [("Thời gian tới cần tăng cường đối thoại với người dân.", "phường Thành Sen")]),
    # the ward's own reminder, a task's name, a passive: no direction
    ("Chủ tịch UBND phường cho biết đã nhắc nhở cán bộ trả hồ sơ đúng hẹn.", "directions", []),
    ("Đoàn đánh giá cao công tác kiểm tra, đôn đốc thu ngân sách của phường.", "directions", []),
    ("Ông Tuấn cho biết phường đã được nhắc nhở nhiều lần.", "directions", []),
    # asking the team's view, leave, pardon; people applying; hopes that ask for nothing: no recommendation
    ("Lãnh đạo phường xin ý kiến đoàn về việc bố trí trụ sở.", "recommendations", []),
    ("Lãnh đạo phường xin phép đoàn trình bày thêm.", "recommendations", []),
    ("Lãnh đạo phường xin lỗi người dân vì để hồ sơ trễ hạn.", "recommendations", []),
    ("Người dân đến xin cấp giấy phép xây dựng ngày càng nhiều.", "recommendations", []),
    ("Lãnh đạo phường mong người dân tiếp tục đồng hành cùng chính quyền.", "recommendations", []),
    ("Đoàn đã lắng nghe tâm tư, nguyện vọng của cán bộ phường.", "recommendations", []),
    ("Các ý kiến đề nghị của cử tri đã được phường trả lời.", "recommendations", []),
    # the delegation's hope is no direction, as "mong muốn" was not
    ("Ông Tuấn mong phường tiếp tục phát huy kết quả đạt được.", "directions", []),
])
def test_look_alikes(asks: str, field: str, wanted: list[tuple[str, str | None]]) -> None:
    assert _items(asks, field) == wanted
