"""Every example pair's score under `store.repeats.similarity`, and where the threshold sits between them.

    .venv/bin/python scripts/measure_repeats.py

The pairs are tests/repeat_pairs.py's: those that must link and the look-alikes that must not. Printed: each
pair's score, the lowest must-link score, the highest look-alike score and the threshold in use.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.repeats import THRESHOLD, similarity  # noqa: E402
from tests.repeat_pairs import MUST_LINK, MUST_NOT  # noqa: E402


def main() -> int:
    linked = [similarity(later, earlier) for earlier, later in MUST_LINK]
    apart = [similarity(later, earlier) for earlier, later in MUST_NOT]
    for name, pairs, scores in (("must link", MUST_LINK, linked), ("must not", MUST_NOT, apart)):
        for (earlier, later), score in zip(pairs, scores, strict=True):
            print(f"{name:9}  {score:.2f}  {later[:60]}  ⇐  {earlier[:40]}")
    print(f"lowest must-link {min(linked):.2f}, highest look-alike {max(apart):.2f}, threshold {THRESHOLD:.2f}")
    return 0 if max(apart) < THRESHOLD <= min(linked) else 1


if __name__ == "__main__":
    raise SystemExit(main())
