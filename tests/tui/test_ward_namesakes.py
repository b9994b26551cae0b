"""The ward picker (`w`) offers the wards of one name apart: `w tan dinh` had offered "Tân Định 3", and Enter wrote
`ward="Tân Định"`, which found TP Hồ Chí Minh's phường, Khánh Hòa's xã and what Bến Cát's former Tân Định became.

Now each ward of today of the name is its own line, its level and province beside it, picked as
`ward="Phường Tân Định, Hồ Chí Minh"`; the name alone is offered after them, as every place of the name, where it
finds more (a visit placed in no ward of today, Bến Cát's). A name one place bears is picked as before.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import tui.namesakes
from store.backends import _sample_records
from tests.contract.test_today_wards import namesakes
from tests.contract.test_ward_namesakes import unplaced
from tests.synthetic import write_store
from tests.tui.browser_helpers import active_filter, browsing, listed_ids, picker, result, settle, type_text
from tests.tui.test_snapshots import after
from tui.app import SurveysApp
from tui.i18n import LANGS

pytestmark = pytest.mark.slow  # Pilot flows and SVG snapshots


@pytest.fixture
def tan_dinh_store(tmp_path: Path) -> Path:
    """The five sample visits, the namesakes of Tân Định and Tân Phú (`namesakes`) and an unplaced Tân Định."""
    path = tmp_path / "s.json"
    write_store(path, [*_sample_records(), *namesakes(), unplaced()])
    return path


@pytest.mark.parametrize("lang", LANGS)
async def test_each_ward_of_a_shared_name_is_offered_apart_and_finds_what_it_counts(tan_dinh_store: Path,
                                                                                    lang: str) -> None:
    async with browsing(tan_dinh_store, lang) as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tan dinh")
        await settle(pilot)
        shown = [(choice.label, choice.detail, choice.count) for choice in picker(app).visible_choices]
        every = "mọi nơi mang tên này, cũ và mới" if lang == "vi" else "every place of this name, old and new"
        assert shown[:3] == [("Tân Định", "phường, Hồ Chí Minh", 2), ("Tân Định", "xã, Khánh Hòa", 1),
                             ("Tân Định", every, 5)], shown
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'ward="Phường Tân Định, Hồ Chí Minh"'
        assert len(result(app).positions) == 2
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("w")
        await type_text(pilot, "lai thieu")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'ward="Lái Thiêu"'  # one place of the name: as before


async def test_an_enter_typed_ahead_of_the_places_picks_from_them(tan_dinh_store: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`w tan dinh ↓ Enter` typed before the places were counted had picked from the facet's list (every Tân Định
    under one line), or from the places, as the counts came: Enter now waits for them, and the ↓ typed ahead
    moves in them (to Khánh Hòa's xã, the second)."""
    counted = threading.Event()
    real = tui.namesakes.with_namesakes

    def slow(*args: Any) -> Any:
        counted.wait(10)
        return real(*args)

    monkeypatch.setattr(tui.namesakes, "with_namesakes", slow)
    async with browsing(tan_dinh_store, "vi") as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tan dinh")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert picker(app).pending and not active_filter(app).clauses  # nothing picked yet
        counted.set()
        await settle(pilot)
        assert active_filter(app).render() == 'ward="Xã Tân Định, Khánh Hòa"'


async def test_only_this_visits_ward_of_a_shared_name_is_that_ward(tan_dinh_store: Path) -> None:
    """W on the 2025 visit to TP Hồ Chí Minh's Tân Định: that ward with its province, not every Tân Định."""
    async with browsing(tan_dinh_store, "en") as (app, pilot):
        app.survey_list.move_to(listed_ids(app).index("2025-09-01-hcm-tan-dinh"))
        await pilot.press("W")
        await settle(pilot)
        assert active_filter(app).render() == 'ward="Phường Tân Định, Hồ Chí Minh"'
        assert sorted(listed_ids(app)) == ["2024-03-02-q1-tan-dinh", "2025-09-01-hcm-tan-dinh"]


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
def test_ward_picker_namesakes(snap_compare, tan_dinh_store: Path, lang: str, size: tuple[int, int]) -> None:
    """`w tan dinh`: TP Hồ Chí Minh's phường and Khánh Hòa's xã apart, then every place of the name."""
    app = SurveysApp(tan_dinh_store, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=after("w", typed="tan dinh"))
