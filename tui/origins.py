"""Where a stored record's values came from, in words: for the details pane and `surveys show`.

A record drafted from an article keeps `provenance` (`store.provenance`):
which values the extractor read and how sure it was, which a person edited
or added in review. This says it in the reader's language, in a few lines:
how many values each gave, which a person gave, and why the extractor was
unsure of the others (its coded reasons, `store.reasons`, said from
the catalog; an older record's words as they are). Plain strings, no Rich or
Textual, so the command line can use it too.
"""

from __future__ import annotations

import re
from typing import Any

from store import provenance
from store.reasons import from_json, say

from .i18n import Translator

REASONS_SHOWN = 6
"""Reasons named one by one; a draft of a long article may have a dozen bounds."""
_SURE = re.compile(r"^date_certainty\.stated")
"""Reasons that say the value is certain: not worth a line."""
_LIST = re.compile(r"^([a-z_]+)\[(\d+)\]$")


def origin_lines(record: dict[str, Any], t: Translator) -> list[str]:
    """The lines under the heading `origin.title`; none when the record keeps no provenance."""
    entries = [entry for entry in record.get("provenance") or [] if isinstance(entry, dict)]
    if not entries:
        return []
    by_person = [entry["path"] for entry in entries if entry.get("by") == provenance.PERSON]
    lines = [t("origin.counts", extractor=t.number(len(entries) - len(by_person)), person=t.number(len(by_person)))]
    if by_person:
        lines.append(t("origin.by_person", values=", ".join(value_name(path, t) for path in by_person)))
    unsure = [entry for entry in entries if entry.get("by") == provenance.EXTRACTOR and _unsure(entry.get("certainty"))]
    for entry in unsure[:REASONS_SHOWN]:
        lines.append(f"{value_name(entry['path'], t)}: {say(from_json(entry['certainty']), t.lang)}")
    if len(unsure) > REASONS_SHOWN:
        lines.append(t("details.more", count=t.number(len(unsure) - REASONS_SHOWN)))
    return lines


def value_name(path: str, t: Translator) -> str:
    """"figures[2]" → "Số liệu 3", "source.url" → "URL", "date" → "ngày": a path as the reader names it."""
    found = _LIST.match(path)
    if found:
        return f"{t.words('details').get(found[1], found[1])} {int(found[2]) + 1}"
    if path.startswith("source."):
        return t.words("review").get("source_" + path.removeprefix("source."), path)
    return t.words("origin.field").get(path, path)


def _unsure(certainty: Any) -> bool:
    """A reason worth a line: any but "stated" (an older record's words always)."""
    if isinstance(certainty, dict):
        return not _SURE.match(str(certainty.get("code", "")))
    return bool(certainty)
