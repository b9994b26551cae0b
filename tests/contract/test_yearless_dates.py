"""A date without its year (`ngay:22/10`) on every backend: that day in any year, the same ids everywhere.

The first-user trial: "the visit of 22/10" was remembered, its year not. The TinyDB scan, the SQLite index
and PostgreSQL each answer the clause their own way (`store.dates.in_bounds`, `substr(date, 6, 5)`), so every
backend is asked the same questions here and must give the same ids.
"""

from __future__ import annotations

import pytest

from store.query import Filter
from store.repository import Repository
from tests.factories import make_record

DAYS = ["2023-10-22", "2025-10-22", "2025-10-23", "2024-02-29", "2025-12-25", "2026-01-05", "2025-09-15",
        "2024-09-01", "2022-08-31"]


def _ids(repository: Repository, text: str) -> list[str]:
    return sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ngay:22/10", ["2023-10-22", "2025-10-22"]),
        ("date:22-10", ["2023-10-22", "2025-10-22"]),
        ("thoigian:22.10", ["2023-10-22", "2025-10-22"]),
        ('ngay:"22 tháng 10"', ["2023-10-22", "2025-10-22"]),
        ("ngay:29/2", ["2024-02-29"]),
        ('ngay:"tháng 9"', ["2024-09-01", "2025-09-15"]),
        ("tu:1/9 den:30/9", ["2024-09-01", "2025-09-15"]),  # September of any year: the two ends ANDed
        ("den:1/9", ["2022-08-31", "2024-02-29", "2024-09-01", "2026-01-05"]),
        ("since:23/10", ["2025-10-23", "2025-12-25"]),
        ("ngay:20/12..10/1", ["2025-12-25", "2026-01-05"]),  # over New Year
        ("ngay:1/9..31/10", ["2023-10-22", "2024-09-01", "2025-09-15", "2025-10-22", "2025-10-23"]),
        ("ngay:22/10 ngay:25/12", ["2023-10-22", "2025-10-22", "2025-12-25"]),  # OR within the field
        ("ngay:22/10 nam:2025", ["2025-10-22"]),  # AND across fields
        ("ngay:22/10 tu:2024", ["2025-10-22"]),
        ("ngay:22/10 ngay:2024", ["2023-10-22", "2024-02-29", "2024-09-01", "2025-10-22"]),
        ("ngay:31/12", []),
    ],
)
def test_a_day_without_its_year_is_that_day_in_any_year(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many([make_record(id=day, date=day) for day in DAYS])
    assert _ids(repository, text) == found
    assert repository.search(Filter.parse(text)).total == len(found)  # the counted path, facets and all
