"""What one small write costs at scale: a follow-up edit, a delete, a 10-record import, and the open.

    .venv/bin/python scripts/bench_writes.py --store STORE.json            # this checkout
    .venv/bin/python scripts/bench_writes.py --store STORE.json --code DIR # another checkout (e.g. the old one)

Each operation runs in a fresh process on a fresh copy of STORE (so the
page cache and the store's own caches start the same way): the process opens
the store (timed: `open`), finds the record by id (timed: `find`; the first
lookup builds the id map now, scanned the records before), loads the
validator's gazetteer, then does the one operation (timed alone: the change,
its validation and the write) and reports
the bytes it handed to `write()` (`wchar` in /proc/self/io, which counts
every file the write touched: store, journal, backup, temporaries). Run
through scripts/bench.py it prints next to the other figures; `--code`
measures an older checkout with the same harness, for the "before" column.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ("open", "followup", "delete", "import10")
BEFORE: dict[int, dict[str, dict[str, Any]]] = {
    100_000: {  # commit 618eaff (every write rewrote the store), this harness, a shared 2-CPU machine under load
        "open": {"records": 100_000, "open": 5.43, "reopen": 5.97, "find": 0.105, "seconds": 0.0, "bytes": 0},
        "followup": {"records": 100_000, "open": 5.43, "find": 0.105, "seconds": 6.221, "bytes": 225_100_000},
        "delete": {"records": 100_000, "open": 5.43, "find": 0.105, "seconds": 5.825, "bytes": 225_100_000},
        "import10": {"records": 100_000, "open": 5.43, "find": 0.105, "seconds": 11.216, "bytes": 225_200_000},
    },
}
"""The figures before the journal, as measured with `--code` on a checkout of 618eaff."""


def _wchar() -> int:
    with open("/proc/self/io") as handle:
        for line in handle:
            if line.startswith("wchar:"):
                return int(line.split()[1])
    return 0


def child(operation: str, store: Path, batch: Path) -> dict[str, Any]:
    """Runs inside the checkout being measured (its root first on sys.path)."""
    from store.followup import edit_item  # noqa: PLC0415
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    began = time.perf_counter()
    repository = TinyDBRepository(store)
    count = repository.count()
    opened = time.perf_counter() - began
    some = next(r for r in repository.records() if r.get("recommendations") or r.get("directions"))
    target = some["id"]
    began = time.perf_counter()
    repository.get(target)  # finding a record by id: a scan before, a map (made on first use) now
    found = time.perf_counter() - began
    from store.validation import validate  # noqa: PLC0415

    validate(some)  # loads the gazetteer once per process, before either version's clock
    written, began = _wchar(), time.perf_counter()
    if operation == "followup":
        field = "recommendations" if some.get("recommendations") else "directions"
        repository.update(target, lambda record: edit_item(record, (field, 0), status="done"))
    elif operation == "delete":
        repository.delete([target])
    elif operation == "import10":
        _import(repository, store, batch)
    elapsed = time.perf_counter() - began
    return {"operation": operation, "records": count, "open": opened, "find": found,
            "seconds": elapsed if operation != "open" else 0.0,
            "bytes": _wchar() - written if operation != "open" else 0}


def _import(repository: Any, store: Path, batch: Path) -> None:
    from store import importing  # noqa: PLC0415

    if hasattr(importing, "import_into"):
        importing.import_into(repository, [batch])
    else:  # the checkout before the repository: the import wrote through SurveyStore
        from store.store import SurveyStore  # noqa: PLC0415

        importing.import_paths(SurveyStore(store), [batch])


def measure(store: Path, code: Path, workdir: Path) -> dict[str, dict[str, Any]]:
    workdir.mkdir(parents=True, exist_ok=True)
    batch = workdir / "import-10.json"
    if not batch.exists():
        sys.path.insert(0, str(ROOT))
        from tests.synthetic import generate  # noqa: PLC0415

        batch.write_bytes(json.dumps(generate(10, seed=99, start=10_000_001), ensure_ascii=False).encode())
    results = {}
    for operation in OPERATIONS:
        copy = workdir / f"measure-{operation}.json"
        for leftover in workdir.glob(f"measure-{operation}.json*"):
            leftover.unlink()
        shutil.copyfile(store, copy)
        command = [sys.executable, str(Path(__file__).resolve()), "--child", operation,
                   "--store", str(copy), "--batch", str(batch), "--code", str(code)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=code, check=False,
                              env={**os.environ, "PYTHONPATH": str(code)})
        if done.returncode != 0:
            raise SystemExit(f"{operation} failed in {code}:\n{done.stderr}")
        results[operation] = json.loads(done.stdout.strip().splitlines()[-1])
        if operation == "open":  # the same, unchanged copy opened again by a new process
            again = subprocess.run(command, capture_output=True, text=True, cwd=code, check=False,
                                   env={**os.environ, "PYTHONPATH": str(code)})
            if again.returncode == 0:
                results[operation]["reopen"] = json.loads(again.stdout.strip().splitlines()[-1])["open"]
        for leftover in workdir.glob(f"measure-{operation}.json*"):
            leftover.unlink()
    return results


def report(before: dict[str, dict[str, Any]] | None, after: dict[str, dict[str, Any]]) -> str:
    size = after["open"]["records"]
    lines = [f"small writes at {size:,} surveys (each in a fresh process, after the open):",
             f"  {'':22} {'time':>10} {'written':>12}" + (f"   {'before: time':>14} {'written':>12}" if before else "")]
    for operation, label in (("followup", "one follow-up edit"), ("delete", "one delete"),
                             ("import10", "import of 10 records")):
        now = after[operation]
        row = f"  {label:22} {now['seconds'] * 1000:8.1f}ms {_bytes(now['bytes']):>12}"
        if before:
            old = before[operation]
            row += f"   {old['seconds'] * 1000:12.1f}ms {_bytes(old['bytes']):>12}"
        lines.append(row)
    row = f"  {'find a record by id':22} {min(after[op]['find'] for op in OPERATIONS) * 1000:8.1f}ms {'':>12}"
    if before and all("find" in before[op] for op in OPERATIONS):
        row += f"   {min(before[op]['find'] for op in OPERATIONS) * 1000:12.1f}ms"
    lines.append(row)
    opens = [after[op]["open"] for op in OPERATIONS]
    row = f"  {'open (best of 4)':22} {min(opens):9.2f}s {'':>12}"
    if before:
        row += f"   {min(before[op]['open'] for op in OPERATIONS):13.2f}s"
    lines.append(row)
    if after["open"].get("reopen"):
        row = f"  {'open, same file again':22} {after['open']['reopen']:9.2f}s {'':>12}"
        if before and before["open"].get("reopen"):
            row += f"   {before['open']['reopen']:13.2f}s"
        lines.append(row)
    return "\n".join(lines)


def _bytes(count: int) -> str:
    if count < 10_000:
        return f"{count:,} B"
    return f"{count / 1e6:,.1f} MB" if count >= 1_000_000 else f"{count / 1e3:,.1f} KB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    parser.add_argument("--before", type=Path, help="an older checkout, measured too, for the before column")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "surveys-bench-writes")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--batch", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(args.code))
        sys.stdout.write(json.dumps(child(args.child, args.store, args.batch)) + "\n")
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    before = measure(args.store, args.before.resolve(), args.workdir) if args.before else None
    print(report(before, measure(args.store, args.code.resolve(), args.workdir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
