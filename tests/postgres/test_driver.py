"""Without psycopg, a postgresql:// location is one line naming the extra; file stores never need it."""

from __future__ import annotations

import sys

import pytest

import store
from store.backends import open_repository
from store.storage import StoreError


def test_a_postgresql_url_without_the_driver_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "psycopg" or name.startswith(("psycopg.", "store.postgres")):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.delattr(store, "postgres", raising=False)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with pytest.raises(StoreError) as refused:
        open_repository("postgresql://ann:secret@db.example/surveys")
    message = str(refused.value)
    assert "pip install 'surveys[postgres]'" in message and "\n" not in message and "secret" not in message
