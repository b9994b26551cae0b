"""What the file-store scan, the in-memory index and the SQLite index each find for one filter over the same records.

The property tests of the filter language check every back end against a plain Python oracle; the three that run
without a server are asked the same way each time, so they are asked here once (the PostgreSQL one needs a fixture).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Filter
from store.sqlindex import SqlIndex


def scan_ids(made: list[dict[str, Any]], query: Filter) -> list[str]:
    matcher = Matcher(query)
    return sorted(record["id"] for record in made if matcher.matches_record(record))


def memory_ids(made: list[dict[str, Any]], query: Filter, text: bool = False) -> list[str]:
    index = SurveyIndex(made)
    if text:  # free text is indexed after the first answer; a test of it waits for that
        index.wait_for_text()
    return sorted(index.records[p]["id"] for p in index.search(query).positions)


def persistent_ids(made: list[dict[str, Any]], query: Filter) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        persistent = SqlIndex(Path(folder) / "i.sqlite3", lambda: "t1", lambda: made)
        persistent.build()
        try:
            found = persistent.search(query, limit=len(made) + 1).records
        finally:
            persistent.close()
    return sorted(record["id"] for record in found)
