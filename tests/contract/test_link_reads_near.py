"""One visit's links from the visits at its places, on every backend (`store.link_reads`, session 41).

A file store with its persistent index reads the visits at a visit's places from the index's terms; PostgreSQL
from its `ward_keys` and `province_codes` columns in one query (it had read every row for an index of every
visit). Each visit's links, and its record as stored, must be those the index of every visit gives, on a store
whose places are of the three kinds (today's ward, a unit with no ward of today, a whole province), with links
suggested, confirmed at another place and dropped; and `records()` (every record) is never read.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.item_links import LinkCache, LinkIndex
from store.link_reads import stored_links
from store.repository import Repository
from tests.test_link_reads import linked_records


def test_every_visits_links_read_near_equal_the_index_of_every_visit(repository: Repository,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    records = linked_records()
    repository.upsert_many(records)
    stored = {record["id"]: record for record in repository.records()}
    whole = LinkIndex(list(stored.values()))
    if not callable(getattr(repository, "records_near", None)):
        pytest.skip("a store that cannot read a place's visits alone builds the index of every visit, as before")

    def every(*_: Any) -> Any:
        raise AssertionError("every record read")

    monkeypatch.setattr(repository, "records", every)
    cache, linked = LinkCache(), 0
    for record in records:
        found_record, found = stored_links(cache, repository, {**record, "summary": "an older copy"}, dropped=True)
        assert found_record == stored[record["id"]]
        assert found == whole.links(stored[record["id"]], dropped=True), record["id"]
        linked += bool(found)
    assert linked > 50
