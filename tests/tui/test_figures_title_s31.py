"""The figures view's title (session 31): wrapped by whole words, a count never split from its noun ("1 / chuyến"
over a line end), the mode's words kept together, and its height steady while the highlight moves, so the chart
below does not jump between a short and a long label. 80×24 and 120×40, both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text
from textual.widgets import OptionList, Static

from tests.tui.browser_helpers import browsing, open_screen
from tui.safe import visible
from tui.screens.figures import TITLE_LINES, FiguresScreen
from tui.title_lines import KEEP, wrap_title

TITLE = "So sánh số liệu · Tỷ lệ cán bộ giữ chức vụ trên 08 năm tại một cơ quan (%) · theo địa bàn · 12 chuyến"


@pytest.mark.parametrize("width", range(14, 90))
def test_no_line_ends_on_a_number_or_a_separator_and_none_is_too_wide(width: int) -> None:
    lines = [line.plain for line in wrap_title(Text(TITLE), width)]
    assert " ".join(lines) == TITLE  # nothing lost, nothing added
    for line in lines:
        assert cell_len(line) <= width, (width, lines)
        assert line.split()[-1] not in {"08", "12", "·"}, (width, lines)
        assert line.split()[0] not in {"(%)"}, (width, lines)


@pytest.mark.parametrize(("text", "width", "lines"), [
    ("Tỷ lệ hồ sơ · 1 chuyến", 20, ["Tỷ lệ hồ sơ", "· 1 chuyến"]),  # Rich had "Tỷ lệ hồ sơ · 1" / "chuyến"
    ("Compare figures · On-time rate (%) · by locality · 2 visits", 40,
     ["Compare figures · On-time rate (%) · by", "locality · 2 visits"]),
    (f"Compare figures · On-time rate (%) · by{KEEP}locality · 2{KEEP}visits", 40,
     ["Compare figures · On-time rate (%)", "· by locality · 2 visits"]),  # KEEP: drawn as a space, never cut
    ("Tỷ lệ (%)", 5, ["Tỷ lệ", "(%)"]),  # words kept together but wider than a line break at their spaces
    ("Số hồ sơ 1 chuyếnnnnnn", 4, ["Số", "hồ", "sơ 1", "chuy", "ếnnn", "nnn"]),  # a word wider still: folded
])
def test_wrapped_lines(text: str, width: int, lines: list[str]) -> None:
    assert [line.plain for line in wrap_title(Text(text), width)] == lines


def test_styles_follow_their_words() -> None:
    text = Text("So sánh · nhãn dài ", style="bold")
    text.append("1 chuyến", style="dim")
    last = wrap_title(text, 12)[-1]
    assert last.plain == "· 1 chuyến" or last.plain.endswith("1 chuyến")
    assert any(span.style == "dim" for span in last.spans)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size", "count"), [("vi", (80, 24), "1 chuyến"), ("en", (120, 40), "1 visit"),
                                                     ("en", (80, 24), "1 visit"), ("vi", (120, 40), "1 chuyến")])
async def test_the_title_keeps_its_height_and_its_count_whole_over_every_metric(
        bundled_store: Path, lang: str, size: tuple[int, int], count: str) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        options = screen.query_one("#figures-metrics", OptionList)
        title = screen.query_one("#figures-title", Static)
        for mode in ("locality", "time"):
            heights, tops = set(), set()
            for index, choice in enumerate(screen.choices):
                options.highlighted = index
                await pilot.pause()
                await pilot.pause()
                heights.add(title.outer_size.height)
                tops.add(screen.query_one("#figures-body").region.y)
                lines = _screen_lines(app)[:title.outer_size.height]
                said = " ".join(line.strip() for line in lines)
                assert visible(choice.key.label(lang)) in said or "…" in said, said
                assert any(count in line or count.replace("1", "2") in line or count.replace("1", "3") in line
                           or count.replace("1", "4") in line for line in lines), lines
                assert screen.t(f"figs.{mode}") in " ".join(lines), lines  # the mode's words on one line
            assert len(heights) == 1 and len(tops) == 1, (mode, heights, tops)  # the chart does not jump
            assert 1 <= heights.pop() <= TITLE_LINES
            await pilot.press("t")
            await pilot.pause()


def _screen_lines(app: object) -> list[str]:
    """The screen's lines as drawn (its compositor's strips)."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return ["".join(segment.text for segment in strip) for strip in strips]
