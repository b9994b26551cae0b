"""What keeping each value's source sentence costs on disk: the store file before and after (session 34).

A saved value's provenance entry now keeps the sentence it was read from and the article's name
(`store.value_sources`); since session 36 the stored body keeps each distinct sentence and article once per record
(`store.sentence_tables`). This writes three pairs of file stores, the same records without and with the sentences,
and prints their sizes:

- articles: N tuned articles extracted and saved as `import --from-articles` saves them (real sentences);
- sample: the five bundled visits, every value given an extractor's entry, sentences taken in turn from the
  articles' (the sample was typed, not extracted);
- generated: 5,000 generated visits (`tests/synthetic.generate`), likewise.

Then how long the generated store with sentences takes to open and list (`SurveyStore(path).records()`: the parse,
the check of each record, and since session 36 the sentences put back in their entries), the first open and a
second (the check remembered).

    .venv/bin/python scripts/bench_sources.py [--articles 100] [--generated 5000] [--workdir /tmp/bench-sources]
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import provenance, value_sources  # noqa: E402
from store.extract import extract_file  # noqa: E402
from store.store import SurveyStore  # noqa: E402
from tests.synthetic import generate  # noqa: E402


def store_size(records: list[dict[str, Any]], path: Path) -> int:
    """Bytes on disk of a new file store holding `records` (the store file and any file beside it: journal)."""
    for old in path.parent.glob(path.name + "*"):
        old.unlink() if old.is_file() else shutil.rmtree(old)
    store = SurveyStore(path)
    store.upsert_many(records)
    return sum(found.stat().st_size for found in path.parent.glob(path.name + "*") if found.is_file())


def articles(count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """`count` tuned articles spread over the set, saved without and with sentences; every sentence kept."""
    found = sorted((ROOT / "tests/articles/tuned").glob("*.txt"))
    chosen = found[:: max(1, len(found) // count)][:count]
    without, with_, kept, distinct = [], [], [], 0
    for path in chosen:
        draft = extract_file(path)
        if draft.non_visit or draft.problems():
            continue
        given = str(path.relative_to(ROOT))  # as `import --from-articles tests/articles/tuned/…` names it
        bare = provenance.extracted(draft.record, draft.rules, draft.certainty)
        full = provenance.extracted(draft.record, draft.rules, draft.certainty, draft.source_of, given)
        without.append({**draft.record, "provenance": bare})
        with_.append({**draft.record, "provenance": full})
        kept += [entry["sentence"] for entry in full if entry.get("sentence")]
        distinct += len({entry["sentence"] for entry in full if entry.get("sentence")})
    print(f"distinct sentences: {distinct:,} ({distinct / max(len(with_), 1):.1f} a visit)")
    return without, with_, kept


def with_sentences(records: list[dict[str, Any]], pool: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """`records` with an extractor's entry for every value, without and with a sentence (taken in turn)."""
    turn = itertools.cycle(pool)
    without, with_ = [], []
    for number, record in enumerate(records):
        bare = provenance.extracted(record, {}, {})
        full = [value_sources.with_source(entry, next(turn), f"bai-bao/visit-{number:05d}.txt", record)
                for entry in bare]
        without.append({**record, "provenance": bare})
        with_.append({**record, "provenance": full})
    return without, with_


def line(name: str, count: int, before: int, after: int) -> str:
    grown = after - before
    return (f"{name:<10} {count:>6,} visits  {before:>13,} B → {after:>13,} B  (+{grown:,} B, "
            f"+{grown / max(before, 1):.0%}, +{grown / max(count, 1):,.0f} B a visit)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--generated", type=int, default=5000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench-sources"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    without, with_, pool = articles(args.articles)
    lengths = sorted(len(sentence) for sentence in pool)
    print(f"sentences kept: {len(pool):,} from {len(with_)} articles; length median {lengths[len(lengths) // 2]}, "
          f"longest {lengths[-1]} (limit {value_sources.LIMIT}); "
          f"{len(pool) / max(len(with_), 1):.1f} a visit")
    rows = [("articles", len(with_), store_size(without, args.workdir / "articles-before.json"),
             store_size(with_, args.workdir / "articles-after.json"))]
    sample_path = args.workdir / "sample.json"
    for old in args.workdir.glob("sample.json*"):
        old.unlink()
    sample = list(SurveyStore.open(sample_path).records())  # the bundled five, as a new store holds them
    plain = store_size(sample, args.workdir / "sample-plain.json")
    before, after = with_sentences(sample, pool)
    rows.append(("sample", len(sample), store_size(before, args.workdir / "sample-before.json"),
                 store_size(after, args.workdir / "sample-after.json")))
    made = generate(args.generated, seed=1)
    before, after = with_sentences(made, pool)
    generated_plain = store_size(made, args.workdir / "generated-plain.json")
    rows.append(("generated", len(made), store_size(before, args.workdir / "generated-before.json"),
                 store_size(after, args.workdir / "generated-after.json")))
    print("store file size, provenance without sentences → with sentences and article names:")
    for row in rows:
        print("  " + line(*row))
    print(f"  (no provenance at all: sample {plain:,} B, generated {generated_plain:,} B)")
    for turn in ("first", "second"):
        opened = time.perf_counter()
        count = len(SurveyStore(args.workdir / "generated-after.json").records())
        print(f"open and list the generated store with sentences ({count:,} visits), {turn}: "
              f"{time.perf_counter() - opened:.2f} s")
    print(f"({time.perf_counter() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
