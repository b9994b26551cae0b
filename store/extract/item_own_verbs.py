"""A later ask of a list opened by its own request verb: the verb is the locality's, not part of what is asked.

"Xã kiến nghị tỉnh bố trí ...; kiến nghị bổ sung ...; đề nghị Sở Nội vụ ...": the list's first verb and addressee
are taken off before the list is cut (`items`), so the first ask reads "Bố trí ..." asked of the province, while the
later ones kept their own verb at their head ("Kiến nghị bổ sung ...", "Đề nghị Sở Nội vụ ..." still asked of the
province: a tryout of session 33). Each ask reads without the verb; a department named after it is whom it asks.
A leader's later "...; yêu cầu Công an xã ..." in a direction is read the same way (`later_ask`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .place_unit_words import addressee_units

_OWN_VERB = re.compile(
    r"^\W*(?:kiến nghị|đề xuất|đề nghị)\s+"
    r"(?!(?:của|này|đó|trên|nêu|được|đã|là|và|như|gồm|sau|cụ thể|với)\b)(?=\w)",
    re.IGNORECASE,
)
"""The verb before the words asked; not the noun ("đề xuất của xã", "kiến nghị này", "đề nghị được ...") nor a list
that follows ("kiến nghị như sau", "kiến nghị gồm"), nor one made to the team ("kiến nghị với đoàn ...")."""


def own_verb_end(text: str) -> int | None:
    """Where the ask starts after a leading "kiến nghị|đề xuất|đề nghị" of its own; None when it has none."""
    m = _OWN_VERB.match(text)
    if m is None or len(text[m.end():].split()) < 2:
        return None
    return m.end()


_DIRECTED = re.compile(
    r"^\W*(?:yêu cầu|đề nghị|giao)\s+(?!(?:của|này|đó|trên|nêu|được|đã|là|và|như|gồm|sau|cụ thể|với)\b)(?=\w)",
    re.IGNORECASE,
)


def later_ask(field: str, text: str, split: Callable[[str], tuple[str | None, str]]) -> tuple[str | None, str] | None:
    """(addressee, words asked) of a later ask opened by its own request verb, or None (`text` stays as it is).

    A recommendation loses "kiến nghị|đề xuất|đề nghị" whoever it asks. A direction's "...; yêu cầu Công an xã B"
    loses "yêu cầu|đề nghị|giao" only when the unit asked follows (`split`, or a unit phrase "UBND xã ..."): the
    leader asks that unit, not the one the list began with; with no unit after it the verb may be the task's own
    ("đề nghị cấp trên ..." said by the unit), and the text is left whole."""
    if field == "recommendations":
        end = own_verb_end(text)
        return None if end is None else split(text[end:])
    m = _DIRECTED.match(text)
    if m is None:
        return None
    to, rest = split(text[m.end():])
    if to is None and (unit := addressee_units(rest)):
        to, rest = unit, rest[len(unit):].lstrip(" ,")
    return (to, rest) if to and len(rest.split()) >= 2 else None
