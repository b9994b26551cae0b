"""Session 41, places23: five classes issue 12 left open (docs/extraction-log.md, the section of places23).

1. a document's issuer ("việc thực hiện Chỉ thị số 22 của UBND tỉnh") is no unnamed province body on the round;
2. (taken back: former communes of one list that are one commune today; the look-alike stays);
3. a writer's signature names no place visited; a province council at a commune office it leaves unnamed;
4. a commune named after a person, read after its level word, is no official's name;
5. a talk with reporters ("làm việc với phóng viên", "trả lời phỏng vấn Báo X") is no visit day.
Each positive fails on 898871b5; each look-alike passes there and here.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.day_cues import press_talk_day
from store.extract.person_unit_names import past_unit_name

TODAY = date(2026, 12, 1)


def _record(text: str, url: str | None = None) -> dict:
    return extract_article(text, today=TODAY, url=url).record


def _places(record: dict) -> list[tuple[str, int | None]]:
    return [(loc["name"], (loc.get("ward") or {}).get("code")) for loc in record["localities"]]


# -- 1. a document's issuer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead, district", [
    ("Ngày 12/3/2024, huyện Núi Thành tổ chức đoàn kiểm tra đột xuất việc thực hiện Chỉ thị số 22 của UBND tỉnh về "
     "kỷ cương hành chính tại một số xã trên địa bàn.", "huyện Núi Thành"),
    ("Thực hiện Kế hoạch số 120/KH-UBND của UBND tỉnh, ngày 12/3/2024, UBND huyện Thăng Bình tổ chức đoàn kiểm tra "
     "tại một số xã trên địa bàn.", "huyện Thăng Bình"),
    ("Ngày 12/3/2024, đoàn kiểm tra của huyện Duy Xuyên đã kiểm tra việc thực hiện Quyết định số 9 của UBND tỉnh tại "
     "một số xã trên địa bàn huyện.", "huyện Duy Xuyên"),
])
def test_a_documents_issuer_is_no_body_on_the_round(lead: str, district: str) -> None:
    record = _record(f"Kiểm tra kỷ cương hành chính\n\n{lead}\n\nĐoàn đề nghị các xã chấn chỉnh.",
                     url="https://baoquangnam.vn/kiem-tra-ky-cuong-3150123.html")
    assert [loc["name"] for loc in record["localities"]] == [district]


def test_the_provinces_own_team_at_unnamed_communes_stays_its_province() -> None:
    record = _record("Kiểm tra kỷ cương hành chính\n\nNgày 14/3/2024, đoàn kiểm tra của UBND tỉnh đã kiểm tra việc "
                     "thực hiện Chỉ thị số 22 tại một số xã, phường trên địa bàn tỉnh.\n\nĐoàn đề nghị chấn chỉnh.",
                     url="https://baoquangnam.vn/kiem-tra-chi-thi-22-3150200.html")
    assert [loc["name"] for loc in record["localities"]] == ["tỉnh Quảng Nam"]


# -- 2. former communes of one list, one commune today ---------------------------------------------------------------


def test_communes_of_one_list_that_became_different_units_stay_apart() -> None:
    record = _record("Giám sát phòng dịch\n\nSáng 12/9/2023, đoàn giám sát của HĐND huyện Quỳnh Phụ đã giám sát tại "
                     "các xã Quỳnh Minh, Quỳnh Hoàng và Quỳnh Hồng.\n\nĐoàn đề nghị các xã tiêm phòng.")
    assert _places(record) == [("xã Quỳnh Minh", 12511), ("xã Quỳnh Hoàng", 12517), ("xã Quỳnh Hồng", 12472)]


# -- 3. a writer's signature ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("signature", [
    "Thanh Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện Thăng Bình)",
    "Thanh Hà - Đài Truyền thanh - Truyền hình huyện Thăng Bình",
    "Bài, ảnh: Thanh Hà (Phòng Văn hóa và Thông tin huyện Thăng Bình)",
])
def test_a_writers_signature_names_no_place_visited(signature: str) -> None:
    record = _record("Giám sát cải cách hành chính\n\nChiều 11/10/2023, đoàn giám sát của HĐND tỉnh Quảng Nam đã làm "
                     "việc tại UBND xã về cải cách hành chính.\n\nĐoàn đề nghị xã đẩy mạnh dịch vụ công."
                     f"\n\n{signature}")
    assert [loc["name"] for loc in record["localities"]] == ["tỉnh Quảng Nam"]


def test_the_signatures_district_visited_in_the_text_stays() -> None:
    record = _record("Giám sát kiến nghị cử tri\n\nChiều 19/9/2023, đoàn giám sát của HĐND tỉnh Quảng Nam đã làm việc "
                     "với UBND huyện Thăng Bình.\n\nĐoàn đề nghị huyện trả lời cử tri.\n\n"
                     "Thanh Hà (Trung tâm Văn hóa - Thông tin và Thể thao huyện Thăng Bình)")
    assert [loc["name"] for loc in record["localities"]] == ["huyện Thăng Bình"]


# -- 4. a commune named after a person ----------------------------------------------------------------------------


@pytest.mark.parametrize("window, name, own", [
    ("Phó Chủ tịch UBND phường ", "Nguyễn Thái Bình", ""),
    ("Chủ tịch UBND xã Trừ ", "Văn Thố", ""),
    ("Phó Chủ tịch HĐND xã ", "Lê Minh Xuân", ""),
    ("Chủ tịch UBND phường ", "Nguyễn Thái Bình Lê Văn Tám", "Lê Văn Tám"),
    ("Phó Chủ tịch UBND huyện Bình Chánh ", "Nguyễn Thái Bình", None),  # after another unit's name: a person
    ("Chủ tịch UBND xã ", "Nguyễn Văn Nam", None),  # no commune of that name
])
def test_a_unit_named_after_a_person_after_its_level_word(window: str, name: str, own: str | None) -> None:
    assert past_unit_name(window, name) == own


@pytest.mark.parametrize("lead", [
    "Sáng 5/6/2023, Phó Chủ tịch UBND phường Nguyễn Thái Bình đã kiểm tra đột xuất bộ phận một cửa của phường.",
    "Ngày 18/4/2024, đoàn giám sát do Phó Chủ tịch HĐND xã Lê Minh Xuân làm trưởng đoàn đã giám sát việc chi trả "
    "trên địa bàn xã.",
    "Chiều 22/5/2023, Chủ tịch UBND xã Trừ Văn Thố cùng đoàn công tác đã kiểm tra trật tự xây dựng trên địa bàn xã.",
])
def test_a_commune_named_after_a_person_is_no_leader(lead: str) -> None:
    assert not (_record(f"Kiểm tra\n\n{lead}\n\nĐoàn đề nghị chấn chỉnh.").get("leader") or {}).get("name")


def test_a_person_after_a_districts_name_still_leads() -> None:
    record = _record("Kiểm tra cải cách hành chính\n\nSáng 10/7/2024, đoàn kiểm tra của UBND huyện Bình Chánh do Phó "
                     "Chủ tịch UBND huyện Bình Chánh Nguyễn Thái Bình dẫn đầu đã kiểm tra tại xã Tân Nhựt.\n\nĐoàn đề "
                     "nghị xã số hóa hồ sơ.")
    assert (record.get("leader") or {}).get("name") == "Nguyễn Thái Bình"


# -- 5. a talk with reporters -------------------------------------------------------------------------------------


@pytest.mark.parametrize("after, talk", [
    (", làm việc với phóng viên, ông X cho biết", True),
    (", làm việc với PV Báo Quảng Ngãi, ông X cho biết", True),
    (", trả lời phỏng vấn Báo Quảng Ngãi, bà Y cho biết", True),
    (", trả lời phỏng vấn của Báo Nghệ An, bà Y cho biết", True),
    (", trong buổi làm việc với phóng viên, ông X cho biết", True),
    (", làm việc với UBND phường Cẩm Thành, đoàn kiểm tra", False),
    (", làm việc với báo cáo viên của tỉnh, đoàn", False),
    (", trả lời phóng viên tại buổi kiểm tra, ông X", False),
])
def test_a_talk_with_reporters(after: str, talk: bool) -> None:
    assert press_talk_day(after) is talk


@pytest.mark.parametrize("opening", [
    "Ngày 20/11, làm việc với phóng viên, ông Nguyễn Văn Hào, Chủ tịch UBND phường Cẩm Thành cho biết",
    "Ngày 20/11, trả lời phỏng vấn Báo Quảng Ngãi, ông Nguyễn Văn Hào, Chủ tịch UBND phường Cẩm Thành cho biết",
])
def test_a_talk_with_reporters_first_then_the_check_before_it(opening: str) -> None:
    record = _record(f"Phường chấn chỉnh giờ giấc\n\n{opening} phường đã nhắc nhở công chức đi muộn.\n\n"
                     "Trước đó, chiều 17/11/2025, đoàn kiểm tra của UBND tỉnh Quảng Ngãi do ông Trần Văn Minh, "
                     "Phó Chủ tịch UBND tỉnh dẫn đầu đã kiểm tra đột xuất tại phường Cẩm Thành.\n\n"
                     "Đoàn yêu cầu phường chấn chỉnh.")
    assert record["date"] == "2025-11-17"


def test_a_session_with_the_ward_keeps_its_day() -> None:
    record = _record("Đoàn kiểm tra làm việc tại phường\n\nNgày 24/11/2025, làm việc với UBND phường Trương Quang "
                     "Trọng, đoàn kiểm tra của UBND tỉnh Quảng Ngãi đã kiểm tra giờ giấc làm việc.\n\nĐoàn yêu cầu "
                     "chấn chỉnh.")
    assert record["date"] == "2025-11-24"
