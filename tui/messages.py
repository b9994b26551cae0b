"""What the worker threads report back to the browser screen.

Workers never touch widgets: they post one of these to the screen they run
on (`tui.screens.browser`), which updates the state and the widgets on its
own thread. Each search carries a generation number so a slow, stale search
finishing late cannot overwrite a newer one. A worker that raises posts
nothing: Textual's `Worker.StateChanged` reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual.message import Message

from .safe import visible

if TYPE_CHECKING:
    from store.name_suggestions import UnknownPlace
    from store.query import Filter

    from .i18n import Translator  # the model needs the index, which a fast first screen does not load yet
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


class Prepared(Message):
    """What the first filter would wait for has been read ahead (`SqlIndex.prepare`, `store.matching.prepare`)."""


@dataclass
class SearchDone(Message):
    """The first page of a search (the facet counts follow in `FacetsCounted`)."""

    generation: int
    found: Found


@dataclass
class PlacesUnknown(Message):
    """The place names of a search that found nothing which name no unit, with the names nearest each
    (`store.name_suggestions`, in a worker: the first look-up builds the gazetteer's tables of names)."""

    generation: int
    query: Filter
    places: tuple[UnknownPlace, ...]


@dataclass
class FacetsCounted(Message):
    """The facet counts of a search; `with_rows`: its first page was not shown yet, and comes with them (one
    message: the page and the counts handled in one turn, #17)."""

    generation: int
    found: Found
    facets: dict[str, list[tuple[str, int]]]
    with_rows: bool = False


@dataclass
class PlacesCounted(Message):
    """The sidebar's lines for the places of the shared ward names (`Catalog.ward_places`), counted after the
    launch's `counts` were shown (they wait for the gazetteer; the counts do not)."""

    generation: int
    found: Found
    counts: dict[str, list[tuple[str, int]]]
    places: list[tuple[str, int]]


@dataclass
class PageFetched(Message):
    """A page of the search on screen, fetched as the list came to it."""

    catalog: Catalog
    found: Found
    page: int
    records: list[dict[str, Any]]


class JobDone(Message):
    """A dialog's job (`tui.survey_actions`) is done: `note` says what it did; `wrote`: the store changed, so the
    browser reads it again."""

    wrote: ClassVar[bool] = True

    def note(self, t: Translator) -> str:
        raise NotImplementedError


@dataclass
class Exported(JobDone):
    """The export worker wrote `count` rows of kind `rows` (surveys, figures, recommendations) to `path`."""

    wrote: ClassVar[bool] = False
    path: str
    count: int
    rows: str

    def note(self, t: Translator) -> str:
        what = t(f"export.noun.{self.rows}", count=self.count)
        return t("note.exported", count=t.number(self.count), what=what, path=visible(self.path))


@dataclass
class FollowUpSaved(JobDone):
    """A recommendation or direction was saved to the store; the browser reloads to show it."""

    record_id: str
    field: str
    index: int
    restored: bool = False
    """The visit had been deleted meanwhile and was put back with the edit."""
    visit: dict[str, Any] | None = None
    """The record as the dialog opened it: the note names the visit by its day and provinces (`visit_named`)."""
    at: str | None = None
    """When the save was made (UTC, as its history entries and new responses say it)."""
    changes: tuple[dict[str, Any], ...] = ()
    """The history entries the save left (`store.item_history`): what `z` in the `u` list puts back."""
    save: str | None = None
    """The save's id, on each of its history entries: "changed since" knows the person's own by it."""

    def note(self, t: Translator) -> str:
        from .days import visit_named  # noqa: PLC0415 - the note's words, said once

        visit = visit_named(self.visit, t) if self.visit else visible(self.record_id)
        return t("note.saved_put_back" if self.restored else "note.saved", what=t(f"items.{self.field}"),
                 number=self.index + 1, visit=visit)


@dataclass
class SurveyDeleted(JobDone):
    """The delete worker is done: `deleted` is False when the survey was already gone."""

    record_id: str
    deleted: bool

    def note(self, t: Translator) -> str:
        return t("note.deleted" if self.deleted else "note.gone", id=self.record_id)
