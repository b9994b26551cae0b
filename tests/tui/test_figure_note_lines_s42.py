"""A note under its bar keeps the ward of today at 80×24 (tryout s42-tryout14).

The officer's figures view of "Hồ sơ tiếp nhận" by locality, at 80×24 in Vietnamese, drew under xã Tịnh Hòa's bar
"15/10/2024 (mới nhất trong 2) · nay thuộc Xã …": the note was wider than the chart and cut, and what it lost was the
ward of today, the part that says this bar and xã Đông Sơn's are one ward now. A note too wide for its line now breaks
between its parts (" · ") onto a second line.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from store.metrics import metric_choices
from tests.factories import make_record
from tui.figure_bars import bars_for, note_lines, render_bars
from tui.i18n import Translator

QUANG_NGAI = {"name": "Quảng Ngãi", "code": 51}
DONG_SON = {"name": "Xã Đông Sơn", "code": 21109}


def _visit(record_id: str, name: str, value: int) -> dict[str, Any]:
    return make_record(id=record_id, date=record_id[:10], localities=[
        {"name": name, "level": "xã", "province": QUANG_NGAI, "ward": DONG_SON}],
        figures=[{"label": "Hồ sơ tiếp nhận", "metric": "ho-so-tiep-nhan", "value": value, "unit": "hồ sơ"}])


RECORDS = [_visit("2025-11-20-dong-son", "xã Đông Sơn", 2310), _visit("2024-10-15-tinh-hoa", "xã Tịnh Hòa", 1284),
           _visit("2024-04-10-tinh-hoa", "xã Tịnh Hòa", 905)]


@pytest.mark.parametrize(("lang", "width"), [("vi", 48), ("vi", 40), ("en", 40), ("en", 36)])
def test_the_ward_of_today_is_drawn_whole_under_a_narrow_bar(lang: str, width: int) -> None:
    t = Translator(lang)
    key = metric_choices(RECORDS)[0].key
    bars = bars_for(RECORDS, key, "locality", lang)
    now_in = t("figs.now_in", unit="Xã Đông Sơn")
    assert any(bar.note.endswith(now_in) and cell_len(bar.note) > width for bar in bars)  # too wide for one line
    chart = render_bars(bars, lang, width).plain
    assert now_in in chart, chart
    assert all(cell_len(line) <= width for line in chart.splitlines()), chart
    assert "…" not in chart, chart


def test_a_note_that_fits_stays_one_line() -> None:
    """The look-alike: a note with room is not broken ("1/7–6/9/2025 (mới nhất trong 2)" beside or under its bar)."""
    assert note_lines("1/7–6/9/2025 (mới nhất trong 2) · nay thuộc Xã Đông Sơn", 60) == [
        "1/7–6/9/2025 (mới nhất trong 2) · nay thuộc Xã Đông Sơn"]
    assert note_lines("1/7–6/9/2025 (mới nhất trong 2) · nay thuộc Xã Đông Sơn", 40) == [
        "1/7–6/9/2025 (mới nhất trong 2)", "nay thuộc Xã Đông Sơn"]


PARTS = st.lists(st.text(alphabet="abcđêơ 0123456789/()", min_size=1, max_size=20).map(str.strip).filter(bool),
                 min_size=1, max_size=4)


@settings(max_examples=80, deadline=None)
@given(parts=PARTS, room=st.integers(min_value=8, max_value=60))
def test_the_lines_hold_every_part_in_order(parts: list[str], room: int) -> None:
    lines = note_lines(" · ".join(parts), room)
    assert " · ".join(lines) == " · ".join(parts)  # nothing lost, nothing added, the order kept
    assert all(cell_len(line) <= room or " · " not in line for line in lines)  # only a lone part may pass the room
