"""The items shown under a negated follow-up clause, on every backend (session 34).

The rule (docs/tryout-s34-product11.md, README's filter algebra, the filter help): the item surfaces (the `u`
list's count and dimming, the details' ▶ marks, `surveys export --rows recommendations` and the export dialog's
item rows, the brief's item lists) show, of the visits the WHOLE filter finds, the items meeting its POSITIVE
follow-up clauses (one item all of them); with none, every item. A `not` clause picks visits, not items: it takes
no item away, and none it names can be shown, since a visit found has none. Asked of each backend through the one
function every surface calls (`store.export.items_asked`), written rows and their count, against an oracle of this
file's own: the visits hand-listed in tests/contract/test_negated_items.py, items read from the dicts.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest

from store.export import count_rows, export, items_asked
from store.query import Filter
from store.repository import Repository
from tests.contract.test_item_clauses import LATE, VISITS, _records
from tests.contract.test_negated_items import CASES

TODAY = date.today()
STATUS = {"open": "open", "done": "done", '"in progress"': "in progress", '"chưa giải quyết"': "open",
          '"đã giải quyết"': "done", '"đang giải quyết"': "in progress"}
CLOSED = {"done", "not accepted"}
assert LATE < TODAY.isoformat()
NO_LATE_ITEM = {"not overdue", "không quá hạn", "-overdue", "-quahan", "status:open not overdue",
                "not status:done not overdue", "not overdue year:2023"}


def _positive(text: str) -> tuple[set[str], bool]:
    """The positive follow-up clauses of a case, read by hand: statuses named outside a negation, and overdue."""
    words, kept, depth, skip = text.replace("(", " ( ").replace(")", " ) ").split(), [], 0, False
    for word in words:
        if word in ("not", "không", "trừ") or word.startswith(("-", "!")):
            skip = True
            continue
        if word == "(":
            depth += 1
            continue
        if word == ")":
            depth -= 1
            skip = depth > 0 and skip
            continue
        if skip:
            skip = depth > 0 or word in ("quá",)  # "không quá hạn": both words negated
            continue
        kept.append(word)
    said = " ".join(kept)
    statuses = {value for prefix in ("status:", "trangthai:") for value, name in STATUS.items()
                if f"{prefix}{value}" in said for value in [name]}
    return statuses, "overdue" in kept or "quahan" in kept or "hạn" in kept


def _meets(item: dict[str, Any], statuses: set[str], overdue: bool) -> bool:
    status = item.get("status", "open")
    if statuses and status not in statuses:
        return False
    return not overdue or (bool(item.get("deadline")) and item["deadline"] < TODAY.isoformat()
                           and status not in CLOSED)


def _expected(text: str, found: list[str]) -> list[tuple[str, str]]:
    statuses, overdue = _positive(text)
    return sorted((name, item["text"]) for name in found for item in [*VISITS[name][1], *VISITS[name][2]]
                  if _meets(item, statuses, overdue))


@pytest.mark.parametrize(("text", "found"), CASES)
def test_the_item_rows_are_the_positive_clauses_items_of_the_visits_found(repository: Repository, text: str,
                                                                        found: list[str]) -> None:
    repository.upsert_many(_records())
    query = Filter.parse(text)
    records = repository.search(query, facets=False).records
    items = items_asked(query, TODAY)
    written = export(records, "csv", rows="recommendations", today=TODAY, items=items).decode("utf-8")
    rows = sorted((row["survey_id"], row["text"]) for row in csv.DictReader(io.StringIO(written)))
    assert rows == _expected(text, found), text
    assert count_rows(records, "csv", "recommendations", items, TODAY) == len(rows)
    if text in NO_LATE_ITEM:  # the question asked of session 33: no late item, of any visit, is listed
        assert all(row["overdue"] == "" for row in csv.DictReader(io.StringIO(written))), text


def test_the_oracle_reads_the_positive_clauses() -> None:
    """The hand reading above, checked on the cases it must split: the negated words and groups are left out."""
    assert _positive("status:open not overdue") == ({"open"}, False)
    assert _positive("overdue not status:done") == (set(), True)
    assert _positive("không quá hạn") == (set(), False)
    assert _positive('not (status:open status:"in progress" overdue)') == (set(), False)
    assert _positive("status:open quá hạn") == ({"open"}, True)


def test_every_surface_reads_a_filter_s_items_through_one_function() -> None:
    """The browser's `u` list and details (`AppState.item_test`), its export dialog and `surveys export` call
    `items_asked`: under `status:open not overdue` the open items, under a negation alone every item."""
    from pathlib import Path  # noqa: PLC0415

    root = Path(__file__).resolve().parents[2]
    for source in ("tui/state.py", "tui/screens/export_dialog.py", "cli/commands/exporting.py"):
        text = (root / source).read_text(encoding="utf-8")
        assert "items_asked(" in text and "item_filter(" not in text, source
    assert items_asked(Filter.parse("not overdue")) is None
    wanted = items_asked(Filter.parse("status:open not overdue"))
    assert wanted is not None and wanted({"text": "x"}) and not wanted({"text": "x", "status": "done"})
