"""`surveys recompute` (`store.recompute`) on every backend: the metrics this version works out for stored figures,
listed without a write, written with `apply`; a person's figures never changed, those of no recorded origin only
when asked, everything else of the record as it was."""

from __future__ import annotations

from typing import Any

from store import __version__
from store.provenance import said
from store.query import Filter
from store.recompute import apply, plan, worked_out
from store.repository import Repository
from tests.factories import make_record

STALE = {"label": "Vụ việc giải quyết trong kỳ", "value": 14, "unit": "vụ việc", "metric": "ho-so-giai-quyet"}
"""Complaints filed as dossiers settled, as a verb alone read them before session 19 (`store.metric_nouns`)."""
MISSING = {"label": "Hồ sơ tiếp nhận", "value": 1200, "unit": "hồ sơ"}
AROUND = {"label": "Tổng số", "value": 640, "unit": "hồ sơ", "metric": "ho-so-tiep-nhan"}
"""A metric the extractor read in the words around the number: the label alone reads none, and it can be this."""
RATE_AS_COUNT = {"label": "Tỷ lệ thủ tục cung cấp qua Cổng dịch vụ công quốc gia", "value": 80, "unit": "%",
                 "metric": "thu-tuc-cong-dvc-quoc-gia"}
RIGHT = {"label": "Tỷ lệ hồ sơ giải quyết đúng hạn", "value": 99.1, "unit": "%", "metric": "ty-le-dung-han"}


def _record(record_id: str, figures: list[dict[str, Any]], by: list[str | None]) -> dict[str, Any]:
    provenance = [{"path": f"figures[{index}]", "by": who} for index, who in enumerate(by) if who]
    return make_record(id=record_id, date=record_id[:10], figures=figures,
                       **({"provenance": provenance} if provenance else {}))


def _records() -> list[dict[str, Any]]:
    return [
        _record("2025-10-02-read", [STALE, MISSING, AROUND, RIGHT], ["extractor"] * 4),
        _record("2025-10-03-person", [STALE, RATE_AS_COUNT], ["person", "extractor"]),
        _record("2025-10-04-unrecorded", [STALE, RIGHT], [None, None]),
    ]


def test_what_this_version_works_out_for_a_figure() -> None:
    assert worked_out(STALE) is None
    assert worked_out(MISSING) == "ho-so-tiep-nhan"
    assert worked_out(AROUND) == "ho-so-tiep-nhan"
    assert worked_out(RATE_AS_COUNT) is None
    assert worked_out(RIGHT) == "ty-le-dung-han"
    assert worked_out({**RIGHT, "metric": "khong-co"}) == "ty-le-dung-han"
    assert worked_out({"label": "Hồ sơ giải quyết quá hạn", "value": 3, "unit": "hồ sơ",
                       "metric": "ho-so-giai-quyet"}) is None  # late: no settled total (`metric_states`)


def test_the_plan_lists_the_changes_and_writes_nothing(repository: Repository) -> None:
    repository.upsert_many(_records())
    before = {record["id"]: record for record in repository.records()}
    found = plan(repository)
    assert {(c.record_id, c.index, c.before, c.after) for c in found.changes} == {
        ("2025-10-02-read", 0, "ho-so-giai-quyet", None),
        ("2025-10-02-read", 1, None, "ho-so-tiep-nhan"),
        ("2025-10-03-person", 1, "thu-tuc-cong-dvc-quoc-gia", None),
    }
    assert (found.figures, found.by_person, found.unrecorded) == (8, 1, 1)
    assert {record["id"]: record for record in repository.records()} == before
    assert {c.record_id for c in plan(repository, unrecorded=True).changes} == {
        "2025-10-02-read", "2025-10-03-person", "2025-10-04-unrecorded"}


def test_apply_writes_the_metrics_only_and_then_there_is_nothing_left(repository: Repository) -> None:
    repository.upsert_many(_records())
    before = {record["id"]: record for record in repository.records()}
    written = apply(repository, plan(repository).records)
    assert len(written) == 3
    read = repository.get("2025-10-02-read")
    assert read is not None
    assert [figure.get("metric") for figure in read["figures"]] == [None, "ho-so-tiep-nhan", "ho-so-tiep-nhan",
                                                                     "ty-le-dung-han"]
    person = repository.get("2025-10-03-person")
    assert person is not None and person["figures"][0]["metric"] == "ho-so-giai-quyet"  # a person's: kept
    assert "metric" not in person["figures"][1]
    assert repository.get("2025-10-04-unrecorded") == before["2025-10-04-unrecorded"]
    for record_id in ("2025-10-02-read", "2025-10-03-person"):
        after = repository.get(record_id)
        assert after is not None
        assert {k: v for k, v in after.items() if k not in ("figures", "updated", "provenance")} == \
            {k: v for k, v in before[record_id].items() if k not in ("figures", "updated", "provenance")}
        # a write stamps `updated`; `provenance` notes the change (below)
        for old, new in zip(before[record_id]["figures"], after["figures"], strict=True):
            assert {k: v for k, v in old.items() if k != "metric"} == {k: v for k, v in new.items() if k != "metric"}
    assert plan(repository).changes == []
    assert len(apply(repository, plan(repository, unrecorded=True).records, unrecorded=True)) == 1
    assert plan(repository, unrecorded=True).changes == []


def test_a_record_deleted_or_changed_meanwhile_is_worked_out_from_what_it_holds(repository: Repository) -> None:
    repository.upsert_many(_records())
    found = plan(repository)
    repository.delete(["2025-10-03-person"])
    fixed = [STALE, {**MISSING, "metric": "ho-so-tiep-nhan"}, AROUND, RIGHT]  # figure 2 given its metric meanwhile
    repository.update("2025-10-02-read", lambda record: {**record, "figures": fixed})
    written = apply(repository, found.records)
    assert [(c.record_id, c.index, c.after) for c in written] == [("2025-10-02-read", 0, None)]
    read = repository.get("2025-10-02-read")
    assert read is not None and "metric" not in read["figures"][0]


def test_a_filter_narrows_the_plan_and_apply_to_the_visits_it_matches(repository: Repository) -> None:
    repository.upsert_many(_records())
    found = plan(repository, unrecorded=True, query=Filter.parse("since:2025-10-03"))
    assert {c.record_id for c in found.changes} == {"2025-10-03-person", "2025-10-04-unrecorded"}
    assert (found.figures, found.by_person, found.unrecorded) == (4, 1, 0)
    assert plan(repository, query=Filter.parse("date:2025-10-02")).records == ["2025-10-02-read"]
    assert plan(repository, query=Filter.parse("year:2024")).changes == []


def test_a_written_figure_says_in_its_origin_that_its_metric_was_worked_out_again(repository: Repository) -> None:
    repository.upsert_many(_records())
    apply(repository, plan(repository, unrecorded=True).records, unrecorded=True)
    read = repository.get("2025-10-02-read")
    assert read is not None
    assert read["provenance"] == [
        {"path": "figures[0]", "by": "extractor", "recomputed": {"version": __version__, "was": "ho-so-giai-quyet"}},
        {"path": "figures[1]", "by": "extractor", "recomputed": {"version": __version__, "was": None}},
        {"path": "figures[2]", "by": "extractor"}, {"path": "figures[3]", "by": "extractor"}]
    person = repository.get("2025-10-03-person")
    assert person is not None and person["provenance"][0] == {"path": "figures[0]", "by": "person"}  # untouched
    assert person["provenance"][1]["recomputed"]["was"] == "thu-tuc-cong-dvc-quoc-gia"
    unrecorded = repository.get("2025-10-04-unrecorded")
    assert unrecorded is not None and "metric" not in unrecorded["figures"][0]
    # it had no entry, so none to note the change in (the schema wants `by`): one by "unrecorded", origin unknown
    assert unrecorded["provenance"] == [
        {"path": "figures[0]", "by": "unrecorded", "recomputed": {"version": __version__, "was": "ho-so-giai-quyet"}}]
    assert said(unrecorded, "en") == [
        "No recorded origin (typed by hand, or stored before origins were kept): Figure 1",
        "Metric worked out again with a later version's rules: Figure 1 (was ho-so-giai-quyet; version "
        f"{__version__})"]
    assert plan(repository, unrecorded=True).changes == []  # and it is still of no recorded origin:
    repository.update("2025-10-04-unrecorded", lambda record: {**record, "figures": [
        {**STALE, "metric": "ho-so-tiep-nhan"}, *record["figures"][1:]]})
    assert (len(plan(repository).changes), plan(repository).unrecorded) == (0, 1)  # changed only when asked
    apply(repository, plan(repository, unrecorded=True).records, unrecorded=True)
    again = repository.get("2025-10-04-unrecorded")
    assert again is not None and again["provenance"] == unrecorded["provenance"]  # the first `was` kept
    assert said(read, "en")[-1] == ("Metric worked out again with a later version's rules: Figure 1 (was "
                                    f"ho-so-giai-quyet; version {__version__}), Figure 2 (was no metric; "
                                    f"version {__version__})")


def test_a_second_recompute_keeps_what_was_stored_first(repository: Repository) -> None:
    repository.upsert_many(_records())
    apply(repository, plan(repository).records)
    repository.update("2025-10-02-read", lambda record: {**record, "figures": [
        {**STALE, "metric": "ho-so-tiep-nhan"}, *record["figures"][1:]]})  # a stale metric again (an older tool)
    assert [(c.index, c.after) for c in apply(repository, plan(repository).records)] == [(0, None)]
    read = repository.get("2025-10-02-read")
    assert read is not None and read["provenance"][0]["recomputed"]["was"] == "ho-so-giai-quyet"
