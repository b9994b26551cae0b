"""Every screen in Vietnamese: no English word of the interface shows, no catalog entry is missing.

The walk opens each screen of the browser under `--lang vi` at 80×24 and reads the
screen as text; record content is Vietnamese, so an English interface word on screen
is a string that skipped the catalog. A second test reads the code for the catalog
ids it asks for and fails on one the catalog lacks in either language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from store.catalog import placeholders
from tests.tui.browser_helpers import browsing, note_titles, screen_text, settle, type_text, until
from tests.tui.waiting import drained, drawn
from tui.i18n import CATALOG, LANGS, Translator

ENGLISH = (
    "the",
    "Press",
    "press",
    "Cancel",
    "Import",
    "Search",
    "search",
    "Theme",
    "Quit",
    "palette",
    "Filter",
    "Loading",
    "Nothing",
    "nothing",
    "records",
    "inferred",
    "Error",
    "Export",
    "Back",
    "Help",
    "Keys",
    "Type",
    "type",
    "Pick",
    "Escape",
    "Would",
    "Problems",
    "Fix",
    "Replace",
    "Compare",
    "Locality",
    "figures",
    "Status",
    "Deadline",
    "Responses",
    "unknown",
    "month",
    "there",
    "Format",
    "file",
    "Enter checks",
    "required",
    "missing",
    "expected",
    "got",
    "field",
    "No",
    "matches",
    "Dismiss",
    "menu",
)
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(word) for word in ENGLISH) + r")\b")
TUI = Path(__file__).parents[2] / "tui"


def english_on(text: str) -> list[str]:
    # file names the user typed and the store's path are theirs, not the interface's; `surveys` is the command
    lines = [line for line in text.splitlines() if "/tmp" not in line and "pytest" not in line]
    return _ENGLISH.findall("\n".join(lines))


async def look(pilot, seen: dict[str, str], name: str) -> None:
    """What the screen shows once the keys before have been handled and drawn."""
    await drained(pilot)
    await drawn(pilot)
    seen[name] = screen_text(pilot.app)


@pytest.mark.slow  # a Pilot flow
async def test_every_screen_in_vietnamese_shows_no_english(bundled_store: Path, tmp_path: Path, monkeypatch) -> None:
    missing: list[str] = []
    real = Translator.__call__

    def recording(self, message_id: str, **values: object) -> str:
        if message_id not in CATALOG:
            missing.append(message_id)
        return real(self, message_id, **values)

    monkeypatch.setattr(Translator, "__call__", recording)
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "x", "date": "2025-13-01"}]', encoding="utf-8")
    seen: dict[str, str] = {}
    async with browsing(bundled_store, "vi") as (app, pilot):
        await look(pilot, seen, "main")
        await pilot.press("f")
        await look(pilot, seen, "facets")
        await pilot.press("f", "question_mark")
        await look(pilot, seen, "help")
        await pilot.press("G")
        await look(pilot, seen, "help end")
        await pilot.press("escape")
        for key in ("w", "p", "t", "b", "B"):
            await pilot.press(key)
            await settle(pilot)
            await look(pilot, seen, f"picker {key}")
            await type_text(pilot, "zzzq")
            await look(pilot, seen, f"picker {key} nothing")
            await pilot.press("escape")
        await pilot.press("d")
        await type_text(pilot, "2025-13")
        await pilot.press("enter")
        await look(pilot, seen, "dates error")
        await pilot.press("escape", "colon", "ctrl+u")
        await type_text(pilot, "mau:do")
        await pilot.press("enter")
        await look(pilot, seen, "filter error")
        await pilot.press("escape", "e")
        await settle(pilot)
        await look(pilot, seen, "export")
        await pilot.press("escape", "c")
        await settle(pilot)
        await look(pilot, seen, "figures")
        await pilot.press("escape", "g", "u")
        await settle(pilot)
        await look(pilot, seen, "follow-up list")
        await pilot.press("enter")
        await look(pilot, seen, "follow-up edit")
        await pilot.press("escape", "escape", "i")
        await look(pilot, seen, "import")
        await type_text(pilot, str(bad))
        await pilot.press("enter")
        await until(pilot, lambda: "Lỗi (" in screen_text(app), "the import's report")
        await look(pilot, seen, "import report")
        await pilot.press("escape", "ctrl+p")
        await look(pilot, seen, "palette")
        await type_text(pilot, "zzqx")
        # the palette says it found nothing after half a second of its own
        await until(pilot, lambda: Translator("vi")("palette.none_found") in screen_text(app), "the palette's none")
        await look(pilot, seen, "palette nothing")
        await pilot.press("escape", "r")
        await look(pilot, seen, "correct")
        app.screen.query_one("#review-date-certainty").focus()
        await pilot.press("enter")  # the date's certainty: its list open, Esc offered to close it
        await look(pilot, seen, "correct choice open")
        await pilot.press("escape", "escape")
        await pilot.press("escape", "ctrl+c")
        await look(pilot, seen, "ctrl+c")
        assert "Bạn muốn thoát?" in note_titles(app)
    assert len(seen) > 15
    assert "Không có lệnh nào khớp" in seen["palette nothing"] and "Sửa chuyến đã lưu" in seen["correct"]
    assert "esc Đóng danh sách" in seen["correct choice open"]  # Textual's "Dismiss menu", in our words
    found = {name: words for name, text in seen.items() if (words := english_on(text))}
    assert not found, found
    assert not missing, missing


def test_every_catalog_id_the_code_asks_for_exists_in_both_languages() -> None:
    asked: set[str] = set()
    for path in TUI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        asked |= set(re.findall(r"""\bt\(\s*["']([a-z_]+(?:\.[a-z_-]+)+)["']""", text))
    assert len(asked) > 60
    assert not asked - set(CATALOG), sorted(asked - set(CATALOG))
    for message_id, entry in CATALOG.items():
        for lang in LANGS:
            assert entry.get(lang, "").strip(), (message_id, lang)
        # the same placeholders in both languages, or one language would fail to format (a plural block's
        # branches are words, not placeholders: `store.catalog.placeholders` reads them as the catalog does)
        fields = [placeholders(entry[lang]) for lang in LANGS]
        assert fields[0] == fields[1], message_id


@pytest.mark.parametrize("prefix, ids", [
    ("export.fmt.", ("csv", "json", "jsonl", "md")),
    ("figs.", ("locality", "time")),
    ("picker.", ("ward", "province", "topic", "body", "bodytype")),
    ("facet.", ("province", "topic", "year", "bodytype", "body", "kind")),
])
def test_ids_made_at_run_time_exist(prefix: str, ids: tuple[str, ...]) -> None:
    assert all(prefix + name in CATALOG for name in ids)
