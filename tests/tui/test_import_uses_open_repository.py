"""The import dialog asks the browser's open repository which drafts are stored (`mark_stored`), not a store it
opens again in its worker: at 100,000 surveys that had cost the store's open time once more."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pytest

import store.backends
from store.extract.draft import Draft
from store.repository import Repository
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, settle
from tui.screens.import_articles import Extracted, mark_stored
from tui.screens.import_dialog import ImportScreen

STORED = make_record()
NEW_ID = "2030-01-01-not-stored"


def _extracted() -> Extracted:
    return Extracted(drafts=[("a.txt", Draft(record={"id": STORED["id"]})), ("b.txt", Draft(record={"id": NEW_ID}))])


class Asked:
    """A repository's `stored_ids`, counted; it fails when told to (an interrupted index read)."""

    def __init__(self, repository: Repository, fail: bool = False) -> None:
        self.repository, self.fail, self.asked = repository, fail, 0

    def stored_ids(self, record_ids: Iterable[str]) -> set[str]:
        self.asked += 1
        if self.fail:
            raise sqlite3.OperationalError("interrupted")
        return self.repository.stored_ids(record_ids)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "surveys.json"
    repository = TinyDBRepository(path)
    repository.upsert_many([STORED])
    repository.close()
    return path


def test_the_open_repository_answers_and_nothing_is_opened(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> Repository:
        raise AssertionError("the store was opened again")

    monkeypatch.setattr(store.backends, "open_repository", refuse)
    asked = Asked(TinyDBRepository(store_path))
    assert mark_stored(store_path, _extracted(), asked).stored == {STORED["id"]}  # type: ignore[arg-type]
    assert asked.asked == 1


def test_a_failing_open_repository_falls_back_to_a_handle_of_its_own(store_path: Path) -> None:
    asked = Asked(TinyDBRepository(store_path), fail=True)
    assert mark_stored(store_path, _extracted(), asked).stored == {STORED["id"]}  # type: ignore[arg-type]
    assert mark_stored(store_path, _extracted()).stored == {STORED["id"]}  # no repository given: as before


@pytest.mark.slow  # a Pilot flow
async def test_the_browser_hands_its_repository_to_the_dialog(store_path: Path) -> None:
    async with browsing(store_path, "en") as (app, pilot):
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)
        assert app.screen.repository is app.state.catalog.searcher.repository  # type: ignore[union-attr]
        assert app.screen.repository is not None
