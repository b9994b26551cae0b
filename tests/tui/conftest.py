"""Fixtures for the browser tests: a store made from the bundled data, generated records."""

from __future__ import annotations

from pathlib import Path

import pytest
from survey_generator import generate

from store.store import SurveyStore


@pytest.fixture
def bundled_store(tmp_path: Path) -> Path:
    """A fresh store holding the five bundled surveys."""
    path = tmp_path / "s.json"
    SurveyStore.open(path)
    return path


@pytest.fixture(scope="session")
def generated() -> list[dict]:
    return generate(500)


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose the language themselves; the runner's locale must not leak in."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
