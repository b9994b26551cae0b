"""The Markdown brief's source line and difficulties list for one visit (tryout13, session 41).

A researcher citing a brief had no outlet, byline, day published or address for any visit, and the difficulties a
reviewer had added were not in it, though `surveys show` and the details give both. The parts are made here and
escaped by the brief's own escaper (`md`, passed in), so they read as literal text like the rest of the brief.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .days import day_text

SOURCE_ORDER = ("outlet", "author", "title", "published", "url")
"""As the details pane and `surveys show` give it: outlet · byline · headline · day published · address."""


def source_lines(record: dict[str, Any], words: dict[str, str], lang: str, md: Callable[[Any], str]) -> list[str]:
    """["", "Nguồn: Báo X · Nguyễn Văn A · … · 05/11/2025 · https://…"], or [] when the record names no source. The
    day published is written as the brief writes its other days (04/09/2025 in Vietnamese, ISO in English)."""
    source = record.get("source") or {}
    values = [day_text(str(source[key]), lang) if key == "published" else str(source[key])
              for key in SOURCE_ORDER if str(source.get(key) or "").strip()]
    if not values:
        return []
    return ["", f"{words['source']}: " + " · ".join(md(value) for value in values)]


def difficulty_lines(record: dict[str, Any], mine: Callable[[dict[str, Any]], bool], words: dict[str, str],
                     md: Callable[[Any], str]) -> list[str]:
    """The visit's difficulties under this locality (`mine`: those naming it or none), a list as the
    recommendations are; [] when there are none."""
    found = [d for d in record.get("difficulties") or [] if mine(d) and str(d.get("text") or "").strip()]
    if not found:
        return []
    return ["", f"**{words['difficulties']}**", ""] + [f"- {md(d['text'])}" for d in found]
