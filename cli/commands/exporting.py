"""`surveys export`: the filtered view as CSV, JSON, JSONL or a Markdown brief.

The same filters as `surveys list` pick the same records in the same order
(newest first); the bytes come from `store.export`, which the browser's `e`
uses too, so the command line and the browser write identical files.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from store.export import FORMATS, ROWS, count_rows, export, item_filter, write_file

from .common import UsageError, add_filter_options, filter_from_args, filtered_records

SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md", ".markdown": "md"}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export", help="write the filtered surveys as CSV, JSON, JSONL or a Markdown brief",
        description="Write exactly the surveys `surveys list` would show with the same filters, newest first. "
                    "JSON and JSONL keep the published record format, so `surveys import` reads them back.",
    )
    add_filter_options(parser)
    parser.add_argument("--format", choices=FORMATS, help="default: from the -o file's suffix")
    parser.add_argument("--rows", choices=ROWS, help="CSV only: one row per survey (default), figure, "
                                                     "or recommendation and direction")
    parser.add_argument("--bom", action="store_true", help="start CSV or Markdown with a UTF-8 BOM, for spreadsheets")
    parser.add_argument("-o", "--output", metavar="FILE", default="-", help="the file to write; - or none: stdout")
    parser.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS,
                        help="language of CSV topic labels and of the Markdown brief (default: vi)")
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if args.rows and fmt != "csv":
        raise UsageError(f"--rows applies to CSV only, not {fmt}")
    if args.bom and fmt not in ("csv", "md"):
        raise UsageError(f"--bom applies to CSV and Markdown only; {fmt} files must not start with one")
    query = filter_from_args(args)
    records = filtered_records(args, query)
    rows, today = args.rows or "surveys", date.today()
    items = item_filter(query.values("status"), "overdue" in query.fields(), today)
    lang = getattr(args, "lang", None) or "vi"
    payload = export(records, fmt, rows=rows, bom=args.bom, lang=lang,
                     today=today, title=query.render(lang), items=items)
    if args.output == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        write_file(Path(args.output), payload)
        count = count_rows(records, fmt, rows, items, today)
        print(f"wrote {count} {_noun(rows if fmt == 'csv' else 'surveys', count)} to {args.output}", file=sys.stderr)
    return 0


def _noun(rows: str, count: int) -> str:
    singular, plural = {"surveys": ("survey", "surveys"), "figures": ("figure", "figures"),
                        "recommendations": ("recommendation or direction", "recommendations and directions")}[rows]
    return singular if count == 1 else plural


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower() if args.output != "-" else ""
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    raise UsageError("say --format csv|json|jsonl|md (it cannot be told from the output file name)")
