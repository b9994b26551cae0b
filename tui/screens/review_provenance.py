"""What the review screen writes into the record on save: which values came from the article and which from you.

Every value of the saved record gets an entry in its `provenance`
(`store.provenance`): one the reviewer changed or added is by "person"; one
kept as the extractor read it is by "extractor", with the rule that read it
and how sure it was (the coded reason, as `store.reasons` writes it).
A draft reopened with a provenance of its own keeps it for values not touched
again; a stored survey corrected in the browser (`known_only`) gives no origin
to a value that had none (unknown stays unknown). Rows are followed from the draft's index to the saved one: dropping
figures[1] makes figures[2] the saved figures[1].
"""

from __future__ import annotations

from typing import Any

from store import provenance, value_sources
from store.extract import Draft

FIELD_GROUPS = {"review-date": "date", "review-kind": "kind", "review-body": "body", "review-leader": "leader",
                "review-topics": "topics", "review-summary": "summary", "review-notes": "notes",
                **{f"review-source-{key}": f"source.{key}" for key in provenance.SOURCE_KEYS}}
"""The screen's value groups (as `review_marks` names them) that are one field of the record."""


def record_provenance(draft: Draft, record: dict[str, Any], rows: dict[str, list[dict[str, Any]]],
                      rows_of: dict[str, list[str]], edited: set[str], known_only: bool = False,
                      article: str | None = None) -> list[dict[str, Any]]:
    """The entries for `record` as saved: `rows` are the screen's rows (with the draft path each came from, or
    None when added), `rows_of` the row of each saved item, `edited` the value groups the reviewer changed.
    `known_only`: a value kept as it was and without an entry before gets none (a stored survey typed by hand).
    A value read from the article keeps its sentence and `article` (`store.value_sources`), an edited one too."""
    before = provenance.origins(draft.record)
    entries: list[dict[str, Any] | None] = []
    for group, path in FIELD_GROUPS.items():
        if provenance.has_value(record, path):
            entries.append(_entry(draft, before, was=path, path=path, edited=group in edited,
                                  known_only=known_only, saved=record, article=article))
    for name in provenance.LISTS:
        came_from = {row["id"]: row.get("path") for row in rows.get(name, [])}
        for index, row_id in enumerate(rows_of.get(name, [])):
            was = came_from.get(row_id)
            path = f"{name}[{index}]"
            entries.append(provenance.origin(path, provenance.PERSON) if was is None else
                           _entry(draft, before, was=was, path=path, edited=row_id in edited,
                                  known_only=known_only, saved=record, article=article))
    return [entry for entry in entries if entry is not None]


def _entry(draft: Draft, before: dict[str, dict[str, Any]], *, was: str, path: str, edited: bool,
           known_only: bool, saved: dict[str, Any], article: str | None) -> dict[str, Any] | None:
    if edited:  # the person's value, with the sentence the extractor's was read from (marked edited when shown)
        read = before.get(was) or value_sources.with_source({"path": was}, draft.source_of(was), article,
                                                            draft.record)
        return value_sources.keep_source(provenance.origin(path, provenance.PERSON), read)
    if was in before:  # a reopened draft: its value's origin as saved last time
        return {**before[was], "path": path}
    if known_only:
        return None
    entry = provenance.read_by_extractor(was, draft.rules, draft.certainty, path)
    return value_sources.with_source(entry, draft.source_of(was), article, saved)
