"""Figures' metrics worked out again with this version's rules (`surveys recompute`), for records already stored.

A figure's `metric` is written when its record is made (the extractor reads it from the label, else from the words
around the number) and kept as it was: a rule fixed later (what a metric counts, `store.metric_nouns`; a late or
pending dossier is no settled one, `store.metric_states`) changed nothing stored, and the figures screen and the
checks went on reading the old metric until the article was extracted again. `plan` says what this version makes
of each figure, `apply` writes it, one record at a time through `Repository.update` (read, changed and written
under the store's lock or version: a record edited meanwhile is worked out again from what it holds then).

What is worked out, and what is never touched:

- The metric its label reads as (`store.metrics.metric_of`, the reading the review screen shows as "≈ …").
- A label that reads as none keeps its metric when the metric can be the figure's (a known metric, a rate's on a
  rate, counting what the figure counts): the extractor may have read it in the words around the number, which
  the store does not keep; but not when the label's settling verb is late, early, not yet or another level's
  (`settles_otherwise`), to which the extractor gives none. One that cannot be the figure's (a count's metric on
  a percentage, a dossier metric on complaints, an id the taxonomy does not know) is dropped.
- A figure a person gave or edited (provenance `by: person`) is never changed. A figure with no recorded origin
  (typed by hand, or stored before provenance was kept) only when asked (`unrecorded=True`).
- `query` (the filter language of `surveys list --query`) narrows both to the records it matches.

A figure written gets `recomputed` in its provenance entry (`data/schema.json`, `$defs/origin`): this version, and
the metric it had before it was first worked out again (`was`; null: none), so its origin still says the extractor
read the value, and that the metric is a later version's. A figure of no recorded origin (`--unrecorded`) gets an
entry by `unrecorded` that carries the same `recomputed`: what gave the value stays unknown, and the metric is said to
be a later version's (it had none, and the schema wants every entry's `by`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from . import __version__
from .folding import fold
from .metric_nouns import counted_noun, counts_fit
from .metric_states import settles_otherwise
from .metrics import metric_of
from .provenance import EXTRACTOR, PERSON, UNRECORDED, origins
from .query import Filter
from .repository import Record, Repository
from .taxonomy import taxonomy


@dataclass(frozen=True)
class MetricChange:
    """One figure whose metric this version works out otherwise: `before` → `after` (None: no metric)."""

    record_id: str
    index: int
    label: str
    unit: str
    before: str | None
    after: str | None


@dataclass
class Plan:
    """What `plan` found: the changes, and the figures it left as they are because of their origin."""

    changes: list[MetricChange]
    figures: int = 0
    """Every figure looked at."""
    by_person: int = 0
    """Figures a person gave or edited whose metric this version would work out otherwise: left as they are."""
    unrecorded: int = 0
    """Figures of no recorded origin whose metric would change, left as they are unless asked for."""

    @property
    def records(self) -> list[str]:
        return list(dict.fromkeys(change.record_id for change in self.changes))


def worked_out(figure: dict[str, Any]) -> str | None:
    """The metric this version gives `figure` (see the module docstring)."""
    read = metric_of({**figure, "metric": None})
    stored = figure.get("metric") or None
    if read is not None or stored is None or settles_otherwise(str(figure.get("label") or "")):
        return read  # a label settling late, early, not yet or at another level lends no metric from around it
    return stored if can_be(stored, figure) else None


def can_be(metric: str, figure: dict[str, Any]) -> bool:
    """Whether `metric` can be `figure`'s: one the taxonomy knows, a rate's on a percentage and a count's on a count,
    counting what the figure counts (its unit, or the noun its label names last)."""
    if metric not in taxonomy().metrics:
        return False
    unit = str(figure.get("unit") or "")
    if metric.startswith("ty-le-") != (unit == "%"):
        return False
    label = f" {fold(str(figure.get('label') or ''))} "
    return counts_fit(metric, counted_noun(label, unit, len(label), len(label)))


def changes_of(record: Record) -> Iterator[tuple[MetricChange, str]]:
    """Each figure of `record` whose metric this version works out otherwise, with its origin: "extractor",
    "person" or "" (none recorded); only those `recompute` may change are to be written (`changeable`)."""
    came = origins(record)
    for index, figure in enumerate(record.get("figures") or []):
        if not isinstance(figure, dict):
            continue
        after = worked_out(figure)
        before = figure.get("metric") or None
        if after != before:
            by = str(came.get(f"figures[{index}]", {}).get("by") or "")
            change = MetricChange(str(record.get("id", "")), index, str(figure.get("label") or ""),
                                  str(figure.get("unit") or ""), before, after)
            yield change, by


def changeable(by: str, unrecorded: bool) -> bool:
    """Whether a figure of origin `by` may be changed: the extractor's, and one of no recorded origin if asked."""
    return by == EXTRACTOR or (unrecorded and by not in (EXTRACTOR, PERSON))


def plan(repository: Repository, unrecorded: bool = False, query: Filter | None = None) -> Plan:
    """What `apply` would change in `repository`, in the records `query` matches (none: every one); nothing is
    written."""
    found = Plan([])
    chosen = repository.records() if query is None else repository.search(query, facets=False).records
    for record in chosen:
        found.figures += len(record.get("figures") or [])
        for change, by in changes_of(record):
            if changeable(by, unrecorded):
                found.changes.append(change)
            elif by == PERSON:
                found.by_person += 1
            else:
                found.unrecorded += 1
    found.changes.sort(key=lambda change: (change.record_id, change.index))  # one order whatever the backend's
    return found


def recomputed(record: Record, unrecorded: bool = False) -> Record:
    """`record` with the metrics `recompute` may change worked out again (the rest as it is)."""
    figures = list(record.get("figures") or [])
    entries = [dict(entry) if isinstance(entry, dict) else entry for entry in record.get("provenance") or []]
    for change, by in list(changes_of(record)):
        if not changeable(by, unrecorded):
            continue
        figure = dict(figures[change.index])
        if change.after is None:
            figure.pop("metric", None)
        else:
            figure["metric"] = change.after
        figures[change.index] = figure
        _note(entries, change, by)
    return {**record, "figures": figures, **({"provenance": entries} if entries else {})}


def _note(entries: list[Any], change: MetricChange, by: str) -> None:
    """`change` said in its figure's provenance entry (`recomputed`); the first `was` is kept (what was stored
    before any recompute). A figure without an entry (`by` "") gets one by `unrecorded`: its origin is not known,
    its metric is this version's."""
    path = f"figures[{change.index}]"
    for entry in entries:
        if isinstance(entry, dict) and entry.get("path") == path:
            was = entry.get("recomputed", {}).get("was", change.before)
            entry["recomputed"] = {"version": __version__, "was": was}
            return
    if not by:
        entries.append({"path": path, "by": UNRECORDED, "recomputed": {"version": __version__, "was": change.before}})


def apply(repository: Repository, record_ids: list[str], unrecorded: bool = False) -> list[MetricChange]:
    """Work the metrics of `record_ids` out again and write each record whose metrics change; returns what was
    written (a record changed meanwhile is worked out from what it holds then; one deleted meanwhile is left)."""
    from .repository import RecordNotFound  # noqa: PLC0415

    written: list[MetricChange] = []
    for record_id in record_ids:
        done: list[MetricChange] = []
        try:
            repository.update(record_id, partial(_recompute, done=done, unrecorded=unrecorded))
        except RecordNotFound:
            continue
        written += done
    return written


def _recompute(record: Record, done: list[MetricChange], unrecorded: bool) -> Record:
    """`Repository.update`'s change: the record worked out again, what changed put in `done`."""
    done[:] = [found for found, by in changes_of(record) if changeable(by, unrecorded)]
    return recomputed(record, unrecorded) if done else record
