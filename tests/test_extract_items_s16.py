"""Recommendations and directions, session 16: who speaks without a name, what is no item, lists, items said twice,
addressees named in full, imperatives after a direction. The articles are written for these tests (tuned
t1016-t1025); the look-alikes say what must not change."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import orjson
import pytest

from store.extract import extract_article, extract_file
from store.extract.item_lists import first_time, listed_entries, shares_object
from store.extract.item_nonitems import earlier_recommendations, noun_use, question_or_finding, stated_goal
from store.extract.item_voices import council_speaker, higher_committee, pronoun_or_title, recommended_to
from store.extract.leaders import Leader
from store.extract.places import Places
from store.folding import fold
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())
S16 = sorted(name for name in EXPECTED if name.startswith(tuple(f"t{n}_" for n in range(1016, 1026))))


def _words(text: str) -> set[str]:
    return set(fold(text).replace(",", " ").replace(".", " ").split())


def _items(text: str) -> dict[str, list[dict]]:
    record = extract_article(text, today=TODAY).record
    return {field: record[field] for field in ("recommendations", "directions")}


@pytest.mark.parametrize("name", S16)
def test_the_session_16_articles_give_their_items(name: str) -> None:
    record = extract_file(TUNED / name, today=TODAY).record
    for field in ("recommendations", "directions"):
        found, wanted = record[field], EXPECTED[name][field]
        assert len(found) == len(wanted), (field, [item["text"] for item in found])
        for got, want in zip(found, wanted, strict=True):
            common = _words(got["text"]) & _words(want["text"])
            assert len(common) >= 0.6 * min(len(_words(got["text"])), len(_words(want["text"]))), (got, want)


def test_who_asks_and_whom_is_kept_on_the_items() -> None:
    record = extract_file(TUNED / "t1016_a_provincial_committee_that_inspected_directs_the_commune.txt",
                          today=TODAY).record
    assert [item["by"] for item in record["directions"]] == ["UBND tỉnh", "UBND tỉnh"]
    assert record["recommendations"][0]["to"] == "UBND tỉnh"
    record = extract_file(TUNED / "t1023_an_addressee_named_in_full_and_a_request_made_of_staff.txt",
                          today=TODAY).record
    assert [item["to"] for item in record["directions"][:2]] == [
        "Công an TP Đà Nẵng", "các đơn vị chức năng thuộc Công an thành phố"]


# -- who speaks ------------------------------------------------------------------------------------------------------

LEADER = Leader("Lê Quốc Hùng", "Thượng tướng, Thứ trưởng Bộ Công an", None, "test")


@pytest.mark.parametrize(("clause", "spoken"), [
    ("Thứ trưởng ", True),
    ("Đồng thời, Thứ trưởng Bộ Công an ", True),
    ("Bà cũng ", True),
    ("Ông còn ", True),
    ("Chủ tịch UBND xã ", False),  # a local official, not the leader's title
    ("Thứ ", False),  # one word is no title
])
def test_the_leader_by_his_title_or_a_pronoun(clause: str, spoken: bool) -> None:
    assert pronoun_or_title(clause, LEADER) is spoken


class _Visited:
    def __init__(self, level: str) -> None:
        self.level = level


class _FewPlaces:
    def __init__(self, *levels: str) -> None:
        self.visited = [_Visited(level) for level in levels]


def _Places(*levels: str) -> Places:  # noqa: N802  (reads as the class it stands for)
    return cast("Places", _FewPlaces(*levels))


def test_a_council_speaks_unless_it_is_the_visited_communes_own() -> None:
    assert council_speaker("Qua giám sát, Thường trực HĐND huyện ", _Places("xã")) == "Thường trực HĐND huyện"
    assert council_speaker("Thường trực HĐND xã ", _Places("xã")) is None
    assert council_speaker("Thường trực HĐND huyện Cư M'gar có thông báo về ", _Places("xã")) is None


def test_a_higher_committee_directs_only_a_lower_unit() -> None:
    assert higher_committee("Sau kiểm tra, UBND huyện ", " các xã, thị trấn ban hành kế hoạch") == \
        "UBND huyện"
    assert higher_committee("UBND xã ", " UBND tỉnh sớm cấp kinh phí") is None
    assert higher_committee("UBND huyện ", " tỉnh hỗ trợ kinh phí") is None


def test_a_delegation_recommending_to_the_ward_is_a_direction() -> None:
    told = recommended_to("kiến nghị", "Đoàn đã ghi nhận và có những ",
                          ", đề xuất đối với HĐND phường Tam Kỳ tiếp tục đổi mới cách tổ chức kỳ họp")
    assert told == ("HĐND phường Tam Kỳ", "tiếp tục đổi mới cách tổ chức kỳ họp")
    assert recommended_to("kiến nghị", "UBND xã ", " tỉnh sớm cấp kinh phí") is None


# -- what is no item -------------------------------------------------------------------------------------------------

def test_questions_findings_goals_and_nouns() -> None:
    assert question_or_finding("đề nghị", "làm rõ một số nội dung như nguyên nhân hồ sơ trễ hạn")
    assert not question_or_finding("đề nghị", "làm rõ nguyên nhân chậm trả kết quả đối với 122 hồ sơ còn tồn")
    assert question_or_finding("chỉ rõ", " cụ thể những việc còn tồn tại hạn chế cần khắc phục")
    assert stated_goal("nhấn mạnh", ", mục tiêu cuối cùng của Trung tâm là phục vụ nhân dân")
    assert stated_goal("nhấn mạnh", " nhiều cuộc giám sát đã đi thẳng vào những việc người dân bức xúc")
    assert not stated_goal("nhấn mạnh", ", xã cần tiếp tục rà soát hồ sơ")
    assert noun_use("kiến nghị", "lắng nghe, ghi nhận những ý kiến, ", " chính đáng của cử tri")
    assert noun_use("giao", "hoàn thành các nhiệm vụ được ", " trong kế hoạch")
    assert noun_use("giao", "về việc giao đất, ", " rừng cho cộng đồng")
    assert not noun_use("giao", "Trưởng đoàn ", " UBND xã rà soát hồ sơ")
    assert earlier_recommendations("giám sát việc khắc phục các kiến nghị sau giám sát của HĐND huyện")


# -- lists, pairs of verbs, items said twice ------------------------------------------------------------------------

def test_a_list_after_its_lead_in() -> None:
    assert listed_entries(", kiến nghị một số nội dung như: hỗ trợ kinh phí xây trạm; sớm kết nối dữ liệu hộ tịch") == \
        ["hỗ trợ kinh phí xây trạm", "sớm kết nối dữ liệu hộ tịch"]
    assert listed_entries("bổ sung một số nội dung như cần duy trì đánh giá, niêm yết thời gian làm việc") == \
        ["cần duy trì đánh giá", "niêm yết thời gian làm việc"]
    assert listed_entries("tiếp tục rà soát hồ sơ; công khai thủ tục") is None


def test_two_verbs_of_one_object_and_a_request_said_twice() -> None:
    assert shares_object("tổ chức kiểm tra", "rà soát hệ thống bảo mật")
    assert shares_object("khẩn trương rà soát", "bố trí nơi tái định cư")
    assert not shares_object("đẩy mạnh cải cách hành chính", "rà soát hồ sơ")
    seen: set[tuple[str, str]] = set()
    assert first_time("directions", "Tiếp tục tập huấn kỹ năng số.", seen)
    assert not first_time("directions", "tiếp tục tập huấn kỹ năng số", seen)
    assert first_time("recommendations", "Tiếp tục tập huấn kỹ năng số.", seen)


# -- look-alikes on whole texts ---------------------------------------------------------------------------------------

def test_a_commune_asking_the_province_after_an_opener_stays_a_recommendation() -> None:
    items = _items("Ngày 3/10/2025, Đoàn giám sát của HĐND tỉnh Hà Tĩnh do ông Lê Văn Khánh, Phó Chủ tịch HĐND tỉnh, "
                   "làm Trưởng đoàn đã giám sát tại xã Đức Thọ.\n\nQua giám sát, UBND xã Đức Thọ kiến nghị tỉnh sớm "
                   "bố trí kinh phí sửa trụ sở.")
    assert [item["text"] for item in items["recommendations"]] == ["Sớm bố trí kinh phí sửa trụ sở."]
    assert items["directions"] == []


def test_a_need_the_commune_states_after_a_direction_is_no_direction() -> None:
    items = _items("Ngày 3/10/2025, Đoàn giám sát của HĐND tỉnh Hà Tĩnh do ông Lê Văn Khánh, Phó Chủ tịch HĐND tỉnh, "
                   "làm Trưởng đoàn đã giám sát tại xã Đức Thọ.\n\nÔng Lê Văn Khánh đề nghị xã rà soát hồ sơ tồn đọng. "
                   "Bên cạnh đó, xã còn những khó khăn về trụ sở. Xã cần thêm kinh phí.")
    assert [item["text"] for item in items["directions"]] == ["Rà soát hồ sơ tồn đọng."]
