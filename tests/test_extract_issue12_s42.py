"""Session 42 misc24 (issue 12, tryout s42-tryout14's article): four extraction classes, each with sentences of my own.
The first group of each fails on the base; the look-alikes pass on both.

- an outlet's name heading the lead ("Báo Quảng Ngãi - Sáng 15/10/2024, ...") is the outlet, not the summary's start
  (`outlet_datelines`);
- "từ đầu năm đến (hết) (ngày) D/M(/Y)" is a period from 1 January to that day (`periods._YEAR_START_TO_DAY`);
- a deadline at an ask's end leaves its text once it is the item's deadline (`item_deadline_cuts`);
- Project 06's words said once do not make the visit's topic (`topic_mentions.about_project_06`).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.item_deadline_cuts import without_deadline_tail
from store.extract.item_deadlines import deadline_of
from store.extract.outlet_datelines import outlet_before_lead
from store.extract.periods import find_periods

TEAM = ("Đoàn giám sát của Ban Pháp chế HĐND tỉnh do ông Nguyễn Văn Lâm, Trưởng ban Pháp chế HĐND tỉnh, làm trưởng "
        "đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Tịnh Hòa, thành phố Quảng Ngãi.")


def article(lead: str, *more: str) -> dict:
    text = "\n\n".join(["Giám sát cải cách hành chính tại xã Tịnh Hòa", lead, *more])
    return extract_article(text, today=date(2026, 12, 1)).record


@pytest.mark.parametrize(("line", "outlet", "rest"), [
    ("Báo Quảng Ngãi - Sáng 15/10/2024, đoàn làm việc.", "Báo Quảng Ngãi", "Sáng 15/10/2024"),
    ("(Báo Lào Cai) - Chiều 3/4, đoàn làm việc.", "Báo Lào Cai", "Chiều 3/4"),
    ("Đài PT-TH Hà Tĩnh – Ngày 12/6, đoàn làm việc.", "Đài PT-TH Hà Tĩnh", "Ngày 12/6"),
    ("Báo Đắk Lắk điện tử - Sáng nay (5/3), đoàn làm việc.", "Báo Đắk Lắk điện tử", "Sáng nay"),
    ("Tạp chí Người Làm Báo - 15/10, đoàn làm việc.", "Tạp chí Người Làm Báo", "15/10"),
])
def test_outlet_heading_the_lead_is_read(line: str, outlet: str, rest: str) -> None:
    found = outlet_before_lead(line)
    assert found is not None and found[0] == outlet
    assert line[found[1]:].startswith(rest)


@pytest.mark.parametrize("line", [
    "Báo cáo nhanh - Sáng 20/9/2024, đoàn làm việc.",  # lower-case words: a heading, no outlet's name
    "Báo Quảng Ngãi - tờ báo của tỉnh - đưa tin đoàn làm việc.",  # the dash opens an aside, not the lead's time
    "Sáng 15/10/2024, Báo Quảng Ngãi - đoàn làm việc.",  # the outlet not at the head
    "Bảo hiểm xã hội huyện - Sáng 5/6, đoàn làm việc.",  # no kind of outlet
])
def test_look_alikes_are_no_outlet(line: str) -> None:
    assert outlet_before_lead(line) is None


def test_outlet_leaves_the_summary_and_fills_the_source() -> None:
    record = article(f"Báo Quảng Ngãi - Sáng 15/10/2024, {TEAM}")
    assert record["source"]["outlet"] == "Báo Quảng Ngãi"
    assert record["summary"].startswith("Sáng 15/10/2024, Đoàn giám sát")
    assert record["date"] == "2024-10-15"


VISIT = date(2024, 10, 15)


@pytest.mark.parametrize(("sentence", "first", "last"), [
    ("Từ đầu năm đến ngày 30/9/2024, xã tiếp nhận 905 hồ sơ.", date(2024, 1, 1), date(2024, 9, 30)),
    ("Từ đầu năm 2024 đến hết ngày 31/8, xã tiếp nhận 905 hồ sơ.", date(2024, 1, 1), date(2024, 8, 31)),
    ("Từ đầu năm, tính đến ngày 15/8, xã tiếp nhận 905 hồ sơ.", date(2024, 1, 1), date(2024, 8, 15)),
    ("Từ đầu năm nay tới 30.9, xã tiếp nhận 905 hồ sơ.", date(2024, 1, 1), date(2024, 9, 30)),
    ("Từ đầu năm đến 20/11, xã tiếp nhận 905 hồ sơ.", date(2023, 1, 1), date(2023, 11, 20)),  # after the visit
])
def test_year_start_to_a_day_is_a_period(sentence: str, first: date, last: date) -> None:
    periods = find_periods(sentence, VISIT)
    assert [(p.first, p.last) for p in periods] == [(first, last)]


@pytest.mark.parametrize("sentence", [
    "Tính đến ngày 30/6/2024, xã có 1.120 người đã mở tài khoản.",  # a stock on a day: no span
    "Từ đầu năm học 2024-2025 đến ngày 30/9, trường nhận 45 suất học bổng.",  # a school year, not the year's start
])
def test_look_alikes_give_no_year_start_period(sentence: str) -> None:
    assert not [p for p in find_periods(sentence, VISIT) if p.first == date(2024, 1, 1)]


def test_figures_of_the_sentence_carry_the_period() -> None:
    record = article(f"Ngày 15/10/2024, {TEAM}",
                     "Theo báo cáo, từ đầu năm đến ngày 30/9/2024, bộ phận một cửa đã tiếp nhận 905 hồ sơ, giải quyết "
                     "đúng hạn 887 hồ sơ.")
    periods = {f["value"]: f.get("period") for f in record["figures"]}
    assert periods[905] == periods[887] == {"from": "2024-01-01", "to": "2024-09-30"}


DAY = "2025-11-10"


def cut(text: str) -> tuple[str, str | None]:
    due = deadline_of(text, DAY)
    return (without_deadline_tail(text, due, lambda t: deadline_of(t, DAY)) if due else text), due


@pytest.mark.parametrize(("text", "kept", "due"), [
    ("Bố trí thêm máy quét cho bộ phận một cửa trước ngày 31/12/2025.", "Bố trí thêm máy quét cho bộ phận một cửa.",
     "2025-12-31"),
    ("Sửa chữa các phòng học xuống cấp, chậm nhất là ngày 30/8/2026.", "Sửa chữa các phòng học xuống cấp.",
     "2026-08-30"),
    ("Rà soát các hồ sơ trễ hạn, hoàn thành trong quý I/2026.", "Rà soát các hồ sơ trễ hạn.", "2026-03-31"),
    ("Bố trí kinh phí mua trang thiết bị cho nhà văn hóa trong quý IV/2025.",
     "Bố trí kinh phí mua trang thiết bị cho nhà văn hóa.", "2025-12-31"),
    ("Báo cáo kết quả về Thường trực HĐND trước ngày 15/12", "Báo cáo kết quả về Thường trực HĐND.", "2025-12-15"),
])
def test_deadline_tail_leaves_the_text(text: str, kept: str, due: str) -> None:
    assert cut(text) == (kept, due)


@pytest.mark.parametrize("text", [
    "Giải quyết dứt điểm các hồ sơ tồn đọng từ trước ngày 1/7/2025.",  # a thing's day: no deadline at all
    "Trước ngày 15/12 phải báo cáo kết quả rà soát về Thường trực HĐND.",  # the deadline inside: the text stays
    "Sớm hoàn thành các công trình trước Tết Nguyên đán.",  # a holiday: no day read, nothing cut
    "Xong trước ngày 15/12/2025.",  # nothing would be left of the ask
])
def test_text_that_is_not_a_deadline_tail_stays(text: str) -> None:
    assert cut(text)[0] == text


@given(st.sampled_from(["Rà soát hồ sơ đất đai của các hộ dân", "Bố trí kinh phí sửa chữa trụ sở xã",
                        "Công khai danh sách hộ nghèo tại nhà văn hóa thôn"]),
       st.sampled_from(["trước ngày", ", chậm nhất ngày", ", hoàn thành trước ngày", "chậm nhất là ngày"]),
       st.integers(1, 28), st.integers(1, 12), st.integers(2026, 2030))
def test_any_day_tail_leaves_the_ask_whole(ask: str, cue: str, day: int, month: int, year: int) -> None:
    text = f"{ask}{'' if cue.startswith(',') else ' '}{cue} {day}/{month}/{year}."
    assert cut(text) == (f"{ask}.", date(year, month, day).isoformat())


def test_the_record_keeps_the_deadline_and_drops_it_from_the_text() -> None:
    record = article(f"Ngày 15/10/2024, {TEAM}",
                     "Tại buổi giám sát, đoàn đề nghị UBND xã bố trí thêm máy quét tài liệu cho bộ phận một cửa trước "
                     "ngày 31/12/2024.")
    items = record["recommendations"] + record["directions"]
    assert [(i["text"], i.get("deadline")) for i in items] == [
        ("Bố trí thêm máy quét tài liệu cho bộ phận một cửa.", "2024-12-31")]


@pytest.mark.parametrize("sentence", [
    "Xã đã hỗ trợ người dân kích hoạt 1.250 tài khoản định danh điện tử.",
    "Cán bộ xã đối chiếu căn cước điện tử của người nhận trước khi chi trả.",
    "Người dân được hướng dẫn dùng định danh điện tử khi nộp hồ sơ.",
])
def test_project_06_words_once_are_a_passing_mention(sentence: str) -> None:
    record = article(f"Ngày 15/10/2024, {TEAM}", sentence)
    assert "de-an-06" not in record["topics"]


@pytest.mark.parametrize("more", [
    ["Xã đã hỗ trợ kích hoạt 1.250 tài khoản định danh điện tử.", "Còn 300 người chưa có định danh điện tử."],
    ["Đoàn ghi nhận kết quả thực hiện Đề án 06 của xã."],
])
def test_the_project_named_or_its_words_twice_is_the_topic(more: list[str]) -> None:
    record = article(f"Ngày 15/10/2024, {TEAM}", " ".join(more))
    assert "de-an-06" in record["topics"]
