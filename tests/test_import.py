"""`surveys import`: formats, normalizing, duplicates, reports, dry runs, one write, progress, large inputs."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

from cli.main import main
from store import storage
from store.folding import normalize_text
from store.importing import Normalizer, _normalize, import_paths, prepare
from store.journal import journal_path
from store.store import SurveyStore
from tests.factories import make_record
from tests.present import present

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = 5


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def records(n: int, prefix: str = "imp", **changes: Any) -> list[dict[str, Any]]:
    """`n` valid records with distinct ids and distinct visits."""
    return [make_record(id=f"{prefix}-{i}", date=f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                        body=f"Đoàn {prefix} số {i}", **changes) for i in range(n)]


def write_jsonl(path: Path, items: list[Any]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def write_json(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store" / "surveys.json"
    SurveyStore.open(path)
    return path


def ids_in(db: Path) -> set[str]:
    return {record["id"] for record in SurveyStore(db).records()}


# -- formats -----------------------------------------------------------------

def test_jsonl_json_array_object_and_directory(tmp_path: Path, db: Path, capsys) -> None:
    batch = records(6)
    write_jsonl(tmp_path / "a.jsonl", batch[:2])
    write_json(tmp_path / "b.json", batch[2:4])
    nested = tmp_path / "dir" / "deeper"
    nested.mkdir(parents=True)
    write_json(nested / "c.json", batch[4])
    write_jsonl(tmp_path / "dir" / "d.jsonl", [batch[5]])
    (tmp_path / "dir" / "notes.txt").write_text("not json")
    (tmp_path / "dir" / ".hidden.json").write_text("garbage")
    code, out, err = run(capsys, "--db", str(db), "import", str(tmp_path / "a.jsonl"), str(tmp_path / "b.json"),
                         str(tmp_path / "dir"))
    assert code == 0, err
    assert "added 6, updated 0, skipped 0, invalid 0 (of 6 read)" in out
    assert ids_in(db) >= {r["id"] for r in batch} and len(ids_in(db)) == BUNDLED + 6


def test_stdin_jsonl_and_stdin_json(db: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    batch = records(3)
    lines = "".join(json.dumps(r) + "\n" for r in batch[:2]).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    code, out, err = run(capsys, "--db", str(db), "import", "-")
    assert code == 0, err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps([batch[2]], indent=2).encode())))
    code, out, err = run(capsys, "--db", str(db), "import", "-", "--format", "json")
    assert code == 0, err
    assert orjson.loads(out)["added"] == ["imp-2"]
    assert len(ids_in(db)) == BUNDLED + 3


def test_dash_twice_is_a_usage_error(db: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(db), "import", "-", "-")
    assert code == 2 and "only once" in err


# -- normalizing -------------------------------------------------------------

def test_records_are_normalized_before_validation(tmp_path: Path, db: Path, capsys) -> None:
    raw = make_record(
        id="  norm-1 ", date="2/10/2025", body="HĐND   phường\tTân Định",
        summary="Cu\u0309 chi\u0301  \n\n ba\u0300n  ",  # decomposed diacritics, runs of white space
        topics=["CCHC", "cải cách hành chính", "Dịch vụ công trực tuyến"],
        localities=[
            {"name": "phường Tân Đông Hiệp", "province": "Bình Dương"},
            {"name": "Lái Thiêu"},
            {"name": "TP. Dĩ An", "level": "thành phố"},
        ],
    )
    del raw["schema_version"]
    raw["figures"][0].update(locality="Lái Thiêu", period={"from": "1/7/2025", "to": "30-9-2025"})
    raw["recommendations"][0]["deadline"] = "31/12/2025"
    code, _, err = run(capsys, "--db", str(db), "import", str(write_json(tmp_path / "n.json", raw)))
    assert code == 0, err
    stored = present(SurveyStore(db).get("norm-1"))
    assert stored["schema_version"] == 1
    assert stored["date"] == "2025-10-02"
    assert stored["body"] == "HĐND phường Tân Định"
    assert stored["summary"] == "Củ chí bàn"
    assert stored["topics"] == ["cchc", "dich-vu-cong-truc-tuyen"]
    assert stored["figures"][0]["period"] == {"from": "2025-07-01", "to": "2025-09-30"}
    assert stored["recommendations"][0]["deadline"] == "2025-12-31"
    hcm = {"name": "Thành phố Hồ Chí Minh", "code": 79}
    tan_dong_hiep, lai_thieu, di_an = stored["localities"]
    assert tan_dong_hiep == {"name": "phường Tân Đông Hiệp", "level": "phường", "former_province": "Bình Dương",
                             "province": hcm, "ward": {"name": "Phường Tân Đông Hiệp", "code": 25945}}
    assert lai_thieu == {"name": "Lái Thiêu", "level": "phường", "province": hcm,
                         "ward": {"name": "Phường Lái Thiêu", "code": 25966}}
    assert di_an == {"name": "TP. Dĩ An", "level": "thành phố", "former_province": "Bình Dương",
                     "province": hcm, "ward": None}


def test_an_unknown_locality_without_province_is_a_problem(tmp_path: Path, db: Path, capsys) -> None:
    raw = make_record(localities=[{"name": "xã Không Tồn Tại", "level": "xã"}])
    del raw["figures"][0]["locality"]
    code, _, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "u.jsonl", [raw])))
    assert code == 1
    assert "u.jsonl:1: localities[0].province: cannot tell which of today's provinces" in err


def test_a_known_old_province_places_an_unknown_unit(tmp_path: Path, db: Path, capsys) -> None:
    raw = make_record(localities=[{"name": "xã Cũ", "level": "xã", "former_province": "Bình Dương"}])
    del raw["figures"][0]["locality"]
    code, _, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "o.jsonl", [raw])))
    assert code == 0, err
    locality = present(SurveyStore(db).get(raw["id"]))["localities"][0]
    assert locality["province"]["code"] == 79 and locality["ward"] is None and locality["name"] == "xã Cũ"


@pytest.mark.parametrize("text", ["a  b", " a\tb\n", "x\u00a0y", "e\u0301", "\x1c\x1fz", "", "  ", "a\u2028b\u3000c"])
def test_fast_normalize_equals_the_stored_rule(text: str) -> None:
    assert _normalize(text) == normalize_text(text)


def test_normalizing_is_idempotent_on_bundled_records(bundled: list[dict[str, Any]]) -> None:
    normalizer = Normalizer()
    for record in bundled:
        normalized, problems = normalizer.check(record)
        assert problems == [] and normalized == record


def test_vietnamese_number_strings_are_rejected_with_a_hint(tmp_path: Path, db: Path, capsys) -> None:
    raw = make_record()
    raw["figures"][0]["value"] = "3.163"
    raw["figures"][1]["value"] = "99,83%"
    code, _, err = run(capsys, "--db", str(db), "import", str(write_json(tmp_path / "v.json", [raw])))
    assert code == 1
    assert "v.json[0].figures[0].value: expected a number, got \"3.163\"" in err and "3163" in err
    assert "v.json[0].figures[1].value:" in err and "99.83" in err


# -- duplicates --------------------------------------------------------------

def test_same_id_is_skipped_by_default_updated_on_request_and_fails_on_request(
    tmp_path: Path, db: Path, capsys
) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", records(2))
    assert run(capsys, "--db", str(db), "import", str(first))[0] == 0
    changed = records(2, summary="Bản mới.")
    second = write_jsonl(tmp_path / "second.jsonl", [*changed, *records(1, prefix="fresh")])

    code, out, err = run(capsys, "--db", str(db), "import", str(second))
    assert code == 1 and "use --on-duplicate update" in err  # skipped although it differs: exit 1 (issue 10)
    assert "added 1, updated 0, skipped 2" in out and f"imp-0 ({second}:1): same id" in out
    assert "imp-0 " in out and "differs from the stored one: 1 field; use --on-duplicate update to take it" in out
    assert present(SurveyStore(db).get("imp-0"))["summary"] != "Bản mới."

    before = db.read_bytes()
    code, out, err = run(capsys, "--db", str(db), "import", str(second), "--on-duplicate", "fail")
    assert code == 1 and "duplicates with --on-duplicate fail" in err and "imp-0: same id" in err
    assert db.read_bytes() == before

    code, out, _ = run(capsys, "--db", str(db), "import", str(second), "--on-duplicate", "update", "--format", "json")
    report = orjson.loads(out)
    assert code == 0 and report["updated"] == ["imp-0", "imp-1", "fresh-0"] and report["counts"]["skipped"] == 0
    assert present(SurveyStore(db).get("imp-0"))["summary"] == "Bản mới."
    assert len(ids_in(db)) == BUNDLED + 3


def test_same_visit_under_another_id_is_a_probable_duplicate(tmp_path: Path, db: Path, capsys) -> None:
    original = make_record()
    assert run(capsys, "--db", str(db), "import", str(write_json(tmp_path / "o.json", original)))[0] == 0
    twin = make_record(id="another-office-copy", body="  hđnd PHƯỜNG tân định ", summary="Bản khác.")
    path = write_json(tmp_path / "twin.json", [twin])
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--format", "json")
    report = orjson.loads(out)
    assert code == 0 and report["counts"]["skipped"] == 1
    assert report["skipped"][0]["reason"].startswith(f"probable duplicate of {original['id']}")
    assert report["skipped"][0]["source"] == f"{path}[0]"
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--on-duplicate", "update", "--format", "json")
    assert orjson.loads(out)["updated"] == ["another-office-copy"]
    assert SurveyStore(db).get(original["id"]) is None
    assert present(SurveyStore(db).get("another-office-copy"))["summary"] == "Bản khác."


def test_the_same_visit_twice_in_one_import_keeps_the_first(tmp_path: Path, db: Path, capsys) -> None:
    one, two = make_record(id="copy-one"), make_record(id="copy-two")
    path = write_jsonl(tmp_path / "twice.jsonl", [one, two])
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--on-duplicate", "update", "--format", "json")
    report = orjson.loads(out)
    assert code == 0 and report["added"] == ["copy-one"]
    assert report["skipped"] == [{"id": "copy-two", "source": f"{path}:2",
                                  "reason": "probable duplicate of copy-one, earlier in this import "
                                            "(same date, localities and body)"}]


# -- reports, dry runs, writes ----------------------------------------------

def test_dry_run_reports_and_writes_nothing(tmp_path: Path, db: Path, capsys) -> None:
    before = db.read_bytes()
    path = write_jsonl(tmp_path / "d.jsonl", records(3))
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--dry-run")
    assert code == 0
    assert "Dry run" in out and "would be added 3" in out
    assert db.read_bytes() == before
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--dry-run", "--format", "json")
    report = orjson.loads(out)
    assert report["dry_run"] is True and report["written"] is False
    assert report["counts"] == {"read": 3, "added": 3, "updated": 0, "skipped": 0, "invalid": 0}
    assert db.read_bytes() == before


def test_dry_run_of_an_absent_store_creates_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "none" / "surveys.json"
    path = write_jsonl(tmp_path / "d.jsonl", records(2))
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--dry-run")
    assert code == 0 and "would be added 2" in out
    assert not db.exists()


def test_import_into_an_absent_store_starts_it_empty(tmp_path: Path, capsys) -> None:
    db = tmp_path / "new" / "surveys.json"
    code, _, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "d.jsonl", records(2))))
    assert code == 1 and "does not exist" in err and not db.parent.exists()  # folders are never made silently
    db.parent.mkdir()
    code, _, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "d.jsonl", records(2))))
    assert code == 0, err
    assert len(ids_in(db)) == 2


def test_json_report_shape(tmp_path: Path, db: Path, capsys) -> None:
    bad = make_record(id="bad-one", date="31/2/2024")
    path = write_jsonl(tmp_path / "mixed.jsonl", [*records(2), bad])
    code, out, err = run(capsys, "--db", str(db), "import", str(path), "--format", "json")
    report = orjson.loads(out)
    assert code == 1
    assert report["written"] is False
    assert report["counts"] == {"read": 3, "added": 0, "updated": 0, "skipped": 0, "invalid": 1}
    problem = report["problems"][0]
    assert problem["file"] == str(path) and problem["line"] == 3 and problem["path"] == "date"
    assert problem["text"].startswith(f"{path}:3: date: '31/2/2024' is not a real date")
    assert problem["text"] in err


def test_import_is_one_write_and_byte_identical_to_upsert_many(tmp_path: Path, capsys, monkeypatch) -> None:
    batch = records(40)
    by_upsert = SurveyStore.open(tmp_path / "a" / "surveys.json")
    by_upsert.upsert_many(Normalizer().check(r)[0] for r in batch)
    db = tmp_path / "b" / "surveys.json"
    SurveyStore.open(db)
    writes: list[Path] = []
    real = storage.write_atomically

    def write_atomically(path: Path, payload: bytes | Iterable[bytes], *, keep_backup: bool = True) -> None:
        writes.append(path)
        real(path, payload, keep_backup=keep_backup)

    monkeypatch.setattr(storage, "write_atomically", write_atomically)
    code, _, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "in.jsonl", batch)))
    assert code == 0, err
    assert writes == [journal_path(db)]  # one write: the journal, started with this import's line
    assert SurveyStore(db).current().table == SurveyStore(by_upsert.path).current().table
    # Updates in place keep doc ids and order, as TinyDB's update does.
    changed = [{**r, "summary": "Đã sửa."} for r in batch[5:8]]
    by_upsert.upsert_many((Normalizer().check(r)[0] for r in changed), on_duplicate="update")
    code, _, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "ch.jsonl", changed)),
                       "--on-duplicate", "update")
    assert code == 0, err
    assert SurveyStore(db).current().table == SurveyStore(by_upsert.path).current().table


def test_library_entry_point(tmp_path: Path, db: Path) -> None:
    store = SurveyStore(db)
    result = import_paths(store, [write_jsonl(tmp_path / "l.jsonl", records(2))])
    assert result.written and result.counts()["added"] == 2
    with prepare([tmp_path / "l.jsonl"]) as prepared:
        assert [r["id"] for r in prepared.records()] == ["imp-0", "imp-1"]


# -- markup and escapes ------------------------------------------------------

def test_markup_and_terminal_escapes_are_stored_as_data_and_printed_inert(tmp_path: Path, db: Path, capsys) -> None:
    nasty = "[bold red]Đỏ[/] [@click=app.quit]x[/] \x1b[2J\x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x07"
    raw = make_record(id="nasty-1", summary=nasty, leader={"name": "[b]Tên[/b]", "title": "\x1b[31m"})
    code, out, err = run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "n.jsonl", [raw])))
    assert code == 0, err
    stored = present(SurveyStore(db).get("nasty-1"))
    assert stored["summary"] == nasty and stored["leader"]["name"] == "[b]Tên[/b]"
    code, out, _ = run(capsys, "--db", str(db), "show", "nasty-1")
    assert "\x1b" not in out and "\x07" not in out and "[bold red]Đỏ[/]" in out and "\\x1b[2J" in out


def test_escapes_in_file_names_and_fields_of_problems_are_shown_not_obeyed(tmp_path: Path, db: Path, capsys) -> None:
    raw = make_record(**{"\x1b[31mcolour": "red"})
    path = write_jsonl(tmp_path / "evil\x1b[2J.jsonl", [raw])
    code, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert code == 1
    assert "\x1b" not in err and "\x1b" not in out
    assert "evil\\x1b[2J.jsonl:1: \\x1b[31mcolour: unknown field" in err


# -- an older copy over a later edit (session 34, two offices) ----------------
def test_update_with_an_older_copy_says_the_later_edit_is_written_over(tmp_path: Path, db: Path, capsys) -> None:
    """`--on-duplicate update` still replaces, but the report and standard error say the stored record was edited
    after the copy; before session 34 it said only "updated" and the other office's edit was gone unseen."""
    record = make_record(id="cu-1")
    SurveyStore(db).upsert_many([record])
    exported = SurveyStore(db).update("cu-1", lambda current: {**current, "summary": "Bản xuất."})
    later = SurveyStore(db).update("cu-1", lambda current: {**current, "summary": "Sửa sau."})
    copy_file = write_json(tmp_path / "cu.json", exported)
    when = f"{later['updated'][:10]} {later['updated'][11:16]} UTC"

    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "import", str(copy_file), "--dry-run",
                         "--on-duplicate", "update")
    assert code == 0 and f"stored one was edited at {when}, after this copy" in out and "would write over" in out
    assert err == ""
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "import", str(copy_file), "--on-duplicate",
                         "update", "--format", "json")
    assert code == 0 and json.loads(out)["older"] == [{"id": "cu-1", "stored_updated": later["updated"]}]
    assert "1 record was written over a stored version changed after it" in err
    assert "--on-duplicate newer keeps whichever was edited last" in err
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "import", str(copy_file), "--on-duplicate",
                         "update")
    assert code == 0 and "after this copy" not in out and err == ""  # the same copy again: nothing later to lose


def test_a_large_update_lists_the_first_updated_records_and_counts_the_rest(tmp_path: Path, db: Path,
                                                                            capsys) -> None:
    """20,000 records taken with `update` printed 20,000 lines (tryout s34): the updated ones are capped as the
    added ones are, every record whose later edit is written over still named."""
    batch = records(30)
    SurveyStore(db).upsert_many(batch)
    edited = SurveyStore(db).update("imp-29", lambda current: {**current, "summary": "Sửa sau."})
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "import",
                       str(write_jsonl(tmp_path / "again.jsonl", batch)), "--on-duplicate", "update")
    assert code == 0 and edited["updated"]
    listed = [line for line in out.splitlines() if line.startswith("  imp-")]
    assert len(listed) == 21 and listed[-1].startswith("  imp-29 ") and "after this copy" in listed[-1]
    assert "  ... and 9 more (--format json lists them all)" in out
