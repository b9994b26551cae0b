"""Asks named inside a story and asks listed after "như:" (session 26, unscored4); the texts are written for these
tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_narrative import appraisal, asks_in_a_story

_OPENING = ("Ngày 9/10/2025, Ban Văn hóa - Xã hội HĐND tỉnh Gia Lai do ông Lý Văn Sơn, Trưởng ban, làm trưởng đoàn "
            "đã giám sát công tác khám chữa bệnh tại xã Ia Grai.\n\n")


def recommendations_of(text: str) -> list[str]:
    return [r["text"] for r in extract_article(text).record.get("recommendations", [])]


@pytest.mark.parametrize("told", [
    "Tại kỳ họp, các đại biểu đã nghe báo cáo kinh tế - xã hội; báo cáo thẩm tra; những kiến nghị gửi tới kỳ họp.",
    "Trong buổi thăm, các thành viên đoàn đã đến từng phòng bệnh, tiếp thu các kiến nghị về giường bệnh.",
    "Tại Kỳ họp thứ 9, ông Hà Văn Bình, Trưởng ban, đã trình bày báo cáo giám sát; những kiến nghị với UBND tỉnh.",
])
def test_asks_inside_a_told_scene_are_no_vague_item(told: str) -> None:
    assert asks_in_a_story(told, told.rindex("những" if "những kiến" in told else "các kiến"))
    assert recommendations_of(_OPENING + told) == []


@pytest.mark.parametrize("raised", [
    "Tại buổi làm việc, lãnh đạo xã đã nêu những khó khăn và các kiến nghị để tỉnh xem xét.",
    "Tại buổi giám sát, trạm y tế đã đề xuất, kiến nghị một số nội dung.",
])
def test_asks_raised_in_a_scene_are_still_a_story_of_asks_made(raised: str) -> None:
    noun = raised.rindex("các kiến" if "các kiến" in raised else "một số")
    assert not asks_in_a_story(raised, noun)


def test_asks_listed_after_nhu_are_items() -> None:
    text = _OPENING + ("Qua đó, cử tri bày tỏ sự đồng tình; đồng thời, cử tri cũng đưa ra một số kiến nghị như: "
                       "sửa cầu treo thôn 3; bổ sung thuốc cho trạm y tế xã.")
    record = extract_article(text).record
    assert [r["text"] for r in record["recommendations"]] == ["Sửa cầu treo thôn 3.", "Bổ sung thuốc cho trạm y tế xã."]
    assert {r["by"] for r in record["recommendations"]} == {"Cử tri"}


@pytest.mark.parametrize(("clause", "praised"), [
    ("sự nỗ lực, quyết tâm, quyết liệt của Thường trực HĐND xã đã giúp hoàn thành các chỉ tiêu", True),
    ("kết quả giám sát đã góp phần tháo gỡ vướng mắc cho người dân", True),
    ("sự phối hợp giữa các ngành đã có chuyển biến nhưng còn chậm", False),
    ("kết quả đã đạt được cần tiếp tục phát huy", False),
    ("xã tập trung hoàn thành các chỉ tiêu đã đề ra", False),
])
def test_a_clause_that_praises_is_no_direction(clause: str, praised: bool) -> None:
    assert appraisal(clause) is praised


def test_praise_after_nhan_manh_gives_no_directions() -> None:
    text = _OPENING + ("Kết luận buổi giám sát, ông Lý Văn Sơn nhấn mạnh, sự nỗ lực, quyết tâm của đội ngũ y tế xã đã "
                       "giúp người dân yên tâm khám bệnh; trạm cần bổ sung thuốc thiết yếu.")
    directions = [d["text"] for d in extract_article(text).record.get("directions", [])]
    assert directions == ["Trạm cần bổ sung thuốc thiết yếu."]
