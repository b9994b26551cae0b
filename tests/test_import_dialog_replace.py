"""The replace tick after the merge offers were answered: what Ctrl+Y then writes, and which offers are asked again.

`test_import_same_id` ticks "replace" after a same-id article was skipped. Here the
offer was answered with a merge and the dry run held the import back (another
article, of a visit stored, would be skipped), and then "replace" was ticked: the same id is no question any
more and its draft must replace the stored record, not be merged into it. And an
offer under ANOTHER id, skipped before the tick, must be asked again after it (a
probable duplicate is never replaced unasked). The articles are those of
`test_import_same_id` (Gia Viễn, same id) and `test_import_dialog_merge` (Hạc
Thành, another outlet), and a new visit written here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from textual.widgets import Button, Checkbox

from store.extract import extract_file
from store.importing import prepare_documents, run_import
from store.store import SurveyStore
from tests.import_dialog_helpers import Host, dialog_idle, enter_path, save_reviews, shown, until
from tests.test_import_dialog_merge import ARTICLES, OTHER_OUTLET
from tests.test_import_same_id import SECOND, stored_visit  # noqa: F401 - the fixture
from tui.screens.import_dialog import ImportScreen
from tui.screens.merge_offer import MergeScreen
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows

NEW_VISIT = """\
Đoàn giám sát HĐND tỉnh Ninh Bình làm việc tại xã Nho Quan

Ngày 21/10/2025, Đoàn giám sát của HĐND tỉnh Ninh Bình do ông Đinh Văn Lâm, Trưởng ban Kinh tế - Ngân sách \
HĐND tỉnh, làm trưởng đoàn đã giám sát việc xây dựng nông thôn mới tại xã Nho Quan.

Xã có 12 thôn đã đạt chuẩn nông thôn mới kiểu mẫu.
"""


def inbox(tmp_path: Path, **articles: str) -> str:
    """A folder of the dialog holding `articles` (file name without .txt: text); its name."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return "inbox"


async def review_all(app: Host, pilot: Any, path: str, count: int) -> None:
    """Open the folder at `path` and save each of its `count` drafts in review, as a user would."""
    await enter_path(app, pilot, path)
    await save_reviews(app, pilot, count)
    await until(pilot, lambda: not isinstance(app.screen, ReviewScreen | ImportScreen) or dialog_idle(app)())


def stored(db: Path, article: Path) -> dict[str, Any]:
    """The draft of `article` imported into the store at `db`, as stored."""
    record = extract_file(article).record
    with prepare_documents([(article.name, orjson.dumps(record))]) as prepared:
        assert run_import(SurveyStore.open(db), prepared, "skip", False).report.added == [record["id"]]
    return record


def ticked(app: Host) -> None:
    app.screen.query_one("#update", Checkbox).value = True  # "Thay bản ghi đã có" / "Replace"


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_merge_held_back_then_replace_ticked_writes_the_draft_over_the_stored_record(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:  # noqa: F811
    db, before = stored_visit
    (tmp_path / "nho_quan.txt").write_text(NEW_VISIT, encoding="utf-8")
    stored(db, tmp_path / "nho_quan.txt")  # stored first: its article again adds nothing (no offer) and is skipped
    path = inbox(tmp_path, gia_vien=SECOND, nho_quan=NEW_VISIT)
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = lang
        await review_all(app, pilot, path, 2)
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))
        await pilot.press("m")  # the offer answered: merge
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen) and app.results == []  # held: Nho Quan would be skipped
        assert not app.screen.query_one("#confirm", Button).disabled, shown(app, "#report") + shown(app, "#status")
        assert SurveyStore(db).get(before["id"]) == before  # nothing written yet
        ticked(app)
        await until(pilot, dialog_idle(app))
        assert not isinstance(app.screen, MergeScreen)  # the same id under "replace": no question
        assert SurveyStore(db).get(before["id"]) == before  # the tick's check writes nothing
        await pilot.press("ctrl+y")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    store = SurveyStore(db)
    after = store.get(before["id"])
    assert after is not None and after["source"]["title"] == SECOND.splitlines()[0]  # the draft's, not a merge
    assert after["figures"][-1]["value"] == 215 and len(after["directions"]) == 2
    assert len(store) == 7  # the sample's five and the two stored visits, replaced


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_another_ids_offer_is_asked_afresh_after_the_replace_tick(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:  # noqa: F811
    db, before = stored_visit
    hac_thanh = stored(db, ARTICLES / "a05_hac_thanh.md")
    path = inbox(tmp_path, bao_khac=OTHER_OUTLET, gia_vien=SECOND)
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = lang
        await review_all(app, pilot, path, 2)
        asked: list[bool] = []
        for _ in range(2):  # Hạc Thành under another id, Gia Viễn under its own: both skipped
            await until(pilot, lambda: isinstance(app.screen, MergeScreen))
            asked.append(app.screen.offer.same_id)  # type: ignore[attr-defined]
            await pilot.press("escape")
            await pilot.pause()
        assert sorted(asked) == [False, True]
        await until(pilot, dialog_idle(app))
        assert isinstance(app.screen, ImportScreen)
        ticked(app)
        await until(pilot, lambda: isinstance(app.screen, MergeScreen))  # asked again: another id is no replace
        offer = app.screen.offer  # type: ignore[attr-defined]
        assert not offer.same_id and offer.stored["id"] == hac_thanh["id"]
        await pilot.press("m")
        await until(pilot, dialog_idle(app))
        assert not isinstance(app.screen, MergeScreen)  # the same id is not asked: replaced on Ctrl+Y
        assert SurveyStore(db).get(before["id"]) == before
        await pilot.press("ctrl+y")
        await until(pilot, dialog_idle(app))
        assert app.results == [True]
    store = SurveyStore(db)
    after = store.get(before["id"])
    assert after is not None and after["source"]["title"] == SECOND.splitlines()[0]  # replaced
    merged = store.get(hac_thanh["id"])
    assert merged is not None and any(f["value"] == 97.4 for f in merged["figures"])  # merged, as answered
    assert len(store) == 7  # nothing added: the sample's five, Gia Viễn, Hạc Thành
