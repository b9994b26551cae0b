"""A response saved to a recommendation or direction is found by free text, on every backend, with the same ids.

An office answers "Bộ đã có văn bản hướng dẫn"; whoever later types those words in `/` or in the filter bar
must find the visit (docs/tryout-s34-offices.md, Left 3). Free text covers an item's responses
(`store.matching.record_text`): the SQLite index (the TinyDB backend searches through it) and PostgreSQL are
asked here, after an import and after a response saved through `store.followup` (written into the index in
place); the scan (`Matcher`) and the in-memory index answer the same questions over the same records. Folding
as everywhere: "bo da co", đ as d, Hòa and Hoà alike.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.followup import save_followup
from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Filter
from store.repository import Repository
from tests.factories import make_record


def _answered(text: str, day: str = "2025-11-03") -> dict[str, Any]:
    return {"text": "Ban hành hướng dẫn thống nhất về lưu trữ hồ sơ.", "status": "in progress",
            "responses": [{"date": day, "text": text}]}


RECORDS = [
    make_record(id="guided", date="2025-10-02", recommendations=[_answered("Bộ đã có văn bản hướng dẫn.")]),
    make_record(id="hoa", date="2025-10-03", summary="Đoàn làm việc với xã.",
                directions=[{"text": "Rà soát hồ sơ đất đai.", "status": "done",
                             "responses": [{"date": "2025-12-01", "text": "UBND xã Hoà Bình đã báo cáo kết quả."},
                                           {"date": "2025-12-09", "text": "Đã đối chiếu xong 312 hồ sơ tồn."}]}]),
    make_record(id="asked", date="2024-10-04", summary="Đoàn đề nghị Bộ sớm có văn bản hướng dẫn cụ thể.",
                recommendations=[{"text": "Sớm ban hành văn bản hướng dẫn."}]),  # the words asked for, not answered
    make_record(id="quiet", date="2025-10-05", recommendations=[_answered("Đang chờ ý kiến của tỉnh.")]),
]

SEARCH_LINE = [  # typed in `/`: one term
    ("Bộ đã có văn bản hướng dẫn", ["guided"]),
    ("bo da co van ban huong dan", ["guided"]),
    ("BỘ ĐÃ CÓ", ["guided"]),
    ("văn bản hướng dẫn", ["asked", "guided"]),
    ("Hòa Bình đã báo cáo", ["hoa"]),  # typed with the tone on the o, stored with it on the a
    ("hoa binh da bao cao ket qua", ["hoa"]),
    ("đối chiếu xong", ["hoa"]),  # the second response of the item
    ("chờ ý kiến", ["quiet"]),
    ("đã có văn bản hướng dẫn cụ thể", []),
    ("báo cáo kết quả ngày", []),
]
FILTER_BAR = [
    ('"văn bản hướng dẫn" nam:2025', ["guided"]),
    ("hướng dẫn bộ có", ["asked", "guided"]),  # unquoted: terms, each anywhere
    ("hoà bình trangthai:done", ["hoa"]),
    ('"Bộ đã có văn bản" trangthai:done', []),  # the answered item is in progress
    ('"Bộ đã có văn bản" trangthai:"in progress"', ["guided"]),
]


def without_responses(record: dict[str, Any]) -> dict[str, Any]:
    """`record` as the versions before saw it for free text: its items without their responses (the migration and
    rebuild tests make an index or archive of that time with it)."""
    items = {field: [{key: value for key, value in item.items() if key != "responses"} for item in record[field]]
             for field in ("recommendations", "directions") if field in record}
    return record | items


def _ids(records: list[dict[str, Any]]) -> list[str]:
    return sorted(record["id"] for record in records)


def _query(text: str, bar: bool) -> Filter:
    return Filter.parse(text) if bar else Filter.parse(f'"{text}"')


CASES = [(text, found, False) for text, found in SEARCH_LINE] + [(text, found, True) for text, found in FILTER_BAR]


@pytest.mark.parametrize(("text", "found", "bar"), CASES)
def test_a_response_is_found_by_free_text(repository: Repository, text: str, found: list[str], bar: bool) -> None:
    repository.upsert_many(RECORDS)
    query = _query(text, bar)
    assert _ids(repository.search(query, facets=False).records) == found
    assert repository.search(query).total == len(found)  # the counted path, facets and all


@pytest.mark.parametrize(("text", "found", "bar"), CASES)
def test_the_scan_and_the_memory_index_agree(text: str, found: list[str], bar: bool) -> None:
    query = _query(text, bar)
    matcher = Matcher(query)
    assert _ids([record for record in RECORDS if matcher.matches_record(record)]) == found
    index = SurveyIndex(RECORDS)
    index.wait_for_text()
    assert _ids([index.records[position] for position in index.search(query, with_facets=False).positions]) == found


def test_a_response_saved_later_is_found_and_the_record_still_by_its_other_words(repository: Repository) -> None:
    repository.upsert_many(RECORDS)
    before = repository.search(Filter.parse('"Sở Tư pháp đã tiếp thu"'), facets=False).total
    save_followup(repository, "quiet", ("recommendations", 0), response=("2025-12-20", "Sở Tư pháp đã tiếp thu."))
    for typed in ('"Sở Tư pháp đã tiếp thu"', '"so tu phap da tiep thu"', "tiếp thu", '"chờ ý kiến"', "lưu trữ"):
        assert "quiet" in _ids(repository.search(Filter.parse(typed), facets=False).records), typed
    assert before == 0
    save_followup(repository, "guided", ("recommendations", 0), status="done")  # the record written again
    assert _ids(repository.search(Filter.parse('"Bộ đã có văn bản hướng dẫn"')).records) == ["guided"]
