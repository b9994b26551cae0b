"""A kind named right before its count, opening on the count's own unit word: the kind is what is counted.

"người có công 45 người", "hộ được vay vốn ưu đãi 45 hộ", "Toàn xã hiện có người có công với cách mạng 63 người":
the words before the number are the kind, and the unit after it only repeats the kind's first word. The label rules
read a bare noun phrase before a count only when it holds no "có", "được" or verb (`_item_before`), so these counts
were labelled with the bare unit ("Người", "Hộ"), and a payout told to such a kind ("đã chi hỗ trợ cho hộ cận nghèo
90 hộ") lost the kind once its verb phrase grew past six words ("Hộ được chi hỗ trợ"), so that a running total's
repeat of the part "hộ cận nghèo 90 hộ" could not be told alike (`figure_restated.running_total_repeats`,
session 37's left open). Here the kind is found in the clause before the number, and what comes before it says how:

- nothing (a list item, a clause of its own): the kind alone ("Người có công");
- "có" after a place ("Toàn xã hiện có"): the kind alone, as the place's own;
- "cho" after a verb ("chi hỗ trợ cho"): the kind that received it ("Hộ cận nghèo được chi hỗ trợ");
- a verb right before the kind ("đã hỗ trợ hộ nghèo 27 hộ"): the kind and the verb ("Hộ nghèo được hỗ trợ").

Not read: a kind of another unit word ("hộ nghèo 70 người": "Người hộ nghèo" is the house's), a kind said with "là",
"có", "đạt" before the number (`_named_before` reads those), a clause holding a number, a kind of a place ("của xã",
"tại", "ở"), a kind longer than the label may be.
"""

from __future__ import annotations

import re

from .figure_label_words import _BOUNDS, _DANGLING, _VERB, _clause_before, _predicate

__all__ = ["own_kind"]

_MOST = 10
"""Words a label may have (`figure_labels.degenerate` counts more as long)."""
_SAID_ENDS = re.compile(r"(?:^|\s)(?:là|có|gồm|đạt|lên|tới|với|của|và|số|tổng|cộng|còn|chỉ|khoảng)$", re.IGNORECASE)
"""A clause ending so says the kind with the number's own verb (`_named_before`), or is cut off: no kind here."""
_OF_A_PLACE = re.compile(r"(?<![\wÀ-ỹ])(?:của|tại|ở|trên địa bàn|thuộc)(?![\wÀ-ỹ])", re.IGNORECASE)
_PLACE_HAS = re.compile(r"^(?:(?:toàn|cả|các)\s+)?[^\d,;:]{0,40}?\s(?:hiện\s+|đang\s+|còn\s+)?có$", re.IGNORECASE)
"""A place that has the kind: "toàn xã hiện có", "xã đang có" (no verb of the label verbs before "có")."""


def own_kind(text: str, start: int, written: str) -> tuple[str, str, bool] | None:
    """(kind, predicate, passive) for a count at `start` whose clause before names its kind on its own unit word
    `written` (module docstring); the caller joins them as it joins a count and its verb. None when there is none."""
    clause = re.sub(rf"(?:^|\s)(?:{_BOUNDS})\s*$", "", _clause_before(text, start).strip(), flags=re.IGNORECASE)
    if not clause or re.search(r"\d", clause) or _SAID_ENDS.search(clause):
        return None
    unit = re.search(rf"(?:^|\s)(?:(?:các|những)\s+)?({re.escape(written)}(?![\wÀ-ỹ]).*)$", clause, re.IGNORECASE)
    if unit is None:
        return None
    kind, head = unit[1].strip(), clause[:unit.start()].strip()
    kind = re.sub(r"\s(?:đã|đều|cũng|vẫn|hiện)\s", " ", kind)  # "hộ dân đã được sửa chữa nhà": the state, not when
    if len(kind.split()) <= len(written.split()) or len(kind.split()) > _MOST - 2 or _OF_A_PLACE.search(kind) or \
            _DANGLING.sub("", " " + kind).strip() != kind:
        return None
    if not head:
        return kind, "", False
    if _PLACE_HAS.match(head) and not _VERB.search(head):
        return kind, "", False
    at = text.lower().rfind(kind.lower(), 0, start)
    if at < 0:
        return None
    verbs = list(_VERB.finditer(head))
    given = re.search(r"\scho$", " " + head, re.IGNORECASE)
    if not given and not (verbs and verbs[-1].end() == len(head)):
        return None
    # after "cho" the verb phrase read up to the number, its "cho ..." cut ("chi hỗ trợ cho hộ cận nghèo": "chi hỗ
    # trợ", where the verb read before the kind would be its last verb only, "hỗ trợ"); else the verb before the kind
    predicate = re.sub(r"\s+cho(?:\s.*)?$", "", _predicate(text, start)[0]) if given else _predicate(text, at)[0]
    if not predicate or len(f"{kind} được {predicate}".split()) > _MOST:
        return None
    return kind, predicate, bool(given)
