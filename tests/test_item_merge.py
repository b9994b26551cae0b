"""`store.item_merge`: a follow-up item merged three ways, field by field, responses as a list merged by identity."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.item_merge import ItemClash, merge_item

BASE: dict[str, Any] = {"text": "Bổ sung máy quét.", "to": "thành phố", "status": "open",
        "responses": [{"date": "2026-11-02", "text": "Đã nhận."}]}
DAYS = st.sampled_from(["2026-11-01", "2026-11-02", "2026-12-05"])
RESPONSE = st.fixed_dictionaries({"date": DAYS, "text": st.sampled_from(["a", "b", "c", "d"])})
CHANGES = st.fixed_dictionaries({}, optional={
    "status": st.sampled_from(["open", "in progress", "done"]),
    "deadline": st.sampled_from(["2026-12-31", "2027-01-15"]),
    "to": st.sampled_from(["thành phố", "Sở Tư pháp"]),
})


def _side(changes: dict[str, str], added: list[dict[str, str]]) -> dict[str, Any]:
    item = {**BASE, **changes}
    item["responses"] = sorted([*BASE["responses"], *added], key=lambda response: response["date"])
    return item


def _multiset(responses: list[dict[str, str]]) -> list[tuple[str, str]]:
    return sorted((response["date"], response["text"]) for response in responses)


@settings(max_examples=300)
@given(CHANGES, st.lists(RESPONSE, max_size=3), CHANGES, st.lists(RESPONSE, max_size=3))
def test_each_side_keeps_its_fields_and_responses_unless_both_changed_a_field(
        mine_changes: dict[str, str], mine_added: list[dict[str, str]],
        theirs_changes: dict[str, str], theirs_added: list[dict[str, str]]) -> None:
    mine, theirs = _side(mine_changes, mine_added), _side(theirs_changes, theirs_added)
    clashing = [key for key in ("status", "deadline", "to")
                if mine.get(key) != BASE.get(key) and theirs.get(key) != BASE.get(key) and mine[key] != theirs[key]]
    if clashing:
        with pytest.raises(ItemClash) as clash:
            merge_item(BASE, mine, theirs)
        assert clash.value.fields == clashing
        return
    merged = merge_item(BASE, mine, theirs)
    for key in ("text", "status", "deadline", "to"):
        assert merged.get(key) == (mine.get(key) if mine.get(key) != BASE.get(key) else theirs.get(key))
    stored_and_mine = _multiset(theirs["responses"])
    for response in mine_added:  # an addition in the same words on both sides is one
        if (response["date"], response["text"]) in stored_and_mine and response in theirs_added:
            theirs_added.remove(response)
            continue
        stored_and_mine.append((response["date"], response["text"]))
    assert _multiset(merged["responses"]) == sorted(stored_and_mine)
    assert [response["date"] for response in merged["responses"]] == sorted(r["date"] for r in merged["responses"])


@given(CHANGES, st.lists(RESPONSE, max_size=3))
def test_one_side_unchanged_gives_the_other(changes: dict[str, str], added: list[dict[str, str]]) -> None:
    edited = _side(changes, added)
    assert merge_item(BASE, edited, BASE) == edited
    assert merge_item(BASE, BASE, edited) == edited


def test_a_response_removed_on_one_side_and_kept_on_the_other_is_removed() -> None:
    mine = {**BASE, "responses": []}
    theirs = {**BASE, "status": "done", "responses": [*BASE["responses"], {"date": "2026-12-05", "text": "B"}]}
    assert merge_item(BASE, mine, theirs) == {**theirs, "responses": [{"date": "2026-12-05", "text": "B"}]}


def test_a_response_removed_on_both_sides_differently_is_a_clash_and_the_same_way_is_not() -> None:
    mine = {**BASE, "responses": [{"date": "2026-11-02", "text": "Đã nhận (A)."}]}
    theirs = {**BASE, "responses": [{"date": "2026-11-02", "text": "Đã nhận (B)."}]}
    with pytest.raises(ItemClash) as clash:
        merge_item(BASE, mine, theirs)
    assert clash.value.fields == ["responses"]
    assert merge_item(BASE, mine, mine) == mine


def test_a_field_cleared_on_my_side_is_cleared() -> None:
    mine = {key: value for key, value in BASE.items() if key != "to"}
    assert "to" not in merge_item(BASE, mine, {**BASE, "deadline": "2026-12-31"})
