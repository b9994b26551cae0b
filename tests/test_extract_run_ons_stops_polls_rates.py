"""Five classes left open in session 30 (session 31 left8): a name run on into its province before a verb
(person_name_run_ons), a stop to come told in the visit's own sentence (place_later_clauses), "Sáng nay" on a page
dated by its month only (markers, dates), the communes of several polling areas (place_poll_areas), and rates told
in turn with a comma between them (figure_rate_lists, figure_spaced_decimals). Sentences of my own; the look-alikes
stay as they were."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft
from store.extract.figures import numbers_in
from store.extract.people import find_people
from store.extract.text import read_article


def _draft(tmp_path: Path, text: str, title: str = "Đoàn giám sát làm việc tại cơ sở") -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(title + "\n\n" + text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


# -- a name run on into its province before a verb -----------------------------------------------------------------

NAMES = [
    pytest.param("Chiều 5/11/2025, Phó Chủ tịch UBND tỉnh Hưng Yên Đặng Minh Tuấn Hưng Yên đã kiểm tra bộ phận một "
                 "cửa xã Tiên Lữ.", "Đặng Minh Tuấn", id="vice-chair-then-province-then-da"),
    pytest.param("Tại buổi làm việc, ông Hoàng Văn Sinh Cà Mau cho biết xã đã số hóa hồ sơ.", "Hoàng Văn Sinh",
                 id="province-then-cho-biet"),
    pytest.param("Hôm qua, bà Phạm Thị Lụa Hưng Yên đã gửi đơn.", "Phạm Thị Lụa", id="province-then-da-gui"),
    pytest.param("Sáng 3/12/2025, ông Lê Hồng Tâm Nghệ An chủ trì buổi làm việc với UBND xã Con Cuông.",
                 "Lê Hồng Tâm", id="province-then-chu-tri"),
]
WHOLE_NAMES = [
    pytest.param("Ngày 14/10/2025, bà Lê Thị Hà Giang đã làm việc với UBND xã Bắc Hà.", "Lê Thị Hà Giang",
                 id="given-name-of-a-province"),
    pytest.param("Tại buổi làm việc, bà Trần Thị Thái Bình cho biết xã đã có máy tra cứu.", "Trần Thị Thái Bình",
                 id="given-name-of-a-former-province"),
    pytest.param("Ông Nguyễn Văn Long An đã báo cáo kết quả.", "Nguyễn Văn Long An", id="two-words-then-long-an"),
    pytest.param("Ông Phạm Thái Bình cho biết xã đã số hóa hồ sơ.", "Phạm Thái Bình", id="surname-then-thai-binh"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_a_name_ends_before_its_province_when_a_verb_follows(text: str, name: str) -> None:
    assert find_people(read_article(text)).mentions[0].name == name


@pytest.mark.parametrize(("text", "name"), WHOLE_NAMES)
def test_a_given_name_that_is_a_province_stays_whole(text: str, name: str) -> None:
    assert find_people(read_article(text)).mentions[0].name == name


def test_the_named_head_leads_when_his_province_is_glued_after_him(tmp_path: Path) -> None:
    text = ("Sáng 3/12/2025, Chủ tịch UBND tỉnh Nghệ An Lê Hồng Tâm Nghệ An chủ trì buổi làm việc với UBND xã Con "
            "Cuông về dịch vụ công trực tuyến.")
    assert (_draft(tmp_path, text).record.get("leader") or {}).get("name") == "Lê Hồng Tâm"


# -- a stop to come in the visit's own sentence ----------------------------------------------------------------------

_VISIT = ("Sáng 12/11/2025, đoàn giám sát của Thường trực HĐND tỉnh Hưng Yên do ông Đào Minh Khang, Phó Chủ tịch "
          "HĐND tỉnh, làm trưởng đoàn đã làm việc với UBND xã Tiên Lữ về dịch vụ công")
STOPS = [
    pytest.param(_VISIT + "; chiều mai, đoàn làm việc với UBND xã Ân Thi.", ["xã Tiên Lữ"], id="semicolon-tomorrow"),
    pytest.param(_VISIT + ", tuần tới đoàn sẽ giám sát tại xã Ân Thi.", ["xã Tiên Lữ"], id="comma-next-week"),
    pytest.param(_VISIT + "; sau đó đoàn sẽ tiếp tục làm việc với UBND xã Ân Thi.", ["xã Tiên Lữ"],
                 id="semicolon-will"),
    pytest.param(_VISIT + "; chiều cùng ngày, đoàn làm việc với UBND xã Ân Thi.", ["xã Tiên Lữ", "xã Ân Thi"],
                 id="look-alike-same-day"),
    pytest.param(_VISIT + "; chiều 13/11, đoàn làm việc với UBND xã Ân Thi.", ["xã Tiên Lữ", "xã Ân Thi"],
                 id="look-alike-its-own-day"),
    pytest.param(_VISIT.replace("xã Tiên Lữ về dịch vụ công", "xã Tiên Lữ, ngày mai là xã Ân Thi."),
                 ["xã Tiên Lữ"], id="comma-tomorrow-without-a-verb"),
    pytest.param(_VISIT.replace("xã Tiên Lữ", "xã Tiên Lữ và UBND xã Ân Thi") + ".", ["xã Tiên Lữ", "xã Ân Thi"],
                 id="look-alike-two-hosts"),
]


@pytest.mark.parametrize(("text", "places"), STOPS)
def test_a_stop_to_come_in_the_visits_sentence_is_no_locality(tmp_path: Path, text: str, places: list[str]) -> None:
    assert [loc["name"] for loc in _draft(tmp_path, text).record["localities"]] == places


# -- "Sáng nay" on a page dated by its month -------------------------------------------------------------------------

_TODAY = ("Sáng nay, đoàn giám sát của Thường trực HĐND tỉnh Bắc Ninh do bà Hà Thị Liên, Phó Chủ tịch HĐND tỉnh, "
          "dẫn đầu đã làm việc với UBND xã Kép về chuyển đổi số.")
MONTHS = [
    pytest.param("Tháng 3/2026\n\n" + _TODAY, "03/2026", id="month-line"),
    pytest.param("Cập nhật: tháng 11/2025\n\n" + _TODAY, "11/2025", id="updated-month-line"),
    pytest.param("Nguồn: https://baobacninh.vn/xa-hoi/202602/giam-sat-xa-kep.html\n\n" + _TODAY, "02/2026",
                 id="month-folder"),
]


@pytest.mark.parametrize(("lines", "month"), MONTHS)
def test_a_relative_day_on_a_page_dated_by_its_month_says_so(tmp_path: Path, lines: str, month: str) -> None:
    draft = _draft(tmp_path, lines)
    assert draft.non_visit is None and draft.record.get("date") is None
    assert f"chỉ ghi tháng {month}" in (draft.record.get("notes") or "")


def test_a_relative_day_on_a_dated_page_is_still_its_day(tmp_path: Path) -> None:
    draft = _draft(tmp_path, "Ngày đăng: 18/03/2026\n\n" + _TODAY)
    assert draft.record.get("date") == "2026-03-18"


def test_a_relative_day_on_an_undated_page_says_no_publication_date(tmp_path: Path) -> None:
    draft = _draft(tmp_path, _TODAY)
    assert draft.record.get("date") is None and "không có ngày đăng" in (draft.record.get("notes") or "")


# -- polling areas of several communes -----------------------------------------------------------------------------

_FRONT = ("Ngày 2/3/2026, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Hưng Yên do ông Vũ Quang Huy, Phó Chủ tịch Ủy "
          "ban MTTQ tỉnh, làm trưởng đoàn đã giám sát công tác chuẩn bị bầu cử tại ")
POLLS = [
    pytest.param(_FRONT + "khu vực bỏ phiếu số 7 xã Tiên Lữ và khu vực bỏ phiếu số 1 xã Ân Thi.",
                 ["xã Tiên Lữ", "xã Ân Thi"], id="two-areas"),
    pytest.param(_FRONT + "khu vực bỏ phiếu số 2, xã Khoái Châu và khu vực bỏ phiếu số 4, xã Vũ Thư.",
                 ["xã Khoái Châu", "xã Vũ Thư"], id="two-areas-with-commas"),
    pytest.param(_FRONT + "khu vực bỏ phiếu số 3 xã Tiên Lữ, khu vực bỏ phiếu số 5 xã Ân Thi và khu vực bỏ phiếu số 9 "
                 "xã Vũ Thư.", ["xã Tiên Lữ", "xã Ân Thi", "xã Vũ Thư"], id="three-areas"),
    pytest.param(_FRONT + "UBND xã Tiên Lữ. Tổ bầu cử khu vực bỏ phiếu số 4 xã Ân Thi báo cáo việc niêm yết danh "
                 "sách cử tri.", ["xã Tiên Lữ"], id="look-alike-an-area-that-reports"),
    pytest.param(_FRONT + "UBND xã Tiên Lữ. Xã Ân Thi có 12 khu vực bỏ phiếu.", ["xã Tiên Lữ"],
                 id="look-alike-a-count-of-areas"),
]


@pytest.mark.parametrize(("text", "places"), POLLS)
def test_each_polling_areas_commune_is_visited(tmp_path: Path, text: str, places: list[str]) -> None:
    assert [loc["name"] for loc in _draft(tmp_path, text).record["localities"]] == places


# -- rates told in turn ---------------------------------------------------------------------------------------------

RATES = [
    pytest.param("Tỷ lệ hồ sơ trực tuyến ba năm qua lần lượt là 95, 97% và 99%.", [95, 97, 99], id="three-in-turn"),
    pytest.param("Tỷ lệ hồ sơ đúng hạn đạt lần lượt 88, 92%.", [88, 92], id="reached-in-turn"),
    pytest.param("Tỷ lệ của hai thôn lần lượt đạt 86, 90%.", [86, 90], id="in-turn-reached"),
    pytest.param("Tỷ lệ thanh toán trực tuyến đạt 97, 52%.", [97.52], id="look-alike-spaced-decimal"),
    pytest.param("Hồ sơ trực tuyến chiếm 45, 5%.", [45.5], id="look-alike-one-decimal-digit"),
    pytest.param("Tỷ lệ lần lượt là 95%, 97% và 99%.", [95, 97, 99], id="look-alike-each-with-its-sign"),
    pytest.param("Tỷ lệ lần lượt là 120, 95%.", [95], id="look-alike-no-run-of-rates"),
]


@pytest.mark.parametrize(("text", "values"), RATES)
def test_rates_told_in_turn_are_each_a_rate(text: str, values: list[float]) -> None:
    assert [(n[0], n[2]) for n in numbers_in(text)] == [(v, "%") for v in values]
