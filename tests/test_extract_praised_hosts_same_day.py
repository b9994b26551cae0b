"""A host named only in the guest's praise at the session; a province's session beside a lower unit the same day.

Session 29, fresh56 v05: an excerpt opening "Phát biểu tại buổi làm việc, đồng chí X, <office>, đánh giá cao ... của
Ban Thường vụ Tỉnh ủy A" read as no visit (`visit_praised_hosts`); v04 and v05 kept only the district or communes
visited later the same day, not the province whose session opened the visit (`place_same_day_provinces`).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_praised_hosts import praised_host_session


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


_PRAISES = [
    ("Phát biểu tại buổi làm việc, đồng chí Mạc Văn Tùng, Phó Trưởng Ban Dân vận Trung ương, đánh giá cao những cố "
     "gắng của Ban Thường vụ Tỉnh ủy Sơn La trong cải cách hành chính.", "tỉnh Sơn La"),
    ("Phát biểu tại buổi giám sát, bà Lê Thị Xuân, Phó Trưởng đoàn ĐBQH tỉnh, ghi nhận kết quả của UBND huyện Cao "
     "Lộc trong việc số hóa hồ sơ.", "huyện Cao Lộc"),
    ("Phát biểu tại buổi làm việc, ông Hà Văn Quý, Phó Chủ tịch HĐND tỉnh, đã biểu dương sự chủ động của Huyện ủy "
     "Hữu Lũng trong chuyển đổi số.", "huyện Hữu Lũng"),
]


@pytest.mark.parametrize(("text", "place"), _PRAISES)
def test_the_praised_host_is_a_visit_and_its_unit_visited(text: str, place: str) -> None:
    draft = extract_article(text)
    assert not draft.non_visit
    assert place in _places(text)


@pytest.mark.parametrize("text", [text for text, _place in _PRAISES])
def test_the_praise_is_the_visits_evidence(text: str) -> None:
    assert praised_host_session(read_article(text)) is not None


@pytest.mark.parametrize("text", [
    # a district's secretary at a conference praising its communes: its own meeting
    "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy Cao Lộc đánh giá cao sự cố gắng của các xã trong cải cách "
    "hành chính.",
    # a deputy at a voters' meeting
    "Phát biểu tại buổi tiếp xúc cử tri, ông Hà Văn Quý, đại biểu Quốc hội, đánh giá cao ý kiến của cử tri huyện "
    "Hữu Lũng.",
    # the speaker holds an office of the unit praised: the unit at its own table
    "Phát biểu tại buổi làm việc, ông Hoàng Văn Bình, Bí thư Huyện ủy Hữu Lũng, đánh giá cao nỗ lực của UBND huyện "
    "Hữu Lũng trong cải cách hành chính.",
    # a list of units praised, none named alone
    "Phát biểu tại buổi làm việc, ông Hà Văn Quý, Phó Chủ tịch HĐND tỉnh, đánh giá cao sự cố gắng của các xã.",
])
def test_look_alikes_name_no_praised_host(text: str) -> None:
    assert praised_host_session(read_article(text)) is None


@pytest.mark.parametrize(("text", "province"), [
    ("Ngày 12/7/2023, ông Đào Văn Kiên, Phó Trưởng Ban Kinh tế Trung ương, đã có buổi làm việc tại tỉnh Sơn La về "
     "chuyển đổi số. Chiều cùng ngày, đoàn khảo sát tại huyện Mộc Châu.", "tỉnh Sơn La"),
    ("Ngày 3/4/2022, Thứ trưởng Bộ Nội vụ Lò Văn Sinh cùng đoàn công tác đã khảo sát, làm việc tại tỉnh Lạng Sơn về "
     "cải cách hành chính. Cùng ngày, đoàn đến huyện Cao Lộc.", "tỉnh Lạng Sơn"),
    ("Phát biểu tại buổi làm việc, đồng chí Mạc Văn Tùng, Phó Trưởng Ban Dân vận Trung ương, đánh giá cao những cố "
     "gắng của Ban Thường vụ Tỉnh ủy Sơn La. Chiều cùng ngày, đoàn công tác đến kiểm tra tại huyện Mộc Châu.",
     "tỉnh Sơn La"),
])
def test_the_opening_sessions_province_is_listed_beside_the_later_stop(text: str, province: str) -> None:
    assert province in _places(text)


@pytest.mark.parametrize(("text", "province"), [
    # the province as the district's place, in one sentence
    ("Ngày 9/3/2023, đoàn giám sát của HĐND tỉnh đã giám sát tại huyện Cao Lộc, tỉnh Lạng Sơn về thủ tục đất đai.",
     "tỉnh Lạng Sơn"),
    # the lower unit told in the next sentence without a same-day or next-stop opening: where the session was
    ("Ngày 12/7/2023, ông Đào Văn Kiên, Phó Trưởng Ban Kinh tế Trung ương, đã có buổi làm việc tại tỉnh Sơn La. "
     "Tại huyện Mộc Châu, đoàn kiểm tra bộ phận một cửa.", "tỉnh Sơn La"),
])
def test_a_province_without_a_later_same_day_stop_stays_unlisted(text: str, province: str) -> None:
    assert province not in _places(text)
