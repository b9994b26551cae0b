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

from .common import add_filter_options, write_json
from .exporting import filtered_records


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check", help="check figures against each other (exit 1 if any is flagged)",
        description="Check each survey's figures: a part, its whole and the stated rate must agree within "
                    "the rate's rounding; a rate cannot pass 100%, a count cannot be negative or exceed its "
                    "whole, and resolved cannot exceed received for one locality and period. "
                    "Exit status: 0 clean, 1 something flagged, 2 usage error.",
    )
    add_filter_options(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS,
                        help="how numbers are written in messages (default: vi, 25.925 and 99,83%%)")
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    records = filtered_records(args)
    flags = check_records(records, lang=getattr(args, "lang", None) or "vi")
    if args.format == "json":
        write_json([{"survey_id": f.survey_id, "figure": f.figure, "label": f.label, "kind": f.kind,
                     "message": f.message, "related": list(f.related)} for f in flags])
    else:
        for flag in flags:
            sys.stdout.write(_safe(flag.line()) + "\n")
    figures = sum(len(record.get("figures", [])) for record in records)
    flagged = len({(f.survey_id, f.figure) for f in flags})
    print(f"checked {figures} figure(s) in {len(records)} survey(s): "
          + (f"{flagged} flagged" if flags else "all clean"), file=sys.stderr)
    return 1 if flags else 0


def _safe(text: str) -> str:
    """Labels come from records: show control characters, never send them to the terminal."""
    return visible(text)
