"""A later ask of a list opened by its own request verb: the verb is the locality's, not part of what is asked.

"Xã kiến nghị tỉnh bố trí ...; kiến nghị bổ sung ...; đề nghị Sở Nội vụ ...": the list's first verb and addressee
are taken off before the list is cut (`items`), so the first ask reads "Bố trí ..." asked of the province, while the
later ones kept their own verb at their head ("Kiến nghị bổ sung ...", "Đề nghị Sở Nội vụ ..." still asked of the
province: a tryout of session 33). Each ask reads without the verb; a department named after it is whom it asks.
"""

from __future__ import annotations

import re

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
