"""Open the browser headless on the sample data and walk its main keys, in both languages.

Run by `scripts/check_floor.py` under the lowest Textual release that
`pyproject.toml` admits: the unit tests pin today's Textual through their
snapshots, so this walk is what proves the declared floor still starts.
Exits non-zero on any exception.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import orjson

from store.resources import read_bytes
from tui.app import SurveysApp

KEYS = [
    "j", "k", "w", "l", "a", "i", "enter", "escape", "t", "escape", "p", "escape", "?", "escape",
    "c", "escape", "d", "escape", "/", "r", "a", "c", "h", "enter", "x", "e", "escape",
    "u", "escape", "ctrl+p", "escape",
]


async def walk(store: Path) -> None:

    for lang in ("vi", "en"):
        app = SurveysApp(store, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.5)
            for key in KEYS:
                await pilot.press(key)
                await pilot.pause(0.05)
            await pilot.pause(0.3)


def main() -> int:

    store = Path(tempfile.mkdtemp()) / "smoke.json"
    sample = orjson.loads(read_bytes("surveys.json"))
    # TinyDB's own layout, written directly so the walk needs no store API of a given age.
    store.write_bytes(orjson.dumps({"surveys": {str(n): r for n, r in enumerate(sample, start=1)}}))
    asyncio.run(walk(store))
    print("browser smoke: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
