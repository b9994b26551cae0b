"""Found in tmux (session 14): the province picker's former units counted as ticking them then finds.

Under `ward="Tân Đông Hiệp"` the picker offered "Bình Dương 3", and
ticking Bình Dương found 1: the provinces and districts merged away were counted with the filter's wards and
provinces both left out, while today's provinces were counted within the wards ticked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import active_filter, browsing, picker, result, settle, type_text
from tui.i18n import LANGS

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.mark.parametrize("lang", LANGS)
async def test_a_former_province_offered_under_a_ward_counts_what_ticking_it_finds(bundled_store: Path,
                                                                                   lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tan dong hiep")
        await pilot.press("enter")
        await settle(pilot)
        assert len(result(app).positions) == 1
        await pilot.press("p")
        await type_text(pilot, "binh duong")
        await settle(pilot)
        shown = {choice.label: choice.count for choice in picker(app).visible_choices}
        assert shown.get("Bình Dương") == 1, shown
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("p")
        await type_text(pilot, "thach that")
        await settle(pilot)
        # a district is a ward clause: one more ward (OR), counted as the ward facet counts its values
        assert {choice.label: choice.count for choice in picker(app).visible_choices}.get("Thạch Thất") == 1
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("p")
        await type_text(pilot, "binh duong")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        # today's ward with its province: the former ward, part of which became Dĩ An, is offered apart (s40)
        assert active_filter(app).render() == 'ward="Phường Tân Đông Hiệp, Hồ Chí Minh" province:"Bình Dương"'
        assert len(result(app).positions) == 1
