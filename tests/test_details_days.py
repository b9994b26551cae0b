"""The details pane writes every day as its reader does: the day published too (`tui.widgets.details`)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from store.resources import load_json
from tui.i18n import Translator
from tui.widgets.details import describe

TDM = "2023-05-24-hdnd-tdm-thu-dau-mot"  # published 2023-05-25, the day after the visit


@pytest.mark.parametrize(("lang", "day", "published", "not_shown"), [
    ("vi", "24/05/2023", "25/05/2023", "2023-05-25"),
    ("en", "2023-05-24", "2023-05-25", "25/05/2023"),
])
def test_the_day_published_is_written_as_the_visits_day(lang: str, day: str, published: str, not_shown: str) -> None:
    record = next(r for r in load_json("surveys.json") if r["id"] == TDM)
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(describe(record, Translator(lang)))
    shown = out.getvalue()
    assert day in shown, shown
    source = next(line for line in shown.splitlines() if "HĐND thành phố TDM giám sát" in line)
    assert published in source and not_shown not in source, source


@pytest.mark.parametrize(("lang", "day", "inferred"), [("vi", "24/05/2023", "04/09/2025?"),
                                                      ("en", "2023-05-24", "2025-09-04?")])
def test_the_list_table_writes_days_as_the_browser_does(tmp_path, capsys, lang: str, day: str,
                                                        inferred: str) -> None:
    from cli.main import main  # noqa: PLC0415

    db = tmp_path / "s.json"
    assert main(["init", str(db), "--sample"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", lang, "list"]) == 0
    table = capsys.readouterr().out
    assert f"\n{day} " in "\n" + table and f"\n{inferred} " in "\n" + table, table
    assert main(["--db", str(db), "--lang", lang, "list", "--format", "csv"]) == 0
    assert "2023-05-24," in capsys.readouterr().out  # CSV and JSON keep the stored ISO day
