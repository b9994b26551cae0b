"""The place and topic names of a filter that name nothing at all (session 27, third round).

`surveys list --province "khong co"` said "no visit matches" and exited 0: a mistyped name and a real province
without visits read the same. A command that found no visit asks this module which of its clauses names no unit
(no province, no ward or commune, of today or merged away) and no topic, and says so as a usage error.

Only asked when nothing was found, so a name some record carries (an old report's unit no list holds) is never
refused. The tests are the filter's own: `matching.ProvinceValue` for a province (today's names and aliases, word
prefixes, the provinces merged away), the gazetteer's look-ups for a ward (today's wards, the former wards, the
former districts), `matching.topic_ids_for` for a topic. A ward clause finds a name by a word's start ("thieu"
finds "Lái Thiêu", `matching.word_prefix`), so a value is refused only when it starts no word of any unit's name
of today or before 2025 ("khe" starts "Khe Sanh" and "Cái Khế": no visit there, but no typo either).
"""

from __future__ import annotations

from .folding import fold
from .gazetteer import gazetteer
from .matching import ProvinceValue, WholeName, topic_ids_for, word_prefix
from .place_names import place_name_keys
from .query import Clause, Filter
from .taxonomy import taxonomy


def unknown_names(query: Filter) -> list[tuple[str, str]]:
    """(field, value) of each province, ward or topic clause naming nothing, in the filter's order."""
    tests = {"province": _no_province, "ward": _no_ward, "topic": _no_topic}
    return [(clause.field, clause.value) for clause in query.clauses
            if clause.field in tests and tests[clause.field](clause)]


def _no_province(clause: Clause) -> bool:
    value = clause.value
    province = ProvinceValue(value)
    return province.former is None and not province.codes and gazetteer().former_province(value) is None


def _no_ward(clause: Clause) -> bool:
    value = clause.value
    if "," in value:  # "Phường Tân Định, Hồ Chí Minh", "huyện Tân Uyên, Lai Châu": the parser refuses a wrong one
        return False
    places = gazetteer()
    if places.find_wards(value) or places.former_wards(value) or places.districts_named(value) or \
            places.district_wards(value):
        return False
    folded = WholeName(fold(value)) if clause.exact else fold(value)  # quoted: the whole name (`ward="Lái"`)
    return not any(word_prefix(folded, name) for name in place_name_keys(places))


def _no_topic(clause: Clause) -> bool:
    """`topic_ids_for` answers an unknown value with itself, which no topic id is."""
    return not (topic_ids_for(clause.value) & set(taxonomy().topics))
