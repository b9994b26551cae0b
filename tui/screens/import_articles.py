"""News articles in the import dialog: find them, extract a draft from each, review the drafts one by one.

The dialog hands a path here first. A file with an article's suffix (.txt,
.md, .html …) or a directory of such files and no records is read as
articles: `extract_articles` (run in the dialog's worker thread) makes one
draft each with `store.extract`, and `DraftReview` opens a `ReviewScreen`
for each draft in turn, where the reader corrects, drops or adds items, or
cancels that draft. The records kept go back to the dialog as in-memory
JSON documents labelled with their article's name, and from there through
`store.importing` exactly as records from a file: the same validation,
duplicate rules, dry-run report and confirmation.

A drafts file, as `surveys extract --with-provenance -o drafts.json` writes
it (JSON or JSON Lines: each draft its record with the sentences, rules and
certainty behind its values), is reopened the same way (`find_drafts`):
each draft in the review screen in turn, labelled "drafts.json: article.txt".

A directory holding .json or .jsonl files is imported as records, as before,
even when articles (a README.md, say) lie beside them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from textual.app import App

from store import value_sources
from store.article_suffixes import ARTICLE_SUFFIXES
from store.errors import StoreError
from store.importing import ImportProblem, find_sources
from store.importing.problems import os_reason

from .merge_offer import MergeScreen, Offer

if TYPE_CHECKING:
    from store.extract import Draft
    from store.repository import Repository

Reviewed = list[tuple[str, dict[str, Any]]]
"""(article label, record as saved in the review screen), in article order."""


@dataclass
class Extracted:
    """What the extraction worker made of the articles: one draft each, or why an article could not be read."""

    drafts: list[tuple[str, Draft]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    stored: set[str] = field(default_factory=set)
    """The ids of drafts a record of the store has already (`mark_stored`): their review says so at its top."""


@dataclass(frozen=True)
class AlreadyStored:
    """A draft whose id the store holds, as its review screen says it: what saving will do with it."""

    id: str
    replace: bool
    """The dialog's "replace" box is ticked: saving replaces the stored record (else it is skipped or merged)."""


def mark_stored(store_path: Path | str, extracted: Extracted, repository: Repository | None = None) -> Extracted:
    """`extracted` with the ids of its drafts already in the store (in the worker): an article imported before was
    reviewed in full and only then skipped as "trùng mã"; its review now says so before the reader starts.

    `repository` is the browser's own, open already: its `stored_ids` reads the persistent index's id column.
    Without it (or when it fails: an interrupted read) the store is opened here, which at 100,000 surveys costs
    its open time again."""
    ids = {str(draft.record.get("id") or "") for _, draft in extracted.drafts} - {""}
    if not ids:
        return extracted
    if repository is not None:
        try:
            extracted.stored = repository.stored_ids(ids)
            return extracted
        except (StoreError, OSError, sqlite3.Error):
            pass  # asked again of a handle of its own, below
    from store.backends import open_repository  # noqa: PLC0415 - in the worker, as the extractor

    try:
        opened = open_repository(str(store_path))
    except (StoreError, OSError):
        return extracted  # no store yet: nothing in it; the import says what is wrong with it
    try:
        extracted.stored = opened.stored_ids(ids)
    except (StoreError, OSError, sqlite3.Error):
        pass  # only a note is lost: the import after review reports the store's trouble
    finally:
        opened.close()
    return extracted


def find_articles(target: Path, label: str) -> list[tuple[str, Path]] | None:
    """The articles `target` names, each with the label it is shown under; None when it names no articles.

    None sends the path on to the records import, which also reports a path
    that does not exist.
    """
    if target.is_dir():
        records, _ = find_sources([target])
        if records:
            return None
        from store.extract import article_files  # noqa: PLC0415 - the extractor loads in the worker, not with the dialog

        found = article_files(target)
        return [(os.path.join(label, os.path.relpath(path, target)), path) for path in found] or None
    if target.is_file() and target.suffix.lower() in ARTICLE_SUFFIXES:
        return [(label, target)]
    return None


def find_drafts(target: Path, label: str) -> Extracted | None:
    """The drafts in a file `surveys extract --with-provenance` wrote, each labelled by the file and its article;
    None when `target` is no such file (records go on to the records import, which reads them as it always did).
    """
    from store.extract.drafts_file import is_drafts_file, read_drafts  # noqa: PLC0415 - in the worker (see above)

    if not is_drafts_file(target):
        return None
    extracted = Extracted()
    try:
        read = read_drafts(target)
    except OSError as error:
        extracted.problems.append(ImportProblem(label, f"cannot be read ({os_reason(error)})"))
        return extracted
    for number, why in read.problems:
        extracted.problems.append(ImportProblem(label if number is None else f"{label} [{number}]", why))
    for number, draft in read.drafts:
        extracted.drafts.append((f"{label}: {draft.source_name}" if draft.source_name else f"{label} [{number}]",
                                 draft))
    return extracted


def extract_file(path: Path, published: Any = None) -> Draft:
    """`store.extract.extract_file`, the extractor loaded on the first call (in the worker, not with the dialog)."""
    from store.extract import extract_file as extract  # noqa: PLC0415

    return extract(path, published)


def extract_articles(articles: list[tuple[str, Path]]) -> Extracted:
    """A draft from each article (runs in the worker thread); an article that fails is a problem, not a crash."""
    from store.extract import EMPTY_ARTICLE, EmptyArticle  # noqa: PLC0415 - in the worker (see `extract_file`)

    extracted = Extracted()
    for label, path in articles:
        try:
            extracted.drafts.append((label, extract_file(path)))
        except EmptyArticle:  # said as such, not as a draft of guesses to review nor as an extractor's failure
            extracted.problems.append(ImportProblem(label, EMPTY_ARTICLE))
        except OSError as error:
            extracted.problems.append(ImportProblem(label, f"cannot be read ({os_reason(error)})"))
        except Exception as error:  # one bad article must not take the dialog down
            extracted.problems.append(ImportProblem(label, f"could not be extracted ({type(error).__name__}: {error})"))
    return extracted


def documents(reviewed: Reviewed) -> list[tuple[str, bytes]]:
    """The reviewed records as JSON documents for `store.importing.prepare_documents`, labelled by article."""
    return [(label, orjson.dumps(record)) for label, record in reviewed]


class DraftReview:
    """Opens a `ReviewScreen` for each draft in turn; then calls `done(kept, cancelled)`.

    `kept` holds the records saved, with their article's label; `cancelled`
    the labels of the drafts the reader dismissed.
    """

    def __init__(self, app: App, drafts: list[tuple[str, Draft]], lang: str,
                 done: Callable[[Reviewed, list[str]], None], stored: Callable[[str], AlreadyStored | None]
                 = lambda _: None) -> None:
        """`stored` says, for a draft's id, whether the store has it and what saving will then do."""
        self.app = app
        self.drafts = drafts
        self.stored = stored
        self.lang = lang
        self.done = done
        self.position = 0
        self.kept: Reviewed = []
        self.cancelled: list[str] = []

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        if self.position >= len(self.drafts):
            self.done(self.kept, self.cancelled)
            return
        label, draft = self.drafts[self.position]
        total = len(self.drafts)
        shown = replace(draft, source_name=f"{label} ({self.position + 1}/{total})" if total > 1 else label)
        from .review import ReviewScreen  # noqa: PLC0415 - with the first draft to review

        already = self.stored(str(draft.record.get("id") or ""))
        article = value_sources.article_name(draft.source_name, draft.record)  # the file as given, not the label
        self.app.push_screen(ReviewScreen(shown, self.lang, already, article), self._reviewed)

    def _reviewed(self, record: dict[str, Any] | None) -> None:
        label = self.drafts[self.position][0]
        if record is None:
            self.cancelled.append(label)
        else:
            self.kept.append((label, record))
        self.position += 1
        self._next()


class MergeReview:
    """Opens a `MergeScreen` for each reviewed article that reports a stored visit; then `done(choices)`.

    `choices` pairs each offer with what the reader chose: "merge", "skip" or "import".
    """

    def __init__(self, app: App, offers: list[Offer], lang: str,
                 done: Callable[[list[tuple[Offer, str]]], None]) -> None:
        self.app, self.offers, self.lang, self.done = app, offers, lang, done
        self.choices: list[tuple[Offer, str]] = []

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        if len(self.choices) >= len(self.offers):
            self.done(self.choices)
            return
        self.app.push_screen(MergeScreen(self.offers[len(self.choices)], self.lang), self._chosen)

    def _chosen(self, choice: str | None) -> None:
        self.choices.append((self.offers[len(self.choices)], choice or "skip"))
        self._next()
