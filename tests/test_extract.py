"""Extraction from news articles: each rule on its own, then the test articles end to end.

The sentences here and the articles in tests/articles are written for these
tests (invented people and figures, real unit names so the gazetteer can
place them); nothing is read from ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.dates import find_periods, resolve_visit_date
from store.extract.people import find_people
from store.extract.places import find_places
from store.extract.text import read_article
from store.reasons import Reason, say

# -- dates ---------------------------------------------------------------------------------------


LEAD = "{day}, Đoàn giám sát của HĐND huyện do ông Lưu Minh Tân, Phó Chủ tịch HĐND huyện làm Trưởng đoàn " \
       "đã giám sát tại xã Bình Khánh."


@pytest.mark.parametrize("text, published, day, certainty", [
    (LEAD.format(day="Sáng 4-9") + "\nSau hơn 2 tháng vận hành chính quyền địa phương 2 cấp, xã ổn định.", None,
     date(2025, 9, 4), "inferred"),
    ("Ngày 25/05/2023\n" + LEAD.format(day="Chiều ngày 24/5"), None, date(2023, 5, 24), "publication"),
    (LEAD.format(day="Ngày 20.10"), date(2025, 10, 21), date(2025, 10, 20), "publication"),
    (LEAD.format(day="Sáng 28-12"), date(2024, 1, 3), date(2023, 12, 28), "publication"),
    (LEAD.format(day="Sáng ngày 16/5/2023"), None, date(2023, 5, 16), "stated"),
    (LEAD.format(day="Ngày 27 tháng 11 năm 2025"), None, date(2025, 11, 27), "stated"),
    ("(14:00:00 16/05/2023) " + LEAD.format(day="Sáng 16/5"), None, date(2023, 5, 16), "publication"),
    ("BÌNH KHÁNH, 4/9 - " + LEAD.format(day="Hôm nay").replace("Hôm nay, ", "") +
     "\nTừ ngày 1/7/2025 đến 31/8/2025, xã tiếp nhận 900 hồ sơ.", None, date(2025, 9, 4), "inferred"),
    (" date 2025-09-09 " + LEAD.format(day="Sáng 9/9"), None, date(2025, 9, 9), "stated"),
    (LEAD.format(day="Sáng 18-8") + "\nNăm 2021 và 7 tháng năm 2022, xã tiếp nhận 3.000 hồ sơ.", None,
     date(2022, 8, 18), "inferred"),
])
def test_visit_day_year_and_certainty(text: str, published: date | None, day: date, certainty: str) -> None:
    visit = resolve_visit_date(read_article(text), published)
    assert (visit.day, visit.certainty) == (day, certainty)
    assert visit.notes or certainty == "stated"


def test_a_day_without_any_clue_to_its_year_keeps_day_and_month_and_says_the_year_is_a_guess() -> None:
    visit = resolve_visit_date(read_article(LEAD.format(day="Chiều 3/10")), today=date(2026, 12, 1))
    assert visit.day == date(2026, 10, 3) and visit.certainty == "inferred" and visit.year_evidence is None
    assert resolve_visit_date(read_article(LEAD.format(day="Chiều 3/10")), today=date(2026, 9, 1)).day == \
        date(2025, 10, 3)  # the latest such day not after today
    draft = extract_article(LEAD.format(day="Chiều 3/10"), today=date(2026, 12, 1))
    assert draft.record["date"] == "2026-10-03" and draft.record["date_certainty"] == "inferred"
    assert any("year is a guess" in warning for warning in draft.warnings)
    assert draft.certainty["date"].startswith("inferred: ") and "hôm nay" in say(draft.certainty["date"], "vi")
    assert isinstance(draft.certainty["date"], Reason)
    assert draft.certainty["date"].code == "date_certainty.inferred" and "today" in draft.certainty["date"]


def test_a_plan_year_does_not_date_the_visit() -> None:
    text = LEAD.format(day="Sáng 4-9") + "\nTrong năm 2030, xã phấn đấu đạt 100% hồ sơ trực tuyến."
    visit = resolve_visit_date(read_article(text), today=date(2026, 12, 1))
    assert visit.day == date(2026, 9, 4) and visit.year_evidence is None


def test_a_decree_date_does_not_date_the_visit() -> None:
    text = "Xã triển khai Nghị định số 42/2022/NĐ-CP ngày 24-6-2022. " + LEAD.format(day="Sáng 2/6")
    visit = resolve_visit_date(read_article(text), today=date(2026, 12, 1))
    assert visit.day == date(2026, 6, 2) and visit.year_evidence is None


@pytest.mark.parametrize("text, first, last", [
    ("Từ ngày 1/7 đến 6/9, phường tiếp nhận 2.000 hồ sơ.", date(2025, 7, 1), date(2025, 9, 6)),
    ("Năm 2021 và 7 tháng năm 2022, đã có 900 hồ sơ.", date(2021, 1, 1), date(2022, 7, 31)),
    ("Trong quý 1/2023 đã giải quyết 80 hồ sơ.", date(2023, 1, 1), date(2023, 3, 31)),
    ("6 tháng đầu năm 2024, tỷ lệ đạt 63%.", date(2024, 1, 1), date(2024, 6, 30)),
    ("Trong năm 2021, xã giải quyết 500 hồ sơ.", date(2021, 1, 1), date(2021, 12, 31)),
    ("Từ ngày 1/12 đến 15/1, xã tiếp nhận 70 hồ sơ.", date(2024, 12, 1), date(2025, 1, 15)),
])
def test_periods(text: str, first: date, last: date) -> None:
    periods = find_periods(text, date(2025, 9, 9))
    assert [(p.first, p.last) for p in periods][:1] == [(first, last)]


# -- people --------------------------------------------------------------------------------------


def leader_of(text: str) -> tuple[str, str] | None:
    people = find_people(read_article(text))
    return (people.leader.name, people.leader.title) if people.leader else None


@pytest.mark.parametrize("text, name, title", [
    ("Sáng 2/6, Đoàn giám sát do bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn đã làm việc tại xã An Phú.",
     "Lê Thị Hoa", "Phó Chủ tịch HĐND tỉnh, Trưởng đoàn"),
    ("Sáng 2/6, đồng chí Võ Minh Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh, đã khảo sát tại "
     "xã An Phú.", "Võ Minh Quang", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh"),
    ("Chiều 3/6, ông Đỗ Văn Khang- UVTV Huyện ủy, Phó Chủ tịch HĐND huyện, đã chủ trì đoàn giám sát tại xã An Phú.",
     "Đỗ Văn Khang", "UVTV Huyện ủy, Phó Chủ tịch HĐND huyện"),
    ("Sáng 2/6, đoàn khảo sát do Phó Chủ tịch HĐND tỉnh Ngô Thanh Tùng chủ trì đã làm việc tại xã An Phú.",
     "Ngô Thanh Tùng", "Phó Chủ tịch HĐND tỉnh"),
    ("Sáng 2/6, Đoàn công tác do bà Kha Thị Lụa, nguyên Phó Chủ tịch UBND tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh làm "
     "Trưởng đoàn đã làm việc tại xã An Phú.", "Kha Thị Lụa",
     "nguyên Phó Chủ tịch UBND tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh, Trưởng đoàn"),
    ("Sáng 2/6, đoàn kiểm tra làm việc tại xã An Phú. Trưởng đoàn là ông Y Sơn Mlô, Phó Giám đốc Sở Nội vụ.",
     "Y Sơn Mlô", "Phó Giám đốc Sở Nội vụ, Trưởng đoàn"),
])
def test_leader_rules(text: str, name: str, title: str) -> None:
    assert leader_of(text) == (name, title)


def test_the_local_official_who_reports_is_not_the_leader() -> None:
    text = ("Báo cáo với đoàn, ông Trần Văn Bình, Phó Chủ tịch UBND xã An Phú cho biết xã đã tiếp nhận 800 hồ sơ. "
            "Đoàn giám sát do bà Lê Thị Hoa, Phó Chủ tịch HĐND huyện làm Trưởng đoàn.")
    people = find_people(read_article(text))
    assert people.leader is not None and people.leader.name == "Lê Thị Hoa"
    assert people.others() == [{"name": "Trần Văn Bình", "role": "Phó Chủ tịch UBND xã An Phú"}]
    assert leader_of("Báo cáo với đoàn, ông Trần Văn Bình, Phó Chủ tịch UBND xã An Phú cho biết xã ổn định.") is None


# -- places --------------------------------------------------------------------------------------


def visited(text: str, visit: date | None = None) -> list[dict]:
    return find_places(read_article(text), visit).localities(visit)


@pytest.mark.parametrize("text, name, province, ward, former", [
    ("Sáng 2/6, đoàn giám sát đã làm việc tại TP.Dĩ An.", "TP. Dĩ An", 79, None, "Bình Dương"),
    ("Sáng 2/6, đoàn giám sát đã làm việc tại TP Dĩ An.", "TP. Dĩ An", 79, None, "Bình Dương"),
    ("HĐND TP TDM giám sát\n\nSáng 2/6, đoàn giám sát đã làm việc tại UBND thành phố và ghi nhận nhiều kết quả.",
     "thành phố Thủ Dầu Một", 79, None, "Bình Dương"),
    ("Sáng 2/6, đoàn đã khảo sát tại phường  Rạch Dừa.", "phường Rạch Dừa", 79, 26536, None),
    ("Sáng 2/6, đoàn giám sát đã làm việc tại huyện Thạch Thất.", "huyện Thạch Thất", 1, None, None),
    ("Sáng 2/6, đoàn kiểm tra tại thị xã Sơn Tây.", "thị xã Sơn Tây", 1, None, None),
])
def test_localities(text: str, name: str, province: int, ward: int | None, former: str | None) -> None:
    found = visited(text)
    assert len(found) == 1, found
    assert found[0]["name"] == name and found[0]["province"]["code"] == province
    assert (found[0]["ward"] or {}).get("code") == ward and found[0].get("former_province") == former


def test_a_long_lead_still_names_the_place_visited() -> None:
    topic = "công tác triển khai chủ trương về chuyển đổi số, cải cách thủ tục hành chính liên thông, trực tuyến, " * 3
    found = visited(f"Sáng 2/6, Đoàn công tác số 2 do bà Lê Thị Hoa làm Trưởng đoàn đã khảo sát chuyên đề về {topic}"
                    "tại phường Cái Khế và phường Ninh Kiều.")
    assert [loc["name"] for loc in found] == ["phường Cái Khế", "phường Ninh Kiều"]


def test_two_localities_and_a_qualifying_district() -> None:
    found = visited("Sáng 9/9, đoàn đã khảo sát tại phường Vũng Tàu và Rạch Dừa. "
                    "Cùng ngày, đoàn khảo sát thực tế tại phường Tân Đông Hiệp, TP.Dĩ An.")
    assert [loc["name"] for loc in found] == ["phường Vũng Tàu", "phường Rạch Dừa", "phường Tân Đông Hiệp"]


def test_a_ward_before_the_merger_takes_its_old_province() -> None:
    found = visited("Sáng 2/6/2022, đoàn giám sát đã làm việc tại TP.Dĩ An. Cùng ngày, đoàn khảo sát thực tế tại "
                    "phường Tân Đông Hiệp, TP.Dĩ An.", date(2022, 6, 2))
    assert [loc.get("former_province") for loc in found] == ["Bình Dương", "Bình Dương"]


def test_a_level_that_contradicts_the_gazetteer_is_refused() -> None:
    # no ward of that name exists today or existed before 2025, only a commune: not this place
    assert visited("Sáng 2/6, đoàn giám sát đã làm việc tại phường Thượng Phúc.") == []


def test_a_ward_merged_away_resolves_to_what_it_became_under_its_old_name() -> None:
    # "phường Tân Lợi" was a ward of Buôn Ma Thuột until 2025; the name written is kept
    found = visited("Sáng 2/6/2024, đoàn giám sát đã làm việc tại phường Tân Lợi.", date(2024, 6, 2))
    assert [(loc["name"], loc["province"]["code"], loc["ward"]["name"]) for loc in found] == \
        [("phường Tân Lợi", 66, "Phường Buôn Ma Thuột")]


def test_ambiguous_ward_is_placed_by_the_province_the_article_names() -> None:
    found = visited("HĐND TP BMT giám sát\n\nTối 2/12, đoàn giám sát đã làm việc tại phường Tân An.")
    assert found[0]["province"]["code"] == 66 and found[0]["ward"]["code"] == 24163


# -- items --------------------------------------------------------------------------------------


def test_recommendations_with_addressees_and_directions_split_at_verbs() -> None:
    draft = extract_article(
        "Sáng 2/6/2025, Đoàn giám sát do bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn đã giám sát tại "
        "xã Đông Anh.\n"
        "Xã kiến nghị Chính phủ sớm ban hành hướng dẫn lưu trữ hồ sơ điện tử; xem xét bổ sung biên chế. "
        "Cùng với đó, đề xuất thành phố bố trí thêm máy quét, nâng cấp đường truyền.\n"
        "Bà Lê Thị Hoa đề nghị xã tiếp tục rà soát quy trình, công khai thủ tục; tăng cường hỗ trợ người dân.\n"
        "Song song đó, đổi mới cách tiếp nhận phản ánh.")
    recs = draft.record["recommendations"]
    assert [(r["text"], r.get("to")) for r in recs] == [
        ("Sớm ban hành hướng dẫn lưu trữ hồ sơ điện tử.", "Chính phủ"),
        ("Xem xét bổ sung biên chế.", "Chính phủ"),
        ("Bố trí thêm máy quét.", "thành phố"),
        ("Nâng cấp đường truyền.", "thành phố"),
    ]
    assert all(r["by"] == "UBND xã Đông Anh" and r["locality"] == "xã Đông Anh" for r in recs)
    directions = draft.record["directions"]
    assert [d["text"] for d in directions] == [
        "Tiếp tục rà soát quy trình.", "Công khai thủ tục.", "Tăng cường hỗ trợ người dân.",
        "Đổi mới cách tiếp nhận phản ánh.",
    ]
    assert all(d["by"] == "Lê Thị Hoa" and d["to"] == "xã Đông Anh" for d in directions)


def test_difficulties() -> None:
    draft = extract_article(
        "Sáng 2/6/2025, đoàn giám sát làm việc tại xã Đông Anh. Tuy nhiên, vẫn còn một số vướng mắc như phần mềm "
        "chạy chậm, đường truyền thường xuyên gián đoạn.")
    assert [d["text"] for d in draft.record["difficulties"]] == [
        "Phần mềm chạy chậm.", "Đường truyền thường xuyên gián đoạn."]




@pytest.mark.parametrize(("text", "leader"), [
    # two co-leaders as the lead's subject: the first named leads; "đồng chủ trì đoàn giám sát tại" is a visit
    ("Ngày 3/4/2024, bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh và ông Phạm Văn Tư, Phó Chủ tịch Ủy ban MTTQ tỉnh "
     "Đồng Tháp đồng chủ trì đoàn giám sát tại xã Mỹ Hiệp.", "Lê Thị Hoa"),
    # the official who takes the team out himself, whatever his office
    ("Sáng 2/8/2024, ông Trần Minh Tâm - Chủ tịch UBND tỉnh Cà Mau dẫn đoàn đi kiểm tra công trình kè chống sạt "
     "lở tại xã Cái Nước.", "Trần Minh Tâm"),
    # a programme clause and the day come first, then the person who goes with the members
    ("Thực hiện chương trình công tác năm 2023, sáng 9/5/2023, ông Võ Văn Bé, Trưởng ban Kinh tế - Ngân sách HĐND "
     "tỉnh Vĩnh Long cùng các thành viên đã trực tiếp đi khảo sát tại xã Long Hồ.", "Võ Văn Bé"),
    # the commune chairman reports: never the leader, and here no one else is named
    ("Sáng 12/3/2024, Đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Ông Nguyễn Văn Dũng, Chủ "
     "tịch UBND phường báo cáo phường đã tiếp nhận 3.000 hồ sơ.", None),
])
def test_leaders_introduced_as_the_leads_subject(text: str, leader: str | None) -> None:
    draft = extract_article(text)
    assert draft.non_visit is None and (draft.record.get("leader") or {}).get("name") == leader


@pytest.mark.parametrize(("text", "code"), [
    ("Sáng 4/4/2024, Thường trực HĐND tỉnh An Giang tổ chức hội nghị tập huấn kỹ năng giám sát cho đại biểu HĐND "
     "cấp xã.", "nonvisit.own_meeting"),
    ("Chiều 18/6/2024, Thường trực HĐND huyện họp thảo luận dự thảo báo cáo kết quả giám sát việc quản lý chợ tại "
     "xã Tam Bình.", "nonvisit.report_meeting"),
    ("Sáng 10/12/2024, tại kỳ họp thứ 21 HĐND tỉnh Cà Mau, ông Lê Văn Sử trình bày báo cáo kết quả giám sát "
     "chuyên đề năm 2024.", "nonvisit.session"),
])
def test_what_only_names_oversight_is_no_visit(text: str, code: str) -> None:
    said = extract_article(text).non_visit
    assert isinstance(said, Reason) and said.code == code


@pytest.mark.parametrize("name", ["H Yim Kđoh", "Đinh Y Ly Niê", "A Pớt", "Y Biêr Niê", "Ksor Phước Hà"])
def test_central_highlands_names_with_their_particles_lead(name: str) -> None:
    text = (f"Sáng 5/9/2024, Đoàn khảo sát của Ban Dân tộc HĐND tỉnh Gia Lai do {name}, Trưởng ban làm trưởng đoàn "
            "đã khảo sát tại xã Ia Băng.")
    assert (extract_article(text).record.get("leader") or {}).get("name") == name


@pytest.mark.parametrize(("lead", "day", "certainty"), [
    ("Từ ngày 26/8 - 1/9/2020, ", "2020-08-26", "stated"),  # the span's last day carries the year
    ("Từ ngày 28/12 đến 3/1/2021, ", "2020-12-28", "stated"),  # a span over the new year
    ("Trong các ngày 5, 6 và 7/6/2023, ", "2023-06-05", "stated"),  # three days of one month
    ("Từ ngày 13 - 20.9.2023, ", "2023-09-13", "stated"),  # dotted, after "từ ngày"
])
def test_spans_and_lists_of_days_give_the_first(lead: str, day: str, certainty: str) -> None:
    text = lead + ("Đoàn giám sát của HĐND tỉnh Vĩnh Long do bà Trần Thị Mai, Phó Chủ tịch HĐND tỉnh làm trưởng "
                   "đoàn đã giám sát tại xã Long Hồ. Xã tiếp nhận 1.250 hồ sơ.")
    record = extract_article(text, today=date(2026, 12, 1)).record
    assert (record.get("date"), record.get("date_certainty")) == (day, certainty)
    assert [f["value"] for f in record["figures"]] == [1250]


@pytest.mark.parametrize("sentence", [
    "Về phía xã có ông Lê Văn Tám, Phó Chủ tịch UBND xã, hiệu trưởng 6 trường và 14 giáo viên.",  # people present
    "Xã phấn đấu đến năm 2025 đạt từ 85% đến 88% trường đạt chuẩn quốc gia.",  # a target with its year
])
def test_people_present_and_targets_are_no_figures(sentence: str) -> None:
    lead = ("Sáng 5/6/2024, Đoàn giám sát của HĐND tỉnh Cà Mau do ông Lê Văn Sử, Phó Chủ tịch HĐND tỉnh làm trưởng "
            "đoàn đã làm việc với UBND xã Cái Nước. ")
    figures = extract_article(lead + sentence + " Xã tiếp nhận 1.250 hồ sơ.").record["figures"]
    assert [f["value"] for f in figures] == [1250]


def test_a_visit_without_a_day_that_speaks_of_the_past_year_is_still_a_visit() -> None:
    draft = extract_article("Thường trực HĐND tỉnh Cà Mau vừa giám sát tại xã Cái Nước. Trong năm qua, xã đã tiếp "
                            "nhận 3.000 hồ sơ, năm 2023, xã đã giải quyết 2.950 hồ sơ.")
    assert draft.non_visit is None
