"""A saved page's description meta as its lead, when the page's body gives no paragraph.

A search tool's copy of a portal page is often cut after its head (session 30, fresh64 v01): the headline sits in
<title>, the lead only in <meta name="description">, and the body holds a menu or nothing. The description is the
page's own summary, written by its outlet, so it stands for the lead paragraph: its day, its leader and its places are
read as the lead's would be. A body with a paragraph of its own keeps it, and the description is not read.
"""

from __future__ import annotations

import re

__all__ = ["lead_from_description"]

_PARAGRAPH_WORDS = 12
"""A body line this long is a paragraph of the page's own; menus and bylines are shorter."""


def lead_from_description(description: str | None, title: str | None, lines: list[str]) -> list[str]:
    """[the description, without the outlet's tail] when no body line is a paragraph; else []."""
    if not description or any(len(line.split()) >= _PARAGRAPH_WORDS for line in lines):
        return []
    summary = description.strip()
    if title and summary.startswith(title):
        summary = title  # "<the headline> - Savefile - Tin Tức -...": the headline and the outlet's own words after it
    if len(summary.split()) < 6:
        return []  # "Savefile - Tin Tức -...": the outlet's name, no summary
    if not re.search(r"[.!?…]$", summary):
        summary += "."  # a summary is a sentence, whether its outlet closed it or not
    return ["", summary]
