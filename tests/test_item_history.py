"""`store.item_history` and the merge over it, without a store: entries, union, "changed since" (s39, hist1)."""

from __future__ import annotations

import pytest

from store.item_history import changed_since, entries, last_save, stamp_responses, union
from store.item_merge import ItemClash, merge_item

AT, LATER = "2026-12-07T09:14:03Z", "2026-12-07T10:00:00Z"
OPEN = {"text": "Bố trí máy quét cho bộ phận một cửa.", "to": "UBND xã"}


def test_an_item_without_a_status_is_open_so_setting_it_open_says_nothing() -> None:
    assert entries(OPEN, {**OPEN, "status": "open"}, OPEN, None, AT) == []
    done = entries(OPEN, {**OPEN, "status": "done", "to": None}, OPEN, "editor", AT)
    assert done == [{"at": AT, "who": "editor", "field": "status", "from": "open", "to": "done"},
                    {"at": AT, "who": "editor", "field": "to", "from": "UBND xã"}]  # cleared: no "to"


def test_a_value_another_office_already_set_is_no_entry() -> None:
    assert entries(OPEN, {**OPEN, "status": "done"}, {**OPEN, "status": "done"}, None, AT) == []


def test_both_offices_entries_are_kept_in_time_order_and_one_held_by_both_is_one() -> None:
    mine = {"at": LATER, "field": "status", "from": "open", "to": "done"}
    theirs = {"at": AT, "field": "deadline", "to": "2026-12-31"}
    assert union([], [mine], [theirs]) == [theirs, mine]
    assert union([theirs], [theirs, mine], [theirs]) == [theirs, mine]


def test_merge_item_unions_the_history_and_still_refuses_a_field_changed_on_both_sides() -> None:
    mine = {**OPEN, "status": "done", "history": [{"at": LATER, "field": "status", "from": "open", "to": "done"}]}
    theirs = {**OPEN, "deadline": "2026-12-31", "history": [{"at": AT, "field": "deadline", "to": "2026-12-31"}]}
    merged = merge_item(OPEN, mine, theirs)
    assert [entry["field"] for entry in merged["history"]] == ["deadline", "status"]
    with pytest.raises(ItemClash):
        merge_item(OPEN, mine, {**theirs, "status": "not accepted"})


def test_a_responses_moment_is_no_part_of_its_identity() -> None:
    said = {"date": "2026-12-06", "text": "Đã có văn bản trả lời."}
    stamped = stamp_responses(OPEN, {**OPEN, "responses": [said]}, AT)
    assert stamped["responses"] == [{**said, "at": AT}]
    merged = merge_item(OPEN, stamped, {**OPEN, "responses": [{**said, "at": LATER}]})
    assert len(merged["responses"]) == 1  # the same words saved twice (a retried save) are one


def test_changed_since_reads_history_and_responses_not_ones_own() -> None:
    item = {**OPEN, "history": [{"at": LATER, "field": "status", "from": "open", "to": "done"}]}
    assert changed_since(item, AT) and not changed_since(item, LATER)
    assert not changed_since(item, AT, own=frozenset({LATER}))
    dated = {**OPEN, "responses": [{"date": "2026-12-08", "text": "Trả lời."}]}  # no moment: by its day
    assert changed_since(dated, AT) and not changed_since(dated, "2026-12-08T23:00:00Z")
    assert not changed_since(OPEN, AT)


def test_my_own_earlier_saves_are_not_news_but_another_name_or_none_is() -> None:
    mine = {"at": LATER, "save": "aaaaaaaaaaaa", "who": "Lan", "field": "status", "from": "open", "to": "done"}
    said = {"date": "2026-12-07", "text": "Đã giao phòng Văn hóa.", "at": LATER}
    item = {**OPEN, "history": [mine], "responses": [said]}
    assert changed_since(item, AT)  # no name known: as before
    assert not changed_since(item, AT, me="Lan")  # my save of yesterday, its response with it
    assert changed_since(item, AT, me="Hùng")  # someone else's
    older = {**OPEN, "history": [{k: v for k, v in mine.items() if k != "who"}]}  # an older program's: no who
    assert changed_since(older, AT, me="Lan")
    both = {**item, "history": [mine, {**mine, "save": "bbbbbbbbbbbb", "who": "Hùng", "field": "deadline",
                                        "to": "2027-01-31"}]}
    assert changed_since(both, AT, me="Lan")  # another office's entry, and the response of that second is theirs too
    alone = {**OPEN, "history": [mine], "responses": [{**said, "at": "2026-12-07T11:00:00Z"}]}
    assert changed_since(alone, AT, me="Lan")  # a response saved at no moment of mine: news


def test_a_response_saved_alone_carries_its_writer_and_is_not_news_to_them() -> None:
    """Session 42: a save that only added a response wrote no history entry, so nothing told its writer's response
    from another office's, and the next day's `c` listed it as news to the person who had typed it."""
    said = {"date": "2026-12-07", "text": "Sở đã có công văn trả lời."}
    stamped = stamp_responses(OPEN, {**OPEN, "responses": [said]}, LATER, "Lan")
    assert stamped["responses"] == [{**said, "at": LATER, "who": "Lan"}]
    assert not changed_since(stamped, AT, me="Lan")  # mine, though no entry of mine says that moment
    assert changed_since(stamped, AT, me="Hùng") and changed_since(stamped, AT)  # another name's, or no name known
    anonymous = stamp_responses(OPEN, {**OPEN, "responses": [said]}, LATER)  # no name known: none written
    assert anonymous["responses"] == [{**said, "at": LATER}] and changed_since(anonymous, AT, me="Lan")
    theirs = {**OPEN, "responses": [{**said, "at": AT, "who": "Hùng"}]}
    assert len(merge_item(OPEN, stamped, theirs)["responses"]) == 1  # the same words from two writers are one
    kept = stamp_responses(stamped, {**stamped, "responses": [*stamped["responses"], said]}, "2026-12-08T08:00:00Z",
                           "Hùng")
    assert kept["responses"][0] == stamped["responses"][0]  # a response stored already keeps its writer


def test_the_last_save_is_every_entry_of_its_moment_and_writer() -> None:
    first = {"at": AT, "field": "status", "from": "open", "to": "done"}
    second = [{"at": LATER, "who": "b", "field": "status", "from": "done", "to": "open"},
              {"at": LATER, "who": "b", "field": "deadline", "to": "2027-01-31"}]
    assert last_save({**OPEN, "history": [first, *second]}) == second
    assert last_save(OPEN) == []
