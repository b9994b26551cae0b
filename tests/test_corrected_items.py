"""Pure rules under the history of session 41 (hist3): a history cut into its saves, a corrected list's items paired
with the items they were (`store.item_history.saves`, `store.corrected_items.paired`)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from store.corrected_items import paired, with_history
from store.item_history import TRACKED, saves

AT = "2026-12-07T09:14:03Z"
WORDS = st.sampled_from(["Bổ sung máy quét.", "Mở thêm quầy.", "Rút ngắn thời gian.", "Cấp đủ biên chế."])
FIELDS = st.lists(st.sampled_from(TRACKED), min_size=1, max_size=3, unique=True).map(
    lambda fields: sorted(fields, key=TRACKED.index))


@given(st.lists(st.tuples(st.sampled_from(["lan", "minh"]), FIELDS), max_size=8))
def test_saves_with_ids_in_one_second_are_cut_where_they_were_written(written: list[tuple[str, list[str]]]) -> None:
    history = [{"at": AT, "save": f"{number:012x}", "who": who, "field": field}
               for number, (who, fields) in enumerate(written) for field in fields]
    assert [[entry["field"] for entry in run] for run in saves(history)] == [fields for _, fields in written]


def test_an_older_programs_saves_in_one_second_are_cut_where_a_field_comes_again() -> None:
    old = [{"at": AT, "who": "lan", "field": field} for field in ("status", "deadline", "status", "to")]
    assert [[entry["field"] for entry in run] for run in saves(old)] == [["status", "deadline"], ["status", "to"]]
    assert len(saves([*old[:1], {**old[1], "who": "minh"}])) == 2  # another writer: another save


@given(st.lists(WORDS, max_size=6), st.lists(WORDS, max_size=6))
def test_each_corrected_item_is_paired_with_at_most_one_item_it_was(before: list[str], after: list[str]) -> None:
    pairs = paired([{"text": text} for text in before], [{"text": text} for text in after])
    assert all(0 <= index < len(after) and 0 <= old < len(before) for index, old in pairs.items())
    assert len(set(pairs.values())) == len(pairs)  # never two items from one
    same = [index for index, text in enumerate(after) if index < len(before) and before[index] == text]
    assert all(pairs[index] == index for index in same)  # an item in its place with its words is itself


def test_a_list_of_one_length_pairs_by_place_when_the_words_were_corrected() -> None:
    before = [{"text": "Bổ sung máy quét."}, {"text": "Mở thêm quầy."}]
    assert paired(before, [{"text": "Bổ sung hai máy quét."}, {"text": "Mở thêm quầy."}]) == {1: 1, 0: 0}
    assert paired(before, [{"text": "Mở thêm quầy."}, {"text": "Mới."}, {"text": "Bổ sung máy quét."}]) == {0: 1, 2: 0}


def test_with_history_leaves_a_correction_without_follow_up_changes_as_it_is() -> None:
    seen: dict[str, Any] = {"recommendations": [{"text": "Mở thêm quầy.", "status": "done"}]}
    edited = {**seen, "summary": "Đã sửa."}
    assert with_history(seen, edited, "lan", AT, "0123456789ab") is edited
    closed = with_history(seen, {"recommendations": [{"text": "Mở thêm quầy."}]}, "lan", AT, "0123456789ab")
    assert closed["recommendations"][0]["history"] == [
        {"at": AT, "save": "0123456789ab", "who": "lan", "field": "status", "from": "done", "to": "open"}]


SCANNERS = {"text": "Đề nghị UBND phường bổ sung 02 máy quét hồ sơ cho bộ phận một cửa.", "status": "in progress"}
DESK = {"text": "Bố trí thêm một quầy tiếp nhận hồ sơ đất đai vào buổi sáng thứ Bảy."}
STAFF = {"text": "Cử cán bộ hướng dẫn người cao tuổi nộp hồ sơ trực tuyến."}


def test_a_row_moved_and_reworded_is_the_item_of_the_closest_words() -> None:
    reworded = {**SCANNERS, "text": "Đề nghị UBND phường sớm bổ sung 03 máy quét hồ sơ cho bộ phận một cửa phường."}
    assert paired([SCANNERS, DESK], [DESK, reworded]) == {0: 1, 1: 0}  # swapped: in place would be neither
    assert paired([SCANNERS, DESK], [STAFF, DESK, reworded]) == {1: 1, 2: 0}  # a row added above: the list grew
    closed = with_history({"recommendations": [SCANNERS, DESK]},
                          {"recommendations": [STAFF, DESK, {**reworded, "status": "done"}]}, "lan", AT, "0123456789ab")
    assert [(entry["from"], entry["to"]) for entry in closed["recommendations"][2]["history"]] == [
        ("in progress", "done")]
    assert "history" not in closed["recommendations"][0]  # the new row: none


def test_a_row_rewritten_past_likeness_and_moved_is_a_new_row() -> None:
    other = {"text": "Bổ sung kinh phí sửa chữa nhà văn hóa khu phố 3.", "status": "done"}
    assert paired([SCANNERS, DESK], [STAFF, DESK, other]) == {1: 1}  # no ask of the old list is like it
