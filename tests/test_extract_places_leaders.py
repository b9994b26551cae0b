"""Leaders, localities and the visit-or-not flag on phrasings real reports use and earlier rounds left open.

Each test is one class of phrasing seen in real reports kept outside the project (session 11), written here in our
own words with invented people; real unit names, so the gazetteer can place them.
"""

from __future__ import annotations

import pytest

from store.extract.leader_long_titles import keep_long_offices, long_office_word, restore_long_offices
from store.extract.people import _title_before
from tests.leads import lead_draft


def leader_of(lead: str) -> str | None:
    draft = lead_draft(lead)
    assert draft.non_visit is None, draft.non_visit
    leader = draft.record.get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize("lead, name", [
    ("Ngày 5/5/2024, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Hoàng Hiệp đã đến kiểm tra công tác "
     "trữ nước tại xã Long Điền Đông, huyện Đông Hải, tỉnh Bạc Liêu.", "Nguyễn Hoàng Hiệp"),
    ("Ngày 5/5/2024, đoàn công tác do Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Thanh dẫn đầu đã làm "
     "việc tại xã Phong Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.", "Lê Văn Thanh"),
    ("Ngày 5/5/2024, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy đã kiểm tra di tích tại xã Phong "
     "Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.", "Trịnh Thị Thủy"),
    ("Ngày 5/5/2024, ông Nguyễn Văn Khoa, Thứ trưởng Bộ Giáo dục và Đào tạo đã kiểm tra công tác thi tại xã Phong "
     "Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.", "Nguyễn Văn Khoa"),
    ("Ngày 14/9/2024, Phó Chủ tịch Thường trực HĐND tỉnh, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh "
     "Lê Văn Hưng đã kiểm tra tại xã Triệu Thành, huyện Triệu Phong, tỉnh Quảng Trị.", "Lê Văn Hưng"),
    ("Ngày 5/5/2024, đồng chí Võ Trọng Hải, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống thiên tai và tìm "
     "kiếm cứu nạn tỉnh đã kiểm tra đê biển tại xã Cồn Thoi, huyện Kim Sơn, tỉnh Ninh Bình.", "Võ Trọng Hải"),
])
def test_a_long_office_name_leaves_its_holder_the_leader(lead: str, name: str) -> None:
    """A ministry's name with lower-case words, "và", a comma or a dash, and a steering committee named by its task,
    before or after the name: the holder is still read as a person who leads the visit."""
    assert leader_of(lead) == name


def test_the_title_before_a_name_reads_a_ministry_whole() -> None:
    assert _title_before("Sáng 12/3, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch ") == \
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"
    assert _title_before("Sáng 12/3, Trưởng Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh ") == \
        "Trưởng Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh"


def test_a_steering_task_ends_at_its_unit_and_at_a_verb() -> None:
    words = "Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh gặp gỡ".split()
    assert long_office_word(words, 4, 0)  # "phòng": the task
    assert not long_office_word(words, 9, 0)  # "gặp": after the province, the clause's own words
    words = "Trưởng Ban Chỉ đạo đã gặp".split()
    assert not long_office_word(words, 4, 0)


def test_inner_commas_are_kept_and_put_back() -> None:
    text = "Bộ Văn hóa, Thể thao và Du lịch; Ban Chỉ đạo phòng, chống dịch"
    kept = keep_long_offices(text, "và")
    assert "," not in kept and len(kept) == len(text)
    assert restore_long_offices(kept) == text


def test_another_office_joined_by_and_is_not_one_ministry() -> None:
    """"Sở Y tế và Phó Giám đốc ...": the "và" joins a second office, it belongs to no ministry's name."""
    assert keep_long_offices("Giám đốc Sở Nội vụ và Phó Giám đốc Sở Y tế", "V") == \
        "Giám đốc Sở Nội vụ và Phó Giám đốc Sở Y tế"
