"""The browser keeps a postgresql:// location whole and never shows its password."""

from __future__ import annotations

from pathlib import Path

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
