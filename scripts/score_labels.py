#!/usr/bin/env python3
"""Score the labels `surveys extract` gives its figures: against hand-written labels, and for degenerate shapes.

The oracle is tests/articles/labels.json: {article: {str(value): label}}, the article named as under tests/articles
("a02_son_tay.txt", "tuned/t92_....txt", "heldout/h12_....txt"), each label written by hand from reading the
article, the bound in brackets as the record writes it ("Hồ sơ tiếp nhận (hơn)"). For each set (tuned: tests/articles
and tests/articles/tuned; held-out: tests/articles/heldout, never tuned on) it prints:

- exact: oracle labels the extractor gives exactly (case and spacing aside);
- overlap: the mean word overlap (Jaccard, lower case, punctuation aside) of each oracle label with the one given;
- degenerate: over EVERY figure of the set, labels that are a bare unit ("Hộ", "Đồng", "Tỷ lệ", "Số tiền"), a doubled
  word (the unit twice, "Phường phường", "Xã, thị trấn xã", or the bound twice, "Hồ sơ tiếp nhận hơn (hơn)") or
  more than 10 words (`store.extract.figure_labels.degenerate`).

Usage: .venv/bin/python scripts/score_labels.py [--verbose [--show-heldout]]
--verbose lists the oracle labels of the tuned set that differ and the degenerate labels; the held-out ones only
with --show-heldout, so that tuning never reads them by accident.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.extract import extract_file  # noqa: E402
from store.extract.figure_labels import degenerate  # noqa: E402

ARTICLES = ROOT / "tests" / "articles"
ORACLE = ARTICLES / "labels.json"
TODAY = date(2026, 12, 1)
"""The day the test sets' inferred years were written against (as `score_extraction`)."""


@dataclass
class LabelScore:
    name: str
    figures: int = 0
    oracle: int = 0
    exact: int = 0
    overlap: float = 0.0
    missing: int = 0
    """Oracle entries whose value the extractor no longer gives."""
    kinds: Counter = field(default_factory=Counter)
    differences: list[str] = field(default_factory=list)
    degenerates: list[str] = field(default_factory=list)

    @property
    def degenerate(self) -> int:
        return sum(self.kinds.values())


def words(label: str) -> set[str]:
    return set(re.findall(r"[\w/-]+", label.lower()))


def jaccard(a: str, b: str) -> float:
    left, right = words(a), words(b)
    return len(left & right) / len(left | right) if left | right else 1.0


def same(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


def figures_of(folder: Path) -> dict[str, list[dict]]:
    """Every article of `folder`'s expected.json → its figures, keyed as the oracle names articles."""
    expected = orjson.loads((folder / "expected.json").read_bytes())
    found = {}
    for article, entry in expected.items():
        today = date.fromisoformat(entry["today"]) if entry.get("today") else TODAY
        draft = extract_file(folder / article, published=entry.get("published"), today=today, url=entry.get("url"))
        found[str((folder / article).relative_to(ARTICLES))] = draft.record.get("figures", [])
    return found


def score(name: str, figures: dict[str, list[dict]], oracle: dict[str, dict[str, str]]) -> LabelScore:
    result = LabelScore(name)
    for article, found in figures.items():
        for figure in found:
            result.figures += 1
            kind = degenerate(figure)
            if kind:
                result.kinds[kind] += 1
                result.degenerates.append(f"  {article}: {figure['value']} {figure['unit']} → {figure['label']!r} "
                                          f"({kind})")
        for value, wanted in oracle.get(article, {}).items():
            result.oracle += 1
            got = next((f["label"] for f in found if str(f["value"]) == value), None)
            if got is None:
                result.missing += 1
                result.differences.append(f"  {article}: {value}: no such figure (wanted {wanted!r})")
                continue
            result.exact += same(got, wanted)
            result.overlap += jaccard(got, wanted)
            if not same(got, wanted):
                result.differences.append(f"  {article}: {value}: got {got!r}, wanted {wanted!r}")
    return result


def report(result: LabelScore, verbose: bool) -> str:
    scored = result.oracle or 1
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(result.kinds.items())) or "none"
    lines = [f"{result.name}: {result.figures} figures",
             f"  oracle labels {result.oracle}: exact {result.exact} ({result.exact / scored:.1%}), "
             f"overlap {result.overlap / scored:.3f}, missing {result.missing}",
             f"  degenerate labels: {result.degenerate} of {result.figures} ({kinds})"]
    if verbose:
        lines += ["  differences:", *result.differences, "  degenerate:", *result.degenerates]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the differing and degenerate labels")
    parser.add_argument("--show-heldout", action="store_true",
                        help="with --verbose, list the held-out ones too (only when reporting, never to tune)")
    args = parser.parse_args(argv)
    oracle = orjson.loads(ORACLE.read_bytes())
    tuned = {**figures_of(ARTICLES), **figures_of(ARTICLES / "tuned")}
    print(report(score("Tuned (tests/articles, tests/articles/tuned)", tuned, oracle), args.verbose))
    print()
    heldout = figures_of(ARTICLES / "heldout")
    print(report(score("Held-out (tests/articles/heldout; never tuned on)", heldout, oracle),
                 args.verbose and args.show_heldout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
