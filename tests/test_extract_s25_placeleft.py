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
    text = (f"Kiểm tra cấp căn cước\n\n{opening}Đại tá Nguyễn Văn B, Giám đốc Công an tỉnh Lạng Sơn đã kiểm tra "
            "việc cấp căn cước cho người dân ngày 12/10/2025.\n")
    assert _units(text) == ["xã Đồng Đăng"]


@pytest.mark.parametrize(("verb", "visited"), [("đã thị sát", True), ("đã đến thị sát", True),
                                               ("đã chủ trì hội nghị về", False)])
def test_an_inspection_told_with_thi_sat_at_a_commune(verb: str, visited: bool) -> None:
    text = (f"Lãnh đạo tỉnh về cơ sở\n\nChiều 14/8/2025, ông Nguyễn Văn C, Chủ tịch UBND tỉnh Quảng Trị {verb} "
            "đập thủy lợi tại xã Cam Lộ.\n")
    assert ("xã Cam Lộ" in _units(text)) is visited
