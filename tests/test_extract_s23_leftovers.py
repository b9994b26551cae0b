"""Issue 12, session 23 (s23/leftovers), sentences written for the tests: a dashed province and its initials in
brackets between an overseer's title and name (`people._title_before` takes the bracket off before it keeps the
dash); a survey's window written bare after the visit clause (`day_windows.stated_window_start`); two councils
swapping experience (`visit_unmade.cooperation_meeting`); a ward or commune council surveying within its own unit."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.day_windows import stated_window_start
from store.extract.days import day_mentions
from store.extract.text import read_article
from store.extract.visit_unmade import cooperation_meeting
from store.reasons import Reason

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐoàn đề nghị xã tiếp tục công khai thủ tục hành chính."


def extracted(lead: str, title: str = "Giám sát tại xã Tân Lập") -> dict:
    return extract_article(f"{title}\n\n{lead}{TAIL}", today=TODAY).record


def _code(text: str) -> str | None:
    draft = extract_article(text, today=TODAY)
    return draft.non_visit.code if isinstance(draft.non_visit, Reason) else None


@pytest.mark.parametrize("title", [
    "Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu (BR-VT)",
    "Chủ tịch HĐND tỉnh Thừa Thiên - Huế (TT-Huế)",
    "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Bà Rịa – Vũng Tàu (BR–VT)",
    "Phó Chủ tịch UBND tỉnh (BR-VT)",
    "Phó Chủ tịch HĐND Thành phố (TP.HCM)",
])
def test_initials_in_brackets_after_a_place_keep_the_leader(title: str) -> None:
    record = extracted(f"Ngày 5/6/2019, {title} Trần Văn Bình đã giám sát việc tiếp dân tại UBND xã Tân Lập.")
    leader = record.get("leader") or {}
    assert leader.get("name") == "Trần Văn Bình"
    assert "(" not in leader.get("title", "")


def window_days(sentence: str) -> list[str]:
    mentions = day_mentions(sentence)
    return [m.text for m in mentions if stated_window_start(sentence, m, mentions)]


@pytest.mark.parametrize(("sentence", "first"), [
    ("Ban Đô thị HĐND thành phố đã làm việc với UBND phường A về trật tự xây dựng, thời gian từ ngày 10/11 đến "
     "ngày 14/11/2025.", "10/11"),
    ("Đoàn khảo sát việc chi trả trợ cấp tại xã A; thời gian: từ ngày 3/3 đến 5/3/2025.", "3/3"),
    ("Đoàn kiểm tra các trường học của xã, thời gian từ 28/12/2023 đến 2/1/2024.", "28/12/2023"),
])
def test_a_bare_short_window_after_a_visit_clause_opens_with_the_visit_day(sentence: str, first: str) -> None:
    assert window_days(sentence) == [first]


@pytest.mark.parametrize("sentence", [
    "Đoàn đã giám sát tại phường A, thời gian từ ngày 01/01/2023 đến ngày 30/6/2025.",  # the period overseen
    "Trong thời gian từ ngày 1/7 đến ngày 15/8/2025, phường đã tiếp nhận 300 hồ sơ sau khi đoàn kiểm tra.",
    "Thời gian từ ngày 1/7 đến ngày 15/8/2025, phường đã tiếp nhận 300 hồ sơ.",  # no visit told before it
    "Đoàn đã làm việc với xã A, thời gian từ ngày 5/6/2025.",  # a bare window with no end
])
def test_no_bare_window_day(sentence: str) -> None:
    assert window_days(sentence) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 4/5/2024, Thường trực HĐND tỉnh Hà Giang đã đến làm việc, trao đổi kinh nghiệm với Thường trực HĐND tỉnh "
     "Tuyên Quang về hoạt động giám sát.", True),
    ("Ngày 19/9/2023, đoàn công tác HĐND tỉnh Cà Mau đã đến học tập kinh nghiệm tại HĐND thành phố Đà Nẵng.", True),
    ("Ngày 2/3/2024, Thường trực HĐND huyện A chia sẻ kinh nghiệm với đoàn công tác của HĐND huyện B về tiếp xúc "
     "cử tri.", True),
    ("Ngày 8/10/2025, Ban Pháp chế HĐND tỉnh Tuyên Quang đã làm việc với UBND xã Nà Hang và trao đổi kinh nghiệm "
     "với HĐND xã về tiếp công dân.", False),  # the commune's own council: the commune is visited
    ("Ngày 16/10/2025, Ban Pháp chế HĐND thành phố đã khảo sát công tác hòa giải tại xã Hòa Vang và trao đổi kinh "
     "nghiệm với HĐND tỉnh B.", False),  # a survey told: a visit
])
def test_an_exchange_of_experience_between_councils(text: str, expected: bool) -> None:
    assert cooperation_meeting(read_article(text)) is expected


def test_two_councils_swapping_experience_is_no_visit() -> None:
    assert _code("HĐND tỉnh Hà Giang trao đổi kinh nghiệm với HĐND tỉnh Tuyên Quang\n\nNgày 4/5/2024, đoàn công tác "
                 "Thường trực HĐND tỉnh Hà Giang do ông Nguyễn Văn Sơn dẫn đầu đã đến làm việc, trao đổi kinh nghiệm "
                 "với Thường trực HĐND tỉnh Tuyên Quang về tổ chức kỳ họp.\n\nHai bên chia sẻ cách làm.") == \
        "nonvisit.cooperation"


@pytest.mark.parametrize(("title", "lead", "ward"), [
    ("HĐND phường Vinh Phú khảo sát ngập úng", "Ngày 6/10/2025, Thường trực HĐND phường đã khảo sát tình hình ngập "
     "úng trên địa bàn phường.", 16702),
    ("Khảo sát ngập úng", "Thường trực HĐND phường Vinh Phú thành lập đoàn khảo sát tình hình ngập úng trên địa bàn, "
     "thời gian khảo sát: từ ngày 6/10 đến ngày 8/10/2025.", 16702),
    ("Giám sát nước sạch", "Ngày 25/9/2025, Ban Kinh tế - Xã hội HĐND xã Nam Đàn đã giám sát chương trình nước sạch "
     "trên địa bàn xã.", 17935),
])
def test_a_ward_council_within_its_own_ward_lists_the_ward(title: str, lead: str, ward: int) -> None:
    localities = extracted(lead, title)["localities"]
    assert [loc["ward"]["code"] for loc in localities] == [ward]
