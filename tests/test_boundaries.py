"""The core never imports the UI: `store/` must work where textual is absent."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import store

ROOT = Path(__file__).parent.parent


def test_store_never_imports_textual() -> None:
    modules = [f"store.{m.name}" for m in pkgutil.iter_modules(store.__path__)]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'tui')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"store/ pulled in: {result.stdout}"
    assert len(modules) >= 10


def test_cli_listing_does_not_load_textual(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom cli.main import main\n"
        "main(['--db', sys.argv[1], 'list', '--format', 'json'])\n"
        "sys.stderr.write(str('textual' in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.json")],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stderr.strip().endswith("False")
