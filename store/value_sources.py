"""Where in its article a saved value was read: the sentence (cut to a bounded clause) and the article's name.

A researcher checks a figure against the article months after it was
imported. The extractor knows the sentence behind each value
(`Draft.provenance`) and the review screen shows it, but a saved record kept
only the rule and the certainty. Now the value's provenance entry
(`data/schema.json`, `$defs/origin`) also keeps

    "sentence": the sentence it was read from, at most `LIMIT` characters (a longer one is cut around the value,
                at word boundaries, an ellipsis where it was cut: `bounded`);
    "article":  the article's name as it was given: the file name, or its URL when it came from no file.

A value a person edited keeps its sentence in its `by: person` entry: the
sentence it was first read from, shown as edited; a value a person added has
none. The sentence is untrusted article text: every surface shows it through
`sanitize.visible` and plain `Text`, never markup. `said` lists them for
`surveys show --sources` and the browser's sources view.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import catalog
from .numbers import format_number

LIMIT = 240
"""Characters kept of a sentence: a clause around the value, not a paragraph (an article's lead can run to 600)."""
ARTICLE_LIMIT = 500
"""Characters kept of the article's name (a URL with a long query string)."""
ELLIPSIS = "…"
SOURCED = ("date", "kind", "body", "leader", "localities", "figures", "recommendations", "directions",
           "difficulties", "people")
"""The values whose sentence is kept: what a researcher checks against the article. The summary is made of the
article's sentences already, topics are inferred from the whole text, and `source.*` are the article's own lines."""
NO_FILE = ("", "<stdin>", "-")
"""Names that are no article's file: text read from standard input is named by its URL, if it has one."""
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LIST = re.compile(r"^([a-z_]+)\[\d+\]$")


def normal(text: str) -> str:
    """`text` on one line: controls and line breaks as spaces, runs of spaces as one (the article's layout is not
    the point, and a stored newline or escape would only be shown as an escape)."""
    return " ".join(_CONTROLS.sub(" ", text).split())


def bounded(sentence: str, hint: str | None = None, limit: int = LIMIT) -> str:
    """`sentence` on one line and at most `limit` characters: whole when it fits, else the run of words around
    `hint` (the value as written: a leader's name, a figure's label) when it is there, else the first words;
    an ellipsis marks each end that was cut."""
    text = normal(sentence)
    if len(text) <= limit:
        return text
    room = limit - 2  # an ellipsis at either end
    hint = normal(hint or "")
    at = text.find(hint) if hint and len(hint) <= room else -1
    start = 0 if at < 0 else min(max(at - (room - len(hint)) // 2, 0), len(text) - room)
    end = start + room
    keep_from, keep_to = (at, at + len(hint)) if at >= 0 else (end, start)
    if start > 0 and text[start - 1] != " ":  # not half a word: from the next space, never past the value
        space = text.find(" ", start, keep_from)
        start = space + 1 if space >= 0 else start
    if end < len(text) and text[end] != " ":
        space = text.rfind(" ", keep_to, end)
        end = space if space > start else end
    kept = text[start:end].strip()
    return (ELLIPSIS if start > 0 else "") + kept + (ELLIPSIS if end < len(text) else "")


def article_name(source_name: str | None, record: dict[str, Any]) -> str | None:
    """The article's name as it was given: its file name, else (standard input) the URL it carries, else None."""
    name = (source_name or "").strip()
    if name in NO_FILE:
        name = str((record.get("source") or {}).get("url") or "").strip()
    return normal(name)[:ARTICLE_LIMIT] or None


def hints(record: dict[str, Any], path: str) -> list[str]:
    """The value at `path` as the article may write it, to cut a long sentence around: a leader's or a place's name,
    an item's first words, a figure's label and then its number as Vietnamese writes it ("1.245", "87,3")."""
    found = _LIST.match(path)
    if found:
        index = int(path[path.index("[") + 1:-1])
        items = record.get(found[1]) or []
        item = items[index] if index < len(items) and isinstance(items[index], dict) else {}
        said = [str(item.get(key) or "")[:80] for key in ("name", "label", "text")]
        if isinstance(item.get("value"), int | float) and not isinstance(item.get("value"), bool):
            said.append(format_number(item["value"], "vi"))
        return [text for text in said if text]
    if path == "leader":
        return [str((record.get("leader") or {}).get("name") or "")]
    value = record.get(path)
    return [value] if isinstance(value, str) and value else []


def sourced(path: str) -> bool:
    """Whether the sentence of the value at `path` is kept."""
    found = _LIST.match(path)
    return (found[1] if found else path) in SOURCED


def with_source(entry: dict[str, Any], sentence: str | None, article: str | None, record: dict[str, Any],
                path: str | None = None) -> dict[str, Any]:
    """`entry` with the value's `sentence` (bounded around the value at `path` of `record`, the path it was read
    at) and `article`; as it is for a value whose sentence is not kept or that has none."""
    path = path or entry["path"]
    if not sentence or not sourced(path):
        return entry
    line = normal(sentence)
    text = bounded(line, next((hint for hint in hints(record, path) if hint and normal(hint) in line), None))
    if not text:
        return entry
    return {**entry, "sentence": text, **({"article": article} if article else {})}


def keep_source(entry: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any]:
    """`entry` (a value a person edited) with the sentence and article `before` (its entry as read) had."""
    if not before or not before.get("sentence"):
        return entry
    return {**entry, **{key: before[key] for key in ("sentence", "article") if before.get(key)}}


def sentences(draft_sentence: Callable[[str], str | None], record: dict[str, Any], article: str | None,
              entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`entries` (the provenance of a draft saved as the extractor made it) each with its sentence."""
    return [with_source(entry, draft_sentence(entry["path"]), article, record) for entry in entries]


def grouped(record: dict[str, Any], lang: str, name: Callable[[str, str], str]
            ) -> tuple[list[tuple[str, str]], list[str]]:
    """The kept sentences as (the values read from it, the sentence), values read one after the other from one
    sentence together ("Ngày, Trưởng đoàn"), an edited value marked; and the articles they are from, in order.
    `name` says a path as the reader names it (`provenance.value_name`)."""
    groups: list[tuple[list[str], str]] = []
    articles: list[str] = []
    for entry in record.get("provenance") or []:
        if not isinstance(entry, dict) or not entry.get("sentence"):
            continue
        edited = f" ({catalog.text('sources.edited', lang)})" if entry.get("by") == "person" else ""
        named = name(str(entry.get("path", "")), lang) + edited
        if groups and groups[-1][1] == entry["sentence"]:
            groups[-1][0].append(named)
        else:
            groups.append(([named], str(entry["sentence"])))
        if entry.get("article") and entry["article"] not in articles:
            articles.append(str(entry["article"]))
    return [(", ".join(names), sentence) for names, sentence in groups], articles


def said(record: dict[str, Any], lang: str, name: Callable[[str, str], str]) -> list[str]:
    """Every kept sentence in `lang`, one line each ("Ngày, Trưởng đoàn: <sentence>", `grouped`), then the
    article(s) they were read from; none when the record keeps no sentence."""
    groups, articles = grouped(record, lang, name)
    lines = [f"{names}: {sentence}" for names, sentence in groups]
    if articles:
        lines.append(catalog.text("sources.article", lang, names=", ".join(articles)))
    return lines
