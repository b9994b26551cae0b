"""Where the export dialog offers to write: the folder the browser started in had been the default whatever it was
(`/`, a shared read-only folder), and the dialog showed only `surveys-export.csv`, not where that is.

Now the default is that folder when it may be written (over ssh, the user's home), else the user's documents
folder (`$XDG_DOCUMENTS_DIR`, as `user-dirs.dirs` names it, or ~/Documents), else the home; shown in full, the
home written `~`, and editable as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

import tui.screens.export_dialog as dialog
from tests.tui.browser_helpers import browsing, finish, open_screen, type_text
from tui.screens.export_dialog import ExportScreen, default_path, export_folder


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return folder


def read_only(monkeypatch: pytest.MonkeyPatch, *folders: Path) -> None:
    """These folders may not be written (the tests may run as root, whom modes do not stop)."""
    writable = dialog._writable
    monkeypatch.setattr(dialog, "_writable", lambda folder: folder not in folders and writable(folder))


def test_the_folder_started_in_when_it_may_be_written(home: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(home)
    assert (export_folder(), default_path("csv")) == (home, Path("~/surveys-export.csv"))
    monkeypatch.chdir(tmp_path)  # outside the home: in full
    assert default_path("md") == tmp_path / "surveys-export.md"


def test_a_read_only_start_gives_the_documents_folder_then_the_home(home: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    monkeypatch.chdir(shared)
    read_only(monkeypatch, shared)
    assert export_folder() == home  # no documents folder
    (home / "Documents").mkdir()
    assert default_path("csv") == Path("~/Documents/surveys-export.csv")
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Tài liệu"\n', encoding="utf-8")
    (home / "Tài liệu").mkdir()
    assert export_folder() == home / "Tài liệu"
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    assert export_folder() == home / "Documents"


@pytest.mark.slow
async def test_the_dialog_offers_the_documents_folder_and_writes_where_it_says(
        bundled_store: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (home / "Documents").mkdir()
    monkeypatch.chdir(shared)
    read_only(monkeypatch, shared)
    async with browsing(bundled_store, "en") as (app, pilot):
        screen = await open_screen(pilot, "e", ExportScreen)
        field = screen.query_one("#export-path", Input)
        assert field.value == "~/Documents/surveys-export.csv"
        field.focus()
        await pilot.press("end", *["backspace"] * len("surveys-export.csv"))
        await type_text(pilot, "visits.csv")
        await pilot.press("enter")
        await finish(pilot)
        assert (home / "Documents" / "visits.csv").is_file() and not list(shared.iterdir())
