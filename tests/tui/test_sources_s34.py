"""`o` shows the article sentence each value of the selected visit was read from (session 34).

A researcher checks a figure against the article months after it was imported. The review screen showed each
value's sentence and the save dropped it; now the record keeps it (`store.value_sources`) and `o` in the list
lists it: values read from one sentence share its line, a value a person edited is marked, the article is named.
The text is the article's: markup is shown as typed, escapes as escapes. The draft's article is the file as given,
never the label the review screen shows ("bai.txt (1/2)"). Pilot at 80×24 in Vietnamese, 120×40 in English.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, Static

from store import provenance, value_sources
from store.extract import extract_file
from store.store import SurveyStore
from tests.factories import make_record
from tests.test_review_screen import opened
from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.screens.import_articles import DraftReview
from tui.screens.review import ReviewScreen
from tui.screens.review_correct import CorrectScreen
from tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen
ARTICLE = Path(__file__).parent.parent / "articles" / "a03_ninh_kieu_cai_khe.txt"
LEAD = "Ngày 2/10, Thường trực HĐND phường làm việc [b]về hồ sơ[/b] [@click=app.quit]x[/] \x1b[31mđỏ"
ENTRIES = [
    {"path": "date", "by": "extractor", "sentence": LEAD, "article": "bao/tan-dinh.txt"},
    {"path": "leader", "by": "person", "sentence": LEAD, "article": "bao/tan-dinh.txt"},
    {"path": "figures[0]", "by": "extractor", "sentence": "Phường tiếp nhận 1.200 hồ sơ.",
     "article": "bao/tan-dinh.txt"},
]
SAID = {"vi": ("o Câu gốc", "Câu gốc của từng giá trị", "Ngày, Trưởng đoàn (đã sửa): ", "Bài báo: bao/tan-dinh.txt",
               "Bản ghi này không lưu câu gốc nào"),
        "en": ("o Sources", "Where in the article each value was read", "Date, Leader (edited): ",
               "Article: bao/tan-dinh.txt", "This record keeps no source sentences")}


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_o_lists_the_selected_visits_source_sentences(tmp_path: Path, lang: str, size: tuple[int, int]
                                                            ) -> None:
    footer, title, names, article, _ = SAID[lang]
    path = tmp_path / "s.json"
    SurveyStore(path).upsert_many([make_record(provenance=ENTRIES)])
    async with browsing(path, lang, size) as (app, pilot):
        if size[1] >= 30:
            assert footer in screen_text(app)  # the later keys have a second footer line from 30 rows
        screen = await open_screen(pilot, "o", SourcesScreen)
        await pilot.pause()
        shown = screen_text(app)
        assert title in shown and names in shown and article in shown
        assert "[b]về hồ sơ[/b]" in shown and "[@click=app.quit]x[/]" in shown  # the article's text, not markup
        assert "\x1b" not in shown and "\\x1b" in shown
        assert shown.count("Thường trực HĐND phường") == 1  # two values, one sentence: one line
        await pilot.press("escape")
        await finish(pilot)
        assert app.screen is not screen and app.is_running  # closed; the markup's click never ran


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_o_on_a_visit_typed_by_hand_says_it_keeps_none(tmp_path: Path, lang: str, size: tuple[int, int]
                                                             ) -> None:
    path = tmp_path / "s.json"
    SurveyStore(path).upsert_many([make_record()])
    async with browsing(path, lang, size) as (app, pilot):
        await open_screen(pilot, "o", SourcesScreen)
        await pilot.pause()
        assert SAID[lang][4] in screen_text(app)


class Reviews(App[None]):
    """Reviews two drafts as the import dialog does (`DraftReview`), keeping what was saved."""

    def __init__(self, drafts: list[Any]) -> None:
        super().__init__()
        self.drafts = drafts
        self.kept: list[tuple[str, dict[str, Any]]] = []

    def on_mount(self) -> None:
        DraftReview(self, self.drafts, "en", lambda kept, _: self.kept.extend(kept)).start()


async def test_a_reviewed_draft_keeps_its_sentences_under_the_articles_own_name() -> None:
    draft = extract_file(ARTICLE)
    app = Reviews([("bai-bao", draft), ("bai-bao", draft)])
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(2):
            await opened(pilot)
            screen = app.screen
            assert isinstance(screen, ReviewScreen) and str(screen.draft.source_name).startswith("bai-bao (")
            for _ in range(2):  # once more if the screen shows what `check` would flag
                if app.screen is screen:
                    await pilot.press("ctrl+s")
                    await pilot.pause()
    assert len(app.kept) == 2
    origins = provenance.origins(app.kept[0][1])
    assert origins["date"]["sentence"] == value_sources.bounded(str(draft.source_of("date")))
    articles = {entry.get("article") for entry in app.kept[0][1]["provenance"]} - {None}
    assert articles == {str(ARTICLE)}  # the file as given, never "bai-bao (1/2)"


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_correction_shows_the_stored_sentences_and_an_edit_keeps_them(tmp_path: Path, lang: str,
                                                                             size: tuple[int, int]) -> None:
    path = tmp_path / "s.json"
    record = make_record(provenance=ENTRIES)
    SurveyStore(path).upsert_many([record])
    async with browsing(path, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        await pilot.pause()
        shown = "\n".join(str(widget.render()) for widget in screen.query(".review-source").results(Static))
        assert "Phường tiếp nhận 1.200 hồ sơ." in shown
        screen.query_one("#review-leader-title", Input).value = "Phó Chủ tịch HĐND phường"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await finish(pilot)
    origins = provenance.origins(SurveyStore(path).get(record["id"]) or {})
    assert origins["leader"]["by"] == "person" and origins["leader"]["sentence"] == LEAD  # edited again: kept
    assert origins["figures[0]"] == ENTRIES[2] and origins["date"] == ENTRIES[0]
