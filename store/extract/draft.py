"""A draft record and where each of its values was read.

The record is in the published format and nothing else, so a complete draft
validates and imports like any other record. Provenance lives beside it:
for each field path ("date", "leader", "localities[1]", "figures[3]",
"recommendations[0]") the sentence of the article the value came from.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from ..reasons import Reason, from_json
from ..validation import validate

CHECKED_FIGURES = 300
"""Drafts with more figures than this are not checked before saving (`surveys check` still checks them)."""


@dataclass
class Draft:
    """What extraction made of one article."""

    record: dict[str, Any]
    provenance: dict[str, str] = field(default_factory=dict)
    """Field path → the sentence (or header line) the value was read from."""
    source_name: str | None = None
    """The file the article was read from, if any."""
    warnings: list[str] = field(default_factory=list)
    """What the reviewer should look at: no year, a unit that could not be placed, no leader found (`Reason`s;
    an older draft's plain strings)."""
    rules: dict[str, str] = field(default_factory=dict)
    """Field path → the rule that produced it ("do X ... làm Trưởng đoàn"), for the curious."""
    non_visit: str | None = None  # a `Reason`
    """Why the article does not look like a visit report (a plan, a directive, a ward's own meeting), or None."""
    certainty: dict[str, str] = field(default_factory=dict)
    """Field path → how sure the value is and why, as a `store.reasons.Reason` (said in either language
    with `say`); a draft written before reasons had codes holds its English words instead."""
    flags: dict[int, list[str]] = field(default_factory=dict)
    """Figure index → what the app's own `check` says is wrong with it, before it is saved."""

    def problems(self) -> list[str]:
        """What keeps the record from validating: an empty list means it can be imported as it is."""
        return [str(problem) for problem in validate(self.record)]

    @property
    def complete(self) -> bool:
        return not self.problems()

    def source_of(self, path: str) -> str | None:
        """The sentence behind `path`, or behind the nearest enclosing path ("figures[2].value" → "figures[2]")."""
        while path:
            if path in self.provenance:
                return self.provenance[path]
            trimmed = re.sub(r"(\.[^.\[\]]+|\[\d+\])$", "", path)
            if trimmed == path:
                break
            path = trimmed
        return None

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        """The record with its provenance, problems and warnings: what `surveys extract --with-provenance` prints.

        Reasons are written as `{"code", "params", "text"}`, the text in `lang` (English when none is given).
        """
        return {
            "file": self.source_name,
            "record": copy.deepcopy(self.record),
            "provenance": dict(self.provenance),
            "rules": dict(self.rules),
            "problems": self.problems(),
            "warnings": [_reason_json(warning, lang) for warning in self.warnings],
            "non_visit": _reason_json(self.non_visit, lang),
            "certainty": {path: _reason_json(said, lang) for path, said in self.certainty.items()},
            "flags": {str(index): list(messages) for index, messages in self.flags.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        """A draft `as_dict` wrote, by this version or an older one (whose reasons are plain strings)."""
        return cls(record=data["record"], provenance=dict(data.get("provenance", {})),
                   source_name=data.get("file"), warnings=[from_json(w) for w in data.get("warnings", [])],
                   rules=dict(data.get("rules", {})), non_visit=from_json(data.get("non_visit")),
                   certainty={path: from_json(said) for path, said in data.get("certainty", {}).items()},
                   flags={int(k): list(v) for k, v in data.get("flags", {}).items()})

    def refresh_flags(self, lang: str = "vi") -> dict[int, list[str]]:
        """Run the app's figure checks on the record as it stands now (after edits, too)."""
        from ..checks import check_record  # noqa: PLC0415

        flags: dict[int, list[str]] = {}
        if len(self.record.get("figures", [])) > CHECKED_FIGURES:
            self.flags = flags  # the checks compare figures pairwise; a real article has tens, not thousands
            return flags
        try:
            found = check_record(self.record, lang)
        except (KeyError, TypeError, ValueError):
            found = []  # a half-edited figure is checked once it is whole again
        for flag in found:
            flags.setdefault(flag.figure, []).append(flag.message)
        self.flags = flags
        return flags


def _reason_json(said: Any, lang: str | None) -> Any:
    """A reason as `{"code", "params", "text"}`; an older draft's plain string as it is."""
    return said.as_json(lang or "en") if isinstance(said, Reason) else said
