"""Export: the filtered view in every shape, and JSON back in through import."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store import atomic
from store.export import FIGURE_COLUMNS, ITEM_COLUMNS, SURVEY_COLUMNS, export, to_csv, to_json, to_jsonl, to_markdown
from store.store import SurveyStore
from tests.bundled import LAI_THIEU, NEWEST_FIRST, RACH_DUA, TDM
from tests.factories import make_record
from tests.goldens import assert_matches_golden


def newest_first(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: r["date"], reverse=True)


def rows_of(payload: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8-sig"))))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- CSV shapes ------------------------------------------------------------
def test_csv_one_row_per_survey(bundled) -> None:
    payload = to_csv(newest_first(bundled), "surveys")
    assert payload.splitlines()[0].decode() == ",".join(SURVEY_COLUMNS)
    rows = rows_of(payload)
    assert [r["id"] for r in rows] == NEWEST_FIRST
    assert (rows[0]["figures"], rows[0]["recommendations"], rows[0]["directions"]) == ("10", "6", "3")
    assert_matches_golden("export_surveys.csv", payload.decode("utf-8"))


def test_csv_one_row_per_figure(bundled) -> None:
    payload = to_csv(newest_first(bundled), "figures")
    assert payload.splitlines()[0].decode() == ",".join(FIGURE_COLUMNS)
    rows = rows_of(payload)
    assert len(rows) == 21
    assert_matches_golden("export_figures.csv", payload.decode("utf-8"))
    tdm = [r for r in rows if r["survey_id"] == TDM]
    assert [(r["value"], r["of"]) for r in tdm[1:3]] == [("25925", "25969"), ("99.83", "")]


def test_csv_figure_metric_comes_from_the_taxonomy_when_the_record_has_none() -> None:
    rows = rows_of(to_csv([make_record()], "figures"))
    assert [(r["label"], r["metric"], r["locality"]) for r in rows] == [
        ("Hồ sơ tiếp nhận", "ho-so-tiep-nhan", "phường Tân Định"),
        ("Tỷ lệ đúng hạn", "ty-le-dung-han", "phường Tân Định")]


def test_csv_one_row_per_recommendation_and_direction(bundled) -> None:
    record = make_record()
    record["recommendations"][0].update(status="in progress", deadline="2025-10-31",
                                        responses=[{"date": "2025-10-05", "text": "Đã đề xuất"}])
    payload = to_csv([record, *newest_first(bundled)], "recommendations", today=date(2025, 11, 1))
    rows = rows_of(payload)
    assert len(rows) == 2 + sum(len(r["recommendations"]) + len(r["directions"]) for r in bundled)
    assert (rows[0]["status"], rows[0]["deadline"], rows[0]["overdue"]) == ("in progress", "2025-10-31", "yes")
    assert rows[1]["type"] == "direction" and rows[1]["status"] == "open" and rows[1]["overdue"] == ""
    assert list(rows[0]) == list(ITEM_COLUMNS)
    assert_matches_golden("export_items.csv", payload.decode("utf-8"))  # every item: by, to, locality, responses


def test_bom_only_when_asked(bundled) -> None:
    assert to_csv(bundled, "figures", bom=True).startswith(b"\xef\xbb\xbfsurvey_id,")
    assert to_csv(bundled, "figures").startswith(b"survey_id,")


def test_csv_cells_that_a_spreadsheet_would_run_are_defused() -> None:
    record = make_record()
    record["recommendations"][0]["text"] = '=HYPERLINK("http://evil","x")'
    record["figures"][1]["value"] = -2  # numbers stay numbers
    payload = to_csv([record], "recommendations")
    assert rows_of(payload)[0]["text"] == "'=HYPERLINK(\"http://evil\",\"x\")"
    assert rows_of(to_csv([record], "figures"))[1]["value"] == "-2"


# -- JSON ------------------------------------------------------------------
def test_json_export_imports_back_into_an_empty_store(tmp_path: Path, bundled) -> None:
    records = newest_first(bundled)
    exported = orjson.loads(to_json(records))
    assert exported == records
    empty = SurveyStore(tmp_path / "empty.json")
    report = empty.upsert_many(exported)
    assert report.added == NEWEST_FIRST
    assert sorted(empty.records(), key=lambda r: r["id"]) == sorted(bundled, key=lambda r: r["id"])
    lines = to_jsonl(records).splitlines()
    assert [orjson.loads(line) for line in lines] == records


def test_json_export_then_surveys_import_round_trips(capsys, tmp_path: Path) -> None:
    pytest.importorskip("cli.commands.importing")
    source, target = tmp_path / "source.json", tmp_path / "target.json"
    out = tmp_path / "export.json"
    SurveyStore.open(source)  # the bundled sample, made explicitly
    assert main(["--db", str(source), "export", "--format", "json", "-o", str(out)]) == 0
    target.write_bytes(orjson.dumps({"surveys": {}}))  # an empty store
    code, _, err = run(capsys, "--db", str(target), "import", str(out))
    assert code == 0, err
    assert SurveyStore(target).records() and sorted(SurveyStore(target).records(), key=lambda r: r["id"]) == \
        sorted(SurveyStore(source).records(), key=lambda r: r["id"])
    jsonl = tmp_path / "export.jsonl"
    assert main(["--db", str(source), "export", "--ward", "rach dua", "-o", str(jsonl)]) == 0
    assert [orjson.loads(line)["id"] for line in jsonl.read_bytes().splitlines()] == [RACH_DUA]


# -- Markdown --------------------------------------------------------------
def test_markdown_brief_groups_by_locality(bundled) -> None:
    record = next(r for r in bundled if r["id"] == RACH_DUA)
    record["recommendations"][2].update(status="done", responses=[{"date": "2025-10-01", "text": "Đã bố trí"}])
    record["recommendations"][3].update(deadline="2025-10-01")
    text = to_markdown(newest_first(bundled), lang="vi", today=date(2025, 11, 1), title="province:tphcm")
    assert_matches_golden("brief_vi.md", text)  # headings by ward, figures, items with status, response, overdue
    rach_dua = text.split("## phường Rạch Dừa")[1].split("\n## ")[0]
    assert "**Kiến nghị**" in rach_dua and "**Chỉ đạo**" in rach_dua
    assert "  - 01/10/2025: Đã bố trí" in rach_dua  # a day as the Vietnamese reader writes it, as the browser does
    vung_tau = text.split("## phường Vũng Tàu")[1].split("\n## ")[0]
    assert "91,2%" in vung_tau and "2.446" not in vung_tau  # figures stay with their ward


def test_markdown_in_english_and_escaped(bundled) -> None:
    record = make_record()
    record["recommendations"][0]["text"] = "[click](http://evil) <script>x</script> *bold*"
    text = to_markdown([record], lang="en", today=date(2025, 11, 1))
    assert "# Oversight and survey brief" in text and "**Recommendations**" in text and "*open*" in text
    assert r"\[click\](http://evil) \<script\>x\</script\> \*bold\*" in text
    assert "98.5%" in to_markdown([record], lang="en") and "98,5%" in to_markdown([record], lang="vi")
    assert "No visits." in to_markdown([], lang="en")


def test_the_brief_says_a_year_was_inferred(bundled) -> None:
    """The browser writes `04/09/2025?` for a visit whose article gave no year; the brief had written `2025-09-04`
    as if stated, so a guessed year (an extracted draft's, "the latest 22/10 not after today") read as a fact."""
    inferred = next(r for r in bundled if r["id"] == LAI_THIEU)
    assert inferred["date_certainty"] == "inferred"
    assert "### 04/09/2025 (năm suy ra) · khảo sát · " in to_markdown([inferred], lang="vi")
    assert "### 2025-09-04 (year inferred) · " in to_markdown([inferred], lang="en")
    stated = next(r for r in bundled if r["id"] == RACH_DUA)
    assert "### 09/09/2025 · khảo sát · " in to_markdown([stated], lang="vi")


def test_the_english_brief_names_the_kind_in_english(bundled) -> None:
    """"### 2025-09-09 · khảo sát · …" in an English brief: the kind as written, then the reader's word, as the
    browser's details pane says it."""
    record = next(r for r in bundled if r["id"] == RACH_DUA)
    assert "### 2025-09-09 · khảo sát (survey) · Đoàn công tác số 7" in to_markdown([record], lang="en")
    assert "### 09/09/2025 · khảo sát · Đoàn công tác số 7" in to_markdown([record], lang="vi")
    record["kind"] = "giám sát"
    assert "### 2025-09-09 · giám sát (oversight) · " in to_markdown([record], lang="en")
    record["kind"] = "tiếp xúc"  # a kind the catalog does not know: as written
    assert "### 2025-09-09 · tiếp xúc · " in to_markdown([record], lang="en")


def test_the_brief_writes_days_as_its_reader_does_and_csv_and_json_keep_iso(bundled) -> None:
    """The brief is read by people: in Vietnamese every day of it (its own, the visit's, a deadline, a response) is
    day first, as the browser shows it and as the brief's figure periods already were ("1/7–6/9/2025"); it had
    written `2025-09-09` headings beside them. English keeps ISO, as the browser does; CSV and JSON, read by
    spreadsheets and programs, keep the stored ISO day in both languages."""
    record = next(r for r in bundled if r["id"] == RACH_DUA)
    record["recommendations"][0].update(deadline="2025-12-31", responses=[{"date": "2025-10-02", "text": "Đã làm"}])
    said = {lang: to_markdown([record], lang=lang, today=date(2025, 11, 1)) for lang in ("vi", "en")}
    for piece in ("Lập ngày 01/11/2025 ·", "### 09/09/2025 ·", "hạn 31/12/2025", "  - 02/10/2025: Đã làm"):
        assert piece in said["vi"], piece
    assert "2025-" not in said["vi"]
    for piece in ("2025-11-01 ·", "### 2025-09-09 ·", "2025-12-31", "  - 2025-10-02: Đã làm"):
        assert piece in said["en"], piece
    for lang in ("vi", "en"):
        items = to_csv([record], "recommendations", lang=lang).decode()
        assert "2025-12-31" in items and "31/12/2025" not in items and "2025-09-09" in items
    assert b'"deadline": "2025-12-31"' in to_json([record])


def test_export_dispatches_every_format(bundled) -> None:
    assert export(bundled, "json") == to_json(bundled)
    assert export(bundled, "jsonl") == to_jsonl(bundled)
    assert export(bundled, "csv", rows="figures", bom=True) == to_csv(bundled, "figures", bom=True)
    assert export(bundled, "md", today=date(2025, 1, 1)).decode() == to_markdown(bundled, today=date(2025, 1, 1))
    with pytest.raises(ValueError):
        export(bundled, "xlsx")


# -- surveys export --------------------------------------------------------
def test_export_command_writes_the_filtered_view(capsys, tmp_path: Path) -> None:
    db, out = str(SurveyStore.open(tmp_path / "s.json").path), tmp_path / "figures.csv"
    code, _, err = run(capsys, "--db", db, "export", "--query", "province:tphcm since:2025", "--rows", "figures",
                       "--bom", "-o", str(out))
    assert code == 0 and f"wrote 10 figures to {out}" in err
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert {r["survey_id"] for r in rows_of(out.read_bytes())} == {RACH_DUA}  # Lái Thiêu gives no figures
    code, stdout, _ = run(capsys, "--db", db, "export", "--format", "csv", "--ward", "lai thieu", "-o", "-")
    assert code == 0 and [r["id"] for r in rows_of(stdout.encode())] == [LAI_THIEU]
    code, stdout, _ = run(capsys, "--db", db, "export", "--format", "csv", "--rows", "recommendations")
    assert code == 0 and len(rows_of(stdout.encode())) == 13 + 27


def test_export_command_markdown(capsys, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    SurveyStore.open(tmp_path / "s.json")
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "export", "--topic", "de-an-06", "-o", str(out),
                       "--lang", "en")
    assert code == 0 and "wrote 2 visits" in err
    text = out.read_text()
    assert text.startswith("# Oversight and survey brief") and "Filter: `topic:de-an-06`" in text
    assert "## phường Lái Thiêu" in text and "2,446 hồ sơ" in text


@pytest.mark.parametrize(
    "argv",
    [["--format", "json", "--rows", "figures"], ["--format", "jsonl", "--bom"], ["-o", "out.txt"], [],
     ["--format", "xml"], ["--format", "csv", "--since", "31/2/2024"]],
)
def test_export_usage_errors_exit_2(capsys, tmp_path: Path, argv) -> None:
    with pytest.raises(SystemExit) as raised:
        raise SystemExit(main(["--db", str(tmp_path / "s.json"), "export", *argv]))
    assert raised.value.code == 2 and capsys.readouterr().err.strip()


def test_export_to_a_missing_folder_exits_1(capsys, tmp_path: Path) -> None:
    SurveyStore.open(tmp_path / "s.json")
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "export", "-o", str(tmp_path / "no" / "x.csv"))
    assert code == 1 and "does not exist" in err
    assert not [path for path in tmp_path.rglob("*") if path.name.endswith(atomic.SUFFIX)]


def test_status_and_overdue_filters_narrow_the_item_rows_too(capsys, tmp_path: Path) -> None:
    from store.followup import save_followup  # noqa: PLC0415
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    db = tmp_path / "s.json"
    store = SurveyStore.open(db)
    repository = TinyDBRepository(store.path)  # save_followup edits through a Repository, as the CLI does
    save_followup(repository, RACH_DUA, ("recommendations", 2), status="done")
    save_followup(repository, RACH_DUA, ("recommendations", 3), deadline="2020-01-01")
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--rows", "recommendations",
                       "--query", "status:done")
    assert code == 0 and [r["text"] for r in rows_of(out.encode())] == [
        "Bố trí thêm cán bộ chuyên ngành công nghệ thông tin."]
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--rows", "recommendations",
                       "--query", 'overdue ward:"rach dua"')
    assert [(r["text"], r["overdue"]) for r in rows_of(out.encode())] == [
        ("Bổ sung nhân sự chuyên môn cho cấp xã.", "yes")
    ]
    code, out, _ = run(capsys, "--db", str(db), "export", "--format", "csv", "--rows", "recommendations",
                       "--query", 'status:open ward:"rach dua"')
    assert len(rows_of(out.encode())) == 6 + 3 - 1
    code, out, _ = run(capsys, "--db", str(db), "--lang", "vi", "export", "--format", "md", "--query", "status:done")
    assert "Bố trí thêm cán bộ" in out and "Bổ sung nhân sự" not in out and "**2.446 hồ sơ**" in out
