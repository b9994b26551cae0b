"""`surveys export --rows …` without `--format` writes CSV, the one format `--rows` works with (tryout s33).

It had stopped with "say --format csv|json|jsonl|md (it cannot be told from the output file name)" although `--rows`
had already said it: its help reads "CSV only". A format said otherwise (`--format json`, an output named `.json`)
is a contradiction and is still refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.catalog import text as catalog_text
from store.store import SurveyStore


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("rows", ["recommendations", "figures", "surveys"])
@pytest.mark.parametrize("output", [["-o", "-"], []])
def test_rows_without_a_format_write_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path, rows: str,
                                         output: list[str]) -> None:
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    code, said, err = run(capsys, "--db", db, "export", "--format", "csv", "--rows", rows)
    assert code == 0
    code, got, err = run(capsys, "--db", db, "export", "--rows", rows, *output)
    assert code == 0 and not err.strip() and got == said and got.count("\n") > 1


def test_rows_and_a_file_without_a_known_suffix_write_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db, out = str(SurveyStore.open(tmp_path / "s.json").path), tmp_path / "items.txt"
    code, said, _ = run(capsys, "--db", db, "export", "--format", "csv", "--rows", "recommendations")
    code, _, err = run(capsys, "--db", db, "export", "--rows", "recommendations", "-o", str(out))
    assert code == 0 and out.read_bytes().decode("utf-8") == said


@pytest.mark.parametrize("argv", [["--rows", "figures", "--format", "json"], ["--rows", "figures", "-o", "out.json"],
                                  ["--rows", "recommendations", "-o", "brief.md"]])
def test_a_contradiction_is_still_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          argv: list[str]) -> None:
    SurveyStore.open(tmp_path / "s.json")
    with pytest.raises(SystemExit) as raised:
        raise SystemExit(main(["--db", str(tmp_path / "s.json"), "export", *argv]))
    assert raised.value.code == 2 and "--rows" in capsys.readouterr().err


@pytest.mark.parametrize("lang, said", [("vi", "thì xuất CSV"), ("en", "the output is CSV")])
def test_the_help_says_so(lang: str, said: str) -> None:
    assert said in catalog_text("cli.help.export_rows", lang)
