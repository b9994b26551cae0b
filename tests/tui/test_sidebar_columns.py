"""Beside the facet sidebar the list's locality, body and leader never get narrower than at the sidebar's threshold
(`tui.layout`): the topics column waits for `TOPICS_BESIDE_FACETS` cells. From 104 to 117 columns it had come
back at the others' cost (locality 14-20, body 14-17 cells, narrower than at 100 columns), so that widening the
terminal narrowed them. Without the sidebar the list keeps its own rule (four columns at 80)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, screen_text, settle
from tui.i18n import Translator
from tui.layout import FACETS_WIDTH, TOPICS_BESIDE_FACETS, WIDE
from tui.widgets.survey_list import columns

LANGS = ["vi", "en"]
NAMES = ("locality", "body", "leader", "topics")


def _headings(lang: str) -> tuple[int, ...]:
    t = Translator(lang)
    return tuple(len(t(f"col.{name}")) for name in NAMES)


def _beside(terminal: int, lang: str) -> dict[str, int]:
    """The list's columns beside the sidebar on a terminal of `terminal` columns."""
    return dict(columns(terminal - FACETS_WIDTH, _headings(lang), TOPICS_BESIDE_FACETS))


@pytest.mark.parametrize("lang", LANGS)
def test_beside_the_sidebar_no_column_is_narrower_than_at_the_threshold(lang: str) -> None:
    least = _beside(WIDE, lang)
    assert (least["locality"], least["body"]) == (21, 18) and least["leader"] >= 11 and "topics" not in least
    for terminal in range(WIDE, 220):
        shown = _beside(terminal, lang)
        assert all(shown[name] >= least[name] for name in ("locality", "body", "leader")), (terminal, shown)
        assert ("topics" in shown) == (terminal >= FACETS_WIDTH + TOPICS_BESIDE_FACETS), terminal
    assert _beside(110, lang)["locality"] == 25  # three columns that grow with the terminal (four had left it 17)
    assert _beside(118, lang) == {"locality": 21, "body": 18, "leader": 11, "topics": 16}


@pytest.mark.parametrize("lang", LANGS)
def test_below_the_threshold_the_sidebar_would_narrow_the_list_past_the_80_column_one(lang: str) -> None:
    """Why `WIDE` stays 100: at 90 columns beside the sidebar the locality and body are narrower than on an
    80-column terminal without it."""
    alone = dict(columns(80, _headings(lang)))
    assert list(alone) == list(NAMES)  # the list's own rule, unchanged: four columns at 80
    beside = _beside(90, lang)
    assert beside["locality"] < alone["locality"] and beside["body"] < alone["body"]


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
async def test_at_110_columns_the_topics_wait_beside_the_sidebar_and_come_back_without_it(bundled_store: Path,
                                                                                         lang: str) -> None:
    topics = Translator(lang)("col.topics")
    async with browsing(bundled_store, lang, size=(110, 40)) as (app, pilot):
        heading = screen_text(app).splitlines()[2]
        assert app.facets.display and topics not in heading, heading
        await pilot.press("f")
        await settle(pilot)
        assert not app.facets.display and topics in screen_text(app).splitlines()[2]
        await pilot.resize_terminal(120, 40)
        await pilot.press("f")
        await settle(pilot)
        assert app.facets.display and topics in screen_text(app).splitlines()[2]
