"""What the follow-up work of sessions 38–40 costs at scale: items' history, `to:`, the `u` list, a save, an export.

    .venv/bin/python scripts/bench_history.py --size 100000 --rounds 3                      # this checkout
    .venv/bin/python scripts/bench_history.py --size 100000 --rounds 3 --code /tmp/perf6-base --code .

Writes a synthetic store (`tests/synthetic.py`, streamed) whose items carry a history as the follow-up dialog
writes it (one to three entries on an item whose status moved), and one visit with `ITEMS` items, each with
history: the `u` list's worst case. The checkouts named by `--code` share one copy of the store and its index,
built once by the last one (`index rebuild`: minutes at 100k; the index is the same file for checkouts of one
`TEXT_VERSION`). Then, round after round, each checkout's operations run in a
fresh process one after the other (interleaved, so that the machine's load falls on both alike):

* `first page`: the repository opened, its index found fresh and the first page with its count read (what the
  first frame waits for on the data side; the pty's own figures are `bench_terminal.py`'s);
* `to:` and `to: overdue`: a filter with its facet counts, as the browser asks the index;
* `u list`: what opening the list asks of the store for the big visit: its items' lines and the earlier items each
  repeats (`store.item_links`: its index over every visit was made on first use, once per store version; since
  session 41 the visits at its places are read from the persistent index, `store.link_reads`), the store parsed
  before the clock; `u list cold` the same in a process that has parsed nothing of the store yet;
* `save`: one follow-up edit of the big visit (its history grows by one entry), time and bytes handed to `write()`;
* `export`: `surveys export --rows recommendations --query 'to:…'`, a whole command.

Medians over the rounds are printed with the load average of the run, and the store's bytes per visit with and
without the history. Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ITEMS = 200
TO = 'to:"sở tài chính"'
OPERATIONS = ("first", "to", "to_overdue", "ulist", "ulist_cold", "save", "then", "export")
LABELS = {"build": "index rebuild", "first": "first page (open + count)", "to": TO,
          "to_overdue": f"{TO} overdue", "ulist": f"u list, {ITEMS} items",
          "ulist_cold": f"u list cold, {ITEMS} items", "save": "follow-up save",
          "then": f"{TO} again after it", "export": "surveys export (items)"}
BIG = "2026-12-01-bench-history-200"
"""The id of the visit with `ITEMS` items."""


def history(item: dict[str, Any], serial: int, count: int) -> None:
    """`count` entries for an item whose status moved, as `store.item_history` writes them (oldest first)."""
    steps = ["open", "in progress", item.get("status") or "done"][-count - 1:]
    item["history"] = [{"at": f"2026-{1 + (serial + n) % 11:02d}-{1 + serial % 27:02d}T09:{n:02d}:00Z",
                        "who": "surveys_editor", "field": "status", "from": old, "to": new}
                       for n, (old, new) in enumerate(itertools.pairwise(steps))]


def make_store(path: Path, size: int) -> dict[str, float]:
    """The store, one record at a time; returns its bytes per visit and the share of them the history takes."""
    sys.path.insert(0, str(ROOT))
    import orjson  # noqa: PLC0415

    from tests.synthetic import Generator  # noqa: PLC0415

    generator, plain, total = Generator(1), 0, 0
    with path.open("wb") as out:
        out.write(b'{"surveys":{')
        for serial in range(1, size + 1):
            record = generator.record(serial)
            if serial == size:  # the big visit, last: a later day than most, so its links are looked for
                record["id"], record["date"] = BIG, "2026-12-01"
                record["recommendations"] = generator._items(
                    generator.day(), [place["name"] for place in record["localities"]], "Đoàn", ITEMS)
            plain += len(orjson.dumps(record))
            items = (record.get("recommendations") or []) + (record.get("directions") or [])
            for number, item in enumerate(items):
                if item.get("status") or serial == size:
                    history(item, serial + number, 1 + (serial + number) % 3)
            row = orjson.dumps(record)
            total += len(row)
            out.write(b'%s"%d":%s' % (b"," if serial > 1 else b"", serial, row))
        out.write(b"}}")
    return {"bytes": total / size, "plain": plain / size}


def child(operation: str, store: str) -> dict[str, Any]:
    """One operation in this process, the checkout measured first on sys.path; `store` a file or a database URL."""
    from store.query import Filter  # noqa: PLC0415

    cpu, began = time.process_time(), time.perf_counter()
    repository = _open(store)
    if operation == "build":
        repository.index.build()
        return _took(began, cpu)
    if operation == "first":
        if hasattr(repository, "index") and not repository.index.fresh():
            raise SystemExit(f"{store}: the index is stale")
        repository.search(Filter(), limit=50)
        return _took(began, cpu)
    if operation in ("to", "to_overdue"):
        repository.search(Filter(), limit=50)  # the browser is open: its first page read
        query = Filter.parse(TO + (" overdue" if operation == "to_overdue" else ""))
        cpu, began = time.process_time(), time.perf_counter()
        found = repository.search(query, limit=50)
        return {**_took(began, cpu), "matches": found.total}
    if operation in ("ulist", "ulist_cold"):
        return _ulist(repository, operation == "ulist_cold")
    record = repository.get(BIG)
    if operation == "save":
        from store.followup import edit_item  # noqa: PLC0415
        from store.validation import validate  # noqa: PLC0415

        validate(record)  # the gazetteer loaded before the clock, as the browser has it by then
        written, cpu, began = _wchar(), time.process_time(), time.perf_counter()
        status = "done" if record["recommendations"][0].get("status") != "done" else "open"  # a change each round
        repository.update(BIG, lambda stored: edit_item(stored, ("recommendations", 0), status=status))
        saved = {**_took(began, cpu), "bytes": _wchar() - written}
        cpu, began = time.process_time(), time.perf_counter()
        repository.search(Filter.parse(TO), limit=50)  # the browser's reload after a save: its filter counted again
        return {**saved, "then": {**_took(began, cpu)}}
    raise SystemExit(f"unknown operation {operation}")


def _ulist(repository: Any, cold: bool) -> dict[str, Any]:
    """What the `u` list asks of the store for the big visit: its items' lines and the earlier items each repeats.
    `ulist` with the store parsed before the clock (session 40's figure: the index of every visit alone); `ulist_cold`
    as a browser's first `u` can find it, nothing of the store parsed yet (the browser's pages come from the
    persistent index). A checkout with `store.link_reads` (session 41) asks as its browser does."""
    from store.item_links import LinkCache  # noqa: PLC0415
    from tui.screens.item_refs import item_refs  # noqa: PLC0415

    def before_s41(cache: Any, repository: Any, record: Any, **_: Any) -> Any:
        """A checkout before session 41: the index of every visit, then the record as stored."""
        index = cache.index(repository)
        stored = repository.get(BIG) or record
        return stored, index.links(stored, dropped=True)

    ask: Callable[..., Any] = before_s41
    if hasattr(LinkCache, "current"):  # the checkout's own (an editable install may offer another's modules)
        from store.link_reads import stored_links as ask  # noqa: PLC0415
    record = {"id": BIG} if cold else repository.get(BIG)
    cpu, began = time.process_time(), time.perf_counter()
    stored, links = ask(LinkCache(), repository, record, dropped=True)
    item_refs(stored)
    return {**_took(began, cpu), "linked": len(links)}


def _open(store: str) -> Any:
    if store.startswith("postgresql"):
        from store.postgres import open_postgres  # noqa: PLC0415

        return open_postgres(store)
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    return TinyDBRepository(Path(store))


def load_postgres(url: str, source: Path, size: int) -> str:
    """The store loaded once into a schema of its own (kept for the next run: loading 100k takes minutes)."""
    sys.path.insert(0, str(ROOT))
    import orjson  # noqa: PLC0415
    import psycopg  # noqa: PLC0415

    from store.postgres import init_postgres  # noqa: PLC0415
    from tests.postgres.server import with_schema  # noqa: PLC0415

    schema = f"bench_history_{size}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        loaded = admin.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s"
                               " AND table_name = 'loaded'", (schema,)).fetchone()
        if loaded:
            return with_schema(url, schema)
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.execute(f"CREATE SCHEMA {schema}")
    repository, _ = init_postgres(with_schema(url, schema))
    records = list(orjson.loads(source.read_bytes())["surveys"].values())
    began = time.perf_counter()
    for start in range(0, len(records), 5000):
        repository.upsert_many(records[start:start + 5000])
    repository.close()
    print(f"  PostgreSQL: {len(records):,} loaded in {time.perf_counter() - began:.0f} s", flush=True)
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE TABLE {schema}.loaded ()")  # the marker: a load cut short is made again
    return with_schema(url, schema)


def _took(began: float, cpu: float) -> dict[str, Any]:
    return {"seconds": time.perf_counter() - began, "cpu": time.process_time() - cpu,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _wchar() -> int:
    with open("/proc/self/io") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith("wchar:"))


def run(code: Path, operation: str, store: Path | str, home: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(code), "HOME": str(home)}
    python = str(code / ".venv/bin/python") if (code / ".venv/bin/python").exists() else sys.executable
    if operation == "export":
        out = home / "export.csv"
        began = time.perf_counter()
        command = [python, "-c", "import sys; from cli.main import main; sys.exit(main())", "--db", str(store),
                   "export", "--rows", "recommendations", "--query", TO, "-o", str(out)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=code, env=env, check=False)
        if done.returncode != 0:
            raise SystemExit(f"export failed in {code}:\n{done.stderr}")
        return {"seconds": time.perf_counter() - began, "bytes": out.stat().st_size}
    command = [python, str(Path(__file__).resolve()), "--child", operation, "--store", str(store)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=code, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{operation} failed in {code}:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append", help="a checkout to measure (repeat: interleaved)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "surveys-bench-history")
    parser.add_argument("--only", default=",".join(OPERATIONS), help="operations, comma-separated")
    parser.add_argument("--postgres", metavar="URL", help="measure an archive on this server (loaded once, kept)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(Path.cwd()))
        sys.stdout.write(json.dumps(child(args.child, args.store)) + "\n")
        return 0
    codes = [code.resolve() for code in (args.code or [ROOT])]
    source = args.workdir / f"store-{args.size}.json"
    args.workdir.mkdir(parents=True, exist_ok=True)
    if not source.exists():
        sizes = make_store(source, args.size)
        (args.workdir / f"store-{args.size}.sizes.json").write_text(json.dumps(sizes))
    sizes = json.loads((args.workdir / f"store-{args.size}.sizes.json").read_text())
    print(f"{args.size:,} visits, {source.stat().st_size / 1e6:.0f} MB: {sizes['bytes']:.0f} B a visit with "
          f"history, {sizes['plain']:.0f} B without (+{sizes['bytes'] / sizes['plain'] - 1:.1%})", flush=True)
    stores: dict[Path, Path | str] = {}
    figures: dict[Path, dict[str, list[dict[str, Any]]]] = {code: {} for code in codes}
    homes = {code: args.workdir / f"c{number}" for number, code in enumerate(codes)}
    url = load_postgres(args.postgres, source, args.size) if args.postgres else None
    store = args.workdir / "shared" / "surveys.json"  # one store and index for every checkout: a build takes minutes
    for code in codes:
        homes[code].mkdir(exist_ok=True)
        stores[code] = url or store
    if not url and (not store.exists() or store.stat().st_mtime < source.stat().st_mtime):
        store.parent.mkdir(exist_ok=True)
        for old in store.parent.glob("surveys.json*"):
            old.unlink()
        shutil.copyfile(source, store)
        code = codes[-1]
        built = figures[code]["build"] = [run(code, "build", store, homes[code])]
        print(f"  {code}: index rebuild {built[0]['seconds']:.1f} s (CPU {built[0]['cpu']:.1f} s, peak "
              f"{built[0]['peak_mb']:.0f} MB, {(Path(str(store) + '.index.sqlite3')).stat().st_size / 1e6:.0f} MB)"
              f", load {os.getloadavg()[0]:.1f}", flush=True)
    loads = []
    for round_number in range(args.rounds):
        for operation in args.only.split(","):
            for code in codes:
                if operation == "then":  # measured by the save
                    continue
                figures[code].setdefault(operation, []).append(run(code, operation, stores[code], homes[code]))
                loads.append(os.getloadavg()[0])
        print(f"after round {round_number + 1}, " + report(codes, figures, loads), flush=True)
    return 0


def report(codes: list[Path], figures: dict[Path, dict[str, list[dict[str, Any]]]], loads: list[float]) -> str:
    lines = [f"medians, load average {min(loads):.1f}–{max(loads):.1f} (median {statistics.median(loads):.1f}):",
             f"  {'':30}" + "".join(f"{code.name[-28:]:>30}" for code in codes)]
    for code in codes:
        figures[code]["then"] = [run["then"] for run in figures[code].get("save", []) if "then" in run]
    for operation in ("build", *OPERATIONS):
        cells = []
        for code in codes:
            runs = figures[code].get(operation)
            if not runs:
                cells.append(f"{'':>30}")
                continue
            wall = statistics.median(run["seconds"] for run in runs)
            extra = ""
            if "cpu" in runs[0]:
                extra = f" cpu {statistics.median(run['cpu'] for run in runs):.2f}"
            if "bytes" in runs[0]:
                extra += f" {statistics.median(run['bytes'] for run in runs) / 1e3:,.0f} KB"
            cells.append(f"{f'{wall:.3f}s{extra}':>30}")
        if any(cell.strip() for cell in cells):
            lines.append(f"  {LABELS[operation]:30}" + "".join(cells))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
