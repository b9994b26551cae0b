"""A visit is found by its id in free text, on every backend: `surveys list` prints ids, `show` takes one, and a
researcher who types `/t9-01` in the browser found nothing (tryout9).

The id is part of the searched text (`store.matching.record_text`), folded like every word (its hyphens kept), so
the search line finds an id typed whole and, as it finds any text as it is typed, by its start ("2025-10-14-hdnd"
finds that day's HĐND visit). A start shared by several ids finds them all: the rule of every other word, not a
special one that would need the exact id to be told from a word (a user types the start and sees the list narrow).
"""

from __future__ import annotations

import pytest

from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Filter
from store.repository import Repository
from tests.factories import make_record

RECORDS = [make_record(id="t9-01", date="2025-10-01"), make_record(id="t9-02", date="2025-10-02"),  # days apart:
           make_record(id="2025-10-14-hdnd-thanh-pho-da-nang-hoa-khanh", date="2025-10-14"),  # not duplicates
           make_record(id="2025-10-15-doan-dbqh-nghe-an", date="2025-10-15")]

CASES = [("t9-01", ["t9-01"]), ("T9-01", ["t9-01"]), ("t9-0", ["t9-01", "t9-02"]),
         ("2025-10-14-hdnd-thanh-pho-da-nang-hoa-khanh", ["2025-10-14-hdnd-thanh-pho-da-nang-hoa-khanh"]),
         ("2025-10-14-hdnd", ["2025-10-14-hdnd-thanh-pho-da-nang-hoa-khanh"]),
         ("t9-03", [])]  # look-alike: no such id


def _ids(records: list[dict]) -> list[str]:
    return sorted(record["id"] for record in records)


@pytest.mark.parametrize(("typed", "found"), CASES)
def test_an_id_typed_in_the_search_line_finds_its_visit(repository: Repository, typed: str, found: list[str]) -> None:
    repository.upsert_many(RECORDS)
    query = Filter.parse(f'"{typed}"')  # the search line's phrase
    assert _ids(repository.search(query, facets=False).records) == sorted(found)


@pytest.mark.parametrize(("typed", "found"), CASES)
def test_the_scan_and_the_memory_index_agree(typed: str, found: list[str]) -> None:
    query = Filter.parse(f'"{typed}"')
    matcher = Matcher(query)
    assert _ids([record for record in RECORDS if matcher.matches_record(record)]) == sorted(found)
    index = SurveyIndex(RECORDS)
    index.wait_for_text()
    assert _ids([index.records[position] for position in index.search(query, with_facets=False).positions]) == found
