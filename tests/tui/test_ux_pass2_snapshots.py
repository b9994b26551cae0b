"""Pictures of the second ux pass: follow-up days and hanging bullets in the details at 80×24, the interface
switched with `L`, and the import dialog on a path that does not exist.

Each picture is taken once loading and searching have settled and the toast of the switch has been cleared
(a toast leaves after 5 s of wall time: on a loaded machine it could be there or not). Update with
`pytest --snapshot-update` and look at the SVGs before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import settle, type_text, until
from tui.app import SurveysApp
from tui.screens.import_dialog import ImportScreen

pytestmark = pytest.mark.slow  # SVG snapshots of the whole app

ITEM = ("Đề nghị thành phố sớm bố trí kinh phí mua máy quét, máy tính và đường truyền riêng cho bộ phận một cửa "
        "của phường để người dân không phải chờ lâu")
DIFFICULTY = ("Máy quét của bộ phận một cửa đã cũ, hay hỏng, đường truyền chậm vào giờ cao điểm nên người dân "
              "phải chờ lâu")


@pytest.fixture
def followed_store(tmp_path: Path) -> Path:
    """One survey with a long recommendation, its deadline and a response, and a long difficulty."""
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([make_record(
        summary="Đoàn xem xét việc tiếp nhận hồ sơ trực tuyến.", figures=[],
        recommendations=[{"text": ITEM, "by": "UBND phường Tân Định", "to": "Sở Tài chính thành phố Hồ Chí Minh",
                          "deadline": "2026-03-31",
                          "responses": [{"date": "2026-01-05", "text": "Sở đã đưa khoản này vào dự toán bổ sung."}]}],
        directions=[], difficulties=[{"text": DIFFICULTY, "locality": "phường Tân Định"}],
    )])
    return path


async def quiet(pilot: Pilot) -> None:
    """Settled, no toast, no blinking cursor: the picture depends on nothing timed."""
    await settle(pilot)
    pilot.app.clear_notifications()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_follow_up_in_the_details_80x24(snap_compare, followed_store: Path, lang: str) -> None:
    """Days as the language writes them (31/03/2026 in Vietnamese); wrapped lines under the text, not the
    bullet; the status line's kind count."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("enter", "pagedown")  # the details, scrolled to the recommendations
        await quiet(pilot)

    assert snap_compare(SurveysApp(followed_store, lang=lang), terminal_size=(80, 24), run_before=run)


def test_switched_to_english_80x24(snap_compare, bundled_store: Path) -> None:
    """`L` in the Vietnamese browser: every label, the count and the footer in English, no restart."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("L")
        await quiet(pilot)

    assert snap_compare(SurveysApp(bundled_store, lang="vi"), terminal_size=(80, 24), run_before=run)


def test_import_of_a_missing_path_80x24_vi(snap_compare, bundled_store: Path) -> None:
    """The dialog names the path that does not exist, in the interface language, and offers nothing to import."""

    async def run(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(pilot.app.screen, ImportScreen), "the import dialog")
        await pilot.pause()
        await type_text(pilot, "/khong/co/tep-nay.json")
        await pilot.press("enter")
        await quiet(pilot)

    assert snap_compare(SurveysApp(bundled_store, lang="vi"), terminal_size=(80, 24), run_before=run)
