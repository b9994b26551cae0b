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

from ..validation import validate


@dataclass
class Draft:
    """What extraction made of one article."""

    record: dict[str, Any]
    provenance: dict[str, str] = field(default_factory=dict)
    """Field path → the sentence (or header line) the value was read from."""
    source_name: str | None = None
    """The file the article was read from, if any."""
    warnings: list[str] = field(default_factory=list)
    """What the reviewer should look at: no year, a unit that could not be placed, no leader found."""
    rules: dict[str, str] = field(default_factory=dict)
    """Field path → the rule that produced it ("do X ... làm Trưởng đoàn"), for the curious."""

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

    def as_dict(self) -> dict[str, Any]:
        """The record with its provenance, problems and warnings: what `surveys extract --with-provenance` prints."""
        return {
            "file": self.source_name,
            "record": copy.deepcopy(self.record),
            "provenance": dict(self.provenance),
            "rules": dict(self.rules),
            "problems": self.problems(),
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        return cls(record=data["record"], provenance=dict(data.get("provenance", {})),
                   source_name=data.get("file"), warnings=list(data.get("warnings", [])),
                   rules=dict(data.get("rules", {})))
