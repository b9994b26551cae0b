"""Who made a recommendation or gave a direction follows the leader's and the localities' corrections in review.

A direction's `by` is the leader as the extractor read him ("Lê Văn Thạnh"), a recommendation's `by` the unit that
made it ("UBND phường Kiến Tường"). The review screen shows neither (a row is its text and its addressee), so a
reviewer who corrected the leader to "Lê Văn Thành", or the locality to "phường Tân An", saved a record whose
directions were still Lê Văn Thạnh's and whose recommendation was still Kiến Tường's, and the Markdown brief and
the CSV said so (a tryout of session 32) with no field in which to put it right. As a figure's place follows its
locality renamed in the row (`review_form.read_record`), a `by` that is the draft's leader, or that ends with a
renamed locality's name, follows the correction. A `by` naming anyone else stays.

Drafts only: a stored survey corrected with `r` (`review_correct`) keeps its items as stored, since rewriting them
would make its recommendations and directions a value the reviewer changed, and a follow-up saved meanwhile by
someone else would then be a conflict over a list the reviewer never touched.
"""

from __future__ import annotations

from typing import Any

CARRIED = ("recommendations", "directions")
"""The lists whose items name who made or gave them (`by`)."""


def carry_names(record: dict[str, Any], draft: dict[str, Any], renamed: dict[str, str]) -> None:
    """Rewrite, in `record` as read from the screen, each item's `by` that names the `draft`'s leader or a locality
    `renamed` (the draft's name → the row's now) with the corrected name."""
    was = ((draft.get("leader") or {}).get("name") or "").strip()
    now = ((record.get("leader") or {}).get("name") or "").strip()
    renamed = {old: new for old, new in renamed.items() if old and new and old != new}
    for name in CARRIED:
        for item in record.get(name) or []:
            by = item.get("by")
            if not isinstance(by, str):
                continue
            if was and now and was != now and by.strip() == was:
                item["by"] = now
                continue
            for old, new in renamed.items():
                if by == old or by.endswith(" " + old):  # "UBND phường Kiến Tường", never "phường Kiến Tường 2"
                    item["by"] = by[: len(by) - len(old)] + new
                    break


def renamed_places(rows: list[dict[str, Any]]) -> dict[str, str]:
    """The draft's locality names the reviewer renamed in their rows, each with the name it now has."""
    return {row["original"]["name"]: row["item"]["name"] for row in rows
            if row.get("original") and row.get("item") and row["original"].get("name") and row["item"].get("name")}
