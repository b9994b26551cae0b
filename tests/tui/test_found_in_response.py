"""A visit found by `/` through a response alone says why: the response holding the words is marked (s35).

docs/tryout-s34-offices.md (Left 3): "Bộ đã có văn bản hướng dẫn", saved to a recommendation, was found by no
search; now free text covers responses (tests/contract/test_response_text.py), and the details pane marks the
response the words are in, since nothing else on the pane holds them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.followup import save_followup
from store.tinydb_repository import TinyDBRepository
from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, details_text, listed_ids, settle, type_text

pytestmark = pytest.mark.slow  # Pilot flows

SAID = "Bộ đã có văn bản hướng dẫn."


@pytest.mark.parametrize(("lang", "mark"), [("vi", "◂ có từ đang tìm"), ("en", "◂ search words here")])
async def test_a_visit_found_by_its_response_marks_that_response(bundled_store: Path, lang: str, mark: str) -> None:
    repository = TinyDBRepository(bundled_store)
    save_followup(repository, RACH_DUA, ("recommendations", 0), response=("2025-12-01", SAID))
    repository.close()
    async with browsing(bundled_store, lang, size=(160, 50)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "bo da co van ban")
        await settle(pilot)
        assert listed_ids(app) == [RACH_DUA]
        marked = [line for line in details_text(app).splitlines() if mark in line]
        assert len(marked) == 1 and SAID in marked[0], marked
        await pilot.press("escape")
        await settle(pilot)
        assert mark not in details_text(app)  # no search, no mark
