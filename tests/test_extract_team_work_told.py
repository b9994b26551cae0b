"""Session 42 (issue 12, fresh87 v07/v10/v11/n06, fresh86 v08): a team set up, then its work told done, is a visit
without a day of its own (store/extract/visit_team_work_told.py); a team's own first sitting is its own meeting
(visit_team_sessions.py); a check headline at a commune with an official's directions to it is a visit
(visit_headline_checks.py). Sentences of my own; the look-alikes keep their flag."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract.text import read_article
from store.extract.visit_headline_checks import headline_check_directed
from store.extract.visit_kind import non_visit_reason
from store.extract.visit_team_sessions import team_own_session
from store.extract.visit_team_work_told import team_work_told

SET_UP = ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hương Sơn đã thành lập 02 đoàn giám sát việc chi hỗ trợ "
          "tại các xã.")

WORK_DONE = [
    pytest.param("Đoàn kiểm tra đã tổ chức đi thực tế tại các hộ gia đình ở xã Sơn Tây.", id="went-on-the-spot"),
    pytest.param("Đoàn công tác đã phân công thành viên gặp một số hộ ở xã Sơn Tây.", id="members-assigned"),
    pytest.param("Theo ghi nhận của các đoàn giám sát, xã Sơn Tây đã chi đủ 120 suất.", id="as-noted-by-the-teams"),
    pytest.param("Xã Sơn Tây đã chi cho 120 người; đến thời điểm giám sát, còn 4 người chưa nhận.", id="at-the-time"),
    pytest.param("Từ ngày 3/5 đến 7/5/2021, Đoàn giám sát của Mặt trận huyện tổ chức giám sát tại xã Sơn Tây, kết quả "
                 "như sau: xã đã chi cho 120 người.", id="past-days-with-results"),
    pytest.param("Bà Trần Thị Mai cùng đoàn công tác giám sát tại đơn vị xã Sơn Tây.", id="caption-with-the-team"),
    pytest.param("Qua một buổi làm việc tại xã Sơn Tây, đoàn chỉ ra ba hạn chế.", id="one-working-session-at"),
]

STILL_TO_COME = [
    pytest.param("Đoàn kiểm tra sẽ tổ chức đi thực tế tại các hộ gia đình ở xã Sơn Tây.", id="se-on-the-spot"),
    pytest.param("Theo kế hoạch, đoàn giám sát làm việc tại xã Sơn Tây ngày 12/8.", id="plan-timetable"),
    pytest.param("Thời gian giám sát từ ngày 5 đến ngày 9/6; đoàn giám sát tại xã Sơn Tây.", id="decision-days"),
    pytest.param("Nội dung giám sát gồm việc chi hỗ trợ tại xã Sơn Tây.", id="remit"),
    pytest.param("Đoàn dự kiến ghi nhận ý kiến người dân xã Sơn Tây.", id="du-kien"),
]


def _article(*paragraphs: str, title: str | None = None):
    return read_article("\n\n".join(([title] if title else []) + list(paragraphs)))


@pytest.mark.parametrize("sentence", WORK_DONE)
def test_the_teams_work_told_done_makes_the_set_up_a_visit(sentence: str) -> None:
    article = _article(SET_UP, sentence)
    assert team_work_told(article) is not None
    assert non_visit_reason(article) is None


@pytest.mark.parametrize("sentence", STILL_TO_COME)
def test_a_set_up_whose_work_is_still_to_come_keeps_its_flag(sentence: str) -> None:
    article = _article(SET_UP, sentence)
    assert team_work_told(article) is None
    assert non_visit_reason(article) is not None


@given(st.sampled_from(["sẽ", "dự kiến", "chuẩn bị"]),
       st.sampled_from(["tổ chức đi thực tế", "phân công thành viên", "trực tiếp gặp người dân", "ghi nhận"]))
def test_any_work_done_wording_put_in_the_future_is_not_work_done(future: str, work: str) -> None:
    done = _article(SET_UP, f"Đoàn kiểm tra đã {work} tại xã Sơn Tây.")
    to_come = _article(SET_UP, f"Đoàn kiểm tra {future} {work} tại xã Sơn Tây.")
    assert team_work_told(done) is not None
    assert team_work_told(to_come) is None


OWN_SITTINGS = [
    pytest.param("Sáng 4/3, tại trụ sở HĐND tỉnh, Đoàn giám sát của HĐND tỉnh Hà Tĩnh về “Việc quản lý đất công; việc "
                 "cho thuê đất” họp phiên thứ nhất.", id="first-sitting-after-a-quoted-topic"),
    pytest.param("Đoàn khảo sát của Ban Dân tộc HĐND tỉnh tổ chức họp triển khai kế hoạch khảo sát năm 2024.",
                 id="plan-roll-out"),
    pytest.param("Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy đã họp phiên đầu tiên để thông qua đề cương.",
                 id="first-sitting-adopts-outline"),
    pytest.param("Chiều 2/6, Đoàn giám sát của Quốc hội tổ chức phiên họp thứ hai tại Nhà Quốc hội.",
                 id="second-sitting"),
]

SITTINGS_WITH_A_UNIT = [
    pytest.param("Sáng 4/3, Đoàn giám sát của HĐND tỉnh tổ chức phiên họp thứ nhất với UBND huyện Kỳ Anh.",
                 id="sitting-with-a-district"),
    pytest.param("Sau khi khảo sát thực tế tại xã Kỳ Thư, Đoàn giám sát của HĐND huyện họp phiên thứ hai.",
                 id="after-surveying-a-commune"),
    pytest.param("Đoàn giám sát của HĐND tỉnh họp với UBND huyện Kỳ Anh để triển khai kế hoạch giám sát.",
                 id="meets-with-a-district"),
]


@pytest.mark.parametrize("opening", OWN_SITTINGS)
def test_a_teams_own_sitting_is_its_own_meeting(opening: str) -> None:
    article = _article(opening, "Các thành viên góp ý vào đề cương báo cáo.")
    assert team_own_session(article)
    assert non_visit_reason(article) is not None


@pytest.mark.parametrize("opening", SITTINGS_WITH_A_UNIT)
def test_a_sitting_with_a_unit_or_after_a_visit_is_not_the_teams_own(opening: str) -> None:
    assert not team_own_session(_article(opening, "Huyện báo cáo đã giải ngân 12 tỷ đồng."))


HEADLINE = "Kiểm tra công tác xây dựng nông thôn mới tại xã Kỳ Thư"


@pytest.mark.parametrize("directions", [
    "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện, yêu cầu xã Kỳ Thư hoàn thiện hồ sơ các tiêu chí.",
    "Bà Lê Thị Hoa, Trưởng phòng Nông nghiệp, đề nghị xã Kỳ Thư đẩy nhanh tiến độ làm đường.",
    "Đồng chí Trần Văn Bình, Bí thư Huyện ủy, chỉ đạo xã Kỳ Thư tập trung nâng thu nhập.",
])
def test_a_check_headline_with_directions_to_the_place_is_a_visit(directions: str) -> None:
    article = _article("Xã Kỳ Thư đã đạt 14/19 tiêu chí.", directions, title=HEADLINE)
    assert headline_check_directed(article) == directions
    assert non_visit_reason(article) is None


def test_a_check_headline_still_to_come_or_directing_elsewhere_is_no_visit() -> None:
    to_come = _article("Tuần tới, đoàn của huyện sẽ kiểm tra tại xã Kỳ Thư.",
                       "Ông Nguyễn Văn Hải yêu cầu xã Kỳ Thư chuẩn bị hồ sơ.", title=HEADLINE)
    elsewhere = _article("Xã Kỳ Thư đã đạt 14/19 tiêu chí.", "Ông Nguyễn Văn Hải yêu cầu các phòng, ban rà soát.",
                         title=HEADLINE)
    assert headline_check_directed(to_come) is None
    assert headline_check_directed(elsewhere) is None
    assert non_visit_reason(to_come) is not None
