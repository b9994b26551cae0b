"""`surveys compact` on an archive other offices write to: the repack never undoes their writes (session 37).

`store.postgres.repack` reads a batch of rows in the older shape, packs them in Python and writes each back only if
it is still the row version it read (`xmin`). Here another office writes a row of the batch at the worst moment,
after the read and before the write (the repack's `between` hook): through this program (an edit, which packs the
row itself) and by hand (an older program's UPDATE, which leaves it expanded). Neither is undone; the row is
counted as moved, and the next `compact` packs what is left.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli.main import main
from store.postgres import PostgresRepository, open_postgres
from tests.contract.backends import planted_postgres, stored_postgres
from tests.contract.test_compact_repacks import old_records
from tests.postgres.server import fresh_schema
from tests.present import present


@pytest.fixture
def offices(request: pytest.FixtureRequest) -> tuple[PostgresRepository, PostgresRepository]:
    """Two handles on one archive holding five visits in the older shape: this office's, and another's."""
    from store.postgres import init_postgres  # noqa: PLC0415

    url = fresh_schema(request)
    ours, _ = init_postgres(url)
    theirs = open_postgres(url)
    request.addfinalizer(ours.close)
    request.addfinalizer(theirs.close)
    planted_postgres(ours, old_records(5))
    return ours, theirs


def _row(archive: Any, survey: str) -> tuple[int, Any]:
    return archive._db.read(lambda c: c.execute(
        "SELECT version, changed_at FROM surveys WHERE id = %s", (survey,)).fetchone())


def test_an_edit_between_the_read_and_the_write_is_kept(offices: tuple[PostgresRepository, ...]) -> None:
    ours, theirs = offices
    edited = "2025-03-14-old-002"

    def another_office(batch: list[str]) -> None:
        assert edited in batch
        theirs.update(edited, lambda record: {**record, "summary": "Sửa ở văn phòng khác."})

    done = ours.compact(between=another_office)
    assert (done.packed, done.moved) == (4, 1)
    assert present(ours.get(edited))["summary"] == "Sửa ở văn phòng khác."
    assert "sentences" in stored_postgres(ours, edited)  # the edit wrote it packed itself
    assert ours.compact().packed == 0


def test_a_write_by_hand_between_is_not_undone_and_packed_next_time(
        offices: tuple[PostgresRepository, ...]) -> None:
    ours, theirs = offices
    touched = "2025-03-14-old-000"
    version, changed_at = _row(ours, touched)

    def by_hand(batch: list[str]) -> None:  # an older program's write: the record stays expanded, version as it was
        theirs._db.read(lambda c: c.execute(
            "UPDATE surveys SET record = jsonb_set(record, '{summary}', '\"Sửa tay.\"') WHERE id = %s", (touched,)))

    done = ours.compact(batch=2, between=by_hand)
    assert (done.packed, done.moved) == (4, 1)
    assert present(ours.get(touched))["summary"] == "Sửa tay."
    assert "sentences" not in stored_postgres(ours, touched)
    again = ours.compact()
    assert (again.packed, again.moved) == (1, 0)
    assert present(ours.get(touched))["summary"] == "Sửa tay."
    assert _row(ours, touched) == (version, changed_at)  # only the stored shape changed: no edit to see


def test_surveys_compact_on_an_archive_says_what_it_packed(
        offices: tuple[PostgresRepository, ...], capsys: pytest.CaptureFixture[str]) -> None:
    ours, _ = offices
    assert main(["--lang", "en", "--db", ours._db._url, "compact"]) == 0
    said = capsys.readouterr().err
    assert "packed 5 records of" in said and "0 written meanwhile by another office were left" in said
    assert all("sentences" in stored_postgres(ours, f"2025-03-14-old-{n:03}") for n in range(5))
