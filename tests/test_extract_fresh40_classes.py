"""Classes seen on the real set s25/fresh40 (South Central Coast and Central Highlands); the texts are written for
these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article


def leader_of(text: str) -> dict:
    draft = extract_article(text)
    assert draft.non_visit is None, draft.non_visit
    return draft.record.get("leader") or {}


def difficulties_of(text: str) -> list[str]:
    return [item["text"] for item in extract_article(text).record.get("difficulties", [])]


# -- a dated opening's city or quarter before the head's office: "phố" is no "Phó" -----------------------------------


@pytest.mark.parametrize("venue", ["thành phố Tuy Hòa", "khu phố Ninh Tịnh", "thị xã Đông Hòa"])
def test_the_pho_of_a_venue_adds_no_office_to_the_head(venue: str) -> None:
    text = (f"Sáng 9/5/2023, tại {venue}, Trưởng Ban Pháp chế HĐND tỉnh Phú Yên Lê Văn Toàn cùng đoàn giám sát "
            "làm việc với Công an tỉnh về việc cấp căn cước công dân.")
    leader = leader_of(text)
    assert leader.get("name") == "Lê Văn Toàn"
    assert leader.get("title") == "Trưởng Ban Pháp chế HĐND tỉnh Phú Yên"


def test_offices_listed_before_the_heads_own_are_still_read() -> None:
    text = ("Sáng 9/5/2023, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh Phú Yên Lê Văn Toàn dẫn đầu đoàn "
            "giám sát làm việc với UBND huyện Tây Hòa.")
    assert leader_of(text).get("title") == "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh Phú Yên"


# -- "khó khăn nhưng": the "như" inside "nhưng" opens no list of problems -------------------------------------------


def test_nhung_after_hardships_is_no_difficulty() -> None:
    text = ("Ngày 20/10/2022, Đoàn giám sát HĐND huyện Đắk Song đã giám sát tại UBND xã Nam Bình.\n"
            "Dù còn nhiều khó khăn nhưng xã đã số hóa 2.300 hồ sơ hộ tịch.")
    assert difficulties_of(text) == []


def test_nhu_after_hardships_still_opens_the_list() -> None:
    text = ("Ngày 20/10/2022, Đoàn giám sát HĐND huyện Đắk Song đã giám sát tại UBND xã Nam Bình.\n"
            "Xã còn một số khó khăn như thiếu máy tính, đường truyền chập chờn.")
    found = difficulties_of(text)
    assert found and found[0].lower().startswith("thiếu máy tính")


# -- "Hội Liên hiệp Phụ nữ": the lower-case "hiệp" of a union's name ends no role ------------------------------------


def test_a_womens_union_chair_keeps_the_whole_union_name() -> None:
    text = ("Sáng 24/4/2024, Ban Pháp chế HĐND huyện Chư Pưh đã giám sát tại UBND xã Ia Phang.\n"
            "Làm việc với đoàn có bà Lê Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ xã.")
    roles = {p["name"]: p.get("role") for p in extract_article(text).record.get("people", [])}
    assert roles.get("Lê Thị Nga") == "Chủ tịch Hội Liên hiệp Phụ nữ xã"
