"""The import dialog given news articles: extract, review each draft; the review's save is the confirmation.

The articles are written here for these tests (invented visits to real units of the gazetteer).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Checkbox, Input, Static

import tui.screens.import_articles as import_articles
from store.store import SurveyStore
from tests.factories import make_record
from tests.import_dialog_helpers import (
    BUNDLED,
    Host,
    dialog_idle,
    enter_path,
    import_dialog,
    make_store,
    reviewing,
    shown,
    until,
)
from tui.screens.import_dialog import IMPORTABLE, ImportScreen, complete_path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_store(tmp_path)

TAN_UYEN = """\
Sáng 12/3/2025, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Nguyễn Thị Lan Chi, Phó Trưởng Ban \
Văn hóa - Xã hội HĐND tỉnh làm Trưởng đoàn đã giám sát việc chi trả trợ cấp xã hội tại thành phố Tân Uyên.

Báo cáo với đoàn, ông Lê Văn Tám, Phó Chủ tịch UBND thành phố Tân Uyên cho biết, năm 2024 thành phố đã chi \
trả trợ cấp cho 4.215 người, đạt 98,6% kế hoạch.

Thành phố kiến nghị tỉnh bổ sung kinh phí cho cán bộ làm công tác xã hội.

Bà Nguyễn Thị Lan Chi đề nghị thành phố rà soát danh sách đối tượng và chi trả đúng hạn.
"""

DI_AN = """\
---
title: Khảo sát công tác cải cách hành chính tại thành phố Dĩ An
---

Chiều ngày 20/8/2024, Đoàn khảo sát của Ban Pháp chế HĐND tỉnh do ông Phạm Quốc Hưng, Trưởng Ban Pháp chế \
HĐND tỉnh làm Trưởng đoàn đã khảo sát công tác cải cách hành chính tại thành phố Dĩ An.

Theo báo cáo, 6 tháng đầu năm 2024 thành phố tiếp nhận 12.480 hồ sơ, đã giải quyết đúng hạn 12.302 hồ sơ.

Ông Phạm Quốc Hưng yêu cầu thành phố tiếp tục số hóa hồ sơ và công khai kết quả giải quyết.
"""

HOSTILE = (
    "Sáng 12/3/2025, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Nguyễn Thị Lan Chi, Phó Trưởng Ban "
    "Văn hóa - Xã hội HĐND tỉnh làm Trưởng đoàn đã giám sát [bold]trợ cấp[/bold] [@click=app.quit]x[/] tại "
    "thành phố Tân Uyên.\n\nNăm 2024 thành phố đã chi trả cho 4.215 người \x1b[31mđỏ\x1b[0m.\n"
)


def sources(app: Host) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(".review-source").results(Static))


@pytest.mark.slow  # a Pilot flow
async def test_an_article_is_reviewed_corrected_and_imported_by_its_save(tmp_path: Path, db: Path) -> None:
    """One confirmation: the review's save imports the draft (the dialog's dry run finds it clean and writes it,
    with no second Ctrl+Y)."""
    (tmp_path / "tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50), "tan_uyen.txt") as (app, pilot):
        await until(pilot, reviewing(app))
        review = app.screen
        assert review.query_one("#review-date", Input).value == "12/03/2025"  # as a Vietnamese reader writes it
        assert review.query_one("#review-leader-name", Input).value == "Nguyễn Thị Lan Chi"
        assert review.query_one("#review-figures-0-value", Input).value == "4215"
        assert review.query_one("#review-figures-1-value", Input).value == "98,6"  # a Vietnamese screen
        assert "4.215 người" in sources(app)
        assert "tan_uyen.txt" in shown(app, ".review-title")
        # the reader corrects a title and drops a figure
        review.query_one("#review-leader-title", Input).value = "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"
        review.query_one("#review-figures-1-keep", Checkbox).value = False
        assert len(SurveyStore(db)) == BUNDLED  # reviewing wrote nothing
        assert str(review.query_one("#review-save", Button).label) == "Lưu và nhập"  # the save says it imports
        await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]  # imported and closed: no second confirmation
    [record] = [r for r in SurveyStore(db).records() if r["id"].startswith("2025-03-12-")]
    assert record["leader"] == {"name": "Nguyễn Thị Lan Chi", "title": "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"}
    assert [f["value"] for f in record["figures"]] == [4215]
    assert record["localities"][0]["name"] == "thành phố Tân Uyên"


@pytest.mark.slow  # a Pilot flow
async def test_a_directory_reviews_each_draft_in_turn_and_leaves_out_the_cancelled(tmp_path: Path, db: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a_tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    (inbox / "b_di_an.md").write_text(DI_AN, encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50), "inbox") as (app, pilot):
        await until(pilot, reviewing(app))
        assert "inbox/a_tan_uyen.txt (1/2)" in shown(app, ".review-title")
        await pilot.press("escape")  # this draft is left out
        await until(pilot, lambda: reviewing(app)() and "(2/2)" in shown(app, ".review-title"))
        assert app.screen.query_one("#review-leader-name", Input).value == "Phạm Quốc Hưng"
        assert app.screen.query_one("#review-date", Input).value == "20/08/2024"
        await pilot.press("ctrl+s")  # the last draft saved: the one kept is imported
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    ids = [r["id"] for r in SurveyStore(db).records()]
    assert len(ids) == BUNDLED + 1
    assert any(i.startswith("2024-08-20-") for i in ids) and not any(i.startswith("2025-03-12-") for i in ids)


@pytest.mark.slow  # a Pilot flow
async def test_cancelling_every_draft_imports_nothing(tmp_path: Path, db: Path) -> None:
    (tmp_path / "tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    before = db.read_bytes()
    async with import_dialog(db, tmp_path, (140, 50), "tan_uyen.txt") as (app, pilot):
        await until(pilot, reviewing(app))
        await pilot.press("escape")
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen)
        assert "Every draft was cancelled" in shown(app, "#status")
        assert app.screen.query_one("#confirm", Button).disabled
        await pilot.press("ctrl+y")  # refused: nothing was checked
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen) and app.results == []
        await pilot.press("escape")
        await until(pilot, dialog_idle(app))
        assert app.results == [False]
    assert db.read_bytes() == before


@pytest.mark.slow  # a Pilot flow
async def test_a_hostile_article_is_shown_literally(tmp_path: Path, db: Path) -> None:
    name = "bad [b]name[i]\x1b[31m.txt"  # an escape in the file name too
    (tmp_path / name).write_text(HOSTILE, encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50), name) as (app, pilot):
        await until(pilot, reviewing(app))
        text = sources(app)
        assert "[bold]trợ cấp[/bold]" in text and "[@click=app.quit]x[/]" in text
        assert "đỏ" in text and "\x1b" not in text  # the extractor drops terminal escapes from the text
        assert "[bold]trợ cấp[/bold]" in app.screen.query_one("#review-summary", Input).value
        assert "bad [b]name[i]\\x1b[31m.txt" in shown(app, ".review-title")
        await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]  # imported; nothing has quit the app
    async with import_dialog(db, tmp_path, (140, 50), name) as (app, pilot):  # again: a stored visit, reported
        await until(pilot, reviewing(app))
        await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen)
        status, report = shown(app, "#status"), shown(app, "#report")
        assert "skip 1" in status and "(bad [b]name[i]\\x1b[31m.txt)" in report
        assert "\x1b" not in status + report
        assert app.results == []


@pytest.mark.slow  # a Pilot flow
async def test_the_update_box_checks_the_reviewed_records_again_without_a_new_review(tmp_path: Path, db: Path) -> None:
    (tmp_path / "tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50), "tan_uyen.txt") as (app, pilot):
        await until(pilot, reviewing(app))
        await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    async with import_dialog(db, tmp_path, (140, 50), "tan_uyen.txt") as (app, pilot):
        await until(pilot, reviewing(app))
        app.screen.query_one("#review-summary", Input).value = "Bản đã sửa."
        await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
        assert "skip 1" in shown(app, "#status")  # the same visit is already stored
        await pilot.click("#update")
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen) and "update 1" in shown(app, "#status")
        assert app.results == []  # a check made again waits for Ctrl+Y
        await pilot.press("ctrl+y")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    [record] = [r for r in SurveyStore(db).records() if r["id"].startswith("2025-03-12-")]
    assert record["summary"] == "Bản đã sửa."


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, skip, held", [
    ("en", "skip 1", "Some drafts you saved would be skipped"),
    ("vi", "bỏ qua 1", "Bản nháp bạn đã lưu có bản sẽ bị bỏ qua")])
async def test_a_saved_draft_that_would_be_skipped_stops_the_import_for_a_look(tmp_path: Path, db: Path, lang: str,
                                                                               skip: str, held: str) -> None:
    """A folder's drafts saved in review were imported at once even when one of them was skipped as a stored
    visit: the person, who saved it to import it, had only "skipped 1" in a note. The dry run now stays, naming
    it and why; Ctrl+Y writes the rest."""
    (tmp_path / "tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50), "tan_uyen.txt") as (app, pilot):
        await until(pilot, reviewing(app))
        await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a_tan_uyen.txt").write_text(TAN_UYEN, encoding="utf-8")
    (inbox / "b_di_an.md").write_text(DI_AN, encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50)) as (app, pilot):
        app.lang = lang
        await enter_path(app, pilot, "inbox")
        for _ in range(2):
            await until(pilot, reviewing(app))
            await pilot.press("ctrl+s")
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen) and app.results == []  # held: nothing written yet
        status = " ".join(shown(app, "#status").split())
        assert skip in status and held in status
        report = shown(app, "#report")
        assert "inbox/a_tan_uyen.txt" in report.splitlines()[1]  # first: what the person is asked to look at
        assert len(SurveyStore(db)) == BUNDLED + 1
        await pilot.press("ctrl+y")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    assert len(SurveyStore(db)) == BUNDLED + 2


@pytest.mark.slow  # a Pilot flow
async def test_an_unreadable_article_stops_before_any_review(tmp_path: Path, db: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(TAN_UYEN, encoding="utf-8")
    (inbox / "b.txt").write_text(DI_AN, encoding="utf-8")
    real = import_articles.extract_file

    def refuse(path: Path, published: Any = None) -> Any:
        if path.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, published)

    monkeypatch.setattr(import_articles, "extract_file", refuse)
    before = db.read_bytes()
    async with import_dialog(db, tmp_path, (140, 50), "inbox") as (app, pilot):
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen)
        assert "1 article could not be read" in shown(app, "#status")
        assert "inbox/b.txt: cannot be read (permission denied)" in shown(app, "#report")
        assert app.screen.query_one("#confirm", Button).disabled
    assert db.read_bytes() == before


@pytest.mark.slow  # a Pilot flow
async def test_a_directory_of_records_with_a_readme_still_imports_as_records(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "README.md").write_text("Hồ sơ gửi từ văn phòng.\n", encoding="utf-8")
    records = [make_record(id=f"art-{n}", date=f"2025-10-{n + 1:02d}", body=f"Đoàn {n}") for n in range(2)]
    (folder / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                          encoding="utf-8")
    async with import_dialog(db, tmp_path, (140, 50), "batch") as (app, pilot):
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen)
        assert "Would add 2" in shown(app, "#status")


def test_the_dialog_completes_article_names(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "visit.html").write_text("")
    (tmp_path / "news" / "notes.pdf").write_text("")
    assert complete_path("news/v", tmp_path, IMPORTABLE) == "news/visit.html"
    assert complete_path("news/n", tmp_path, IMPORTABLE) is None
    assert complete_path("news/v", tmp_path) is None  # records only, by default


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, empty", [("en", "the article is empty: nothing to extract"),
                                         ("vi", "bài báo trống: không có gì để trích")])
async def test_an_empty_article_is_said_so_and_never_reviewed(tmp_path: Path, db: Path, lang: str, empty: str) -> None:
    """An empty article (or one of blank lines) had opened the review on a draft of guesses ("undated-doan-cong-tac",
    "Đoàn công tác", "làm việc") to be corrected; it is now a problem of the check, said as such, at 80×24."""
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    before = db.read_bytes()
    async with import_dialog(db, tmp_path, (80, 24)) as (app, pilot):
        app.lang = lang
        await enter_path(app, pilot, "empty.txt")
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen)
        assert f"empty.txt: {empty}" in " ".join(shown(app, "#report").split())
        assert app.screen.query_one("#confirm", Button).disabled
    assert db.read_bytes() == before
