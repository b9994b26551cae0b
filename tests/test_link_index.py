"""`LinkIndex.changed`: the repeat-link index kept up to date after a store change answers as one built whole.

The oracle is `LinkIndex(records)` over the store as it is after each change: after random sequences of visits
added, edited (an item's text or status, the day, the place, the body, a response that files nothing again) and
deleted, the index made by `changed` from the one before holds the same items by place and gives every visit the
same links, in the same order. Texts come from a few asks written alike, so that links are many.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.item_links import LinkIndex

ASKS = ("Đề nghị bổ sung biên chế công chức công nghệ thông tin cho xã.",
        "Xã lại đề nghị sớm bổ sung biên chế công chức công nghệ thông tin.",
        "Đề nghị cấp máy quét tài liệu cho bộ phận một cửa.",
        "Tiếp tục đề nghị cấp máy quét tài liệu cho bộ phận một cửa của xã.",
        "Như đã chỉ đạo, rà soát làm sạch dữ liệu dân cư.")
WARDS = (17254, 17263, 26734)
DAYS = ("2026-01-05", "2026-03-12", "2026-03-12", "2026-09-18", "2026-11-02")


def visit(rid: str, day: str, ward: int, asks: list[int], directions: list[int], body: str) -> dict[str, Any]:
    locality = {"name": f"xã {ward}", "level": "xã", "province": {"name": "Nghệ An", "code": 40},
                "ward": {"name": f"Xã {ward}", "code": ward}}
    return {"id": rid, "date": day, "body": body, "localities": [locality],
            "recommendations": [{"text": ASKS[a]} for a in asks], "directions": [{"text": ASKS[d]} for d in directions]}


asks = st.lists(st.integers(0, len(ASKS) - 1), max_size=3)
visits = st.builds(visit, st.just(""), st.sampled_from(DAYS), st.sampled_from(WARDS), asks, asks,
                   st.sampled_from(("Đoàn A", "Đoàn B")))
EDITS = ("text", "status", "day", "place", "body", "response", "decision")
steps = st.lists(st.one_of(st.tuples(st.just("add"), visits), st.tuples(st.just("delete"), st.integers(0, 50)),
                           st.tuples(st.sampled_from(EDITS), st.integers(0, 50), st.integers(0, 50))),
                 min_size=1, max_size=12)


def edited(record: dict[str, Any], how: str, pick: int) -> dict[str, Any]:
    """A copy of `record` with one change of kind `how` (`pick` chooses which item or value)."""
    record = copy.deepcopy(record)
    items = [item for field in ("recommendations", "directions") for item in record[field]]
    if how == "day":
        record["date"] = DAYS[pick % len(DAYS)]
    elif how == "place":
        record["localities"][0]["ward"]["code"] = WARDS[pick % len(WARDS)]
    elif how == "body":
        record["body"] = f"Đoàn {pick}"
    elif not items:
        record["recommendations"] = [{"text": ASKS[pick % len(ASKS)]}]
    elif how == "text":
        items[pick % len(items)]["text"] = ASKS[pick % len(ASKS)]
    elif how == "status":
        items[pick % len(items)]["status"] = ("open", "in_progress", "done")[pick % 3]
    elif how == "response":
        items[pick % len(items)].setdefault("responses", []).append({"date": "2026-12-01", "text": "Đã làm."})
    else:  # a decision on a link: read from the record asked about, never filed
        items[pick % len(items)]["repeats"] = [{"survey": "v0", "item": "r1", "decision": "dropped"}]
    return record


def same(incremental: LinkIndex, whole: LinkIndex, records: list[dict[str, Any]]) -> None:
    def filed(index: LinkIndex) -> dict[str, list[Any]]:
        return {place: sorted(entries, key=lambda e: (e.survey, e.field, e.index))
                for place, entries in index.by_place.items()}

    assert filed(incremental) == filed(whole)
    assert incremental.items == whole.items
    assert incremental.texts == whole.texts
    for record in records:
        assert incremental.links(record, dropped=True) == whole.links(record, dropped=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(visits, max_size=6), changes=steps)
def test_an_index_kept_up_to_date_equals_one_built_whole(first: list[dict[str, Any]],
                                                         changes: list[tuple[Any, ...]]) -> None:
    stored = {f"v{at}": {**record, "id": f"v{at}"} for at, record in enumerate(first)}
    index = LinkIndex(stored.values())
    made = len(stored)
    for step in changes:
        before = index
        if step[0] == "add":
            stored[f"v{made}"] = {**step[1], "id": f"v{made}"}
            made += 1
        elif stored and step[0] == "delete":
            del stored[sorted(stored)[step[1] % len(stored)]]
        elif stored:
            rid = sorted(stored)[step[1] % len(stored)]
            stored[rid] = edited(stored[rid], step[0], step[2])
        snapshot = copy.deepcopy(before.by_place)
        index = before.changed(list(stored.values()))
        assert before.by_place == snapshot  # the index before is left as it was (another thread may read it)
        same(index, LinkIndex(stored.values()), list(stored.values()))


def test_a_change_that_files_nothing_again_keeps_the_index() -> None:
    first = visit("a", "2026-03-12", 17254, [0], [], "Đoàn A")
    later = visit("b", "2026-09-18", 17254, [1], [], "Đoàn B")
    index = LinkIndex([first, later])
    answered = edited(later, "response", 0)
    assert index.changed([first, answered]) is index
    elsewhere = edited(later, "place", 1)  # another ward: no earlier visit there
    moved = index.changed([first, elsewhere])
    assert moved is not index and moved.links(elsewhere) == {} and index.links(later) != {}
