"""Fixtures for the browser tests: a store made from the bundled data, generated records."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.store import SurveyStore
from tests.synthetic import generate

BROWSER_PROVINCES = (1, 79, 48, 31, 92, 22)
"""Hà Nội, TP Hồ Chí Minh, Đà Nẵng, Hải Phòng, Cần Thơ, Quảng Ninh: few enough that wards and bodies recur."""


@pytest.fixture
def bundled_store(tmp_path: Path) -> Path:
    """A fresh store holding the five bundled surveys."""
    path = tmp_path / "s.json"
    SurveyStore.open(path)
    return path


@pytest.fixture(scope="session")
def generated() -> list[dict]:
    """500 records over six provinces and their first twelve wards, named as today's units at every date;
    `generated[n]`'s summary says "Bản ghi số n"."""
    return generate(500, seed=7, start=0, provinces=BROWSER_PROVINCES, units=12, tagged=True, today_units=True)


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose the language themselves; the runner's locale must not leak in."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def export_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, the browser started in it: the export dialog offers `~/surveys-export.csv` (its
    pictures show the same wherever the tests run)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    return home
