"""A figure is found by free text however its number is written, on every backend, with the same ids.

A user who read "1,2 tỷ đồng" in an article types it into the search line or the filter bar; the record keeps
the figure as the JSON number 1200000000 with its unit. The search finds it by its value (`store.numbers`:
`figure_search_text` in the searched text, `search_spellings` for the term), and still by the text as written.
The SQLite index (the TinyDB backend searches through it) and PostgreSQL are asked here; the scan (`Matcher`) and
the in-memory index (`store.index`) answer the same questions over the same records.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Filter
from store.repository import Repository
from tests.factories import make_record


def _figures(*figures: tuple[Any, ...]) -> list[dict[str, Any]]:
    made = []
    for figure in figures:
        value, unit = figure[0], figure[1]
        made.append({"label": "Chỉ tiêu thử", "value": value, "unit": unit} | ({"of": figure[2]} if figure[2:] else {}))
    return made


RECORDS = [
    make_record(id="money", date="2025-03-01", summary="Đoàn làm việc về vốn đầu tư công.",
                figures=_figures((1_200_000_000, "đồng"), (3163, "hồ sơ", 3200), (99.83, "%"))),
    make_record(id="money-scaled", date="2025-03-02", summary="Kinh phí được giao bằng tỷ đồng.",
                figures=_figures((1.2, "tỷ đồng"))),
    make_record(id="near", date="2025-03-03", summary="Một chuyến khác.",
                figures=_figures((13163, "hồ sơ"), (1234, "người"))),
    make_record(id="written", date="2025-03-04", summary="Bài viết ghi 3.163 hồ sơ trong phần tóm tắt.", figures=[]),
    make_record(id="people", date="2024-03-05", summary="Chuyến về dân cư.",
                figures=_figures((1234, "hồ sơ"), (2.5, "triệu người"))),
]

CASES = [
    ("1,2 tỷ", ["money", "money-scaled"]),  # as typed in the search line: one term
    ("1,2 tỷ đồng", ["money", "money-scaled"]),
    ("1.200.000.000", ["money", "money-scaled"]),
    ("1 200 000 000 đồng", ["money", "money-scaled"]),
    ("1200000000", ["money", "money-scaled"]),
    ("1,2", ["money-scaled"]),  # the value as the figure holds it
    ("3.163", ["money", "written"]),  # the figure, and the text as written; 13163 is no 3163
    ("3163", ["money", "written"]),
    ("3 163 hồ sơ", ["money", "written"]),
    ("3200", ["money"]),  # the whole (`of`) a share is of
    ("99,83%", ["money"]),
    ("99,83", ["money"]),
    ("1 234 hồ sơ", ["people"]),  # the unit typed narrows: 1234 người is another figure
    ("1 234", ["near", "people"]),
    ("2,5 triệu", ["people"]),
    ("2.500.000 người", ["people"]),
    ("99,84", []),
    ("316", []),  # typed digits are not found inside a longer value
    ("1.5 tỷ", []),  # the English way is no Vietnamese number: matched as written only
    ("99,83%, nhưng", []),  # words after a share make a phrase found as typed, not the share alone
]
FILTER_BAR = [  # typed without quotes in the filter bar: the words of an amount are one term
    ("1,2 tỷ", ["money", "money-scaled"]),
    ("1 234 hồ sơ", ["near", "people"]),  # unquoted, the unit's words are terms of their own: "hồ sơ" anywhere
    ('"1 234 hồ sơ"', ["people"]),
    ("nam:2025 1,2 tỷ đồng", ["money", "money-scaled"]),
    ("nam:2024 1 234", ["people"]),
]


def _ids(records: list[dict[str, Any]]) -> list[str]:
    return sorted(record["id"] for record in records)


def _query(text: str, bar: bool) -> Filter:
    return Filter.parse(text) if bar else Filter.parse(f'"{text}"')


@pytest.mark.parametrize(("text", "found", "bar"),
                         [(text, found, False) for text, found in CASES] + [(t, f, True) for t, f in FILTER_BAR])
def test_a_figure_is_found_by_its_number_as_people_write_it(repository: Repository, text: str, found: list[str],
                                                            bar: bool) -> None:
    repository.upsert_many(RECORDS)
    assert repository.search(Filter(), facets=False).total == len(RECORDS)  # five visits, none merged
    query = _query(text, bar)
    assert _ids(repository.search(query, facets=False).records) == found
    assert repository.search(query).total == len(found)  # the counted path, facets and all


@pytest.mark.parametrize(("text", "found", "bar"),
                         [(text, found, False) for text, found in CASES] + [(t, f, True) for t, f in FILTER_BAR])
def test_the_scan_and_the_memory_index_agree(text: str, found: list[str], bar: bool) -> None:
    query = _query(text, bar)
    matcher = Matcher(query)
    assert _ids([record for record in RECORDS if matcher.matches_record(record)]) == found
    index = SurveyIndex(RECORDS)
    assert _ids([index.records[position] for position in index.search(query, with_facets=False).positions]) == found
