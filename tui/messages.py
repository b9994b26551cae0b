"""What the worker threads report back to the app.

Workers never touch widgets: they post one of these and the app updates the
screen on its own thread. Each search carries a generation number so a slow,
stale search finishing late cannot overwrite a newer one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:  # the model needs the index, which a fast first screen does not load yet
    from .model import Catalog, Found


@dataclass
class StoreLoaded(Message):
    """The store is open: its catalog can be searched. `stale`: from an index a newer one is being built to
    replace (the store changed since it was made)."""

    catalog: Catalog
    stale: bool = False


@dataclass
class IndexBuilding(Message):
    """There is no index of the store yet; one is being built (the list says so)."""


@dataclass
class SearchDone(Message):
    """The first page of a search (the facet counts follow in `FacetsCounted`)."""

    generation: int
    found: Found


@dataclass
class FacetsCounted(Message):
    generation: int
    found: Found
    facets: dict[str, list[tuple[str, int]]]


@dataclass
class PageFetched(Message):
    """A page of the search on screen, fetched as the list came to it."""

    catalog: Catalog
    found: Found
    page: int
    records: list[dict[str, Any]]


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
