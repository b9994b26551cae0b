"""What the worker threads report back to the app.

Workers never touch widgets: they post one of these and the app updates the
screen on its own thread. Each search carries a generation number so a slow,
stale search finishing late cannot overwrite a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from .model import Catalog, Found


@dataclass
class LoadProgress(Message):
    """Opening or indexing the store; `total` is 0 while the file is being read."""

    done: int
    total: int


@dataclass
class StoreLoaded(Message):
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
