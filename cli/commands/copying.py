"""`surveys copy SOURCE DEST`: move a whole archive between backends (a TinyDB file ↔ PostgreSQL), verified.

DEST must be new or empty, so a copy never mixes two archives: a file that
does not exist yet is created (its folder must exist), a PostgreSQL
database gets the archive's tables. The records go in as one import (all or
nothing, validated on the way in), then DEST is read back and compared with
SOURCE: the same number of records and, id by id, the same content (a
digest of each record with sorted keys, so key order does not matter). Any
difference is reported and the exit status is 1.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from store.backends import init_repository, is_postgres_url, open_repository
from store.repository import Repository
from store.storage import StoreError

from ..i18n import t


def register(commands: argparse._SubParsersAction) -> None:
    copy = commands.add_parser("copy", help=t("cli.help.copy"), description=t("cli.help.copy_long"))
    copy.add_argument("source", metavar="SOURCE", help=t("cli.help.copy_source"))
    copy.add_argument("dest", metavar="DEST", help=t("cli.help.copy_dest"))
    copy.set_defaults(run=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    source = open_repository(args.source)
    created = None if is_postgres_url(args.dest) or Path(args.dest).expanduser().exists() \
        else Path(args.dest).expanduser()
    try:
        dest = _empty_destination(args.dest)
        try:
            return _copy(source, dest)
        except BaseException:
            if created is not None:  # the file this copy made holds nothing of value: leave no trace
                created.unlink(missing_ok=True)
            raise
        finally:
            dest.close()
    finally:
        source.close()


def _empty_destination(location: str) -> Repository:
    if is_postgres_url(location):
        dest, _ = init_repository(location)
    elif Path(location).expanduser().exists():
        dest = open_repository(location)
    else:
        dest, _ = init_repository(location)
    if held := dest.count():
        dest.close()
        raise StoreError(t("cli.copy_not_empty", dest=dest.location, count=held))
    return dest


def _copy(source: Repository, dest: Repository) -> int:
    records = list(source.records())
    wanted = digests(records)
    print(t("cli.copying", count=len(records), source=source.location, dest=dest.location), file=sys.stderr)
    dest.upsert_many(records, on_duplicate="fail")
    got = digests(dest.records())
    missing = sorted(wanted.keys() - got.keys())
    extra = sorted(got.keys() - wanted.keys())
    different = sorted(rid for rid in wanted.keys() & got.keys() if wanted[rid] != got[rid])
    if missing or extra or different:
        for label, ids in ((t("cli.copy_missing"), missing), (t("cli.copy_extra"), extra),
                           (t("cli.copy_different"), different)):
            if ids:
                print(f"  {label}: {len(ids)} ({', '.join(ids[:5])}{', …' if len(ids) > 5 else ''})", file=sys.stderr)
        print(f"surveys: {t('cli.copy_mismatch', dest=dest.location, source=source.location)}", file=sys.stderr)
        return 1
    print(t("cli.copied", count=len(got)), file=sys.stderr)
    return 0


def digests(records: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Record id → digest of its content with keys sorted (backends need not keep key order)."""
    return {
        record["id"]: hashlib.blake2b(orjson.dumps(record, option=orjson.OPT_SORT_KEYS), digest_size=16).hexdigest()
        for record in records
    }
