"""`w` on a former ward part of which became another ward: each choice's count is what its pick finds (session 40).

"Tân Đông Hiệp 1" was offered and its pick found 4 (docs/tryout-s39-tryout11.md item 5; the store's side is
tests/contract/test_ward_split_s40.py). At 80×24 in Vietnamese and 120×40 in English, as the researcher met it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract.test_ward_split_s40 import records
from tests.synthetic import write_store
from tests.tui.browser_helpers import active_filter, browsing, picker, result, settle, type_text

pytestmark = pytest.mark.slow  # Pilot flows

ALONE = {"vi": "cũ và mới, cả phần nay thuộc Dĩ An", "en": "old and new, with the part now in Dĩ An"}


@pytest.mark.parametrize(("lang", "size", "down", "found"), [
    ("vi", (80, 24), 0, 1), ("en", (120, 40), 0, 1), ("vi", (80, 24), 1, 4), ("en", (120, 40), 1, 4)])
async def test_each_choice_finds_its_count(tmp_path: Path, lang: str, size: tuple[int, int], down: int,
                                           found: int) -> None:
    path = tmp_path / "s.json"
    write_store(path, records())
    async with browsing(path, lang=lang, size=size) as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tan dong")
        await settle(pilot)
        shown = [(choice.label, choice.detail, choice.count) for choice in picker(app).visible_choices]
        assert shown[:2] == [("Tân Đông Hiệp", "phường, Hồ Chí Minh", 1), ("Tân Đông Hiệp", ALONE[lang], 4)], shown
        for _ in range(down):
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        assert len(result(app).positions) == found, active_filter(app).render()
