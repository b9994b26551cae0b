"""Recommendations, directions and topics, session 17: guidance as a direction, a report made to the team, an office
of the ward that asks, "A và B" entries, a verb said twice, goals and captions that ask nothing, dossiers appraised
and procedures posted. The articles are written for these tests (tuned t1180-t1194); the look-alikes say what must
not change."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_article, extract_file
from store.extract.item_guidance import guided_unit
from store.extract.item_lists import listed_entries, purpose_goes_on
from store.extract.item_local_speakers import reported_to_team
from store.extract.item_nonitems import noun_use, stated_goal
from store.extract.item_wording import split_addressee
from store.extract.topic_mentions import mask_passing_mentions
from store.extract.topic_words import topics_in_other_words
from store.folding import fold
from store.taxonomy import taxonomy
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())
S17 = sorted(name for name in EXPECTED if name.startswith(tuple(f"t{n}_" for n in (*range(1180, 1200), 1106, 1107))))


def _words(text: str) -> set[str]:
    return set(fold(text).replace(",", " ").replace(".", " ").split())


def _record(number: int) -> dict:
    name = next(name for name in S17 if name.startswith(f"t{number}_"))
    return extract_file(TUNED / name, today=TODAY).record


@pytest.mark.parametrize("name", S17)
def test_the_session_17_articles_give_their_items(name: str) -> None:
    record = extract_file(TUNED / name, today=TODAY).record
    for field in ("recommendations", "directions"):
        found, wanted = record[field], EXPECTED[name][field]
        assert len(found) == len(wanted), (field, [item["text"] for item in found])
        for got, want in zip(found, wanted, strict=True):
            common = _words(got["text"]) & _words(want["text"])
            assert len(common) >= 0.6 * min(len(_words(got["text"])), len(_words(want["text"]))), (got, want)


def test_an_office_of_the_ward_is_who_asks() -> None:
    assert [item["by"] for item in _record(1184)["recommendations"]] == ["Công an phường Sa Đéc"]
    assert [item["by"] for item in _record(1186)["recommendations"]] == [
        "Trung tâm Phục vụ hành chính công xã Hương Khê"]
    record = _record(1185)  # "Đơn vị được kiểm tra" after "kiểm tra thực tế tại Công an xã Long Thành"
    assert {item["by"] for item in record["recommendations"]} == {"Công an xã Long Thành"}
    assert [item["to"] for item in record["directions"]] == ["Công an xã Long Thành"]
    assert [item["by"] for item in _record(1106)["recommendations"]] == [  # heads of the offices, named with a rank
        "Công an phường Bình Minh", "Trung tâm Phục vụ hành chính công phường Bình Minh"]


def test_the_ward_that_reports_to_the_team_asks() -> None:
    record = _record(1187)
    assert [item["by"] for item in record["recommendations"]] == ["UBND phường Cẩm Phả"]
    assert [item["by"] for item in record["directions"]] == ["Trịnh Thị Minh Thanh"]
    assert reported_to_team("Báo cáo với đoàn, Chủ tịch UBND xã ") == "Chủ tịch UBND xã "
    assert reported_to_team("Sau khi nghe báo cáo của xã, đoàn ") is None


def test_guidance_is_a_direction_to_the_unit_guided() -> None:
    record = _record(1180)
    assert [item["to"] for item in record["directions"]] == ["các bộ phận chuyên môn của xã"]
    assert guided_unit("Cán bộ một cửa ", " người dân kê khai tờ khai") is None
    assert guided_unit("Đoàn đã ", ", giải đáp những vướng mắc") is None
    assert guided_unit("đã chỉ đạo các phòng đôn đốc, rà soát, ", " các phường thực hiện tốt nhiệm vụ") is None
    assert guided_unit("từ đó ", " UBND xã hoàn thiện kế hoạch") == ("UBND xã", "hoàn thiện kế hoạch")


def test_a_list_entry_with_and_before_a_new_ask_is_two() -> None:
    assert listed_entries("một số vấn đề như nâng cấp đường truyền kết nối dữ liệu và kinh phí phục vụ Đề án 06") == [
        "nâng cấp đường truyền kết nối dữ liệu", "kinh phí phục vụ Đề án 06"]
    pair = "một số nội dung như: đầu tư cơ sở vật chất và trang thiết bị cho trạm, bổ sung biên chế"
    assert listed_entries(pair) == ["đầu tư cơ sở vật chất và trang thiết bị cho trạm", "bổ sung biên chế"]
    assert listed_entries("một số vấn đề như tuyên truyền và hỗ trợ người dân") == [
        "tuyên truyền và hỗ trợ người dân"]  # a side of two words is too short to stand alone


def test_a_verb_said_twice_and_the_team_addressed_are_no_words_of_the_item() -> None:
    assert split_addressee(", đề xuất các sở, ngành liên quan của tỉnh quan tâm mở lớp") == (
        "các sở, ngành liên quan của tỉnh", "quan tâm mở lớp")
    assert split_addressee(" với đoàn một số vấn đề như: A; B") == (None, "một số vấn đề như: A; B")


def test_goals_captions_and_directing_as_a_thing_ask_nothing() -> None:
    assert stated_goal("nhấn mạnh", ", hoạt động giám sát nhằm đánh giá thực trạng của Trung tâm")
    assert not stated_goal("nhấn mạnh", ", Trung tâm cần bố trí thêm ghế chờ")
    assert noun_use("chỉ đạo", "Ông X phát biểu ", " tại buổi kiểm tra")
    assert noun_use("chỉ đạo", "Một số nội dung ", " cải cách hành chính chưa sát")
    assert noun_use("chỉ đạo", "Phó Chủ tịch trực tiếp ", " điều hành; các công chức")
    assert not noun_use("chỉ đạo", "Phó Chủ tịch UBND tỉnh ", " xã khẩn trương rà soát")
    text = ("Kiểm tra tại phường\n\nNgày 4/11/2025, ông Lý Văn Tài, Phó Chủ tịch UBND tỉnh, kiểm tra tại phường Sa Đéc."
            "\n\nÔng Lý Văn Tài phát biểu chỉ đạo tại buổi kiểm tra\n")
    record = extract_article(text, today=TODAY).record
    assert record["directions"] == []


@pytest.mark.parametrize(("sentence", "topic", "found"), [
    ("Đoàn khảo sát việc thẩm định hồ sơ cấp giấy phép xây dựng.", "tthc", True),
    ("Phường niêm yết công khai các thủ tục tại trụ sở.", "tthc", True),
    ("Tổ thẩm định hồ sơ xét công nhận xã đạt chuẩn nông thôn mới.", "tthc", False),
    ("Cửa hàng niêm yết giá bán công khai.", "tthc", False),
    ("Phường đưa phòng họp không giấy vào sử dụng.", "chinh-quyen-so", True),
])
def test_dossiers_appraised_and_procedures_posted(sentence: str, topic: str, found: bool) -> None:
    assert (topic in topics_in_other_words(fold(sentence))) is found


@pytest.mark.parametrize(("sentence", "wanted"), [
    ("Việc giải quyết thủ tục hành chính trực tuyến mức độ 3, 4 đạt trên 79%.", {"dich-vu-cong-truc-tuyen"}),
    ("Xã giải quyết thủ tục hành chính đúng hạn.", {"tthc"}),
    ("Các doanh nghiệp đã ứng dụng công nghệ thông tin trong quản lý sản xuất.", set()),
    ("Xã ứng dụng công nghệ thông tin trong điều hành.", {"ha-tang-cntt"}),
])
def test_an_online_rate_and_businesses_using_it(sentence: str, wanted: set[str]) -> None:
    folded = fold(sentence)
    assert set(taxonomy().find_topics(mask_passing_mentions(folded))) | set(topics_in_other_words(folded)) == wanted


def test_a_purposes_second_half_and_the_team_taking_requests_up() -> None:
    assert purpose_goes_on("rà soát nguyên nhân để có hướng khắc phục", "nâng cao điểm số")
    assert not purpose_goes_on("tăng cường tuyên truyền để người dân hiểu", "bố trí thêm cán bộ")
    record = _record(1198)
    assert [item["by"] for item in record["directions"]] == ["Đoàn"]
    assert not any("không nêu" in item["text"] for item in record["recommendations"])


def test_a_pair_of_nouns_is_no_request_and_the_team_notes_every_units_requests() -> None:
    assert noun_use("đề xuất", "Đoàn đánh giá từng chỉ tiêu, ghi nhận các kiến nghị, ", ", đồng thời hướng dẫn")
    record = _record(1107)
    assert record["directions"] == []
    assert [item["by"] for item in record["recommendations"]] == ["xã Cẩm Xuyên, xã Thiên Cầm và xã Cẩm Bình"]
