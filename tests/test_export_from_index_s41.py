"""`surveys export` on a file store answers from the persistent index without parsing the store file (session 41).

The command asked the store for the records it holds back before its search (`_warn_held_back`), and that parsed
the whole file (12 s at 100,000 visits) even when the filter selects a few records, which the index gives. When
`store.checked` remembers that this very file holds none back, nothing is parsed now. The bytes written must be
those of the same filter run over the parsed store without the index (`store.index.SurveyIndex`, the scan's
reference), in every format and row kind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store import state
from store.export import FORMATS, ROWS, export, items_asked
from store.index import SurveyIndex
from store.query import Filter
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store

QUERIES = ("", "year:2024", "status:open", 'province:"ha noi"', "overdue", "chuyen doi so")
TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "s.json"
    write_store(path, generate(300, seed=7))
    assert SurveyStore(path).held_back() == []  # the first open checks every record and remembers it
    TinyDBRepository(path).index.build()
    return path


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The store files parsed whole (`state.load`) during the test."""
    seen: list[Path] = []
    real = state.load

    def load(path: Path) -> state.State:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(state, "load", load)
    return seen


def reference(path: Path, query: str, fmt: str, rows: str) -> bytes:
    """What the export writes, from the parsed store searched without the persistent index."""
    found = Filter.parse(query)
    index = SurveyIndex(SurveyStore(path).records())
    records = [index.records[position] for position in index.search(found, with_facets=False).positions]
    return export(records, fmt, rows=rows, bom=False, lang="en", today=TODAY, title=found.render("en"),
                  items=items_asked(found, TODAY), decimal_comma=False)


def exported(path: Path, out: Path, query: str, fmt: str, rows: str) -> bytes:
    argv = ["--db", str(path), "export", "--format", fmt, "--lang", "en", "-o", str(out)]
    argv += ["--rows", rows] if fmt == "csv" else []
    argv += ["--query", query] if query else []
    assert main(argv) == 0
    return out.read_bytes()


@pytest.mark.parametrize("query", QUERIES)
def test_export_from_the_index_equals_the_scan_in_every_format_and_parses_nothing(
        indexed: Path, tmp_path: Path, query: str, loads: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SURVEYS_TODAY", TODAY.isoformat())
    kinds = [(fmt, rows) for fmt in FORMATS for rows in (ROWS if fmt == "csv" else ("surveys",))]
    written = {kind: exported(indexed, tmp_path / f"out.{kind[0]}", query, *kind) for kind in kinds}
    assert loads == []  # the index answered: the store file was not parsed
    for kind, payload in written.items():
        assert payload == reference(indexed, query, *kind), kind


def test_a_held_back_record_is_still_said_and_the_export_unchanged(tmp_path: Path, loads: list[Path], capsys,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SURVEYS_TODAY", TODAY.isoformat())
    path = tmp_path / "s.json"
    records = generate(40, seed=3)
    data = orjson.loads(_bytes(path, records))
    first = next(iter(data["surveys"]))
    data["surveys"][first]["leader"] = None  # unusable: held back, never served
    path.write_bytes(orjson.dumps(data))
    assert len(SurveyStore(path).held_back()) == 1
    TinyDBRepository(path).index.build()
    loads.clear()
    payload = exported(path, tmp_path / "out.json", "", "json", "surveys")
    assert "1" in capsys.readouterr().err and loads  # said, from the parsed store
    assert payload == reference(path, "", "json", "surveys")
    assert data["surveys"][first]["id"] not in payload.decode()


def test_a_file_never_checked_is_parsed_to_say_what_it_holds_back(tmp_path: Path, loads: list[Path]) -> None:
    path = tmp_path / "s.json"
    write_store(path, generate(20, seed=5))
    TinyDBRepository(path).index.build()  # streamed: the store's check is not remembered
    assert TinyDBRepository(path).held_back() == [] and loads == [path]


def _bytes(path: Path, records: list[dict]) -> bytes:
    write_store(path, records)
    return path.read_bytes()
