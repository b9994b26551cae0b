"""The Markdown brief of `store.export`: the filtered visits grouped by locality, for people to read.

Each visit with its date and body, its figures and what was asked, with status, deadline and history. Days are
written as the browser writes them for the language (`store.days.day_text`); a sum of money written with a scale
word ("1,2 tỷ đồng") is followed by its amount in đồng, as the CSV's `value_dong` gives it ("= 1.200.000.000
đồng"; "= 1,200,000,000 dong" in English), so sums written in several scales read alike. Record text is made
literal Markdown (`_md`); `store.export.export` makes the whole brief safe (`store.sanitize.markdown_safe`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from . import catalog
from .brief_source import difficulty_lines, source_lines
from .days import day_text
from .folding import fold
from .followup import is_overdue, status_label, status_of
from .history_said import history_lines
from .metrics import period_label
from .numbers import format_number, in_dong
from .today import current_day

if TYPE_CHECKING:
    ItemTest = Callable[[dict[str, Any]], bool]


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
    """"xã Tịnh Hòa (Quảng Ngãi, nay thuộc Xã Đông Sơn)": a place written as a unit that no longer stands says the
    ward of today it is part of, as the list ("Tịnh Hòa → Đông Sơn"), the details and the figures view do; the brief
    had named the old unit alone, so a reader could not tell two headings were one ward today (tryout s42-tryout14).
    It keeps its own heading: today's ward may be several old units merged."""
    province = locality["province"]["name"]
    ward = (locality.get("ward") or {}).get("name")
    moved = bool(ward) and fold(str(ward)) != fold(locality["name"])
    if locality.get("former_province"):
        today = f"{ward}, {province}" if moved else province
        return f"{locality['name']} ({locality['former_province']}, {words['now']} {today})"
    if moved:
        return f"{locality['name']} ({province}, {words['now']} {ward})"
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
    return f"{_md(figure['label'])}: **{_md(amount)}**{_dong_said(figure, lang)}" + (f" ({when})" if when else "")


def _dong_said(figure: dict[str, Any], lang: str) -> str:
    """A sum written with a scale word, in đồng after it as the CSV's `value_dong` gives it: " (= 1.200.000.000
    đồng)" in Vietnamese, " (= 1,200,000,000 dong)" in English, the whole after a slash as the amount has it: sums
    written in different scales ("1,2 tỷ", "780,5 triệu") compare at a glance. A sum written in đồng (or "VNĐ")
    says it already, and any other unit is no sum: nothing is added."""
    unit, value = figure.get("unit", ""), figure["value"]
    whole: Any = figure.get("of")
    dong = in_dong(value, unit) if _is_sum(value) else None
    if dong is None or dong == value:
        return ""
    said = format_number(dong, lang)
    if _is_sum(whole) and (whole_dong := in_dong(whole, unit)) is not None:
        said += "/" + format_number(whole_dong, lang)
    return f" (= {said} {catalog.text('brief.dong', lang)})"


def _is_sum(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


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
