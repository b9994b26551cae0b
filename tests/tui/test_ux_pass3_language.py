"""The language chosen with `L` is the user's too: a store with no language of its own opens in it.

Order: `--lang`, then the store's own settings (`<store>.settings.json`), then the user's
(`$XDG_CONFIG_HOME/surveys/settings.json`), then the locale. Every test here has its own `$XDG_CONFIG_HOME`
(the autouse fixture of tests/conftest.py); the locale is cleared (tests/tui/conftest.py), so it says English.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, screen_text, settle, until
from tui.app import SurveysApp
from tui.settings import (
    Settings,
    load_settings,
    load_user_lang,
    save_settings,
    save_user_lang,
    settings_path,
    user_settings_path,
)
from tui.state import BrowserState


def _user_file() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "surveys" / "settings.json"


def test_the_user_file_is_under_xdg_config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    assert user_settings_path() == tmp_path / "conf" / "surveys" / "settings.json"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/conf")  # invalid by the XDG spec: not used
    assert user_settings_path() != Path("relative/conf/surveys/settings.json")


def test_a_store_without_a_language_opens_in_the_users(tmp_path: Path) -> None:
    assert BrowserState.open(tmp_path / "a.json", None).lang == "en"  # the locale (cleared): English
    assert save_user_lang("vi")
    assert BrowserState.open(tmp_path / "a.json", None).lang == "vi"


def test_the_stores_own_language_beats_the_users_and_lang_beats_both(tmp_path: Path) -> None:
    store = tmp_path / "a.json"
    save_user_lang("vi")
    save_settings(settings_path(store), Settings(lang="en"))
    assert BrowserState.open(store, None).lang == "en"
    save_settings(settings_path(store), Settings(lang="vi"))
    save_user_lang("en")
    assert BrowserState.open(store, None).lang == "vi"
    assert BrowserState.open(store, "en").lang == "en"  # --lang


def test_an_unreadable_or_strange_user_file_is_ignored(tmp_path: Path) -> None:
    path = _user_file()
    path.parent.mkdir(parents=True)
    for text in ("{not json", "[1, 2]", '{"lang": "fr"}', '{"lang": 3}'):
        path.write_text(text, encoding="utf-8")
        assert load_user_lang() is None
        assert BrowserState.open(tmp_path / "a.json", None).lang == "en"


def test_saving_keeps_what_else_the_user_file_holds() -> None:
    path = _user_file()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"theme": "nord", "lang": "en"}), encoding="utf-8")
    assert save_user_lang("vi")
    assert json.loads(path.read_text(encoding="utf-8")) == {"theme": "nord", "lang": "vi"}


def test_a_config_folder_that_cannot_be_made_is_not_an_error(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))  # a file where the folder would go
    assert save_user_lang("vi") is False
    assert load_user_lang() is None


async def test_switching_in_one_store_sets_the_language_of_a_new_one(bundled_store: Path, tmp_path: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("L")
        await until(pilot, lambda: app.t.lang == "vi", "the switch")
    assert load_settings(settings_path(bundled_store)).lang == "vi"
    assert load_user_lang() == "vi"
    other = tmp_path / "other.json"
    other.write_bytes(bundled_store.read_bytes())
    fresh = SurveysApp(other, lang=None)  # no --lang
    async with fresh.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert fresh.t.lang == "vi"  # never chosen in this store: the user's language
        assert "chuyến" in screen_text(fresh).splitlines()[1]
