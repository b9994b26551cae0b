"""`surveys show` and `surveys followup` say which item is past its deadline (a tryout of session 33).

`surveys list --query quahan` named the visit with a late item, and `show` then printed every item's deadline
alike: which one was late was left to the reader's arithmetic, where the browser's details and the Markdown brief
say "QUÁ HẠN". Now a deadline passed on an item still open or in progress says so after the day; a done
or refused item, a deadline to come and an item without one say nothing more.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cli.main import main
from store.store import SurveyStore
from tests.factories import make_record

PAST = (date.today() - timedelta(days=30)).isoformat()
LATER = (date.today() + timedelta(days=30)).isoformat()
SAID = {"vi": "QUÁ HẠN", "en": "OVERDUE"}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    record = make_record(recommendations=[
        {"text": "Bổ sung máy quét hồ sơ.", "deadline": PAST},  # open, late
        {"text": "Nâng cấp đường truyền.", "deadline": PAST, "status": "in progress"},  # late
        {"text": "Cấp kinh phí.", "deadline": PAST, "status": "done"},  # done: not late
        {"text": "Giao biên chế.", "deadline": LATER},  # to come
        {"text": "Tập huấn cán bộ."},  # no deadline
    ], directions=[{"text": "Rà soát hồ sơ trễ.", "deadline": PAST, "status": "not accepted"}])
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    return path


def _lines(out: str) -> dict[str, str]:
    return {line.split(".", 1)[0].strip(" -"): line for line in out.splitlines() if line.startswith("  - ")}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_marks_the_late_items_only(store: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(store), "--lang", lang, "show", "2025-10-02-hdnd-test-tan-dinh"]) == 0
    lines = _lines(capsys.readouterr().out)
    late = {label for label, line in lines.items() if SAID[lang] in line}
    assert late == {"r1", "r2"}, lines


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_followup_says_the_item_it_saved_is_late(store: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(store), "--lang", lang, "followup", "2025-10-02-hdnd-test-tan-dinh"]
    assert main([*base, "r1", "--response", "Chưa có kinh phí"]) == 0
    assert SAID[lang] in capsys.readouterr().out
    assert main([*base, "r1", "--status", "done"]) == 0  # done: no longer late
    assert SAID[lang] not in capsys.readouterr().out
