"""Each screen at 80×24 in Vietnamese and 120×40 in English, where the other snapshot files had one size only.

The details with the focus (Enter), the figures view, the follow-up list and its dialog, the export and import
dialogs, the date dialog, a picker, a dialog's help (F1), and a bad filter's reason on the status line (wrapped
under the filter input, whole). The browser, the
help, the review screen and the pickers have theirs in `test_snapshots.py`, `test_review_snapshots.py` and
`test_ux_pass2_snapshots.py`. Update with `pytest --snapshot-update` and look at the SVGs before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from store.periods import day_label
from tests.tui.test_snapshots import after
from tests.tui.test_ux_pass2_snapshots import quiet
from tui.app import SurveysApp

pytestmark = pytest.mark.slow  # SVG snapshots of the whole app

SIZES = [("vi", (80, 24)), ("en", (120, 40))]
IDS = ["vi-80x24", "en-120x40"]


def pressing(*keys: str, typed: str = "", then: tuple[str, ...] = ()):
    """`after` (settled, keys, typed, then), then no toast and no blinking cursor."""
    steps = after(*keys, typed=typed, then=then)

    async def run(pilot: Pilot) -> None:
        await steps(pilot)
        await quiet(pilot)

    return run


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_details_with_the_focus(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("enter"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_figures(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("c"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_follow_up_list(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("u"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_follow_up_dialog(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    opened = pressing("u", then=("enter",))

    async def run(pilot: Pilot) -> None:
        await opened(pilot)
        day = pilot.app.screen.query_one("#followup-response-date", Input)
        day.value = day_label("2025-12-31", lang)  # a new response is dated today: the picture would age
        await quiet(pilot)

    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=run)


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_export_dialog(snap_compare, bundled_store: Path, export_home: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("e"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_import_dialog(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("i"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_help_of_a_dialog(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    """F1 over the export dialog: its keys, the help's own on its last lines."""
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("e", "f1"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_a_bad_filter_said_whole(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    """The reason with every field name: three rows under the input at 80 columns, two at 120."""
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size,
                        run_before=pressing("colon", "ctrl+u", typed="tinhh:x", then=("enter",)))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_dates_dialog(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    """Its examples, then its keys (said nowhere before)."""
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("d"))


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_topic_picker(snap_compare, bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(bundled_store, lang=lang), terminal_size=size, run_before=pressing("t"))
