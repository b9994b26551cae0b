"""`surveys init`, `surveys recover`, `surveys compact`: making a store, restoring its backup, folding its journal
(on PostgreSQL: packing the rows written before sources1, `store.postgres.repack`).

A store is made only on purpose: `init PATH` makes an empty one, `--sample`
puts the bundled five visits in it. `recover` is for a store file that
cannot be read (or is missing while its backup is there) and refuses
anything else; see `store.recovery` for what it keeps. `recover --list`
lists the files earlier recovers displaced (`store.displaced`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from store.backends import is_postgres_url, open_repository
from store.errors import StoreError

from ..i18n import explain, t
from .common import UsageError, location, open_store

if TYPE_CHECKING:
    from store.store import SurveyStore
    from store.tinydb_repository import TinyDBRepository


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help=t("cli.help.init"), description=t("cli.help.init_long"))
    init.add_argument("path", nargs="?", metavar="PATH", help=t("cli.help.init_path"))
    init.add_argument("--sample", action="store_true", help=t("cli.help.init_sample"))
    init.set_defaults(run=run_init)
    recover = commands.add_parser("recover", help=t("cli.help.recover"), description=t("cli.help.recover_long"))
    recover.add_argument("--list", action="store_true", dest="list_kept", help=t("cli.help.recover_list"))
    recover.set_defaults(run=run_recover)
    compact = commands.add_parser("compact", help=t("cli.help.compact"), description=t("cli.help.compact_long"))
    compact.set_defaults(run=run_compact)


def run_init(args: argparse.Namespace) -> int:
    where = args.path or getattr(args, "db", None)
    if not where:
        raise UsageError(t("cli.init_where"))
    if is_postgres_url(where):
        return _init_database(where, args.sample)
    from store.store import SurveyStore  # noqa: PLC0415

    store = SurveyStore(where)
    try:
        count = store.create(sample=args.sample)
    except FileExistsError as error:
        raise StoreError(str(error)) from None
    print(t("cli.init_made_sample" if args.sample else "cli.init_made_empty", path=store.path, count=count),
          file=sys.stderr)
    return 0


def _init_database(url: str, sample: bool) -> int:
    repository = open_repository(url, must_exist=False)
    try:
        if repository.count():
            raise StoreError(t("cli.init_not_empty", path=repository.location))
        if sample:
            from store.resources import load_json  # noqa: PLC0415

            repository.upsert_many(load_json("surveys.json"))
        print(t("cli.init_made", path=repository.location, count=repository.count()), file=sys.stderr)
    finally:
        repository.close()
    return 0


def run_recover(args: argparse.Namespace) -> int:
    store = _file_store(args, "recover")
    if args.list_kept:
        return _list_kept(store.path)
    result = store.recover_from_backup()
    for line in result.lines():
        print(explain(line), file=sys.stderr)
    return 0


def _list_kept(path: Path) -> int:
    """The files earlier recovers displaced (`store.displaced`), one a line on stdout: run, size, path."""
    from store.displaced import KEEP_RUNS, displaced  # noqa: PLC0415

    files = displaced(path)
    for item in files:
        print(f"{item.run}  {item.size:>12,}  {item.path}")
    runs = len({item.run for item in files})
    print(t("cli.recover_kept_files", count=len(files), runs=runs, path=path, keep=KEEP_RUNS) if files
          else t("cli.recover_none_kept", path=path), file=sys.stderr)
    return 0


def run_compact(args: argparse.Namespace) -> int:
    if is_postgres_url(location(args)):
        return _repack_archive(location(args))
    repository = _file_repository(args, "compact", must_exist=True)
    try:  # through the repository: its index is re-stamped, not left to a whole build by every open browser
        repository.compact()
        store = repository.store
        print(t("cli.compacted", path=store.path, count=len(store)), file=sys.stderr)
    finally:
        repository.close()
    return 0


def _repack_archive(url: str) -> int:
    """An archive's upkeep: its rows in the shape written before sources1 packed (`store.postgres.repack`)."""
    repository = open_repository(url, must_exist=True)
    try:
        done = repository.compact()  # type: ignore[attr-defined]  # a PostgresRepository: the URL says so
        print(t("cli.repacked", path=repository.location, packed=done.packed, moved=done.moved), file=sys.stderr)
        if done.filled:  # rows an upgrade cut short had left for their readers to work out
            print(t("cli.filled", count=done.filled), file=sys.stderr)
    finally:
        repository.close()
    return 0


def _file_store(args: argparse.Namespace, what: str, must_exist: bool = False) -> SurveyStore:
    return _file_repository(args, what, must_exist).store


def _file_repository(args: argparse.Namespace, what: str, must_exist: bool = False) -> TinyDBRepository:
    if is_postgres_url(location(args)):
        raise StoreError(t("cli.file_store_only", command=what))
    if must_exist:
        open_store(args).close()  # the "no store at PATH" error, and the first run's sample
    repository = open_repository(location(args), must_exist=False)  # recover must not read the store first
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415 - loaded with the file store anyway

    assert isinstance(repository, TinyDBRepository)  # not a database URL (above)
    return repository
