"""The import dialog's work, run in its worker thread: every failure becomes a message, never an exception.

A typed path is either news articles (extracted here, reviewed on screen
afterwards) or records, dry-run or imported through `store.importing`;
records reviewed from articles are imported from memory the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.importing import ImportFailed, ImportProblem, ImportResult, Prepared, prepare, prepare_documents, run_import
from store.storage import StoreError
from store.store import DuplicateFound, SurveyStore

from .import_articles import Extracted, extract_articles, find_articles

LOCK_TIMEOUT = 30.0


@dataclass
class Outcome:
    """What a worker found: a result, or why nothing could be done."""

    dry_run: bool
    result: ImportResult | None = None
    error: str | None = None
    problems: list[ImportProblem] | None = None


def _target(path: str, root: Path | None) -> Path:
    target = Path(os.path.expanduser(path))
    if root is not None and not target.is_absolute():
        target = root / target
    return target


def check_path(store_path: Path | str, path: str, on_duplicate: str, root: Path | None = None) -> Outcome | Extracted:
    """The first step for a typed path (in the worker): articles are extracted, records dry-run."""
    articles = find_articles(_target(path, root), path)
    if articles is not None:
        return extract_articles(articles)
    return run_outcome(store_path, path, on_duplicate, True, root)


def run_outcome(
    store_path: Path | str, path: str, on_duplicate: str, dry_run: bool, root: Path | None = None
) -> Outcome:
    """One pass of the import, with every failure turned into a message (runs in the worker thread)."""
    target = _target(path, root)
    return _outcome(store_path, lambda: prepare([target]), on_duplicate, dry_run)


def documents_outcome(
    store_path: Path | str, kept: list[tuple[str, bytes]], on_duplicate: str, dry_run: bool
) -> Outcome:
    """One pass of the import over reviewed records held in memory, labelled by their article."""
    return _outcome(store_path, lambda: prepare_documents(kept), on_duplicate, dry_run)


def _outcome(store_path: Path | str, read: Callable[[], AbstractContextManager[Prepared]], on_duplicate: str,
             dry_run: bool) -> Outcome:
    try:
        store = _target_store(store_path)
        with read() as prepared:
            result = run_import(store, prepared, on_duplicate, dry_run)  # type: ignore[arg-type]
            return Outcome(dry_run, result=result, problems=result.problems)
    except ImportFailed as error:
        return Outcome(dry_run, error=str(error), problems=error.import_problems)
    except DuplicateFound as error:
        return Outcome(dry_run, error=str(error))
    except (StoreError, OSError) as error:
        return Outcome(dry_run, error=str(error))


def _target_store(location: Path | str) -> Any:
    """The file store itself (its streamed import), or the repository a postgresql:// URL opens."""
    from store.backends import is_postgres_url, open_repository  # noqa: PLC0415

    if is_postgres_url(str(location)):
        return open_repository(str(location))
    return SurveyStore(Path(location), lock_timeout=LOCK_TIMEOUT)
