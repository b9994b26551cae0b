"""The core's error messages (filters, dates, record checks) in the UI language.

`store.query`, `store.dates` and `store.validation` explain a refusal in
English words, with the offending text inside; the browser shows that reason
to people who read Vietnamese. Each `err.*` message of the catalog is such a
reason: its English is read as a pattern (the placeholders capture the
pieces) and the Vietnamese gets the same pieces. A message of a shape the
catalog does not hold is shown as the core wrote it (English is never lost,
only translated when we know how).
"""

from __future__ import annotations

import re
import string
from functools import cache

from store.catalog import catalog, plural_blocks, words
from store.closed_values import known
from store.dates import DATE_FORMS, PERIOD_FORMS
from store.filter_names import ENGLISH, names_said

from .i18n import Translator

_DETAIL_ALLOWED = {"err.day_range", "err.month_range"}
"""Python's own date errors, which some versions follow with ": <detail>"; the detail is dropped."""
_PYTHON_SAID = {"err.day_range": "dates.no_such_day", "err.month_range": "dates.month_1_12"}
"""Python's own date reasons are English but not the reader's ("day is out of range for month"): an English reader
gets them in plain words too (a tryout of session 31 saw them in a follow-up deadline's refusal)."""
_DIGITS = {"column", "month", "count"}
_FIELD_PREFIX = re.compile(r"(?P<field>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*): (?P<rest>.+)")
"""A date's reason after the field as typed: `since: …`, `năm: …`."""


def _pattern(english: str, key: str) -> re.Pattern[str]:
    """The English of a message as a pattern: each placeholder captures its piece (a repeat must be equal), a
    plural block takes any of its branches (which hold no placeholder: tests/test_catalog.py)."""
    parts: list[str] = []
    seen: set[str] = set()
    for before, selector, branches in plural_blocks(english):
        for literal, name, _, _ in string.Formatter().parse(before):
            parts.append(re.escape(literal))
            if name is None:
                continue
            if name in seen:
                parts.append(f"(?P={name})")
            else:
                parts.append(f"(?P<{name}>{'[0-9]+' if name in _DIGITS else '.+?'})")
                seen.add(name)
        if selector is not None:
            parts.append("(?:" + "|".join(re.escape(branch) for branch in branches.values()) + ")")
    if key in _DETAIL_ALLOWED:
        parts.append("(?:: .*)?")
    return re.compile("".join(parts), re.DOTALL)


def _fixed(english: str) -> int:
    """How much fixed text the message has (a plural block counts its shortest branch)."""
    return sum(sum(len(literal) for literal, *_ in string.Formatter().parse(before))
               + (min(map(len, branches.values())) if branches else 0)
               for before, _, branches in plural_blocks(english))


@cache
def _shapes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every `err.*` message's pattern, the most specific (most fixed text) first: "expected one of {choices},
    got {value}" is tried before "expected {kind}, got {value}"."""
    errors = [(key, entry["en"]) for key, entry in catalog().items() if key.startswith("err.")]
    fixed = {key: _fixed(english) for key, english in errors}
    return tuple((_pattern(english, key), key) for key, english in sorted(errors, key=lambda item: -fixed[item[0]]))


def _piece(name: str, value: str, t: Translator) -> str:
    """A captured part of a message: nested reasons are explained too, the validator's words translated."""
    if name.startswith("why"):  # a reason inside a reason ("cannot be read (the file is empty); …; no backup")
        return explain(value, t)
    if name == "kind":  # the validator's name of a JSON type, `jsontype.*` in the catalog
        english, said = words("jsontype", "en"), t.words("jsontype")
        return next((said[key] for key, name_of in english.items() if name_of == value), value)
    if name == "detail":  # the JSON parser's own reason (orjson's), `jsondetail.*` in the catalog (a brace doubled)
        return _json_detail(value, t)
    if name == "example":
        return value.replace(" or ", f" {t('word.or')} ")
    if name == "fields":  # "ward and body": the fields named in the reader's language
        return f" {t('word.and')} ".join(_field_said(field, t) for field in value.split(" and "))
    if name in ("kinds", "statuses"):  # a closed field's values, as the filter takes them in this language
        field = "kind" if name == "kinds" else "status"
        return known(field, t.lang) if value == known(field, "en") else value
    if name == "forms":  # the forms a date filter takes (`store.dates.DATE_FORMS`), "any year" in the reader's words
        return t("dates.forms") if value == DATE_FORMS else t("dates.period_forms") if value == PERIOD_FORMS else value
    if name == "names":  # every field, as the help lists them in this language
        return names_said(t.lang) if value == names_said("en") else value
    return value


_JSON_PLACE = re.compile(r"(?P<reason>.+?): line (?P<line>[0-9]+) column (?P<column>[0-9]+) \(char [0-9]+\)")
"""The place Python's `JSONDecodeError` (and orjson's, as a string) puts after its reason."""


def _json_detail(value: str, t: Translator) -> str:
    """orjson's reason ("unexpected end of data", with ": line 1 column 9 (char 8)" after it as a string) in `t`'s
    language; a reason the catalog does not hold stays as written."""
    placed = _JSON_PLACE.fullmatch(value)
    reason = placed["reason"] if placed else value
    known = next((key for key, english in words("jsondetail", "en").items() if english.format() == reason), None)
    said = t(f"jsondetail.{known}") if known else reason
    return f"{said}: {t('jsonplace.at', line=placed['line'], column=placed['column'])}" if placed else said


def _field_said(field: str, t: Translator) -> str:
    return names_said(t.lang, (field,)) if field in ENGLISH else field


def explain(message: str, t: Translator) -> str:
    """`message` from the core, in `t`'s language when its shape is known."""
    if t.lang == "en":
        return _plain_english(message, t)
    for pattern, key in _shapes():
        found = pattern.fullmatch(message)
        if found:
            pieces = {name: _piece(name, value, t) for name, value in found.groupdict().items()}
            return t(key, **pieces)
    prefixed = _FIELD_PREFIX.fullmatch(message)
    if prefixed:  # "since: 'x' is not a date": the field, then a date's reason
        return f"{prefixed['field']}: {explain(prefixed['rest'], t)}"
    return message


def _plain_english(message: str, t: Translator) -> str:
    """`message` as the core wrote it, but a Python reason inside it (`_PYTHON_SAID`) in plain words: only the
    nested reasons (`why…`) are looked into, the rest stays the core's text letter for letter."""
    for pattern, key in _shapes():
        found = pattern.fullmatch(message)
        if not found:
            continue
        if key in _PYTHON_SAID:
            return t(_PYTHON_SAID[key])
        reasons = sorted((name for name in found.groupdict() if name.startswith("why")), key=found.start, reverse=True)
        for name in reasons:  # the last first, so that the earlier spans stay where they were
            message = message[:found.start(name)] + _plain_english(found[name], t) + message[found.end(name):]
        return message
    prefixed = _FIELD_PREFIX.fullmatch(message)
    if prefixed:
        return f"{prefixed['field']}: {_plain_english(prefixed['rest'], t)}"
    return message


_HEAD = re.compile(r"(?P<head>[a-z_]+)(?P<rest>[.\[].*)?")


def field_named(path: str, t: Translator) -> str:
    """A record field's path as the reader calls it: "leader" → "Trưởng đoàn", "figures[2].value" → "Số liệu[2].value"
    (the field by the name the review screen gives it, what is under it as stored). `surveys extract` had said
    "date: thiếu trường bắt buộc", the JSON key in a Vietnamese line; a path of no known field stays as it is."""
    fields = t.words("origin.field")
    if path in fields:
        return fields[path]
    found = _HEAD.fullmatch(path)
    if found and found["head"] in fields:
        return fields[found["head"]] + (found["rest"] or "")
    return path
