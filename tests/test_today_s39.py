"""What the program takes as today (`store.today`), set by `--today` or `SURVEYS_TODAY` (a tryout of session 38:
staff trying "next month" ran the program under `faketime`).

The `overdue` filter of `list`, `show`'s late marks and `export`'s overdue column move with the day set; a value
that is not a real day written YYYY-MM-DD is refused before anything runs, from the option or the environment.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cli.main import main
from store import today as today_module
from store.followup import is_overdue
from store.store import SurveyStore
from store.today import ENV, TodayError, chosen, current_day, parse_day, set_today
from tests.factories import make_record

DUE = "2026-12-15"
BEFORE, AFTER = "2026-12-01", "2027-01-10"
RECORD_ID = "2025-10-02-hdnd-test-tan-dinh"


@pytest.fixture(autouse=True)
def _clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr(today_module, "_set", None)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    record = make_record(recommendations=[{"text": "Bổ sung máy quét hồ sơ.", "deadline": DUE}])
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    return path


@pytest.mark.parametrize("text", ["2027-1-10", "10/01/2027", "2027-02-30", "2027-13-01", "mai", ""])
def test_only_a_real_day_written_iso_is_taken(text: str) -> None:
    with pytest.raises(TodayError):
        parse_day(text)


def test_the_day_set_wins_over_the_environment_and_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    assert chosen() is None and current_day() == date.today()
    monkeypatch.setenv(ENV, AFTER)
    assert chosen() == (date(2027, 1, 10), ENV)
    set_today(date(2026, 12, 1))
    assert chosen() == (date(2026, 12, 1), "--today")
    item = {"text": "x", "deadline": DUE}
    assert not is_overdue(item)
    set_today(None)
    assert is_overdue(item)  # the environment's 2027-01-10 again


def _listed(store: Path, *words: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(store), *words, "list", "--query", "overdue"]) == 0
    return capsys.readouterr().out


def test_list_overdue_moves_with_the_day_set(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert RECORD_ID not in _listed(store, "--today", BEFORE, capsys=capsys)
    assert RECORD_ID in _listed(store, "--today", AFTER, capsys=capsys)
    assert current_day() == date.today()  # not kept past the run


def test_list_overdue_moves_with_the_environment(store: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, AFTER)
    assert RECORD_ID in _listed(store, capsys=capsys)
    assert RECORD_ID not in _listed(store, "--today", BEFORE, capsys=capsys)  # the option wins


def test_show_and_export_take_the_day_set(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for day, late in ((BEFORE, False), (AFTER, True)):
        assert main(["--db", str(store), "--lang", "en", "--today", day, "show", RECORD_ID]) == 0
        assert ("OVERDUE" in capsys.readouterr().out) is late
        out = tmp_path / f"{day}.csv"
        assert main(["--db", str(store), "export", "--today", day, "--format", "csv", "--rows", "recommendations",
                     "--output", str(out)]) == 0
        header, row = out.read_text(encoding="utf-8-sig").splitlines()[:2]
        assert row.split(",")[header.split(",").index("overdue")] == ("yes" if late else ""), (header, row)


@pytest.mark.parametrize(("lang", "said"), [("vi", "không phải một ngày có thật"), ("en", "not a real day")])
@pytest.mark.parametrize("value", ["2027-02-30", "10/01/2027"])
def test_a_bad_day_is_refused_in_words(store: Path, lang: str, said: str, value: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(store), "--lang", lang, "--today", value, "list"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "--today" in err and value in err and said in err, err


@pytest.mark.parametrize(("lang", "said"), [("vi", "không phải một ngày có thật"), ("en", "not a real day")])
def test_a_bad_day_in_the_environment_is_refused(store: Path, lang: str, said: str, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "2027-02-30")
    assert main(["--db", str(store), "--lang", lang, "list"]) == 2
    err = capsys.readouterr().err
    assert f"{ENV}=2027-02-30" in err and said in err, err
