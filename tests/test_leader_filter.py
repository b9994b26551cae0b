"""The leader field (`leader:`, `truongdoan:`, `lanhdao:`): its names, how a filter shows it in each language, its
refusals said in Vietnamese, the command line's `--leader`, the Markdown brief's title, and an index file of the
schema before it (12) given its leader terms in place.

What a leader clause finds is held to a brute-force oracle in `tests/test_properties_filters.py`, to the scan on
random filters in `tests/test_index_vs_scan.py` and `tests/test_sqlindex.py`, and on every back end in
`tests/contract/test_repository.py`.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from cli.main import main
from store.filter_names import field_of, names_said
from store.matching import Matcher
from store.query import Filter, QueryError
from store.sqlindex.schema import SCHEMA_VERSION
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record
from tests.synthetic import generate
from tests.test_index_vs_scan import _random_filters
from tui.i18n import Translator
from tui.i18n_errors import explain


@pytest.mark.parametrize("name", ["leader", "Leader", "truongdoan", "trưởngđoàn", "TRƯỞNGĐOÀN", "lanhdao", "lãnhđạo"])
def test_every_name_of_the_leader_field(name: str) -> None:
    assert field_of(name) == "leader"


def test_the_leader_clause_is_shown_with_the_interface_language_name() -> None:
    query = Filter.parse('leader:"Nguyễn Thị Hòa" year:2025')
    assert query.render("vi") == 'truongdoan:"Nguyễn Thị Hòa" nam:2025'
    assert query.render("en") == 'leader:"Nguyễn Thị Hòa" year:2025'
    typed = Filter.parse("lãnhđạo:hoà")
    assert typed.render("vi") == "lanhdao:hoà"  # a Vietnamese name typed is kept as typed
    assert typed == Filter.parse("leader:hoà") == Filter.parse("truongdoan:hoà")


def test_a_leader_takes_no_equals_sign() -> None:
    with pytest.raises(QueryError, match=r"truongdoan= is not a filter; write truongdoan:"):
        Filter.parse('truongdoan="Nguyễn Thị Hòa"')


def test_a_mistyped_leader_name_is_answered_in_the_language_of_the_interface() -> None:
    with pytest.raises(QueryError) as error:
        Filter.parse("truongdan:hoa")
    said = explain(str(error.value), Translator("vi"))
    assert said.startswith("không có trường lọc 'truongdan'; có phải truongdoan:?")
    assert "truongdoan/lanhdao" in said and "truongdoan/lanhdao" in names_said("vi")
    assert "leader" in names_said("en")


def test_people_are_still_no_field() -> None:
    with pytest.raises(QueryError, match=r"no field 'nguoi'; type the name in quotes"):
        Filter.parse('nguoi:"Trần Văn Ba"')


@pytest.mark.parametrize(
    ("name", "typed", "found"),
    [
        ("Nguyễn Thị Hòa", "hoà", True),
        ("Nguyễn Thị Hoà", "HÒA", True),
        ("Đặng Văn Bình", "dang van", True),
        ("ĐẶNG VĂN BÌNH", "đặng văn bình", True),
        ("Đặng Văn Bình", "van binh", True),
        ("Đặng Văn Bình", "ang", False),  # inside a word
        ("Đặng Văn Bình", "binh dang", False),  # not a phrase of the name
        ("", "dang", False),
    ],
)
def test_a_leader_is_matched_folded_from_a_word_on(name: str, typed: str, found: bool) -> None:
    record = make_record(leader={"name": name, "title": "Đặng Văn Bình là trưởng đoàn"})
    if not name:
        record.pop("leader")
    assert Matcher(Filter.parse(f'leader:"{typed}"')).matches_record(record) is found


def test_the_command_line_takes_leader_and_the_brief_names_the_field_in_its_language(tmp_path: Path, capsys) -> None:
    path = tmp_path / "s.json"
    repository = TinyDBRepository(path)
    repository.upsert_many([make_record(id="a", leader={"name": "Nguyễn Thị Hòa", "title": "Trưởng ban"}),
                            make_record(id="b", date="2024-01-01", body="Đoàn của bà Hòa")])
    repository.close()
    assert main(["list", "--db", str(path), "--leader", "hoa", "--format", "jsonl"]) == 0
    assert [line.count('"id":"a"') for line in capsys.readouterr().out.splitlines()] == [1]
    assert main(["list", "--db", str(path), "--query", "lãnhđạo:hoà", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    for lang, title in (("vi", "truongdoan:hoa"), ("en", "leader:hoa")):
        out = tmp_path / f"brief-{lang}.md"
        assert main(["export", "--db", str(path), "--leader", "hoa", "--format", "md", "--lang", lang,
                     "-o", str(out)]) == 0
        assert title in out.read_text(encoding="utf-8")


def test_an_index_of_the_schema_before_is_given_its_leader_terms_in_place(tmp_path: Path) -> None:
    """Schema 12 had no leader terms: opening such a file marks it 13, without a rebuild, every leader filter
    answers as the scan does before the terms are filled and after (`tests/test_sqlindex_leaders.py`: at every
    step)."""
    records = generate(80, seed=5)
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.upsert_many(records)
    repository.search(Filter())
    index = repository.index
    built_inode = index.path.stat().st_ino
    index.close()
    db = sqlite3.connect(index.path)
    db.executescript("DELETE FROM post WHERE t IN (SELECT t FROM term WHERE field = 'leader');"
                     "DELETE FROM term WHERE field = 'leader'; UPDATE meta SET value = '12' WHERE key = 'schema';")
    db.close()
    queries = [query for query in _random_filters(random.Random(3), records, 120)
               if "leader" in query.fields()]
    queries.append(Filter.parse(f'leader:"{records[0]["leader"]["name"]}"'))
    assert len(queries) > 5
    assert index.fresh()  # upgraded in place, not stale
    stored = repository.store.records()
    for filled in (False, True):
        if filled:
            index.fill_words()  # what the read-ahead's thread runs
        for query in queries:
            matcher = Matcher(query)
            expected = sorted(r["id"] for r in stored if matcher.matches_record(r))
            assert sorted(r["id"] for r in repository.search(query, facets=False).records) == expected, \
                query.render()
    with sqlite3.connect(index.path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (SCHEMA_VERSION,)
        assert db.execute("SELECT count(*) FROM term WHERE field = 'leader'").fetchone()[0] > 0
    assert index.path.stat().st_ino == built_inode  # never rebuilt
    repository.close()
