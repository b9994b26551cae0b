"""Leaders named without the usual phrase: an abbreviated office glued to the name, and the first official of rank
listed as taking part when no one is called head (issue #12)."""

from __future__ import annotations

from store.extract import extract_article
from store.extract.leader_members import past_abbreviated_title
from tests.leads import TODAY


def _leader(text: str) -> str | None:
    leader = extract_article(text, today=TODAY).record["leader"]
    return str(leader["name"]) if leader else None


def test_abbreviated_office_glued_by_a_hyphen_is_stepped_over() -> None:
    assert past_abbreviated_title("- PCT HĐND huyện Đông Anh làm trưởng đoàn.") == " làm trưởng đoàn."
    assert past_abbreviated_title(", CT UBND xã A chủ trì") == " chủ trì"
    # an ordinary word after the dash is no abbreviation
    assert past_abbreviated_title("- Phó Chủ tịch làm trưởng đoàn") == "- Phó Chủ tịch làm trưởng đoàn"


def test_head_with_an_abbreviated_office() -> None:
    text = ("Ngày 3/4/2024, Đoàn giám sát HĐND huyện Đông Anh đã làm việc với UBND xã Xuân Nộn về công tác "
            "giải phóng mặt bằng. Bà Ngô Thị Lan- PCT HĐND huyện Đông Anh làm trưởng đoàn.\n")
    assert _leader(text) == "Ngô Thị Lan"


def test_first_chair_taking_part_leads_when_no_head_is_named() -> None:
    text = ("Ngày 8/3/2024, Thường trực HĐND huyện Hưng Hà giám sát việc chi trả trợ cấp tại xã Tân Lễ. "
            "Tham gia đoàn giám sát có đồng chí Phạm Văn Mạnh, Chủ tịch HĐND huyện, đồng chí Trưởng ban Pháp chế "
            "HĐND huyện.\n")
    assert _leader(text) == "Phạm Văn Mạnh"


def test_a_named_head_wins_over_those_taking_part() -> None:
    text = ("Ngày 8/3/2024, Đoàn kiểm tra của UBND huyện Hưng Hà do ông Đỗ Văn Hùng, Phó Chủ tịch UBND huyện, làm "
            "trưởng đoàn đã kiểm tra tại xã Tân Lễ. Tham gia đoàn có ông Lê Văn Tú, Chủ tịch Hội Nông dân huyện.\n")
    assert _leader(text) == "Đỗ Văn Hùng"


_PORTAL = "https://thachlac.hatinh.gov.vn/tin-tuc/giam-sat"


def _places(text: str, url: str) -> list[str]:
    return [str(loc["name"]) for loc in extract_article(text, today=TODAY, url=url).record["localities"]]


def test_commune_portal_places_the_commune_the_text_names() -> None:
    text = ("Ngày 12/9/2024, Thường trực HĐND xã đã giám sát công tác tiêm chủng tại Trạm Y tế Thạch Lạc.\n")
    assert _places(text, _PORTAL) == ["xã Thạch Lạc"]


def test_commune_portal_never_adds_a_commune_the_text_does_not_name() -> None:
    text = "Ngày 12/9/2024, Thường trực HĐND xã đã giám sát công tác tiêm chủng tại trạm y tế xã.\n"
    assert _places(text, _PORTAL) == []


def test_a_named_commune_wins_over_the_portal() -> None:
    text = "Ngày 12/9/2024, Thường trực HĐND xã Cẩm Lạc đã giám sát công tác tiêm chủng tại Trạm Y tế Thạch Lạc.\n"
    assert _places(text, _PORTAL) == ["xã Cẩm Lạc"]
