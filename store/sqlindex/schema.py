"""The index file's tables, and opening it: one SQLite file beside the store, derived from it, safe to delete.

`rec` holds one small row per record (what ordering, dates and overdue
need); `doc` the record itself as JSON, compressed with a dictionary made
from the store's own records (`packing`), so that a page never needs the
store parsed; `term`/`post` hold the values a filter clause is matched
against (folded ward names, province codes, topics...), matched in Python
against the few thousand distinct values and then looked up by id;
`fval`/`fpost` hold each record's facet values; `fts` is a contentless FTS5
table with the trigram tokenizer over each record's folded text (free text
of three characters or more: a phrase is exactly a substring, as `Matcher`
defines it); `gram` holds, for every character and pair of characters of
the folded texts, a bitmap of the records holding it (free text of one or
two characters: the first keys of a search typed a character at a time);
`word`/`wpost` hold every word of the folded texts (and the long forms of
abbreviations, `meta.phrases`) with a bitmap of its records (`words`: free
text of three letters or digits or more); `pair`/`ppost` every pair of adjacent words, with the
separator between them, the same way (`pairs`: free text of two words or more).
`unit`/`uterm`/`upost`/`uname` hold the provinces and districts merged
away that the records name and the records each one's clause finds (`units`).
`columns` keeps every (record, facet value) pair as two arrays, read in one
go for counting facets in memory; `meta` says which store state
(`change_token`) the file describes, which schema it follows and which
derivation of the folded text it holds (a contentless table is changed by
giving it the old text again, so that text must be made the same way).
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import lru_cache
from pathlib import Path

SCHEMA_VERSION = "13"
UPGRADABLE = {"9": "13", "10": "13", "11": "13", "12": "13"}
"""Older schemas this program brings up to date in place (`wordfill.upgrade`): 9 lacked the word tables, 10 the
unit tables (`units`), 11 the pair tables (`pairs`), 12 the leader terms (`leaders`)."""
TEXT_VERSION = "16"
"""The derivation of the folded text and the terms, part of `derivation()`: it did not change with schema 10, so a
file of schema 9 keeps its contentless text table; 10 put each figure's value in it (`numbers.figure_search_text`),
11 a locality written as a district its ward term of one district (`districts.locality_key`), 12 the `due` terms
(`status:open overdue` per item: `rows.TERM_FIELDS`), 13 the items' responses (`matching.record_text`), 14 the
record's id, 15 the `to` terms (`store.addressees`), 16 the `event` terms (`store.item_events`); a file made before
is built again."""

WORD_TABLES = """
CREATE TABLE IF NOT EXISTS word(w INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS wpost(w INTEGER NOT NULL, block INTEGER NOT NULL, bits BLOB NOT NULL,
                                 PRIMARY KEY(w, block)) WITHOUT ROWID;
"""
"""Made by a build, or added to a file of schema 9 (`wordfill.upgrade`)."""

UNIT_TABLES = """
CREATE TABLE IF NOT EXISTS unit(u INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
                                found INTEGER NOT NULL DEFAULT 0, UNIQUE(kind, name));
CREATE TABLE IF NOT EXISTS uterm(u INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
                                 PRIMARY KEY(u, field, value)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS upost(n INTEGER NOT NULL, u INTEGER NOT NULL, PRIMARY KEY(n, u)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uname(u INTEGER NOT NULL, former TEXT NOT NULL, province TEXT NOT NULL,
                                 records INTEGER NOT NULL, PRIMARY KEY(u, former, province)) WITHOUT ROWID;
"""
"""The former units the records name (`units`): made by a build, or added to a file of schema 9 or 10 and
filled on first use (`units.fill`)."""

PAIR_TABLES = """
CREATE TABLE IF NOT EXISTS pair(w INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS ppost(w INTEGER NOT NULL, block INTEGER NOT NULL, bits BLOB NOT NULL,
                                 PRIMARY KEY(w, block)) WITHOUT ROWID;
"""
"""Pairs of adjacent words (`pairs`), kept as the words are (the same column names: `words.Tables`); made by a
build, or added to a file of schema 9 to 11 and filled in steps (`wordfill`)."""

DDL = WORD_TABLES + UNIT_TABLES + PAIR_TABLES + """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE columns(key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE rec(
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    date TEXT NOT NULL,
    sort_locality TEXT NOT NULL,
    sort_body TEXT NOT NULL,
    deadline TEXT
);
CREATE TABLE doc(n INTEGER PRIMARY KEY, doc BLOB NOT NULL);
CREATE TABLE term(t INTEGER PRIMARY KEY, field TEXT NOT NULL, value TEXT NOT NULL, UNIQUE(field, value));
CREATE TABLE post(t INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY(t, n)) WITHOUT ROWID;
CREATE TABLE fval(v INTEGER PRIMARY KEY, facet TEXT NOT NULL, value TEXT NOT NULL, UNIQUE(facet, value));
CREATE TABLE fpost(n INTEGER NOT NULL, v INTEGER NOT NULL, PRIMARY KEY(n, v)) WITHOUT ROWID;
CREATE TABLE ward_province(label TEXT NOT NULL, province TEXT NOT NULL, PRIMARY KEY(label, province)) WITHOUT ROWID;
CREATE TABLE gram(g TEXT NOT NULL, block INTEGER NOT NULL, bits BLOB NOT NULL, PRIMARY KEY(g, block)) WITHOUT ROWID;
CREATE VIRTUAL TABLE fts USING fts5(text, content='', columnsize=0, tokenize='trigram case_sensitive 1');
"""

MONTH_DAY_INDEX = "CREATE INDEX IF NOT EXISTS rec_month_day ON rec(substr(date, 6, 5))"
"""The records by month and day (`ngay:22/10`, that day of any year: `compile.MONTH_DAY`, the same expression, so
SQLite uses it): 0.02 ms for a day at 100k records against 16 ms scanning `rec`. An index, not a column: a file
built before it has the same schema and is given it by `wordfill.fill_all` (0.15 s at 100k, in the background);
until then the clause scans `rec`, with the same answer."""

INDEXES = """
CREATE INDEX rec_id ON rec(id);
CREATE INDEX rec_newest ON rec(date, id);
CREATE INDEX rec_locality ON rec(sort_locality, date DESC, id DESC);
CREATE INDEX rec_body ON rec(sort_body, date DESC, id DESC);
CREATE INDEX post_n ON post(n);
""" + MONTH_DAY_INDEX + ";\n"
"""Made after a whole build's rows are in (one sort each, rather than a b-tree kept in order row by row).
`post_n` finds a removed record's terms without deriving them again; `rec_month_day` a day without its year."""


class IndexUnusable(Exception):
    """The file is not an index this code can read (absent, corrupt, another schema): rebuild it."""


@lru_cache(maxsize=1)
def derivation() -> str:
    """What the folded text of a record depends on besides the record: the topic labels it includes. An index
    made with other labels is rebuilt rather than changed (its contentless text table needs the old text)."""
    from ..taxonomy import taxonomy  # noqa: PLC0415 - the taxonomy loads its data file

    terms = taxonomy()
    labels = sorted((topic.id, topic.vi, topic.en) for topic in terms.topics.values())
    return hashlib.sha256(repr((TEXT_VERSION, labels)).encode()).hexdigest()[:16]


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection used by one thread at a time (callers hold a lock); rows come back as tuples."""
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None, timeout=10.0)
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute("PRAGMA cache_size = -32000")  # 32 MB of pages: bounded, whatever the store's size
    return connection


def read_meta(connection: sqlite3.Connection) -> dict[str, str]:
    """The index's `meta`; `IndexUnusable` when the file is not a readable index of this schema."""
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as error:
        raise IndexUnusable(str(error)) from None
    if meta.get("schema") != SCHEMA_VERSION:
        raise IndexUnusable(f"schema {meta.get('schema')!r}, this program reads {SCHEMA_VERSION}")
    if meta.get("derivation") != derivation():
        raise IndexUnusable("its text made another way (other topic labels, or an older `TEXT_VERSION`)")
    return meta
