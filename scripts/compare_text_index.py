"""How free text could be searched in the index file: the measurement behind `detail=full` trigram phrases.

    .venv/bin/python scripts/compare_text_index.py STORE.json.index.sqlite3

Makes the folded texts again from the records an index file keeps (`store.sqlindex`: its own text
table is contentless) and, in memory,
builds FTS5 trigram tables with `detail=none` (smaller; answers single
trigrams, so every candidate's text must be checked with `instr`) and with
`detail=full` (positions kept; a phrase is exactly a substring), then times
a few fragments on each and with a plain `instr` scan, and prints the sizes.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.sqlindex import SqlIndex  # noqa: E402
from store.sqlindex.rows import index_row  # noqa: E402

FRAGMENTS = ("thieu", "chinh quyen", "cong", "lai thieu", "dich vu cong truc tuyen")


def trigram_and(text: str) -> str:
    grams = dict.fromkeys([text[i:i + 3] for i in range(0, len(text) - 2, 3)] + [text[-3:]])
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


def main(path: str) -> int:
    index = SqlIndex(Path(path), lambda: "", lambda: [])
    texts = [(n, index_row(record).text) for n, record in enumerate(index.records(), 1)]
    tables = {}
    for detail in ("none", "full"):
        db = sqlite3.connect(":memory:")
        db.execute(f"CREATE VIRTUAL TABLE f USING fts5(text, tokenize='trigram case_sensitive 1', detail={detail})")
        began = time.perf_counter()
        db.executemany("INSERT INTO f(rowid, text) VALUES (?, ?)", texts)
        size = sum(len(block or b"") for (block,) in db.execute("SELECT block FROM f_data"))
        print(f"detail={detail}: built in {time.perf_counter() - began:.1f} s, {size / 1e6:.1f} MB of index")
        tables[detail] = db
    print(f"{len(texts):,} texts, {sum(len(t) for _, t in texts) / 1e6:.1f} MB")
    print(f"{'fragment':28} {'none + instr':>16} {'full phrase':>16} {'instr scan':>16}")
    for fragment in FRAGMENTS:
        row = []
        for db, sql, params in (
            (tables["none"], "SELECT count(*) FROM f WHERE f MATCH ? AND instr(text, ?) > 0",
             (trigram_and(fragment), fragment)),
            (tables["full"], "SELECT count(*) FROM f WHERE f MATCH ?", ('"' + fragment + '"',)),
            (tables["none"], "SELECT count(*) FROM f WHERE instr(text, ?) > 0", (fragment,)),
        ):
            began = time.perf_counter()
            found = db.execute(sql, params).fetchone()[0]
            row.append(f"{found:6} {(time.perf_counter() - began) * 1000:7.1f} ms")
        print(f"{fragment!r:28} " + " ".join(f"{cell:>16}" for cell in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
