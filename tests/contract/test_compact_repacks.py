"""`compact` leaves no record in the shape written before sources1, on every backend (session 37).

A record stored before session 36 keeps each provenance entry's sentence and article in full until it is next
written (`store.sentence_tables`). The file store's compaction rewrites every record packed; on PostgreSQL, where
there was no compaction, `compact` now packs the old rows a batch at a time (`store.postgres.repack`). Either way
every read gives the same records as before, and a second `compact` finds nothing left to do.
"""

from __future__ import annotations

from typing import Any

from store.repository import Repository
from tests.contract.backends import PLANTED, STORED
from tests.factories import make_record
from tests.present import present

LEAD = "Ngày 14/3/2025, đoàn của Ban Pháp chế HĐND tỉnh do ông Lê Văn Bảy dẫn đầu đã làm việc tại xã."
ASK = "Đoàn đề nghị xã rà soát lại 37 hồ sơ đất đai còn tồn đọng trước ngày 30/6."


def old_records(count: int) -> list[dict[str, Any]]:
    """`count` records as a version before session 36 wrote them: each entry holds its sentence and article."""
    entries = [
        {"path": "date", "by": "extractor", "sentence": LEAD, "article": "a.txt"},
        {"path": "leader", "by": "extractor", "sentence": LEAD, "article": "a.txt"},
        {"path": "recommendations[0]", "by": "extractor", "sentence": ASK, "article": "a.txt"},
    ]
    return [make_record(id=f"2025-03-14-old-{number:03}", provenance=entries) for number in range(count)]


def test_compact_packs_every_old_record_and_reads_the_same(repository: Repository, backend: str) -> None:
    records = old_records(7)
    PLANTED[backend](repository, records)
    assert "sentences" not in STORED[backend](repository, records[0]["id"])  # planted in the older shape
    before = {record["id"]: present(record) for record in repository.records()}

    compact: Any = repository.compact  # type: ignore[attr-defined]  # each backend's upkeep
    done = compact(batch=3) if backend == "postgres" else compact()  # several batches on PostgreSQL

    for record in records:
        body = STORED[backend](repository, record["id"])
        assert body["sentences"] == [LEAD, ASK] and body["articles"] == ["a.txt"], record["id"]
        assert all(type(entry["sentence"]) is int for entry in body["provenance"])
    assert {record["id"]: present(record) for record in repository.records()} == before
    assert present(repository.get(records[0]["id"])) == present(records[0])
    if backend == "postgres":
        assert (done.packed, done.moved) == (7, 0)
        again = compact()
        assert (again.packed, again.moved) == (0, 0)  # nothing left in the older shape
