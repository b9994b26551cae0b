"""The import dialog given an article about a visit already stored: merge its missing figures, skip it, or import it.

The stored visit is made from one of the project's test articles; the second
article, written here, tells the same inspection with figures the first
leaves out (as another outlet would).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import orjson
import pytest
from textual.app import App
from textual.widgets import Button, Static

from cli.main import main
from store.extract import extract_file
from store.importing import prepare_documents, run_import
from store.store import SurveyStore
from tests.import_dialog_helpers import Host, dialog_idle, enter_path, save_reviews, shown, until
from tests.test_import_dialog_articles import TAN_UYEN
from tests.tui.browser_helpers import keep_notes, notes
from tui.days import visit_named
from tui.i18n import Translator
from tui.screens.import_dialog import ImportScreen
from tui.screens.merge_offer import MergeScreen, Offer
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows

ARTICLES = Path(__file__).parent / "articles"
OTHER_OUTLET = """\
(TH) Ngày 27/11/2025, đoàn kiểm tra của Sở Nội vụ do ông Lò Văn Thịnh, Phó Giám đốc Sở Nội vụ, làm trưởng đoàn \
đã kiểm tra việc giải quyết thủ tục hành chính tại phường Hạc Thành.

Trong quý III, phường đã tiếp nhận 6.208 hồ sơ; có 41 hồ sơ phải bổ sung giấy tờ; tỷ lệ hài lòng của người dân \
đạt 97,4%.
"""


@pytest.fixture
def stored_visit(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A store holding the visit of `a05_hac_thanh.md`, and that record."""
    path = tmp_path / "store" / "surveys.json"
    store = SurveyStore.open(path)
    record = extract_file(ARTICLES / "a05_hac_thanh.md").record
    with prepare_documents([("a05_hac_thanh.md", orjson.dumps(record))]) as prepared:
        assert run_import(store, prepared, "skip", False).report.added == [record["id"]]
    return path, record


def offered(app: Host) -> Any:
    return lambda: isinstance(app.screen, MergeScreen)


def other_outlet(folder: Path) -> str:
    """Another outlet's article about the stored visit, written into the dialog's folder; its name there."""
    (folder / "bao_khac.txt").write_text(OTHER_OUTLET, encoding="utf-8")
    return "bao_khac.txt"


async def review_and_save(app: Host, pilot: Any, path: str) -> None:
    """Open the article at `path` (under the dialog's folder) in review and save it, as a user would."""
    await enter_path(app, pilot, path)
    await save_reviews(app, pilot)
    await until(pilot, lambda: not isinstance(app.screen, ReviewScreen | ImportScreen) or dialog_idle(app)())


async def test_the_figures_a_stored_visit_lacks_are_merged_into_it_when_chosen(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]]) -> None:
    db, record = stored_visit
    before = SurveyStore(db).get(record["id"])
    assert before is not None and not any(f["value"] == 97.4 for f in before["figures"])
    app = Host(db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        keep_notes(app)
        await review_and_save(app, pilot, other_outlet(tmp_path))
        await until(pilot, offered(app))
        offer = str(app.screen.query_one("#merge-text", Static).render())
        assert record["id"] in offer and "bao_khac.txt" in offer
        assert "97.4%" in offer and "Figures the stored record lacks (" in offer
        assert SurveyStore(db).get(record["id"]) == before  # nothing written before the choice
        await pilot.press("m")  # the review's save and this choice are all it takes: no Ctrl+Y
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
        # a merge alone had been said by nothing; then by its id, one word that broke mid-word at 80 columns
        assert notes(app) == [f"Imported: merged into {visit_named(record, Translator('en'))}"]
        assert record["id"] not in notes(app)[0] and " in Thanh Hóa" in notes(app)[0]
    store = SurveyStore(db)
    after = store.get(record["id"])
    assert after is not None and len(store) == 6  # five bundled and the visit: no new record
    added = after["figures"][len(before["figures"]):]
    assert added and any(f["value"] == 97.4 and f["unit"] == "%" for f in added)
    assert all(f.get("locality") in (None, *[loc["name"] for loc in after["localities"]]) for f in added)
    origins = {entry["path"]: entry for entry in after.get("provenance", [])}  # each merged figure says its origin
    merged_paths = [f"figures[{index}]" for index in range(len(before["figures"]), len(after["figures"]))]
    assert [origins[path]["by"] for path in merged_paths] == ["extractor"] * len(added)


@pytest.mark.parametrize(("key", "added"), [("s", 0), ("i", 1)])
async def test_skipping_leaves_the_store_alone_and_import_anyway_adds_a_new_record(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], key: str, added: int) -> None:
    db, record = stored_visit
    before = SurveyStore(db).get(record["id"])
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = "vi"
        await review_and_save(app, pilot, other_outlet(tmp_path))
        await until(pilot, offered(app))
        await pilot.press(key)
        await until(pilot, dialog_idle(app))
        if key == "s":
            report = shown(app, "#report")
            assert "Bỏ qua vì đã lưu (1):" in report and "bao_khac.txt" in report
            assert app.screen.query_one("#confirm", Button).disabled
            await pilot.press("escape")
            await until(pilot, dialog_idle(app))
        else:
            assert app.results == [True]  # imported as a new record at once
    store = SurveyStore(db)
    assert len(store) == 6 + added and store.get(record["id"]) == before


def test_the_command_line_report_names_the_article_of_each_record_and_no_temporary_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]]) -> None:
    db, _ = stored_visit
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    (folder / "bao_khac.txt").write_text(OTHER_OUTLET, encoding="utf-8")
    code = main(["--db", str(db), "import", "--from-articles", str(folder), "--dry-run"])
    out, err = capsys.readouterr()
    assert code == 0, err
    added = [line for line in out.splitlines() if line.startswith("  2025-03-12-")]
    assert added == [line for line in added if line.endswith(f"({folder / 'tan_uyen.txt'})")] and len(added) == 1
    assert f"{folder / 'bao_khac.txt'}: skipped, probable duplicate of" in err
    paths = set(re.findall(r"(/[^\s():]+)", out + err))
    assert paths <= {str(db), str(folder), str(folder / "tan_uyen.txt"), str(folder / "bao_khac.txt")}, paths


class OfferHost(App[None]):
    def __init__(self, offer: Offer) -> None:
        super().__init__()
        self.offer = offer
        self.results: list[str | None] = []

    def on_mount(self) -> None:
        self.push_screen(MergeScreen(self.offer, "en"), self.results.append)


async def test_nothing_to_merge_offers_only_skip_or_import_and_shows_stored_text_literally() -> None:
    stored = {"id": "2025-01-02-x", "date": "2025-01-02", "body": "Đoàn [bold]thử[/bold] \x1b[31m",
              "localities": [{"name": "phường [@click=app.quit]A[/]"}], "figures": []}
    app = OfferHost(Offer("bai [red]b[/red].txt", {}, stored, []))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        body = str(screen.query_one("#merge-text", Static).render())
        assert "Đoàn [bold]thử[/bold]" in body and "[@click=app.quit]A[/]" in body and "bai [red]b[/red].txt" in body
        assert "\x1b" not in body and "already has every figure" in body
        assert screen.query_one("#merge-merge", Button).disabled
        await pilot.press("m")  # nothing to merge: the key does nothing
        await pilot.pause()
        assert app.results == [] and app.screen is screen
        await pilot.press("i")
        await pilot.pause()
    assert app.results == ["import"]


async def test_a_folder_with_a_new_visit_and_a_stored_one_adds_one_and_merges_the_other(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]]) -> None:
    db, record = stored_visit
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    (folder / "bao_khac.txt").write_text(OTHER_OUTLET, encoding="utf-8")
    app = Host(db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await enter_path(app, pilot, "inbox")
        await save_reviews(app, pilot, 2)  # one review per article, in turn
        await until(pilot, offered(app))
        await pilot.press("m")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]  # one added, one merged, on the reviews' saves and the choice
    store = SurveyStore(db)
    assert len(store) == 7 and any(r["id"].startswith("2025-03-12-") for r in store.records())
    merged = store.get(record["id"])
    assert merged is not None and any(f["value"] == 97.4 for f in merged["figures"])
