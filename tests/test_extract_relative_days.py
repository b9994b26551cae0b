"""A day named relative to the page (store/extract/day_relative.py): "Sáng nay" is the publication day, "Chiều qua" the
one before, said to come from the publication date; with no publication date no day is guessed and the page stays a
visit; "Ngày mai", "Tuần tới" open a visit still to come; "hiện nay", "nay là", a quote and a written day are not it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.day_relative import opens_on_a_day_to_come, relative_day
from store.extract.draft import Draft
from store.reasons import Reason

_TEAM = ("đoàn giám sát của Thường trực HĐND tỉnh Cao Bằng do ông Nông Văn Hùng, Phó Chủ tịch HĐND tỉnh, làm trưởng "
         "đoàn")

ON_THE_PAGES_DAY = [
    pytest.param(f"Sáng nay, {_TEAM} đã làm việc với UBND xã Hòa An về dịch vụ công trực tuyến.", "2025-10-14",
                 id="this-morning"),
    pytest.param(f"Hôm nay, {_TEAM} đã khảo sát Trung tâm phục vụ hành chính công xã Hòa An.", "2025-10-14",
                 id="today"),
    pytest.param(f"Chiều qua, {_TEAM} đã kiểm tra việc giải quyết hồ sơ tại UBND xã Hòa An.", "2025-10-13",
                 id="yesterday-afternoon"),
    pytest.param(f"Hôm qua, {_TEAM} đã làm việc với UBND xã Hòa An về Đề án 06.", "2025-10-13", id="yesterday"),
    pytest.param(f"Theo kế hoạch, chiều nay, {_TEAM} làm việc với UBND xã Hòa An về cải cách hành chính.",
                 "2025-10-14", id="as-planned-this-afternoon"),
]

TO_COME = [
    pytest.param(f"Ngày mai, {_TEAM} làm việc với UBND xã Hòa An về cải cách hành chính.", id="tomorrow"),
    pytest.param(f"Tuần tới, {_TEAM} khảo sát việc cung cấp dịch vụ công tại xã Hòa An.", id="next-week"),
    pytest.param(f"Tới đây, {_TEAM} kiểm tra việc số hóa hồ sơ tại UBND xã Hòa An.", id="coming-up"),
]

WRITTEN_DAY_WINS = [
    pytest.param(f"Sáng 9/10, {_TEAM} đã làm việc với UBND xã Hòa An. Hiện nay, xã giải quyết hồ sơ qua mạng.",
                 "2025-10-09", id="now-after-a-written-day"),
    pytest.param(f"Sáng 9/10, {_TEAM} đã làm việc với UBND xã Hòa An, trước đây là thị trấn, nay là xã.",
                 "2025-10-09", id="nay-after-a-merger"),
    pytest.param(f"Sáng nay (9/10), {_TEAM} đã làm việc với UBND xã Hòa An.", "2025-10-09",
                 id="this-morning-with-its-day-in-brackets"),
]


def _draft(tmp_path: Path, text: str, published: str | None = "14/10/2025") -> Draft:
    path = tmp_path / "a.txt"
    path.write_text("Giám sát tại xã Hòa An\n\n" + text + "\n", encoding="utf-8")
    return extract_file(path, published=published, today=date(2026, 12, 1))


@pytest.mark.parametrize(("text", "day"), ON_THE_PAGES_DAY)
def test_a_day_named_relative_to_the_page_is_reckoned_from_its_publication(tmp_path: Path, text: str,
                                                                          day: str) -> None:
    draft = _draft(tmp_path, text)
    assert draft.non_visit is None
    assert draft.record.get("date") == day and draft.record.get("date_certainty") == "publication"
    why = draft.certainty["date"]
    assert isinstance(why, Reason) and "date.relative_to_publication" in str(why.as_json())


@pytest.mark.parametrize(("text", "_day"), ON_THE_PAGES_DAY)
def test_without_a_publication_date_no_day_is_guessed(tmp_path: Path, text: str, _day: str) -> None:
    draft = _draft(tmp_path, text, published=None)
    assert draft.non_visit is None and not draft.record.get("date")


@pytest.mark.parametrize("text", TO_COME)
def test_a_day_to_come_opens_a_visit_not_made(tmp_path: Path, text: str) -> None:
    draft = _draft(tmp_path, text)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.to_come"


def test_a_visit_done_today_beside_tomorrows_stop_stays_a_visit(tmp_path: Path) -> None:
    draft = _draft(tmp_path, f"Sáng nay, {_TEAM} đã làm việc với UBND xã Hòa An. Ngày mai, đoàn tiếp tục làm việc "
                              "với UBND xã Quảng Uyên.")
    assert draft.non_visit is None and draft.record.get("date") == "2025-10-14"
    assert [place["name"] for place in draft.record.get("localities", [])] == ["xã Hòa An"]


@pytest.mark.parametrize(("text", "day"), WRITTEN_DAY_WINS)
def test_a_written_day_wins_and_now_is_no_day(tmp_path: Path, text: str, day: str) -> None:
    assert _draft(tmp_path, text).record.get("date") == day


@pytest.mark.parametrize("text", [
    pytest.param("Hiện nay, xã Hòa An đã tiếp nhận hồ sơ qua mạng.", id="now"),
    pytest.param("Xã Hòa An, nay là xã Hòa An mới, có đoàn giám sát làm việc.", id="nay-is-now"),
    pytest.param('"Sáng nay, chúng tôi đã làm việc với đoàn giám sát", ông Hùng nói.', id="a-quote"),
    pytest.param("Ông Hùng cho biết sáng nay đoàn giám sát đã làm việc với xã.", id="inside-a-speech"),
])
def test_look_alikes_name_no_relative_day(text: str) -> None:
    assert relative_day(text, date(2025, 10, 14)) is None


def test_the_day_before_is_reckoned_across_a_month() -> None:
    assert relative_day("Chiều qua, đoàn giám sát đã làm việc.", date(2025, 11, 1)) == ("Chiều qua", date(2025, 10, 31))


@pytest.mark.parametrize("text", [
    pytest.param("Sáng nay, đoàn giám sát đã làm việc với xã.", id="today"),
    pytest.param("Ngày mai, đoàn đã chuẩn bị xong và đã làm việc với xã.", id="told-done"),
])
def test_not_a_day_to_come(text: str) -> None:
    assert not opens_on_a_day_to_come(text)
