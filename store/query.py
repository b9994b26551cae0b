"""The filter language shared by the browser's filter bar and `surveys list --query`.

    ward:"lái thiêu" topic:de-an-06 since:2025-07 "dịch vụ công"

A filter is an ordered list of clauses, so "drop the last filter" means
what the user sees.

The algebra, one rule for every field (the in-memory index, the TinyDB scan,
and the SQLite and PostgreSQL back ends all follow it):

* clauses on one field combine with OR: `year:2023 year:2025` is either
  year, `ward:"tân định" ward:"đa kao"` either ward, `since:2023 since:2025`
  from 2023 on;
* different fields combine with AND: `year:2025 since:2025-07` is the
  second half of 2025 (`year`, `since`, `until` and `date` are four fields);
* free text is the exception: each term must occur (AND), since typing two
  words means both. A term matches as written or as any of its
  abbreviations' equivalents in the taxonomy (`TTHC` = "thủ tục hành chính").
* the follow-up clauses, `status`, `to` (the addressee) and `overdue`, are
  about a visit's items: ANDed, they hold of one item (`status:open overdue`
  is an open item past its deadline, `to:"sở tài chính" overdue` a late item
  addressed there: `matching.Matcher.item_meets`), as the `u` list narrows.
* `answered`, `changed` and `closed` take a period (`answered:2026-11`, `changed:"tháng trước"`): an item with a
  response dated then, a history entry stamped then, its status set to done or not accepted then
  (`store.item_events`); follow-up clauses too, they hold of the same item as the others
  (`answered:2026-11 to:"sở tài chính"`: `Matcher.event_meets`).
* a negated follow-up clause (`not overdue`, `không quá hạn`, `-status:done`,
  `not (status:open overdue)`) is a `not` clause: the visit has no item that
  is so (`store.negation`); `not` clauses are ANDed, each narrows.

Each field has Vietnamese names too (`store.filter_names`): `xa:"lái thiêu" chude:de-an-06 tu:2025-07` is the
filter above, and `render("vi")` writes a filter with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date

from .closed_values import CLOSED_FIELDS, known, names_something
from .dates import DATE_FORMS, PERIOD_FORMS, DateError, NotADate, Span, Yearly, parse_range
from .filter_names import NO_FIELD, VIETNAMESE, display_name, field_of, fold_name, names_said, nearest
from .folding import fold
from .negation import NEGATABLE, names_other_fields, negation, operand, read_as_negation, refusal
from .numbers import SCALE_WORDS, NumberError, parse_vi_number, read_quantity

FIELDS = ("ward", "province", "topic", "body", "leader", "kind", "year", "since", "until", "date", "status", "to",
          "answered", "changed", "closed", "overdue", "not", "text")
DATE_FIELDS = ("since", "until", "date", "year")
EVENT_FIELDS = ("answered", "changed", "closed")
"""The follow-up clauses taking a period: what happened to an item then (`store.item_events`)."""
EXACT_FIELDS = ("ward", "body")
"""Fields a value can name whole (`body="Đoàn ĐBQH TPHCM"`) rather than by a word prefix."""
# A field name is letters of any script and their combining marks, so `năm:` and `tỉnh:` are names, typed
# composed or not (NFD, as some terminals send); `store.filter_names` reads them.
_NAME = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*"
_TOKEN = re.compile(rf'\s*(?:(?P<key>{_NAME})(?P<op>[:=]))?(?:"(?P<quoted>(?:[^"\\]|\\.)*)(?:"|\Z)|(?P<bare>\S+))')
"""A clause or a term; a quote left open at the end closes there (`"dich vu` is the phrase, as typed so far): it had
been read as a word starting with a quote mark, which no text holds."""
_NAME_ALONE = re.compile(rf"(?P<name>{_NAME})(?P<op>[:=])")


class QueryError(ValueError):
    """A filter string that cannot be read; the message says where."""


@dataclass(frozen=True)
class Clause:
    field: str
    value: str
    exact: bool = False
    """`field=value`: the whole name, as a facet or picker chose it; `field:value` is any word prefix."""
    said: str = dataclass_field(default="", compare=False, repr=False)
    """The Vietnamese name the user typed the clause with (`doan`, `phuong`), shown back as typed in Vietnamese;
    no part of what the clause means, so `doan:x` equals `body:x`."""

    def span(self) -> Span | Yearly:
        """The days a date clause admits: a range of days, or (no year typed, `date:22/10`) days of every year."""
        words = {"since": "since ", "until": "until ", "year": "", "date": ""}[self.field]
        return parse_range(words + self.value)

    def render(self, lang: str = "en") -> str:
        """The clause as the filter bar shows it, with `lang`'s field names (`year:2025` / `nam:2025`)."""
        if self.field == "overdue":
            return display_name("overdue", lang)
        if self.field == "not":  # `not overdue`, `không (trangthai:open quahan)`: the negated clauses, in `lang`
            negated = Filter.parse(self.value)
            shown = negated.render(lang)
            return f"{'không' if lang == 'vi' else 'not'} {f'({shown})' if len(negated.clauses) > 1 else shown}"
        value = _quote(self.value)
        if self.field == "text":  # `"not"`, `"không"` quoted: bare, the word would read back as a negation; `"quá"`
            # before `hạn` as the overdue clause
            return _quote(self.value, always=True) if read_as_negation(self.value) or fold(self.value) == "qua" \
                else value
        name = self.said if lang == "vi" and self.said else display_name(self.field, lang)
        return f"{name}{'=' if self.exact else ':'}{value}"


@dataclass(frozen=True)
class Filter:
    clauses: tuple[Clause, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Filter:
        return cls(tuple(parse_clauses(text)))

    def render(self, lang: str = "en") -> str:
        """The filter in the syntax `parse` reads, with `lang`'s field names; settings and scripts keep English."""
        shown: list[str] = []
        for before, clause in zip((None, *self.clauses), self.clauses, strict=False):
            said = clause.render(lang)
            if (before is not None and before.field == clause.field == "text" and shown[-1] == before.value
                    and said == clause.value and continues_number(before.value, clause.value)):
                said = f'"{said}"'  # `"1,2" "tỷ"`: two terms, as typed; bare, they would read back as one amount
            shown.append(said)
        return " ".join(shown)

    def values(self, field: str) -> list[str]:
        return [clause.value for clause in self.clauses if clause.field == field]

    def clauses_of(self, field: str) -> list[Clause]:
        return [clause for clause in self.clauses if clause.field == field]

    def fields(self) -> set[str]:
        return {clause.field for clause in self.clauses}

    def with_clause(self, clause: Clause) -> Filter:
        return self if clause in self.clauses else Filter((*self.clauses, clause))

    def toggled(self, clause: Clause) -> Filter:
        """Add the clause, or take it away if present: what a facet click does."""
        if clause in self.clauses:
            return Filter(tuple(c for c in self.clauses if c != clause))
        return Filter((*self.clauses, clause))

    def without_last(self) -> Filter:
        return Filter(self.clauses[:-1])

    def without_field(self, field: str) -> Filter:
        return Filter(tuple(c for c in self.clauses if c.field != field))

    def date_groups(self) -> list[list[Span | Yearly]]:
        """The date clauses' spans, one group per date field present: a record's date must lie in some span
        of every group (OR within a field, AND across fields)."""
        groups: dict[str, list[Span | Yearly]] = {}
        for clause in self.clauses:
            if clause.field in DATE_FIELDS:
                groups.setdefault(clause.field, []).append(clause.span())
        return list(groups.values())

    def date_span(self) -> Span:
        """The smallest range holding every day the date clauses admit (whole range when there are none).

        A bound for pruning, not the test: `year:2023 year:2025` admits 2023
        and 2025 but not 2024, which this range holds (see `date_groups`).
        """
        start, end = date.min, date.max
        for group in self.date_groups():
            if any(isinstance(span, Yearly) for span in group):  # days of every year: no bound on the year
                continue
            start = max(start, min(span.start for span in group if isinstance(span, Span)))
            end = min(end, max(span.end for span in group if isinstance(span, Span)))
        return Span(start, end)

    def __bool__(self) -> bool:
        return bool(self.clauses)


def parse_clauses(text: str) -> list[Clause]:
    clauses: list[Clause] = []
    position = 0
    bare_text = False
    """Whether the last clause is free text typed without quotes: a number goes on in the next word ("1,2 tỷ")."""
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise QueryError(f"cannot read the filter at column {position + 1}: {text[position:]!r}")
        position = match.end()
        key = match["key"]
        value = match["quoted"] if match["quoted"] is not None else match["bare"]
        value = re.sub(r"\\(.)", r"\1", value) if match["quoted"] is not None else value
        two_words = _qua_han(value, text, position) if key is None and match["quoted"] is None else 0
        if key is None and match["quoted"] is None and (field_of(value) == "overdue" or two_words):
            clauses.append(Clause("overdue", ""))  # `quahan`, `overdue`, or "quá hạn" typed as two words
            position = two_words or position
            bare_text = False
            continue
        if key is None and match["quoted"] is None:
            _refuse_a_name_alone(value, text, position)
            if negation(value, text[position:]) is not None:  # `not overdue`: no silent free text
                clause, position = _negated(value, text, match.start("bare"), position)
                clauses.append(clause)
                bare_text = False
                continue
        if key is None and match["quoted"] is None and bare_text and continues_number(clauses[-1].value, value):
            clauses[-1] = Clause("text", f"{clauses[-1].value} {value}")  # `1,2 tỷ`, `1 234`: one amount
            continue
        bare_text = key is None and match["quoted"] is None
        field = field_of(key) if key is not None else "text"
        if field is None:
            raise QueryError(_unknown(key, value))
        if field == "overdue":
            raise QueryError(f"{key} takes no value; write {key} alone")
        name = key or field
        exact = match["op"] == "="
        if exact and field not in EXACT_FIELDS:
            raise QueryError(f"{name}= is not a filter; write {name}: (only {' and '.join(EXACT_FIELDS)} take =)")
        said = fold_name(key) if key is not None and fold_name(key) in VIETNAMESE.get(field, ()) else ""
        clause = Clause(field, value.strip(), exact, said)
        _check_value(clause, name)
        clauses.append(clause)
    return clauses


_NEXT_WORD = re.compile(r"\s+(?P<word>[^\s\"()]+)")


def _qua_han(word: str, text: str, position: int) -> int:
    """Where the words "quá hạn" end when `word` is "quá" and "hạn" follows it, unquoted; 0 otherwise."""
    following = _NEXT_WORD.match(text, position) if fold(word) == "qua" else None
    return following.end() if following is not None and fold(following["word"]) == "han" else 0


def _negated(word: str, text: str, start: int, end: int) -> tuple[Clause, int]:
    """The `not` clause the negation `word` makes of the follow-up clauses after it, and where the filter goes on;
    refused when it negates nothing, another field, free text or a negation (`store.negation`)."""
    found = operand(word, text, start, end)
    try:
        negated = parse_clauses(found[0]) if found is not None else []
    except QueryError:  # `khong tinh:`: the negation of another field is said first; `not status:x`, the status
        if found is not None and names_other_fields(found[0]):
            raise QueryError(refusal(word)) from None
        raise
    if not negated or any(clause.field not in NEGATABLE for clause in negated):
        raise QueryError(refusal(word))
    assert found is not None  # noqa: S101 - `negated` is empty without it
    return Clause("not", Filter(tuple(negated)).render()), found[1]


def _refuse_a_name_alone(word: str, text: str, position: int) -> None:
    """`tinh:` with nothing after it, or a space before its value (`tinh: "binh duong"`): said, where both had been
    read silently as free text that no report holds ("tinh:"), which found nothing and said nothing."""
    alone = _NAME_ALONE.fullmatch(word)
    field = field_of(alone["name"]) if alone else None
    if alone is None or field is None:
        return
    if field == "overdue":
        raise QueryError(f"{alone['name']} takes no value; write {alone['name']} alone")
    following = _TOKEN.match(text, position) if text[position:].strip() else None
    if following is None:
        raise QueryError(f"{alone['name']}: needs a value")
    raise QueryError(f"{alone['name']}: the value goes right after the colon, with no space: "
                     f"{word}{following.group(0).strip()}")


def continues_number(number: str, word: str) -> bool:
    """Whether `word` goes on the amount `number` begins, as Vietnamese writes one: a scale word ("1,2" "tỷ") or
    a group of three digits ("1" "234", a space grouping thousands). A free-text filter typed without quotes
    is split at spaces; an amount is one term (`store.numbers.search_spellings`)."""
    if fold(word) in SCALE_WORDS:
        try:
            return read_quantity(number).unit == ""
        except NumberError:
            return False
    return re.fullmatch(r"\d{3}(,\d+)?%?", word) is not None and parse_vi_number(f"{number} {word}") is not None


def facet_clause(field: str, value: str) -> Clause:
    """The clause a facet or picker adds: the whole value where the field can name one."""
    return Clause(field, value, exact=field in EXACT_FIELDS)


def _check_value(clause: Clause, name: str) -> None:
    """Refuse an empty or unreadable value, naming the field as the user typed it (`năm: …`, `year: …`)."""
    if not clause.value and clause.field != "overdue":
        raise QueryError(f"{name}: needs a value")
    if clause.field in DATE_FIELDS:
        try:
            span = clause.span()
        except NotADate as error:
            raise QueryError(_year_said(clause, name) if clause.field == "year" else _forms(name, error)) from None
        except DateError as error:
            raise QueryError(_forms(name, error)) from None
        if clause.field == "year" and isinstance(span, Yearly):  # `nam:22/10`: a year is a number
            raise QueryError(_year_said(clause, name))
    if clause.field == "ward" and "," in clause.value:  # `ward="huyện Tân Uyên, Lai Châu"`: one former district
        _check_district(clause, name)
        _check_ward(clause, name)
    if clause.field in EVENT_FIELDS:
        _check_period(clause, name)
    if clause.field in CLOSED_FIELDS and not names_something(clause.field, clause.value):
        # `status:xyz` found nothing and said nothing; the four values, in English (`i18n_errors` gives Vietnamese)
        what = "a kind of visit" if clause.field == "kind" else "a follow-up status"
        raise QueryError(f"{name}: {clause.value!r} is not {what}; use one of {known(clause.field, 'en')}")


def _check_period(clause: Clause, name: str) -> None:
    """An event clause's period (`answered:2026-11`), as the date filters take one or in words from today."""
    from .item_events import event_span  # noqa: PLC0415 - with the follow-up code, at the first such clause
    from .today import current_day  # noqa: PLC0415

    try:
        event_span(clause.value, current_day())
    except DateError as error:
        reason = re.sub(r" \(write [^)]*\)$", "", str(error))
        raise QueryError(f"{name}: {reason}; write {PERIOD_FORMS}") from None


def _check_district(clause: Clause, name: str) -> None:
    """A ward clause naming one former district with its province (`store.districts`): refused, with the districts
    it could mean, when no district of that name and level was in that province (or none had the name)."""
    from .districts import refusal  # noqa: PLC0415 - the gazetteer, loaded when a district's province is typed
    from .today_wards import one_ward  # noqa: PLC0415 - the same

    if one_ward(clause.value):  # a ward of today whose name begins as a district's level ("Quan Triều, Thái Nguyên")
        return
    why = refusal(clause.value)
    if why is not None and why[0] == "name":
        raise QueryError(f"{name}: no former district is called {why[1]}")
    if why is not None:
        raise QueryError(f"{name}: there was no {clause.value} before 2025; write one of: {why[1]}")


def _check_ward(clause: Clause, name: str) -> None:
    """A ward clause naming one ward of today with its province (`store.today_wards`): refused, with the wards it
    could mean, when that province has no ward of that name (and level) today."""
    from .today_wards import refusal  # noqa: PLC0415 - the gazetteer, loaded when a ward's province is typed

    if (choices := refusal(clause.value)) is not None:
        raise QueryError(f"{name}: no ward of today is {clause.value}; write one of: {choices}")


def _forms(name: str, error: DateError) -> str:
    """A date field's refusal with the forms it takes, each an example (`ngay: '31/2' is not a real date (…); write
    16/5/2023, 5/2023, 2023, 22/10 (any year) or 2025-07..2025-09`); a reason's own example gives way to them."""
    return f"{name}: {with_forms(error)}"


def with_forms(error: DateError | str) -> str:
    """A date's refusal followed by the forms a date filter takes (the filter bar's and the `d` dialog's)."""
    reason = re.sub(r" \(write [^)]*\)$", "", str(error))
    return f"{reason}; write {DATE_FORMS}"


def _year_said(clause: Clause, name: str) -> str:
    """`year:abc`: a year is a number (a date's reason, "'abc' has no year", reads oddly for the year field); the
    example in the name the user typed (`nam:2025`). The piece of a range that is no year is the one named."""
    pieces = [piece.strip() for piece in clause.value.split("..") if piece.strip()] or [clause.value]
    bad = next((piece for piece in pieces if not _reads(piece)), clause.value)
    return f"{name}: {bad!r}: a year must be a four-digit number, e.g. {name}:2025"


def _reads(piece: str) -> bool:
    try:
        return isinstance(parse_range(piece), Span)
    except DateError:
        return False


def _unknown(key: str, value: str) -> str:
    """Why `key:` is no field: a person's name is free text; else the nearest name, in the language typed."""
    if fold_name(key) in NO_FIELD:
        return f"no field {key!r}; type the name in quotes: {_quote(value) or '…'}"  # found as free text
    near = nearest(key)
    if near is not None:
        return f"unknown filter field {key!r}; did you mean {near}:? Fields: {names_said('en')}"
    return f"unknown filter field {key!r}; use one of {names_said('en')}"


def _quote(value: str, always: bool = False) -> str:
    if value and re.fullmatch(r'[^\s":=]+', value) and not always:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


__all__ = ["Clause", "Filter", "QueryError", "FIELDS", "parse_clauses"]
