"""The review screen's "edited by you" mark on a value that had no source line (tryout s40-tryout12).

A journalist filled in the outlet and the published day the article did not give: each line under them read
"✎ bạn đã sửa ·", a separator followed by nothing. The mark ends where there is nothing after it; a value with a
source sentence keeps "✎ … · Nguồn: …" (the look-alike).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from store.extract import extract_file
from tests.test_review_screen import Host, opened

pytestmark = pytest.mark.slow  # Pilot

ARTICLE = Path(__file__).parent.parent / "articles" / "tuned" / "t01_long_dien_ba_ria.txt"


def line(screen, widget_id: str) -> str:
    return str(screen.query_one(f"#{widget_id}-source", Static).render())


@pytest.mark.parametrize("lang, mark", [("vi", "✎ bạn đã sửa"), ("en", "✎ edited by you")])
async def test_a_value_without_a_source_is_marked_without_a_dangling_separator(lang: str, mark: str) -> None:
    app = Host(extract_file(ARTICLE), lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot)
        screen = app.screen
        assert not line(screen, "review-source-url").strip()  # the article gave no URL: no line under it
        screen.query_one("#review-source-url", Input).value = "https://example.org/bai"
        screen.query_one("#review-summary", Input).value = "Tóm tắt do người xem lại viết."
        await pilot.pause()
        assert line(screen, "review-source-url").strip() == mark
        summary = line(screen, "review-summary")  # the look-alike: a source follows the mark
        assert summary.startswith(f"{mark} · ") and len(summary) > len(mark) + 3
