"""Visits whose lead quotes a direction first, and places the rules missed (session 26, fresh45).

- A direction or request quoted first, its author and the check after it ("Đó là chỉ đạo của ông X, <titles>, trong
  buổi kiểm tra ... tại phường A", "yêu cầu của bà Y ... khi khảo sát ..."): the check is a visit; a direction that
  gives others a check to make ("chỉ đạo các sở khẩn trương kiểm tra") stays a task given.
- A unit's name with one syllable in lower case ("HĐND huyện Đồng hỷ"): read as the unit, only when the capitalised
  words alone name no unit of that level ("xã Phan đã ..." stays as written).
- A commune glued to a site the team checked something of ("khảo sát hoạt động của trạm y tế xã A", "kiểm tra bếp
  ăn của Trường X xã B"): the commune, not the council's own district.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.body_case import place_syllables


def _places(text: str) -> list[str]:
    return [locality["name"] for locality in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize("text", [
    "Đó là chỉ đạo của ông Trần Văn Bình, Bí thư Tỉnh ủy Tây Ninh, trong buổi kiểm tra công tác phòng, chống dịch "
    "tại xã Tân Hiệp, huyện Tân Châu sáng 4/8/2023.",
    "Đó là yêu cầu của ông Trần Văn Bình, Chủ tịch UBND huyện Tân Châu, tại cuộc kiểm tra bếp ăn tại xã Tân Hiệp "
    "sáng 4/8/2023.",
    "Đó là đề nghị của bà Lê Thị Mai, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Tây Ninh, khi khảo sát trạm y tế tại xã "
    "Tân Hiệp, huyện Tân Châu ngày 4/8/2023.",
])
def test_a_direction_quoted_first_at_a_check_is_a_visit(text: str) -> None:
    draft = extract_article(text)
    assert draft.non_visit is None
    assert _places(text) == ["xã Tân Hiệp"]


def test_a_direction_that_gives_others_a_check_stays_a_task() -> None:
    text = "Chủ tịch UBND tỉnh chỉ đạo các sở, ngành khẩn trương kiểm tra công tác phòng dịch tại các huyện."
    assert extract_article(text).non_visit is not None


@pytest.mark.parametrize(("written", "read"), [
    ("Đoàn giám sát HĐND huyện Đồng hỷ làm việc.", "Đoàn giám sát HĐND huyện Đồng Hỷ làm việc."),
    ("khảo sát tại xã Lê lai.", "khảo sát tại xã Lê Lai."),
    ("Đoàn giám sát HĐND xã Phan đã làm việc.", "Đoàn giám sát HĐND xã Phan đã làm việc."),
    ("khảo sát tại huyện Mang Thít đã ghi nhận.", "khảo sát tại huyện Mang Thít đã ghi nhận."),
])
def test_a_syllable_in_lower_case_is_capitalised_only_when_it_completes_a_name(written: str, read: str) -> None:
    recased = place_syllables(written)
    assert recased == read
    assert len(recased) == len(written)


def test_a_district_with_a_syllable_in_lower_case_is_placed() -> None:
    text = ("Ngày 21/4/2022, Đoàn giám sát HĐND huyện Đồng hỷ do ông Phạm Văn Tú làm trưởng đoàn đã làm việc tại "
            "nhà trường.")
    assert _places(text) == ["huyện Đồng Hỷ"]


@pytest.mark.parametrize(("text", "place"), [
    ("Sáng 19/6/2022, Ban Văn hóa - Xã hội HĐND huyện Mỹ Tú do bà Thạch Thị Nga làm trưởng đoàn đã khảo sát hoạt "
     "động của trạm y tế xã Mỹ Thuận.", "xã Mỹ Thuận"),
    ("Sáng 16/11/2023, ông Lò Văn Sơn, Chủ tịch UBND huyện Bắc Hà đã kiểm tra bếp ăn của Trường Phổ thông dân tộc "
     "bán trú tiểu học xã Bản Liền.", "xã Bản Liền"),
])
def test_a_commune_glued_to_a_site_checked_through_of(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_work_of_a_commune_office_is_not_a_site() -> None:
    """'của UBND xã' is no site: the working session's place is read as before."""
    text = ("Sáng 16/11/2023, Đoàn giám sát của HĐND huyện Bắc Hà do ông Lò Văn Sơn làm trưởng đoàn làm việc với UBND "
            "xã Bản Liền về kết quả công tác của UBND xã Bản Liền.")
    assert _places(text) == ["xã Bản Liền"]
