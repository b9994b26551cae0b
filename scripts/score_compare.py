"""One article's extraction against its hand-made values, tallied field by field (a part of `score_extraction`).

`score_extraction` finds the sets (seeds, tuned, held-out, a real set) and prints their reports; what counts as a
match of each field lives here, apart from where the articles come from, so that the rule of a match is read, and
changed, in one place: a date and a leader compared as values, localities and wholes as sets, figure values as
counts (a misparse by a factor of 10, 100 or 1000 noted), a figure's metric and place as the app files them, and
recommendations and directions as free text (`similar`: most of their words shared).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from score_items import ITEM_FIELDS, best_pairs, compare_items, expected_items  # an item's deadline and addressee

from store.folding import fold
from store.gazetteer import split_level
from store.metrics import figure_locality, metric_of

FIELDS = ("date", "day+month", "leader", "localities", "topics", "figure values", "figure wholes", "figure metrics",
          "figure places", "recommendations", "directions", *ITEM_FIELDS, "non-visit flagged")
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
    titles: list[int] = field(default_factory=lambda: [0, 0])
    """Leaders' titles: [the same, compared] — only where the name is right and the expectation writes a title;
    reported, no target (the house appends the team role, ", Trưởng đoàn")."""


# -- expected values ---------------------------------------------------------------------------


def expected_from_record(record: dict[str, Any]) -> dict[str, Any]:
    """The comparable parts of a hand-made record."""
    return {
        "date": record.get("date"),
        "leader": record.get("leader", {}).get("name"),
        "leader title": (record.get("leader") or {}).get("title"),
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
        "leader title": (entry.get("leader") or {}).get("title"),
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
    paired = best_pairs(found, wanted, similar)  # expected index → found index
    extra = [found[i] for i in range(len(found)) if i not in paired.values()]
    missed = [wanted[j] for j in range(len(wanted)) if j not in paired]
    return len(paired), extra, missed


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
    named = got["leader"] and expected["leader"] and fold(got["leader"]) == fold(expected["leader"])
    if expected["leader title"] and named:
        same = fold(got["leader title"] or "") == fold(expected["leader title"])
        score.titles[0] += same
        score.titles[1] += 1
        if not same:
            notes.append(f"leader title (reported): got {got['leader title']!r}, expected {expected['leader title']!r}")
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
