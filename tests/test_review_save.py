"""A correction written over the survey as stored now: only the values the person changed, never over another's.

`apply_correction(seen, edited, current)` is the change `update()` applies for
the correction screen (`r`); these tests give it the three versions directly.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from store.validation import validate
from tests.factories import make_record
from tui.i18n import Translator
from tui.screens.review_save import LINE, Conflict, apply_correction, changed_values, shown_now

VI, EN = Translator("vi"), Translator("en")
SEEN = make_record(provenance=[{"path": "leader", "by": "extractor", "rule": "do X làm Trưởng đoàn"},
                               {"path": "figures[1]", "by": "extractor"}])


def changed(record: dict[str, Any], **values: Any) -> dict[str, Any]:
    return {**copy.deepcopy(record), **values}


def test_only_the_values_the_person_changed_are_written_over_what_is_stored_now() -> None:
    edited = changed(SEEN, leader={"name": "Lê Văn Đúng", "title": "Trưởng ban"},
                     provenance=[{"path": "leader", "by": "person"}, {"path": "figures[1]", "by": "extractor"}])
    current = changed(SEEN, summary="Tóm tắt do nơi khác sửa.", updated="2026-01-01T00:00:00.000000Z")
    current["recommendations"][0]["status"] = "done"  # a follow-up saved meanwhile
    result = apply_correction(SEEN, edited, current)
    assert result["leader"]["name"] == "Lê Văn Đúng"
    assert result["summary"] == "Tóm tắt do nơi khác sửa." and result["recommendations"][0]["status"] == "done"
    assert sorted((e["path"], e["by"]) for e in result["provenance"]) == [("figures[1]", "extractor"),
                                                                         ("leader", "person")]
    assert validate(result) == []


def test_a_value_changed_on_both_sides_is_a_conflict_that_names_it() -> None:
    edited = changed(SEEN, leader={"name": "Lê Văn Đúng", "title": "Trưởng ban"}, kind="kiểm tra")
    current = changed(SEEN, leader={"name": "Người Khác", "title": "Phó ban"})
    with pytest.raises(Conflict) as raised:
        apply_correction(SEEN, edited, current)
    assert raised.value.values == ["leader"] and raised.value.record_id == SEEN["id"]
    assert shown_now(raised.value.current, "leader", VI) == "Người Khác — Phó ban"
    assert shown_now(raised.value.current, "people", VI) is None  # nothing stored: nothing to show


def test_a_list_in_conflict_is_shown_short_with_what_it_holds_now() -> None:
    """A conflict on the figures or the recommendations named the value and showed nothing of what it holds."""
    figures = copy.deepcopy(SEEN["figures"])
    figures[1]["value"] = 97
    current = changed(SEEN, figures=figures)
    with pytest.raises(Conflict) as raised:
        apply_correction(SEEN, changed(SEEN, figures=SEEN["figures"][:1]), current)
    assert raised.value.values == ["figures"]
    assert shown_now(raised.value.current, "figures", VI, SEEN) == "2. Tỷ lệ đúng hạn: 97%"  # only what changed
    assert shown_now(current, "figures", VI) == ("1. Hồ sơ tiếp nhận: 1.200 hồ sơ (quý 3/2025, phường "
                                                 "Tân Định); 2. Tỷ lệ đúng hạn: 97%")
    items = copy.deepcopy(SEEN["recommendations"])
    items[0]["status"] = "done"
    assert shown_now(changed(SEEN, recommendations=items), "recommendations", VI, SEEN) == \
        "1. Bổ sung máy quét hồ sơ. (đã giải quyết)"
    assert shown_now(changed(SEEN, recommendations=items), "recommendations", EN, SEEN) == \
        "1. Bổ sung máy quét hồ sơ. (done)"
    many = changed(SEEN, recommendations=[{"text": f"Kiến nghị số {n} về hồ sơ trực tuyến."} for n in range(9)])
    said = shown_now(many, "recommendations", VI, SEEN)
    assert said is not None and len(said) == LINE and said.endswith("…")


def test_a_figure_in_conflict_is_written_as_the_browser_writes_numbers() -> None:
    """The stored value had been shown raw ("4421 hồ sơ", "97.0 %"): grouped and marked as the language writes."""
    figures = [{"label": "Hồ sơ đúng hạn", "value": 4421, "unit": "hồ sơ", "of": 4480},
               {"label": "Tỷ lệ hài lòng", "value": 97.0, "unit": "%"},
               {"label": "Tỷ lệ trực tuyến", "value": 99.83, "unit": "%"}]
    current = changed(SEEN, figures=figures)
    assert shown_now(current, "figures", VI) == ("1. Hồ sơ đúng hạn: 4.421 hồ sơ / 4.480; 2. Tỷ lệ hài lòng: 97%; "
                                                 "3. Tỷ lệ trực tuyến: 99,83%")
    assert shown_now(current, "figures", EN) == ("1. Hồ sơ đúng hạn: 4,421 hồ sơ / 4,480; 2. Tỷ lệ hài lòng: 97%; "
                                                 "3. Tỷ lệ trực tuyến: 99.83%")


def test_the_same_change_made_on_both_sides_is_no_conflict() -> None:
    edited = changed(SEEN, body="HĐND phường Tân Định (khóa mới)")
    assert apply_correction(SEEN, edited, copy.deepcopy(edited))["body"] == edited["body"]


def test_a_figure_list_changed_elsewhere_stops_a_figure_correction() -> None:
    edited = copy.deepcopy(SEEN)
    edited["figures"][1]["value"] = 99.5
    current = copy.deepcopy(SEEN)
    current["figures"].append({"label": "Hồ sơ trễ hạn", "value": 3, "unit": "hồ sơ"})  # a merge from an article
    with pytest.raises(Conflict):
        apply_correction(SEEN, edited, current)


def test_the_date_and_how_sure_it_is_are_one_value() -> None:
    edited = changed(SEEN, date_certainty="inferred")
    current = changed(SEEN, date="2025-10-03")
    assert changed_values(SEEN, edited) == ["date"]
    with pytest.raises(Conflict):
        apply_correction(SEEN, edited, current)


def test_an_empty_list_the_screen_reads_is_no_change_and_a_removed_value_is_removed() -> None:
    assert changed_values(SEEN, changed(SEEN, people=[], difficulties=[])) == []
    edited = copy.deepcopy(SEEN)
    del edited["directions"]
    result = apply_correction(SEEN, edited, copy.deepcopy(SEEN))
    assert "directions" not in result


def test_no_provenance_before_and_none_given_stays_none() -> None:
    plain = make_record()
    result = apply_correction(plain, changed(plain, summary="Sửa tóm tắt."), copy.deepcopy(plain))
    assert "provenance" not in result


def test_a_long_text_changed_elsewhere_is_shown_where_it_changed() -> None:
    """The whole stored summary was set beside the conflict: it filled the screen's few lines of message and the
    change, at its end, was out of sight."""
    summary = "Đoàn khảo sát việc giải quyết thủ tục hành chính trực tuyến ở phường. " * 3
    theirs = summary + "Đã bổ sung ý kiến của văn phòng khác."
    edited = changed(SEEN, summary=summary + "Bản của tôi.")
    current = changed(SEEN, summary=theirs)
    with pytest.raises(Conflict) as raised:
        apply_correction(changed(SEEN, summary=summary), edited, current)
    said = shown_now(raised.value.current, "summary", VI, changed(SEEN, summary=summary))
    assert said == "…rực tuyến ở phường. Đã bổ sung ý kiến của văn phòng khác."
    start = shown_now(changed(SEEN, summary="Ông" + summary[4:]), "summary", VI, changed(SEEN, summary=summary))
    assert start is not None and start.startswith("Ông khảo sát") and start.endswith("…") and len(start) < 100
    assert shown_now(current, "summary", VI) == theirs[:99] + "…"  # nothing to compare with: its start, cut
    assert shown_now(changed(SEEN, summary="Ngắn."), "summary", VI, SEEN) == "Ngắn."
