"""`surveys import --from-articles`, second half: the reviewed drafts go through the normal import.

Drafts are imported from memory, each labelled by its article's path, so every
message and the report name the article files the user gave, never a
temporary file. A draft that reports a visit already stored (another outlet's
article about the same visit, or one under the draft's own id that it adds
figures, recommendations or directions to: `store.extract.merge_offers`, as
the browser's import dialog asks) is not added again: it is reported, and
with --merge (or its old name --merge-figures) what the stored record lacks is added to it, nothing
stored replaced.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

import orjson

from store import provenance, value_sources
from store.extract import Draft
from store.extract.duplicates import Duplicate
from store.extract.merge_offers import Offered, find_offer, merge_into
from store.importing import ImportFailed, prepare_documents, run_import
from store.repository import DuplicateFound, Repository, StoreError

from ..i18n import lang, t
from .common import open_store
from .held_drafts import Held, held_report
from .importing import LOCK_TIMEOUT, format_report, invalid_report


def import_drafts(args: argparse.Namespace, drafts: list[Draft], shown: Callable[[str | None], str]) -> int:
    store = open_store(args, lock_timeout=LOCK_TIMEOUT, must_exist=False)  # a new store starts empty
    fresh: list[Draft] = []
    held: list[Held] = []
    for draft in drafts:
        found = _offer(store, draft.record, args.on_duplicate)
        if found is None:
            fresh.append(draft)
            continue
        duplicate = found[0]
        name = shown(draft.source_name)
        why = shown(duplicate.message(lang()))
        print(f"{name}: {t('cli.skipped_because', why=why)}", file=sys.stderr)
        merged = bool(duplicate.adds) and bool(getattr(args, "merge", False))
        if merged:
            _merge(args, duplicate, name, _with_origins(draft))
        elif duplicate.adds:
            print(f"{name}: {t('cli.merge_adds_to', id=shown(duplicate.stored_id))}", file=sys.stderr)
        held.append(Held(name, duplicate.stored_id, why, _adds(duplicate), merged))
    documents = [(shown(draft.source_name), orjson.dumps(_with_origins(draft))) for draft in fresh]
    prepared = prepare_documents(documents)
    try:
        result = run_import(store, prepared, args.on_duplicate, args.dry_run, None)
    except ImportFailed:
        counts = {"read": prepared.read, "added": 0, "updated": 0, "skipped": 0, "invalid": prepared.invalid}
        if args.format == "json":
            _write_json({"store": store.location, "dry_run": args.dry_run, "written": False, "counts": counts,
                         "added": [], "updated": [], "skipped": [],
                         "problems": [p.as_dict() for p in prepared.problems]})
        else:
            sys.stdout.write(invalid_report(prepared.invalid, prepared.read) + "\n")
        raise
    except DuplicateFound as error:
        if args.format == "json":
            _write_json({"store": store.location, "dry_run": args.dry_run, "written": False,
                         "error": str(error), **error.report.as_dict()})
        raise
    if args.format == "json":
        _write_json({**result.as_dict(), "held": [h.as_dict() for h in held]})
    else:
        merged = any(h.merged for h in held)  # a merge wrote the store: the head must not say "nothing to change"
        sys.stdout.write(format_report(result, merged) + held_report(held, args.dry_run))
    if result.problems:
        raise ImportFailed(result.problems, result.prepared.invalid)
    return 0


def _offer(store: Repository, record: dict[str, Any], on_duplicate: str) -> Offered | None:
    """What the draft could add to a stored visit: `find_offer` reads its day's records and its own id's, not the
    whole store. A store not written yet (or unreadable: the import says so) has nothing to offer."""
    try:
        return find_offer(store, record, on_duplicate)
    except (StoreError, OSError, ValueError):
        return None


def _with_origins(draft: Draft) -> dict[str, Any]:
    """The draft's record with every value marked as the extractor's: nobody reviewed it."""
    article = value_sources.article_name(draft.source_name, draft.record)  # as given: the file, else the URL
    return {**draft.record, "provenance": provenance.extracted(draft.record, draft.rules, draft.certainty,
                                                               draft.source_of, article)}


def _merge(args: argparse.Namespace, duplicate: Duplicate, name: str, article: dict[str, Any]) -> None:
    """Add what the stored record lacks to it, in one atomic update (none with --dry-run)."""
    count = len(duplicate.missing_figures) + len(duplicate.missing_items)
    if args.dry_run:
        print(f"{name}: {t('cli.would_add_figures', count=count, id=duplicate.stored_id)}", file=sys.stderr)
        return
    repository = open_store(args)
    try:
        merge_into(repository, duplicate.stored_id, duplicate.missing_figures, duplicate.missing_items, article)
    finally:
        repository.close()
    print(f"{name}: {t('cli.added_figures', count=count, id=duplicate.stored_id)}", file=sys.stderr)


def _adds(duplicate: Duplicate) -> int:
    return len(duplicate.missing_figures) + len(duplicate.missing_items) if duplicate.adds else 0


def _write_json(report: dict[str, Any]) -> None:
    sys.stdout.buffer.write(orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.buffer.flush()
