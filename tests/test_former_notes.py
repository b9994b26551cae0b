"""A filter naming a ward merged away says which ward it became (CLI on stderr, browser as a notice); over every
backend, with the visits counted: tests/contract/test_former_notes.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.former_notes import former_ward_note, renamed_former_wards
from store.former_wards import describe
from store.query import Filter
from tests.contract.test_former_notes import SAI_GON, _in_ward

ROOT = Path(__file__).resolve().parent.parent


def every(_base: Filter, clauses: list) -> list[int]:
    return [1] * len(clauses)


def test_a_renamed_former_ward_is_described_in_both_languages() -> None:
    assert former_ward_note(Filter.parse('ward:"bến nghé"'), "en", every) == \
        "Phường Bến Nghé (Quận 1, Hồ Chí Minh) became Phường Sài Gòn on 1 July 2025"
    assert former_ward_note(Filter.parse('ward:"ben nghe"'), "vi", every) == \
        "Phường Bến Nghé (Quận 1, Hồ Chí Minh) nay là Phường Sài Gòn (từ 1/7/2025)"


def test_a_ward_that_kept_its_name_needs_no_note() -> None:
    assert renamed_former_wards(Filter.parse('ward:"lái thiêu"')) == []
    assert renamed_former_wards(Filter.parse("topic:cchc")) == []
    assert former_ward_note(Filter.parse("topic:cchc"), "en", every) == ""


def test_many_former_wards_are_counted_with_two_examples_not_listed() -> None:
    """`ward:"hoa binh"` names 19 former communes: the note had listed every one, on 19 lines."""
    query = Filter.parse('ward:"hoa binh"')
    assert len(renamed_former_wards(query)) > 10
    note = former_ward_note(query, "en", every)
    assert note.startswith(f'{len(renamed_former_wards(query))} former wards named "hoa binh" took other names')
    assert "\n" not in note and note.count(" → ") == 2
    assert describe(renamed_former_wards(query)[0], "en") not in note


def test_list_says_so_on_stderr_and_keeps_stdout_data(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    run = [sys.executable, "-m", "cli.main", "--db", str(store)]
    subprocess.run([*run, "init", str(store)], check=True, cwd=ROOT, capture_output=True)
    done = subprocess.run([*run, "--lang", "en", "list", "--ward", "Bến Nghé", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip() == "[]"
    assert done.stderr == ""  # no visit in Sài Gòn: nothing came through the former name
    visit = tmp_path / "visit.json"
    visit.write_text(json.dumps([_in_ward(SAI_GON, 1)]), encoding="utf-8")
    subprocess.run([*run, "import", str(visit)], check=True, cwd=ROOT, capture_output=True)
    done = subprocess.run([*run, "--lang", "en", "list", "--ward", "Bến Nghé", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True)
    assert len(json.loads(done.stdout)) == 1
    assert "became Phường Sài Gòn" in done.stderr


def test_recompute_says_it_as_list_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`surveys recompute --ward <a former ward>` said nothing of the ward it became (`list` did)."""
    from cli.main import main  # noqa: PLC0415
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    store = tmp_path / "s.json"
    repository = TinyDBRepository(store)
    repository.upsert_many([_in_ward(SAI_GON, 1)])
    repository.close()
    for lang, said in (("en", "became Phường Sài Gòn"), ("vi", "nay là Phường Sài Gòn")):
        assert main(["--db", str(store), "--lang", lang, "recompute", "--ward", "Bến Nghé"]) == 0
        err = capsys.readouterr().err
        assert f"surveys: Phường Bến Nghé (Quận 1, Hồ Chí Minh) {said}" in err
    assert main(["--db", str(store), "--lang", "en", "recompute", "--ward", "Sài Gòn"]) == 0
    assert "Bến Nghé" not in capsys.readouterr().err  # today's name: nothing to say
