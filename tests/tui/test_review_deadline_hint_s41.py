"""An item without a deadline reads as one without, in the review screen (tryout s41-tryout13).

A researcher reviewing an article's draft saw "deadline 2027-03-31, quý I/2027" under two recommendations and two
directions the article gave no deadline for: the field was empty and that was its placeholder, a real-looking date in
a grey a shade from the labels' (over a terminal of few colours, the same). The placeholder now says the field is
empty before its example ("chưa có, vd. 31/3/2027" / "none, e.g. 2027-03-31"), in italics, as the former district's
hint is; an item with a deadline shows its day, and no example.
"""

from __future__ import annotations

import copy

import pytest
from textual.widgets import Input

from store.extract import Draft
from tests.factories import make_record
from tests.tui.hosts import Host
from tests.tui.review_host import review_running
from tui.i18n import Translator
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows
EMPTY = {"vi": "chưa có", "en": "none"}
EXAMPLE = {"vi": "vd.", "en": "e.g."}
DUE = {"vi": "31/03/2027", "en": "2027-03-31"}


def _draft() -> Draft:
    made = make_record()
    ask = made["recommendations"][0]
    made["recommendations"] = [dict(ask, deadline="2027-03-31"), dict(copy.deepcopy(ask), text="Tập huấn cán bộ.")]
    return Draft(made, {}, source_name="bai.txt")


def _shown(field: Input) -> tuple[str, bool]:
    """The field's line as drawn, without colour, and whether the text drawn there is in italics."""
    strip = field.render_line(0)
    drawn = [segment for segment in strip if segment.text.strip()]
    return strip.text, bool(drawn) and all(segment.style is not None and segment.style.italic for segment in drawn)


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_an_empty_deadline_says_it_is_empty_and_a_set_one_shows_its_day(lang: str,
                                                                               size: tuple[int, int]) -> None:
    t = Translator(lang)

    def push(host: Host) -> None:
        host.push_screen(ReviewScreen(_draft(), lang))

    async with review_running(Host(mounted=push), size) as (pilot, screen):
        set_one = screen.query_one("#review-recommendations-0-deadline", Input)
        empty = screen.query_one("#review-recommendations-1-deadline", Input)
        empty.scroll_visible()
        await pilot.pause()
        text, italic = _shown(empty)
        assert empty.value == ""
        assert text.strip().startswith(EMPTY[lang]) and EXAMPLE[lang] in text, text  # says empty, then an example
        assert text.strip() == t("review.deadline_forms"), text  # whole in its field
        assert italic, text
        set_one.scroll_visible()
        await pilot.pause()
        text, italic = _shown(set_one)
        assert DUE[lang] in text and EXAMPLE[lang] not in text and not italic, text
