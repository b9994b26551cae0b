"""Facet and picker lists put names in Vietnamese order (`store.collation`), each name's key made once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.collation import by_count_then_name, collation_key
from store.query import Filter
from store.sqlindex import SqlIndex
from store.sqlindex import facets as sqlfacets
from tests.synthetic import generate

BODIES = ["Ủy ban nhân dân xã", "HĐND xã", "Đoàn thanh niên", "Ban Dân vận", "Hội Nông dân", "Ea Súp",
          "đội công tác", "Dương Minh Châu"]


def test_base_letters_first_with_d_bar_between_d_and_e() -> None:
    ordered = sorted(BODIES, key=collation_key)
    assert ordered == ["Ban Dân vận", "Dương Minh Châu", "Đoàn thanh niên", "đội công tác", "Ea Súp",
                       "HĐND xã", "Hội Nông dân", "Ủy ban nhân dân xã"]


def test_marks_and_tones_break_ties_of_the_base_letters_in_the_alphabets_order() -> None:
    assert sorted(["ạ", "ả", "a", "â", "ã", "ă", "á", "à"], key=collation_key) == \
        ["a", "à", "á", "ả", "ã", "ạ", "ă", "â"]
    assert sorted(["ơ", "o", "ô"], key=collation_key) == ["o", "ô", "ơ"]
    assert sorted(["Hà Nội", "Hạ Long", "HĐND", "Hải Phòng"], key=collation_key) == \
        ["Hạ Long", "Hà Nội", "Hải Phòng", "HĐND"]  # base letters before tones: "ha l" < "ha n" < "hai"
    # case is no letter of its own: "an" and "An" are together, before "ăn"
    assert sorted(["ăn", "an", "An", "Ba"], key=collation_key) == ["An", "an", "ăn", "Ba"]


def test_counts_come_first_then_the_names() -> None:
    pairs = [("Đoàn", 2), ("HĐND", 2), ("Xã", 3), ("Dân", 2)]
    assert sorted(pairs, key=by_count_then_name) == [("Xã", 3), ("Dân", 2), ("Đoàn", 2), ("HĐND", 2)]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> tuple[SqlIndex, list[dict[str, Any]]]:
    records = generate(len(BODIES) * 12, seed=3)
    for number, record in enumerate(records):
        record["body"] = BODIES[number % len(BODIES)]  # every body counted alike: the names decide the order
    built = SqlIndex(Path(tmp_path_factory.mktemp("collation")) / "i.sqlite3", lambda: "t1", lambda: records)
    built.build()
    return built, records


def test_equal_counts_in_the_index_s_facets_come_in_vietnamese_order(index: Any) -> None:
    built, records = index
    bodies = built.search(Filter()).facets["body"]
    assert [count for _, count in bodies] == [12] * len(BODIES)
    assert [body for body, _ in bodies] == sorted(BODIES, key=collation_key)
    year = records[0]["date"][:4]
    filtered = built.search(Filter.parse(f"year:{year}")).facets["body"]
    assert filtered == sorted(filtered, key=by_count_then_name)


def test_each_name_s_key_is_made_once_per_file_read_not_per_search(index: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    built, records = index
    calls: list[str] = []

    def counted(text: str) -> tuple[str, str, str]:
        calls.append(text)
        return collation_key(text)

    monkeypatch.setattr(sqlfacets, "collation_key", counted)
    built.close()  # read again: the ranks are made anew
    built.search(Filter.parse("year:2025"))
    made = len(calls)
    assert made == len(built._counter._facet_values(built._connection())) > len(BODIES)  # each value once
    for query in ("year:2024", "a", "year:2023"):
        built.search(Filter.parse(query))
    assert len(calls) == made
