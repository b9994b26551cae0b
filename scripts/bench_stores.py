"""The synthetic stores the pty benches drive (`bench_terminal`, `bench_pickers`, `bench_typing`), their index, and
the floors each figure stands beside: a bare `orjson.loads` of the store file, an empty Textual app's launch.

Each piece of work that must not share the bench's process runs in a child of this file
(`python scripts/bench_stores.py --child write|build|floor|empty-app --store S --size N`): the store written
record by record (no size needs it whole in memory), the index built as the browser builds it (its peak memory
and CPU read in that process), the parse floor in a fresh interpreter with the collector off.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import orjson  # noqa: E402
from pty_screen import Terminal, peak_rss  # noqa: E402

SEED = 1


# -- the store and its index --------------------------------------------------
def prepare(workdir: Path, size: int) -> tuple[Path, dict[str, Any] | None]:
    """The store of `size` records and a fresh index beside it; the build's figures if one was needed."""
    store = workdir / f"store-{size}-seed{SEED}.json"
    if not store.exists():
        began = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--child", "write", "--store", str(store), "--size", str(size)],
                       check=True)
        print(f"  (wrote {size:,} surveys in {time.perf_counter() - began:.0f} s: {store})", flush=True)
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    if TinyDBRepository(store).index.fresh():
        return store, None
    began = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, "--child", "build", "--store", str(store), "--size", str(size)],
                         check=True, capture_output=True)
    built = orjson.loads(out.stdout)
    built["wall"] = time.perf_counter() - began
    return store, built


def child_write(store: Path, size: int) -> None:
    """The store file as `tests.synthetic.write_store` makes it, written one record at a time."""
    from tests.synthetic import Generator  # noqa: PLC0415

    generator = Generator(SEED)
    with open(store, "wb") as out:
        out.write(b'{"surveys":{')
        for serial in range(1, size + 1):
            out.write(b"," if serial > 1 else b"")
            out.write(b'"%d":' % serial + orjson.dumps(generator.record(serial)))
        out.write(b"}}")


def child_build(store: Path) -> None:
    """The index as the browser builds it (`python -m store.sqlindex`): streamed from the store file."""
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    repository = TinyDBRepository(store)
    repository.index.build()
    print(orjson.dumps({"peak": peak_rss(os.getpid()), "cpu": time.process_time(),
                        "bytes": repository.index.path.stat().st_size}).decode())


def child_floor(store: Path) -> None:
    import gc  # noqa: PLC0415

    raw = store.read_bytes()
    gc.disable()
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        data = orjson.loads(raw)
        best = min(best, time.perf_counter() - began)
        del data
    print(orjson.dumps({"loads": best}).decode())


def parse_floor(store: Path, size: int) -> float | None:
    """Seconds of one `orjson.loads` of the store file (best of 2, a fresh process); None, said why, when it fails."""
    out = subprocess.run([sys.executable, __file__, "--child", "floor", "--store", str(store)], capture_output=True)
    if out.returncode == 0:
        return float(orjson.loads(out.stdout)["loads"])
    # orjson refuses a document this large (its limit is below 4 GB), or memory ran out
    reason = (out.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1]
    print(f"  (no parse floor at {size:,}: one orjson.loads of the file failed: {reason})")
    return None


def textual_floor() -> float:
    """Launch → first screen of an empty Textual app in the same pty: what no browser can go under."""
    terminal = Terminal([sys.executable, __file__, "--child", "empty-app"])
    try:
        return terminal.wait(lambda text: "ready" in text) - terminal.started
    finally:
        terminal.close()


def child_empty_app() -> None:
    from textual.app import App, ComposeResult  # noqa: PLC0415
    from textual.widgets import Static  # noqa: PLC0415

    class Empty(App[None]):
        BINDINGS = [("q", "quit")]

        def compose(self) -> ComposeResult:
            yield Static("ready")

    Empty().run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", required=True, choices=("write", "build", "floor", "empty-app"))
    parser.add_argument("--store", type=Path)
    parser.add_argument("--size", type=int)
    args = parser.parse_args(argv)
    if args.child == "write":
        child_write(args.store, args.size)
    elif args.child == "build":
        child_build(args.store)
    elif args.child == "floor":
        child_floor(args.store)
    else:
        child_empty_app()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
