"""Leader, visit and body classes seen on real sets (session 8, people-left); the texts are written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.duplicates import probable_duplicates, same_head
from store.extract.role_spelling import role_words


def leader_of(text: str) -> str | None:
    draft = extract_article(text)
    assert draft.non_visit is None, draft.non_visit
    return (draft.record.get("leader") or {}).get("name")


# -- a listing page of dated stories: the visit's own paragraph names its head ---------------------------------------


@pytest.mark.parametrize(("subject", "leader"), [
    ("Phó Chủ tịch Hội Nông dân Việt Nam Lưu Quang Định", "Lưu Quang Định"),
    ("Lãnh đạo Hội Nông dân Việt Nam", None),  # the visit names no one: still never the other story's chair
])
def test_a_later_dated_story_on_a_listing_page_never_gives_the_head(subject: str, leader: str | None) -> None:
    text = (f"Ngày 8/10, {subject} cùng Đoàn công tác đã làm việc với Hội Nông dân tỉnh Lâm Đồng về việc giám sát "
            "chuyên đề.\nNgày 1/10, Bộ trưởng Bộ Tài chính Phạm Văn Tú đã chủ trì cuộc họp triển khai kế hoạch "
            "kiểm tra.")
    assert leader_of(text) == leader


def test_a_visits_second_day_still_names_the_head_when_the_first_names_no_one() -> None:
    text = ("Ngày 12/6/2024, Đoàn giám sát của HĐND tỉnh Kon Tum làm việc tại xã Đăk Hà.\n"
            "Ngày 13/6/2024, đoàn do ông Nguyễn Văn Lâm, Phó Chủ tịch HĐND tỉnh dẫn đầu tiếp tục giám sát tại xã "
            "Ngọc Réo.")
    assert leader_of(text) == "Nguyễn Văn Lâm"


# -- the head's office misspelt --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "read"), [
    ("do ông A làm trường đoàn đã", "do ông A làm trưởng đoàn đã"),
    ("làm Trưỡng đoàn giám sát", "làm Trưởng đoàn giám sát"),
    ("bà X, Trưởng đòan khảo sát", "bà X, Trưởng đoàn khảo sát"),
    ("do ông Y làm truong doan", "do ông Y làm trưởng đoàn"),
    ("bà Z, trường đoàn kiểm tra", "bà Z, trưởng đoàn kiểm tra"),
])
def test_near_misses_of_the_heads_office_are_read_right(written: str, read: str) -> None:
    assert role_words(written) == read and len(role_words(written)) == len(written)


@pytest.mark.parametrize("text", [
    "Hiệu trưởng Trường Đoàn Thị Điểm báo cáo",  # a school named after a person
    "ông Trương Đoàn Phú, Chủ tịch UBND xã",  # a surname
    "Trưởng Đoàn ĐBQH tỉnh",  # spelt right already
    "học sinh trường đoàn kết",  # a school's motto, no head's phrase around it
])
def test_words_that_only_look_like_the_office_stay_as_written(text: str) -> None:
    assert role_words(text) == text


def test_a_misspelt_head_leads_and_no_school_head_does() -> None:
    assert leader_of("Sáng 4/3/2024, Đoàn giám sát của HĐND tỉnh Bình Định do ông Trần Quốc Bảo, Phó Chủ tịch HĐND "
                     "tỉnh làm trường đoàn đã giám sát tại xã Cát Tiến.") == "Trần Quốc Bảo"
    assert leader_of("Sáng 4/3/2024, Đoàn giám sát của HĐND tỉnh Bình Định đã giám sát tại xã Cát Tiến. Bà Lê Thị Na, "
                     "Hiệu trưởng Trường Đoàn Thị Điểm cho biết trường có 900 học sinh.") is None


# -- what a call is --------------------------------------------------------------------------------------------------


def test_a_led_relief_or_gift_call_is_no_visit_but_a_led_check_is_one() -> None:
    relief = ("Chiều 5-11-2024, Đoàn công tác của Ủy ban MTTQ tỉnh do ông Võ Văn Hùng dẫn đầu đã đến thăm và trao "
              "tiền hỗ trợ các hộ dân xã Hành Thiện bị thiệt hại do lũ.")
    assert extract_article(relief).non_visit is not None
    check = ("Chiều 5-11-2024, Đoàn công tác của Ủy ban MTTQ tỉnh do ông Võ Văn Hùng dẫn đầu đã đến thăm, kiểm tra "
             "việc phân bổ tiền hỗ trợ các hộ dân xã Hành Thiện.")
    assert extract_article(check).non_visit is None


def test_a_teams_consultation_in_a_commune_is_a_visit_and_a_councils_own_is_none() -> None:
    assert extract_article("Ngày 9/5/2024, tổ công tác liên ngành của huyện đã về xã Sơn Long lấy ý kiến của người "
                           "dân về phương án bồi thường.").non_visit is None
    assert extract_article("Ngày 9/5/2024, UBND xã Sơn Long tổ chức lấy ý kiến nhân dân về dự thảo quy hoạch."
                           ).non_visit is not None
    assert extract_article("Tuần tới, tổ công tác liên ngành của huyện sẽ về xã Sơn Long lấy ý kiến của người dân."
                           ).non_visit is not None


# -- the head among those attending ----------------------------------------------------------------------------------


def test_the_visiting_party_committees_secretary_among_those_attending_leads() -> None:
    assert leader_of("Ngày 7/4/2024, Đoàn công tác của Ban Thường vụ Huyện ủy Ba Tơ đã có buổi làm việc với Đảng ủy "
                     "xã Ba Dinh. Tham dự buổi làm việc có đồng chí Đinh Văn Lên, Tỉnh ủy viên, Bí thư Huyện ủy; đồng "
                     "chí Phạm Văn Tư, Phó Chủ tịch UBND huyện.") == "Đinh Văn Lên"


def test_a_party_committees_team_is_named_after_the_committee_not_its_heads_other_office() -> None:
    draft = extract_article("Ngày 7/4/2024, Đoàn công tác của ban thường vụ huyện ủy Ba Tơ đã có buổi làm việc với "
                            "Đảng ủy xã Ba Dinh. Tham dự có đồng chí Đinh Văn Lên, Bí thư Huyện ủy, Chủ tịch HĐND "
                            "huyện.")
    assert draft.record["body"] == "Đoàn công tác, Ban thường vụ huyện ủy Ba Tơ"


def test_a_host_who_only_sits_on_the_visiting_committee_does_not_lead() -> None:
    assert leader_of("Ngày 7/4/2024, Đoàn công tác của Ban Thường vụ Tỉnh ủy Quảng Ngãi đã có buổi làm việc với "
                     "Huyện ủy Ba Tơ. Tham dự buổi làm việc có đồng chí Đinh Văn Lên, Tỉnh ủy viên, Bí thư Huyện "
                     "ủy.") is None


# -- a province's department as the body -----------------------------------------------------------------------------


def test_a_departments_team_keeps_the_department_and_a_department_worked_with_is_no_body() -> None:
    own = extract_article("Ngày 5/3/2025, Đoàn kiểm tra của Sở Tư pháp tỉnh Quảng Ngãi do ông Lê Văn Hòa, Phó Giám đốc "
                          "Sở, làm trưởng đoàn đã kiểm tra công tác hộ tịch tại xã Ba Tơ.")
    assert own.record["body"] == "Đoàn kiểm tra, Sở Tư pháp tỉnh Quảng Ngãi"
    host = extract_article("Ngày 5/3/2025, Đoàn giám sát của HĐND tỉnh Quảng Ngãi làm việc với Sở Tư pháp tỉnh về "
                           "công tác hộ tịch.")
    assert "Sở" not in host.record["body"]


def test_one_inspection_named_after_the_department_or_its_steering_committee_is_one_visit() -> None:
    place = [{"name": "phường Hạc Thành", "province": {"code": 38}, "ward": {"code": 14230}}]
    stored = {"id": "2025-11-27-a", "date": "2025-11-27", "localities": place, "figures": [],
              "body": "Đoàn kiểm tra, Ban Chỉ đạo cải cách hành chính tỉnh Thanh Hóa",
              "leader": {"name": "Lò Văn Thịnh"}}
    draft = {"id": "draft", "date": "2025-11-27", "localities": place, "figures": [],
             "body": "Đoàn kiểm tra, Sở Nội vụ", "leader": {"name": "Lò văn Thịnh"}}
    assert same_head(draft, stored) and [d.stored_id for d in probable_duplicates(draft, [stored])] == ["2025-11-27-a"]
    other = dict(draft, leader={"name": "Nguyễn Văn Minh"})
    assert probable_duplicates(other, [stored]) == []
    assert not same_head(dict(draft, leader=None), dict(stored, leader=None))


@pytest.mark.parametrize("written", ["Đoàn Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội", "Đoàn ĐBQH"])
@pytest.mark.parametrize("verb", ["dẫn đầu", "làm trưởng đoàn"])
def test_a_delegation_of_deputies_written_with_a_capital_is_its_body(written: str, verb: str) -> None:
    """"Đoàn Đại biểu Quốc hội tỉnh X" (as often capitalised as not) had given the body "Quốc hội": the province's
    delegation was read from "Quốc hội" on (session 18, a first user's own article)."""
    text = (f"Chiều 22/10/2025, {written} tỉnh Quảng Trị do bà Lê Thị Thanh Hương, Phó Trưởng đoàn chuyên trách, "
            f"{verb} đã khảo sát tình hình triển khai Đề án 06 tại xã Bố Trạch.")
    draft = extract_article(text)
    assert draft.record["body"] == "Đoàn ĐBQH tỉnh Quảng Trị"
