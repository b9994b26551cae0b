"""Shared fixtures: a fresh store made from the bundled dataset, and a valid record to vary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from store.resources import read_bytes
from store.store import SurveyStore
from tests.factories import make_record


@pytest.fixture
def bundled() -> list[dict[str, Any]]:
    return orjson.loads(read_bytes("surveys.json"))


@pytest.fixture
def store(tmp_path: Path) -> SurveyStore:
    return SurveyStore.open(tmp_path / "surveys.json")


@pytest.fixture
def record() -> dict[str, Any]:
    return make_record()
