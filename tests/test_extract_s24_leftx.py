"""Session 24, classes left open by session 23: initials with no known head or a comma inside before the unit visited,
"đặc biệt là" opening a list item, a commune's council swapping experience with another commune's, the visiting body
named later in the lead paragraph. The articles are written for these tests (tuned t1601-t1609, t1615-t1619)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_article, extract_file
from store.extract.item_wording import split_items, without_connective
from store.extract.leader_visiting_captions import visiting_organs
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.text import Article, read_article
from store.extract.visit_unmade import cooperation_meeting
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())



def _record(number: int) -> dict:
    name = next(name for name in EXPECTED if name.startswith(f"t{number}_"))
    return extract_file(TUNED / name, today=TODAY).record


@pytest.mark.parametrize("agencies", ["TT PVHCC tỉnh", "VPĐKĐĐ tỉnh", "Sở VH,TT&DL tỉnh", "Sở VH, TT và DL tỉnh",
                                      "BV ĐK tỉnh", "Sở Y tế, Sở VH, TT&DL tỉnh"])
def test_initials_without_a_known_head_or_with_a_comma_come_before_the_unit(agencies: str) -> None:
    text = f"Đoàn đã khảo sát tại {agencies} và phường An Phú"
    assert listed_after_agencies(text, text.index("phường"))


@pytest.mark.parametrize("agencies", ["TT HĐND tỉnh", "TT UBND tỉnh", "TT. Phú Mỹ"])
def test_a_standing_committee_or_a_town_in_initials_is_no_agency(agencies: str) -> None:
    text = f"Đoàn đã khảo sát tại {agencies} và phường An Phú"
    assert not listed_after_agencies(text, text.index("phường"))


@pytest.mark.parametrize("number, ward", [(1601, "phường Quảng Phú"), (1602, "xã Phú Lộc")])
def test_the_unit_after_agencies_in_initials_is_visited(number: int, ward: str) -> None:
    assert [place["name"] for place in _record(number)["localities"]] == [ward]


def test_especially_before_a_verb_opens_an_item_of_its_own() -> None:
    assert without_connective("đặc biệt là sớm cấp máy siêu âm") == "sớm cấp máy siêu âm"
    assert split_items("bố trí vốn làm đường; đặc biệt là ưu tiên kinh phí cho các làng; hỗ trợ xã xây chợ") == [
        "bố trí vốn làm đường", "đặc biệt là ưu tiên kinh phí cho các làng", "hỗ trợ xã xây chợ"]


@pytest.mark.parametrize("text", ["tăng cường kiểm tra thực phẩm; đặc biệt là các bếp ăn tập thể",
                                  "tăng cường kiểm tra thực phẩm, đặc biệt là các bếp ăn tập thể"])
def test_especially_before_a_noun_narrows_the_item_before_it(text: str) -> None:
    assert split_items(text) == ["tăng cường kiểm tra thực phẩm, đặc biệt là các bếp ăn tập thể"]
    assert without_connective("đặc biệt là các bếp ăn") == "đặc biệt là các bếp ăn"


def test_a_connective_after_a_comma_cuts_one_piece_in_two() -> None:
    assert split_items("hỗ trợ kinh phí sửa nhà trạm, đồng thời tuyển thêm bác sĩ cho trạm") == [
        "hỗ trợ kinh phí sửa nhà trạm", "đồng thời tuyển thêm bác sĩ cho trạm"]
    assert split_items("xây dựng nhà văn hóa, đồng thời là nơi sinh hoạt của thôn") == [
        "xây dựng nhà văn hóa, đồng thời là nơi sinh hoạt của thôn"]


def test_the_items_of_t1603() -> None:
    record = _record(1603)
    assert [r["text"] for r in record["recommendations"]] == [
        "Bổ sung trang thiết bị cho trạm y tế.", "Sớm cấp máy siêu âm cho trạm.", "Hỗ trợ kinh phí sửa chữa nhà trạm.",
        "Tuyển thêm bác sĩ cho trạm."]
    assert [d["text"] for d in record["directions"]] == [
        "Tăng cường kiểm tra vệ sinh an toàn thực phẩm, đặc biệt là các bếp ăn tập thể.",
        "Rà soát danh sách người cao tuổi cần khám định kỳ."]


def _article(text: str) -> Article:
    return read_article(text)


def test_the_visiting_council_is_read_in_the_rest_of_the_lead_paragraph_when_the_first_sentences_name_none() -> None:
    lead = ("Ngày 4/11/2025, đoàn giám sát đã làm việc với UBND xã Cát Tiên. Đoàn kiểm tra trạm y tế. "
            "Cuộc giám sát nằm trong "
            "chương trình của Thường trực HĐND tỉnh Lâm Đồng.")
    assert visiting_organs(_article("Giám sát ở xã Cát Tiên\n\n" + lead)) == {("hdnd", "tinh")}
    later = ("Ngày 4/11/2025, đoàn giám sát đã làm việc với UBND xã Cát Tiên. Đoàn kiểm tra trạm y tế.\n\n"
             "Năm 2024, HĐND tỉnh Lâm Đồng đã giám sát.")
    assert visiting_organs(_article("Giám sát ở xã Cát Tiên\n\n" + later)) == set()


def test_the_first_sentences_council_is_kept_when_they_name_one() -> None:
    lead = ("Ngày 4/11/2025, Ban Pháp chế HĐND tỉnh Lâm Đồng đã làm việc với huyện Cát Tiên. Đoàn kiểm tra trạm y tế. "
            "Cùng "
            "dự có Thường trực HĐND huyện Cát Tiên.")
    assert visiting_organs(_article("Giám sát ở huyện Cát Tiên\n\n" + lead)) == {("hdnd", "tinh")}


@pytest.mark.parametrize("number, leader", [(1604, "Phạm Triều"), (1605, None)])
def test_a_caption_leader_of_the_council_named_later_in_the_lead(number: int, leader: str | None) -> None:
    assert (_record(number).get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("lead, peers", [
    ("Ngày 12/11/2025, Thường trực HĐND phường Hội An đã đến học tập kinh nghiệm tại Thường trực HĐND phường Tam Kỳ "
     "về cách điều hành kỳ họp.", True),
    ("Ngày 12/11/2025, Thường trực HĐND xã Ia Grai đã trao đổi kinh nghiệm với HĐND xã Ia Hrung về hoạt động.", True),
    ("Ngày 12/11/2025, Thường trực HĐND xã Ia Grai đã trao đổi kinh nghiệm với HĐND xã Ia Grai về hoạt động.", False),
    ("Ngày 12/11/2025, Thường trực HĐND xã Ia Grai đã giám sát và trao đổi kinh nghiệm với HĐND xã Ia Hrung.", False),
])
def test_a_commune_council_swapping_experience_with_another_is_no_visit(lead: str, peers: bool) -> None:
    assert cooperation_meeting(read_article("Hai xã trao đổi\n\n" + lead)) is peers


def test_t1606_is_no_visit() -> None:
    name = next(name for name in EXPECTED if name.startswith("t1606_"))
    assert extract_file(TUNED / name, today=TODAY).non_visit is not None


@pytest.mark.parametrize("site", ["Trạm Y tế Quảng Tiến", "Trạm y tế điểm Quảng Tiến", "điểm trạm Cư Suê"])
def test_a_clinic_named_after_a_former_commune_places_the_namesake(site: str) -> None:
    text = (f"Giám sát y tế xã Quảng Phú\n\nNgày 18/11/2025, Ban Kinh tế - Xã hội HĐND xã Quảng Phú đã giám sát "
            f"việc khám bệnh tại {site}.")
    assert [(p["name"], p["province"]["code"]) for p in extract_article(text, today=TODAY).record["localities"]] == [
        ("xã Quảng Phú", 66)]


def test_a_clinic_named_after_the_commune_itself_says_nothing() -> None:
    text = ("Giám sát y tế xã Quảng Phú\n\nNgày 18/11/2025, Ban Kinh tế - Xã hội HĐND xã Quảng Phú đã giám sát "
            "việc khám bệnh tại Trạm Y tế Quảng Phú.")
    assert extract_article(text, today=TODAY).record["localities"] == []


def test_t1607_is_placed_by_its_clinics() -> None:
    assert [p["ward"]["code"] for p in _record(1607)["localities"]] == [24259]
