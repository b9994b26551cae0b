"""Following recommendations and directions up: edits are pure, validated, and saved atomically."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from store.followup import FollowUpError, edit_item, get_item, is_overdue, save_followup, status_label, status_of
from store.index import SurveyIndex
from store.query import Filter
from tests.bundled import LAI_THIEU
from tests.factories import make_record


def test_edit_returns_a_new_record_and_leaves_the_old_one_alone(record) -> None:
    before = copy.deepcopy(record)
    edited = edit_item(record, ("recommendations", 0), status="in progress", deadline="31/12/2025",
                       to="Sở Nội vụ", response=("2025-11-02", "Đã  gửi   văn bản"))
    assert record == before
    item = edited["recommendations"][0]
    assert item["status"] == "in progress" and item["deadline"] == "2025-12-31" and item["to"] == "Sở Nội vụ"
    assert item["responses"] == [{"date": "2025-11-02", "text": "Đã gửi văn bản"}]
    assert edited["directions"] == record["directions"]


def test_responses_are_kept_in_date_order(record) -> None:
    first = edit_item(record, ("directions", 0), response=("2025-12-01", "sau"))
    second = edit_item(first, ("directions", 0), response=("1/11/2025", "trước"))
    assert [r["date"] for r in second["directions"][0]["responses"]] == ["2025-11-01", "2025-12-01"]


def test_none_clears_deadline_and_addressee(record) -> None:
    with_deadline = edit_item(record, ("recommendations", 0), deadline="2025-12-31")
    cleared = edit_item(with_deadline, ("recommendations", 0), deadline=None, to="")
    assert "deadline" not in cleared["recommendations"][0] and "to" not in cleared["recommendations"][0]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": "closed"}, "status: 'closed' is not one of open, in progress, done, not accepted"),
        ({"deadline": "31/2/2026"}, "deadline:"),
        ({"deadline": "next week"}, "deadline:"),
        ({"response": ("2025-11-01", "   ")}, "response: the text is empty"),
        ({"response": ("hôm qua", "ok")}, "response date:"),
    ],
)
def test_bad_edits_are_refused_with_the_field_named(record, changes, message) -> None:
    with pytest.raises(FollowUpError, match=message.replace("(", r"\(")):
        edit_item(record, ("recommendations", 0), **changes)


@pytest.mark.parametrize("ref", [("recommendations", 5), ("directions", -1), ("difficulties", 0)])
def test_missing_items_are_refused(record, ref) -> None:
    with pytest.raises(FollowUpError):
        get_item(record, ref)


def test_status_and_overdue_rules() -> None:
    today = date(2025, 11, 1)
    assert status_of({"text": "x"}) == "open"
    assert is_overdue({"text": "x", "deadline": "2025-10-31"}, today)
    assert not is_overdue({"text": "x", "deadline": "2025-11-01"}, today)
    assert not is_overdue({"text": "x", "deadline": "2025-10-31", "status": "done"}, today)
    assert not is_overdue({"text": "x", "deadline": "2025-10-31", "status": "not accepted"}, today)
    assert is_overdue({"text": "x", "deadline": "2025-10-31", "status": "in progress"}, today)
    assert not is_overdue({"text": "x"}, today)
    assert (status_label("done", "vi"), status_label("done", "en")) == ("đã giải quyết", "done")


def test_save_followup_writes_through_the_store_and_filters_see_it(store) -> None:
    saved = save_followup(store, LAI_THIEU, ("directions", 1), status="done",
                          response=("2025-10-15", "Đã kiện toàn bộ máy"))
    stored = store.get(LAI_THIEU)
    assert stored == saved and stored["directions"][1]["status"] == "done"
    assert store.path.with_name(store.path.name + ".journal").exists()  # one journal line, not a rewrite

    index = SurveyIndex(store.records())
    done = [index.records[p]["id"] for p in index.search(Filter.parse("status:done")).positions]
    assert done == [LAI_THIEU]

    save_followup(store, LAI_THIEU, ("recommendations", 0), deadline="2020-01-01")
    index = SurveyIndex(store.records())
    overdue = [index.records[p]["id"] for p in index.search(Filter.parse("overdue")).positions]
    assert overdue == [LAI_THIEU]


def test_status_open_in_the_command_line_query(store, capsys) -> None:
    from cli.main import main  # noqa: PLC0415

    for field in ("recommendations", "directions"):
        for index in range(len(store.get(LAI_THIEU)[field])):
            save_followup(store, LAI_THIEU, (field, index), status="done")
    main(["--db", str(store.path), "list", "--format", "jsonl", "--query", 'status:open ward:"lai thieu"'])
    assert capsys.readouterr().out == ""
    main(["--db", str(store.path), "list", "--format", "jsonl", "--query", 'status:done ward:"lai thieu"'])
    assert LAI_THIEU in capsys.readouterr().out


def test_save_followup_of_an_unknown_survey(store) -> None:
    with pytest.raises(FollowUpError, match="no visit"):
        save_followup(store, "nope", ("recommendations", 0), status="done")


def test_an_edit_that_breaks_the_record_is_refused() -> None:
    broken = make_record()
    broken["recommendations"][0]["locality"] = "nowhere"
    with pytest.raises(FollowUpError, match="is not one of the record's localities"):
        edit_item(broken, ("recommendations", 0), status="done")
