"""The store from the command line: missing stores, init, delete, follow-up, round trips, duplicates, pipes."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.store import SurveyStore
from tests.bundled import LAI_THIEU, TDM
from tests.factories import make_record
from tests.present import present

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.json"
    assert run(capsys, "init", str(path), "--sample")[0] == 0
    return path


@pytest.mark.parametrize("command", [["list"], ["show", LAI_THIEU], ["export", "--format", "json"], ["check"],
                                     ["delete", LAI_THIEU], ["followup", LAI_THIEU, "r1", "--status", "done"],
                                     ["compact"]])
def test_an_explicit_store_that_does_not_exist_is_an_error_and_nothing_is_made(capsys, tmp_path, command) -> None:
    missing = tmp_path / "sub" / "typo.json"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert code == 1 and out == ""
    assert f"no store at {missing}; create it with `surveys init {missing}` or `surveys init {missing} --sample`" in err
    assert list(tmp_path.iterdir()) == []  # no file, no folder


def test_init_makes_empty_or_sample_stores_and_never_overwrites(capsys, tmp_path) -> None:
    empty, sample = tmp_path / "empty.json", tmp_path / "sample.json"
    assert run(capsys, "init", str(empty))[0] == 0
    assert run(capsys, "init", str(sample), "--sample")[0] == 0
    assert run(capsys, "--db", str(empty), "list", "--format", "jsonl")[1] == ""
    assert len(run(capsys, "--db", str(sample), "list", "--format", "jsonl")[1].splitlines()) == 5
    code, _, err = run(capsys, "init", str(empty), "--sample")
    assert code == 1 and "already exists" in err and SurveyStore(empty).records() == []
    code, _, err = run(capsys, "init", str(tmp_path / "no" / "x.json"))
    assert code == 1 and "does not exist" in err and not (tmp_path / "no").exists()
    assert run(capsys, "init")[0] == 2


def test_db_is_accepted_after_the_command(capsys, db) -> None:
    code, out, _ = run(capsys, "list", "--db", str(db), "--ward", "lai thieu", "--format", "jsonl")
    assert code == 0 and [orjson.loads(line)["id"] for line in out.splitlines()] == [LAI_THIEU]
    code, out, _ = run(capsys, "show", LAI_THIEU, "--db", str(db))
    assert code == 0 and "d2. " in out


def test_a_closed_pipe_is_quiet_and_exit_0(db) -> None:
    many = SurveyStore(db)
    many.upsert_many([make_record(id=f"pipe-{n}", date=f"2024-01-{n % 28 + 1:02d}", body=f"Đoàn {n}")
                      for n in range(400)])
    script = Path(sys.executable).with_name("surveys")
    done = subprocess.run(f"'{script}' --db '{db}' list | head -1; exit ${{PIPESTATUS[0]}}", shell=True,
                          executable="/bin/bash", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stderr == "" and done.stdout.startswith("DATE")


def test_show_labels_items_as_followup_takes_them(capsys, db) -> None:
    _, out, _ = run(capsys, "--db", str(db), "show", LAI_THIEU)
    record = present(SurveyStore(db).get(LAI_THIEU))
    for number, item in enumerate(record["directions"], start=1):
        assert f"d{number}. {item['text']}" in out
    for number, item in enumerate(record["recommendations"], start=1):
        assert f"r{number}. {item['text']}" in out


def test_followup_edits_one_item_through_an_update(capsys, db) -> None:
    code, out, err = run(capsys, "--db", str(db), "followup", LAI_THIEU, "d2", "--status", "done",
                         "--deadline", "31/12/2025", "--to", "UBND phường", "--response", "Đã kiện toàn",
                         "--response-date", "2025-10-15")
    assert code == 0, err
    item = present(SurveyStore(db).get(LAI_THIEU))["directions"][1]
    assert item["status"] == "done" and item["deadline"] == "2025-12-31" and item["to"] == "UBND phường"
    said = [{key: value for key, value in response.items() if key not in ("at", "who")}
            for response in item["responses"]]
    assert said == [{"date": "2025-10-15", "text": "Đã kiện toàn"}] and item["responses"][0]["at"]  # saved when (s39)
    assert item["responses"][0].get("who") == item["history"][0].get("who")  # and by whom, as its entries (s42)
    assert [entry["field"] for entry in item["history"]] == ["status", "deadline", "to"]
    assert "d2" in out and "[done]" in out
    assert present(SurveyStore(db).get(LAI_THIEU))["updated"]
    code, _, _ = run(capsys, "--db", str(db), "followup", LAI_THIEU, "d2", "--deadline", "")
    assert code == 0 and "deadline" not in present(SurveyStore(db).get(LAI_THIEU))["directions"][1]


def test_followup_refuses_what_it_cannot_do_and_changes_nothing(capsys, db) -> None:
    before = SurveyStore(db).get(LAI_THIEU)
    cases = [(["d2", "--status", "open", "--expect-status", "done"], 1, "nothing was saved"),
             (["d9", "--status", "done"], 1, "has no item d9: it has 5 directions (d1–d5)"),
             (["x1", "--status", "done"], 2, "write r1, r2"),
             (["r0", "--status", "done"], 2, "write r1, r2"),
             (["d1"], 2, "say what to change"),
             (["d1", "--status", "finished"], 2, "invalid choice"),
             (["d1", "--deadline", "31/2/2025"], 1, "deadline")]
    for arguments, expected, message in cases:
        with pytest.raises(SystemExit) if "choice" in message else contextlib.nullcontext():  # argparse exits
            code, _, err = run(capsys, "--db", str(db), "followup", LAI_THIEU, *arguments)
            assert code == expected and message in err, (arguments, err)
    code, _, err = run(capsys, "--db", str(db), "followup", "nope", "d1", "--status", "done")
    assert code == 1 and "no visit with id 'nope'" in err
    assert SurveyStore(db).get(LAI_THIEU) == before


def test_delete_dry_run_then_delete_all_or_none(capsys, db) -> None:
    code, out, _ = run(capsys, "--db", str(db), "delete", TDM, "--dry-run")
    assert code == 0 and out.startswith(f"would delete {TDM}") and SurveyStore(db).get(TDM)
    code, _, err = run(capsys, "--db", str(db), "delete", TDM, "no-such-id")
    assert code == 1 and "no visit with id 'no-such-id'" in err and "nothing was deleted" in err
    assert SurveyStore(db).get(TDM) is not None
    code, out, _ = run(capsys, "--db", str(db), "delete", TDM, LAI_THIEU)
    assert code == 0 and f"deleted {TDM}" in out and len(SurveyStore(db)) == 3
    assert run(capsys, "--db", str(db), "show", TDM)[0] == 1


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_then_import_into_a_new_store_gives_equal_records(capsys, db, tmp_path, fmt) -> None:
    assert run(capsys, "--db", str(db), "followup", LAI_THIEU, "r1", "--status", "in progress",
               "--response", "Đang làm", "--deadline", "2025-12-01")[0] == 0
    out = tmp_path / f"mine.{fmt}"
    assert run(capsys, "--db", str(db), "export", "-o", str(out))[0] == 0
    other = tmp_path / "other.json"
    assert run(capsys, "init", str(other))[0] == 0
    code, _, err = run(capsys, "--db", str(other), "import", str(out))
    assert code == 0, err
    by_id = {r["id"]: r for r in SurveyStore(other).records()}
    assert by_id == {r["id"]: r for r in SurveyStore(db).records()}
    assert by_id[LAI_THIEU]["recommendations"][0]["status"] == "in progress"


def test_importing_an_edited_copy_over_the_sample_reports_it_and_exits_1(capsys, db, tmp_path) -> None:
    """The issue's round trip: b.json holds the sample; the edited copies must not vanish silently."""
    assert run(capsys, "--db", str(db), "followup", LAI_THIEU, "d1", "--status", "done")[0] == 0
    out = tmp_path / "mine.json"
    assert run(capsys, "--db", str(db), "export", "--format", "json", "-o", str(out))[0] == 0
    other = tmp_path / "b.json"
    assert run(capsys, "init", str(other), "--sample")[0] == 0
    code, stdout, err = run(capsys, "--db", str(other), "import", str(out))
    assert code == 1 and "use --on-duplicate update" in err
    assert f"{LAI_THIEU} ({out}[1]): same id; differs from the stored one: 1 field; " \
           "use --on-duplicate update to take it" in stdout
    code, stdout, _ = run(capsys, "--db", str(other), "import", str(out), "--on-duplicate", "newer")
    assert code == 0 and "updated 1" in stdout
    assert SurveyStore(other).get(LAI_THIEU) == SurveyStore(db).get(LAI_THIEU)
    code, stdout, _ = run(capsys, "--db", str(other), "import", str(out))
    assert code == 0 and "skipped 5" in stdout and "differs" not in stdout


def test_unusable_stored_records_are_listed_and_left_out(capsys, tmp_path) -> None:
    path = tmp_path / "hand-edited.json"
    good, bad = make_record(), {**make_record(id="bad", date="2025-10-03", body="Đoàn hỏng"), "leader": None}
    path.write_bytes(orjson.dumps({"surveys": {"1": good, "2": bad}}))
    code, out, err = run(capsys, "--db", str(path), "list", "--format", "jsonl")
    assert code == 0 and [orjson.loads(line)["id"] for line in out.splitlines()] == [good["id"]]
    assert "1 stored record cannot be used" in err and "bad: leader" in err


def test_recover_refuses_a_readable_store(capsys, db) -> None:
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", str(db), "recover")
    assert code == 1 and "can be read" in err and db.read_bytes() == before
