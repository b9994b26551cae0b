"""Who a follow-up history names (`store.writer_name`): the order of the sources and a name kept to one short line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from store import writer_name
from store.writer_name import LONGEST, os_user, set_name
from store.writer_name import writer_name as name_for
from tui.settings import load_user_name


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(writer_name.ENV, raising=False)
    monkeypatch.setattr(writer_name.getpass, "getuser", lambda: "lan")
    yield
    set_name(None)


def test_the_environment_then_the_settings_then_the_role_then_the_os_user(monkeypatch: pytest.MonkeyPatch) -> None:
    assert name_for(None) == "lan" and name_for("surveys_editor") == "surveys_editor"
    set_name("Nguyễn Thị Lan")
    assert name_for("surveys_editor") == "Nguyễn Thị Lan"
    monkeypatch.setenv(writer_name.ENV, "Trần Văn Minh")
    assert name_for("surveys_editor") == "Trần Văn Minh"
    monkeypatch.setenv(writer_name.ENV, "   ")  # blank: not a name, the next source answers
    assert name_for("surveys_editor") == "Nguyễn Thị Lan"


def test_a_name_is_one_short_line_and_anything_else_is_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    set_name("a\nb\tc " + "x" * 200)
    assert name_for(None) == ("a b c " + "x" * 200)[:LONGEST]
    set_name(42)
    assert name_for(None) == "lan"

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
