"""`surveys init`, `surveys recover`, `surveys compact`: making a store, restoring its backup, folding its journal.

A store is made only on purpose: `init PATH` makes an empty one, `--sample`
puts the bundled five visits in it. `recover` is for a store file that
cannot be read (or is missing while its backup is there) and refuses
anything else; see `store.recovery` for what it keeps.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from store.backends import is_postgres_url, open_repository
from store.errors import StoreError

from .common import UsageError, location, open_store

if TYPE_CHECKING:
    from store.store import SurveyStore


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser(
        "init", help="make a new store, empty or with the bundled sample",
        description="Make a new, empty store at PATH (or --db). Nothing is made if one exists there, or existed "
                    "(its .bak is there), or if PATH's folder does not exist.",
    )
    init.add_argument("path", nargs="?", metavar="PATH", help="the store file to make (default: --db)")
    init.add_argument("--sample", action="store_true", help="put the five bundled sample visits in it")
    init.set_defaults(run=run_init)
    recover = commands.add_parser(
        "recover", help="restore the store from its backup when it cannot be read",
        description="Restore <store>.bak (with <store>.journal.bak) over a store that cannot be read or is "
                    "missing. Refuses a store that can be read. Every file it displaces is kept under a new "
                    "name (<name>.broken-<time>), never overwritten, and it says what is not in the result.",
    )
    recover.set_defaults(run=run_recover)
    compact = commands.add_parser(
        "compact", help="fold the store's journal into a new store file",
        description="Write the store and its journal of recent changes into a new store file (the old one "
                    "becomes <store>.bak, the journal <store>.journal.bak). It also happens by itself as the "
                    "journal grows; deleted records leave the store file here.",
    )
    compact.set_defaults(run=run_compact)


def run_init(args: argparse.Namespace) -> int:
    where = args.path or getattr(args, "db", None)
    if not where:
        raise UsageError("say where: surveys init PATH [--sample]")
    if is_postgres_url(where):
        return _init_database(where, args.sample)
    from store.store import SurveyStore  # noqa: PLC0415

    store = SurveyStore(where)
    try:
        count = store.create(sample=args.sample)
    except FileExistsError as error:
        raise StoreError(str(error)) from None
    what = f"{count} sample records" if args.sample else "no records"
    print(f"made the store {store.path} ({what})", file=sys.stderr)
    return 0


def _init_database(url: str, sample: bool) -> int:
    repository = open_repository(url, must_exist=False)
    try:
        if repository.count():
            raise StoreError(f"the store at {repository.location} already holds records; nothing was changed")
        if sample:
            from store.resources import load_json  # noqa: PLC0415

            repository.upsert_many(load_json("surveys.json"))
        print(f"made the store {repository.location} ({repository.count()} records)", file=sys.stderr)
    finally:
        repository.close()
    return 0


def run_recover(args: argparse.Namespace) -> int:
    store = _file_store(args, "recover")
    result = store.recover_from_backup()
    for line in result.lines():
        print(line, file=sys.stderr)
    return 0


def run_compact(args: argparse.Namespace) -> int:
    store = _file_store(args, "compact", must_exist=True)
    store.compact()
    print(f"compacted {store.path} ({len(store)} records)", file=sys.stderr)
    return 0


def _file_store(args: argparse.Namespace, what: str, must_exist: bool = False) -> SurveyStore:
    if is_postgres_url(location(args)):
        raise StoreError(f"{what} applies to a store file; a PostgreSQL store has the database's own backups")
    if must_exist:
        open_store(args).close()  # the "no store at PATH" error, and the first run's sample
    repository = open_repository(location(args), must_exist=False)  # recover must not read the store first
    return repository.store  # type: ignore[attr-defined]
