"""Which of a visit's item texts and responses hold the filter's free-text words: the details pane marks them.

Free text is looked for in the whole visit (`store.matching.record_text`), an item's responses included, so a
visit may be listed for what an office answered ("Bộ đã có văn bản hướng dẫn") though nothing at the top of the
pane says so. `text_test` answers for one text whether it holds a term, folded and in any spelling `Matcher` reads
it in (`TTHC` / "thủ tục hành chính"); terms shorter than `SHORTEST` are left out, as nearly every text holds
them (the first keys typed in `/`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from store.query import Filter

if TYPE_CHECKING:
    from .i18n import Translator

TextTest = Callable[[str], bool]
SHORTEST = 3
"""Folded characters a term needs to be marked where it is found."""


def text_test(query: Filter) -> TextTest | None:
    """Whether a text holds one of `query`'s free-text terms; None when it has none long enough to mark."""
    clauses = query.clauses_of("text")
    if not clauses:
        return None
    from store.folding import fold  # noqa: PLC0415 - with the first survey described, not on the first frame
    from store.matching import Matcher  # noqa: PLC0415

    spellings = {spelling for group in Matcher(Filter(tuple(clauses))).text_alternatives for spelling in group
                 if len(spelling.strip()) >= SHORTEST}
    if not spellings:
        return None
    return lambda text: any(spelling in fold(text) for spelling in spellings)


WHERE_SHOWN = 3
"""Places named on the "found in" line; more are said as "…"."""


def found_in(record: dict[str, Any], found: TextTest | None, t: Translator) -> str | None:
    """"found in: the response to recommendation 1": where the search's words are, said under the details heading
    when none of the fields at the top of the pane (kind, body, leader, places, topics, summary) holds them. The
    mark beside the text ("◂ search words here") is below the fold at 80×24 on a long visit (product15, left)."""
    if found is None or any(found(text) for text in _always_shown(record)):
        return None
    places = [*_items_found(record, found, t), *_sections_found(record, found, t)]
    if not places:
        return None
    more = ", …" if len(places) > WHERE_SHOWN else ""
    return t("details.found_in", where=", ".join(places[:WHERE_SHOWN]) + more)


def hidden_match(record: dict[str, Any], found: TextTest | None, t: Translator) -> bool:
    """Whether the list row is marked (▾ before its date, `tui.widgets.survey_list`): `found_in` has something to
    say. A visit listed for an office's response had no mark in the list; only its details said why it was there
    (polish8, left)."""
    return found is not None and found_in(record, found, t) is not None


def _always_shown(record: dict[str, Any]) -> Iterator[str]:
    """The texts of the heading block and the summary: the first lines of the pane."""
    from store.taxonomy import taxonomy  # noqa: PLC0415 - with the first survey described

    yield from (str(record.get(key) or "") for key in ("kind", "body", "summary"))
    leader = record.get("leader") or {}
    yield from (str(leader.get(key) or "") for key in ("name", "title"))
    for place in record.get("localities") or []:
        yield from _strings(place)
    for topic in record.get("topics") or []:
        yield from (taxonomy().topic_label(topic, lang) for lang in ("vi", "en"))


def _items_found(record: dict[str, Any], found: TextTest, t: Translator) -> Iterator[str]:
    """"recommendation 2" for an item whose text holds the words, "the response to direction 1" for a response."""
    for field in ("recommendations", "directions"):
        for number, item in enumerate(record.get(field) or [], start=1):
            name = t(f"details.found_item.{field}", number=t.number(number))
            if found(str(item.get("text") or "")):
                yield name
            elif any(found(str(response.get("text") or "")) for response in item.get("responses") or []):
                yield t("details.found_response", item=name)


def _sections_found(record: dict[str, Any], found: TextTest, t: Translator) -> Iterator[str]:
    """The other sections holding the words, by their headings (figures, difficulties, people, source, notes)."""
    for field in ("figures", "difficulties", "people", "source", "notes"):
        if any(found(text) for text in _strings(record.get(field))):
            yield t(f"details.{field}").lower()


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a stored value (a dict, a list, or a string)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)
