"""The follow-up dialog's title at 80 columns puts the visit's id on a line of its own, no "·" left at a line's end.

"Kiến nghị 1/3 · 12/03/2026 · <id>" is wider than the dialog at 80 columns with a visit id of the usual length; it
had wrapped after the second "·", which stayed alone at the end of the first line (tryout s33, follow-up). Where
the line fits (120 columns) it stays one line.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Static

from tests.factories import make_record
from tests.tui.followup_host import FollowUpHost

pytestmark = pytest.mark.slow  # Pilot flows

LONG_ID = "2026-03-12-hdnd-xa-thuong-tin-giam-sat-mot-cua-so"  # as long as the usual


def visit() -> dict[str, Any]:
    return make_record(id=LONG_ID, date="2026-03-12", recommendations=[
        {"text": "Bổ sung máy quét cho bộ phận một cửa."}, {"text": "Nâng cấp đường truyền."},
        {"text": "Bố trí kinh phí số hóa hồ sơ."}])


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_at_80_columns_the_id_has_a_line_of_its_own(lang: str) -> None:
    app = FollowUpHost(visit(), lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = app.screen.query_one(".followup-title", Static)
        text = title.render()
        lines = str(text).split("\n")
        assert len(lines) == 2 and lines[1] == LONG_ID, lines
        assert not lines[0].rstrip().endswith("·") and " · " in lines[0]
        assert title.size.height == 2


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_at_120_columns_the_title_stays_one_line(lang: str) -> None:
    app = FollowUpHost(visit(), lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = app.screen.query_one(".followup-title", Static)
        assert str(title.render()).endswith(f" · {LONG_ID}") and "\n" not in str(title.render())
