"""A filter naming a ward merged away says which ward it became (CLI on stderr, browser as a notice)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from store.matching import former_ward_notes
from store.query import Filter

ROOT = Path(__file__).resolve().parent.parent


def test_a_renamed_former_ward_is_described_in_both_languages() -> None:
    assert former_ward_notes(Filter.parse('ward:"bến nghé"'), "en") == [
        "Phường Bến Nghé (Quận 1, Hồ Chí Minh) became Phường Sài Gòn on 1 July 2025"]
    assert former_ward_notes(Filter.parse('ward:"ben nghe"'), "vi") == [
        "Phường Bến Nghé (Quận 1, Hồ Chí Minh) nay là Phường Sài Gòn (từ 1/7/2025)"]


def test_a_ward_that_kept_its_name_needs_no_note() -> None:
    assert former_ward_notes(Filter.parse('ward:"lái thiêu"'), "en") == []
    assert former_ward_notes(Filter.parse("topic:cchc"), "en") == []


def test_list_says_so_on_stderr_and_keeps_stdout_data(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    run = [sys.executable, "-m", "cli.main", "--db", str(store)]
    subprocess.run([*run, "init", str(store)], check=True, cwd=ROOT, capture_output=True)
    done = subprocess.run([*run, "--lang", "en", "list", "--ward", "Bến Nghé", "--format", "json"],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip() == "[]"
    assert "became Phường Sài Gòn" in done.stderr
