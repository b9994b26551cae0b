"""`surveys export`: the filtered view as CSV, JSON, JSONL or a Markdown brief.

The same filters as `surveys list` pick the same records in the same order
(newest first); the bytes come from `store.export`, which the browser's `e`
uses too, so the command line and the browser write identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.export import FORMATS, ROWS, count_rows, export, items_asked, write_file
from store.paths import writes_over_store
from store.today import current_day

from ..i18n import lang as run_lang
from ..i18n import t
from .common import UsageError, add_filter_options, filter_from_args, filtered_records, location

SUFFIXES = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md", ".markdown": "md"}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("export", help=t("cli.help.export"), description=t("cli.help.export_long"))
    add_filter_options(parser)
    parser.add_argument("--format", choices=FORMATS, help=t("cli.help.export_format"))
    parser.add_argument("--rows", choices=ROWS, help=t("cli.help.export_rows"))
    parser.add_argument("--bom", action="store_true", help=t("cli.help.export_bom"))
    parser.add_argument("--decimal-comma", action="store_true", help=t("cli.help.export_decimal_comma"))
    parser.add_argument("-o", "--output", metavar="FILE", default="-", help=t("cli.help.output"))
    parser.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS, help=t("cli.help.export_lang"))
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if args.rows and fmt != "csv":
        raise UsageError(t("cli.rows_csv_only", format=fmt))
    if args.bom and fmt not in ("csv", "md"):
        raise UsageError(t("cli.bom_csv_md_only", format=fmt))
    if args.decimal_comma and fmt != "csv":
        raise UsageError(t("cli.decimal_comma_csv_only", format=fmt))
    if args.output != "-" and writes_over_store(args.output, location(args)):
        raise UsageError(t("cli.output_is_store", path=args.output, store=location(args)))
    query = filter_from_args(args)
    records = filtered_records(args, query)
    rows, today = args.rows or "surveys", current_day()
    items = items_asked(query, today)
    lang = run_lang()  # --lang, else the browser's language rule, as every line the user reads (not always vi)
    payload = export(records, fmt, rows=rows, bom=args.bom, lang=lang,
                     today=today, title=query.render(lang), items=items, decimal_comma=args.decimal_comma)
    if args.output == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
        if not records and fmt != "md":  # CSV's header alone, or nothing: say why, on stderr (as `list` does)
            print(t("cli.no_match"), file=sys.stderr)
    else:
        write_file(Path(args.output), payload)
        count = count_rows(records, fmt, rows, items, today)
        noun = rows if fmt == "csv" else "surveys"
        print(t(f"cli.wrote_{noun}", count=count, path=args.output),
              file=sys.stderr)
    return 0


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower() if args.output != "-" else ""
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]  # a --rows beside a .json name is refused by the caller: a contradiction
    if args.rows:
        return "csv"  # --rows is CSV's alone: asking which format would ask what was already said
    raise UsageError(t("cli.say_format"))
