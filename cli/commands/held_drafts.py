"""Drafts `import --from-articles` held back because their visit is already stored.

They never reach the import itself (nothing of theirs is added as a record), so the import's own report would not
name them: "added 0 (of 0 read)" after reading an article is a report that hides what happened to it. This section
names each one, the stored visit it belongs to, and what became of what it adds (merged, or --merge to do
so), in text and in the JSON report alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..i18n import t


@dataclass(frozen=True)
class Held:
    """One article's draft held back: its file as the user gave it, the stored visit, why, and what it adds."""

    article: str
    stored_id: str
    reason: str
    adds: int
    merged: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def held_report(held: list[Held], dry_run: bool) -> str:
    """The text section after the import's report, empty when no draft was held back."""
    if not held:
        return ""
    would = "would_" if dry_run else ""
    lines = [t(f"cli.report.{would}held", count=len(held))]
    for item in held:
        if item.merged:
            outcome = t(f"cli.report.{would}held_merged", count=item.adds, id=item.stored_id)
        elif item.adds:
            outcome = t("cli.report.held_adds", count=item.adds)
        else:
            outcome = ""
        lines.append(f"  {item.article}: {item.reason}" + (f"; {outcome}" if outcome else ""))
    return "\n".join(lines) + "\n"
