"""A negated follow-up clause typed in the filter bar lists the visits with no such item (session 33).

On 9688935c `không quá hạn` and `not overdue` were refused ("the filter has no negation") and the list stayed. Now
each lists the visits with no late item (a visit with no item at all among them), the status line counts them, the
year facet counts them, and the filter bar shows the clause back in the reader's words; `status:open not overdue`
keeps the open visits with no late item. Pilot at 80×24 in Vietnamese and 120×40 in English.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.query import Filter
from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import active_filter, browsing, facet_lines, filter_text, listed_ids, set_filter
from tui.widgets.status_line import StatusLine

LATE, LATER = "2020-03-01", "2999-12-31"


def _visit(visit_id: str, day: str, *items: tuple[str, str | None]) -> dict[str, Any]:
    made = []
    for number, (status, deadline) in enumerate(items, 1):
        item: dict[str, Any] = {"text": f"Việc thứ {number} cần theo dõi.", "status": status}
        if deadline:
            item["deadline"] = deadline
        made.append(item)
    return make_record(id=visit_id, date=day, recommendations=made, directions=[])


VISITS = [
    _visit("2025-09-01-late", "2025-09-01", ("open", LATE), ("done", None)),
    _visit("2025-10-01-calm", "2025-10-01", ("open", LATER), ("in progress", None)),
    _visit("2024-11-01-closed", "2024-11-01", ("done", LATE), ("not accepted", LATE)),
    _visit("2024-12-01-none", "2024-12-01"),
]

CASES = [
    ("vi", (80, 24), "không quá hạn", "không quahan", ["2025-10-01-calm", "2024-12-01-none", "2024-11-01-closed"]),
    ("en", (120, 40), "not overdue", "not overdue", ["2025-10-01-calm", "2024-12-01-none", "2024-11-01-closed"]),
    ("vi", (80, 24), "trangthai:open -quahan", "trangthai:open không quahan", ["2025-10-01-calm"]),
    ("en", (120, 40), "status:open not overdue", "status:open not overdue", ["2025-10-01-calm"]),
]
"""(language, size, typed, shown back, the visits of `VISITS` found); the bundled sample's are told by `_wanted`."""


def _wanted(record: dict[str, Any], open_one: bool) -> bool:
    """The rule, apart from the product: no item late (past its deadline, neither done nor refused), and under
    `status:open` an open item (an item with no status is open)."""
    every = [*record.get("recommendations", []), *record.get("directions", [])]
    late = any(item.get("deadline") and item["deadline"] < date.today().isoformat()
               and item.get("status", "open") not in ("done", "not accepted") for item in every)
    return not late and (not open_one or any(item.get("status", "open") == "open" for item in every))


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "typed", "shown", "found"), CASES)
async def test_a_negated_clause_lists_the_visits_with_no_such_item(tmp_path: Path, lang: str, size: tuple[int, int],
                                                                   typed: str, shown: str, found: list[str]) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many(VISITS)
    async with browsing(path, lang, size=size) as (app, pilot):
        await set_filter(pilot, typed)
        assert active_filter(app) == Filter.parse(typed) and "not" in active_filter(app).fields()
        mine = {visit["id"] for visit in VISITS}
        assert [visit for visit in listed_ids(app) if visit in mine] == found  # newest first
        every = SurveyStore.open(path).records()
        wanted = sorted(record["id"] for record in every if _wanted(record, "open" in typed))
        assert sorted(listed_ids(app)) == wanted
        line = str(app.browser.query_one(StatusLine).render())
        assert line.startswith(f"{len(wanted)} / " if lang == "vi" else f"{len(wanted)} of "), line
        assert filter_text(app) == shown  # shown back in the reader's words
        years = Counter(visit[:4] for visit in wanted)
        for year, count in years.items():  # the year facet counts the visits found
            assert any(entry.split()[:1] == [year] and entry.split()[-1] == str(count)
                       for entry in facet_lines(app)), (year, count, facet_lines(app))
