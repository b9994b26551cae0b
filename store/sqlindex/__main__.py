"""`python -m store.sqlindex STORE`: (re)build the index of a TinyDB store file, in a process of its own.

The browser runs this when the index is missing or stale, so that the build
(parsing the store, folding every text) neither competes with the screen
for the interpreter nor adds its memory to the browser's. Run by hand on a file
an older version wrote, it also gives it its leader terms, word and unit tables (`wordfill`,
`units`).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from ..tinydb_repository import TinyDBRepository  # noqa: PLC0415

    if len(argv) != 1:
        sys.stderr.write("usage: python -m store.sqlindex STORE.json\n")
        return 2
    repository = TinyDBRepository(Path(argv[0]))
    repository.index.ensure()
    repository.index.fill_words()  # a file an older version wrote: its leader terms and word tables, not rebuilt
    repository.index.fill_units()  # and its unit tables (`units`)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
