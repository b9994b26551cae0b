"""Classes of phrasing a second fresh set of real articles missed (session 7): a province's party committee as the
host, a team talking with its hosts about "thời gian qua" (no round-up), a span written "giai đoạn năm A - B",
communes listed again without their level word."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.periods import find_periods

TODAY = date(2026, 12, 2)


def _draft(lead: str, title: str = "Tin hoạt động"):
    return extract_article(f"{title}\n\n{lead}", today=TODAY)


def _places(lead: str) -> list[tuple[int, int | None, str]]:
    return [(loc["province"]["code"], (loc["ward"] or {}).get("code"), loc["name"])
            for loc in _draft(lead).record["localities"]]


@pytest.mark.parametrize(("lead", "code", "name"), [
    ("Chiều 3/4/2025, Phó Thủ tướng Trần Hồng Hà đã làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng về tình hình "
     "phát triển kinh tế - xã hội.", 4, "tỉnh Cao Bằng"),
    ("Sáng 12/5/2025, Đoàn công tác của Bộ Nội vụ làm việc với Thường trực Thành ủy Cần Thơ về sắp xếp bộ máy.",
     92, "thành phố Cần Thơ"),
])
def test_party_committee_of_a_province_hosts(lead: str, code: int, name: str) -> None:
    assert _places(lead) == [(code, None, name)]


def test_party_committee_that_visits_is_no_host() -> None:
    # the committee before the verb is the visitor: the commune it went to is the place, not its province
    lead = ("Sáng 3/4/2025, Ban Thường vụ Tỉnh ủy Cao Bằng làm việc với Đảng ủy xã Quảng Uyên về công tác "
            "chuẩn bị đại hội.")
    assert [name for _code, _ward, name in _places(lead)] == ["xã Quảng Uyên"]


@pytest.mark.parametrize("lead", [
    "Chủ tịch UBND xã Mường Chà Lò Văn Páo đã đến khảo sát hoạt động của Trung tâm Phục vụ hành chính công xã "
    "Mường Chà. Tại đây, ông trao đổi với công chức về những khó khăn, vướng mắc trong thời gian qua.",
])
def test_talking_with_hosts_about_recent_months_is_no_round_up(lead: str) -> None:
    assert _draft(lead).non_visit is None


def test_a_round_up_of_oversight_is_still_one() -> None:
    lead = ("Thời gian qua, Thường trực HĐND tỉnh đã tổ chức 12 cuộc giám sát, khảo sát tại các sở, ngành và "
            "địa phương.")
    assert _draft(lead).non_visit is not None


@pytest.mark.parametrize(("text", "first", "last"), [
    ("thực hiện chính sách giai đoạn năm 2009 - 2023", 2009, 2023),
    ("thực hiện chính sách giai đoạn 2016-2020", 2016, 2020),
])
def test_span_with_the_year_word_inside(text: str, first: int, last: int) -> None:
    [period] = find_periods(text, None)
    assert (period.first.year, period.last.year, period.data) == (first, last, False)


def test_oversight_of_a_span_dates_the_visit_in_its_last_year() -> None:
    lead = ("Ngày 12/4, Đoàn giám sát của Ủy ban Thường vụ Quốc hội có buổi làm việc với UBND tỉnh Nghệ An về việc "
            "thực hiện chính sách, pháp luật về giao thông đường thủy giai đoạn năm 2009 - 2023.")
    assert _draft(lead).record["date"] == "2023-04-12"
