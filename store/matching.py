"""What a filter clause means for one record.

Each record is reduced once to `RecordKeys` (folded text and facet values);
a `Matcher` compiled from a `Filter` answers yes or no for those keys. The
CLI and the TinyDB reference scan go through `Matcher.matches`; the
in-memory index (`store.index`) evaluates the same compiled clauses over
the same pieces (`record_text`, `place_keys`), and tests check on random
queries that both give the same records.

The algebra is `store.query`'s: OR within a field (dates and years
included), AND across fields, AND across free-text terms, and the follow-up
clauses (`status`, `overdue`, `to`, `answered`, `changed`, `closed`) of one item (`soonest_by_status`,
`store.addressees`, `store.item_events`). Two domain rules
live here: a ward clause naming a ward or commune merged away in 2025 also
finds visits to the ward it became (`Matcher.notes` says so), one naming a
district abolished then with its level word (`ward="huyện Bố Trạch"`) finds
visits to the wards made from its units (of every district of that name; with
its former province after a comma, `ward="huyện Tân Uyên, Lai Châu"`, of that
one only: `store.districts`), one naming a ward of today with its province
after a comma (`ward="Phường Tân Định, Hồ Chí Minh"`) finds the visits placed
in that ward only, not its namesakes' (`store.today_wards`), and a province
merged away (`province:"binh duong"`) finds visits to today's wards made from
it, whatever the visit's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .addressees import Entry, entries, spellings
from .closed_values import kind_starts, status_keys
from .dashes import has_dash
from .dates import Span, in_bounds
from .districts import District
from .districts import locality_key as district_locality_key
from .districts import resolve as resolve_district
from .districts import written as district_written
from .facet_keys import (
    CLOSED_STATUSES,
    former_province_keys,
    leader_key,
    place_keys,
    soonest_by_status,
    ward_code_key,
)
from .folding import fold, fold_compact
from .former_communes import one_commune
from .former_wards import FormerWard
from .gazetteer import gazetteer
from .item_events import ItemEvents, day_bounds, event_span, events, stamp_bounds, within
from .levels import written_district
from .numbers import figure_search_text, search_spellings
from .query import DATE_FIELDS, Clause, Filter
from .taxonomy import taxonomy
from .today import current_day
from .today_wards import one_ward


@dataclass(frozen=True)
class RecordKeys:
    date: str
    text: str
    wards: tuple[str, ...]
    """Folded names of the places visited, as written and as they are today."""
    ward_labels: tuple[str, ...]
    province_codes: tuple[int, ...]
    former_provinces: tuple[str, ...]
    topics: tuple[str, ...]
    body: str
    leader: str
    """The folded name of the visit's leader ("" when the record names none)."""
    kind: str
    statuses: tuple[str, ...]
    deadlines_open: tuple[str, ...]
    soonest_open: tuple[tuple[str, str], ...]
    """(status, its items' soonest deadline) for each status not closed: `status:S overdue` asks for one item that
    is both (`Matcher.matches`), which the record's statuses and soonest deadline apart cannot tell."""
    addressed: tuple[Entry, ...] = ()
    """(folded addressee, status, soonest deadline) per addressee and status (`store.addressees`): `to:` holds of
    the same item as `status:` and `overdue` (`Matcher.item_meets`)."""
    events: tuple[ItemEvents, ...] = ()
    """Per item with a response or a history, what happened to it and when (`store.item_events`): `answered:`,
    `changed:` and `closed:` hold of one item with the other follow-up clauses (`Matcher.event_meets`)."""


def keys_of(record: dict[str, Any]) -> RecordKeys:
    localities = record.get("localities", [])
    wards: list[str] = []
    labels: list[str] = []
    former: list[str] = []
    for locality in localities:
        keys, label = place_keys(locality)
        wards.extend(keys)
        labels.append(label)
        ward = locality.get("ward")
        if ward:
            wards.append(ward_code_key(ward["code"]))
        if district := district_locality_key(locality):  # "huyện Tân Uyên" of Lai Châu: `ward="…, Lai Châu"`
            wards.append(district)
        former.extend(former_province_keys(locality.get("former_province"), ward["code"] if ward else None,
                                           locality["province"]["code"]))
    items = [*record.get("recommendations", []), *record.get("directions", [])]
    return RecordKeys(
        date=record.get("date", ""),
        text=fold_long(record_text(record)),
        wards=tuple(wards),
        ward_labels=tuple(dict.fromkeys(labels)),
        province_codes=tuple(dict.fromkeys(loc["province"]["code"] for loc in localities)),
        former_provinces=tuple(dict.fromkeys(former)),
        topics=tuple(record.get("topics", [])),
        body=fold(record.get("body", "")),
        leader=leader_key(record),
        kind=record.get("kind", ""),
        statuses=tuple(dict.fromkeys(item.get("status", "open") for item in items)),
        deadlines_open=tuple(
            item["deadline"] for item in items
            if item.get("deadline") and item.get("status", "open") not in CLOSED_STATUSES
        ),
        soonest_open=soonest_by_status(items),
        addressed=entries(items),
        events=events(items),
    )


fold_long = fold.__wrapped__
"""`fold` without its cache, for a record's whole text: caching kilobytes per record would only cost memory."""

_ITEM_FIELDS = ("figures", "recommendations", "directions", "difficulties")
_ITEM_KEYS = ("label", "text", "by", "to")
_BLANKS = ("", "", "", "")


def record_text(record: dict[str, Any]) -> str:
    """Everything free text searches, joined by spaces (folded, it is `RecordKeys.text`): an item's responses
    follow it, so a reply saved to a recommendation finds its visit. Every backend and index derives its text
    here: a change moves `sqlindex.schema.TEXT_VERSION` (the file is rebuilt) and a PostgreSQL migration refills it."""
    get = record.get
    parts = [get("body", ""), get("summary", ""), get("kind", ""), get("notes", "")]
    leader = get("leader", {})
    parts += [leader.get("name", ""), leader.get("title", "")]
    for locality in get("localities", []):
        parts += [locality["name"], locality["province"]["name"], locality.get("former_province", "")]
        if locality.get("ward"):
            parts.append(locality["ward"]["name"])
    parts += map(_topic_label, get("topics", []))
    for field in _ITEM_FIELDS:
        for item in get(field, []):
            parts += map(item.get, _ITEM_KEYS, _BLANKS)
            if responses := item.get("responses"):  # "Bộ đã có văn bản hướng dẫn", saved to a recommendation
                parts += [response.get("text", "") for response in responses]
    parts += map(figure_search_text, get("figures", []))  # "xq3x1x6x3qx ho so": a figure found by its value
    parts += [f"{p.get('name', '')} {p.get('role', '')}" for p in get("people", [])]
    parts += [str(v) for v in get("source", {}).values()]
    parts.append(get("id", ""))  # the id `surveys list` prints: typed in `/`, it finds its visit
    return " ".join(filter(None, parts))


def _topic_label(topic: str) -> str:
    return taxonomy().topic_label(topic)


def one_district(value: str) -> District | None:
    """The one former district a ward clause's value names with its province ("huyện Tân Uyên, Lai Châu"); an empty
    one (found nowhere) for a value of that form the parser refuses, None for every other value."""
    if "," not in value:
        return None
    if (found := resolve_district(value)) is not None or district_written(value) is None:
        return found
    return District(value, frozenset(), frozenset())


class WholeName(str):
    """A folded name that must match a whole name, not a word prefix (`ward="Lái Thiêu"`)."""


def _name_value(clause: Clause) -> str:
    folded = fold(clause.value)
    return WholeName(folded) if clause.exact else folded


def word_prefix(needle: str, haystack: str) -> bool:
    """True when `needle` starts at a word boundary of `haystack` ("thieu" in "lai thieu").

    A `WholeName` needle must be all of `haystack`.
    """
    if isinstance(needle, WholeName):
        return needle == haystack
    return haystack.startswith(needle) or f" {needle}" in haystack


def prepare() -> None:
    """Load what resolving a clause reads (the gazetteer with its former wards and provinces, the taxonomy), a
    few tenths of a second at first use: the browser calls this in a worker once its first screen is up, so
    that the first ward a user picks is not the key that pays for it."""
    Matcher(Filter((Clause("ward", "·"), Clause("province", "·"), Clause("text", "·"))))


class Matcher:
    """A compiled filter: per-field sets of accepted values, resolved once."""

    def __init__(self, query: Filter, today: date | None = None) -> None:
        self.query = query
        self.today = (today or current_day()).isoformat()
        self.notes: list[FormerWard] = []
        """Former wards the ward clauses named, whose visits under today's name are found too (`describe`)."""
        self.wards: list[str] = []
        for clause in query.clauses_of("ward"):
            if (codes := one_ward(clause.value)) is not None:  # "Phường Tân Định, Hồ Chí Minh": that ward of today
                self.wards += [WholeName(ward_code_key(code)) for code in sorted(codes)]
                continue
            if (one := one_district(clause.value)) is not None:  # "huyện Tân Uyên, Lai Châu": that district only
                self.wards += [WholeName(key) for key in sorted(one.keys)]
                self.wards += [WholeName(ward_code_key(code)) for code in sorted(one.codes)]
                continue
            if (became := one_commune(clause.value)) is not None:  # "xã Tân Phú, huyện Châu Thành, Đồng Tháp"
                self.wards += [WholeName(ward_code_key(code)) for code in sorted(became)]  # that commune only
                continue
            self.wards.append(_name_value(clause))
            for former in gazetteer().former_wards(clause.value):
                self.notes.append(former)
                self.wards += [WholeName(ward_code_key(code)) for _, code, _ in former.became]
            # a district abolished in 2025 written with its level ("huyện Bố Trạch"): the places written by its name,
            # and the wards of today made from its units, as a former ward's
            if district := sorted(gazetteer().district_wards(clause.value)):
                if not (base := written_district(clause.value) or "").isdigit():  # "1" is every "Phường 1" written
                    self.wards.append(WholeName(fold(base)))
                self.wards += [WholeName(ward_code_key(code)) for code in district]
            if has_dash(clause.value):  # "Chân Mây - Lăng Cô" typed for "Xã Chân Mây – Lăng Cô": the ward, any dash
                self.wards += [WholeName(ward_code_key(unit.code)) for unit, _ in gazetteer().find_wards(clause.value)]
        self.wards = list(dict.fromkeys(self.wards))
        self.provinces = [ProvinceValue(v) for v in query.values("province")]
        self.topics = set().union(*(topic_ids_for(v) for v in query.values("topic"))) if query.values("topic") else None
        self.bodies = [_name_value(c) for c in query.clauses_of("body")]
        self.leaders = list(dict.fromkeys(fold(v) for v in query.values("leader")))
        """Folded leader names: a leader clause matches a name it is a word prefix of, as a body clause does."""
        self.kinds = list(dict.fromkeys(start for v in query.values("kind") for start in kind_starts(v)))
        self.texts = [fold(v) for v in query.values("text")]
        self.text_alternatives = [tuple(dict.fromkeys((*taxonomy().text_variants(v), *search_spellings(v))))
                                  for v in query.values("text")]
        """Per term, its spellings (the term first): a record must hold one spelling of every term. A number
        ("1,2 tỷ", "3.163", "99,83%") is also found by a figure's value, however it is written
        (`store.numbers.search_spellings`)."""
        self.statuses = list(dict.fromkeys(key for v in query.values("status") for key in status_keys(v)))
        self.overdue = "overdue" in query.fields()
        self.addressees = list(dict.fromkeys(one for v in query.values("to") for one in spellings(v)))
        """Folded addressees, each in every spelling of its abbreviations (`addressees.spellings`): a `to:` clause
        matches an item's addressee one of them is a word prefix of, as `body:` does."""
        day = date.fromisoformat(self.today)
        self.answered = [day_bounds(event_span(v, day)) for v in query.values("answered")]
        self.changed = [stamp_bounds(event_span(v, day)) for v in query.values("changed")]
        self.closed = [stamp_bounds(event_span(v, day)) for v in query.values("closed")]
        """Per event field, its clauses' bounds (ORed): response days, or UTC stamps of days in Vietnam
        (`item_events.stamp_bounds`)."""
        self.events = bool(self.answered or self.changed or self.closed)
        self.absent = [Matcher(Filter.parse(value), today) for value in query.values("not")]
        """Per `not` clause, the follow-up clauses negated: a visit with an item meeting them all is left out
        (`has_item`): `not (status:open overdue)` is no open item past its deadline."""
        has_dates = any(field in query.fields() for field in DATE_FIELDS)
        span = query.date_span()
        self.span = (span.start.isoformat(), span.end.isoformat()) if has_dates else None
        """The range holding every admitted day: a bound for pruning; `date_groups` is the test."""
        self.date_groups = [[(s.start.isoformat(), s.end.isoformat()) if isinstance(s, Span) else s.bounds()
                             for s in group] for group in query.date_groups()]
        """Per date field, its clauses' (start, end): a date must lie in one span of every group (`in_bounds`;
        days of every year, `date:22/10`, are ("--10-22", "--10-22"))."""

    def matches(self, keys: RecordKeys) -> bool:
        checks = (
            all(any(in_bounds(keys.date, low, high) for low, high in group) for group in self.date_groups),
            not self.wards or any(word_prefix(w, key) for w in self.wards for key in keys.wards),
            not self.provinces or any(p.matches(keys) for p in self.provinces),
            self.topics is None or not self.topics.isdisjoint(keys.topics),
            not self.bodies or any(word_prefix(b, keys.body) for b in self.bodies),
            not self.leaders or any(word_prefix(name, keys.leader) for name in self.leaders),
            not self.kinds or any(fold(keys.kind).startswith(k) for k in self.kinds),
            all(any(text in keys.text for text in spellings) for spellings in self.text_alternatives),
            bool(self.addressees) or not self.statuses or any(fold(s) in self.statuses for s in keys.statuses),
            bool(self.addressees) or not self.overdue or any(deadline < self.today and self.item_status(status)
                                                             for status, deadline in keys.soonest_open),
            not self.addressees or any(self.item_meets(entry) for entry in keys.addressed),
            not self.events or any(self.event_meets(entry) for entry in keys.events),
            not any(negated.has_item(keys) for negated in self.absent),
        )
        return all(checks)

    def has_item(self, keys: RecordKeys) -> bool:
        """Whether one item of the visit meets this matcher's follow-up clauses (all a `not` clause holds)."""
        if self.events:  # `not answered:2026-11`: no item answered then (addressed, of the status, late, as asked)
            return any(self.event_meets(entry) for entry in keys.events)
        if self.addressees:  # `not to:X`: no item addressed there (of the status, late, as asked with it)
            return any(self.item_meets(entry) for entry in keys.addressed)
        if self.overdue:
            return any(deadline < self.today and self.item_status(status) for status, deadline in keys.soonest_open)
        return any(fold(s) in self.statuses for s in keys.statuses)

    def item_meets(self, entry: Entry) -> bool:
        """Whether the items of one entry (`store.addressees`) answer the follow-up clauses together: addressed to
        a body asked for, of a status asked for, and, under `overdue`, past their soonest deadline and not closed.
        `to:"so tai chinh" overdue` is a late item addressed there, not a late item and another addressed there."""
        return bool(self.addressees) and self.item_answers(*entry)

    def event_meets(self, entry: ItemEvents) -> bool:
        """Whether one item's events (`store.item_events`) answer the follow-up clauses together: answered, changed
        and closed in a period asked for (each field's clauses ORed), and addressed, of a status and late as asked.
        `answered:2026-11 to:"so tai chinh"` is one item answered then and addressed there."""
        addressee, status, deadline, days, stamps, closings = entry
        return ((not self.answered or within(days, self.answered))
                and (not self.changed or within(stamps, self.changed))
                and (not self.closed or within(closings, self.closed))
                and self.item_answers(addressee, status, deadline))

    def item_answers(self, addressee: str, status: str, deadline: str) -> bool:
        """Whether one item answers `to:`, `status:` and `overdue` (each as asked, none asked: yes): addressed to a
        body asked for, of a status asked for, past its deadline and not closed. `item_meets` and `event_meets`
        both ask it of the item they read."""
        return ((not self.addressees or any(word_prefix(wanted, addressee) for wanted in self.addressees))
                and (not self.statuses or fold(status) in self.statuses)
                and (not self.overdue or (bool(deadline) and deadline < self.today and status not in CLOSED_STATUSES)))

    def item_status(self, status: str) -> bool:
        """Whether an overdue item of this status answers the filter. The follow-up clauses are per item: under
        `status:open overdue` the overdue item must be the open one (another item open and this one in progress
        is no answer: the `u` list, narrowed to the items asked for, would show none). Every back end's
        `overdue` condition takes the statuses so."""
        return not self.statuses or fold(status) in self.statuses

    def matches_record(self, record: dict[str, Any]) -> bool:
        return self.matches(keys_of(record))


class ProvinceValue:
    """A province as a user types it: today's name or alias, or a province merged away.

    "binh duong" means the units that belonged to Bình Dương; "ho chi minh"
    or "tphcm" means everything in today's TP Hồ Chí Minh, old units included.
    """

    def __init__(self, text: str) -> None:
        places = gazetteer()
        former = places.former_province(text)
        today = places.province(former[1]) if former else None
        self.former = fold(former[0]) if former and today and places.if_merged(former[0], today) else None
        folded, compact = fold(text), fold_compact(text)
        self.codes = {
            unit.code for unit in places.provinces()
            if any(word_prefix(folded, key) or key == compact for key in places.province_keys(unit.code))
        }

    def matches(self, keys: RecordKeys) -> bool:
        if self.former:
            return self.former in keys.former_provinces
        return not self.codes.isdisjoint(keys.province_codes)


def topic_ids_for(text: str) -> set[str]:
    """Topic ids a typed value stands for: an exact id or alias, else every topic whose label contains it."""
    terms = taxonomy()
    if exact := terms.topic_id(text):
        return {exact}
    folded = fold(text)
    return {
        term.id for term in terms.topics.values()
        if any(folded in fold(name) for name in (term.id, term.vi, term.en, *term.aliases))
    } or {text}
