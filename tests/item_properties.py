"""What the follow-up items' property tests share: an item, visits made of random items, the oracles' folding, a
PostgreSQL archive for a module.

The oracles of `to:`/`status:`/`overdue` (test_properties_addressee), of `status:`/`overdue` alone
(test_properties_item_clauses) and of `answered:`/`changed:`/`closed:` (test_properties_item_events) had each
written these again. None of it is `store` code: the oracles still read the items themselves.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

from store.repository import Repository
from tests.factories import make_record

STATUSES = ("open", "in progress", "done", "not accepted")
LATE, LATER = "2020-03-01", "2999-12-31"
"""A deadline long past, one far to come."""


def item_of(text: str = "Việc cần làm.", **fields: str | None) -> dict[str, Any]:
    """A follow-up item with `fields` (to, status, deadline ...) that are not None."""
    item: dict[str, Any] = {"text": text}
    item.update((key, value) for key, value in fields.items() if value is not None)
    return item


@st.composite
def visits(draw: Any, items: st.SearchStrategy[dict[str, Any]], fewest: int = 1, most: int = 6,
           recommendations: int = 3, directions: int = 2, years: tuple[str, ...] = ("2025",)) -> list[dict[str, Any]]:
    """Between `fewest` and `most` visits (at most 9), each with up to `recommendations` and `directions` of
    `items`, dated in one of `years` (a year facet counts them)."""
    made = []
    for n in range(draw(st.integers(fewest, most))):
        day = f"{draw(st.sampled_from(years))}-01-0{n + 1}"
        made.append(make_record(id=f"{day}-visit-{n}", date=day,
                                recommendations=draw(st.lists(items, max_size=recommendations)),
                                directions=draw(st.lists(items, max_size=directions))))
    return made


def own_fold(text: str) -> str:
    """The oracles' folding, not `store.folding`: đ as d, marks dropped, lower case, spaces made single."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


def postgres_archive(schema: str) -> Iterator[Repository]:
    """A repository in the scratch schema `schema` of the test server, for a module-scoped fixture (`yield from`);
    the tests using it are skipped when no server is set (`tests.postgres.server`)."""
    from store.postgres import init_postgres  # noqa: PLC0415 - the optional driver, once a server is set
    from tests.postgres.server import scratch_schema, server_url  # noqa: PLC0415

    with scratch_schema(server_url(), schema) as url:
        repository, _ = init_postgres(url)
        yield repository
        repository.close()


def refill(archive: Repository, made: list[dict[str, Any]]) -> None:
    """`archive` holding `made` only: one module's archive serves every generated example."""
    archive.delete([record["id"] for record in archive.records()])
    archive.upsert_many(made)
