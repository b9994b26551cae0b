"""A recommendation's or direction's text gets the room of its row, its addressee what an addressee needs.

Tryout s37 (and s36's, left open): at 80 columns the text of a recommendation showed 34 cells and its addressee
30, so "Bổ sung 2 công chức cho bộ phận m" ran on into "thành phố", the addressee, as if one phrase. An addressee
is a body's name ("UBND thành phố", "Chính phủ", "UBND phường Hòa Khánh"); the text is a sentence.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (80, 24)), ("en", (120, 40))])
async def test_an_items_text_is_twice_as_wide_as_its_addressee(lang: str, size: tuple[int, int]) -> None:
    from textual.widgets import Input  # noqa: PLC0415

    from tests.tui.review_host import review_open  # noqa: PLC0415

    async with review_open(lang, size) as (_, _, screen):
        text = screen.query_one("#review-directions-0-text", Input).size.width
        to = screen.query_one("#review-directions-0-to", Input).size.width
        assert text >= 2 * to - 2, (text, to)  # 2fr to 1fr, give or take the rounding of a cell
        assert text >= 40, (text, to)  # a sentence's first words: was 33 at 80 columns
        assert to >= 18, (text, to)  # "UBND thành phố", "Chính phủ" whole, and the placeholder


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_an_arrow_stands_between_an_items_text_and_its_addressee(lang: str) -> None:
    from tests.tui.browser_helpers import screen_text  # noqa: PLC0415
    from tests.tui.review_host import review_open  # noqa: PLC0415

    async with review_open(lang, (80, 24)) as (app, pilot, screen):
        row = screen.query_one("#review-directions-0")
        row.scroll_visible(animate=False)
        await pilot.pause()
        text = screen.query_one("#review-directions-0-text").region
        line = screen_text(app).splitlines()[text.y]  # type: ignore[arg-type] # a Host, not the browser
        assert "→" in line[text.right:], line  # the cut sentence no longer runs on into the addressee
