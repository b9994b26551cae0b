"""`surveys recompute [--apply] [--unrecorded] [--query FILTER …]`: figures' metrics worked out again with this
version's rules.

Without `--apply` nothing is written: each figure whose metric would change is listed on stdout ("id figure n:
label (unit): before → after"), then a summary on stderr. `--apply` writes them, one record at a time through the
repository (a file store or PostgreSQL alike). A figure a person gave or edited is never changed; one of no
recorded origin only with `--unrecorded`. The filter options of `surveys list` (`--query`, `--province`, `--since`…)
narrow it to the visits they match. What is worked out: `store.recompute`.
"""

from __future__ import annotations

import argparse
import sys

from store.former_notes import CountEach
from store.query import Clause, Filter
from store.recompute import MetricChange, apply, plan
from store.repository import Repository
from store.sanitize import visible
from store.taxonomy import taxonomy

from ..i18n import lang as run_lang
from ..i18n import t
from .common import add_filter_options, filter_from_args, open_store
from .listing import output_lang, say_former_wards


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("recompute", help=t("cli.help.recompute"), description=t("cli.help.recompute_long"))
    parser.add_argument("--apply", action="store_true", help=t("cli.help.recompute_apply"))
    parser.add_argument("--unrecorded", action="store_true", help=t("cli.help.recompute_unrecorded"))
    add_filter_options(parser)
    parser.set_defaults(run=run_recompute)


def run_recompute(args: argparse.Namespace) -> int:
    query = filter_from_args(args)  # a refused filter before the store is opened
    repository = open_store(args)
    try:
        found = plan(repository, unrecorded=args.unrecorded, query=query if query.clauses else None)
        say_former_wards(query, output_lang(args), repository_counter(repository))  # as `surveys list` says it
        changes = apply(repository, found.records, args.unrecorded) if args.apply and found.changes else found.changes
    finally:
        repository.close()
    for change in changes:
        sys.stdout.write(said(change) + "\n")
    records = len({change.record_id for change in changes})
    if not changes:
        print(t("cli.recompute_clean", figures=found.figures), file=sys.stderr)
    else:
        print(t("cli.recompute_done" if args.apply else "cli.recompute_would", changes=len(changes), records=records,
                figures=found.figures), file=sys.stderr)
    if found.by_person:
        print(t("cli.recompute_by_person", count=found.by_person), file=sys.stderr)
    if found.unrecorded:
        print(t("cli.recompute_unrecorded", count=found.unrecorded), file=sys.stderr)
    return 0


def said(change: MetricChange) -> str:
    """One change on a line: the figure (its label from the record: never sent to the terminal as it is) and its
    metric before and after, by id and name."""
    return t("cli.recompute_change", id=visible(change.record_id), figure=change.index + 1,
             label=visible(change.label), unit=visible(change.unit), before=_metric(change.before),
             after=_metric(change.after))


def _metric(metric: str | None) -> str:
    if metric is None:
        return t("cli.recompute_no_metric")
    known = taxonomy().metrics.get(metric)
    return f"{visible(metric)} ({known.label(run_lang())})" if known else visible(metric)


def repository_counter(repository: Repository) -> CountEach:
    """`store.former_notes.CountEach` through the repository's search (`recompute` keeps no records it found): each
    clause's total added to the filter, no record read."""
    def count_each(base: Filter, clauses: list[Clause]) -> list[int]:
        return [repository.search(base.with_clause(clause), limit=0, facets=False).total for clause in clauses]
    return count_each
