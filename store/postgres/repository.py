"""The shared backend: a `Repository` over one PostgreSQL database (see `schema` for the tables).

Reads run in the database (`compiler`: filters, counts, facets, order,
paging) and hand out fresh dicts decoded from jsonb. Writes are
transactions: an import takes a table lock that other writers respect
(readers never wait), plans its duplicates (`planning`) and writes every row
in one statement, so it lands whole or not at all; `update` is optimistic:
it reads the row's `version`, applies the change, and writes only if the
version is still the one it read, else reads again and re-applies the
change, which itself refuses (`ConflictError`) when the part it edits moved.
What the role may write, and what a refused write says: `rights`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

import orjson
import psycopg
from psycopg.types.json import Jsonb

from .. import sentence_tables
from ..errors import StoreError
from ..planning import now_stamp
from ..query import DATE_FIELDS, Clause, Filter
from ..repository import (
    Adjust,
    Change,
    ConflictError,
    DeleteReport,
    DuplicateFound,
    OnDuplicate,
    Page,
    Record,
    RecordNotFound,
    Sort,
    UpsertReport,
    ValidationFailed,
)
from ..sqlindex.units import Named
from ..validation import Problem, validate
from . import compiler, item_events, item_keys, pages, repack, units
from .columns import COLUMNS, WARD_SEPARATOR, row_of, visit_key_text
from .connection import Database, scalar
from .planning import adjusted, plan
from .rights import Rights, Writing
from .rows import (
    PAGE,
    records_after,
    records_near,
    records_of,
    row_stamps,
    stored_like,
    ward_provinces,
    write_rows,
)

UPDATE_ATTEMPTS = 5
"""Fresh reads `update` makes when other writers keep moving the record under it."""


class PostgresRepository:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._rights = Rights(database)
        self._cached_totals: tuple[int, tuple[int, dict[str, list[tuple[str, int]]]]] | None = None
        self._unsaved_totals: int | None = None

    @property
    def location(self) -> str:
        return self._db.location

    @property
    def read_only(self) -> bool:
        return not self._rights.all()

    @property
    def writer(self) -> str:
        return self._rights.role()  # named in a follow-up item's history (store.followup.writer)

    # -- reading ---------------------------------------------------------
    def count(self) -> int:
        return self._db.read(lambda c: scalar(c.execute("SELECT count(*) FROM surveys")))

    def get(self, record_id: str) -> Record | None:
        row = self._db.read(lambda c: c.execute("SELECT record FROM surveys WHERE id = %s", (record_id,)).fetchone())
        return None if row is None else row[0]

    def stored_ids(self, record_ids: Iterable[str]) -> set[str]:
        """One query on the primary key; no record is sent."""
        wanted = list(set(record_ids))
        if not wanted:
            return set()
        rows = self._db.read(lambda c: c.execute("SELECT id FROM surveys WHERE id = ANY(%s)", (wanted,)).fetchall())
        return {row[0] for row in rows}

    def records(self) -> Iterator[Record]:
        """Every record newest first, `PAGE` at a time (keyset paging: no long transaction, no server cursor)."""
        after: tuple[str, str] | None = None
        while True:
            rows = self._db.read(partial(records_after, after=after))
            for _, _, record in rows:
                yield record
            if len(rows) < PAGE:
                return
            after = (rows[-1][0], rows[-1][1])

    def row_stamps(self) -> dict[str, str]:
        """Each record's id → a stamp its row changes with (`rows.row_stamps`): the repeat-link index
        (`store.item_links.LinkCache`) reads again only the rows whose stamp moved, not every record."""
        return self._db.read(row_stamps)

    def records_of(self, record_ids: list[str]) -> list[Record]:
        """The stored records of these ids, in no order; an id not stored gives nothing."""
        return self._db.read(partial(records_of, ids=record_ids))

    def records_near(self, places: Iterable[str], ids: Iterable[str]) -> list[Record]:
        """The records at any of these places of today and those of these ids, a superset (`rows.records_near`): one
        visit's links (`store.link_reads`) without reading every row (`LinkCache._by_rows` read them all first)."""
        return self._db.read(partial(records_near, places=list(places), ids=list(dict.fromkeys(ids))))

    def row_units(self, record_ids: list[str] | None = None) -> list[tuple[str, str, frozenset[Named]]]:
        """(id, stamp, units merged away it names) of these rows, every row when None: what the pickers offer
        (`store.unit_cache`), kept in each row (`units.row_units`), not worked out from whole records."""
        return self._db.read(partial(units.row_units, ids=record_ids))

    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        """Each ward facet value → the provinces its localities lie in (`province.name`, as records store it),
        by name as the file's index orders them: one query grouping the `ward_places` column (the browser's
        sidebar nests wards under provinces with it; the file store's index makes it as it builds)."""
        return self._db.read(ward_provinces)

    def search(
        self, query: Filter, *, sort: Sort = "date", offset: int = 0, limit: int | None = None, facets: bool = True,
    ) -> Page:
        if sort not in compiler.ORDERS:
            raise StoreError(f"cannot sort by {sort!r}; use one of {', '.join(compiler.ORDERS)}")

        def run(connection: psycopg.Connection) -> Page:
            with connection.transaction():  # one snapshot for the words, the counts and the records
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                connection.execute("SET LOCAL work_mem = '64MB'")  # the pass over the matches stays in memory
                compiled = compiler.compile_filter(query, lambda pattern: pages.vocabulary(connection, pattern))
                if compiled.narrowed:
                    # the planner underrates the words index and would test `words &&` on every row instead
                    connection.execute("SET LOCAL enable_seqscan = off")
                if not facets:
                    return pages.plain_page(connection, compiled, sort, offset, limit)
                return self._faceted_page(connection, compiled, sort, offset, limit)

        page = self._db.read(run)
        self._save_totals()
        return page

    def position(self, query: Filter, record_id: str, *, sort: Sort = "date") -> int | None:
        """`FindsPositions.position`: the record's row number among the matches, in one snapshot."""
        if sort not in compiler.ORDERS:
            raise StoreError(f"cannot sort by {sort!r}; use one of {', '.join(compiler.ORDERS)}")

        def run(connection: psycopg.Connection) -> int | None:
            with connection.transaction():
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                compiled = compiler.compile_filter(query, lambda pattern: pages.vocabulary(connection, pattern))
                where, params = compiled.where()
                row = connection.execute(
                    f"SELECT place FROM (SELECT id, row_number() OVER (ORDER BY {compiler.ORDERS[sort]}) - 1 AS place"
                    f" FROM surveys WHERE {where}) AS ranked WHERE id = %s", [*params, record_id]).fetchone()
                return None if row is None else int(row[0])

        return self._db.read(run)

    def count_ward_keys(self, base: Filter, groups: Sequence[Sequence[str]]) -> list[int]:
        """How many records `base` finds holding any ward key of each group (`facet_keys.ward_code_key`: the ward
        picker's places of a shared name, `ward="Phường Tân Định, Hồ Chí Minh"`, one key each, and all of a name's
        places at once), in one pass over `base`'s rows: a search per place had taken 6 s for the 1,300 shared
        names of 2,000 generated records."""
        keys = [key for group in groups for key in group]
        numbers = [number for number, group in enumerate(groups) for _ in group]

        def run(connection: psycopg.Connection) -> dict[int, int]:
            with connection.transaction():
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                connection.execute("SET LOCAL work_mem = '64MB'")
                # the keys wanted hashed, each row's probed: the planner, guessing ten keys a row, sorted both sides
                # of a merge join instead (223 ms → 291 ms at 20,000 rows)
                connection.execute("SET LOCAL enable_mergejoin = off")
                compiled = compiler.compile_filter(base, lambda pattern: pages.vocabulary(connection, pattern))
                if compiled.narrowed:
                    connection.execute("SET LOCAL enable_seqscan = off")
                where, params = compiled.where()
                return dict(connection.execute(
                    f"SELECT wanted.number, count(DISTINCT surveys.id) FROM surveys CROSS JOIN LATERAL unnest("
                    f"string_to_array(ward_keys, %s)) AS held(key) JOIN unnest(%s::text[], %s::int[]) AS "
                    f"wanted(key, number) ON wanted.key = held.key WHERE {where} GROUP BY wanted.number",
                    [WARD_SEPARATOR, keys, numbers, *params]).fetchall())

        counted = self._db.read(run)
        return [int(counted.get(number, 0)) for number in range(len(groups))]

    def addressed_items(self, query: Filter) -> list[list[dict[str, Any]]]:
        """Each record `query` finds as its items addressed to someone, with their status and deadline only
        (`item_keys.ADDRESSED`): what `store.addressee_choices` reads, without sending every record whole."""

        def run(connection: psycopg.Connection) -> list[list[dict[str, Any]]]:
            with connection.transaction():
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                compiled = compiler.compile_filter(query, lambda pattern: pages.vocabulary(connection, pattern))
                where, params = compiled.where()
                rows = connection.execute(f"SELECT ({item_keys.ADDRESSED})::text FROM surveys WHERE {where}", params)
                return [orjson.loads(row[0]) for row in rows]

        return self._db.read(run)

    def count_each(self, base: Filter, clauses: list[Clause]) -> list[int]:
        """How many records `base` finds with each clause added, in two passes at most over `base`'s rows: whole
        ward names (`ward="Tân Định"`, `count_ward_keys`) and a count per other clause (`FILTER`); the ward picker's
        shared names alone had been a search each (212, 0.56 s at 2,000 records). A clause on a field `base`
        filters, or on a date (read with the others of its kind), is searched on its own."""
        return self.count_places(base, [], clauses)

    def count_places(self, base: Filter, groups: Sequence[Sequence[str]], clauses: list[Clause]) -> list[int]:
        """`count_ward_keys(base, groups)` then `count_each(base, clauses)`, the clauses' whole ward names counted
        in the groups' pass: the `w` picker's places of every shared name and each name alone, one query
        (`tui.namesakes.namesake_pairs`; two passes had been 0.7 + 0.4 s at 20,000 records)."""
        alone = {i for i, clause in enumerate(clauses) if clause.field in base.fields() or clause.field in DATE_FIELDS}
        wards = {i: keys for i, clause in enumerate(clauses)
                 if i not in alone and (keys := compiler.whole_ward_keys(clause))}
        others = [i for i in range(len(clauses)) if i not in alone and i not in wards]
        passed = self.count_ward_keys(base, [*groups, *wards.values()]) if groups or wards else []
        counted = dict(zip(wards, passed[len(groups):], strict=True))

        def run(connection: psycopg.Connection) -> list[int]:
            with connection.transaction():
                connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                connection.execute("SET LOCAL work_mem = '64MB'")

                def vocabulary(pattern: str) -> list[str] | None:
                    return pages.vocabulary(connection, pattern)

                where, params = compiler.compile_filter(base, vocabulary).where()
                each = [compiler.compile_filter(Filter((clauses[i],)), vocabulary).where() for i in others]
                row = connection.execute(
                    f"SELECT {', '.join(f'count(*) FILTER (WHERE {text})' for text, _ in each)} FROM surveys"
                    f" WHERE {where}", [*(value for _, values in each for value in values), *params]).fetchone()
                return [int(n) for n in row or ()]

        counted.update(zip(others, self._db.read(run) if others else [], strict=True))
        return [*passed[:len(groups)], *(self.search(base.with_clause(clause), limit=0, facets=False).total
                                          if i in alone else counted[i] for i, clause in enumerate(clauses))]

    def _faceted_page(self, connection: psycopg.Connection, compiled: compiler.Compiled, sort: Sort, offset: int,
                      limit: int | None) -> Page:
        cached = compiler.unfiltered_facets(compiled)
        totals = self._totals(connection) if cached else None
        if totals is not None and not compiled.groups:  # no filter: kept counts, an indexed page
            records = [row[0] for row in connection.execute(*compiler.page_query(compiled, sort, offset, limit))]
            return Page(totals[0], offset, records, {facet: list(found) for facet, found in totals[1].items()})
        total, ids, counts = pages.faceted(connection, compiled, sort, offset, limit, frozenset(cached))
        if totals is not None:
            counts.update({facet: list(totals[1][facet]) for facet in cached})
        records = [row[0] for row in connection.execute(
            f"SELECT record FROM surveys WHERE id = ANY(%s) ORDER BY {compiler.ORDERS[sort]}",
            (ids,))]
        return Page(total, offset, records, counts)

    def _totals(self, connection: psycopg.Connection) -> tuple[int, dict[str, list[tuple[str, int]]]]:
        """Every facet's counts over the whole archive as of the change token: kept here, and in `surveys_totals`
        for the other browsers, so the archive is counted once per write (by whoever opens first)."""
        token = scalar(connection.execute("SELECT serial FROM surveys_state"))
        if self._cached_totals is None or self._cached_totals[0] != token:
            row = connection.execute("SELECT total, facets FROM surveys_totals WHERE serial = %s", (token,)).fetchone()
            if row is not None:
                totals = (row[0], {facet: [(value, n) for value, n in found] for facet, found in row[1].items()})
            else:
                whole = compiler.compile_filter(Filter())
                total, _, counts = pages.faceted(connection, whole, "date", 0, 0, frozenset())
                totals = (total, counts)
                self._unsaved_totals = token
            self._cached_totals = (token, totals)
        return self._cached_totals[1]

    def _save_totals(self) -> None:
        """Share counts this browser made (a role that may not write just keeps them for itself)."""
        if (
            self._unsaved_totals is None
            or self._cached_totals is None
            or self._cached_totals[0] != self._unsaved_totals
        ):
            return
        token, (total, counts) = self._cached_totals
        self._unsaved_totals = None
        try:
            with self._db.transaction() as connection:
                connection.execute(
                    "INSERT INTO surveys_totals VALUES (true, %s, %s, %s) ON CONFLICT (one) DO UPDATE "
                    "SET serial = EXCLUDED.serial, total = EXCLUDED.total, facets = EXCLUDED.facets "
                    "WHERE surveys_totals.serial < EXCLUDED.serial", (token, total, Jsonb(counts)))
        except (psycopg.Error, StoreError):
            pass  # only a saving of work for others; the counts are right without it

    # -- writing ---------------------------------------------------------
    def upsert_many(
        self, records: Iterable[Record], *, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
        adjust: Adjust | None = None,
    ) -> UpsertReport:
        batch = [sentence_tables.loads(orjson.dumps(record)) for record in records]  # ours; either form given
        problems = [(index, problem) for index, record in enumerate(batch) for problem in _problems(record)]
        if problems:
            raise ValidationFailed(problems)
        if not dry_run:
            self._rights.require("INSERT")
            if on_duplicate in ("update", "newer"):
                self._rights.require("UPDATE")
        incoming = [(record, visit_key_text(record)) for record in batch]
        with self._writing() as connection:
            if not dry_run:
                connection.execute("LOCK TABLE surveys IN SHARE ROW EXCLUSIVE MODE")  # one importer at a time
            stored = stored_like(connection, incoming)
            if adjust is not None and not dry_run:  # read under the lock: no save lands between (session 42)
                incoming = adjusted(incoming, stored, adjust)
            decided = plan(incoming, stored, on_duplicate)
            if on_duplicate == "fail" and decided.report.skipped:
                raise DuplicateFound(decided.report)
            if not dry_run and (decided.writes or decided.removals):
                if decided.removals:
                    connection.execute("DELETE FROM surveys WHERE id = ANY(%s)", (decided.removals,))
                write_rows(connection, decided.writes)
        return decided.report

    def update(self, record_id: str, change: Change) -> Record:
        self._rights.require("UPDATE")
        for _ in range(UPDATE_ATTEMPTS):
            row = self._db.read(lambda c: c.execute(
                "SELECT record, version FROM surveys WHERE id = %s", (record_id,)).fetchone())
            if row is None:
                raise RecordNotFound(record_id)
            stored, version = row
            edited = change(stored)
            if not isinstance(edited, dict) or edited.get("id") != record_id:
                raise ValidationFailed([(0, Problem("id", f"an update must keep the id {record_id!r}"))])
            problems = _problems(edited)
            if problems:
                raise ValidationFailed([(0, problem) for problem in problems])
            edited["updated"] = now_stamp()  # when the content last changed: what `--on-duplicate newer` compares
            values = row_of(edited)
            assignments = ", ".join(f"{name} = %s" for name in COLUMNS)
            with self._writing() as connection:
                written = connection.execute(
                    f"UPDATE surveys SET {assignments}, version = version + 1, changed_at = now() "
                    "WHERE id = %s AND version = %s", (*values, record_id, version),
                ).rowcount
                if written == 1:
                    connection.execute("INSERT INTO surveys_vocabulary SELECT unnest(%s::text[]) "
                                       "ON CONFLICT DO NOTHING", (values[COLUMNS.index("words")],))
            if written == 1:
                return sentence_tables.loads(values[1])
        raise ConflictError(
            f"{record_id} kept changing under this edit ({UPDATE_ATTEMPTS} tries, other offices are editing it); "
            "nothing was written, open it again and repeat the change"
        )

    def delete(self, record_ids: Iterable[str], *, dry_run: bool = False) -> DeleteReport:
        wanted = list(dict.fromkeys(record_ids))
        if not dry_run:
            self._rights.require("DELETE")
        with self._writing() as connection:
            if dry_run:
                found = {r[0] for r in connection.execute("SELECT id FROM surveys WHERE id = ANY(%s)", (wanted,))}
            else:
                found = {r[0] for r in connection.execute(
                    "DELETE FROM surveys WHERE id = ANY(%s) RETURNING id", (wanted,))}
        return DeleteReport([rid for rid in wanted if rid in found], [rid for rid in wanted if rid not in found])

    def compact(self, *, batch: int = repack.BATCH,
                between: Callable[[list[str]], None] | None = None) -> repack.Repacked:
        """The archive's upkeep (`surveys compact`): rows written with their source sentences in full packed
        (`repack`), columns a fill left NULL (an upgrade cut short) worked out (`units.fill`, `item_keys.fill`,
        `item_events.fill`)."""
        self._rights.require("UPDATE")
        done = repack.repack(self._db, self._writing, batch, between)
        filled = self._db.read(lambda connection: units.fill(connection) + item_keys.fill(connection)
                              + item_events.fill(connection))
        return replace(done, filled=filled)

    def _writing(self) -> Writing:
        return Writing(self._db, self._rights)

    def change_token(self) -> str:
        """The archive's write serial: one indexed row, far cheaper than any listing (see the benchmark)."""
        return str(self._db.read(lambda c: scalar(c.execute("SELECT serial FROM surveys_state"))))

    def close(self) -> None:
        self._db.close()


def _problems(record: Record) -> list[Problem]:
    """`validate`, and what only this backend refuses: PostgreSQL text cannot hold a NUL character."""
    problems = validate(record)
    if not problems and b"\\u0000" in orjson.dumps(record):
        problems.append(Problem("", "holds a NUL character (\\u0000), which PostgreSQL cannot store; remove it"))
    return problems
