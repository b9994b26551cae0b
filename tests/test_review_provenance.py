"""The review screen writes where each value came from into the record, and shows it again on a reopened draft."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Static

from store import provenance
from store.extract import extract_file
from store.reasons import Reason
from store.validation import validate
from tests.present import present
from tests.test_review_screen import ARTICLES, reviewing, text_of
from tests.test_review_screen_edits import LONG_DIEN, save, stored, type_into
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows


async def test_edited_dropped_and_added_values_are_recorded_by_path(tmp_path: Path) -> None:
    draft = extract_file(LONG_DIEN)
    figures = draft.record["figures"]
    assert len(figures) >= 3 and "figures[1]" in draft.certainty or "figures[2]" in draft.certainty
    async with reviewing(draft, "en") as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        type_into(screen, "review-leader-title", "Phó Chủ tịch HĐND tỉnh")
        screen.query_one("#review-figures-0-keep", Checkbox).value = False  # dropped: figures[1] becomes [0]
        type_into(screen, "review-figures-2-unit", "hồ sơ đúng hạn")
        type_into(screen, "review-notes", "Đã đối chiếu với báo cáo của phường.")
        await screen.add_item("recommendations")
        type_into(screen, "review-recommendations-" + str(len(draft.record["recommendations"])) + "-text",
                  "Bổ sung cán bộ một cửa.")
        await pilot.pause()
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    origins = provenance.origins(record)
    bare = {path: {key: entry[key] for key in ("path", "by")} for path, entry in origins.items()}
    assert bare["leader"] == {"path": "leader", "by": "person"}  # edited: keeps the sentence it was read from (s34)
    assert origins["leader"]["sentence"] and origins["leader"]["article"] == str(LONG_DIEN)
    assert origins["notes"]["by"] == "person"
    assert bare["figures[1]"] == {"path": "figures[1]", "by": "person"}  # the draft's figures[2], edited
    assert origins["figures[1]"].get("sentence") == draft.source_of("figures[2]")
    assert record["figures"][1]["unit"] == "hồ sơ đúng hạn"
    first = origins["figures[0]"]  # the draft's figures[1], untouched: the extractor's, with its certainty if any
    said = draft.certainty.get("figures[1]")
    assert said is None or isinstance(said, Reason)  # a fresh draft's certainty is a Reason
    assert first["by"] == "extractor" and first.get("certainty") == (said.as_json() if said is not None else None)
    last = f"recommendations[{len(record['recommendations']) - 1}]"
    assert origins[last] == {"path": last, "by": "person"}
    assert origins["date"]["by"] == "extractor" and origins["date"]["certainty"]["code"] == "date_certainty.inferred"
    assert len(record["figures"]) == len(figures) - 1 and f"figures[{len(figures) - 1}]" not in origins
    assert validate(record) == []


async def test_a_reopened_draft_shows_and_keeps_what_a_person_gave(tmp_path: Path) -> None:
    draft = extract_file(LONG_DIEN)
    async with reviewing(draft, "vi") as (app, pilot):
        type_into(app.screen, "review-body", "Ban Pháp chế HĐND tỉnh")
        await save(pilot, app)
    saved = app.results[0]
    assert saved is not None
    again = dataclasses.replace(draft, record=saved)
    async with reviewing(again, "vi") as (app, pilot):
        shown = text_of(app.screen.query_one("#review-body-source", Static))
        assert shown.startswith("✎ người sửa hoặc thêm lần trước")
        assert "lần trước" not in text_of(app.screen.query_one("#review-kind-source", Static))
        await save(pilot, app)
    origins = provenance.origins(present(app.results[0]))
    assert origins["body"]["by"] == "person" and origins["kind"]["by"] == "extractor"
    assert origins["body"]["sentence"] == saved["provenance"][[e["path"] for e in saved["provenance"]].index("body")][
        "sentence"]  # the edited value's sentence, kept through a second review


async def test_a_value_typed_back_as_it_was_stays_the_extractors() -> None:
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, "en") as (app, pilot):
        screen = app.screen
        name = screen.query_one("#review-leader-name", Input).value
        type_into(screen, "review-leader-name", "Somebody Else")
        await pilot.pause()
        type_into(screen, "review-leader-name", name)
        await pilot.pause()
        await save(pilot, app)
    origins = provenance.origins(present(app.results[0]))
    assert origins["leader"]["by"] == "extractor" and origins["leader"].get("rule") == draft.rules.get("leader")


async def test_the_extractors_certainty_is_struck_through_once_the_value_is_edited() -> None:
    draft = extract_file(LONG_DIEN)
    bound = next(i for i in range(len(draft.record["figures"])) if f"figures[{i}]" in draft.certainty)
    async with reviewing(draft, "vi") as (app, pilot):
        screen = app.screen
        note = screen.query_one("#review-date-note", Static)
        figure_note = screen.query_one(f"#review-figures-{bound} .review-certainty", Static)
        assert not note.has_class("-stale") and not figure_note.has_class("-stale")
        was = screen.query_one("#review-date", Input).value
        type_into(screen, "review-date", "15/10/2025")
        type_into(screen, f"review-figures-{bound}-unit", "hồ sơ khác")
        await pilot.pause()
        assert note.has_class("-stale") and figure_note.has_class("-stale")
        type_into(screen, "review-date", was)  # typed back as it was: the extractor's again
        await pilot.pause()
        assert not note.has_class("-stale") and figure_note.has_class("-stale")
