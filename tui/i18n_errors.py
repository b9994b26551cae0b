"""The core's error messages (filters, dates) in the UI language.

`store.query` and `store.dates` explain a refusal in English words, with the
offending text inside; the browser shows that reason to people who read
Vietnamese. Each known message shape maps to a catalog entry that gets the
same pieces; a message of a shape not listed here is shown as the core wrote
it (English is never lost, only translated when we know how).
"""

from __future__ import annotations

import re

from store.catalog import words

from .i18n import Translator

_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), key) for pattern, key in (
    (r"cannot read the filter at column (?P<column>\d+): (?P<text>.*)", "err.filter_read"),
    (r"unknown filter field (?P<field>'.*?'); use one of (?P<fields>.*)", "err.unknown_field"),
    (r"(?P<field>\w+)= is not a filter; write \w+: \(only (?P<fields>.*) take =\)", "err.not_exact"),
    (r"(?P<field>\w+): needs a value", "err.needs_value"),
    (r"(?P<field>\w+): needs a date", "err.needs_date"),
    (r"empty date", "err.empty_date"),
    (r"(?P<text>'.*') has no year", "err.no_year"),
    (r"(?P<text>'.*'|\".*\") is not a date \(write (?P<example>.*)\)", "err.not_date_write"),
    (r"(?P<text>'.*'|\".*\") is not a date", "err.not_date"),
    (r"(?P<text>'.*'|\".*\") is not a real date \((?P<why>.*)\)", "err.not_real_date"),
    (r"(?P<text>'.*'|\".*\") is not a real date", "err.not_real_date_plain"),
    (r"(?P<text>'.*') ends before it starts", "err.backwards"),
    (r"(?P<text>'.*'): there is no month (?P<month>\d+); dates are written day first: did you mean (?P<meant>.*)\?",
     "err.no_month_day_first"),
    (r"(?P<text>'.*'): there is no month (?P<month>\d+)", "err.no_month"),
    (r"cannot write (?P<text>'.*') as a filter", "err.unwritable"),
    (r"day is out of range for month(?:: .*)?", "err.day_range"),
    (r"month must be in 1\.\.12(?:: .*)?", "err.month_range"),
    # the import report: the validator's and the duplicate rule's reasons
    (r"required field is missing", "err.required"),
    (r"unknown field", "err.unknown_record_field"),
    (r"must not be empty", "err.empty"),
    (r"same id", "err.same_id"),
    (r"probable duplicate of (?P<other>\S+) \(same date, localities and body\)", "err.duplicate"),
    (r"probable duplicate of (?P<other>\S+), earlier in this import \(same date, localities and body\)",
     "err.duplicate_here"),
    (r"expected an ISO date YYYY-MM-DD, got (?P<value>.*)", "err.iso_date"),
    (r"expected one of (?P<choices>.*), got (?P<value>.*)", "err.one_of"),
    (r"expected (?P<kind>.+?), got (?P<value>.*)", "err.expected"),
    (r"needs at least (?P<count>\d+) item\(s\)", "err.min_items"),
    (r"longer than (?P<count>\d+) characters", "err.too_long"),
    (r"cannot be read \((?P<why>.*)\)", "err.unreadable"),
))
_FIELD_PREFIX = re.compile(r"(?P<field>[a-z]+): (?P<rest>.+)")


def _piece(name: str, value: str, t: Translator) -> str:
    """A captured part of a message: nested reasons are explained too, the validator's words translated."""
    if name == "why":
        return explain(value, t)
    if name == "kind":  # the validator's name of a JSON type, `jsontype.*` in the catalog
        english, said = words("jsontype", "en"), t.words("jsontype")
        return next((said[key] for key, name_of in english.items() if name_of == value), value)
    if name == "example":
        return value.replace(" or ", f" {t('word.or')} ")
    return value


def explain(message: str, t: Translator) -> str:
    """`message` from the core, in `t`'s language when its shape is known."""
    if t.lang == "en":
        return message
    for pattern, key in _SHAPES:
        found = pattern.fullmatch(message)
        if found:
            pieces = {name: _piece(name, value, t) for name, value in found.groupdict().items()}
            return t(key, **pieces)
    prefixed = _FIELD_PREFIX.fullmatch(message)
    if prefixed:  # "since: 'x' is not a date": the field, then a date's reason
        return f"{prefixed['field']}: {explain(prefixed['rest'], t)}"
    return message
