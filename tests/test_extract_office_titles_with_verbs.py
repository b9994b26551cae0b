"""Titles written after a name whose office opens with a word that is also a verb (issue #12, titles in the review
screen; fresh47 v07): "Sở Thông tin và Truyền thông", "Ban Tổ chức", "Ủy ban Kiểm tra", "Ban Tiếp công dân", "Ban
Giám sát đầu tư cộng đồng" were cut at "Thông tin", "Tổ chức", "Kiểm tra", "Tiếp", "Giám sát", which end a title as
verbs ("ông X, Giám đốc Sở Y tế thông tin thêm ..."). Capitalised they open the office; in lower case they still end
the title. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.extract import extract_article

TUNED = Path(__file__).parent / "articles" / "tuned"


def leader_title(text: str) -> str:
    return (extract_article(text).record.get("leader") or {}).get("title", "")


def roles_of(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in extract_article(text).record.get("people", [])}


_OFFICES = ["Trưởng Ban Tổ chức Huyện ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Phó Giám đốc Sở Thông tin và "
            "Truyền thông", "Trưởng Ban Tiếp công dân tỉnh", "Phó Trưởng ban Giám sát đầu tư cộng đồng huyện",
            "Phó Trưởng phòng Văn hóa và Thông tin huyện", "Giám đốc Sở Thông tin - Truyền thông"]


@pytest.mark.parametrize("office", _OFFICES)
def test_the_head_keeps_an_office_that_opens_with_a_verb(office: str) -> None:
    text = (f"Sáng 8/3/2024, đoàn kiểm tra của tỉnh do ông Lường Văn Khoa, {office} làm trưởng đoàn đã kiểm tra bộ "
            "phận một cửa xã Mường Lói.")
    assert leader_title(text).startswith(office)


@pytest.mark.parametrize("office", _OFFICES)
def test_a_member_keeps_an_office_that_opens_with_a_verb(office: str) -> None:
    text = ("Sáng 8/3/2024, đoàn giám sát của HĐND huyện do ông Lường Văn Khoa, Phó Chủ tịch HĐND huyện làm trưởng "
            f"đoàn đã giám sát tại xã Mường Lói. Tiếp đoàn có bà Quàng Thị Sen, {office}, và lãnh đạo xã.")
    assert roles_of(text).get("Quàng Thị Sen") == office


@pytest.mark.parametrize(("verb", "office"), [("thông tin thêm", "Phó Giám đốc Sở Tư pháp"),
                                              ("tổ chức buổi làm việc", "Phó Chủ tịch UBND huyện"),
                                              ("kiểm tra sổ theo dõi", "Trưởng phòng Nội vụ huyện"),
                                              ("tiếp đoàn", "Chủ tịch UBND xã")])
def test_the_verb_in_lower_case_still_ends_the_title(verb: str, office: str) -> None:
    text = ("Sáng 8/3/2024, đoàn giám sát của HĐND huyện do ông Lường Văn Khoa, Phó Chủ tịch HĐND huyện làm trưởng "
            f"đoàn đã giám sát tại xã Mường Lói. Bà Quàng Thị Sen, {office} {verb}.")
    assert roles_of(text).get("Quàng Thị Sen") == office


def test_the_head_of_the_oversight_team_in_capitals_stays_a_title() -> None:
    text = ("Ngày 8/3/2024, đồng chí Lường Văn Khoa, Phó Chủ tịch HĐND tỉnh, Trưởng Đoàn giám sát đã làm việc với "
            "UBND huyện Mường Lát.")
    assert leader_title(text) == "Phó Chủ tịch HĐND tỉnh, Trưởng Đoàn giám sát"


@pytest.mark.parametrize(("name", "title"), [
    ("t2010_organisation_board_chief_named_after_the_leader.txt", "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tổ "
     "chức Huyện ủy, Trưởng đoàn"),
    ("t2011_inspection_committee_chairman_checks_land_dossiers.txt", "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy "
     "ban Kiểm tra Tỉnh ủy"),
    ("t2012_information_department_director_surveys_digital_work.txt", "Giám đốc Sở Thông tin và Truyền thông"),
    ("t2013_citizen_reception_board_chief_named_after_the_leader.txt", "Trưởng Ban Tiếp công dân tỉnh, Trưởng đoàn"),
    ("t2016_look_alike_head_of_the_oversight_team_in_capitals.txt", "Phó Chủ tịch HĐND tỉnh, Trưởng Đoàn giám sát"),
])
def test_tuned_leaders_titles(name: str, title: str) -> None:
    assert leader_title((TUNED / name).read_text(encoding="utf-8")) == title


@pytest.mark.parametrize(("name", "person", "role"), [
    ("t2014_information_office_deputy_head_receives_the_team.txt", "Lù Văn Dìn",
     "Phó Trưởng phòng Văn hóa và Thông tin huyện"),
    ("t2015_look_alike_a_director_informs_in_lower_case.txt", "Nông Đức Minh", "Phó Giám đốc Sở Tư pháp"),
])
def test_tuned_peoples_roles(name: str, person: str, role: str) -> None:
    assert roles_of((TUNED / name).read_text(encoding="utf-8")).get(person) == role
