"""The filtered view as files for others: CSV in three shapes, JSON, JSONL and a Markdown brief.

Users report upward in spreadsheets and documents, so every format is built
here as bytes from a list of records already filtered and ordered (newest
first) by the caller; the CLI's `export` and the browser's `e` write the
same bytes. JSON and JSONL are the published record format unchanged, so an
export imports back as it was.

Record text is untrusted (`store.sanitize` holds the rules). In CSV a cell
that begins with =, +, -, @ would be run as a formula by a spreadsheet, so
such text cells get a leading apostrophe, and controls (ESC, BEL, CR) are
shown as escapes so no row breaks; numbers are written plainly. In Markdown,
characters that would make links, HTML or emphasis are escaped and controls
shown. JSON keeps DEL, C1 and bidi characters as `\\u` escapes.

Days: CSV and JSON keep the stored ISO day (a spreadsheet or a program reads them); the Markdown brief is read by
people, so it writes each day (the visit's, the brief's own, deadlines, responses) as the browser does for its
language (`store.days.day_text`: `04/09/2025` in Vietnamese, ISO in English), as its figure periods already were.

CSV for a decimal-comma spreadsheet (`decimal_comma`, the CLI's `--decimal-comma`): Excel on a Windows set to
Vietnamese (or most European) regional formats splits a CSV it opens on `;` and reads `,` as the decimal mark, so the
comma file opened in one column with `92.7` as text. That choice writes `;` between cells, `92,7`, a BOM and CRLF;
it is a choice, not the default, so `e` and `surveys export` still write the same bytes for the same options.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import orjson

from . import atomic, catalog, provenance
from .brief_source import difficulty_lines, source_lines
from .days import day_text
from .folding import fold
from .followup import is_overdue, status_label, status_of
from .history_said import history_lines
from .metrics import figure_locality, metric_of, period_label
from .numbers import format_number, in_dong
from .sanitize import csv_cell, json_safe, markdown_safe
from .taxonomy import taxonomy
from .today import current_day

if TYPE_CHECKING:
    from .query import Filter

Format = Literal["csv", "json", "jsonl", "md"]
Rows = Literal["surveys", "figures", "recommendations"]
FORMATS: tuple[str, ...] = ("csv", "json", "jsonl", "md")
ROWS: tuple[str, ...] = ("surveys", "figures", "recommendations")
BOM = "\ufeff"

PLACE_COLUMNS = ("province", "former_province")
"""Today's province and the one a merged place was in when visited (empty for a place written as it is today): a
spreadsheet pivots by either (tryout11, session 39). Columns added after the first ones, so sheets built on those
still read: every new column goes at the end."""
SURVEY_COLUMNS = ("id", "date", "kind", "localities", "province", "body", "leader", "topics",
                  "figures", "recommendations", "directions", "difficulties", "former_province")
FIGURE_COLUMNS = ("survey_id", "date", "locality", "label", "metric", "value", "of", "unit", "period_from", "period_to",
                  "origin", *PLACE_COLUMNS, "value_dong", "of_dong")
"""`origin`: extractor (read from an article) or person (edited or added in review), from the record's `provenance`;
empty when the record does not say. `value_dong`, `of_dong`: a sum of money in đồng whatever its scale word ("1,25"
"tỷ đồng" is 1250000000), a number a spreadsheet sums, beside `value` and `unit` as written; empty for other units."""
ITEM_COLUMNS = (
    "type",
    "survey_id",
    "date",
    "locality",
    "text",
    "by",
    "to",
    "status",
    "deadline",
    "overdue",
    "responses",
    "history",
    *PLACE_COLUMNS,
)
COLUMNS: dict[str, tuple[str, ...]] = {"surveys": SURVEY_COLUMNS, "figures": FIGURE_COLUMNS,
                                       "recommendations": ITEM_COLUMNS}
NUMERIC = {"value", "of", "value_dong", "of_dong", "figures", "recommendations", "directions", "difficulties"}


ItemTest = Callable[[dict[str, Any]], bool]


def item_filter(statuses: Iterable[str] = (), overdue: bool = False, today: date | None = None,
                addressees: Iterable[str] = ()) -> ItemTest | None:
    """Which recommendations and directions a `status:`, `to:` or `overdue` filter means, or None for all.

    Filters pick surveys; a survey with one open item among done ones
    matches `status:open`, but its done items are not what the user asked
    to see, so item rows and the brief's item lists are narrowed the same way.
    An addressee is matched as `to:` matches it (`matching.Matcher.item_meets`: folded, from a word on, in every
    spelling of its abbreviations).
    """
    from .addressees import addressee_key, spellings  # noqa: PLC0415 - with the search's own reading of a `to:`
    from .closed_values import status_keys  # noqa: PLC0415 - `trangthai:"chưa giải quyết"` is open, as the search read it
    from .matching import word_prefix  # noqa: PLC0415

    wanted = {key for status in statuses for key in status_keys(status)}
    to = [one for addressee in addressees for one in spellings(addressee)]  # "UBND" and "Ủy ban nhân dân" alike
    if not wanted and not overdue and not to:
        return None
    return lambda item: ((not wanted or fold(status_of(item)) in wanted)
                         and (not overdue or is_overdue(item, today))
                         and (not to or any(word_prefix(one, addressee_key(item)) for one in to)))


def items_asked(query: Filter, today: date | None = None) -> ItemTest | None:
    """The items every item surface shows of the visits `query` finds (the `u` list's count and marks, the
    details' ▶, recommendation rows, the brief's item lists): those meeting its positive follow-up clauses, one
    item all of them (`status:open overdue`, `to:"sở tài chính" overdue`); with none, every item. A negated clause
    (`not overdue`) picks visits, not items: a visit it finds has no item it names, so it takes no item away
    (docs/tryout-s34-product11.md). With `answered:`, `changed:` or `closed:`, the items that happened to so
    (`store.item_events`). One function, so the browser and `surveys export` cannot read a filter's items two
    ways."""
    from .item_events import items_happened  # noqa: PLC0415 - with the follow-up code

    if (happened := items_happened(query, today)) is not None:
        return happened
    return item_filter(query.values("status"), "overdue" in query.fields(), today, query.values("to"))


def export(records: list[dict[str, Any]], fmt: str, rows: str = "surveys", bom: bool = False,
           lang: str = "vi", today: date | None = None, title: str = "", items: ItemTest | None = None,
           decimal_comma: bool = False) -> bytes:
    """One entry point for every format, so the CLI and the browser cannot drift apart.

    `items` (from `item_filter`) narrows recommendation rows and the brief's
    item lists; JSON and JSONL always carry whole records. `decimal_comma`
    is CSV's only (the module's docstring says why); other formats refuse it.
    """
    if decimal_comma and fmt != "csv":
        raise ValueError(f"a decimal comma applies to CSV only, not {fmt!r}")
    if fmt == "csv":
        return to_csv(records, rows, bom=bom, lang=lang, today=today, items=items, decimal_comma=decimal_comma)
    if fmt == "json":
        return to_json(records)
    if fmt == "jsonl":
        return to_jsonl(records)
    if fmt == "md":
        text = markdown_safe(to_markdown(records, lang=lang, today=today, title=title, items=items))
        return ((BOM if bom else "") + text).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


# -- CSV -----------------------------------------------------------------
def survey_rows(records: list[dict[str, Any]], lang: str = "vi") -> list[dict[str, Any]]:
    """One row per survey: what `surveys list --format csv` shows, plus how much each holds."""
    rows = []
    for record in records:
        localities = record.get("localities", [])
        rows.append({
            "id": record["id"], "date": record["date"], "kind": record.get("kind", ""),
            "localities": "; ".join(loc["name"] for loc in localities),
            **_provinces(localities),
            "body": record.get("body", ""), "leader": record.get("leader", {}).get("name", ""),
            "topics": "; ".join(taxonomy().topic_label(t, lang) for t in record.get("topics", [])),
            **{field: len(record.get(field) or []) for field in ("figures", "recommendations", "directions",
                                                                 "difficulties")},
        })
    return rows


def figure_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per figure. `metric` is the record's own, else the one the taxonomy reads in the label."""
    rows = []
    for record in records:
        origins = provenance.origins(record)
        for index, figure in enumerate(record.get("figures", [])):
            period = figure.get("period") or {}
            rows.append({
                "survey_id": record["id"], "date": record["date"], "locality": figure_locality(record, figure),
                "label": figure.get("label", ""), "metric": metric_of(figure) or "",
                "value": figure.get("value"), "of": figure.get("of"), "unit": figure.get("unit", ""),
                "period_from": period.get("from", ""), "period_to": period.get("to", ""),
                "origin": origins.get(f"figures[{index}]", {}).get("by", ""),
                **_places(record, figure), **_in_dong(figure),
            })
    return rows


def item_rows(records: list[dict[str, Any]], today: date | None = None,
              items: ItemTest | None = None, lang: str = "vi") -> list[dict[str, Any]]:
    """One row per recommendation and direction (those `items` accepts); an item without a status is open. Its
    history in one cell, oldest first, in `lang`'s words with the stored UTC stamps (`store.history_said`)."""
    rows = []
    for record in records:
        for field, kind in (("recommendations", "recommendation"), ("directions", "direction")):
            for item in record.get(field) or []:
                if items is not None and not items(item):
                    continue
                rows.append({
                    "type": kind, "survey_id": record["id"], "date": record["date"],
                    "locality": figure_locality(record, item),
                    "text": item["text"], "by": item.get("by", ""), "to": item.get("to", ""),
                    "status": status_of(item), "deadline": item.get("deadline", ""),
                    "overdue": "yes" if is_overdue(item, today) else "",
                    "responses": " | ".join(f"{r['date']}: {r['text']}" for r in item.get("responses", [])),
                    "history": " | ".join(history_lines(item, lang, iso=True)),
                    **_places(record, item),
                })
    return rows


def _places(record: dict[str, Any], part: dict[str, Any]) -> dict[str, str]:
    """The provinces of the place a figure or item names, else of all the visit's places (as its `locality` cell)."""
    localities = record.get("localities", [])
    named = [loc for loc in localities if part.get("locality") and loc.get("name") == part["locality"]]
    return _provinces(named or localities)


def _provinces(localities: list[dict[str, Any]]) -> dict[str, str]:
    return {"province": "; ".join(dict.fromkeys(loc["province"]["name"] for loc in localities)),
            "former_province": "; ".join(dict.fromkeys(loc["former_province"] for loc in localities
                                                       if loc.get("former_province")))}


def _in_dong(figure: dict[str, Any]) -> dict[str, int | float | None]:
    unit = figure.get("unit", "")
    return {f"{field}_dong": in_dong(figure[field], unit) if _is_amount(figure.get(field)) else None
            for field in ("value", "of")}


def _is_amount(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def to_csv(records: list[dict[str, Any]], rows: str = "surveys", bom: bool = False, lang: str = "vi",
           today: date | None = None, items: ItemTest | None = None, decimal_comma: bool = False) -> bytes:
    """Comma-separated with `.` decimals, or (`decimal_comma`) `;`-separated with `,` decimals and always a BOM."""
    builders: dict[str, Callable[[], list[dict[str, Any]]]] = {
        "surveys": lambda: survey_rows(records, lang),
        "figures": lambda: figure_rows(records),
        "recommendations": lambda: item_rows(records, today, items, lang),
    }
    if rows not in builders:
        raise ValueError(f"unknown row shape {rows!r}; use one of {', '.join(ROWS)}")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS[rows], lineterminator="\r\n",
                            delimiter=";" if decimal_comma else ",")
    writer.writeheader()
    for row in builders[rows]():
        writer.writerow({key: _cell(key, value, decimal_comma) for key, value in row.items()})
    # Excel reads a file without a BOM in the system's code page: the decimal-comma choice is for Excel, so it has one
    return ((BOM if bom or decimal_comma else "") + out.getvalue()).encode("utf-8")


def _cell(key: str, value: Any, decimal_comma: bool = False) -> str:
    if value is None:
        return ""
    if key in NUMERIC and _is_amount(value):
        plain = _plain_number(value)
        return plain.replace(".", ",") if decimal_comma else plain
    return csv_cell(value)


def _plain_number(value: float) -> str:
    """25925, 99.83: what any spreadsheet locale reads back as the same number."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# -- JSON ----------------------------------------------------------------
def to_json(records: list[dict[str, Any]]) -> bytes:
    """An array of records in the published format: `surveys import` reads it back."""
    return json_safe(orjson.dumps(records, option=orjson.OPT_INDENT_2)) + b"\n"


def to_jsonl(records: list[dict[str, Any]]) -> bytes:
    return json_safe(b"".join(orjson.dumps(record) + b"\n" for record in records))


# -- Markdown brief ------------------------------------------------------
def to_markdown(records: list[dict[str, Any]], lang: str = "vi", today: date | None = None, title: str = "",
                items: ItemTest | None = None) -> str:
    """A brief grouped by locality: each visit with date and body, its figures, and what was asked, with status.

    A figure or item that names no locality belongs to the whole visit, so it
    is shown under each of the visit's localities.
    """
    words = catalog.words("brief", lang)
    today = today or current_day()
    lines = [f"# {words['title']}", "", f"{words['made']} {day_text(today.isoformat(), lang)} · "
             f"{len(records)} {catalog.text('brief.surveys', lang, count=len(records))}"]
    if title:
        lines[-1] += f" · {words['filter']}: `{title.replace('`', '')}`"
    if not records:
        return "\n".join([*lines, "", words["none"], ""])
    for place, visits in _by_locality(records, words).items():
        lines += ["", f"## {_md(place)}"]
        for record, locality in visits:
            lines += _visit_lines(record, locality, words, lang, today, items)
    return "\n".join(lines) + "\n"


def _by_locality(records: list[dict[str, Any]], words: dict[str, str]) -> dict[str, list[tuple[dict[str, Any], str]]]:
    """Heading → visits there, in the order localities first appear (newest visits first)."""
    groups: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for record in records:
        for locality in record.get("localities", []):
            groups.setdefault(_heading(locality, words), []).append((record, locality["name"]))
    return groups


def _heading(locality: dict[str, Any], words: dict[str, str]) -> str:
    province = locality["province"]["name"]
    if locality.get("former_province"):
        return f"{locality['name']} ({locality['former_province']}, {words['now']} {province})"
    return f"{locality['name']} ({province})"


def _visit_lines(record: dict[str, Any], locality: str, words: dict[str, str], lang: str, today: date,
                 accept: ItemTest | None) -> list[str]:
    leader = record.get("leader", {})
    day = day_text(record["date"], lang)  # a brief is read by people: the day as the browser writes it (04/09/2025)
    if record.get("date_certainty") == "inferred":  # the article gave no year: a reader must not take it as stated
        day += f" ({words['year_inferred']})"
    lines = ["", f"### {day} · {_kind_said(record.get('kind', ''), lang)} · {_md(record.get('body', ''))}"]
    lines += source_lines(record, words, lang, _md)  # outlet, byline, day published, address: to cite it
    if leader.get("name"):
        lines += [
            "",
            f"{words['leader']}: {_md(leader['name'])}" + (f", {_md(leader['title'])}" if leader.get("title") else ""),
        ]
    mine = _belongs(record, locality)
    figures = [f for f in record.get("figures", []) if mine(f)]
    if figures:
        lines += ["", f"**{words['figures']}**", ""] + [f"- {_figure_text(f, lang)}" for f in figures]
    for field in ("recommendations", "directions"):
        items = [i for i in record.get(field) or [] if mine(i) and (accept is None or accept(i))]
        if items:
            lines += ["", f"**{words[field]}**", ""] + [f"- {_item_text(i, words, lang, today)}" for i in items]
    return lines + difficulty_lines(record, mine, words, _md)


def _kind_said(kind: str, lang: str) -> str:
    """The kind as written, then in the reader's words when they differ: "khảo sát (survey)", as the browser's details
    say it; an English brief had named it in Vietnamese only."""
    named = catalog.words("kind", lang).get(fold(kind).strip().replace(" ", "-"), kind)
    return _md(kind) if named == kind else f"{_md(kind)} ({_md(named)})"


def _belongs(record: dict[str, Any], locality: str) -> Callable[[dict[str, Any]], bool]:
    return lambda part: part.get("locality") in (None, "", locality)


def _figure_text(figure: dict[str, Any], lang: str) -> str:
    value, unit = format_number(figure["value"], lang), figure.get("unit", "")
    amount = f"{value}%" if unit == "%" else f"{value} {unit}".strip()
    if figure.get("of") is not None:
        amount = f"{value}/{format_number(figure['of'], lang)} {unit}".strip()
    when = period_label(figure.get("period"), "", lang)
    return f"{_md(figure['label'])}: **{_md(amount)}**" + (f" ({when})" if when else "")


def _item_text(item: dict[str, Any], words: dict[str, str], lang: str, today: date) -> str:
    route = " → ".join(_md(part) for part in (item.get("by"), item.get("to")) if part)
    marks = [status_label(status_of(item), lang)]
    if item.get("deadline"):
        marks.append(f"{words['deadline']} {day_text(item['deadline'], lang)}")
    if is_overdue(item, today):
        marks.append(f"**{words['overdue']}**")
    text = f"{_md(item['text'])}" + (f" ({route})" if route else "") + f" — *{'; '.join(marks)}*"
    for response in item.get("responses", []):
        text += f"\n  - {day_text(response['date'], lang)}: {_md(response['text'])}"
    if changes := history_lines(item, lang):  # a month's report: when, who, from → to, oldest first
        text += f"\n  - {words['history']}:" + "".join(f"\n    - {_md(change)}" for change in changes)
    return text


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def _md(text: Any) -> str:
    """Record text as literal Markdown: one line, nothing that links, embeds or formats."""
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


def count_rows(records: list[dict[str, Any]], fmt: str, rows: str = "surveys", items: ItemTest | None = None,
               today: date | None = None) -> int:
    """How many rows an export holds: surveys for JSON, JSONL and Markdown."""
    if fmt != "csv" or rows == "surveys":
        return len(records)
    if rows == "figures":
        return sum(len(r.get("figures", [])) for r in records)
    return len(item_rows(records, today, items))


def write_file(path: Path, payload: bytes) -> None:
    """Write beside the target and rename (`store.atomic`), so an interrupted export never leaves half a file."""
    atomic.write_file(path.expanduser(), payload)
