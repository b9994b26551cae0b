"""The `w` picker's places of every shared name on PostgreSQL are one query (session 42): each place, each name's
places at once and each name alone counted in one pass (`PostgresRepository.count_places`), where the name alone
had been a second pass for the names the first showed needed it. The choices are those of the two passes."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import pytest

from store.backends import _sample_records
from store.query import Filter
from tests.contract.test_today_wards import namesakes
from tests.contract.test_ward_namesakes import unplaced
from tests.synthetic import generate
from tui.model import Catalog
from tui.namesakes import namesake_pairs
from tui.searcher import Searcher

if TYPE_CHECKING:
    from store.postgres import PostgresRepository


def _counting(archive: PostgresRepository, calls: Counter[str]) -> None:
    """Count the passes the archive is asked for (its queries that count)."""
    for name in ("count_ward_keys", "count_each", "search"):
        real = getattr(archive, name)

        def wrapped(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            calls[_name] += 1
            return _real(*args, **kwargs)

        setattr(archive, name, wrapped)


@pytest.mark.parametrize("base", ["", "year:2023", "topic:cchc"])
def test_the_picker_counts_every_shared_name_in_one_query(archive: PostgresRepository, base: str) -> None:
    archive.upsert_many([*_sample_records(), *namesakes(), unplaced(), *generate(200, seed=4)])
    query = Filter.parse(base) if base else Filter()
    facets = archive.search(query, limit=0).facets["ward"]
    two_passes = Searcher(archive)
    two_passes.places_in_one_pass = lambda: False  # type: ignore[method-assign]  # as before session 42
    before = namesake_pairs(Catalog(two_passes), query, facets)
    calls: Counter[str] = Counter()
    _counting(archive, calls)
    after = namesake_pairs(Catalog(Searcher(archive)), query, facets)
    assert calls == {"count_ward_keys": 1}
    assert after == before and after is not None
    if not base:  # the unplaced visit of Tân Định: the name alone is offered, counted in that one query
        assert dict(after)['ward="Tân Định"'] == archive.search(Filter.parse('ward="Tân Định"'), limit=0).total
