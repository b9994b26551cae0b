"""Who a follow-up history names (`store.writer_name`): the order of the sources and a name kept to one short line."""

from __future__ import annotations

import pytest

from store import writer_name
from store.writer_name import LONGEST, os_user
from store.writer_name import writer_name as name_for
from tui.settings import load_user_name

pytestmark = pytest.mark.usefixtures("writer_lan")  # no name set, the OS user "lan": each test sets the rest


def test_the_environment_then_the_settings_then_the_role_then_the_os_user(monkeypatch: pytest.MonkeyPatch) -> None:
    assert name_for(None) == "lan" and name_for("surveys_editor") == "surveys_editor"
    assert name_for("surveys_editor", "Nguyễn Thị Lan") == "Nguyễn Thị Lan"  # the settings' name, handed over
    assert name_for("surveys_editor") == "surveys_editor"  # kept by nothing between calls (no module global)
    monkeypatch.setenv(writer_name.ENV, "Trần Văn Minh")
    assert name_for("surveys_editor", "Nguyễn Thị Lan") == "Trần Văn Minh"
    monkeypatch.setenv(writer_name.ENV, "   ")  # blank: not a name, the next source answers
    assert name_for("surveys_editor", "Nguyễn Thị Lan") == "Nguyễn Thị Lan"
    assert name_for("surveys_editor", "  ") == "surveys_editor"


def test_a_name_is_one_short_line_and_anything_else_is_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert name_for(None, "a\nb\tc " + "x" * 200) == ("a b c " + "x" * 200)[:LONGEST]
    assert name_for(None, 42) == "lan"

    def unknown() -> str:
        raise KeyError("getpwuid(): uid not found")

    monkeypatch.setattr(writer_name.getpass, "getuser", unknown)
    assert os_user() is None and name_for(None) is None


def test_the_settings_name_is_read_from_the_users_file(tmp_path) -> None:
    path = tmp_path / "settings.json"
    assert load_user_name(path) is None
    path.write_text('{"user": "Nguyễn Thị Lan", "lang": "vi"}', encoding="utf-8")
    assert load_user_name(path) == "Nguyễn Thị Lan"
    path.write_text('{"user": ["x"]}', encoding="utf-8")
    assert load_user_name(path) is None
