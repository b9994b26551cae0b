"""Where a record's values came from: read from an article by the extractor, or edited or added by a person.

A record drafted from an article carries `provenance`, one entry per value by
its field path (`data/schema.json`, `$defs/origin`):

    {"path": "figures[2]", "by": "extractor", "rule": "…", "certainty": {"code": "figure.bound", …}}
    {"path": "leader", "by": "person"}

The review screen writes it on save; `update()` keeps it as it keeps every
field, and a figure merged in from another article gets its own entry. The
schema checks each entry's shape; `check` here that each path names a value
the record has, once. A value without an entry has no recorded origin (a
record typed by hand, or one made before provenance was kept). `said` puts
it in words for the details pane and `surveys show`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import catalog, value_sources
from .numbers import format_number
from .reasons import from_json, say
from .validation import Problem

EXTRACTOR, PERSON, UNRECORDED = "extractor", "person", "unrecorded"
"""`UNRECORDED`: no origin was kept (typed by hand, or stored before provenance was); an entry only so that a
later change can be noted (`recompute`'s `recomputed`)."""
FIELDS = ("date", "kind", "body", "leader", "topics", "summary", "notes")
LISTS = ("localities", "figures", "recommendations", "directions", "difficulties", "people")
SOURCE_KEYS = ("outlet", "author", "url", "published", "title")
_PATH = re.compile(r"^(?:(?P<field>[a-z_]+)|source\.(?P<source>[a-z_]+)|(?P<list>[a-z_]+)\[(?P<index>\d+)\])$")


def origin(path: str, by: str, rule: str | None = None, certainty: Any = None) -> dict[str, Any]:
    """One entry: `path` came from `by` ("extractor" with its `rule` and `certainty`, or "person")."""
    entry: dict[str, Any] = {"path": path, "by": by}
    if by == EXTRACTOR and rule:
        entry["rule"] = rule
    if by == EXTRACTOR and certainty:
        entry["certainty"] = certainty
    return entry


def read_by_extractor(path: str, rules: dict[str, str], certainty: dict[str, Any], saved_at: str | None = None
                      ) -> dict[str, Any]:
    """The entry of a value the extractor read at `path` (its draft's path), kept as read, saved at `saved_at`.

    `rules` and `certainty` are the draft's; a coded reason (`store.reasons.Reason`) is written as its
    code and parameters, an older draft's words as they are.
    """
    said = certainty.get(path)
    as_json = getattr(said, "as_json", None)
    return origin(saved_at or path, EXTRACTOR, rules.get(path), as_json() if callable(as_json) else said)


def value_paths(record: dict[str, Any]) -> list[str]:
    """Every path of `record` that holds a value, in the schema's order of fields."""
    paths = [path for path in (*FIELDS, *(f"source.{key}" for key in SOURCE_KEYS)) if has_value(record, path)]
    for name in LISTS:
        paths += [f"{name}[{index}]" for index in range(len(record.get(name) or []))]
    return paths


def extracted(record: dict[str, Any], rules: dict[str, str], certainty: dict[str, Any],
              sentence: Callable[[str], str | None] = lambda _: None, article: str | None = None
              ) -> list[dict[str, Any]]:
    """The provenance of a draft saved as the extractor made it (`import --from-articles` without review), each
    value with the `sentence` it was read from and the `article`'s name (`value_sources`)."""
    return value_sources.sentences(sentence, record, article,
                                   [read_by_extractor(path, rules, certainty) for path in value_paths(record)])


def origins(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The record's entries by path (an entry given twice: the last)."""
    return {entry["path"]: entry for entry in record.get("provenance") or [] if isinstance(entry, dict)}


def has_value(record: dict[str, Any], path: str) -> bool:
    """Whether `record` holds a value at `path` ("figures[2]", "source.url", "leader")."""
    found = _PATH.match(path)
    if found is None:
        return False
    if found["field"]:
        return found["field"] in FIELDS and record.get(found["field"]) not in (None, "", [], {})
    if found["source"]:
        return bool((record.get("source") or {}).get(found["source"]))
    items = record.get(found["list"])
    return isinstance(items, list) and int(found["index"]) < len(items)


def check(record: dict[str, Any]) -> list[Problem]:
    """Each entry names a value the record has, and no value has two entries."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, entry in enumerate(record.get("provenance") or []):
        path = entry["path"]
        where = f"provenance[{index}].path"
        if path in seen:
            problems.append(Problem(where, f"{path} has an origin already"))
        elif not has_value(record, path):
            problems.append(Problem(where, f"{path} is not a value of this record"))
        if entry.get("article") and not entry.get("sentence"):  # the article names where a sentence is from
            problems.append(Problem(f"provenance[{index}].article", "an article without the sentence read from it"))
        if entry.get("sentence") and entry.get("by") == UNRECORDED:
            problems.append(Problem(f"provenance[{index}].sentence", "a sentence on a value of no recorded origin"))
        for key in ("sentence", "article"):  # a stored index is read as its text; one left names nothing
            if type(entry.get(key)) is int:
                problems.append(Problem(f"provenance[{index}].{key}", f"{entry[key]} names no {key} of the record"))
        seen.add(path)
    return problems


def with_merged_figures(stored: dict[str, Any], merged: dict[str, Any], figures: list[dict[str, Any]],
                        article: dict[str, Any]) -> dict[str, Any]:
    """`merged` (`stored` with `figures` appended) given the figures' origins as `article` (their draft) had them."""
    return with_merged_values(stored, merged, [("figures", figure) for figure in figures], article)


def with_merged_values(stored: dict[str, Any], merged: dict[str, Any], added: list[tuple[str, dict[str, Any]]],
                       article: dict[str, Any]) -> dict[str, Any]:
    """`merged` (`stored` with the values `added` appended to their lists, in that order: figures, items) given
    their origins as `article` (their draft) had them.

    The stored values keep theirs (none, for a record typed by hand: unknown stays unknown).
    """
    if not added:
        return merged
    theirs = origins(article)
    entries = list(stored.get("provenance") or [])
    next_index = {name: len(stored.get(name) or []) for name, _ in added}
    for name, value in added:
        at = next((i for i, mine in enumerate(article.get(name) or []) if mine is value or mine == value), None)
        came = theirs.get(f"{name}[{at}]") if at is not None else None
        entry = dict(came) if came else origin("", EXTRACTOR)
        entry["path"] = f"{name}[{next_index[name]}]"
        next_index[name] += 1
        entries.append(entry)
    merged["provenance"] = entries
    return merged


def edited_paths(record: dict[str, Any]) -> list[str]:
    """The paths a person edited or added, in the record's order."""
    return [entry["path"] for entry in record.get("provenance") or [] if entry.get("by") == PERSON]


REASONS_SHOWN = 6
"""Reasons named one by one; a draft of a long article may have a dozen bounds."""
_SURE = re.compile(r"^date_certainty\.stated")
"""Reasons that say the value is certain: not worth a line."""
_LIST = re.compile(r"^([a-z_]+)\[(\d+)\]$")


def said(record: dict[str, Any], lang: str) -> list[str]:
    """Where the values came from in `lang`, a few lines (under `origin.title`); none without provenance.

    How many values each gave, which a person gave, and why the extractor was unsure of the others (its coded
    reasons said from the catalog; an older record's words as they are).
    """
    entries = [entry for entry in record.get("provenance") or [] if isinstance(entry, dict)]
    if not entries:
        return []
    by_person = [entry["path"] for entry in entries if entry.get("by") == PERSON]
    by_extractor = sum(entry.get("by") == EXTRACTOR for entry in entries)
    unrecorded = [entry["path"] for entry in entries if entry.get("by") == UNRECORDED]
    lines: list[str] = []
    if by_extractor or by_person:
        lines.append(catalog.text("origin.counts", lang, extractor=format_number(by_extractor, lang),
                                  person=format_number(len(by_person), lang)))
    if unrecorded:
        lines.append(catalog.text("origin.unrecorded", lang, values=", ".join(value_name(p, lang) for p in unrecorded)))
    if by_person:
        lines.append(catalog.text("origin.by_person", lang,
                                  values=", ".join(value_name(path, lang) for path in by_person)))
    recomputed = [entry for entry in entries if isinstance(entry.get("recomputed"), dict)]
    if recomputed:
        lines.append(catalog.text("origin.recomputed", lang, values=", ".join(
            catalog.text("origin.recomputed_one", lang, value=value_name(entry["path"], lang),
                         was=entry["recomputed"].get("was") or catalog.text("origin.no_metric", lang),
                         version=str(entry["recomputed"].get("version", "")))
            for entry in recomputed)))
    unsure = [entry for entry in entries if entry.get("by") == EXTRACTOR and _unsure(entry.get("certainty"))]
    for entry in unsure[:REASONS_SHOWN]:
        lines.append(f"{value_name(entry['path'], lang)}: {say(from_json(entry['certainty']), lang)}")
    if len(unsure) > REASONS_SHOWN:
        lines.append(catalog.text("details.more", lang, count=format_number(len(unsure) - REASONS_SHOWN, lang)))
    return lines


def value_name(path: str, lang: str) -> str:
    """"figures[2]" → "Số liệu 3" / "Figure 3", "source.url" → "URL", "date" → "Ngày": a path as the reader names it
    (one item of a list: the details' heading had made "Figures 3", "Localities (as written → today) 1")."""
    found = _LIST.match(path)
    if found:
        item = catalog.words("value_item", lang).get(found[1]) or catalog.words("details", lang).get(found[1], found[1])
        return f"{item} {int(found[2]) + 1}"
    if path.startswith("source."):
        return catalog.words("review", lang).get("source_" + path.removeprefix("source."), path)
    return catalog.words("origin.field", lang).get(path, path)


def _unsure(certainty: Any) -> bool:
    """A reason worth a line: any but "stated" (an older record's words always)."""
    if isinstance(certainty, dict):
        return not _SURE.match(str(certainty.get("code", "")))
    return bool(certainty)
