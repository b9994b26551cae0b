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
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from score_items import ITEM_FIELDS, compare_items, expected_items  # noqa: E402  (an item's deadline and addressee)

from store.extract import extract_file  # noqa: E402
from store.folding import fold  # noqa: E402
from store.gazetteer import split_level  # noqa: E402
from store.metrics import figure_locality, metric_of  # noqa: E402

TODAY = date(2026, 12, 1)
"""The day the expected inferred years were written against; an article may name its own `today`."""

FIELDS = ("date", "day+month", "leader", "localities", "topics", "figure values", "figure wholes", "figure metrics",
          "figure places", "recommendations", "directions", *ITEM_FIELDS, "non-visit flagged")
TARGETS = {"day+month": (0.95, 0.95), "leader": (0.90, 0.90), "localities": (0.95, 0.95),
           "figure values": (0.95, 0.90), "non-visit flagged": (1.0, 1.0)}
_STOP = set("và của các những cho để trong với về tại được đã đang là có một theo từ này đó thì mà như cũng".split())


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Score:
    name: str
    articles: int = 0
    tallies: dict[str, Tally] = field(default_factory=lambda: {name: Tally() for name in FIELDS})
    misparses: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)


# -- expected values ---------------------------------------------------------------------------


def expected_from_record(record: dict[str, Any]) -> dict[str, Any]:
    """The comparable parts of a hand-made record."""
    return {
        "date": record.get("date"),
        "leader": record.get("leader", {}).get("name"),
        "localities": [locality_key(loc["name"], loc["province"]["code"], (loc.get("ward") or {}).get("code"))
                       for loc in record.get("localities", [])],
        "topics": list(record.get("topics", [])),
        "figures": [f["value"] for f in record.get("figures", [])],
        "recommendations": [r["text"] for r in record.get("recommendations", [])],
        "directions": [d["text"] for d in record.get("directions", [])],
        "items": expected_items(record),
        "wholes": [(f["value"], f["of"]) for f in record.get("figures", []) if "of" in f],
        "metric": [],
        "locality": [],
        "non_visit": False,
    }


def expected_from_test(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "date": entry.get("date"),
        "leader": (entry.get("leader") or {}).get("name"),
        "localities": [locality_key(loc["name"], loc["province_code"], loc.get("ward_code"))
                       for loc in entry.get("localities", [])],
        "topics": entry.get("topics"),
        "figures": [f["value"] for f in entry.get("figures", [])],
        "wholes": [(f["value"], f["of"]) for f in entry.get("figures", []) if "of" in f],
        **{key: [(f["value"], f[key]) for f in entry.get("figures", []) if key in f] for key in ("metric", "locality")},
        "recommendations": [r["text"] for r in entry["recommendations"]] if "recommendations" in entry else None,
        "directions": [d["text"] for d in entry["directions"]] if "directions" in entry else None,
        "items": expected_items(entry),
        "non_visit": bool(entry.get("non_visit")),
    }


def locality_key(name: str, province_code: int, ward_code: int | None) -> tuple:
    if ward_code is not None:
        return (province_code, "ward", ward_code)
    level, base = split_level(name.replace("TP.", "TP. ").replace("TX.", "thị xã "))
    return (province_code, level or "", fold(base))


def aligned_key(locality: dict[str, Any], wanted: list[tuple]) -> tuple:
    """An extracted locality's key in the form its expectation uses: a former town ("thị trấn X") is
    stored with the ward it became, and matches an expectation that names it as written, without a ward."""
    code, ward = locality["province"]["code"], (locality.get("ward") or {}).get("code")
    by_ward, by_name = locality_key(locality["name"], code, ward), locality_key(locality["name"], code, None)
    return by_name if by_ward not in wanted and by_name in wanted else by_ward


# -- comparing ---------------------------------------------------------------------------------


def words(text: str) -> set[str]:
    return {w for w in fold(text).replace(",", " ").replace(".", " ").replace(";", " ").split()
            if w not in {fold(s) for s in _STOP} and len(w) > 1}


def similar(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    common = len(wa & wb)
    overlap = common / min(len(wa), len(wb))
    dice = 2 * common / (len(wa) + len(wb))
    return overlap if overlap >= 0.6 and dice >= 0.35 else 0.0


def match_texts(found: list[str], wanted: list[str]) -> tuple[int, list[str], list[str]]:
    pairs = sorted(((similar(f, w), i, j) for i, f in enumerate(found) for j, w in enumerate(wanted)), reverse=True)
    used_f: set[int] = set()
    used_w: set[int] = set()
    for score, i, j in pairs:
        if score <= 0:
            break
        if i in used_f or j in used_w:
            continue
        used_f.add(i)
        used_w.add(j)
    extra = [found[i] for i in range(len(found)) if i not in used_f]
    missed = [wanted[j] for j in range(len(wanted)) if j not in used_w]
    return len(used_f), extra, missed


def compare(score: Score, label: str, draft: Any, expected: dict[str, Any]) -> None:
    """Tally one article: `draft` is what extraction made of it, `expected` its hand-made values."""
    score.articles += 1
    record = draft.record
    notes: list[str] = []
    flagged = bool(getattr(draft, "non_visit", None))
    score.tallies["non-visit flagged"].add(int(flagged and expected["non_visit"]),
                                           int(flagged and not expected["non_visit"]),
                                           int(expected["non_visit"] and not flagged))
    if flagged != expected["non_visit"]:
        notes.append(f"non-visit: got {getattr(draft, 'non_visit', None)!r}, expected {expected['non_visit']}")
    if expected["non_visit"]:
        _flush(score, label, notes)
        return
    got = expected_from_record({**record, "localities": [
        loc for loc in record.get("localities", []) if "province" in loc]})
    got["localities"] = [aligned_key(loc, expected["localities"]) for loc in record.get("localities", [])
                         if "province" in loc]

    def single(name: str, found: Any, wanted: Any, same: Any = None) -> None:
        tally = score.tallies[name]
        equal = (same or (lambda a, b: a == b))
        if wanted is None and found is None:
            tally.add(1, 0, 0) if name == "leader" else None  # "no leader" rightly said is a hit
            return
        if found is not None and wanted is not None and equal(found, wanted):
            tally.add(1, 0, 0)
        else:
            tally.add(0, 1 if found is not None else 0, 1 if wanted is not None else 0)
            notes.append(f"{name}: got {found!r}, expected {wanted!r}")

    if not (expected["date"] or "").startswith("????"):  # a year nobody can know is not scored
        single("date", got["date"], expected["date"])
    single("day+month", got["date"] and got["date"][5:], expected["date"] and expected["date"][5:])
    single("leader", got["leader"], expected["leader"], lambda a, b: fold(a) == fold(b))
    pairs = [("localities", got["localities"], expected["localities"])]
    if expected["topics"] is not None:
        pairs.append(("topics", got["topics"], expected["topics"]))
    pairs.append(("figure wholes", got["wholes"], expected["wholes"]))
    for name, found, wanted in pairs:
        tp = len(set(found) & set(wanted))
        score.tallies[name].add(tp, len(set(found) - set(wanted)), len(set(wanted) - set(found)))
        if set(found) != set(wanted):
            notes.append(f"{name}: extra {sorted(set(found) - set(wanted), key=str)}, "
                         f"missed {sorted(set(wanted) - set(found), key=str)}")
    found_values = Counter(round(float(v), 4) for v in got["figures"])
    wanted_values = Counter(round(float(v), 4) for v in expected["figures"])
    tp = sum((found_values & wanted_values).values())
    score.tallies["figure values"].add(tp, sum(found_values.values()) - tp, sum(wanted_values.values()) - tp)
    extra = list((found_values - wanted_values).elements())
    missed = list((wanted_values - found_values).elements())
    if extra or missed:
        notes.append(f"figure values: extra {extra}, missed {missed}")
    _compare_keyed(score, record, "figure metrics", [(v, m, metric_of) for v, m in expected["metric"]], notes)
    visit = fold(figure_locality(record, {}))  # "locality": null, a figure of the places together: the visit's
    _compare_keyed(score, record, "figure places", [(v, visit if name is None else fold(name),
                                                     lambda f: fold(figure_locality(record, f)))
                                                    for v, name in expected["locality"]], notes)
    for value in extra:
        for want in wanted_values:
            if any(abs(value * k - want) < 1e-6 or abs(value - want * k) < 1e-6 for k in (10, 100, 1000)):
                score.misparses.append(f"{label}: {value} (expected {want})")
    for name in ("recommendations", "directions"):
        if expected[name] is None:
            continue
        tp, extra_items, missed_items = match_texts(got[name], expected[name])
        score.tallies[name].add(tp, len(extra_items), len(missed_items))
        for text in extra_items:
            notes.append(f"{name}: extra {text[:90]!r}")
        for text in missed_items:
            notes.append(f"{name}: missed {text[:90]!r}")
    compare_items(score.tallies, record, expected["items"], similar, notes)  # where an item names them
    _flush(score, label, notes)


def _compare_keyed(score: Score, record: dict[str, Any], name: str, wanted: list[tuple[Any, Any, Any]],
                   notes: list[str]) -> None:
    """A figure's metric or place, where the expectation names one ("metric": null, none), as the app files it
    (`store.metrics.metric_of`, `figure_locality`: what charts and the figure checks use), of a figure of that value."""
    for value, want, read in wanted:
        given = [read(f) for f in record.get("figures", []) if round(float(f["value"]), 4) == round(float(value), 4)]
        if want in given:
            score.tallies[name].add(1, 0, 0)
            continue
        score.tallies[name].add(0, 1 if any(g != want for g in given) else 0, 1 if want else 0)
        notes.append(f"{name}: {value} got {given!r}, expected {want!r}")


def _flush(score: Score, label: str, notes: list[str]) -> None:
    if notes:
        score.details.append(f"  {label}")
        score.details += [f"    {note}" for note in notes]


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
