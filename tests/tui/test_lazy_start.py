"""A fast start: the CLI loads no Textual and no extractor unless it needs them, and the browser draws
its first screen before loading the extractor, the export code or the import dialog.

Each check runs in a fresh interpreter, since this test process has imported everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from store.store import SurveyStore

ROOT = Path(__file__).parents[2]
HEAVY = ("textual", "store.extract", "store.export", "store.importing", "tui.screens.import_dialog", "tui.app")


def loaded_after(code: str, *argv: str) -> list[str]:
    script = code + f"\nimport sys, json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script, *argv], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=120).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_version_and_list_load_neither_textual_nor_the_extractor(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    SurveyStore.open(store)
    run = "import contextlib, io\nfrom cli.main import main\nwith contextlib.redirect_stdout(io.StringIO()):\n"
    version = loaded_after(run + "    try:\n        main(['--version'])\n    except SystemExit:\n        pass")
    assert version == []
    listing = loaded_after(run + f"    main(['--db', {str(store)!r}, 'list'])")
    assert listing == []


def loaded_at_first_rows(store: Path, modules: tuple[str, ...], lang: str = "en") -> list[str]:
    """Which of `modules` a fresh browser on `store` has loaded when it has drawn its first rows."""
    code = f"""
import json
import sys
from pathlib import Path
from tui.app import SurveysApp
from tui.screens.browser import BrowserScreen
found = []
first_rows = BrowserScreen.on_search_done
def drawn(self, message):
    first_rows(self, message)
    found.extend(m for m in {modules!r} if m in sys.modules)
    self.app.exit()
BrowserScreen.on_search_done = drawn
SurveysApp(Path({str(store)!r}), lang={lang!r}).run(headless=True, size=(80, 24))
print(json.dumps(found))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=120).stdout
    return json.loads(out.strip().splitlines()[0])


def test_the_first_screen_comes_before_extractor_export_and_import_code(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    SurveyStore.open(store)
    assert loaded_at_first_rows(store, HEAVY[1:5], lang="vi") == []


def test_the_browser_started_from_the_command_line_registers_no_command() -> None:
    """`surveys --db X` opens the browser: the commands' modules (the extractor's among them) are not loaded."""
    code = ("import sys; from cli.main import build_parser, _named_command\n"
            "args = build_parser(_named_command(sys.argv[1:])).parse_args(sys.argv[1:])\n"
            "assert args.command is None\n"
            "print([m for m in sys.modules if m.startswith('cli.commands') or m.startswith('store.extract')])")
    out = subprocess.run([sys.executable, "-c", code, "--db", "x.json", "--lang", "en"], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=120).stdout
    assert out.strip() == "[]", out


def test_first_rows_from_a_current_index_load_neither_the_builder_nor_the_in_memory_index(tmp_path: Path) -> None:
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    store = tmp_path / "s.json"
    SurveyStore.open(store)
    TinyDBRepository(store).index.ensure()
    building = ("store.sqlindex.build", "store.sqlindex.rows", "store.index", "filelock")
    assert loaded_at_first_rows(store, building) == []
