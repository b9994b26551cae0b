"""Session 25, places the extractor still missed: a unit whose staff's workplace is readied and checked
(`place_objects._PREPARED_FOR`), a sentence that opens on a unit's police post (`place_cues._SCENE_START`), and an
inspection told with "thị sát" before "tại xã A" (`place_cues._KIND_WORDS`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_objects import checked_object

_TODAY = date(2026, 12, 1)


def _units(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text, today=_TODAY).record.get("localities", [])]


@pytest.mark.parametrize(("before", "checked"), [
    ("đã kiểm tra việc chuẩn bị sắp xếp nơi làm việc cho cán bộ, công chức của ", True),
    ("đã kiểm tra công tác chuẩn bị bố trí trụ sở làm việc cho đội ngũ cán bộ, công chức ", True),
    ("đã kiểm tra trụ sở làm việc của ", True),
    ("khảo sát nơi làm việc mới cho ", True),
    ("đã làm việc với cán bộ, công chức của ", False),  # no workplace checked
    ("đề nghị bố trí nơi làm việc cho cán bộ của ", False),  # no check
    ("kiểm tra việc cấp căn cước. Trụ sở làm việc của ", False),
])
def test_a_workplace_readied_for_a_units_staff_is_checked(before: str, checked: bool) -> None:
    assert checked_object(before, before) is checked


def test_the_commune_of_the_workplace_is_the_place_not_the_province() -> None:
    text = ("Kiểm tra nơi làm việc của xã mới\n\nNgày 20/6/2025, ông Lê Văn A, Phó Chủ tịch UBND tỉnh Nghệ An, đã "
            "kiểm tra việc chuẩn bị sắp xếp nơi làm việc cho cán bộ, công chức của xã Hưng Nguyên Nam.\n")
    assert _units(text) == ["xã Hưng Nguyên Nam"]


@pytest.mark.parametrize("opening", ["Tại Công an xã Đồng Đăng, ", "Sáng 12/10/2025, tại Công an xã Đồng Đăng, "])
def test_a_sentence_opening_on_a_communes_police_post(opening: str) -> None:
    text = (f"Kiểm tra cấp căn cước\n\n{opening}Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh Lạng Sơn đã kiểm tra "
            "việc cấp căn cước cho người dân ngày 12/10/2025.\n")
    assert _units(text) == ["xã Đồng Đăng"]


@pytest.mark.parametrize(("verb", "visited"), [("đã thị sát", True), ("đã đến thị sát", True),
                                               ("đã chủ trì hội nghị về", False)])
def test_an_inspection_told_with_thi_sat_at_a_commune(verb: str, visited: bool) -> None:
    text = (f"Lãnh đạo tỉnh về cơ sở\n\nChiều 14/8/2025, ông Nguyễn Văn C, Chủ tịch UBND tỉnh Quảng Trị {verb} "
            "đập thủy lợi tại xã Cam Lộ.\n")
    assert ("xã Cam Lộ" in _units(text)) is visited


_HEAD = "Ban Văn hóa - Xã hội HĐND tỉnh khảo sát vùng biên\n\n"
_BORDER = (_HEAD + "Chiều 9/5/2023, đoàn công tác của Ban Văn hóa - Xã hội HĐND tỉnh Lai Châu, do bà "
           "Lò Thị Mai, Trưởng ban dẫn đầu, đã {verb} tại Đồn Biên phòng Ma Lù Thàng, huyện Phong Thổ.\n")


@pytest.mark.parametrize("verb", ["khảo sát", "khảo sát việc thực hiện chính sách cho học sinh vùng biên"])
def test_a_post_with_its_district_after_a_comma_behind_the_teams_long_name(verb: str) -> None:
    assert _units(_BORDER.format(verb=verb)) == ["huyện Phong Thổ"]


def test_a_person_with_a_district_after_the_comma_is_no_site() -> None:
    text = (_HEAD + "Chiều 9/5/2023, Ban Văn hóa - Xã hội HĐND tỉnh Lai Châu đã khảo sát tại xã Sì Lở "
            "Lầu; đoàn gặp ông Lý A Sử, huyện Phong Thổ.\n")
    assert _units(text) == ["xã Sì Lở Lầu"]


@pytest.mark.parametrize(("school", "visited"), [
    ("Trường PTDT bán trú THCS Huổi Luông", True),
    ("Trường Phổ thông dân tộc nội trú huyện", False),  # the site names a unit: no site of the commune
])
def test_a_school_listed_after_another_stop_with_its_commune_in_brackets(school: str, visited: bool) -> None:
    text = (_HEAD + "Chiều 9/5/2023, Ban Văn hóa - Xã hội HĐND tỉnh Lai Châu đã khảo sát tại Đồn Biên "
            f"phòng Ma Lù Thàng, huyện Phong Thổ và {school} (xã Huổi Luông).\n")
    assert ("xã Huổi Luông" in _units(text)) is visited


def test_a_semi_boarding_school_is_a_site_not_a_home() -> None:
    text = ("Ban Văn hóa - Xã hội HĐND tỉnh kiểm tra trường\n\n"
            "Sáng 6/10/2023, Ban Văn hóa - Xã hội HĐND tỉnh Lai Châu đã đến kiểm tra "
            "tại Trường Phổ thông dân tộc bán trú THCS Sì Lở Lầu (xã Sì Lở Lầu), huyện Phong Thổ.\n")
    assert "xã Sì Lở Lầu" in _units(text)
