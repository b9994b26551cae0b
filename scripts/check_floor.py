"""Prove the declared Textual floor: install it in a private venv and walk the browser.

    python scripts/check_floor.py            # the floor read from pyproject.toml

The venv lives in `.venv-floor/` (reused between runs); the project is
installed into it without dependencies, then the dependencies with Textual
pinned to the floor `pyproject.toml` declares (`textual>=X`).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def floor_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pinned = []
    for requirement in project["dependencies"]:
        match = re.match(r"textual\s*>=\s*([\w.]+)", requirement)
        pinned.append(f"textual=={match.group(1)}" if match else requirement)
    return pinned


def main() -> int:
    venv = ROOT / ".venv-floor"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    requirements = floor_requirements()
    subprocess.run([*pip, *requirements], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    print("floor:", ", ".join(r for r in requirements if r.startswith("textual")))
    return subprocess.run([str(python), "-m", "tests.smoke.browser_smoke"], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
