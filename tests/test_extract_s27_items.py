"""Classes left open by session 26, closed in session 27 (s27/items); issue #12.

- an office whose name holds a comma ("Phòng Văn hóa, Thông tin") or a spaced dash after a lower-case "phòng"
  ("Trưởng phòng Lao động – Thương binh và Xã hội") kept whole in leaders' and people's titles
  (`leader_long_titles`, `office_names`, `people._TITLE_STOP`);
- asks listed after "các kiến nghị … của xã về việc:" are items; asks settled or answered ("kết quả giải quyết các
  kiến nghị", "đã trả lời các kiến nghị") are no vague item (`items`);
- an arrival, a comma, then its purpose ("đã về xã X, huyện Y, nắm tình hình") is a visit (`visit_arrivals`);
- a unit that speaks through its representative ("Đại diện UBND phường / Thay mặt lãnh đạo phường, ông X đề nghị
  Đoàn …") asks: a recommendation, not the team's direction (`item_speakers`).

Sentences written for these tests, with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.person_titles import titles_after as _titles_after
from store.extract.visit_arrivals import arrives_to_work

_OPENING = ("Sáng 9/5/2024, đoàn giám sát của HĐND huyện Thạch Hà do ông Phan Đức Long, Phó Chủ tịch HĐND huyện, "
            "làm trưởng đoàn đã giám sát việc chi trả trợ cấp tại xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh. ")


def _record(text: str) -> dict:
    return extract_article("Tin địa phương\n\n" + text).record


# -- 1. offices holding a comma or a dash -------------------------------------------------------------------------

@pytest.mark.parametrize("office", [
    "Trưởng phòng Văn hóa, Thông tin huyện",
    "Phó Trưởng Phòng Văn hóa, Thông tin thị xã",
    "Trưởng phòng Lao động – Thương binh và Xã hội huyện",
    "Giám đốc Sở Thông tin và Truyền thông tỉnh",
    "chuyên viên Phòng Văn hóa, Thông tin huyện",
])
def test_an_office_holding_a_comma_or_a_dash_is_kept_whole(office: str) -> None:
    assert _titles_after(f", {office} làm trưởng đoàn đã kiểm tra", 0) == [office]


@pytest.mark.parametrize("office", ["Phó Trưởng phòng Văn hóa, Thông tin huyện",
                                    "Trưởng phòng Lao động – Thương binh và Xã hội huyện"])
def test_the_leader_and_a_member_keep_the_whole_office(office: str) -> None:
    text = ("Ngày 20/8/2024, đoàn kiểm tra của UBND huyện Kỳ Anh do ông Đinh Công Lực, " + office +
            " làm trưởng đoàn đã kiểm tra tại xã Kỳ Tân, huyện Kỳ Anh, tỉnh Hà Tĩnh. Thành viên đoàn có bà Võ Thị "
            "Lan, " + office + ". Xã đã chi trả cho 312 đối tượng.")
    record = _record(text)
    assert record["leader"]["title"].startswith(office)
    assert {p["name"]: p["role"] for p in record["people"]}["Võ Thị Lan"] == office


def test_the_office_then_the_team_head() -> None:
    """"Thông tin" of an office's name, written capitalised, is no verb that ends the title (fails on the base)."""
    assert _titles_after(", Trưởng phòng Văn hóa - Thông tin huyện, Trưởng đoàn", 0) == [
        "Trưởng phòng Văn hóa - Thông tin huyện", "Trưởng đoàn"]


@pytest.mark.parametrize("said, title", [
    (", Chủ tịch UBND xã thông tin thêm về tiến độ", ["Chủ tịch UBND xã"]),  # the verb "thông tin" ends the title
    (", Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh phát biểu", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh"]),
])
def test_look_alikes_of_offices_stay(said: str, title: list[str]) -> None:
    assert _titles_after(said, 0) == title


# -- 2. asks listed after "về việc:"; asks settled are none --------------------------------------------------------

def _asks(sentence: str) -> list[str]:
    return [r["text"] for r in _record(_OPENING + sentence).get("recommendations", [])]


@pytest.mark.parametrize("sentence", [
    "Đoàn ghi nhận các kiến nghị, đề xuất của xã về việc: bổ sung máy quét hồ sơ; mở lớp tập huấn ký số.",
    "Đoàn ghi nhận những kiến nghị của UBND xã về các nội dung: bổ sung máy quét hồ sơ; mở lớp tập huấn ký số.",
    "Đoàn đã tiếp thu các đề xuất của địa phương về việc: bổ sung máy quét hồ sơ; mở lớp tập huấn ký số.",
])
def test_asks_listed_after_ve_viec_are_items(sentence: str) -> None:
    assert _asks(sentence) == ["Bổ sung máy quét hồ sơ.", "Mở lớp tập huấn ký số."]


@pytest.mark.parametrize("sentence", [
    "Đoàn đã xem xét kết quả giải quyết các kiến nghị của xã tại các kỳ họp trước.",
    "Lãnh đạo xã cho biết UBND xã đã trả lời các kiến nghị thuộc thẩm quyền.",
    "Đoàn kiểm tra việc xử lý các kiến nghị mà xã gửi lên từ năm trước.",
])
def test_asks_settled_or_answered_are_no_asks(sentence: str) -> None:
    assert _asks(sentence) == []


def test_asks_raised_stay_a_vague_item() -> None:
    """The look-alike: asks made, not listed, still give the one item that says so."""
    asks = _asks("Tại buổi làm việc, lãnh đạo xã đã nêu các kiến nghị để huyện xem xét.")
    assert len(asks) == 1 and asks[0].endswith("(bài viết không nêu nội dung cụ thể).")


# -- 3. an arrival, a comma, then its purpose ---------------------------------------------------------------------

@pytest.mark.parametrize("words", [
    "về xã Cẩm Lạc, nắm tình hình",
    "về xã Cẩm Lạc, huyện Cẩm Xuyên, nắm tình hình",
    "xuống xã Phúc Trạch, đôn đốc",
    "đến phường Thạch Linh, làm việc",
    "xuống các thôn, lắng nghe",
])
def test_an_arrival_then_a_comma_then_its_purpose(words: str) -> None:
    assert arrives_to_work(words)


def _non_visit(lead: str) -> bool:
    return extract_article("Tin địa phương\n\n" + lead + "\n\nXã cho biết có 46 hộ bị ngập nhà.\n").non_visit \
        is not None


@pytest.mark.parametrize("lead, non_visit", [
    ("Chiều 9/10/2024, đoàn công tác của Ban Dân vận Tỉnh ủy Hà Tĩnh đã về xã Cẩm Lạc, huyện Cẩm Xuyên, nắm tình "
     "hình đời sống bà con.", False),
    ("Sáng 16/11/2024, tổ công tác của UBND huyện Hương Khê đã xuống xã Phúc Trạch, đôn đốc giải ngân vốn.", False),
    ("Đầu tháng 3/2025, UBND huyện Kỳ Anh đã điều động 7 công chức về các xã, làm việc tại bộ phận một cửa.", True),
    ("Tuần tới, các đoàn công tác của Thành ủy sẽ về các phường, nắm tình hình khắc phục hậu quả bão.", True),
    ("Chủ tịch UBND tỉnh yêu cầu các sở cử cán bộ xuống cơ sở, nắm tình hình thiệt hại.", True),
    ("Hội Phụ nữ xã đã đến thôn Trung Tiến, thăm hỏi, động viên các hội viên.", True),
])
def test_arrivals_with_a_comma_and_their_look_alikes(lead: str, non_visit: bool) -> None:
    assert _non_visit(lead) is non_visit


def test_a_list_of_places_is_no_purpose() -> None:
    assert not arrives_to_work("về các xã, phường, thị trấn")


# -- 5. a unit asks through its representative --------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Đại diện UBND xã đề nghị Đoàn xem xét, kiến nghị huyện nâng cấp đường truyền.",
    "Thay mặt lãnh đạo xã, ông Lê Văn Sang đề nghị Đoàn kiến nghị huyện bổ sung máy tính.",
    "UBND xã đề nghị Đoàn kiến nghị huyện bổ sung máy tính.",
])
def test_a_unit_asking_the_team_recommends(sentence: str) -> None:
    record = _record(_OPENING + sentence)
    assert len(record.get("recommendations", [])) == 1
    assert record.get("directions", []) == []


@pytest.mark.parametrize("sentence", [
    "Đoàn đề nghị xã tiếp tục rà soát thủ tục hành chính.",
    "Đại diện Đoàn giám sát đề nghị xã rà soát lại quy trình tiếp nhận hồ sơ.",
])
def test_the_team_asking_the_host_directs(sentence: str) -> None:
    record = _record(_OPENING + sentence)
    assert len(record.get("directions", [])) == 1
    assert record.get("recommendations", []) == []
