"""Every backend stores a value's source sentence and article with the record and returns them (session 34).

A researcher checks a figure against the article months after it was imported: the sentence each value was read
from is kept in its provenance entry (`store.value_sources`). The file store and PostgreSQL keep it through a write,
a read, a listing, a search and an edit; a record stored without sentences still loads as it was.
"""

from __future__ import annotations

from store.query import Filter
from store.repository import Repository
from tests.factories import make_record
from tests.present import present

ARTICLE = "bao-cao/giam-sat-tan-dinh.txt"
SENTENCES = [
    {"path": "date", "by": "extractor", "sentence": "Ngày 2/10/2025, Thường trực HĐND phường làm việc.",
     "article": ARTICLE},
    {"path": "leader", "by": "person", "sentence": "Bà Trần Thị Thử, Chủ tịch HĐND phường, chủ trì buổi làm việc.",
     "article": ARTICLE},  # edited in review: the sentence of the value as it was read
    {"path": "figures[0]", "by": "extractor", "rule": "tiếp nhận N hồ sơ",
     "sentence": "…phường đã tiếp nhận 1.200 hồ sơ trực tuyến [b]in đậm[/b] \x1b[31m…", "article": ARTICLE},
    {"path": "figures[1]", "by": "person"},  # added by a person: no sentence
]
WITH = make_record(provenance=SENTENCES)
WITHOUT = make_record(id="2025-10-03-hdnd-test-khong-nguon", date="2025-10-03",
                      provenance=[{"path": "date", "by": "extractor"}])
BARE = make_record(id="2025-10-04-hdnd-test-nhap-tay", date="2025-10-04")


def test_sentences_are_stored_and_returned_as_written(repository: Repository) -> None:
    report = repository.upsert_many([WITH, WITHOUT, BARE])
    assert sorted(report.added) == sorted([WITH["id"], WITHOUT["id"], BARE["id"]])
    assert present(repository.get(WITH["id"]))["provenance"] == SENTENCES  # markup and escapes kept as data
    listed = {record["id"]: present(record) for record in repository.records()}
    assert listed[WITH["id"]]["provenance"] == SENTENCES
    assert listed[WITHOUT["id"]]["provenance"] == [{"path": "date", "by": "extractor"}]  # no sentences: as it was
    assert "provenance" not in listed[BARE["id"]]
    found = repository.search(Filter(), limit=10, facets=False).records
    assert [present(r)["provenance"] for r in found if r["id"] == WITH["id"]] == [SENTENCES]


def test_an_edit_keeps_the_sentences(repository: Repository) -> None:
    repository.upsert_many([WITH])

    def retitle(record: dict) -> dict:
        record["leader"]["title"] = "Chủ tịch HĐND phường Tân Định"
        return record

    stored = present(repository.update(WITH["id"], retitle))
    assert stored["provenance"] == SENTENCES
    assert present(repository.get(WITH["id"]))["provenance"] == SENTENCES


def test_a_copy_between_stores_keeps_them(repository: Repository, another: Repository) -> None:
    repository.upsert_many([WITH, BARE])
    another.upsert_many(list(repository.records()))
    assert present(another.get(WITH["id"]))["provenance"] == SENTENCES
    assert "provenance" not in present(another.get(BARE["id"]))
