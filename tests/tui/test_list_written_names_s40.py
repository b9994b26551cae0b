"""The list names a visit's places as the report wrote them, with today's ward where it is another name (session 40).

A 2024 visit to xã Hương Ngải read "Tây Phương · Hà Nội" in the list (the ward facet's name), though the details say
"xã Hương Ngải → Xã Tây Phương" (docs/tryout-s39-tryout11.md item 6): a researcher reading old visits looks for the
names they were written with. The written name comes first, so that the 19 cells of the column at 80 columns keep it
whole. A place written as it is today, or a former unit of no ward, reads as before (the look-alikes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.factories import make_record
from tests.synthetic import write_store
from tests.tui.browser_helpers import browsing, screen_text
from tui.model import locality_text, ward_label

HA_NOI = {"name": "Thành phố Hà Nội", "code": 1}
HCM = {"name": "Thành phố Hồ Chí Minh", "code": 79}
HUONG_NGAI = {"name": "xã Hương Ngải", "level": "xã", "province": HA_NOI, "ward": {"name": "Xã Tây Phương",
                                                                                    "code": 10006}}
MINH_AN = {"name": "phường Minh An", "level": "phường", "former_province": "Quảng Nam",
           "province": {"name": "Thành phố Đà Nẵng", "code": 48}, "ward": {"name": "Phường Hội An", "code": 20410}}
PHUONG_1 = {"name": "phường 1", "level": "phường", "province": HCM, "ward": {"name": "Phường Bàn Cờ", "code": 27154}}
TAN_DINH = {"name": "phường Tân Định", "level": "phường", "province": HCM,
            "ward": {"name": "Phường Tân Định", "code": 26737}}
DI_AN = {"name": "TP. Dĩ An", "level": "thành phố", "former_province": "Bình Dương", "province": HCM, "ward": None}


def visit(*localities: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"localities": list(localities), **more}


@pytest.mark.parametrize(("localities", "shown"), [
    ((HUONG_NGAI,), "Hương Ngải → Tây Phương · Hà Nội"),
    ((MINH_AN,), "Minh An → Hội An · Đà Nẵng (Quảng Nam)"),
    ((PHUONG_1,), "phường 1 → Bàn Cờ · Hồ Chí Minh"),  # a number alone names nothing
    ((HUONG_NGAI, TAN_DINH), "Hương Ngải → Tây Phương, Tân Định · Hà Nội, Hồ Chí Minh"),
    # look-alikes: written as today, a former unit placed in no ward of today, a case apart
    ((TAN_DINH,), "Tân Định · Hồ Chí Minh"),
    ((DI_AN,), "Dĩ An · Hồ Chí Minh (Bình Dương)"),
    (({**TAN_DINH, "name": "Phường TÂN ĐỊNH"},), "Tân Định · Hồ Chí Minh"),
])
def test_the_list_names_places_as_written_then_today(localities: tuple[dict[str, Any], ...], shown: str) -> None:
    assert locality_text(visit(*localities)) == shown


def test_the_ward_facet_still_names_today_s_ward() -> None:
    """The sidebar, `w` and the locality sort group a place's old and new visits under today's name."""
    assert ward_label(HUONG_NGAI) == "Tây Phương"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_written_name_is_whole_in_the_list(tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    """18 cells at 80 columns, 21 beside the sidebar at 120: the written name whole, today's begun."""
    path = tmp_path / "s.json"
    write_store(path, [make_record(id="2024-03-05-huong-ngai", date="2024-03-05", localities=[HUONG_NGAI],
                                   figures=[], recommendations=[], directions=[])])
    async with browsing(path, lang=lang, size=size) as (app, _pilot):
        rows = [line for line in screen_text(app).splitlines() if "2024" in line]
        assert rows and "Hương Ngải → Tây" in rows[0], rows
