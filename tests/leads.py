"""A lead sentence as an article of its own, extracted on a fixed day: how the class tests state one phrasing."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.draft import Draft

TODAY = date(2026, 12, 2)
"""The day the tests' inferred years are written against."""


def lead_draft(lead: str, title: str = "Tin hoạt động") -> Draft:
    """The draft of an article that is only `title` and `lead`."""
    return extract_article(f"{title}\n\n{lead}", today=TODAY)
