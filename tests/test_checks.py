"""Figure checks: part, whole and rate agree; impossible values are flagged; `surveys check`."""

from __future__ import annotations

import copy
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.checks import check_record, check_records, decimals, flags_by_figure, rate_agrees
from store.store import SurveyStore
from tests.bundled import RACH_DUA, TDM
from tests.factories import make_record
from tests.goldens import assert_matches_golden


def by_id(records: list[dict], record_id: str) -> dict:
    return copy.deepcopy(next(r for r in records if r["id"] == record_id))


def test_every_bundled_record_checks_clean(bundled) -> None:
    assert check_records(bundled) == []


@pytest.mark.parametrize(
    ("rate", "part", "whole"),
    [
        (99.83, 25925, 25969),  # Thủ Dầu Một 2021: 99.8306%
        (99.99, 45817, 45820),  # 2022: 99.9935%
        (100, 7834, 7834),  # Q1/2023
        (99.8, 25925, 25969),  # the same share written with one decimal
        (99.99, 99999, 100000),  # 99.999% truncated, not rounded
        (100, 9996, 10000),  # 99.96% rounded to a whole percent
        (91.2, 1824, 2000),
    ],
)
def test_rates_that_agree_within_their_rounding(rate, part, whole) -> None:
    assert rate_agrees(rate, part, whole)


@pytest.mark.parametrize(
    ("rate", "part", "whole"),
    [
        (99.38, 25925, 25969),  # digits swapped
        (99.84, 25925, 25969),  # one unit above the true 99.8306
        (99.82, 25925, 25969),  # one unit below
        (100, 9949, 10000),  # 99.49% is not "100%"
        (98.3, 25925, 25969),
        (50, 1, 0),  # no whole
    ],
)
def test_rates_that_do_not(rate, part, whole) -> None:
    assert not rate_agrees(rate, part, whole)


def test_decimals_are_read_from_the_stated_number() -> None:
    assert [decimals(v) for v in (99.83, 91.2, 100, 100.0, 0.125, 7834)] == [2, 1, 0, 0, 3, 0]


def test_a_mismatched_rate_is_flagged_against_its_part(bundled) -> None:
    record = by_id(bundled, TDM)
    record["figures"][2]["value"] = 99.38  # "Tỷ lệ ... 2021", paired with figures[1] 25925/25969
    flags = check_record(record)
    assert [(f.figure, f.kind, f.related) for f in flags] == [(2, "rate-mismatch", (1,))]
    assert flags[0].message == "ghi 99,38% nhưng 25.925/25.969 là 99,831%"
    assert check_record(record, lang="en")[0].message == "stated 99.38% but 25,925 of 25,969 is 99.831%"
    assert flags[0].line().startswith(f"{TDM}  figures[2]  Tỷ lệ hồ sơ giải quyết đúng hạn năm 2021: ghi")


def test_a_wrong_part_is_caught_by_its_rate(bundled) -> None:
    record = by_id(bundled, TDM)
    record["figures"][3]["value"] = 45217  # 2022: 98,68% of 45.820, stated 99,99%
    assert [(f.figure, f.kind) for f in check_record(record)] == [(4, "rate-mismatch")]


def test_a_rate_is_only_paired_within_its_locality_and_period(bundled) -> None:
    record = by_id(bundled, TDM)
    record["figures"][2]["period"] = {"from": "2020-01-01", "to": "2020-12-31"}
    record["figures"][2]["value"] = 50
    assert check_record(record) == []


def test_a_rate_named_like_its_part_is_paired_without_metrics() -> None:
    record = make_record(figures=[
        {"label": "Hồ sơ trả đúng hạn", "value": 80, "of": 100, "unit": "hồ sơ"},
        {"label": "Tỷ lệ hồ sơ trả đúng hạn", "value": 90, "unit": "%"},
    ])
    assert [f.kind for f in check_record(record)] == ["rate-mismatch"]


def test_two_candidate_rates_are_ambiguous_and_not_judged() -> None:
    record = make_record(figures=[
        {"label": "Hồ sơ giải quyết đúng hạn", "metric": "ho-so-dung-han", "value": 80, "of": 100, "unit": "hồ sơ"},
        {"label": "Tỷ lệ đúng hạn", "metric": "ty-le-dung-han", "value": 90, "unit": "%"},
        {"label": "Tỷ lệ đúng và trước hạn", "metric": "ty-le-dung-han", "value": 80, "unit": "%"},
    ])
    assert check_record(record) == []


@pytest.mark.parametrize(
    ("figure", "kind"),
    [
        ({"label": "Tỷ lệ đúng hạn", "value": 100.5, "unit": "%"}, "rate-over-100"),
        ({"label": "Hồ sơ tiếp nhận", "value": -3, "unit": "hồ sơ"}, "negative"),
        ({"label": "Hồ sơ tiếp nhận", "value": 3, "of": -1, "unit": "hồ sơ"}, "negative"),
        ({"label": "Hồ sơ đã giải quyết", "value": 2500, "of": 2446, "unit": "hồ sơ"}, "part-over-whole"),
    ],
)
def test_impossible_values(figure, kind) -> None:
    flags = check_record(make_record(figures=[figure]))
    assert [f.kind for f in flags] == [kind]


def test_resolved_greater_than_received_for_one_place_and_period(bundled) -> None:
    record = by_id(bundled, RACH_DUA)
    record["figures"][3].pop("of")  # resolved 2242 → 2600, no whole of its own
    record["figures"][3]["value"] = 2600
    flags = check_record(record)
    assert [(f.figure, f.kind, f.related) for f in flags] == [(3, "count-order", (2,))]
    assert flags[0].message == "giải quyết nhiều hơn tiếp nhận: 2.600 > 2.446"
    # Vũng Tàu received 2.077 in another period and place: not compared
    record["figures"][7]["value"] = 10
    assert len(check_record(record)) == 1


def test_on_time_cannot_exceed_resolved() -> None:
    period = {"from": "2025-07-01", "to": "2025-09-30"}
    record = make_record(figures=[
        {"label": "Hồ sơ đã giải quyết", "value": 100, "unit": "hồ sơ", "period": period},
        {"label": "Hồ sơ giải quyết đúng hạn", "value": 120, "unit": "hồ sơ", "period": period},
    ])
    assert [(f.figure, f.kind, f.related) for f in check_record(record)] == [(1, "count-order", (0,))]


def test_flags_by_figure_marks_figures_for_the_details_pane(bundled) -> None:
    record = by_id(bundled, TDM)
    record["figures"][4]["value"] = 101
    marked = flags_by_figure(record)
    assert set(marked) == {4} and {f.kind for f in marked[4]} == {"rate-over-100"}


# -- surveys check ---------------------------------------------------------
def test_check_command_exits_0_when_clean(capsys, tmp_path: Path) -> None:
    SurveyStore.open(tmp_path / "s.json")
    code = main(["--db", str(tmp_path / "s.json"), "check"])
    captured = capsys.readouterr()
    assert code == 0 and captured.out == ""
    assert "checked 21 figures in 5 visits: all clean" in captured.err


def test_check_command_exits_1_and_lists_flags(capsys, tmp_path: Path, bundled) -> None:
    db = tmp_path / "s.json"
    record = by_id(bundled, TDM)
    record["figures"][2]["value"] = 99.38
    SurveyStore.open(db).replace(record)
    code = main(["--db", str(db), "--lang", "vi", "check"])
    captured = capsys.readouterr()
    assert code == 1 and len(captured.out.splitlines()) == 1
    assert_matches_golden("cli_check_flags_vi.txt", captured.out)
    assert "1 số liệu bị báo" in captured.err
    # filters narrow what is checked
    assert main(["--db", str(db), "check", "--ward", "rach dua"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", "en", "check", "--format", "json"]) == 1
    out = capsys.readouterr().out
    flags = orjson.loads(out)
    assert [(f["survey_id"], f["figure"], f["kind"]) for f in flags] == [(TDM, 2, "rate-mismatch")]
    assert_matches_golden("cli_check_flags_en.json", out)


def test_check_command_shows_control_characters_in_labels(capsys, tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    SurveyStore.open(db).upsert_many([make_record(figures=[
        {"label": "Tỷ lệ \x1b[31mđỏ", "value": 120, "unit": "%"}])])
    assert main(["--db", str(db), "check"]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[31mđỏ" in out
