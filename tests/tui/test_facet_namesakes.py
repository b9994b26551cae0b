"""The sidebar's wards of a shared name, as the ward picker offers them (`tui.namesakes.sidebar_places`). Ticking Tân
Định under TP Hồ Chí Minh had written `ward="Tân Định"`, which also found Khánh Hòa's xã Tân Định and what Bến Cát's
former Tân Định became. Now each place of the name is its own line under its province (the province not said again
beside it: the heading says it, session 30), ticked as `ward="Phường Tân Định, Hồ Chí Minh"`, its count what that
clause finds; the name alone ("every place") only where it finds more (here a visit placed in no ward of today). A
name one place bears is as before.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from store.backends import _sample_records
from store.query import Filter
from tests.contract.test_today_wards import namesakes
from tests.contract.test_ward_namesakes import unplaced
from tests.synthetic import write_store
from tests.tui.browser_helpers import (
    active_filter,
    browsing,
    facet_lines,
    filter_text,
    result,
    set_filter,
    settle,
)
from tests.tui.test_snapshots import after
from tui.app import SurveysApp
from tui.model import Catalog

pytestmark = pytest.mark.slow  # Pilot flows and SVG snapshots

HCM = ("Tân Định", "Hồ Chí Minh")
KHANH_HOA = ("Tân Định", "Khánh Hòa")
Label = str | tuple[str, str]
"""A line's text, or (its text, the province whose heading it stands under)."""


@pytest.fixture
def tan_dinh_store(tmp_path: Path) -> Path:
    """The five sample visits, the namesakes of Tân Định and Tân Phú (`namesakes`) and an unplaced Tân Định."""
    path = tmp_path / "s.json"
    write_store(path, [*_sample_records(), *namesakes(), unplaced()])
    return path


def _line(app: SurveysApp, label: Label) -> tuple[int, str]:
    """The sidebar line showing `label` as a value (ticked or not), whole ("Tân Định" and not "Tân Định · mọi nơi"),
    under the province given with it: its index and text."""
    text, province = (label, None) if isinstance(label, str) else label
    found, under = [], None
    for i, line in enumerate(facet_lines(app)):
        if line.startswith("  ") and line[2] not in " ●":  # a province ("  ● Tân Định" is a ward ticked)
            under = line.strip()
            continue
        shown = line[4:].rsplit(" ", 1)[0].strip() if line.split()[-1].isdigit() else line[4:].strip()
        if line.startswith("  ") and shown == text and (province is None or province in (under or "")):
            found.append((i, line))
    assert len(found) == 1, (label, facet_lines(app))
    return found[0]


def _count(app: SurveysApp, label: Label) -> int:
    return int(_line(app, label)[1].split()[-1])


def _ticked(app: SurveysApp) -> list[str]:
    return sorted(line.strip() for line in facet_lines(app) if "●" in line)


async def _toggle(app: SurveysApp, pilot: Pilot[Any], label: Label) -> None:
    app.facets.focus()
    app.facets.highlighted = _line(app, label)[0]
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_ticking_a_place_of_a_shared_name_writes_its_province_and_finds_its_count(tan_dinh_store: Path,
                                                                                        lang: str) -> None:
    async with browsing(tan_dinh_store, lang) as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        every = "Tân Định · cũ và mới" if lang == "vi" else "Tân Định · old and new"  # one wording (s37), plain (s40)
        assert (_count(app, HCM), _count(app, KHANH_HOA), _count(app, every)) == (2, 1, 5)
        named = [line.rsplit(" ", 1)[0].strip() for line in facet_lines(app) if line[4:].startswith("Tân Định")]
        assert named == ["Tân Định", every, "Tân Định"]  # each place under its province, unsaid; the name alone said
        shown = _count(app, HCM)
        await _toggle(app, pilot, HCM)
        assert active_filter(app).render() == 'ward="Phường Tân Định, Hồ Chí Minh"'
        assert len(result(app).positions) == shown == 2
        assert _count(app, KHANH_HOA) == 1 and [line.split("  ")[0] for line in _ticked(app)] == ["● Tân Định"]
        await _toggle(app, pilot, KHANH_HOA)  # one more alternative: the two places
        assert active_filter(app).render() == 'ward="Phường Tân Định, Hồ Chí Minh" ward="Xã Tân Định, Khánh Hòa"'
        assert len(result(app).positions) == 3
        await _toggle(app, pilot, HCM)
        await _toggle(app, pilot, KHANH_HOA)
        assert not active_filter(app).clauses
        shown = _count(app, every)
        await _toggle(app, pilot, every)  # the name alone: every place, the unplaced visit and Bến Cát's too
        assert active_filter(app).render() == 'ward="Tân Định"'
        assert len(result(app).positions) == shown == 5
        await _toggle(app, pilot, every)
        await _toggle(app, pilot, "Lái Thiêu")  # a name one place bears: as before
        assert active_filter(app).render() == 'ward="Lái Thiêu"'
        assert "·" not in _line(app, "Lái Thiêu")[1]


async def test_the_filter_a_tick_writes_reads_back_to_the_same_ticks(tan_dinh_store: Path) -> None:
    """Tick, read the filter bar, untick, type what it said: the same lines ticked, the same rows; ticked again
    from the sidebar, the same filter."""
    async with browsing(tan_dinh_store, "vi") as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        await _toggle(app, pilot, HCM)
        await _toggle(app, pilot, ("Tân Phú", "Đồng Nai"))
        written, ticked, rows = filter_text(app), _ticked(app), len(result(app).positions)
        assert written == 'xa="Phường Tân Định, Hồ Chí Minh" xa="Xã Tân Phú, Đồng Nai"', written
        assert len(ticked) == 2 and rows == 3
        assert Filter.parse(active_filter(app).render()) == active_filter(app)
        await _toggle(app, pilot, HCM)
        await _toggle(app, pilot, ("Tân Phú", "Đồng Nai"))
        assert not active_filter(app).clauses and _ticked(app) == []
        await set_filter(pilot, written)
        assert (filter_text(app), _ticked(app), len(result(app).positions)) == (written, ticked, rows)
        await _toggle(app, pilot, HCM)  # untick what was typed, tick it again
        await _toggle(app, pilot, HCM)
        assert sorted(active_filter(app).clauses, key=str) == sorted(Filter.parse(written).clauses, key=str)
        assert _ticked(app) == ticked


@pytest.mark.parametrize(("lang", "size", "keys"), [("vi", (80, 24), ("f",)), ("en", (120, 40), ())])
def test_sidebar_namesakes(snap_compare, tan_dinh_store: Path, lang: str, size: tuple[int, int],
                           keys: tuple[str, ...]) -> None:
    """Each place of Tân Định under its province, which is not said again beside it; the name alone under TP HCM,
    "every place" beside it."""
    app = SurveysApp(tan_dinh_store, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=after(*keys))


async def test_wards_sit_under_the_province_the_facet_counts_whatever_the_records_wrote(tan_dinh_store: Path) -> None:
    """The namesakes' records write "Tỉnh Khánh Hòa", the province facet counts "Khánh Hòa": their wards had sat
    under a heading of their own, with no number, apart from "Khánh Hòa 1" (`tui.model.facet_provinces`)."""
    async with browsing(tan_dinh_store, "en") as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        lines = facet_lines(app)
        assert not any("Tỉnh " in line for line in lines), lines
        at = next(i for i, line in enumerate(lines) if line.strip().startswith("Khánh Hòa"))
        assert lines[at].split()[-1] == "1" and _line(app, KHANH_HOA)[0] == at + 1, lines


async def test_the_launch_shows_its_counts_before_it_splits_the_shared_names(tan_dinh_store: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The first counts wait for no gazetteer (splitting a shared name into its places loads it, some 0.26 s at
    100,000 records): they are shown with the name alone, then its places replace it."""
    split = threading.Event()
    real = Catalog.ward_places

    def held(catalog: Catalog, *args: Any) -> Any:
        split.wait(10)
        return real(catalog, *args)

    monkeypatch.setattr(Catalog, "ward_places", held)
    app = SurveysApp(tan_dinh_store, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            await pilot.pause()
            if app.facets.counts:
                break
            await asyncio.sleep(0.01)
        lines = facet_lines(app)
        named = [line for line in lines if line[4:].startswith("Tân Định ")]
        assert named and not any("·" in line for line in named)  # the name alone, its places (and "every place") later
        assert not app.is_idle  # the places are awaited
        split.set()
        await settle(pilot)
        assert _count(app, HCM) == 2 and _count(app, KHANH_HOA) == 1
