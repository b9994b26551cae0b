"""The one place records are checked, speaking in field paths.

Structure comes from the published JSON Schema (`data/schema.json`), read by
a small interpreter of the keywords it uses, so the file users read is the
rule the program applies. Rules a schema cannot say (known topic ids, real
dates, codes that exist, figures naming one of the record's localities)
follow it here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from . import catalog
from .numbers import parse_vi_number
from .resources import load_json
from .sanitize import cut, quoted

_TYPE_NAMES = catalog.words("jsontype", "en")
"""JSON type → how messages name it ("a whole number"); the catalog's `jsontype.*` also say it in Vietnamese."""


UNKNOWN_SHOWN = 20
"""Unknown fields of one object named one by one; the rest are counted."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record, at a field path such as `figures[2].value`."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SchemaError(ValueError):
    """The schema uses a keyword (or a form of one) this interpreter does not implement."""


_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "examples", "default", "$defs"}
"""Keywords that say nothing about validity: read by people, skipped here."""
_RULES = {"$ref", "anyOf", "type", "enum", "minLength", "maxLength", "pattern", "format", "items", "minItems",
          "properties", "required", "additionalProperties"}
"""Keywords `_check` applies. Any other is refused: ignoring one would let records through that the file forbids."""
_FORMATS = {"date"}


def schema() -> dict[str, Any]:
    rules = load_json("schema.json")
    if id(rules) not in _CHECKED:  # once per loaded schema
        if unknown := unsupported_keywords(rules):
            raise SchemaError("data/schema.json uses what the validator does not implement: " + "; ".join(unknown[:10]))
        _CHECKED.add(id(rules))
    return rules


_CHECKED: set[int] = set()


def unsupported_keywords(rules: Any, path: str = "#") -> list[str]:
    """`path: keyword` for every keyword (or form of one) in `rules` that `_check` does not apply."""
    found: list[str] = []
    if not isinstance(rules, dict):
        return [f"{path}: a rule must be an object"]
    for name, value in rules.items():
        where = f"{path}/{name}"
        if name in ("properties", "$defs"):
            if not isinstance(value, dict):
                found.append(f"{where}: must be an object")
                continue
            for key, sub in value.items():
                found += unsupported_keywords(sub, f"{where}/{key}")
        elif name == "items":
            found += unsupported_keywords(value, where)
        elif name == "anyOf":
            for index, option in enumerate(value if isinstance(value, list) else [None]):
                found += unsupported_keywords(option, f"{where}/{index}")
        elif name == "type" and (not isinstance(value, str) or value not in _TYPE_NAMES):
            found.append(f"{where}: only one type name of {', '.join(_TYPE_NAMES)} is implemented")
        elif name == "format" and value not in _FORMATS:
            found.append(f"{where}: format {value!r} is not implemented")
        elif name == "additionalProperties" and not isinstance(value, bool):
            found.append(f"{where}: only true or false is implemented")
        elif name not in _RULES and name not in _ANNOTATIONS:
            found.append(f"{where}: keyword {name!r} is not implemented")
    return found


def validate(record: Any) -> list[Problem]:
    """Every problem with `record`; an empty list means it is valid."""
    problems: list[Problem] = []
    _check(record, schema(), "", problems)
    if not problems:
        from .semantics import check_semantics  # noqa: PLC0415 - needs the gazetteer, loaded only for valid shapes

        problems.extend(check_semantics(record))
    return problems


def _check(value: Any, rule: dict[str, Any], path: str, problems: list[Problem]) -> None:
    if "$ref" in rule:
        rule = _resolve_ref(rule["$ref"])
    if "anyOf" in rule:
        _check_any_of(value, rule["anyOf"], path, problems)
        return
    expected = rule.get("type")
    if expected and not _is_type(value, expected):
        problems.append(Problem(path, _type_message(value, expected)))
        return
    if "enum" in rule and value not in rule["enum"]:
        choices = ", ".join(repr(choice) for choice in rule["enum"])
        problems.append(Problem(path, f"expected one of {choices}, got {_show(value)}"))
    if isinstance(value, str):
        _check_string(value, rule, path, problems)
    elif isinstance(value, float) and not math.isfinite(value):
        problems.append(Problem(path, f"expected a finite number, got {value}"))
    elif isinstance(value, list):
        _check_array(value, rule, path, problems)
    elif isinstance(value, dict):
        _check_object(value, rule, path, problems)


def _check_any_of(value: Any, options: list[dict[str, Any]], path: str, problems: list[Problem]) -> None:
    attempts: list[list[Problem]] = []
    for option in options:
        found: list[Problem] = []
        _check(value, option, path, found)
        if not found:
            return
        attempts.append(found)
    fewest = min(attempts, key=len)
    problems.extend(fewest)


def _check_string(value: str, rule: dict[str, Any], path: str, problems: list[Problem]) -> None:
    if len(value) < rule.get("minLength", 0):
        problems.append(Problem(path, "must not be empty"))
    if "maxLength" in rule and len(value) > rule["maxLength"]:
        problems.append(Problem(path, f"longer than {rule['maxLength']} characters"))
    if "pattern" in rule and not re.search(rule["pattern"], value):
        problems.append(Problem(path, f"{_show(value)} does not match {rule['pattern']}"))
    if rule.get("format") == "date":
        problem = _date_problem(value)
        if problem:
            problems.append(Problem(path, problem))


def _check_array(value: list[Any], rule: dict[str, Any], path: str, problems: list[Problem]) -> None:
    if len(value) < rule.get("minItems", 0):
        problems.append(Problem(path, catalog.text("err.min_items", "en", count=rule["minItems"])))
    item_rule = rule.get("items")
    if item_rule:
        for index, item in enumerate(value):
            _check(item, item_rule, f"{path}[{index}]", problems)


def _check_object(value: dict[str, Any], rule: dict[str, Any], path: str, problems: list[Problem]) -> None:
    properties = rule.get("properties", {})
    for name in rule.get("required", []):
        if name not in value:
            problems.append(Problem(_join(path, name), "required field is missing"))
    unknown = 0
    for name, item in value.items():
        if name in properties:
            _check(item, properties[name], _join(path, name), problems)
        elif rule.get("additionalProperties") is False:
            unknown += 1
            if unknown <= UNKNOWN_SHOWN:  # a 10 MiB key is named by its start
                problems.append(Problem(_join(path, cut(name, 100)), "unknown field"))
    if unknown > UNKNOWN_SHOWN:  # 500,000 unknown fields are one mistake, not 500,000 lines
        problems.append(Problem(path, f"{unknown - UNKNOWN_SHOWN:,} more unknown fields"))


def _is_type(value: Any, expected: str) -> bool:
    if expected == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    python_types: dict[str, type] = {"object": dict, "array": list, "string": str, "null": type(None), "boolean": bool}
    return isinstance(value, python_types[expected])


def _type_message(value: Any, expected: str) -> str:
    message = f"expected {_TYPE_NAMES[expected]}, got {_show(value)}"
    if expected in ("number", "integer") and isinstance(value, str):
        meant = parse_vi_number(value)
        if meant is not None:
            message += f" (Vietnamese notation? write it as the JSON number {meant})"
    return message


def _date_problem(value: str) -> str | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return f"expected an ISO date YYYY-MM-DD, got {_show(value)}"
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{_show(value)} is not a real date"
    return None


def _show(value: Any) -> str:
    """A value as a message shows it: short, quoted, control characters made visible."""
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, (dict, list)):
        return _TYPE_NAMES["object" if isinstance(value, dict) else "array"]
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    return repr(value)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _resolve_ref(ref: str) -> dict[str, Any]:
    node: Any = schema()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node
