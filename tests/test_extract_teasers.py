"""Pages that are not one clean article (session 13, issue #12): a tag page of teasers, a headline with a caption
printed three times, other stories' headlines after the body, a stamp line anywhere. Written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article

_VISIT = ("Ban Pháp chế HĐND tỉnh khảo sát tại xã Nậm Xé\n\n"
          "Ngày 12/6/2024, Ban Pháp chế HĐND tỉnh Lào Cai do ông Hà Văn Lực, Trưởng ban dẫn đầu đã khảo sát công tác "
          "hòa giải ở cơ sở tại xã Nậm Xé. Xã đã hòa giải thành 31 vụ việc.")
_OTHER = ("Thường trực HĐND tỉnh làm việc với xã Bảo Hà\n\n"
          "Ngày 4/6/2024, ông Đặng Quốc Hưng, Phó Chủ tịch HĐND tỉnh đã làm việc với xã Bảo Hà về giảm nghèo, nơi còn "
          "146 hộ nghèo.")
_PLAN = ("HĐND tỉnh ban hành kế hoạch giám sát năm 2025\n\n"
         "Ngày 28/5/2024, Thường trực HĐND tỉnh Lào Cai ban hành kế hoạch giám sát với 5 chuyên đề.")


def _places(draft) -> list[str]:
    return [loc["name"] for loc in draft.record["localities"]]


def test_a_tag_page_is_its_first_story_and_nothing_of_the_others() -> None:
    draft = extract_article("Tin giám sát\n\n" + _VISIT + "\n\n" + _OTHER + "\n\n" + _PLAN)
    assert draft.record["date"] == "2024-06-12"
    assert draft.record["leader"]["name"] == "Hà Văn Lực"
    assert _places(draft) == ["xã Nậm Xé"]
    assert [f["value"] for f in draft.record["figures"]] == [31]
    assert draft.non_visit is None


def test_the_page_headline_picks_a_later_story() -> None:
    draft = extract_article("Thường trực HĐND tỉnh làm việc với xã Bảo Hà\n\n" + _VISIT + "\n\n" + _OTHER)
    assert draft.record["leader"]["name"] == "Đặng Quốc Hưng"
    assert _places(draft) == ["xã Bảo Hà"]


def test_a_plan_first_then_a_visit_reports_the_visit() -> None:
    draft = extract_article("Tin tức\n\n" + _PLAN + "\n\n" + _VISIT)
    assert draft.non_visit is None
    assert draft.record["date"] == "2024-06-12" and _places(draft) == ["xã Nậm Xé"]


def test_teasers_none_a_visit_are_no_visit() -> None:
    session = ("Khai mạc kỳ họp thứ 22 HĐND tỉnh Lào Cai\n\n"
               "Sáng 9/7/2024, HĐND tỉnh Lào Cai khai mạc kỳ họp thứ 22, xem xét 28 nội dung.")
    assert extract_article("Tin tức\n\n" + _PLAN + "\n\n" + session).non_visit is not None


def test_one_visit_told_day_by_day_with_captions_is_no_tag_page() -> None:
    text = (_VISIT + "\n\nĐoàn khảo sát tại nhà văn hóa thôn Nậm Xé\n\n"
            "Ngày 13/6/2024, đoàn tiếp tục khảo sát công tác hòa giải tại xã Bảo Hà, nơi có 12 tổ hòa giải.")
    article = read_article(text)
    assert not article.teasers
    assert _places(extract_article(text)) == ["xã Nậm Xé", "xã Bảo Hà"]


def test_a_short_visit_told_over_two_days_under_a_caption_is_no_tag_page() -> None:
    text = (_VISIT + "\n\nĐoàn làm việc tại xã Bảo Hà\n\n"
            "Ngày 13/6/2024, đoàn khảo sát công tác hòa giải tại xã Bảo Hà, nơi có 12 tổ hòa giải.")
    assert not read_article(text).teasers
    assert _places(extract_article(text)) == ["xã Nậm Xé", "xã Bảo Hà"]


def test_a_headline_and_a_caption_printed_three_times() -> None:
    caption = "Sáng 3/4, ông Hà Văn Lực, Trưởng Ban Pháp chế HĐND tỉnh Lào Cai kiểm tra trạm y tế xã Nậm Xé"
    draft = extract_article("Trưởng Ban Pháp chế kiểm tra trạm y tế xã Nậm Xé\n\n" + "\n\n".join([caption] * 3)
                            + "\n\nThứ Sáu, 5/4/2024 09:10")
    assert (draft.record["date"], draft.record["date_certainty"]) == ("2024-04-03", "publication")
    assert draft.record["leader"]["name"] == "Hà Văn Lực"
    assert _places(draft) == ["xã Nậm Xé"]


@pytest.mark.parametrize("tail", [
    "Tin liên quan\n\nÔng Đặng Quốc Hưng làm việc với xã Bảo Hà\n\nHĐND tỉnh ban hành kế hoạch giám sát năm 2025",
    "Xem thêm: Ông Đặng Quốc Hưng làm việc với xã Bảo Hà ngày 4/6/2024",
    "Minh Châu\n\nÔng Đặng Quốc Hưng làm việc với xã Bảo Hà\n\nHĐND tỉnh ban hành kế hoạch giám sát năm 2025",
    "Minh Châu\n\nNguồn: Báo Lào Cai\n\nThường trực HĐND tỉnh khảo sát tại xã Bảo Hà",
])
def test_other_stories_after_the_body_give_nothing(tail: str) -> None:
    body = _VISIT + "\n\nĐoàn đề nghị xã tiếp tục kiện toàn các tổ hòa giải ở thôn, bản.\n\n"
    draft = extract_article(body + tail)
    assert _places(draft) == ["xã Nậm Xé"]
    assert draft.record["leader"]["name"] == "Hà Văn Lực"
    assert draft.non_visit is None
    assert [f["value"] for f in draft.record["figures"]] == [31]


@pytest.mark.parametrize("stamp", ["Thứ Năm, 12/10/2023 14:05", "14:05 Thứ Năm, 12/10/2023",
                                   "Cập nhật lúc 14:05, Thứ Năm 12/10/2023", "12/10/2023 14:05:00 (GMT+7)"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_stamp_line_gives_the_year_not_the_day(stamp: str, where: str) -> None:
    body = ("Ban Pháp chế HĐND tỉnh khảo sát tại xã Nậm Xé\n\nSáng 10/10, Ban Pháp chế HĐND tỉnh Lào Cai do ông Hà Văn "
            "Lực, Trưởng ban dẫn đầu đã khảo sát công tác hòa giải tại xã Nậm Xé.\n\n"
            + "Các tổ hòa giải ở thôn, bản được kiện toàn và hoạt động đều đặn trong suốt năm qua.\n\n" * 4
            + "Thu Hà")
    text = stamp + "\n\n" + body if where == "before" else body + "\n\n" + stamp
    draft = extract_article(text)
    assert (draft.record["date"], draft.record["date_certainty"]) == ("2023-10-10", "publication")
    assert draft.record["source"]["published"] == "2023-10-12"


def test_a_source_line_under_the_byline_is_the_story_s_own() -> None:
    article = read_article(_VISIT + "\n\nMinh Châu\n\n(Báo Tin tức số 112, ngày 14-6-2024)\n\n"
                           "Ông Đặng Quốc Hưng làm việc với xã Bảo Hà")
    assert article.related == ["Ông Đặng Quốc Hưng làm việc với xã Bảo Hà"]
