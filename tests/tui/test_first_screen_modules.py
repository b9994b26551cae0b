"""What the browser's first screen loads (#17, launch → first rows at 100,000 records).

The first rows need Textual, the index and the list's own code; the
gazetteer and the matching code (the first filter that names something
loads them), the pickers' choices, the details' follow-up, period and
provenance code, `importlib.resources`, numpy, dateutil and the extractor
all wait until they are used. Each check runs in a fresh interpreter, as
`surveys` starts, on a store whose index is current (every launch after the
first), and reads `sys.modules` when the first frame is released.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository

ROOT = Path(__file__).parents[2]
NOT_YET = (
    "store.gazetteer", "store.former_wards", "store.matching", "store.extract", "store.export", "store.checks",
    "store.followup", "store.periods", "store.provenance",
    "tui.choices", "tui.fuzzy", "tui.vocabulary", "tui.screens.picker",
    "importlib.resources", "zipfile", "numpy", "dateutil", "vietnam_provinces",
)
"""Modules the first screen must not load (each with what it imports)."""


def loaded_at_first_frame(store: Path, watched: tuple[str, ...] = NOT_YET, lang: str = "vi") -> dict[str, object]:
    """In a fresh interpreter, at the browser's first frame: the loaded modules of the packages `watched` names, and
    whether rows and facet counts are shown. The browser is opened as the `surveys` command opens it (`cli.main`,
    whose own imports come first: #17, it loaded the store's file code for its error messages), headless."""
    code = f"""
import json, sys
import textual.app
import tui.first_frame
run = textual.app.App.run
def headless(self, *args, **kwargs):
    return run(self, *args, **{{**kwargs, "headless": True, "size": (120, 40)}})
textual.app.App.run = headless
seen = {{}}
release = tui.first_frame.FirstFrame.release
def released(self):
    if self._batch is not None and not seen:
        app = self._app
        seen["modules"] = sorted(m for m in sys.modules if m.split(".")[0] in {{p.split(".")[0] for p in {watched!r}}})
        seen["rows"] = bool(app.state.found and app.state.found.total)
        seen["facets"] = bool(app.state.found and app.state.found.facets)
        app.call_after_refresh(app.exit)
    release(self)
tui.first_frame.FirstFrame.release = released
tui.first_frame.PATIENCE = 60.0  # a busy machine's slow first search is still held: the frame is the rows'
from cli.main import main
main(["--db", {str(store)!r}, "--lang", {lang!r}])
print(json.dumps(seen))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=120).stdout
    found: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return found


def test_the_first_frame_shows_rows_without_loading_what_it_does_not_need(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    SurveyStore.open(store)  # the bundled sample: wards, bodies, figures, recommendations
    TinyDBRepository(store).index.ensure()
    seen = loaded_at_first_frame(store)
    assert seen["rows"], "the first frame shows the rows"
    assert not seen["facets"], "the facet counts come after the first frame"
    modules = seen["modules"]
    assert isinstance(modules, list)
    loaded = [name for name in NOT_YET if any(m == name or m.startswith(name + ".") for m in modules)]
    assert loaded == [], loaded
