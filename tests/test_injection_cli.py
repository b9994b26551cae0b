"""The injection table over every CLI output: no raw control reaches the terminal or a file, data survives.

Each payload sits in every free-text field of one stored record; each output
(list in every format, show, export in every format to stdout and to a file,
check, import reports and error messages) must show it, escaped, and never
pass it raw. JSON keeps the data exact (escapes decode back); CSV keeps one
row per record and defuses formulas.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.store import SurveyStore
from tests.factories import make_record
from tests.payloads import ALL, MARKUP_LITERALS, PAYLOADS, hostile_record, raw_controls, write_hostile_store

HOSTILE_ID = "2025-10-03-hostile"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return write_hostile_store(tmp_path / "s.json", HOSTILE_ID)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clean(text: str, crlf: bool = False) -> None:
    if crlf:  # CSV files end rows with CRLF, as RFC 4180 says; a CR anywhere else is raw
        text = text.replace("\r\n", "\n")
    assert raw_controls(text) == [], text[:400]


def filter_args() -> list[str]:
    return ["--query", "body:hđnd"]


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_list_in_every_format_passes_no_raw_control(capsys, db, fmt) -> None:
    code, out, err = run(capsys, "--db", str(db), "list", "--format", fmt)
    assert code == 0, err
    assert_clean(out)
    assert_clean(err)
    if fmt == "json":
        assert orjson.loads(out)[0]["body"] == f"HĐND {ALL}"  # escaped, not changed
    if fmt == "jsonl":
        assert orjson.loads(out.splitlines()[0])["leader"]["name"] == f"Ông {ALL}"
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 6 and [r["id"] for r in rows].count(HOSTILE_ID) == 1  # a CR in a field breaks no row
        assert rows[0]["body"].startswith("HĐND \\x1b[2J")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_show_passes_no_raw_control_and_keeps_markup_literal(capsys, db, fmt) -> None:
    code, out, err = run(capsys, "--db", str(db), "show", HOSTILE_ID, "--format", fmt)
    assert code == 0, err
    assert_clean(out)
    for literal in MARKUP_LITERALS:
        assert literal in out
    if fmt == "json":
        assert orjson.loads(out)["recommendations"][0]["to"] == f"Gửi {ALL}"
    else:
        assert "\\x1b]52;c;" in out and "\\u202e" in out and "\\x9b31m" in out


@pytest.mark.parametrize(("fmt", "rows"), [("csv", "surveys"), ("csv", "figures"), ("csv", "recommendations"),
                                           ("json", None), ("jsonl", None), ("md", None)])
@pytest.mark.parametrize("to_file", [False, True])
def test_export_in_every_format_passes_no_raw_control(capsys, db, tmp_path, fmt, rows, to_file) -> None:
    target = tmp_path / f"out.{fmt}"
    argv = ["--db", str(db), "export", "--format", fmt, *(["--rows", rows] if rows else []),
            *(["-o", str(target)] if to_file else [])]
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    text = target.read_text(encoding="utf-8") if to_file else out
    assert_clean(text, crlf=fmt == "csv")
    assert_clean(err)
    if fmt in ("json", "jsonl"):
        first = orjson.loads(text)[0] if fmt == "json" else orjson.loads(text.splitlines()[0])
        assert first == SurveyStore.open(db).get(HOSTILE_ID)  # the data is exact; only its spelling is escaped
    if fmt == "csv":
        parsed = list(csv.DictReader(io.StringIO(text)))
        key = "id" if rows == "surveys" else "survey_id"
        assert [row[key] for row in parsed].count(HOSTILE_ID) == {"surveys": 1, "figures": 2, "recommendations": 2}[
            rows
        ]
        assert all(row[key] for row in parsed)  # no row broken in two by a CR or newline
        for row in parsed:
            for value in row.values():
                assert not value.lstrip().startswith(("=", "+", "-", "@")), value


def test_csv_cells_that_start_a_formula_are_defused(capsys, tmp_path) -> None:
    db = tmp_path / "s.json"
    record = make_record(body="=HYPERLINK(\"http://x\",\"y\")", leader={"name": "+cmd|' /C calc'!A0", "title": "@x"})
    record["recommendations"] = [{"text": " @SUM(1+1)", "by": "-2+3", "to": "\t=1+1"}]
    SurveyStore.open(db).upsert_many([record])
    for argv in (["list", "--format", "csv"], ["export", "--format", "csv"],
                 ["export", "--format", "csv", "--rows", "recommendations"]):
        code, out, _ = run(capsys, "--db", str(db), *argv)
        assert code == 0
        for row in csv.DictReader(io.StringIO(out)):
            for value in row.values():
                assert not value.lstrip().startswith(("=", "+", "-", "@")), (argv, value)


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_import_messages_quote_unknown_values_escaped(capsys, tmp_path, name) -> None:
    payload = PAYLOADS[name]
    record = make_record(id=f"2025-10-04-{name}", topics=[f"chủ đề {payload}"])
    record["figures"][0].update(metric=f"chỉ số {payload}", locality=f"nơi {payload}")
    record["localities"][0]["ward"] = {"name": f"Phường {payload}", "code": 26737}
    source = tmp_path / "in.json"
    source.write_bytes(orjson.dumps(record))
    for fmt in ("text", "json"):
        code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source), "--format", fmt)
        assert code == 1
        assert_clean(out)
        assert_clean(err)
        shown = err if fmt == "text" else out
        for field in ("topics[0]", "figures[0].metric", "figures[0].locality", "localities[0].ward"):
            assert field in shown, (field, shown)
        if fmt == "json":  # the report keeps the message whole; JSON escapes what a terminal would obey
            messages = " ".join(p["message"] for p in json.loads(out)["problems"])
            assert "chủ đề" in messages


def test_import_report_of_a_file_name_with_escapes_is_clean(capsys, tmp_path) -> None:
    source = tmp_path / "t\x1b]0;x\x07.json"
    source.write_bytes(orjson.dumps(hostile_record("2025-10-05-file")))
    code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source), "--on-duplicate", "update")
    assert code == 0, err
    assert_clean(out)
    assert_clean(err)


def test_check_output_passes_no_raw_control(capsys, tmp_path) -> None:
    db = tmp_path / "s.json"
    record = hostile_record("2025-10-06-check")
    record["figures"][1].update(value=12, of=10)  # more late than received: flagged, its label printed
    SurveyStore.open(db).upsert_many([record])
    code, out, err = run(capsys, "--db", str(db), "check")
    assert_clean(out)
    assert_clean(err)
    assert code in (0, 1)
