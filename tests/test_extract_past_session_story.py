"""Session 39 items21 (issue 12): a past session or sitting told before the visit ("Trước đó, tại kỳ họp ...",
"Trước đây, trong phiên họp ...") in which requests were heard or discussed is a story, no recommendation; the unit
raising its requests at the team's meeting ("Trước đó, tại buổi làm việc với đoàn, lãnh đạo xã đã nêu các kiến nghị")
still is one. Sentences of my own; the positives fail on the base tree, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_narrative import asks_in_a_story, told_not_asked
from tests.leads import TODAY

_LEAD = ("Thường trực HĐND huyện giám sát tại xã Sơn Tây\n\n"
         "Ngày 5/9/2024, Thường trực HĐND huyện Hương Sơn do ông Lê Văn Lâm, Phó Chủ tịch HĐND huyện dẫn đầu đã "
         "giám sát việc thực hiện chính sách hỗ trợ sản xuất tại xã Sơn Tây.\n\n")


def _recommendations(story: str) -> list[str]:
    record = extract_article(_LEAD + story, today=TODAY).record
    return [item["text"] for item in record.get("recommendations") or []]


@pytest.mark.parametrize("story", [
    pytest.param("Trước đó, tại kỳ họp giữa năm, các đại biểu HĐND xã đã nghe báo cáo và thảo luận các kiến nghị "
                 "của các thôn.", id="before-at-a-session"),
    pytest.param("Trước đây, trong phiên họp tháng 4, các đại biểu đã cho ý kiến về những đề xuất của UBND xã.",
                 id="earlier-in-a-sitting"),
    pytest.param("Trước đó, tại hội nghị tổng kết, Ban Thường vụ Đảng ủy xã đã nghe và cho ý kiến về các kiến nghị "
                 "của Mặt trận xã.", id="before-at-a-conference"),
])
def test_a_past_session_told_before_the_visit_is_no_recommendation(story: str) -> None:
    assert _recommendations(story) == []


def test_the_commune_raising_its_requests_to_the_team_is_one() -> None:
    assert len(_recommendations("Trước đó, tại buổi làm việc với đoàn, lãnh đạo xã đã nêu các kiến nghị về giống "
                                "cây trồng.")) == 1


@pytest.mark.parametrize(("text", "told"), [
    pytest.param("Trước đó, tại kỳ họp thứ 9, các đại biểu đã nghe báo cáo tình hình.", True, id="told"),
    pytest.param("Trước đó, tại kỳ họp thứ 9, cần bổ sung báo cáo tình hình.", False, id="a-duty-first"),
    pytest.param("Trước đó, UBND xã đã nghe báo cáo tình hình.", False, id="no-scene"),
])
def test_told_not_asked_reads_the_opener(text: str, told: bool) -> None:
    assert told_not_asked(text) is told


def test_asks_raised_in_the_scene_stay_asks() -> None:
    text = "Trước đó, tại buổi làm việc, lãnh đạo xã đã nêu các kiến nghị về vốn."
    assert not asks_in_a_story(text, text.index("các kiến nghị"))
