"""One input record brought to the stored form, before validation judges it.

- every string: NFC, runs of white space collapsed to one space, trimmed
  (`folding.normalize_text`); control characters and markup are kept as data;
- every field the schema marks as a date: read with python-dateutil
  (`dates.parse_day`; day first, as Vietnamese writes it) and written as ISO;
  an impossible date such as 31/2/2024 is a problem;
- localities: resolved through the gazetteer (`localities.LocalityFiller`),
  the structured form or one line as reports write it ("P. Bến Nghé, Q.1,
  TP.HCM"; a ward merged away in 2025 becomes the ward it is today);
- topic aliases ("CCHC", "cải cách hành chính") become canonical topic ids,
  duplicates removed; metric aliases become metric ids;
- a missing `schema_version` is taken as 1, the only version there is.

The walk follows the schema only where a date lies below; elsewhere every
string is normalized without looking the schema up, which is most of a record.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import catalog, sentence_tables
from ..dates import DateError, parse_day
from ..taxonomy import taxonomy
from ..validation import Problem, schema, validate
from .limits import LIMIT_MARK, limit_problems
from .localities import LocalityFiller
from .problems import printable, quoted

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME_OF_DAY = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]|(?:^|[\sTt])\d{1,2}:\d{2}|\d{1,2}\s?(?:h|giờ)\d{0,2}\b", re.IGNORECASE
)
_DAY_PART = re.compile(r"\d{4}-\d{2}-\d{2}(?=[Tt ])")


class Normalizer:
    """Brings one record to the stored form; reports what cannot be brought there."""

    def __init__(self) -> None:
        self._shape = _Shape.compile(schema(), schema())
        self._dates: dict[str, str | DateError] = {}
        self._localities = LocalityFiller()

    def normalize(self, value: Any) -> tuple[Any, list[Problem]]:
        """The normalized record and the problems normalizing it found (validation not included)."""
        if not isinstance(value, dict):
            return value, []  # validation says what it is instead, without looking inside
        problems = limit_problems(value)
        if problems:
            return value, problems
        value = sentence_tables.unpack(value)  # a store's own form (sentences in a table) imports as the export's
        record = self._object(value, self._shape, "", problems)
        if "schema_version" not in record:
            record = {"schema_version": 1, **record}
        _topics(record)
        _metrics(record)
        self._localities.fill(record, problems)
        return record, problems

    def check(self, value: Any) -> tuple[Any, list[Problem]]:
        """Normalize, then validate; a problem normalizing a field replaces what validation says about it."""
        record, problems = self.normalize(value)
        if any(p.message.startswith(LIMIT_MARK) for p in problems):
            return record, problems  # too big or too deep to walk any further
        covered = {p.path for p in problems}
        for problem in validate(record):
            if not any(problem.path == path or problem.path.startswith((path + ".", path + "[")) for path in covered):
                problems.append(problem)
        return record, problems

    # schema-guided walk: every string normalized, date fields read as dates
    def _object(self, value: dict[str, Any], shape: _Shape, path: str, problems: list[Problem]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        prefix = f"{path}." if path else ""
        for name, item in value.items():
            child = shape.properties.get(name, _ANY)
            if type(item) is str:
                out[name] = self._date(item, prefix + name, problems) if child.date else _normalize(item)
            elif not child.walks:
                out[name] = _plain(item)
            else:
                out[name] = self._value(item, child, prefix + name, problems)
        return out

    def _value(self, value: Any, shape: _Shape, path: str, problems: list[Problem]) -> Any:
        if type(value) is dict:
            return self._object(value, shape, path, problems)
        if type(value) is list:
            items = shape.items or _ANY
            if not items.walks:
                return _plain(value)
            return [self._value(item, items, f"{path}[{i}]", problems) for i, item in enumerate(value)]
        if type(value) is str:
            return self._date(value, path, problems) if shape.date else _normalize(value)
        return value

    def _date(self, value: str, path: str, problems: list[Problem]) -> str:
        text = _normalize(value)
        if not text:
            return text
        if _TIME_OF_DAY.search(text):  # a record keeps days; dropping the time without a word would hide it
            day = _DAY_PART.match(text)
            # the catalog's English, said in the reader's language by the browser and the CLI (tryout s42-tryout14)
            said = catalog.text("err.time_of_day", "en", value=quoted(text), day=day[0]) if day else \
                catalog.text("err.time_of_day_plain", "en", value=quoted(text))
            problems.append(Problem(path, said))
            return text
        found = self._dates.get(text)
        if found is None:
            if _ISO_DAY.fullmatch(text):
                try:
                    found = date.fromisoformat(text).isoformat()
                except ValueError:
                    found = None
            if found is None:
                try:
                    found = parse_day(text).isoformat()
                except DateError as error:
                    found = error
            if len(self._dates) < 10_000:  # imports repeat a few dates many times; a bound keeps a hostile file small
                self._dates[text] = found
        if isinstance(found, DateError):
            problems.append(Problem(path, printable(str(found))))
            return text
        return found


def _topics(record: dict[str, Any]) -> None:
    topics = record.get("topics")
    if isinstance(topics, list):
        mapped = [taxonomy().topic_id(t) or t if isinstance(t, str) and t else t for t in topics]
        seen: list[Any] = []
        for topic in mapped:
            if topic not in seen:
                seen.append(topic)
        record["topics"] = seen


def _metrics(record: dict[str, Any]) -> None:
    figures = record.get("figures")
    if isinstance(figures, list):
        for figure in figures:
            if isinstance(figure, dict) and isinstance(figure.get("metric"), str):
                figure["metric"] = taxonomy().metric_id(figure["metric"]) or figure["metric"]


def _normalize(text: str) -> str:
    """`folding.normalize_text`, computed faster: str.split() splits on exactly the white space `\\s` matches."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _plain(value: Any) -> Any:
    """`value` with every string normalized; no dates below here."""
    kind = type(value)
    if kind is str:
        return _normalize(value)
    if kind is dict:
        return {name: _normalize(item) if type(item) is str else _plain(item) for name, item in value.items()}
    if kind is list:
        return [_normalize(item) if type(item) is str else _plain(item) for item in value]
    return value


@dataclass
class _Shape:
    """What the schema says a value is, as far as normalizing needs: a date, or where dates lie below."""

    date: bool = False
    properties: dict[str, _Shape] = field(default_factory=dict)
    items: _Shape | None = None
    walks: bool = False
    """True if a date lies somewhere below, so the walk must follow the schema (else `_plain` will do)."""

    @classmethod
    def compile(cls, rule: dict[str, Any], root: dict[str, Any]) -> _Shape:
        if "$ref" in rule:
            node: Any = root
            for part in rule["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            rule = node
        if "anyOf" in rule:
            options = [cls.compile(option, root) for option in rule["anyOf"]]
            return next((option for option in options if option.walks), options[0])
        shape = cls(date=rule.get("format") == "date")
        shape.properties = {name: cls.compile(sub, root) for name, sub in rule.get("properties", {}).items()}
        if "items" in rule:
            shape.items = cls.compile(rule["items"], root)
        shape.walks = (
            shape.date or any(p.walks for p in shape.properties.values()) or bool(shape.items and shape.items.walks)
        )
        return shape


_ANY = _Shape()
