"""The import dialog given a drafts file `surveys extract --with-provenance -o` saved: each draft reviewed again.

The drafts are made here by the command itself from articles written for the
tests (`test_import_dialog_articles`, `test_import_dialog_merge`), so the file
is exactly what a person saved yesterday and opens today.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from textual.widgets import Input, Static

from cli.main import main
from store.extract import Draft, extract_file
from store.store import SurveyStore
from tests.import_dialog_helpers import (
    BUNDLED,
    Host,
    dialog_idle,
    enter_path,
    import_dialog,
    make_store,
    reviewing,
    save_reviews,
    shown,
    until,
)
from tests.present import present
from tests.test_import_dialog_articles import DI_AN, TAN_UYEN
from tests.test_import_dialog_merge import ARTICLES, OTHER_OUTLET, offered, stored_visit  # noqa: F401 - a fixture
from tui.screens.import_articles import find_drafts
from tui.screens.merge_offer import MergeScreen

pytestmark = pytest.mark.slow  # Pilot flows


def saved_drafts(tmp_path: Path, articles: dict[str, str], out: str = "drafts.json", *extra: str) -> Path:
    """The articles written under `tmp_path/bai`, and `surveys extract --with-provenance` of them saved as `out`."""
    folder = tmp_path / "bai"
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    target = tmp_path / out
    code = main(["--db", str(tmp_path / "none.json"), "--lang", "vi", "extract", "--with-provenance", *extra,
                 "-o", str(target), *(str(folder / name) for name in articles)])
    assert code == 0
    return target


def sources(app: Any) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(".review-source").results(Static))


async def test_each_saved_draft_is_reviewed_in_turn_with_its_sentences_and_imported(tmp_path: Path) -> None:
    db = make_store(tmp_path)
    saved_drafts(tmp_path, {"a_tan_uyen.txt": TAN_UYEN, "b_di_an.md": DI_AN})
    async with import_dialog(db, tmp_path, (140, 50), "drafts.json") as (app, pilot):
        await until(pilot, reviewing(app))
        title = shown(app, ".review-title")
        assert "drafts.json: " in title and "a_tan_uyen.txt (1/2)" in title
        assert app.screen.query_one("#review-leader-name", Input).value == "Nguyễn Thị Lan Chi"
        assert "4.215 người" in sources(app)  # the sentence behind the figure, as the file keeps it
        assert "do X ... làm Trưởng đoàn" in str(app.screen.query_one("#review-leader-source", Static).render())
        await pilot.press("escape")  # left out
        await until(pilot, lambda: reviewing(app)() and "(2/2)" in shown(app, ".review-title"))
        assert app.screen.query_one("#review-date", Input).value == "20/08/2024"
        app.screen.query_one("#review-leader-title", Input).value = "Trưởng Ban Pháp chế"
        await pilot.press("ctrl+s")  # saved: imported
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    [record] = [r for r in SurveyStore(db).records() if r["id"].startswith("2024-08-20-")]
    assert record["leader"]["title"] == "Trưởng Ban Pháp chế"
    leader = next(entry for entry in record["provenance"] if entry["path"] == "leader")
    assert leader["by"] == "person" and leader["sentence"]  # edited: keeps the sentence it was read from (s34)
    assert leader["article"].endswith("b_di_an.md") and "(" not in leader["article"]  # the file, not the label
    assert len(list(SurveyStore(db).records())) == BUNDLED + 1


async def test_a_saved_draft_of_a_stored_visit_is_offered_for_merging(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]]) -> None:  # noqa: F811 - the fixture
    db, record = stored_visit
    saved_drafts(tmp_path, {"bao_khac.txt": OTHER_OUTLET}, "drafts.jsonl", "--format", "jsonl")
    app = Host(db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await enter_path(app, pilot, "drafts.jsonl")
        await save_reviews(app, pilot)
        await until(pilot, offered(app))
        assert isinstance(app.screen, MergeScreen)
        assert record["id"] in str(app.screen.query_one("#merge-text", Static).render())
        await pilot.press("m")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    assert any(figure["value"] == 97.4 for figure in present(SurveyStore(db).get(record["id"]))["figures"])


def test_a_drafts_file_reads_back_whole_and_a_records_file_is_left_to_the_records_import(tmp_path: Path) -> None:
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    target = tmp_path / "one.json"
    target.write_bytes(orjson.dumps([draft.as_dict("vi")]))
    found = find_drafts(target, "one.json")
    assert found is not None and not found.problems
    [(label, again)] = found.drafts
    assert label == f"one.json: {draft.source_name}"
    assert again.record == draft.record and again.provenance == draft.provenance
    assert again.certainty == draft.certainty and again.rules == draft.rules
    records = tmp_path / "records.json"
    records.write_bytes(orjson.dumps([draft.record, {**draft.record, "summary": 'nói "record": không phải khóa'}]))
    assert find_drafts(records, "records.json") is None
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'[{"record": {"id": "x"}}, {"record": 5}, 7]')
    found = find_drafts(broken, "broken.json")
    assert found is not None and len(found.drafts) == 1
    assert [problem.file for problem in found.problems] == ["broken.json [2]", "broken.json [3]"]


def test_an_older_draft_without_reasons_codes_reads_back(tmp_path: Path) -> None:
    old = {"file": "cu.txt", "record": {"id": "x", "date": "2020-01-02"}, "warnings": ["no year in the text"],
           "certainty": {"date": "inferred: from the publication date"}}
    assert Draft.from_dict(old).warnings == ["no year in the text"]
    target = tmp_path / "old.jsonl"
    target.write_bytes(orjson.dumps(old) + b"\n")
    found = find_drafts(target, "old.jsonl")
    assert found is not None and [label for label, _ in found.drafts] == ["old.jsonl: cu.txt"]
