"""When two records are the same visit.

The same `id` is the same record. A different id with the same date, the
same localities and the same body (after folding) is probably the same visit
typed in twice, by another office or from another article.
"""

from __future__ import annotations

from typing import Any

from .folding import fold


def visit_key(record: dict[str, Any]) -> tuple[str, tuple[str, ...], str]:
    places = tuple(sorted(_place_key(locality) for locality in record.get("localities", [])))
    return (record.get("date", ""), places, fold(record.get("body", "")))


def _place_key(locality: dict[str, Any]) -> str:
    ward = locality.get("ward")
    if ward:
        return f"ward:{ward['code']}"
    return f"{locality.get('province', {}).get('code')}:{fold(locality.get('name', ''))}"
