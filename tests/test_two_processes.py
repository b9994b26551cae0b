"""Two `surveys` processes on one store file, one editing and one importing, lose no write.

The property guarded (session 29): a follow-up edit (`surveys followup`, the browser's `u`, both through
`Repository.update`) and an import (`surveys import`, the browser's `i`, through `import_serialized`) that run at
the same time in two processes both land; the store file and its journal stay readable; the persistent index
(`store.sqlindex`), which both writers update in place, describes exactly what the store holds. Each child runs
the CLI's own `main` in a loop, so the code path is the one users run. The children start together (a go file)
and each writes many times, so their writes interleave; no assertion depends on how long anything takes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import orjson
import pytest

from store import atomic, journal
from store.query import Filter
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record

ROOT = Path(__file__).parent.parent
EDITED = 12
ROUNDS = 4
BATCHES = 8
PER_BATCH = 40
FILLER = 300

# Both children wait for the go file so that neither is done before the other has started.
START = textwrap.dedent("""
    import os, pathlib, sys, time
    from cli.main import main
    go = pathlib.Path(sys.argv[1])
    pathlib.Path(str(go) + "." + sys.argv[2]).touch()
    while not go.exists():
        time.sleep(0.01)
""")

EDITOR = START + textwrap.dedent("""
    db, ids = sys.argv[3], sys.argv[4:]
    for turn in range(int(os.environ["ROUNDS"])):
        for rid in ids:
            code = main(["--db", db, "followup", rid, "r1", "--response", f"phản hồi số {turn} của {rid}",
                         "--response-date", f"2025-11-{turn + 1:02d}"])
            if code:
                sys.exit(f"followup {rid} round {turn}: exit {code}")
""")

IMPORTER = START + textwrap.dedent("""
    db, files = sys.argv[3], sys.argv[4:]
    for name in files:
        code = main(["--db", db, "import", name])
        if code:
            sys.exit(f"import {name}: exit {code}")
""")


def _edited(n: int) -> dict:
    return make_record(id=f"edited-{n:02d}", date=f"2025-10-{n + 1:02d}", body=f"HĐND phường Sửa {n}")


def _imported(batch: int, n: int, compacting: bool) -> dict:
    # Long notes in one batch make it large enough for the importer to compact (a new store file under the editor).
    notes = "ghi chú dài " * (3000 if compacting and batch == BATCHES // 2 else 1)
    return make_record(id=f"imported-{batch}-{n:03d}", date=f"2024-{batch + 1:02d}-{n % 28 + 1:02d}",
                       body=f"HĐND xã Nhập {batch} {n}", notes=notes)


@pytest.mark.slow  # two child interpreters, each running the CLI some fifty times
@pytest.mark.parametrize("compacting", [
    pytest.param(False, id="journal-only"),  # a store large enough that no write compacts: the index kept in place
    pytest.param(True, id="an-import-compacts"),  # a new store file mid-way: the index left for one whole build
])
def test_an_editor_and_an_importer_on_one_store_lose_no_write(tmp_path: Path, compacting: bool) -> None:
    db = tmp_path / "surveys.json"
    store = SurveyStore.open(db)  # the bundled sample
    filler = [] if compacting else [make_record(id=f"filler-{n:03d}", date="2023-05-05", body=f"HĐND xã Đệm {n}",
                                                notes="đệm " * 2000) for n in range(FILLER)]
    store.upsert_many([_edited(n) for n in range(EDITED)] + filler)
    store.compact()  # the journal starts empty, so its growth up to compaction is the children's alone
    repository = TinyDBRepository(db)
    inode = db.stat().st_ino
    repository.index.ensure()  # current before the children start: each write then updates it in place
    files = []
    for batch in range(BATCHES):
        path = tmp_path / f"batch-{batch}.jsonl"
        path.write_bytes(b"".join(orjson.dumps(_imported(batch, n, compacting)) + b"\n" for n in range(PER_BATCH)))
        files.append(str(path))
    go = tmp_path / "go"
    ids = [f"edited-{n:02d}" for n in range(EDITED)]
    children = [
        subprocess.Popen([sys.executable, "-c", EDITOR, str(go), "editor", str(db), *ids], cwd=ROOT,
                         env=_env(ROUNDS=str(ROUNDS)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True),
        subprocess.Popen([sys.executable, "-c", IMPORTER, str(go), "importer", str(db), *files], cwd=ROOT,
                         env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True),
    ]
    _wait_for(children, [Path(f"{go}.editor"), Path(f"{go}.importer")])
    go.touch()
    for child in children:
        _, error = child.communicate(timeout=600)
        assert child.returncode == 0, error[-3000:]

    # The file and its journal are whole: every line checks, and a fresh reader loads every record.
    log = journal.read(journal.journal_path(db))
    assert log is None or log.end == journal.journal_path(db).stat().st_size
    reread = SurveyStore(db)
    assert reread.held_back() == []
    held = {record["id"]: record for record in reread.records()}
    imported = {f"imported-{batch}-{n:03d}" for batch in range(BATCHES) for n in range(PER_BATCH)}
    assert imported <= set(held)
    assert len(held) == 5 + EDITED + len(filler) + len(imported)
    # Every edit landed: each record's first recommendation holds all its responses, none overwritten.
    for rid in ids:
        responses = held[rid]["recommendations"][0].get("responses", [])
        assert [r["text"] for r in responses] == [f"phản hồi số {turn} của {rid}" for turn in range(ROUNDS)]
    assert not atomic.temporaries(tmp_path)

    # The index both writers updated describes the store: if it says it is current, it answers as a new build.
    reader = TinyDBRepository(db)
    assert reader.index.fresh() or compacting  # without a compaction, every write moved the index in step
    if reader.index.fresh():
        _assert_index_matches(reader, held, ids)
    assert (db.stat().st_ino != inode) == compacting
    reader.index.build()
    _assert_index_matches(reader, held, ids)


def _assert_index_matches(repository: TinyDBRepository, held: dict[str, dict], edited: list[str]) -> None:
    page = repository.search(Filter(), limit=None, facets=False)
    assert page.total == len(held)
    assert {record["id"] for record in page.records} == set(held)
    by_id = {record["id"]: record for record in page.records}
    for rid in edited:
        assert by_id[rid] == held[rid]
    assert repository.index.held_ids(held) == set(held)


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "SURVEYS_LANG": "en", **extra}


def _wait_for(children: list[subprocess.Popen[str]], ready: list[Path]) -> None:
    """Until both children are up (or one has died: its error is then asserted by the caller)."""
    while not all(path.exists() for path in ready):
        if any(child.poll() is not None for child in children):
            return
        time.sleep(0.01)
