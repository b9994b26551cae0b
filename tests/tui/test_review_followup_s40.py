"""A recommendation's or direction's deadline and status in the review and correction screens: shown, edited, saved.

Tryout s40 (tryout12, item 4): the extractor read "trước ngày 31/3/2027" into an item's deadline, but the review rows
showed only the text and the addressee; the deadline was stored unseen and no status could be set before saving.
Each such row now has its deadline (typed as people write days: 31/3/2027, 31-3, quý I/2027) and its status (one
of the four), marked edited and saved with the rest; what was not changed is written as it was.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from store.extract import Draft
from store.store import SurveyStore
from tests.factories import make_record
from tests.present import present
from tests.tui.browser_helpers import browsing, open_screen
from tests.tui.hosts import Host
from tests.tui.review_host import review_running
from tui.screens.review import ReviewScreen
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows

ASK = "Bổ sung máy quét hồ sơ trước ngày 31/3/2027."
SENTENCE = "Đoàn đề nghị thành phố bổ sung máy quét hồ sơ trước ngày 31/3/2027."
ROW = "#review-recommendations-0"


def record() -> dict[str, Any]:
    """The test survey, its recommendation due by 31/3/2027 as the extractor reads it from the ask."""
    made = make_record()
    made["recommendations"][0].update(text=ASK, deadline="2027-03-31")
    return made


@asynccontextmanager
async def reviewing(lang: str) -> AsyncIterator[tuple[Pilot[None], ReviewScreen, list[Any]]]:
    """The review screen of a draft of `record()` (the ask's sentence behind its row); what it dismisses with."""
    results: list[Any] = []
    draft = Draft(record(), {"recommendations[0]": SENTENCE}, source_name="bai.txt")

    def push(host: Host) -> None:
        host.push_screen(ReviewScreen(draft, lang), results.append)

    async with review_running(Host(mounted=push), (80, 24)) as (pilot, screen):
        yield pilot, screen, results


def deadline(screen: ReviewScreen, row: str = ROW) -> Input:
    return screen.query_one(f"{row}-deadline", Input)


def status(screen: ReviewScreen, row: str = ROW) -> Select[str]:
    return screen.query_one(f"{row}-status", Select)


def as_saved(saved: dict[str, Any]) -> dict[str, Any]:
    """A record the review handed on, without its provenance and the empty lists the screen writes for the record's
    sections it lacked (difficulties, people): what is compared with what was opened."""
    return {key: value for key, value in saved.items() if key != "provenance" and value != []}


async def save(pilot: Pilot[Any]) -> None:
    await pilot.press("ctrl+s")
    await pilot.pause()


@pytest.mark.parametrize(("lang", "shown", "open_said"), [("vi", "31/03/2027", "chưa giải quyết"),
                                                           ("en", "2027-03-31", "open")])
async def test_the_deadline_status_and_addressee_are_shown_with_the_sentence(lang: str, shown: str,
                                                                             open_said: str) -> None:
    async with reviewing(lang) as (pilot, screen, _):
        screen.query_one(ROW).scroll_visible(animate=False)
        await pilot.pause()
        assert deadline(screen).value == shown
        assert status(screen).value == "open"  # an item without a status is open
        assert open_said in str(status(screen).query_one("SelectCurrent Static", Static).render())
        assert screen.query_one(f"{ROW}-to", Input).value == "thành phố"
        assert SENTENCE in str(screen.query_one(f"{ROW}-source", Static).render())
        assert deadline(screen).region.height == 1 and deadline(screen).region.right <= 80  # in sight at 80×24
        assert status(screen).region.right <= 80
        assert status(screen, "#review-directions-0").value == "open"
        assert deadline(screen, "#review-directions-0").value == ""


@pytest.mark.parametrize(("typed", "due"), [("quý II/2027", "2027-06-30"), ("31-3", "2026-03-31"),
                                            ("30/6/2027", "2027-06-30"), ("", None)])
async def test_an_edited_deadline_and_status_are_saved_and_nothing_else_changes(typed: str, due: str | None) -> None:
    async with reviewing("vi") as (pilot, screen, results):
        deadline(screen).value = typed  # "31-3": the visit's year, or the next when the day is before the visit
        status(screen).value = "in progress"
        await pilot.pause()
        assert "✎" in str(screen.query_one(f"{ROW}-source", Static).render())  # the row marked edited
        await save(pilot)
        assert results, str(screen.query_one("#review-error", Static).render())
        saved = copy.deepcopy(results[0])
        item = saved["recommendations"][0]
        assert item.pop("deadline", None) == due
        assert item.pop("status") == "in progress"
        wanted = record()
        del wanted["recommendations"][0]["deadline"]
        assert as_saved(saved) == wanted  # the direction got no status nor deadline: only what was edited is written


async def test_values_left_alone_are_saved_as_they_were() -> None:
    async with reviewing("en") as (pilot, screen, results):
        await save(pilot)
        assert as_saved(results[0]) == record()  # the deadline as read, no status added to an open item


@pytest.mark.parametrize(("lang", "said"), [("vi", "Kiến nghị 1: hạn không phải là ngày"),
                                            ("en", "Recommendation 1: the deadline is not a day")])
async def test_a_deadline_that_is_no_day_is_refused_in_the_screens_language(lang: str, said: str) -> None:
    async with reviewing(lang) as (pilot, screen, results):
        deadline(screen).value = "31/13/2027"
        await save(pilot)
        assert not results  # nothing handed on
        error = str(screen.query_one("#review-error", Static).render())
        assert said in error and "13" in error, error
        if lang == "vi":
            assert "there is no month" not in error  # the reason said in Vietnamese too
        deadline(screen).value = "quý I/2027"
        await save(pilot)
        assert results and results[0]["recommendations"][0]["deadline"] == "2027-03-31"


async def test_the_correction_writes_the_deadline_and_status_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record()])
    before = present(SurveyStore.open(path).get(record()["id"]))
    async with browsing(path, "vi", (80, 24)) as (_, pilot):
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        await pilot.pause()
        assert deadline(screen).value == "31/03/2027"
        deadline(screen).value = "30/6/2027"
        status(screen).value = "done"
        await save(pilot)
        for _ in range(20):  # the write runs in a worker
            if not screen.is_attached:
                break
            await pilot.pause(0.05)
    after = present(SurveyStore.open(path).get(record()["id"]))
    item = after["recommendations"][0]
    assert (item["deadline"], item["status"]) == ("2027-06-30", "done")
    # the history says what the correction changed, as a follow-up save does (session 41)
    assert [(entry["field"], entry.get("from"), entry.get("to")) for entry in item["history"]] == [
        ("status", "open", "done"), ("deadline", "2027-03-31", "2027-06-30")]
    after["recommendations"][0].update(deadline="2027-03-31")
    del after["recommendations"][0]["status"], after["recommendations"][0]["history"]
    for stamp in ("provenance", "updated"):
        after.pop(stamp, None)
        before.pop(stamp, None)
    assert after == before  # the direction, the figures, every other value as stored
