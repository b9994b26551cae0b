"""The golden-file helper: it passes on a match, fails with a diff on a difference, and never invents a golden."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import goldens
from tests.goldens import UPDATE_VARIABLE, assert_matches_golden


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(goldens, "GOLDENS", tmp_path / "goldens")
    monkeypatch.delenv(UPDATE_VARIABLE, raising=False)
    return tmp_path / "goldens"


def test_a_missing_golden_fails_and_is_not_written(folder: Path) -> None:
    with pytest.raises(AssertionError, match="--update-goldens"):
        assert_matches_golden("absent", "anything")
    assert not (folder / "absent.txt").exists()


def test_updating_writes_then_a_check_passes_and_a_difference_shows_a_diff(folder: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(UPDATE_VARIABLE, "1")
    assert_matches_golden("report.md", "dòng một\ndòng hai")
    assert (folder / "report.md").read_text(encoding="utf-8") == "dòng một\ndòng hai\n"
    monkeypatch.setenv(UPDATE_VARIABLE, "0")
    assert_matches_golden("report.md", "dòng một\ndòng hai\n")
    with pytest.raises(AssertionError) as failed:
        assert_matches_golden("report.md", "dòng một\ndòng ba")
    assert "-dòng hai" in str(failed.value) and "+dòng ba" in str(failed.value)


def test_a_name_without_a_suffix_is_a_text_file(folder: Path) -> None:
    assert goldens.golden_path("list_en") == folder / "list_en.txt"
    assert goldens.golden_path("figures.csv") == folder / "figures.csv"
