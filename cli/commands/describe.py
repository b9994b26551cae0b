"""A record as readable plain text, for `surveys show`."""

from __future__ import annotations

from datetime import date
from typing import Any

from store import catalog, provenance, value_sources
from store.days import day_text
from store.folding import fold
from store.followup import is_overdue, status_label
from store.history_said import history_lines
from store.item_links import said
from store.numbers import format_number
from store.periods import day_label, figure_period
from store.sanitize import visible as shown
from store.taxonomy import taxonomy
from store.written_places import written_and_today


def figure_line(figure: dict[str, Any], lang: str = "vi") -> str:
    value = format_number(figure["value"], lang)
    unit = figure.get("unit", "")
    text = f"{value}{unit}" if unit == "%" else f"{value} {unit}".strip()
    if "of" in figure:
        text = f"{value}/{format_number(figure['of'], lang)} {unit}".strip()
    period = figure_period(figure, lang)
    extras = [period] if period else []
    extras += [figure["locality"]] if figure.get("locality") else []
    return f"{figure['label']}: {text}" + (f" ({'; '.join(extras)})" if extras else "")


def item_line(item: dict[str, Any], lang: str = "vi", today: date | None = None) -> str:
    """One item, its labels (r1, d2) added by the caller as `surveys followup` takes them; days as `lang`
    writes them (day first in Vietnamese). A deadline passed on an item still open says so ("hạn 31/08/2026, QUÁ
    HẠN"), as the browser's details and the Markdown brief do: `list --query quahan` named the visit, and `show`
    then gave no word of which of its items was late (tryout s33)."""
    route = " → ".join(part for part in (item.get("by"), item.get("to")) if part)
    status = f" [{status_label(item['status'], lang)}]" if item.get("status") else ""  # "đã giải quyết", not "done"
    deadline = ""
    if item.get("deadline"):
        from tui.i18n import Translator  # noqa: PLC0415 - a plain dictionary, no Textual

        t = Translator(lang)
        late = f", {t('details.overdue')}" if is_overdue(item, today) else ""
        deadline = f" ({t('details.deadline', date=day_label(item['deadline'], lang))}{late})"
    responses = "".join(f"\n      {day_label(r['date'], lang)}: {r['text']}" for r in item.get("responses", []))
    return f"{item['text']}" + (f" ({route})" if route else "") + status + deadline + responses


def _kind(kind: str, t: Any) -> str:
    """The kind as written, and in the reader's words when they differ ("khảo sát (survey)"), as the details pane
    names it (`tui.kinds`, which the command line does not load)."""
    from tui.i18n import CATALOG  # noqa: PLC0415 - a plain dictionary, no Textual

    key = "kind." + fold(kind).strip().replace(" ", "-")
    named = t(key) if key in CATALOG else kind
    return kind if named == kind else f"{kind} ({named})"


def _day(record: dict[str, Any], t: Any) -> str:
    """The visit's day, `?` and "(năm suy ra)" after it when the article gave no year, as the browser's details
    write it (`show` had printed a guessed year as if stated), day first in Vietnamese as the details write it."""
    day = day_text(str(record["date"]), t.lang)
    if record.get("date_certainty") != "inferred":
        return day
    return f"{day}? ({t('details.date_certainty', how=t('certainty.inferred'))})"


def link_lines(links: list[Any], lang: str) -> str:
    """The earlier items an item repeats (`store.item_links`), one "↳ raised before: …" line each, under it."""
    from tui.i18n import Translator  # noqa: PLC0415 - a plain dictionary, no Textual

    t = Translator(lang)
    return "".join(f"\n      ↳ {said(link, lang)} · {t('links.confirmed' if link.confirmed else 'links.suggested_cli')}"
                   f" ({link.survey}:{link.item})" for link in links)


def history_block(item: dict[str, Any], lang: str) -> str:
    """The item's history under it, oldest first ("Lịch sử:" then one change a line: when, who, from → to), for a
    month's report read off `show`; nothing for an item never changed since the history began."""
    lines = history_lines(item, lang)
    if not lines:
        return ""
    return f"\n      {catalog.text('brief.history', lang)}:" + "".join(f"\n        {line}" for line in lines)


def describe_record(record: dict[str, Any], lang: str = "vi", links: dict[Any, list[Any]] | None = None,
                    sources: bool = False) -> str:
    """The record as text, headings in `lang` (the browser's catalog: `surveys show` speaks like the browser);
    under each item, the earlier items it repeats (`links`, `store.item_links`), then its history (`history_block`);
    `sources` (`show --sources`): then the article sentence each value was read from (`store.value_sources`)."""
    from tui.i18n import Translator  # noqa: PLC0415 - a plain dictionary, no Textual

    links = links or {}

    t = Translator(lang)
    leader = record["leader"]
    lines = [
        f"{_day(record, t)}  {_kind(record['kind'], t)}  {record['id']}",
        f"{record['body']}",
        f"{t('details.leader')}: {leader['name']}" + (f", {leader['title']}" if leader.get("title") else ""),
        f"{t('col.locality')}: " + "; ".join(written_and_today(loc) for loc in record["localities"]),
        f"{t('details.topics')}: " + ", ".join(taxonomy().topic_label(t, lang) for t in record.get("topics", [])),
        "",
        record.get("summary", ""),
    ]
    sections = (
        (t("details.figures"), [figure_line(f, lang) for f in record.get("figures", [])]),
        (
            t("details.recommendations"),
            [f"r{n}. {item_line(i, lang)}" + link_lines(links.get(("recommendations", n - 1), []), lang)
             + history_block(i, lang) for n, i in enumerate(record.get("recommendations", []), 1)],
        ),
        (
            t("details.directions"),
            [f"d{n}. {item_line(i, lang)}" + link_lines(links.get(("directions", n - 1), []), lang)
             + history_block(i, lang) for n, i in enumerate(record.get("directions", []), 1)],
        ),
        (t("details.difficulties"), [d["text"] for d in record.get("difficulties", [])]),
        (t("details.people"), [f"{p['name']}, {p['role']}" for p in record.get("people", [])]),
    )
    for title, items in sections:
        if items:
            lines += ["", f"{title}:"] + [f"  - {line}" for line in items]
    if said := _source(record.get("source") or {}, lang):
        lines += ["", f"{t('details.source')}: {said}"]
    if record.get("notes"):
        lines += [f"{t('details.notes')}: " + record["notes"]]
    if origins := provenance.said(record, lang):  # drafted from an article: what came from it, what from a person
        lines += ["", f"{t('origin.title')}:"] + [f"  {line}" for line in origins]
    if sources:  # untrusted article text: every line through `visible` below, as the rest
        kept = value_sources.said(record, lang, provenance.value_name) or [t("sources.none")]
        lines += ["", f"{t('sources.title')}:"] + [f"  {line}" for line in kept]
    return "\n".join(visible(line) for line in lines)


def _source(source: dict[str, Any], lang: str) -> str:
    """Where the report came from as the details pane gives it: outlet · author · title · day · address. It had been
    the record's own keys, "Nguồn: title: …, url: …", English words in a Vietnamese text and an ISO day."""
    order = ("outlet", "author", "title", "published", "url")
    values = [day_label(source[key], lang) if key == "published" else str(source[key])
              for key in order if source.get(key)]
    return " · ".join(values)


def visible(text: str) -> str:
    """Record text for a terminal: every control shown as an escape (`store.sanitize`), newlines kept."""
    return shown(text, keep_newlines=True)
