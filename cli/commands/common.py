"""What every command shares: opening the store, building the filter, printing records.

Commands reach the store only through `store.backends.open_repository` and
the `Repository` protocol, so a `postgresql://` location works wherever a
file does. An explicit store (`--db` or `SURVEYS_DB`) that does not exist is
an error and nothing is made; only the default store is made on a first run,
holding the bundled sample, so `surveys` opens on something to look at.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from store.backends import open_repository
from store.paths import is_default, store_location
from store.query import Clause, Filter
from store.repository import MissingStore, Record, Repository
from store.sanitize import json_safe, visible

from ..i18n import explain, lang, t

FILTER_OPTIONS = ("ward", "province", "topic", "body", "leader", "kind", "since", "until", "search")


class UsageError(Exception):
    """Bad words on the command line: exit status 2."""


def location(args: argparse.Namespace) -> str:
    return store_location(getattr(args, "db", None))


def open_store(args: argparse.Namespace, *, lock_timeout: float = 5.0, must_exist: bool = True) -> Repository:
    """The repository the command works on; `MissingStore` when an explicit one does not exist."""
    where = location(args)
    if is_default(getattr(args, "db", None)):
        from store.store import SurveyStore  # noqa: PLC0415

        SurveyStore.open(where)  # a first run: the default store starts with the bundled sample
    repository = open_repository(where, must_exist=must_exist, lock_timeout=lock_timeout)
    _warn_held_back(repository)
    return repository


HELD_SHOWN = 5


def _warn_held_back(repository: Repository) -> None:
    """Stored records the program cannot use are left out of every command; say which, on stderr."""
    held_back = getattr(repository, "held_back", None)
    if held_back is None:
        return
    try:
        held = held_back()
    except MissingStore:
        return  # an import into a store that does not exist yet
    if not held:
        return
    from .describe import visible  # noqa: PLC0415

    print(f"surveys: {t('cli.held_back', count=len(held))}", file=sys.stderr)
    for record in held[:HELD_SHOWN]:
        print(f"  {visible(_held_line(record))[:300]}", file=sys.stderr)
    if len(held) > HELD_SHOWN:
        print(f"  {t('cli.and_more', count=len(held) - HELD_SHOWN)}", file=sys.stderr)


def _held_line(record: Any) -> str:
    """`HeldRecord.line` in this run's language: each validation problem explained (`cli.i18n.explain`)."""
    who = record.record_id or t("cli.held_record", doc=record.doc_id)
    said = [f"{p.path}: {explain(p.message)}" if p.path else explain(p.message) for p in record.problems[:5]]
    more = f" ({t('cli.held_more', count=len(record.problems) - 5)})" if len(record.problems) > 5 else ""
    return f"{who}: " + "; ".join(said) + more


def filtered_records(args: argparse.Namespace, query: Filter | None = None) -> list[Record]:
    """The records `surveys list` shows for these options, newest first (copies)."""
    query = filter_from_args(args) if query is None else query
    repository = open_store(args)
    try:
        records = repository.search(query, facets=False).records
    finally:
        repository.close()
    if not records:
        refuse_unknown_names(query)
    return records


def refuse_unknown_names(query: Filter) -> None:
    """A filter that found nothing because a place or topic it names is no unit's or topic's name is a usage error
    (exit 2), said as such: "no visit matches" had read the same as a real province without visits. Asked only
    when nothing was found, so a name only a stored record carries still finds it (`store.unknown_names`)."""
    from store.name_suggestions import did_you_mean  # noqa: PLC0415 - the gazetteer, only when nothing was found
    from store.unknown_names import unknown_names  # noqa: PLC0415

    said = []
    for field, value in unknown_names(query):
        unknown = t(f"cli.unknown_{field}", name=repr(visible(value)))
        nearest = did_you_mean(field, value, lang())  # "Ha Nol": Hà Nội? "chuyen doi xo": Chuyển đổi số?
        said.append(f"{unknown}. {nearest}" if nearest else unknown)
    if said:
        raise UsageError("; ".join(said))


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The filter options; `--query`'s help names every field in both languages (`nam:` is `year:`)."""
    group = parser.add_argument_group(t("cli.help.filters"))
    for name in FILTER_OPTIONS[:6]:
        group.add_argument(f"--{name}", action="append", default=[], metavar=name.upper(),
                           help=t(f"cli.help.filter_{name}"))
    group.add_argument("--since", action="append", default=[], metavar="DATE", help=t("cli.help.since"))
    group.add_argument("--until", action="append", default=[], metavar="DATE", help=t("cli.help.until"))
    group.add_argument("--search", action="append", default=[], metavar="TEXT", help=t("cli.help.search"))
    group.add_argument("--query", default="", metavar="FILTER", help=t("cli.help.query", fields=_fields_both()))


def _fields_both() -> str:
    """`ward (xa, phuong), province (tinh, tinhthanh), …`: every field under its English and Vietnamese names."""
    from store.filter_names import ENGLISH, VIETNAMESE  # noqa: PLC0415 - plain tables, only for --help

    return ", ".join(f"{field} ({', '.join(VIETNAMESE[field])})" for field in ENGLISH)


def filter_from_args(args: argparse.Namespace) -> Filter:
    from store.query import QueryError, parse_clauses  # noqa: PLC0415

    try:
        clauses = parse_clauses(args.query) if args.query else []
        for name in FILTER_OPTIONS:
            field = "text" if name == "search" else name
            for value in getattr(args, name):
                clauses.extend(parse_clauses(Clause(field, value).render()))
    except QueryError as error:
        raise UsageError(explain(str(error))) from None
    return Filter(tuple(clauses))


def write_json(records: Any) -> None:
    """JSON on stdout; C1, DEL and bidi characters stay escaped (`json_safe`), so no terminal obeys them."""
    sys.stdout.buffer.write(json_safe(orjson.dumps(records, option=orjson.OPT_INDENT_2)) + b"\n")


def write_jsonl(records: list[dict[str, Any]]) -> None:
    for record in records:
        sys.stdout.buffer.write(json_safe(orjson.dumps(record)) + b"\n")
