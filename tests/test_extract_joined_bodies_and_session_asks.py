"""Session 40 items22 (issue 12): who is asked and who asks.

- A body after "UBND xã X và" ends by its shape, whatever verb follows ("và Phòng Tư pháp huyện mở lớp ...");
  such a body is no second commune ("xã A và Hội Nông dân xã": no "xã Hội Nông"), a commune named "Hội An" is.
- Two committees each written with "UBND" ("UBND xã A và UBND xã B kiểm tra ...") are one addressee.
- Deputies asking at their council's session are told in the story, not the visiting team's direction.
- A deputy head's ask is hers (`by`), not the leader's.
Sentences of my own; the positives fail on the base tree (465e03be), the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_body_names import joined_body
from tests.leads import TODAY

_LEAD = ("HĐND huyện Chợ Mới giám sát tại xã Long Điền A\n\n"
         "Ngày 5/9/2025, Đoàn giám sát của Ban Kinh tế - Xã hội HĐND huyện Chợ Mới do ông Lê Hoàng Phúc, Trưởng ban "
         "làm trưởng đoàn, bà Trần Thị Mai, Phó Trưởng ban làm phó trưởng đoàn đã giám sát việc thu gom rác tại xã "
         "Long Điền A.\n\n")


def _record(body: str) -> dict:
    return extract_article(_LEAD + body, today=TODAY).record


def _directions(body: str) -> list[tuple[str | None, str | None, str]]:
    return [(item.get("by"), item.get("to"), item["text"]) for item in _record(body).get("directions") or []]


@pytest.mark.parametrize(("ask", "to", "text"), [
    pytest.param("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và Phòng Tài nguyên và Môi trường huyện lắp thêm "
                 "thùng rác ở chợ.", "UBND xã Long Điền A và Phòng Tài nguyên và Môi trường huyện",
                 "Lắp thêm thùng rác ở chợ.", id="an-office-then-lap"),
    pytest.param("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và Hội Phụ nữ xã vận động chị em phân loại rác.",
                 "UBND xã Long Điền A và Hội Phụ nữ xã", "Vận động chị em phân loại rác.", id="a-union-then-van-dong"),
    pytest.param("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và Hội Cựu chiến binh xã nhận giữ vệ sinh một tuyến "
                 "đường.", "UBND xã Long Điền A và Hội Cựu chiến binh xã", "Nhận giữ vệ sinh một tuyến đường.",
                 id="a-veterans-association-then-nhan"),
    pytest.param("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và UBND xã Long Điền B ký quy chế thu gom chung.",
                 "UBND xã Long Điền A và UBND xã Long Điền B", "Ký quy chế thu gom chung.", id="two-committees"),
])
def test_a_body_or_a_second_committee_after_va_joins_the_addressee(ask: str, to: str, text: str) -> None:
    assert _directions(ask) == [("Lê Hoàng Phúc", to, text)]


@pytest.mark.parametrize(("ask", "to", "text"), [
    pytest.param("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và các hộ kinh doanh ký cam kết giữ vệ sinh.",
                 "UBND xã Long Điền A", "Các hộ kinh doanh ký cam kết giữ vệ sinh.", id="households-are-no-body"),
    pytest.param("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và Phòng Kinh tế huyện quan tâm nạo vét kênh.",
                 "UBND xã Long Điền A và Phòng Kinh tế huyện", "Quan tâm nạo vét kênh.", id="a-listed-verb-as-before"),
])
def test_look_alikes_after_va_keep_their_reading(ask: str, to: str, text: str) -> None:
    assert _directions(ask) == [("Lê Hoàng Phúc", to, text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Phòng Tư pháp huyện mở lớp", "Phòng Tư pháp huyện"),
    ("Trạm Y tế phường lập danh sách", "Trạm Y tế phường"),
    ("Chi cục Thuế khu vực gửi thông báo", "Chi cục Thuế khu vực"),
    ("Ngân hàng Chính sách xã hội huyện cho vay", "Ngân hàng Chính sách xã hội huyện"),
    ("các hộ kinh doanh ký", None),
    ("Hội Nông dân xã.", None),  # no action after the name: nothing asked of it here
])
def test_joined_body_ends_by_its_shape(text: str, name: str | None) -> None:
    assert joined_body(text) == name


def _localities(body: str) -> list[str]:
    return [loc["name"] for loc in _record(body)["localities"]]


def test_a_union_after_a_commune_and_va_is_no_commune() -> None:
    assert _localities("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và Hội Nông dân xã vận động bà con.") == \
        ["xã Long Điền A"]
    assert _localities("Ông Lê Hoàng Phúc đề nghị UBND xã Long Điền A và Đội Thuế liên xã rà soát hộ kinh doanh.") \
        == ["xã Long Điền A"]


def test_a_commune_whose_name_opens_on_hoi_stays_a_commune() -> None:
    body = "Sau đó, đoàn giám sát tiếp tại xã Long Điền A và Hội An."
    assert "xã Hội An" in _localities(body)


@pytest.mark.parametrize("story", [
    pytest.param("Tại kỳ họp thứ chín HĐND xã, các đại biểu HĐND xã đã nghe báo cáo về bãi rác và đề nghị huyện "
                 "sớm di dời bãi rác.", id="heard-then-asked"),
    pytest.param("Tại kỳ họp giữa năm, đại biểu HĐND xã kiến nghị huyện đầu tư lò đốt rác.", id="asked-no-da"),
    pytest.param("Trước đó, tại kỳ họp cuối năm, nhiều đại biểu HĐND xã đề nghị huyện tăng tần suất thu gom.",
                 id="before-the-visit"),
])
def test_deputies_asking_at_their_session_give_no_direction(story: str) -> None:
    assert _directions(story) == []


def test_the_teams_deputies_at_the_visit_still_direct() -> None:
    ask = "Tại buổi giám sát, các đại biểu trong đoàn đề nghị UBND xã Long Điền A bố trí thêm xe thu gom."
    assert [to for _, to, _ in _directions(ask)] == ["UBND xã Long Điền A"]


@pytest.mark.parametrize("ask", [
    pytest.param("Bà Trần Thị Mai, Phó Trưởng đoàn đề nghị UBND xã Long Điền A bố trí thêm xe thu gom.",
                 id="full-name-then-title"),
    pytest.param("Phó Trưởng đoàn Trần Thị Mai đề nghị UBND xã Long Điền A bố trí thêm xe thu gom.",
                 id="title-then-name"),
    pytest.param("Bà Mai, Phó trưởng đoàn giám sát đề nghị UBND xã Long Điền A bố trí thêm xe thu gom.",
                 id="given-name"),
])
def test_a_deputy_heads_ask_is_hers(ask: str) -> None:
    assert [by for by, _, _ in _directions(ask)] == ["Trần Thị Mai"]


def test_the_leader_named_as_head_keeps_his_ask() -> None:
    ask = "Ông Lê Hoàng Phúc, Trưởng đoàn đề nghị UBND xã Long Điền A bố trí thêm xe thu gom."
    assert [by for by, _, _ in _directions(ask)] == ["Lê Hoàng Phúc"]
