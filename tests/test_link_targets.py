"""`store.link_targets`: a stored link decision follows its earlier item when that visit's items move (session 34)."""

from __future__ import annotations

import pytest

from store.item_links import LinkIndex
from store.link_decisions import decide
from store.link_targets import resolve
from tests.test_item_links import MARCH, SEPTEMBER, visit

SCANNER = "Đề nghị cấp máy quét tài liệu cho bộ phận một cửa."
STAFF = "Đề nghị bổ sung 01 biên chế công chức công nghệ thông tin."
ROAD = "Đề nghị nâng cấp đường giao thông nội đồng thôn Bản Khe."
LATER = ("recommendations", 1)


@pytest.mark.parametrize(("items", "expected"), [
    ([("r1", SCANNER), ("r2", STAFF)], "r2"),  # where it was
    ([("r1", STAFF), ("r2", SCANNER)], "r1"),  # reordered
    ([("r1", STAFF)], "r1"),  # the item before it deleted
    ([("r1", SCANNER), ("r2", "ĐỀ NGHỊ  bổ sung 01 biên chế công chức công nghệ thông tin")], "r2"),  # case, spacing
    ([("r1", SCANNER), ("r2", "Đề nghị bổ sung 02 biên chế công chức công nghệ thông tin cho xã.")], "r2"),  # edited
    ([("r1", "Đề nghị bổ sung 02 biên chế công chức công nghệ thông tin cho xã."), ("r2", ROAD)], "r1"),  # both
    ([("r1", SCANNER), ("r2", ROAD)], None),  # deleted: "r2" names another item now
    ([("r1", SCANNER)], None),
])
def test_a_decision_made_on_a_text_finds_that_item_or_nothing(items: list[tuple[str, str]],
                                                               expected: str | None) -> None:
    assert resolve({"survey": "march", "item": "r2", "decision": "dropped", "text": STAFF}, items) == expected


@pytest.mark.parametrize(("items", "expected"), [([("r1", SCANNER), ("r2", ROAD)], "r2"), ([("r1", SCANNER)], None)])
def test_a_decision_stored_the_old_way_is_read_by_its_label(items: list[tuple[str, str]], expected: str | None) -> None:
    assert resolve({"survey": "march", "item": "r2", "decision": "dropped"}, items) == expected


def with_recommendations(record: dict, texts: list[str]) -> dict:
    return {**record, "recommendations": [{"text": text} for text in texts]}


def test_a_dropped_link_stays_dropped_when_the_earlier_items_are_reordered() -> None:
    dropped = decide(SEPTEMBER, LATER, ("march", "r2"), "dropped", STAFF)
    assert dropped["recommendations"][1]["repeats"][0]["text"] == STAFF
    reordered = with_recommendations(MARCH, [STAFF, SCANNER])
    assert LinkIndex([reordered, dropped]).links(dropped) == {}
    # the base read "r2" as the scanner: the staffing item, now r1, was suggested again


def test_a_confirmed_link_follows_its_item_and_goes_with_it() -> None:
    confirmed = decide(SEPTEMBER, LATER, ("march", "r2"), "confirmed", STAFF)
    shifted = with_recommendations(MARCH, [STAFF])  # r1 deleted: the staffing item is r1 now
    [link] = LinkIndex([shifted, confirmed]).links(confirmed)[LATER]
    assert (link.item, link.confirmed) == ("r1", True)
    replaced = with_recommendations(MARCH, [SCANNER, ROAD])  # deleted: r2 is another item
    assert LinkIndex([replaced, confirmed]).links(confirmed) == {}


def test_a_decision_taken_again_on_the_moved_item_replaces_the_first() -> None:
    dropped = decide(SEPTEMBER, LATER, ("march", "r2"), "dropped", STAFF)
    again = decide(dropped, LATER, ("march", "r1"), "confirmed", STAFF)  # the same item, now at r1
    assert again["recommendations"][1]["repeats"] == [{"survey": "march", "item": "r1", "decision": "confirmed",
                                                       "text": STAFF}]
    other = decide(again, LATER, ("march", "r2"), "dropped", ROAD)  # another item now at r2: both kept
    assert len(other["recommendations"][1]["repeats"]) == 2


def test_a_visit_of_three_items_keeps_each_decision_on_its_own_item() -> None:
    march = visit("march", "2026-03-12", MARCH["localities"][0], [SCANNER, STAFF])
    dropped = decide(SEPTEMBER, LATER, ("march", "r2"), "dropped", STAFF)
    inserted = with_recommendations(march, [ROAD, SCANNER, STAFF])  # one put before: the staffing item is r3
    assert LinkIndex([inserted, dropped]).links(dropped) == {}
