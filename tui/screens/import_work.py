"""The import dialog's work, run in its worker thread: every failure becomes a message, never an exception.

A typed path is either news articles (extracted here, reviewed on screen
afterwards), a file of drafts `surveys extract --with-provenance` saved
(read here, reviewed the same way), or records, dry-run or imported through `store.importing`;
records reviewed from articles are imported from memory the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.importing import ImportFailed, ImportProblem, ImportResult, Prepared, prepare, prepare_documents, run_import
from store.storage import StoreError
from store.store import DuplicateFound, SurveyStore

from ..settings import load_user_name
from .import_articles import Extracted, extract_articles, find_articles, find_drafts, mark_stored
from .merge_offer import Offer

if TYPE_CHECKING:
    from store.repository import Repository

LOCK_TIMEOUT = 30.0


@dataclass
class Outcome:
    """What a worker found: a result, or why nothing could be done."""

    dry_run: bool
    result: ImportResult | None = None
    error: str | None = None
    problems: list[ImportProblem] | None = None
    merged: list[str] = field(default_factory=list)
    """Stored records whose missing figures were merged in (confirmed imports from articles)."""
    merged_visits: list[dict[str, Any]] = field(default_factory=list)
    """Those records as they were offered: the note names each by its day and place, not its id."""
    merge_errors: list[str] = field(default_factory=list)
    """Merges that failed after the records were imported: said on screen, not hidden by a dismissal."""
    beside: list[str] = field(default_factory=list)
    """Articles in a folder imported as records (it holds records files), which were not read: said, not skipped
    in silence (an article written beside a JSON file had simply not been in the report)."""


def _target(path: str, root: Path | None) -> Path:
    target = Path(os.path.expanduser(path))
    if root is not None and not target.is_absolute():
        target = root / target
    return target


def missing(path: str, root: Path | None = None) -> bool:
    """The typed path is not there (said at once, naming it, rather than as an import of one invalid input); a
    folder that cannot be searched is not "missing": the import says why it cannot read it."""
    try:
        return not _target(path, root).exists()
    except OSError:
        return False


def check_path(store_path: Path | str, path: str, on_duplicate: str, root: Path | None = None,
               repository: Repository | None = None) -> Outcome | Extracted:
    """The first step for a typed path (in the worker): articles are extracted, a drafts file read, records
    dry-run. `repository`: the browser's, open already, which tells the drafts already stored (`mark_stored`)."""
    drafts = find_drafts(_target(path, root), path)
    if drafts is not None:
        return mark_stored(store_path, drafts, repository)
    target = _target(path, root)
    articles = find_articles(target, path)
    if articles is not None:
        return mark_stored(store_path, extract_articles(articles), repository)
    outcome = run_outcome(store_path, path, on_duplicate, True, root)
    if target.is_dir():
        from store.extract import article_files  # noqa: PLC0415 - in the worker, as `find_articles` loads it

        outcome.beside = [os.path.relpath(found, target) for found in article_files(target)]
    return outcome


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
            # the name in the user's settings (as the follow-up dialog's): an update writes it in the items' history
            result = run_import(store, prepared, on_duplicate, dry_run, named=load_user_name())  # type: ignore[arg-type]
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


# -- articles about a visit already stored: find them after review, merge their figures on confirmation --


@dataclass
class Offers:
    """The reviewed records, and those among them that probably report a stored visit again."""

    kept: list[tuple[str, dict[str, Any]]]
    offers: list[Offer]


def find_offers(store_path: Path | str, kept: list[tuple[str, dict[str, Any]]], on_duplicate: str = "skip"
                ) -> Offers:
    """For each reviewed record, the stored record it could add to (`store.extract.merge_offers`: the one under its
    own id, else one of the same day it probably reports again), in the worker; failing that, the record of an
    article reviewed before it in this import (`_earlier_offer`)."""
    from store.backends import open_repository  # noqa: PLC0415
    from store.extract.merge_offers import find_offer  # noqa: PLC0415

    offers: list[Offer] = []
    try:
        repository = open_repository(str(store_path), lock_timeout=LOCK_TIMEOUT)
    except (StoreError, OSError):
        repository = None  # no store yet: nothing stored can be a duplicate; the import says what is wrong
    alone: list[tuple[str, dict[str, Any]]] = []
    try:
        for label, record in kept:
            found = find_offer(repository, record, on_duplicate) if repository is not None else None
            if found is not None:
                duplicate, stored = found
                offers.append(Offer(label, record, stored, duplicate.missing_figures, duplicate.missing_items,
                                    duplicate.same_id))
            elif (earlier := _earlier_offer(label, record, alone)) is not None:
                offers.append(earlier)
            else:
                alone.append((label, record))
    finally:
        if repository is not None:
            repository.close()
    return Offers(kept, offers)


def _earlier_offer(label: str, record: dict[str, Any], alone: list[tuple[str, dict[str, Any]]]) -> Offer | None:
    """The offer of merging `record` into the record of an article reviewed before it in this import, which reports
    the same visit and will be imported as a visit of its own (`alone`). Two reports of one visit in one folder had
    both been imported as records: under one id the dry run refused the whole import ("duplicate id"), the
    reviewed work lost (tryout s40-tryout12). The merge is made after the import wrote the earlier record."""
    from store.extract.merge_offers import offer_among  # noqa: PLC0415

    found = offer_among(record, [other for _, other in alone])
    if found is None:
        return None
    duplicate, stored = found
    earlier = next(name for name, other in alone if other is stored)
    return Offer(label, record, stored, duplicate.missing_figures, duplicate.missing_items, duplicate.same_id,
                 earlier=earlier)


def merge_figures(store_path: Path | str, merges: list[Offer]) -> list[str]:
    """Add each offer's figures and items to its stored record, one atomic `update()` each; what could not be
    merged."""
    from store.backends import open_repository  # noqa: PLC0415
    from store.extract.merge_offers import merge_into  # noqa: PLC0415

    failed: list[str] = []
    repository = open_repository(str(store_path), lock_timeout=LOCK_TIMEOUT)
    try:
        for offer in merges:
            try:
                merge_into(repository, str(offer.stored["id"]), offer.figures, offer.items, offer.record)
            except (StoreError, ValueError) as error:
                failed.append(f"{offer.stored['id']}: {error}")
    finally:
        repository.close()
    return failed


def confirm_outcome(store_path: Path | str, kept: list[tuple[str, bytes]], on_duplicate: str,
                    merges: list[Offer]) -> Outcome:
    """The confirmed import of the reviewed records, then the figures merged into stored records."""
    outcome = documents_outcome(store_path, kept, on_duplicate, False) if kept else Outcome(False)
    if outcome.error or outcome.problems:
        return outcome  # nothing was written: merge nothing either
    try:
        failed = merge_figures(store_path, merges) if merges else []
    except (StoreError, OSError) as error:
        failed = [str(error)]
    outcome.merged = [str(offer.stored["id"]) for offer in merges]
    outcome.merged_visits = [offer.stored for offer in merges]
    outcome.merge_errors = failed
    return outcome
