"""The browser keeps a postgresql:// location whole and never shows its password."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.backends import printable_location
from tui.app import SurveysApp

URL = "postgresql://office:s3cret@%2Ftmp%2Fsock/surveys?sslmode=disable&password=s3cret"


def test_a_url_is_not_folded_by_path_and_its_password_is_not_shown() -> None:
    app = SurveysApp(URL, lang="en")
    assert app.store_location == URL  # Path() would fold "//" and lose the scheme
    assert "s3cret" not in app.store_label
    assert app.store_label.startswith("postgresql://office@")
    assert "s3cret" not in str(app.store_path)  # settings live under a digest, not the URL


def test_a_file_store_stays_a_path(tmp_path: Path) -> None:
    app = SurveysApp(tmp_path / "s.json", lang="en")
    assert app.store_location == str(tmp_path / "s.json")
    assert app.store_path == tmp_path / "s.json"
    assert printable_location(tmp_path / "s.json") == str(tmp_path / "s.json")


def test_a_socket_folder_is_shown_as_a_folder_and_is_the_same_archive() -> None:
    """A reader's toast named `postgresql://office@%2Ftmp%2Fsock/surveys` (tryout s38-tryout10): correct, hard to
    read. It is shown with the folder in libpq's `host=`, which libpq reads as the same archive."""
    conninfo_to_dict = pytest.importorskip("psycopg.conninfo").conninfo_to_dict  # the backend's optional driver
    shown = SurveysApp(URL, lang="en").store_label
    assert shown == "postgresql://office@/surveys?host=/tmp/sock&sslmode=disable", shown
    for typed in (URL, "postgresql://u@%2Ftmp%2Fpg:5433/db", "postgresql://%2Frun%2Fpg/db", "postgresql:///surveys",
                  "postgresql://ann:pw@db.example:5432/s?application_name=a%20b&password=pw"):
        wanted = {key: value for key, value in conninfo_to_dict(typed).items() if key != "password"}
        assert conninfo_to_dict(printable_location(typed)) == wanted, printable_location(typed)
        assert "%2F" not in printable_location(typed) and ":pw@" not in printable_location(typed)
