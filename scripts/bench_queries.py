"""The mixed filters the benchmarks time: drawn from the data as a user would type them.

One list of filters (text, ward, province, topic, date range and their combinations, half typed
without diacritics) shared by scripts/bench.py, bench_index.py and bench_postgres.py, so that the
engine, the index and PostgreSQL are timed on the same queries.
"""

from __future__ import annotations

import random
from typing import Any


def mixed_queries(records: list[dict[str, Any]], count: int, seed: int = 7) -> list[tuple[str, Any]]:
    """Filters as a user types them, drawn from the data: what the browser's filter bar would send."""
    from store.query import Filter  # noqa: PLC0415

    rng = random.Random(seed)
    single = [("text", _text), ("ward", _ward), ("province", _province), ("topic", _topic), ("date", _dates)]
    queries: list[tuple[str, Any]] = []
    while len(queries) < count:
        record = rng.choice(records)
        if rng.random() < 0.6:
            kind, make = rng.choice(single)
            text = make(rng, record)
        else:
            picked = rng.sample(single, rng.choice((2, 2, 3)))
            kind = "+".join(name for name, _ in picked)
            kind = "combination with text" if "text" in kind else "combination"
            text = " ".join(make(rng, record) for _, make in picked)
        queries.append((kind, Filter.parse(text)))
    return queries


def _quoted(field: str, value: str) -> str:
    from store.query import Clause  # noqa: PLC0415

    return Clause(field, value).render()


def _plain(rng: random.Random, text: str) -> str:
    """Half the users type without diacritics."""
    from store.folding import fold  # noqa: PLC0415

    return fold(text) if rng.random() < 0.5 else text.lower()


def _text(rng: random.Random, record: dict[str, Any]) -> str:
    source = rng.choice([record["summary"], record["body"], record["leader"]["name"],
                         *(item["text"] for item in record.get("recommendations", [])), record["summary"]])
    words = [word.strip(".,;:()“”\"") for word in source.split()]
    words = [word for word in words if word]
    take = rng.choice((1, 2, 2, 3))
    start = rng.randrange(max(1, len(words) - take + 1))
    return _quoted("text", _plain(rng, " ".join(words[start:start + take]) or "cải cách"))


def _ward(rng: random.Random, record: dict[str, Any]) -> str:
    from store.gazetteer import split_level  # noqa: PLC0415

    locality = rng.choice(record["localities"])
    name = split_level(locality["ward"]["name"] if locality.get("ward") else locality["name"])[1]
    return _quoted("ward", _plain(rng, name))


def _province(rng: random.Random, record: dict[str, Any]) -> str:
    locality = rng.choice(record["localities"])
    name = locality.get("former_province") if rng.random() < 0.3 else None
    name = name or locality["province"]["name"].removeprefix("Thành phố ")
    return _quoted("province", _plain(rng, rng.choice((name, name, "tphcm", "hà nội")) if rng.random() < 0.2 else name))


def _topic(rng: random.Random, record: dict[str, Any]) -> str:
    from store.taxonomy import taxonomy  # noqa: PLC0415

    term = taxonomy().topics[rng.choice(record["topics"])]
    return _quoted("topic", rng.choice((term.id, _plain(rng, term.vi), _plain(rng, rng.choice(term.aliases)))))


def _dates(rng: random.Random, record: dict[str, Any]) -> str:
    year, month = int(record["date"][:4]), int(record["date"][5:7])
    return rng.choice((
        f"year:{year}", f"since:{year}-{month:02d}", f"until:{month}/{year}",
        f'date:"{year}-{month:02d}..{min(year + 1, 2026)}-{month:02d}"', f"since:{year}",
        f'date:"quý {(month + 2) // 3}/{year}"',
    ))
