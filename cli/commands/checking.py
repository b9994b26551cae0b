"""`surveys check`: figures that disagree with each other or cannot be true.

Exit status 0 when every figure of the filtered surveys checks clean, 1 when
something is flagged (so a script or CI job can stop on it), 2 on bad
options. Flags go to stdout, one per line; the summary goes to stderr.
"""

from __future__ import annotations

import argparse
import sys

from store.checks import check_records
from store.sanitize import visible

from ..i18n import lang as run_lang
from ..i18n import t
from .common import add_filter_options, write_json
from .exporting import filtered_records


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("check", help=t("cli.help.check"), description=t("cli.help.check_long"))
    add_filter_options(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.help.check_format"))
    parser.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS, help=t("cli.help.check_lang"))
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    records = filtered_records(args)
    flags = check_records(records, lang=run_lang())  # the run's language (--lang, the browser's, the locale)
    if args.format == "json":
        write_json([{"survey_id": f.survey_id, "figure": f.figure, "label": f.label, "kind": f.kind,
                     "message": f.message, "related": list(f.related)} for f in flags])
    else:
        for flag in flags:
            sys.stdout.write(_safe(flag.line()) + "\n")
    figures = sum(len(record.get("figures", [])) for record in records)
    flagged = len({(f.survey_id, f.figure) for f in flags})
    print(t("cli.checked_flagged" if flags else "cli.checked_clean", figures=figures, visits=len(records),
            flagged=flagged), file=sys.stderr)
    return 1 if flags else 0


def _safe(text: str) -> str:
    """Labels come from records: show control characters, never send them to the terminal."""
    return visible(text)
