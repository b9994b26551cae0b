"""A person's word on a suggested repeat link: confirmed or dropped, kept in the later item.

Split from `store.item_links`, which finds the candidates; this module writes the decisions. A decision is stored
in the later item (`repeats`: `{"survey", "item", "decision", "text"}`, `data/schema.json`) through
`Repository.update`, so every backend keeps it, and it keeps the earlier item's text so that it follows that item
when its visit's items are reordered or edited (`store.link_targets.resolve`). Decisions stored before the text
was kept get it from `upgrade_decisions` or from the next decision on their item.
"""

from __future__ import annotations

import copy
from typing import Any, Final

from .followup import ITEM_FIELDS, FollowUpError, ItemRef, get_item, item_label, parse_item_label
from .item_links import texts_of
from .link_targets import same_text
from .repository import Record, RecordNotFound, Repository
from .validation import validate

DECISIONS: Final = ("confirmed", "dropped")


def decide(record: Record, ref: ItemRef, earlier: tuple[str, str], decision: str | None,
           text: str | None = None) -> Record:
    """A copy of `record` whose item `ref` holds `decision` on its link to `earlier` (survey id, label), whose text
    is `text` (kept with it, so that the decision follows the item); None takes the decision back. A decision on
    that item stored before (by its label, or by the same text at another label) is replaced. Validated, as
    `store.followup.edit_item` is."""
    if decision is not None and decision not in DECISIONS:
        raise FollowUpError(f"decision: {decision!r} is not one of {', '.join(DECISIONS)}")
    survey, label = earlier[0], item_label(parse_item_label(earlier[1]))
    if survey == record.get("id"):
        raise FollowUpError("an item cannot repeat an item of its own visit")
    edited = copy.deepcopy(record)
    item = get_item(edited, ref)
    def same(d: dict[str, Any]) -> bool:  # by its text when both have one (the label may name another item now)
        if d["survey"] != survey:
            return False
        if text is not None and isinstance(d.get("text"), str):
            return same_text(d["text"], text)
        return bool(d["item"] == label)

    kept = [d for d in item.get("repeats") or [] if not same(d)]
    if decision is not None:
        kept.append({"survey": survey, "item": label, "decision": decision, **({"text": text} if text else {})})
    if kept:
        item["repeats"] = kept
    else:
        item.pop("repeats", None)
    problems = validate(edited)
    if problems:
        raise FollowUpError("; ".join(str(problem) for problem in problems))
    return edited


def save_decision(repository: Repository, record_id: str, ref: ItemRef, earlier: tuple[str, str],
                  decision: str | None) -> Record:
    """`decide` on the record as stored now, in one atomic update; returns what was stored. The earlier item must
    be stored and of an earlier visit (a link is never to the item itself or to a later one); taking a decision
    back (None) asks nothing of it, so a link to a visit deleted since can still be forgotten."""
    stored: Record | None = repository.get(earlier[0])
    text: str | None = None
    if decision is not None and stored is None:
        raise FollowUpError(str(RecordNotFound(earlier[0])))
    if stored is not None:
        try:
            text = str(get_item(stored, parse_item_label(earlier[1])).get("text", ""))
        except FollowUpError:
            if decision is not None:
                raise  # no such item
    if decision is None:
        stored = None  # taking back asks nothing of the earlier visit's day
    texts = _legacy_texts(repository, repository.get(record_id), ref)  # read before the write, outside its lock

    def change(current: Record) -> Record:
        if stored is not None and not str(stored.get("date", "")) < str(current.get("date", "")):
            raise FollowUpError(f"{earlier[0]} is not an earlier visit than {record_id}")
        return _with_texts(decide(current, ref, earlier, decision, text), ref, texts)

    try:
        return repository.update(record_id, change)
    except RecordNotFound as error:
        raise FollowUpError(str(error)) from None



def _legacy_texts(repository: Repository, record: Record | None, ref: ItemRef) -> dict[str, dict[str, str]]:
    """survey → {label: text} of the earlier visits the decisions of `record`'s item `ref` stored without a text
    name (none when all have one)."""
    try:
        decisions = get_item(record, ref).get("repeats") or [] if record is not None else []
    except FollowUpError:
        return {}
    found: dict[str, dict[str, str]] = {}
    for survey in {str(d["survey"]) for d in decisions if not isinstance(d.get("text"), str)}:
        earlier = repository.get(survey)
        if earlier is not None:
            found[survey] = dict(texts_of(earlier))
    return found


def _with_texts(record: Record, ref: ItemRef, texts: dict[str, dict[str, str]]) -> Record:
    """`record` with the text added to the decisions of its item `ref` stored without it (made the old way), the
    text of the item their label names now (`texts`: survey → label → text): from then on they follow that item."""
    for decision in get_item(record, ref).get("repeats") or []:
        text = texts.get(str(decision["survey"]), {}).get(str(decision["item"]))
        if not isinstance(decision.get("text"), str) and text is not None:
            decision["text"] = text
    return record


def upgrade_decisions(repository: Repository) -> int:
    """Every decision stored without the earlier item's text given it (the upgrade of a store whose decisions were
    made by label alone, session 34's first round); returns how many items were written. Run once
    (`scripts/upgrade_link_decisions.py STORE`): after it, the decisions follow their items when the earlier
    visits' items are reordered, edited or deleted."""
    written = 0
    for record in list(repository.records()):
        for ref in [(field, index) for field in ITEM_FIELDS for index in range(len(record.get(field) or []))]:
            texts = _legacy_texts(repository, record, ref)
            if texts:
                def change(current: Record, ref: ItemRef = ref, texts: dict[str, dict[str, str]] = texts) -> Record:
                    return _with_texts(copy.deepcopy(current), ref, texts)

                repository.update(str(record["id"]), change)
                written += 1
    return written
