"""The `locality` sort orders a visit by today's ward, on every backend: an old name sorts with what it became.

The list names a place as written, then today's ward ("Hương Ngải → Tây Phương", session 40); the sort had been
asked to follow today's unit (polish19, session 41), which it does already (`store.matching.locality_sort_key`, one
key for the scan, the SQLite index and PostgreSQL's `locality_key`): a 2024 visit to xã Hương Ngải stands beside
the visits to xã Tây Phương, among the T's, not among the H's where its written name would put it. Pinned here on
every backend, with a numbered ward ("phường 1", now Bàn Cờ) and a place written as it is today as look-alikes.
"""

from __future__ import annotations

from typing import Any

from store.query import Filter
from store.repository import Repository
from tests.factories import make_record
from tests.tui.test_list_written_names_s40 import HUONG_NGAI, MINH_AN, PHUONG_1, TAN_DINH

TAY_PHUONG = {**HUONG_NGAI, "name": "xã Tây Phương"}
BAN_CO = {**PHUONG_1, "ward": {"name": "Phường Bàn Cờ", "code": 27160}}  # the code the gazetteer holds


def visit(ident: str, locality: dict[str, Any]) -> dict[str, Any]:
    return {**make_record(id=ident, date=ident[:10], localities=[locality]), "figures": [], "recommendations": [],
            "directions": []}


VISITS = [visit("2024-03-05-huong-ngai", HUONG_NGAI), visit("2025-09-01-tay-phuong", TAY_PHUONG),
          visit("2024-05-01-minh-an", MINH_AN), visit("2024-06-01-phuong-1", BAN_CO),
          visit("2025-10-02-tan-dinh", TAN_DINH)]


def test_an_old_name_sorts_with_todays_ward(repository: Repository) -> None:
    repository.upsert_many(VISITS)
    listed = [record["id"] for record in repository.search(Filter.parse(""), sort="locality").records]
    # Bàn Cờ, Hội An, Tân Định, Tây Phương (today's; the newer visit first): by the written names "phường 1",
    # Hương Ngải and Minh An would have come first and Hương Ngải stood apart from Tây Phương
    assert listed == ["2024-06-01-phuong-1", "2024-05-01-minh-an", "2025-10-02-tan-dinh", "2025-09-01-tay-phuong",
                      "2024-03-05-huong-ngai"]
