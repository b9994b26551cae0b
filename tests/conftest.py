"""Shared fixtures: a fresh store made from the bundled dataset, a valid record to vary, a known writer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import settings

from store import writer_name
from store.resources import read_bytes
from store.store import SurveyStore
from tests.factories import make_record
from tests.goldens import UPDATE_VARIABLE

# No property test is timed: Hypothesis's default 200 ms deadline per example failed
# words-index properties on a loaded machine, and speed belongs to the benchmark script.
settings.register_profile("surveys", deadline=None)
settings.load_profile("surveys")


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own `$XDG_CONFIG_HOME` (made only if written): `L` in the browser saves the user's language
    there (`tui.settings`), which must neither reach the real one nor the next test.

    And its own `$XDG_DATA_HOME`, without `$SURVEYS_DB`: a command run without `--db` reads the default store's
    settings for its language, so on the machine of someone who had pressed `L` for Vietnamese in the browser
    (`~/.local/share/surveys/surveys.json.settings.json`), `scripts/check.py` failed three CLI tests that expect
    English ("cách dùng:" for "usage:"), the README's second setup command included."""
    folder = tmp_path_factory.getbasetemp() / "xdg-config" / os.urandom(6).hex()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "xdg-data" / os.urandom(6).hex()))
    monkeypatch.delenv("SURVEYS_DB", raising=False)
    return folder


@pytest.fixture
def writer_lan(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OS user is "lan" and no name is set (`store.writer_name`): a history entry's "who" on a file store is
    known. PostgreSQL names its role instead; a test that needs a set name sets it."""
    monkeypatch.delenv(writer_name.ENV, raising=False)
    monkeypatch.setattr(writer_name.getpass, "getuser", lambda: "lan")


@pytest.fixture
def bundled() -> list[dict[str, Any]]:
    return orjson.loads(read_bytes("surveys.json"))


@pytest.fixture
def store(tmp_path: Path) -> SurveyStore:
    return SurveyStore.open(tmp_path / "surveys.json")


@pytest.fixture
def record() -> dict[str, Any]:
    return make_record()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    """Say once, at the end, why the PostgreSQL tests were skipped and how to run them."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if "SURVEYS_TEST_PG" in str(getattr(report, "longrepr", ""))]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} PostgreSQL test(s) skipped: set SURVEYS_TEST_PG=postgresql://USER@HOST/DB "
            "or run .ci/run (it starts a throw-away server)", yellow=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="write tests/goldens/* from this run instead of checking against them")


def pytest_configure(config: pytest.Config) -> None:
    """`--update-goldens` reaches `tests/goldens.py` (and xdist workers) through the environment."""
    if config.getoption("update_goldens", default=False):
        os.environ[UPDATE_VARIABLE] = "1"
