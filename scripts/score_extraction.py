#!/usr/bin/env python3
"""Score `surveys extract` against hand-made records, field by field.

Three sets are scored, each on its own:

- the seed articles in ../shared/seeds (next to the project directory), against the hand-made
  records in data/surveys.json; when that directory is absent this is said and skipped;
- the tuned test articles: tests/articles and tests/articles/tuned, against their expected.json;
- the held-out articles in tests/articles/heldout, which the rules were never tuned on.

Per field: the visit date (day, month and year), the day and month alone, the leader, the
localities (ward, or unit, and today's province), figure values, figure wholes ("of"), figure metrics (where an
expected figure names its "metric", or null for none: the metric the app files the figure under), figure places
(where it names its "locality": the unit the figure is for, as the checks read it), topics,
recommendations, directions, an item's deadline and addressee (where an expected item gives them:
`score_items`); and whether each non-visit article (a plan, a directive, a ward's own
meeting) was flagged as one. A non-visit article is scored only on that flag.

For each set it prints true positives, false positives, false negatives, precision and recall
of: date, leader, localities, topics, figure values, recommendations, directions; and how many
figure values are a thousands/decimal misparse of an expected one (3.163 read as 3.163 or
99,83 read as 9983). Recommendations and directions are free text: an extracted item matches
an expected one when they share most of their words (overlap ≥ 0.6 of the shorter, Dice ≥ 0.35,
after folding case and diacritics), each expected item matched at most once.

Usage: .venv/bin/python scripts/score_extraction.py [--verbose [--show-heldout]] [--seeds DIR]
       .venv/bin/python scripts/score_extraction.py --dir PATH [--verbose]

--dir scores any directory laid out as PATH/articles/<name>.<ext> (the article) beside
PATH/expected/<name>.json (its hand-made values, in the same shape as an entry of the test sets'
expected.json, plus an optional "url", passed to the extractor as the article's address, as `surveys extract
--url` would be; so is a test set entry's "url"); only that set is scored. It is meant for real articles kept
outside the project. An expected date whose year is unknown ("????-11-15") is scored on day and
month only; "date": null means the article gives no visit day.

--verbose lists the differences of the seeds and the tuned set; the held-out differences only with
--show-heldout, so that tuning never reads them by accident.
Exit status 0; 1 only if an article cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from score_compare import FIELDS, Score, compare, expected_from_record, expected_from_test  # noqa: E402

from store.extract import extract_file  # noqa: E402
from store.folding import fold  # noqa: E402
from store.gazetteer import split_level  # noqa: E402

TODAY = date(2026, 12, 1)
"""The day the expected inferred years were written against; an article may name its own `today`."""

TARGETS = {"day+month": (0.95, 0.95), "leader": (0.90, 0.90), "localities": (0.95, 0.95),
           "figure values": (0.95, 0.90), "non-visit flagged": (1.0, 1.0)}


# -- the sets ---------------------------------------------------------------------------------


def pair_seed(text: str, records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The hand-made record a seed article is about: the one whose leader and places the text names most."""
    folded = fold(text)

    def evidence(record: dict[str, Any]) -> int:
        points = 3 if fold(record.get("leader", {}).get("name", "x")) in folded else 0
        for locality in record.get("localities", []):
            points += fold(split_level(locality["name"])[1]) in folded
        for person in record.get("people", []):
            points += fold(person["name"]) in folded
        return points

    best = max(records, key=evidence, default=None)
    return best if best is not None and evidence(best) >= 3 else None


def score_seeds(seeds: Path) -> Score | None:
    if not seeds.is_dir():
        return None
    records = orjson.loads((ROOT / "data" / "surveys.json").read_bytes())
    score = Score(f"Seeds ({seeds} against data/surveys.json)")
    for path in sorted(seeds.glob("*.txt")):
        record = pair_seed(path.read_text(encoding="utf-8", errors="replace"), records)
        if record is None:
            score.details.append(f"  {path.name}: no hand-made record names this article's leader; not scored")
            continue
        draft = extract_file(path)
        compare(score, f"{path.name} ({record['id']})", draft, expected_from_record(record))
    return score


def score_folder(name: str, *folders: Path) -> Score:
    """Every article listed in each folder's expected.json, scored together."""
    score = Score(name)
    for folder in folders:
        expected = orjson.loads((folder / "expected.json").read_bytes())
        for article, entry in expected.items():
            today = date.fromisoformat(entry["today"]) if entry.get("today") else TODAY
            draft = extract_file(folder / article, published=entry.get("published"), today=today, url=entry.get("url"))
            compare(score, f"{folder.name}/{article}", draft, expected_from_test(entry))
    return score


def score_directory(root: Path) -> Score:
    """A directory of articles (root/articles) and their expectations (root/expected/<name>.json)."""
    score = Score(f"Articles in {root}")
    articles = {path.stem: path for path in sorted((root / "articles").iterdir()) if path.is_file()}
    for wanted in sorted((root / "expected").glob("*.json")):
        entry = orjson.loads(wanted.read_bytes())
        article = articles.get(wanted.stem)
        if article is None:
            score.details.append(f"  {wanted.name}: no article {wanted.stem}.* in {root / 'articles'}; not scored")
            continue
        today = date.fromisoformat(entry["today"]) if entry.get("today") else TODAY
        draft = extract_file(article, published=entry.get("published"), today=today, url=entry.get("url"))
        compare(score, article.name, draft, expected_from_test(entry))
    return score


def report(score: Score, verbose: bool) -> str:
    lines = [f"{score.name}: {score.articles} article(s)",
             f"  {'field':<17}{'TP':>4}{'FP':>4}{'FN':>4}{'precision':>11}{'recall':>9}   target"]
    for name in FIELDS:
        tally = score.tallies[name]
        target = TARGETS.get(name)
        verdict = ""
        if target:
            # n/a (nothing to find, nothing found) is no miss: a set without non-visit articles meets that target
            ok = (1 if tally.precision is None else tally.precision) >= target[0] and \
                (1 if tally.recall is None else tally.recall) >= target[1]
            verdict = f"P≥{target[0]:.0%} R≥{target[1]:.0%} {'met' if ok else 'MISSED'}"
        lines.append(f"  {name:<17}{tally.tp:>4}{tally.fp:>4}{tally.fn:>4}{_pct(tally.precision):>11}"
                     f"{_pct(tally.recall):>9}   {verdict}")
    lines.append(f"  leader titles (reported, no target): {score.titles[0]} of {score.titles[1]} the same")
    lines.append(f"  thousands/decimal misparses: {len(score.misparses)}")
    lines += [f"    {m}" for m in score.misparses]
    if verbose and score.details:
        lines.append("  differences:")
        lines += score.details
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every difference")
    parser.add_argument("--show-heldout", action="store_true",
                        help="with --verbose, list the held-out differences too (only when reporting, never to tune)")
    parser.add_argument("--seeds", type=Path, default=None,
                        help="the seed articles (default: ../shared/seeds, or ../../shared/seeds from a worktree)")
    parser.add_argument("--dir", type=Path, default=None,
                        help="score only PATH/articles against PATH/expected/<name>.json (real articles kept outside)")
    args = parser.parse_args(argv)
    if args.dir is not None:
        if not (args.dir / "articles").is_dir() or not (args.dir / "expected").is_dir():
            print(f"{args.dir} needs an articles/ and an expected/ directory", file=sys.stderr)
            return 2
        print(report(score_directory(args.dir), args.verbose))
        return 0
    seeds_dir = args.seeds or next((p for p in (ROOT.parent / "shared" / "seeds",
                                                ROOT.parent.parent / "shared" / "seeds") if p.is_dir()),
                                   ROOT.parent / "shared" / "seeds")
    seeds = score_seeds(seeds_dir)
    if seeds is None:
        print(f"Seeds: {seeds_dir} is absent; the seed articles were not scored.")
    else:
        print(report(seeds, args.verbose))
    articles = ROOT / "tests" / "articles"
    print()
    print(report(score_folder("Tuned test articles (tests/articles, tests/articles/tuned)", articles,
                              articles / "tuned"), args.verbose))
    print()
    print(report(score_folder("Held-out articles (tests/articles/heldout; never tuned on)", articles / "heldout"),
                 args.verbose and args.show_heldout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
