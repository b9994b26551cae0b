"""District-era visit reports (2018–2024) and their look-alikes: the classes a real batch of them showed (session 10,
batch-older).

Each rule is also held to what it must not take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.extract import extract_article, extract_file
from store.extract.leader_assembly import assembly_of_kept, assembly_words_at
from store.extract.visit_round_words import sums_up_oversight
from store.reasons import Reason

TUNED = Path(__file__).parent / "articles" / "tuned"


def _leader(text: str) -> str | None:
    return (extract_article(text).record.get("leader") or {}).get("name")


# -- an Assembly committee's office written with "của Quốc hội" ----------------------------------------------


@pytest.mark.parametrize(("name", "leader"), [
    ("t621_assembly_committee_vice_chair_titled_before_name.txt", "Đặng Quốc Bảo"),
    ("t622_assembly_committee_member_named_first_titled_after.txt", "Lò Thị Sáu"),
])
def test_an_assembly_committee_office_holding_cua_quoc_hoi_names_its_leader(name: str, leader: str) -> None:
    assert (extract_file(TUNED / name).record.get("leader") or {}).get("name") == leader


def test_only_a_committee_name_keeps_its_cua() -> None:
    office = "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội X"
    assert assembly_of_kept(office) != office
    # the delegation "of" a council is no committee's name: its "của" still opens a new phrase
    assert assembly_of_kept("đoàn giám sát của HĐND tỉnh") == "đoàn giám sát của HĐND tỉnh"
    assert assembly_words_at("Trưởng đoàn của Quốc hội".split(), 2) == 0
    assert assembly_words_at("Ủy ban Xã hội của Quốc hội".split(), 4) == 3


def test_a_host_titled_with_the_assembly_is_still_no_leader() -> None:
    # an Assembly deputy who reports to a provincial council's team receives it
    text = ("Sáng 5/6/2022, Đoàn giám sát của HĐND tỉnh Lai Châu do ông Giàng A Tính, Phó Chủ tịch HĐND tỉnh làm "
            "trưởng đoàn làm việc với UBND huyện Mường Tè. Báo cáo với đoàn, bà Lò Thị Sáu, Ủy viên Ủy ban Xã hội của "
            "Quốc hội cho biết huyện đã cấp đủ thẻ bảo hiểm y tế.")
    assert _leader(text) == "Giàng A Tính"


# -- who is listed on the receiving locality's side hosts ----------------------------------------------------


@pytest.mark.parametrize(("name", "leader"), [
    ("t623_province_side_listed_after_ve_phia.txt", "Đỗ Minh Khang"),
    ("t624_district_chairman_named_on_its_side_of_an_unled_team.txt", None),
])
def test_people_on_the_receiving_side_are_hosts(name: str, leader: str | None) -> None:
    assert (extract_file(TUNED / name).record.get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("side", ["Về phía đoàn giám sát có đồng chí", "Về phía HĐND tỉnh, có đồng chí"])
def test_the_visiting_side_is_no_receiving_side(side: str) -> None:
    text = (f"Sáng 5/6/2022, Đoàn giám sát của HĐND tỉnh Lai Châu làm việc tại huyện Mường Tè. {side} Giàng A Tính, "
            "Phó Chủ tịch HĐND tỉnh, Trưởng đoàn giám sát.")
    assert _leader(text) == "Giàng A Tính"


# -- the unit a surveyed site lies in ------------------------------------------------------------------------


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize(("name", "wanted"), [
    ("t625_commune_glued_to_a_surveyed_health_station.txt", ["huyện Mai Sơn", "xã Tà Hộc"]),
    ("t626_border_sites_each_with_their_district.txt", ["huyện Thanh Chương", "huyện Kỳ Sơn", "xã Thanh Thủy"]),
])
def test_the_unit_of_a_surveyed_site_is_visited(name: str, wanted: list[str]) -> None:
    assert [loc["name"] for loc in extract_file(TUNED / name).record["localities"]] == wanted


@pytest.mark.parametrize("sentence", [
    # what was checked, then a district that does something: no site
    "Đoàn kiểm tra công tác chuẩn bị bầu cử, huyện Kỳ Sơn đã báo cáo đầy đủ.",
    # a resident and her commune
    "Đoàn đã thăm bà Lô Thị Hoa, xã Thanh Thủy.",
])
def test_no_site_no_unit(sentence: str) -> None:
    text = "Sáng 12/9/2022, Đoàn ĐBQH tỉnh Nghệ An làm việc với UBND huyện Thanh Chương. " + sentence
    assert _places(text) == ["huyện Thanh Chương"]


# -- "thời gian qua": the team's work summed up, or the hosts' life told -------------------------------------


def test_lately_the_hosts_life_is_no_round_up() -> None:
    assert extract_file(TUNED / "t627_lately_tells_how_the_visited_commune_lives.txt").non_visit is None


def test_lately_a_councils_oversight_is_a_round_up() -> None:
    said = extract_file(TUNED / "t628_lately_sums_up_a_councils_oversight.txt").non_visit
    assert isinstance(said, Reason) and said.code == "nonvisit.round_up"


@pytest.mark.parametrize(("sentence", "sums"), [
    ("Thời gian qua, đồng bào sống chủ yếu nhờ làm nương.", False),
    ("Thời gian qua, Đoàn ĐBQH tỉnh đã tổ chức nhiều cuộc tiếp xúc cử tri.", True),
])
def test_lately_sums_up_only_oversight(sentence: str, sums: bool) -> None:
    assert sums_up_oversight(sentence, "thời gian qua") is sums


# -- an excerpt that opens on a check's findings ----------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "t629_excerpt_opens_on_a_checks_findings_at_a_commune.txt",
    "t630_excerpt_opens_on_a_commune_bans_assessment.txt",
])
def test_an_excerpt_opening_on_findings_is_a_visit(name: str) -> None:
    assert extract_file(TUNED / name).non_visit is None


def test_findings_without_a_checking_team_stay_a_feature() -> None:
    # a feature that reads its own figures: no team ever named
    text = ("Qua kiểm tra, người dân ở nhiều xã đã quen nộp hồ sơ qua mạng.\n\nNhiều gia đình cho biết việc làm giấy "
            "tờ nay nhanh hơn trước, không phải đi lại nhiều lần.")
    assert extract_article(text).non_visit is not None


# -- a fraction of communes that says where a round went --------------------------------------------------------


def test_a_rounds_fraction_of_communes_is_no_figure() -> None:
    record = extract_file(TUNED / "t631_district_round_over_all_its_communes.txt").record
    assert 11 not in {f["value"] for f in record["figures"]}


def test_a_share_of_communes_after_its_verb_stays_a_figure() -> None:
    text = ("Sáng 5/3/2024, Đoàn giám sát HĐND huyện Nghĩa Hành làm việc với UBND huyện. Đến nay 14/14 xã, thị trấn "
            "đã công khai thủ tục hành chính.")
    assert [(f["value"], f.get("of")) for f in extract_article(text).record["figures"]] == [(14, 14)]
