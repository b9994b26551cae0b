"""An article about a visit stored under the same id, adding a figure and directions: offered for a merge.

Both articles are written here: the first is stored, the second tells the same
visit (its draft gets the stored record's id) with a figure and two directions
the first leaves out. The draft had been skipped as "same id" and what it added
lost unless the stored record was replaced; now the import dialog and
`surveys import --from-articles` offer what a probable duplicate under another
id gets: merge what the stored record lacks, nothing stored overwritten. A draft
that adds nothing stays skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from textual.app import App
from textual.widgets import Button, Checkbox, Static

from cli.main import main
from store.extract import extract_file
from store.extract.duplicates import merged
from store.extract.merge_offers import offer_among
from store.importing import prepare_documents, run_import
from store.store import SurveyStore
from tests.factories import make_record
from tests.import_dialog_helpers import Host, dialog_idle, shown, until
from tests.test_import_dialog_merge import review_and_save
from tests.tui.browser_helpers import keep_notes, notes, screen_text
from tests.tui.test_ux_pass3_keys import _help_lines, _palette_entries, _says
from tui.days import visit_named
from tui.i18n import Translator
from tui.keys import MERGE_KEYS, key_line, spelled
from tui.palette import ActionsProvider
from tui.screens.help import HelpScreen
from tui.screens.import_dialog import ImportScreen
from tui.screens.merge_offer import MergeScreen

FIRST = """\
Giám sát việc cấp nước sạch tại xã Gia Viễn

Ngày 14/10/2025, Đoàn giám sát của HĐND tỉnh Ninh Bình do bà Trần Thị Mai Hương, Phó Chủ tịch HĐND tỉnh, \
làm trưởng đoàn đã giám sát việc cấp nước sạch nông thôn tại xã Gia Viễn.

Theo báo cáo, xã có 3.420 hộ dân đang dùng nước sạch tập trung.
"""
SECOND = """\
Xã Gia Viễn đón đoàn giám sát về nước sạch

Ngày 14/10/2025, Đoàn giám sát của HĐND tỉnh Ninh Bình do bà Trần Thị Mai Hương, Phó Chủ tịch HĐND tỉnh, \
làm trưởng đoàn đã giám sát việc cấp nước sạch nông thôn tại xã Gia Viễn.

Xã có 3.420 hộ dân đang dùng nước sạch tập trung; còn 215 hộ chưa được đấu nối.

Đoàn đề nghị UBND xã rà soát các hộ chưa đấu nối và báo cáo kết quả trước ngày 30/11/2025.
"""


@pytest.fixture
def stored_visit(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A store (the bundled sample) holding the visit of FIRST, and that record as stored."""
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    path = tmp_path / "store" / "surveys.json"
    store = SurveyStore.open(path)
    record = extract_file(tmp_path / "first.txt").record
    assert extract_file(tmp_path / "second.txt").record["id"] == record["id"]  # the premise: the same id
    with prepare_documents([("first.txt", orjson.dumps(record))]) as prepared:
        assert run_import(store, prepared, "skip", False).report.added == [record["id"]]
    stored = store.get(record["id"])
    assert stored is not None
    return path, stored


def kept_values(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Every stored value is still there, as it was, in its place."""
    for key, value in before.items():
        if isinstance(value, list) and key != "provenance":
            assert after[key][:len(value)] == value, key
        elif key not in ("updated", "provenance"):
            assert after[key] == value, key


def test_the_command_line_reports_the_same_id_and_merges_on_request(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]]) -> None:
    db, before = stored_visit
    second = str(tmp_path / "second.txt")
    assert main(["--db", str(db), "extract", second]) == 0  # `extract` says it too, as `import` will act
    err = capsys.readouterr().err
    assert f"already stored under the same id {before['id']}" in err and "ARTICLE --merge` adds them" in err
    code = main(["--db", str(db), "import", "--from-articles", second])
    out, err = capsys.readouterr()
    assert code == 0 and "added 0" in out, err
    assert f"{second}: skipped, already stored under the same id {before['id']}; 1 figure the stored record " \
           "lacks; 2 recommendations or directions the stored record lacks" in err
    assert f"--merge adds them to {before['id']}" in err
    # the report itself names the article held back, not only standard error ("added 0" alone hides it)
    assert "held back, visit already stored (1):" in out and f"  {second}: already stored under the same id" in out
    assert "3 values the stored record lacks: --merge adds them" in out
    assert SurveyStore(db).get(before["id"]) == before  # said, nothing written
    assert main(["--db", str(db), "--lang", "vi", "import", "--from-articles", second, "--format", "json"]) == 0
    report = orjson.loads(capsys.readouterr().out)
    assert report["held"] == [{"article": second, "stored_id": before["id"], "reason": report["held"][0]["reason"],
                               "adds": 3, "merged": False}]
    assert main(["--db", str(db), "import", "--from-articles", second, "--merge", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "would add 3 values" in err and SurveyStore(db).get(before["id"]) == before
    assert "would be held back, visit already stored (1):" in out and f"would add 3 values to {before['id']}" in out
    assert main(["--db", str(db), "import", "--from-articles", second, "--merge"]) == 0
    out, err = capsys.readouterr()
    assert f"added 3 values to {before['id']}" in err and f"3 values added to {before['id']}" in out
    after = SurveyStore(db).get(before["id"])
    assert after is not None and len(SurveyStore(db)) == 6
    kept_values(before, after)
    assert [f["value"] for f in after["figures"]] == [3420, 215] and len(after["directions"]) == 2
    # told again (by the option's old name, which still works), it adds nothing now: skipped as the same id, as
    # before; replaced only when asked
    assert main(["--db", str(db), "import", "--from-articles", second, "--merge-figures"]) == 0
    out, err = capsys.readouterr()
    assert "skipped 1" in out and "already stored under the same id" not in err
    assert SurveyStore(db).get(before["id"]) == after
    assert main(["--db", str(db), "import", "--from-articles", second, "--on-duplicate", "update"]) == 0
    assert "updated 1" in capsys.readouterr().out


@pytest.mark.parametrize(("lang", "head"), [("en", "Imported into "), ("vi", "Đã nhập vào kho ")])
def test_a_merge_that_writes_is_not_headed_nothing_to_change(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str,
        head: str) -> None:
    """The tryout of session 35: the report of a merge that added a value began "Nothing to change in …", then
    its held-back section said a value was added; the first line now says the store was written."""
    db, _ = stored_visit
    second = str(tmp_path / "second.txt")
    assert main(["--db", str(db), "--lang", lang, "import", "--from-articles", second, "--merge"]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert first_line.startswith(head), first_line


def test_the_same_id_comes_first_when_it_adds_and_another_ids_duplicate_otherwise() -> None:
    stored = make_record()
    other = make_record(id="2025-10-02-another-outlets-id", figures=[])  # the same visit under another id
    adding = make_record(figures=[{"label": "Hồ sơ trễ", "value": 9, "unit": "hồ sơ"}])
    found = offer_among(adding, [other, stored])
    assert found is not None and found[0].same_id and found[1] is stored
    assert [f["value"] for f in found[0].missing_figures] == [9]
    found = offer_among(make_record(), [other, stored])  # nothing new for its own id: as before, the other's
    assert found is not None and not found[0].same_id and found[0].stored_id == other["id"]
    assert offer_among(adding, [stored], "update") is None and offer_among(adding, [stored], "fail") is None
    assert offer_among(make_record(), [stored]) is None


def test_a_merge_appends_and_changes_nothing_stored() -> None:
    stored = make_record()
    item = ("recommendations", {"text": "Mở thêm quầy hướng dẫn.", "locality": "xã Không Có"})
    result = merged(stored, [{"label": "Hồ sơ trễ", "value": 9, "unit": "hồ sơ", "locality": "phường Tân Định"}],
                    [item])
    kept_values(stored, result)
    assert result["recommendations"][-1] == {"text": "Mở thêm quầy hướng dẫn."}  # a place it does not have: dropped
    assert result["figures"][-1]["locality"] == "phường Tân Định" and item[1]["locality"] == "xã Không Có"
    assert stored == make_record()  # the stored record itself untouched


WORDS = {
    "vi": ("Chuyến này đã lưu với cùng mã", "Số liệu bản đã lưu chưa có (1):", "Chỉ đạo: Rà soát",
           "Đã nhập: gộp vào {visit}", "Bỏ qua vì đã lưu (1):"),
    "en": ("This visit is stored under the same id", "Figures the stored record lacks (1):", "Direction: Rà soát",
           "Imported: merged into {visit}", "Skipped as already stored (1):"),
}


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_dialog_offers_the_merge_under_the_same_id_and_merges_what_is_lacking(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:
    db, before = stored_visit
    title, lacks, item, note, _ = WORDS[lang]
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = lang
        keep_notes(app)
        await review_and_save(app, pilot, "second.txt")
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))
        screen = app.screen
        body = str(screen.query_one("#merge-text", Static).render())
        assert title in screen_text(app) and before["id"] in body and lacks in body and item in body  # type: ignore[arg-type]
        assert not screen.query("#merge-import")  # it cannot be a new record under a stored id
        footer = screen_text(app).splitlines()[-1]  # type: ignore[arg-type]
        assert "s esc" in footer and "F1" in footer and Translator(lang)("merge.key.import") not in footer, footer
        assert SurveyStore(db).get(before["id"]) == before  # nothing written before the choice
        await pilot.press("i")  # not offered: does nothing
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("m")
        await until(pilot, dialog_idle(app))
        assert app.results == [True] and notes(app) == [note.format(visit=visit_named(before, Translator(lang)))]
    store = SurveyStore(db)
    after = store.get(before["id"])
    assert after is not None and len(store) == 6
    kept_values(before, after)
    assert after["figures"][-1]["value"] == 215 and len(after["directions"]) == 2


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_escape_skips_and_an_article_adding_nothing_stays_skipped_as_the_same_id(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:
    db, before = stored_visit
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = lang
        await review_and_save(app, pilot, "second.txt")
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))
        await pilot.press("escape")  # Esc skips, as the footer says
        await until(pilot, dialog_idle(app))
        assert WORDS[lang][4] in shown(app, "#report") and app.screen.query_one("#confirm", Button).disabled
        await review_and_save(app, pilot, "first.txt")  # the stored article again: nothing to add, no offer
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen) and before["id"] in shown(app, "#report")
        assert app.screen.query_one("#confirm", Button).disabled
    assert SurveyStore(db).get(before["id"]) == before


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_ticking_replace_after_answering_the_offer_replaces_the_stored_record(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:
    """Skipped (or merged, held), the article had been left out of the check the tick runs: the tick did nothing for
    it. Under "replace" the same id is no question (`offer_among`): its draft replaces the stored record; another
    id's offer would be asked again."""
    db, before = stored_visit
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = lang
        await review_and_save(app, pilot, "second.txt")
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))
        await pilot.press("escape")  # skipped
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen) and WORDS[lang][4] in shown(app, "#report")
        replaced = SurveyStore(db).get(before["id"])
        app.screen.query_one("#update", Checkbox).value = True  # "Thay bản ghi đã có" / "Replace"
        await until(pilot, dialog_idle(app))
        assert not isinstance(app.screen, MergeScreen)  # the same id under "replace": no question, a replace
        assert SurveyStore(db).get(before["id"]) == replaced  # a dry run: the tick writes nothing by itself
        assert not app.screen.query_one("#confirm", Button).disabled, shown(app, "#report")
        await pilot.press("ctrl+y")
        await until(pilot, dialog_idle(app))
    after = SurveyStore(db).get(before["id"])
    assert after is not None and after != replaced and after["figures"][-1]["value"] == 215  # the draft's record


class PaletteHost(Host):
    """With the browser's palette (`tui.palette`), which names commands in the app's language."""

    COMMANDS = App.COMMANDS | {ActionsProvider}
    t: Translator


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_f1_lists_every_key_of_the_offer_and_escape_leaves_the_help_only(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:
    db, _ = stored_visit
    t = Translator(lang)
    app = PaletteHost(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang, app.t = lang, t
        await review_and_save(app, pilot, "second.txt")
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))
        offer = app.screen
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        lines = _help_lines(app)  # type: ignore[arg-type]
        listed = [spec.display for spec in MERGE_KEYS if _says(lines, spec, t)]
        assert listed == [spec.display for spec in MERGE_KEYS if spec.keys != "i"], lines  # i: not offered here
        assert t("merge.help_notes")[:40] in " ".join(screen_text(app).split())  # type: ignore[arg-type]
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is offer)  # the help closed, the offer still waiting
        assert app.results == []
        entries = await _palette_entries(pilot)  # the palette offers the same choices, i not among them
        offered = [spec for spec in MERGE_KEYS if spec.action and spec.keys != "i"]
        assert all(f"{key_line(spec, t)}  ({spelled(spec.display)})" in entries for spec in offered), entries
        assert not any(t("merge.key.import") in entry for entry in entries), entries


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_offers_help_says_how_the_same_id_is_replaced_instead(lang: str) -> None:
    """Under the same id there is no "import anyway": the help names the tick that replaces and the key that writes,
    in the words the import dialog shows (tried in tmux: the help had said only what is not offered)."""
    t = Translator(lang)
    tick = t("import.replace").split(" (")[0]
    assert f"“{tick}”" in t("merge.help_notes") and "Ctrl+S" in t("merge.help_notes")
