"""A lead sentence as an article of its own, extracted on a fixed day: how the class tests state one phrasing."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.draft import Draft
from store.extract.figure_numbers import numbers_in

TODAY = date(2026, 12, 2)
"""The day the tests' inferred years are written against."""


def lead_draft(lead: str, title: str = "Tin hoạt động") -> Draft:
    """The draft of an article that is only `title` and `lead`."""
    return extract_article(f"{title}\n\n{lead}", today=TODAY)


def numbers_read(text: str) -> list[tuple[float | int, float | int | None, str]]:
    """Each number `figure_numbers` reads in `text` as (value, whole, unit)."""
    return [(value, whole, unit) for value, whole, unit, _, _ in numbers_in(text)]


def figure_triples(text: str) -> list[tuple[float | int, str, float | int | None]]:
    """Each figure extracted from the article `text` as (value, unit, whole)."""
    return [(f["value"], f["unit"], f.get("of")) for f in extract_article(text, today=TODAY).record["figures"]]


def places_coded(record: dict) -> list[tuple[int, int | None, str]]:
    """Each locality of a record as (province code, ward code or None, name)."""
    return [(loc["province"]["code"], (loc["ward"] or {}).get("code"), loc["name"]) for loc in record["localities"]]


def leader_named(text: str) -> str | None:
    """The name of the leader extracted from `text` (a whole article), or None."""
    leader = extract_article(text, today=TODAY).record.get("leader")
    return str(leader["name"]) if leader else None


COUNCIL_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "
"""A commune council's visit, the opening the figure-label class tests put their sentence after."""


def labels_said(said: str) -> list[tuple[float | int, str]]:
    """Each figure of `said`, told after `COUNCIL_LEAD`, as (value, label)."""
    return [(f["value"], f["label"]) for f in extract_article(COUNCIL_LEAD + said, today=TODAY).record["figures"]]


def label_said(said: str, value: float) -> str:
    """The one label `labels_said` gives the figure of `value` (failing when there is none or more than one)."""
    found = [label for got, label in labels_said(said) if got == value]
    assert len(found) == 1, (value, labels_said(said))
    return found[0]
