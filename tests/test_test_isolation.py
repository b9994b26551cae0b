"""The tests never read the user's own store or settings: a Vietnamese chosen with `L` in the browser on this
machine had turned three CLI tests' English help into "cách dùng:" (`tests/conftest.py`, `_own_config_dir`)."""

from __future__ import annotations

import os

import pytest

from cli.main import main
from store.paths import default_store_path
from tui.settings import Settings, save_settings, settings_path, user_settings_path


def test_the_default_store_and_the_users_settings_are_the_tests_own(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = tmp_path_factory.getbasetemp()
    assert default_store_path().is_relative_to(base) and user_settings_path().is_relative_to(base)
    assert "SURVEYS_DB" not in os.environ


def test_a_language_saved_on_the_default_store_stays_in_its_test(capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    default_store_path().parent.mkdir(parents=True)
    save_settings(settings_path(default_store_path()), Settings(lang="vi"))  # `L` pressed on the default store
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("cách dùng: surveys")  # read from this test's own data folder
