"""What every command shares: opening the store, building the filter, printing records."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from store.paths import store_path
from store.query import Clause, Filter
from store.sanitize import json_safe
from store.store import SurveyStore

FILTER_OPTIONS = ("ward", "province", "topic", "body", "kind", "since", "until", "search")


class UsageError(Exception):
    """Bad words on the command line: exit status 2."""


def open_store(args: argparse.Namespace) -> SurveyStore:
    return SurveyStore.open(store_path(args.db))


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (fold case and diacritics; repeat an option for OR)")
    for name in FILTER_OPTIONS[:5]:
        group.add_argument(f"--{name}", action="append", default=[], metavar=name.upper())
    group.add_argument("--since", action="append", default=[], metavar="DATE", help="2025, 2025-09, 9/2025, 16/5/2023")
    group.add_argument("--until", action="append", default=[], metavar="DATE")
    group.add_argument("--search", action="append", default=[], metavar="TEXT", help="free text")
    group.add_argument("--query", default="", metavar="FILTER",
                       help='the browser\'s filter syntax: ward:"lái thiêu" topic:de-an-06 since:2025-07 "dịch vụ công"')


def filter_from_args(args: argparse.Namespace) -> Filter:
    from store.query import QueryError, parse_clauses  # noqa: PLC0415

    try:
        clauses = parse_clauses(args.query) if args.query else []
        for name in FILTER_OPTIONS:
            field = "text" if name == "search" else name
            for value in getattr(args, name):
                clauses.extend(parse_clauses(Clause(field, value).render()))
    except QueryError as error:
        raise UsageError(str(error)) from None
    return Filter(tuple(clauses))


def write_json(records: Any) -> None:
    """JSON on stdout; C1, DEL and bidi characters stay escaped (`json_safe`), so no terminal obeys them."""
    sys.stdout.buffer.write(json_safe(orjson.dumps(records, option=orjson.OPT_INDENT_2)) + b"\n")


def write_jsonl(records: list[dict[str, Any]]) -> None:
    for record in records:
        sys.stdout.buffer.write(json_safe(orjson.dumps(record)) + b"\n")
