"""Realistic synthetic surveys for tests and the benchmark, deterministic for a seed.

    python -m tests.synthetic 100000 --seed 1 -o /tmp/surveys-100k.json
    python -m tests.synthetic 500 --seed 7 --start 0 --provinces 1,79,48,31,92,22 --units 12 \
        --tagged --today-units -o /tmp/browser-500.json     # the browser tests' records

Records follow `data/schema.json` and pass `store.validation.validate`:
real provinces and wards (codes included) from the 2025 gazetteer, and,
before the July 2025 reform, the districts and provinces of the time
(`data/former_units.json`) with the province they were merged into. Bodies,
people, topic mixes, figures with metric ids and periods, recommendations
and directions with statuses, deadlines and responses, and summaries are
drawn from Vietnamese templates so that text search meets realistic
vocabulary. Records average about 2 KB of JSON.

This is a development tool: it is not part of the product's CLI.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson

from store.folding import slugify
from store.gazetteer import split_level
from store.taxonomy import taxonomy
from tests.synthetic_places import places
from tests.synthetic_words import (
    CLOSINGS,
    DIFFICULTIES,
    FACTS,
    FIGURE_CONTEXT,
    GIVEN_MEN,
    GIVEN_WOMEN,
    KINDS,
    LEADER_TITLES,
    METRIC_UNITS,
    MIDDLE_MEN,
    MIDDLE_WOMEN,
    MIDDLES,
    OBJECTS,
    OPENINGS,
    OUTLETS,
    PURPOSES,
    ROLES,
    STATUSES,
    SURNAMES,
    TO_WHOM,
    TOPIC_WORDS,
    VERBS,
)

FIRST_DAY = date(2021, 1, 1)
LAST_DAY = date(2026, 12, 31)
REFORM_DAY = date(2025, 7, 1)
"""Before this day reports name districts and the 63 provinces; after it, the 34 provinces and their wards."""


class Generator:
    """Makes records one at a time from a seeded random source.

    `provinces` (codes) and `units` narrow the places drawn from (see `Places.narrowed`); `tagged` ends each
    summary with "Bản ghi số N." (N the serial), a phrase that finds exactly one record by text search;
    `today_units` names today's provinces and wards at every date, as reports re-coded to the 2025 gazetteer do.
    """

    def __init__(self, seed: int = 0, *, provinces: Sequence[int] | None = None, units: int | None = None,
                 tagged: bool = False, today_units: bool = False) -> None:
        self.random = random.Random(seed)
        self.today_units = today_units
        self.places = places() if provinces is None else places().narrowed(provinces, units)
        self.tagged = tagged
        self.topics = list(taxonomy().topics)
        self.metrics = list(taxonomy().metrics)
        self.metric_labels = {m: taxonomy().metric_label(m) for m in self.metrics}
        self._surnames = [name for name, _ in SURNAMES]
        self._surname_weights = _cumulative(w for _, w in SURNAMES)
        self._kinds = [kind for kind, _ in KINDS]
        self._kind_weights = _cumulative(w for _, w in KINDS)
        self._statuses = [status for status, _ in STATUSES]
        self._status_weights = _cumulative(w for _, w in STATUSES)
        self._days = (LAST_DAY - FIRST_DAY).days

    # -- pieces ----------------------------------------------------------
    def person(self) -> tuple[str, str]:
        """A full name and the honorific that goes with it ("ông", "bà")."""
        r = self.random
        surname = r.choices(self._surnames, cum_weights=self._surname_weights)[0]
        if r.random() < 0.6:
            return f"{surname} {r.choice(MIDDLE_MEN)} {r.choice(GIVEN_MEN)}", "ông"
        return f"{surname} {r.choice(MIDDLE_WOMEN)} {r.choice(GIVEN_WOMEN)}", "bà"

    def day(self) -> date:
        return FIRST_DAY + timedelta(days=self.random.randrange(self._days + 1))

    def sentence(self, subject: str = "") -> str:
        r = self.random
        text = f"{r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(PURPOSES)}".rstrip()
        return f"{subject} {text[0].lower()}{text[1:]}." if subject else f"{text}."

    # -- a record --------------------------------------------------------
    def record(self, serial: int) -> dict[str, Any]:
        r = self.random
        day = self.day()
        if day >= REFORM_DAY or self.today_units:
            unit, body, body_slug, role, province_label, localities = self._after_reform()
        else:
            unit, body, body_slug, role, province_label, localities = self._before_reform()
        kind = r.choices(self._kinds, cum_weights=self._kind_weights)[0]
        leader, honor = self.person()
        title = r.choice(LEADER_TITLES[role]).format(p=province_label, u=unit)
        topics = self._topics(day)
        names = [loc["name"] for loc in localities]
        iso = day.isoformat()
        record: dict[str, Any] = {
            "schema_version": 1,
            "id": f"{iso}-{body_slug}-{serial}",
            "date": iso,
            "date_certainty": r.choice(("stated", "stated", "stated", "publication", "inferred")),
            "kind": kind,
            "body": body,
            "leader": {"name": leader, "title": title},
            "localities": localities,
            "topics": topics,
            "summary": self._summary(day, body, leader, honor, kind, names, topics),
        }
        figures = self._figures(day, names)
        if figures or r.random() < 0.5:
            record["figures"] = figures
        recommendations = self._items(day, names, by=f"UBND {names[0]}", count=_skewed(r, 10, 1.0))
        if recommendations or r.random() < 0.5:
            record["recommendations"] = recommendations
        directions = self._items(day, names, by=leader, count=_skewed(r, 10, 1.0))
        if directions or r.random() < 0.5:
            record["directions"] = directions
        difficulties = [
            {"text": r.choice(DIFFICULTIES) + ".", **({"locality": r.choice(names)} if r.random() < 0.5 else {})}
            for _ in range(_skewed(r, 4, 0.7))
        ]
        if difficulties:
            record["difficulties"] = difficulties
        people = []
        for _ in range(_skewed(r, 4, 0.8)):
            name, _ = self.person()
            people.append({"name": name, "role": f"{r.choice(ROLES)} {r.choice(names)}"})
        if people:
            record["people"] = people
        if r.random() < 0.85:
            record["source"] = self._source(day, body, names)
        if r.random() < 0.3:
            published = day + timedelta(days=r.randrange(3))
            record["notes"] = f"Ngày lấy theo bài viết đăng {published.strftime('%d/%m/%Y')}."
        if self.tagged:
            record["summary"] += f" Bản ghi số {serial}."
        return record

    def _after_reform(self):
        r = self.random
        province, short, wards = r.choice(self.places.provinces)
        visited = r.sample(wards, min(len(wards), _locality_count(r)))
        localities = [
            {"name": written, "level": level, "province": province, "ward": ward}
            for written, level, ward, _ in visited
        ]
        city = province["name"].startswith("Thành phố")
        label = f"TP {short}" if city else f"tỉnh {short}"
        first_written, _, _, first_slug = visited[0]
        body, role = self._body(label, first_written, (
            (0.3, "Đoàn ĐBQH {label}", "dbqh"), (0.5, "HĐND {first}", "local"),
            (0.7, "Đoàn giám sát số {n12}, HĐND {label}", "hdnd"),
            (0.8, "Đoàn công tác số {n15}, Đoàn ĐBQH {label}", "dbqh"), (0.9, "Ban Pháp chế HĐND {label}", "hdnd"),
            (0.95, "Đoàn kiểm tra công tác CCHC, UBND {label}", "ubnd"), (1.0, "Ủy ban MTTQ Việt Nam {label}", "mttq"),
        ))
        return first_written, body, f"{slugify(short)}-{first_slug}", role, label, localities

    def _before_reform(self):
        r = self.random
        old_name, old_level, code, merged, districts = r.choice(self.places.former)
        province, _, wards = self.places.by_code[code]
        label = f"TP {old_name}" if old_level == "thành phố" else f"tỉnh {old_name}"
        localities = []
        extra = {"former_province": merged} if merged else {}
        if districts and r.random() < 0.7:
            name, level = r.choice(districts)
            localities.append({"name": name, "level": level, **extra, "province": province, "ward": None})
        for written, level, ward, _ in r.sample(wards, _locality_count(r) - (1 if localities else 0) or 1):
            localities.append({"name": written, "level": level, **extra, "province": province, "ward": ward})
        if r.random() < 0.03:
            localities.append({"name": label, "level": "tỉnh" if old_level == "tỉnh" else "thành phố", **extra,
                               "province": province, "ward": None})
        first = localities[0]["name"]
        body, role = self._body(label, first, (
            (0.3, "Đoàn ĐBQH {label}", "dbqh"), (0.55, "HĐND {first}", "local"),
            (0.75, "Đoàn giám sát số {n12}, HĐND {label}", "hdnd"), (0.85, "Thường trực HĐND {label}", "hdnd"),
            (0.95, "Đoàn kiểm tra công tác CCHC, UBND {label}", "ubnd"), (1.0, "Ủy ban MTTQ Việt Nam {label}", "mttq"),
        ))
        return first, body, f"{slugify(old_name)}-{slugify(split_level(first)[1])}", role, label, localities

    def _body(self, label: str, first: str, bodies: tuple[tuple[float, str, str], ...]) -> tuple[str, str]:
        """A body and its role, drawn by cumulative weight; `{n12}`/`{n15}` are a team number below 12/15."""
        choice = self.random.random()
        template, role = next((t, role) for bound, t, role in bodies if choice < bound)
        numbers = {"n12": self.random.randrange(1, 12) if "{n12}" in template else 0,
                   "n15": self.random.randrange(1, 15) if "{n15}" in template else 0}
        return template.format(label=label, first=first, **numbers), role

    def _topics(self, day: date) -> list[str]:
        r = self.random
        pool = [t for t in self.topics if (t != "chinh-quyen-2-cap" or day >= REFORM_DAY)]
        core = ["cchc", "chuyen-doi-so", "tthc"]
        chosen = [t for t in core if r.random() < 0.6]
        chosen += r.sample(pool, r.randrange(1, 7))
        return list(dict.fromkeys(chosen))

    def _summary(self, day, body, leader, honor, kind, names, topics) -> str:
        r = self.random
        verb = {"giám sát": "giám sát", "khảo sát": "khảo sát thực tế", "kiểm tra": "kiểm tra",
                "làm việc": "làm việc"}[kind]
        about = ", ".join(TOPIC_WORDS.get(t, t) for t in topics[:3])
        places_text = " và ".join(names)
        parts = [r.choice(OPENINGS).format(body=body, honor=honor, leader=leader, kind_verb=verb, places=places_text,
                                           topics=about, day=f"{day.day}/{day.month}/{day.year}")]
        for _ in range(r.randrange(1, 3)):
            fact = r.choice(FACTS).format(n=_vi_number(r.randrange(200, 60000)), p=r.randrange(60, 100),
                                          k=r.randrange(20, 400), k2=r.randrange(10, 300), k3=r.randrange(3, 20))
            difficulty = r.choice(DIFFICULTIES).lower()
            parts.append(r.choice(MIDDLES).format(fact=fact, difficulty=difficulty))
        closing = r.choice(CLOSINGS).format(places=names[0], honor=honor, leader=leader, verb=r.choice(VERBS).lower(),
                                            object=r.choice(OBJECTS), purpose=r.choice(PURPOSES), to=r.choice(TO_WHOM))
        parts.append(closing.replace("  ", " ").replace(" .", "."))
        return " ".join(parts)

    def _figures(self, day: date, names: list[str]) -> list[dict[str, Any]]:
        r = self.random
        figures = []
        received = r.randrange(300, 80000)
        for _ in range(_skewed(r, 15, 1.6)):
            metric = r.choice(self.metrics)
            unit = METRIC_UNITS.get(metric, "hồ sơ")
            figure: dict[str, Any] = {"label": self.metric_labels[metric] + r.choice(FIGURE_CONTEXT)}
            if r.random() < 0.9:
                figure["metric"] = metric
            if unit == "%":
                figure["value"] = round(r.uniform(40, 100), 1)
            elif unit == "điểm":
                figure["value"] = round(r.uniform(55, 95), 2)
            elif unit == "thủ tục":
                figure["value"] = r.randrange(5, 500)
            else:
                figure["value"] = r.randrange(10, received)
                if metric in ("ho-so-giai-quyet", "ho-so-dung-han", "ho-so-dang-giai-quyet") and r.random() < 0.7:
                    figure["of"] = received
            figure["unit"] = unit
            if r.random() < 0.6:
                start = day - timedelta(days=r.randrange(30, 400))
                end = day - timedelta(days=r.randrange(1, 30))
                figure["period"] = {"from": start.isoformat(), "to": end.isoformat()}
            if r.random() < 0.6:
                figure["locality"] = r.choice(names)
            figures.append(figure)
        return figures

    def _items(self, day: date, names: list[str], by: str, count: int) -> list[dict[str, Any]]:
        r = self.random
        items = []
        for _ in range(count):
            item: dict[str, Any] = {"text": self.sentence()}
            if r.random() < 0.8:
                item["by"] = by
            if r.random() < 0.7:
                item["to"] = r.choice(TO_WHOM)
            if r.random() < 0.4:
                item["locality"] = r.choice(names)
            status = r.choices(self._statuses, cum_weights=self._status_weights)[0]
            if status:
                item["status"] = status
            if r.random() < 0.25:
                item["deadline"] = (day + timedelta(days=r.randrange(30, 365))).isoformat()
            if status in ("in progress", "done", "not accepted") and r.random() < 0.5:
                item["responses"] = [{
                    "date": (day + timedelta(days=r.randrange(10, 200))).isoformat(),
                    "text": r.choice(("Đã tiếp thu, đang triển khai.", "Đã hoàn thành, báo cáo kết quả.",
                                      "Chưa đủ điều kiện thực hiện, sẽ xem xét trong năm sau.",
                                      "Đã giao Sở Nội vụ chủ trì tham mưu.")),
                }]
            items.append(item)
        return items

    def _source(self, day: date, body: str, names: list[str]) -> dict[str, Any]:
        r = self.random
        source: dict[str, Any] = {"outlet": r.choice(OUTLETS)}
        if r.random() < 0.6:
            source["author"] = self.person()[0]
        if r.random() < 0.5:
            source["url"] = f"https://example.vn/tin-tuc/{day.isoformat()}-{r.randrange(10**6, 10**7)}.html"
        if r.random() < 0.6:
            source["published"] = (day + timedelta(days=r.randrange(0, 3))).isoformat()
        if r.random() < 0.7:
            source["title"] = f"{body} {r.choice(('giám sát', 'khảo sát', 'làm việc'))} tại {names[0]}"
        return source


def _cumulative(weights) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _skewed(r: random.Random, most: int, mean: float) -> int:
    """0..most, about `mean` on average: most reports list a few items, some list many."""
    return min(most, int(r.expovariate(1.0) * (mean + 0.5)))


def _locality_count(r: random.Random) -> int:
    x = r.random()
    return 1 if x < 0.7 else 2 if x < 0.92 else 3


def _vi_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def generate(n: int, seed: int = 0, start: int = 1, *, provinces: Sequence[int] | None = None,
             units: int | None = None, tagged: bool = False, today_units: bool = False) -> list[dict[str, Any]]:
    """`n` records; ids end in serials `start`..`start+n-1`, so batches with distinct starts never share an id.

    The keywords narrow and tag the records as `Generator` says.
    """
    generator = Generator(seed, provinces=provinces, units=units, tagged=tagged, today_units=today_units)
    return [generator.record(serial) for serial in range(start, start + n)]


def store_bytes(records: list[dict[str, Any]]) -> bytes:
    """The store file's contents: TinyDB's layout, as SurveyStore writes it."""
    return orjson.dumps({"surveys": {str(number): record for number, record in enumerate(records, start=1)}})


def write_store(path: Path, records: list[dict[str, Any]]) -> int:
    payload = store_bytes(records)
    Path(path).write_bytes(payload)
    return len(payload)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.synthetic", description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=1, help="first id serial (default 1)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="store file to write (replaced)")
    parser.add_argument("--provinces", type=lambda text: [int(code) for code in text.split(",")],
                        help="only these province codes, comma-separated (the browser tests use 1,79,48,31,92,22)")
    parser.add_argument("--units", type=int, help="with --provinces: each one's first N wards and former districts")
    parser.add_argument("--tagged", action="store_true", help='end each summary with "Bản ghi số N."')
    parser.add_argument("--today-units", action="store_true", help="name today's units at every date")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = generate(args.count, args.seed, args.start, provinces=args.provinces, units=args.units,
                       tagged=args.tagged, today_units=args.today_units)
    size = write_store(args.output, records)
    sys.stderr.write(f"{args.count} records, {size / 1e6:.1f} MB ({size / max(1, args.count):.0f} B each) "
                     f"in {time.perf_counter() - began:.1f} s -> {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
