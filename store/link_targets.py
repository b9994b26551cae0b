"""Which earlier item a stored link decision points at now, after that visit's items were reordered, edited or one
deleted.

A decision (`repeats` in a later item, `store.item_links`) names the earlier item by its visit's id and its label
(r2, d1), and keeps the text that item had when the decision was made (`text`). A label alone moves with the list:
delete r1 and the old r2 becomes r1, while "r2" then names the old r3, so a dropped link would hide nothing that is
suggested and a confirmed one would show another item. The text tells: the decision holds where the label still has
that text, is found again at the item that has it (reordered, or one before it deleted), or at the item whose text
still reads alike (`store.repeats.similarity` ≥ `THRESHOLD`: edited), the label's own item first; otherwise the item
it was made on is gone and the decision applies to nothing. A decision stored before the text was kept (session 34,
first round) is read by its label, as it was then; `store.item_links.upgrade_decisions` adds the text to it.
Pure: the earlier visit's items come in as (label, text) pairs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .folding import fold
from .repeats import THRESHOLD, similarity


def same_text(first: str, second: str) -> bool:
    """The two texts alike but for case, marks (Hòa = Hoà) and spacing."""
    return " ".join(fold(first).split()) == " ".join(fold(second).split())


def resolve(decision: Mapping[str, Any], items: Sequence[tuple[str, str]]) -> str | None:
    """The label `decision` applies to among the earlier visit's `items` ((label, text), in the visit's order), or
    None: the item it was made on is no longer there."""
    label, text = str(decision.get("item", "")), decision.get("text")
    texts = dict(items)
    if not isinstance(text, str):  # made before the text was kept: the label, as it was read then
        return label if label in texts else None
    if label in texts and same_text(texts[label], text):
        return label
    for other, other_text in items:  # moved: reordered, or an item before it deleted
        if same_text(other_text, text):
            return other
    if label in texts and similarity(texts[label], text) >= THRESHOLD:  # edited where it was
        return label
    scored = [(similarity(other_text, text), other) for other, other_text in items]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, ""))  # the first of equals: the visit's order
    return best[1] if best[0] >= THRESHOLD else None
