"""A reader in another thread never sees a stored visit missing while a write applies its journal entry.

The repeat-link index and the `u` list's watch read the file store from threads of their own while the browser
writes; an entry is applied as a drop then a put, so without the store's reading lock a reader landing between the
two finds the visit gone (the `u` list would then say so).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from store import state as state_module
from store.store import SurveyStore
from tests.factories import make_record


def test_a_reader_never_sees_a_record_vanish_while_it_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = SurveyStore.open(tmp_path / "surveys.json", create=False)
    record = make_record()
    store.upsert_many([record])
    dropping = threading.Event()
    real_drop = state_module.State._drop

    def slow_drop(self: Any, doc_id: str) -> None:
        real_drop(self, doc_id)
        if threading.current_thread().name == "writer":
            dropping.set()
            time.sleep(0.2)  # the writer is pre-empted between the drop and the put

    monkeypatch.setattr(state_module.State, "_drop", slow_drop)
    edited = {**record, "summary": "edited"}
    writer = threading.Thread(target=lambda: store.replace(edited), name="writer")
    writer.start()
    assert dropping.wait(5)
    seen = store.get(record["id"])
    writer.join()
    assert seen is not None and seen["summary"] == "edited"
