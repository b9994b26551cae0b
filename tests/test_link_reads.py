"""One visit's repeat links from the visits at its places (`store.link_reads`), as the index of every visit gives them.

The first `u` of a browser built `store.item_links.LinkIndex` over every visit (4.5 s of CPU at 100,000). With a
current persistent index, a file store now reads the visits at the visit's places (and those its decisions name)
from the index's terms (`store.sqlindex.nearby`) and files those alone. The oracle is the old path: the index of
every record, asked about the record as stored, the dropped links too; every record of a store whose places are of
the three kinds (today's ward by code, a unit with no ward of today, a whole province), with links suggested,
confirmed at another place and dropped. And the store file is not parsed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import state
from store.item_links import LinkCache, LinkIndex, links_for, place_keys
from store.link_reads import near_links, stored_links
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store
from tests.test_link_index import ASKS, visits

PROVINCE = {"name": "Tỉnh Nghệ An", "level": "tỉnh", "province": {"name": "Nghệ An", "code": 40}, "ward": None}


def linked_records() -> list[dict[str, Any]]:
    """Synthetic visits crowded onto fifteen sets of places and asking a few things alike, so that links are many;
    some at a whole province; decisions on links, one confirmed to a visit at another place."""
    records = generate(160, seed=11)
    for number, record in enumerate(records):
        record["localities"] = records[number % 15]["localities"] if number % 15 else [PROVINCE]
        record["recommendations"] = [{"text": ASKS[(number + k) % len(ASKS)]} for k in range(2)]
        record["directions"] = [{"text": ASKS[(number * 3) % len(ASKS)]}]
        for part in ("figures", "difficulties"):  # their places were the visit's own before it moved
            for entry in record.get(part) or []:
                entry.pop("locality", None)
    newest = max(records, key=lambda record: record["date"])
    elsewhere = next(r for r in records if not place_keys(r) & place_keys(newest) and r["date"] < newest["date"])
    same = LinkIndex(records).links(newest)
    (ref, links), *_ = same.items()
    field, index = ref
    newest[field][index]["repeats"] = [
        {"survey": elsewhere["id"], "item": "r1", "decision": "confirmed",
         "text": elsewhere["recommendations"][0]["text"]},
        {"survey": links[0].survey, "item": links[0].item, "decision": "dropped", "text": links[0].text}]
    return records


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    path = tmp_path_factory.mktemp("links") / "s.json"
    write_store(path, linked_records())
    stored = list(SurveyStore(path).records())
    assert len(stored) == 160  # none held back
    TinyDBRepository(path).index.build()
    return path, stored


def test_every_visits_links_from_its_places_equal_the_whole_index_and_the_store_is_not_parsed(
        indexed: tuple[Path, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch) -> None:
    path, records = indexed
    whole = LinkIndex(records)
    parsed: list[Path] = []
    real = state.load

    def load(where: Path) -> state.State:
        parsed.append(where)
        return real(where)

    monkeypatch.setattr(state, "load", load)
    repository, cache = TinyDBRepository(path), LinkCache()
    linked = confirmed = dropped = 0
    for record in records:
        stale = {**record, "summary": "the browser's older copy"}
        stored, found = stored_links(cache, repository, stale, dropped=True)
        assert stored == record  # as stored, not the caller's copy
        assert found == whole.links(record, dropped=True), record["id"]
        assert links_for(repository, record) == whole.links(record)  # the CLI's `show`, `followup`
        linked += bool(found)
        confirmed += any(link.confirmed for links in found.values() for link in links)
        dropped += any(link.dropped for links in found.values() for link in links)
    assert parsed == []
    assert linked > 50 and confirmed and dropped  # the comparison is not empty-handed
    assert not cache.current(repository)  # no index of every visit was built


def test_an_index_behind_the_store_goes_through_the_index_of_every_visit(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    records = linked_records()
    write_store(path, records)
    repository = TinyDBRepository(path)
    repository.index.build()
    changed = {**records[20], "summary": "sửa"}
    SurveyStore(path).upsert_many([changed], on_duplicate="update")  # written past the index: it is behind now
    assert repository.records_near([], [changed["id"]]) is None
    cache = LinkCache()
    stored, found = stored_links(cache, repository, records[20], dropped=True)
    assert stored["summary"] == "sửa" and cache.current(repository)
    assert found == LinkIndex(list(SurveyStore(path).records())).links(stored, dropped=True)


def near_of(records: list[dict[str, Any]], extra: set[str]) -> Any:
    """`records_near` over a list: the records at the places or of the ids, and those of `extra` ids (a superset,
    as a name or a province's code finds)."""
    def near(places: Any, ids: Any) -> list[dict[str, Any]]:
        wanted, named = set(places), set(ids) | extra
        return [r for r in records if place_keys(r) & wanted or r["id"] in named]
    return near


decisions = st.lists(st.tuples(st.integers(0, 20), st.sampled_from(("r1", "r2", "d1")),
                               st.sampled_from(("confirmed", "dropped"))), max_size=3)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(made=st.lists(st.tuples(visits, decisions), min_size=1, max_size=14), noise=st.integers(0, 3))
def test_the_links_from_a_visits_places_and_named_visits_equal_the_whole_index(made: list, noise: int) -> None:
    records = []
    for number, (record, said) in enumerate(made):
        record = orjson.loads(orjson.dumps(record))
        record["id"] = f"v{number}"
        items = [item for field in ("recommendations", "directions") for item in record[field]]
        for item, (survey, label, decision) in zip(items, said, strict=False):
            item["repeats"] = [{"survey": f"v{survey}", "item": label, "decision": decision}]
        records.append(record)
    whole = LinkIndex(records)
    extra = {f"v{number}" for number in range(noise)}  # a place's term finds others too
    for record in records:
        found = near_links(near_of(records, extra), record, True, reread=False)
        assert found is not None and found[1] == whole.links(record, dropped=True)
