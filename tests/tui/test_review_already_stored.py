"""An article imported before says so at the top of its review (session 27, second round).

It was reviewed again in full and only then skipped as "trùng mã" (same id). Its review now opens with a line: the
store has it under its id, and what saving will do (no new visit, unless "Thay bản ghi đã có" is ticked then; with
the box ticked, a replace). The flows that review a stored article, edit it and replace it stay as they were
(tests/test_import_same_id.py, test_import_dialog_replace.py).
"""

from __future__ import annotations

from dataclasses import replace as replace_field
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Checkbox

from store.extract import extract_file
from tests.import_dialog_helpers import Host, enter_path, until
from tests.test_import_same_id import stored_visit  # noqa: F401 - the fixture
from tests.tui.browser_helpers import screen_text
from tests.tui.test_review_snapshots import ARTICLE, showing
from tui.screens.import_articles import AlreadyStored
from tui.screens.import_dialog import ImportScreen
from tui.screens.review import ReviewScreen

SAID = {
    "vi": ("Đã có trong kho (mã {id}): lưu sẽ không thêm chuyến mới", "đã đánh dấu «Thay bản ghi đã có», lưu sẽ thay"),
    "en": ("Already in the store (id {id}): saving adds no new visit", "«Replace records already stored» is ticked"),
}


async def _review_of(app: Host, pilot: Any, path: str | None) -> str:
    if path is not None:
        await enter_path(app, pilot, path)
    await until(pilot, lambda: isinstance(app.screen, ReviewScreen))
    return " ".join(str(screen_text(app)).replace("█", " ").split())  # type: ignore[arg-type] # wrapped, joined


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_stored_articles_review_says_so_at_its_top(
        tmp_path: Path, stored_visit: tuple[Path, dict[str, Any]], lang: str) -> None:  # noqa: F811
    db, before = stored_visit
    skip, replace = SAID[lang]
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = lang
        text = await _review_of(app, pilot, "first.txt")
        assert skip.format(id=before["id"]) in text, text
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ImportScreen))
        app.screen.query_one("#update", Checkbox).value = True  # the path is read again: its review opens anew
        text = await _review_of(app, pilot, None)
        assert replace in text and before["id"] in text, text


@pytest.mark.slow  # a Pilot flow
async def test_a_new_articles_review_says_nothing_of_the_store(tmp_path: Path,
                                                               stored_visit: tuple[Path, dict[str, Any]]) -> None:  # noqa: F811
    db, _ = stored_visit
    (tmp_path / "new.txt").write_text((tmp_path / "first.txt").read_text(encoding="utf-8").replace(
        "14/10/2025", "15/10/2025"), encoding="utf-8")
    app = Host(db, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.lang = "en"
        text = await _review_of(app, pilot, "new.txt")
        assert "Already in the store" not in text, text


class StoredHost(App[None]):
    """The review of a draft whose id the store holds (the line at its top), the replace box ticked or not; as
    test_review_snapshots.Host (not a subclass: Textual runs each class's `on_mount`)."""

    def __init__(self, lang: str, replace: bool) -> None:
        super().__init__()
        self.review_lang, self.replace = lang, replace

    def on_mount(self) -> None:
        draft = replace_field(extract_file(ARTICLE), source_name="bai-bao.txt")
        already = AlreadyStored(str(draft.record["id"]), self.replace)
        self.push_screen(ReviewScreen(draft, self.review_lang, already))


@pytest.mark.slow  # SVG snapshots
@pytest.mark.parametrize(("lang", "ticked"), [("vi", False), ("en", False), ("vi", True)])
def test_review_of_a_stored_article_80x24(snap_compare: Any, lang: str, ticked: bool) -> None:
    assert snap_compare(StoredHost(lang, ticked), terminal_size=(80, 24), run_before=showing())
