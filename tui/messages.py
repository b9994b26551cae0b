"""What the worker threads report back to the app.

Workers never touch widgets: they post one of these and the app updates the
screen on its own thread. Each search carries a generation number so a slow,
stale search finishing late cannot overwrite a newer one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from textual.message import Message

from .model import Catalog, Found


@dataclass
class RecordsListed(Message):
    """The first phase of opening: the records newest first (`newest_first`), at the positions the index
    being built will give them, so the list can show them before the index is ready."""

    records: list[dict[str, Any]]
    shown: threading.Event
    """Set by the app once the list is drawn: the worker builds the index only then, so the build does not
    compete with the first screen for the interpreter."""


@dataclass
class StoreLoaded(Message):
    """The second phase: the index over those records is ready (facets, pickers and filters)."""

    catalog: Catalog


@dataclass
class SearchDone(Message):
    generation: int
    found: Found


@dataclass
class WorkFailed(Message):
    """A worker raised: `stage` is "load" or "search"; the app shows `error` and stays up."""

    stage: str
    error: BaseException


@dataclass
class Exported(Message):
    """The export worker wrote `count` rows of kind `rows` (surveys, figures, recommendations) to `path`."""

    path: str
    count: int
    rows: str


@dataclass
class FollowUpSaved(Message):
    """A recommendation or direction was saved to the store; the browser reloads to show it."""

    record_id: str
    field: str
    index: int


@dataclass
class SurveyDeleted(Message):
    """The delete worker is done: `deleted` is False when the survey was already gone."""

    record_id: str
    deleted: bool
