"""A compiled filter read as a page of the archive: with its total and facet counts in one pass, or plain.

The repository's reads (`search`, the shared totals) and the vocabulary a typed fragment expands to
(`compiler.compile_filter`'s word look-up) ask these; kept apart from `repository`, which holds the reads' and
writes' transactions, so that each stays one concept.
"""

from __future__ import annotations

import psycopg

from ..collation import by_count_then_name
from ..repository import Page
from . import compiler
from .connection import scalar

VOCABULARY_LIMIT = 3000
"""Past this many words, a fragment is looked for by LIKE alone (naming them all would cost more)."""


def vocabulary(connection: psycopg.Connection, pattern: str) -> list[str] | None:
    """The archive's words matching the LIKE `pattern`, or None past `VOCABULARY_LIMIT` (LIKE alone then)."""
    words = [row[0] for row in connection.execute(
        "SELECT word FROM surveys_vocabulary WHERE word LIKE %s LIMIT %s", (pattern, VOCABULARY_LIMIT + 1))]
    return None if len(words) > VOCABULARY_LIMIT else words


def faceted(connection: psycopg.Connection, compiled: compiler.Compiled, sort: str, offset: int, limit: int | None,
            skip: frozenset[str]) -> tuple[int, list[str], dict[str, list[tuple[str, int]]]]:
    """The total, the page's ids and the counts of the facets not in `skip` (`compiler.faceted_query`)."""
    total, ids = 0, []
    counts: dict[str, list[tuple[str, int]]] = {facet: [] for facet in compiler.FACET_COLUMNS if facet not in skip}
    for facet, value, n in connection.execute(*compiler.faceted_query(compiled, sort, offset, limit, skip)):
        if facet == "total":
            total = n
        elif facet == "page":
            ids.append(value)
        else:
            counts[facet].append((value, n))
    for listed in counts.values():
        listed.sort(key=_by_count_then_value)
    return total, ids, counts


def plain_page(connection: psycopg.Connection, compiled: compiler.Compiled, sort: str, offset: int,
               limit: int | None) -> Page:
    """A page without facets (scrolling): an indexed query, and a count only when the page does not tell it."""
    records = [row[0] for row in connection.execute(*compiler.page_query(compiled, sort, offset, limit))]
    if offset == 0 and (limit is None or len(records) < limit):
        total = len(records)  # the page holds every match
    else:
        total = count(connection, compiled)
    return Page(total, offset, records, {})


def _by_count_then_value(item: tuple[str, int]) -> tuple[int, tuple[str, str, str]]:
    """Facet order: most first, equal counts in Vietnamese order (`store.collation`, as the file's index)."""
    return by_count_then_name(item)


def count(connection: psycopg.Connection, compiled: compiler.Compiled) -> int:
    return scalar(connection.execute(*compiler.count_query(compiled)))
