"""The user's settings are read once, at the browser's start, and the name goes with each save (session 41, hist3).

The first `u` had read the user's settings on the interface's thread (the name, the last looks) and written the look
there too, and the name was kept in a module global of the store (`store.writer_name.set_name`). Now the browser
reads them where it reads its other settings, writes a look in a thread worker, and hands the name to each save.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from store.followup import get_item
from tests.tui.browser_helpers import browsing, finish, open_screen
from tests.tui.test_item_history_s39 import R1, _newest, _save_status, _stored
from tui import settings
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # a Pilot flow


async def test_the_first_u_reads_no_file_on_the_interfaces_thread_and_the_save_names_the_settings_user(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "surveys" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"user": "Nguyễn Thị Lan"}), encoding="utf-8")
    visit = _newest(bundled_store)
    read = settings._read
    on_ui: list[Path] = []

    def watched(where: Path) -> dict[str, Any]:
        if threading.current_thread() is threading.main_thread():
            on_ui.append(where)
        return read(where)

    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        monkeypatch.setattr(settings, "_read", watched)  # from here on: the browser has started
        path.write_text(json.dumps({"user": "someone typed later"}), encoding="utf-8")  # read at the next start
        await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        await _save_status(pilot, "done")
    assert on_ui == []
    assert get_item(_stored(bundled_store, visit["id"]), R1)["history"][-1]["who"] == "Nguyễn Thị Lan"
    looked = json.loads(path.read_text(encoding="utf-8"))["looked"]  # the look written, by the worker
    assert [visit["id"] in archive for archive in looked.values()] == [True]
