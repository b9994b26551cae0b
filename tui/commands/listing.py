"""`surveys list` and `surveys show`: the store as a table, JSON, JSONL or CSV."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from store.folding import normalize_text
from store.taxonomy import taxonomy

from .common import add_filter_options, filter_from_args, open_store, write_json, write_jsonl
from .describe import describe_record

LIST_COLUMNS = ("id", "date", "kind", "localities", "province", "body", "leader", "topics")


def register(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser("list", help="list surveys, newest first", description="List surveys, newest first.")
    add_filter_options(listing)
    listing.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table")
    listing.set_defaults(run=run_list)
    show = commands.add_parser("show", help="show one survey", description="Show one survey in full.")
    show.add_argument("id")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(run=run_show)


def run_list(args: argparse.Namespace) -> int:
    query = filter_from_args(args)
    store = open_store(args)
    # Through the repository: its persistent index answers (built first only if the store changed since).
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    records = TinyDBRepository(store.path).search(query, facets=False).records
    {"json": write_json, "jsonl": write_jsonl, "csv": _write_csv, "table": _write_table}[args.format](records)
    return 0


def run_show(args: argparse.Namespace) -> int:
    record = open_store(args).get(args.id)
    if record is None:
        raise LookupError(f"no survey with id {args.id!r}")
    if args.format == "json":
        write_json(record)
    else:
        sys.stdout.write(describe_record(record) + "\n")
    return 0


def list_row(record: dict[str, Any]) -> dict[str, str]:
    localities = record["localities"]
    return {
        "id": record["id"],
        "date": record["date"],
        "kind": record["kind"],
        "localities": "; ".join(loc["name"] for loc in localities),
        "province": "; ".join(dict.fromkeys(loc["province"]["name"] for loc in localities)),
        "body": record["body"],
        "leader": record["leader"]["name"],
        "topics": ", ".join(taxonomy().topic_label(t) for t in record.get("topics", [])),
    }


def _write_csv(records: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=LIST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(list_row(record))


def _write_table(records: list[dict[str, Any]]) -> None:
    if not records:
        sys.stderr.write("no survey matches\n")
        return
    columns = ("date", "localities", "province", "body", "id")
    rows = [[_safe(list_row(r)[c]) for c in columns] for r in records]
    widths = [min(40, max(len(c), *(len(row[i]) for row in rows))) for i, c in enumerate(columns)]
    sys.stdout.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    for row in rows:
        cells = [_fit(cell, width) for cell, width in zip(row, widths)]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def _safe(text: str) -> str:
    """Imported text may carry terminal escapes; a table shows them, never obeys them."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in normalize_text(text))


