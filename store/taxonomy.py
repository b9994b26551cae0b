"""Canonical topics and metrics, with labels in two languages and the aliases reports use.

Reports say "CCHC", "cải cách hành chính" or "cải cách nền hành chính" for
one topic; records store one id so filters and facets count them together.

The same file lists the domain's abbreviations ("TTHC" = "thủ tục hành
chính", "UBND", "TP.HCM" = "Hồ Chí Minh"...): free-text search looks for a
term in every spelling (`Taxonomy.text_variants`), both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .folding import fold
from .resources import load_json


@dataclass(frozen=True)
class Term:
    id: str
    vi: str
    en: str
    aliases: tuple[str, ...]

    def label(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


class Taxonomy:
    def __init__(self, raw: dict) -> None:
        self.topics = {t["id"]: _term(t) for t in raw["topics"]}
        self.metrics = {m["id"]: _term(m) for m in raw["metrics"]}
        self.metric_counts = {m["id"]: frozenset(fold(noun) for noun in m.get("counts", ())) for m in raw["metrics"]}
        """Per metric, the folded nouns it counts ("ho so", "tthc"); none: it counts any (`store.metric_nouns`)."""
        self.other_counts = frozenset(fold(noun) for noun in raw.get("other_counts", ()))
        """Folded nouns no metric counts ("vu viec", "kien nghi"): a figure of them has no metric."""
        self._topic_keys = _keys(self.topics)
        self._metric_keys = _keys(self.metrics)
        self.abbreviations = tuple(tuple(group) for group in raw.get("abbreviations", ()))
        """Groups of spellings of one thing, the short form first."""
        self.departments = tuple(tuple(group) for group in raw.get("departments", ()))
        """Groups of spellings of a department's field ("GD&ĐT", "KH & ĐT", "giáo dục và đào tạo"), the short
        form first: read by `to:` with the abbreviations (`addressee_variants`), not by free text, whose index
        keeps every spaced form of its table as a phrase tested on each record it indexes (these tripled them)."""
        self._text = Spellings(self.abbreviations)
        self._addressee = Spellings((*self.abbreviations, *self.departments))

    def text_variants(self, text: str, limit: int = 32) -> tuple[str, ...]:
        """Folded `text` and the same with each abbreviation in it spelt every other way, the text first.

        "tthc" → ("tthc", "thu tuc hanh chinh"); "ubnd tp" → four variants.
        Only whole words are replaced: "tp" in "tphcm" is part of another form.
        """
        return self._text.variants(text, limit)

    def addressee_variants(self, text: str, limit: int = 64) -> tuple[str, ...]:
        """As `text_variants`, with the departments' spellings too: "Sở GD-ĐT" is also "so giao duc va dao tao"."""
        return self._addressee.variants(text, limit)

    def addressee_canonical(self, text: str) -> str:
        """Folded `text` with each abbreviation and department's field in its group's first (short) form."""
        return self._addressee.canonical(text)

    def topic_id(self, text: str) -> str | None:
        """The canonical id for an id, label or alias in any case or accents."""
        return self._topic_keys.get(fold(text))

    def metric_id(self, text: str) -> str | None:
        return self._metric_keys.get(fold(text))

    def topic_label(self, topic_id: str, lang: str = "vi") -> str:
        term = self.topics.get(topic_id)
        return term.label(lang) if term else topic_id

    def metric_label(self, metric_id: str, lang: str = "vi") -> str:
        term = self.metrics.get(metric_id)
        return term.label(lang) if term else metric_id

    def find_topics(self, text: str) -> list[str]:
        """Topic ids whose aliases occur in `text`, in taxonomy order."""
        folded = f" {fold(text)} "
        return [
            term.id for term in self.topics.values()
            if any(f" {fold(alias)} " in folded or (len(alias) > 4 and fold(alias) in folded) for alias in term.aliases)
        ]


class Spellings:
    """A table of groups of spellings, each form read as every other of its group where it is a whole word."""

    def __init__(self, groups: tuple[tuple[str, ...], ...]) -> None:
        self._spellings: dict[str, tuple[str, ...]] = {}
        for group in groups:
            folded = tuple(dict.fromkeys(fold(form) for form in group))
            for form in folded:
                self._spellings[form] = folded
        forms = sorted(self._spellings, key=len, reverse=True)  # the longest spelling wins where two overlap
        self._spelling_re = re.compile(
            r"(?<![0-9a-z])(?:" + "|".join(map(re.escape, forms)) + r")(?![0-9a-z])") if forms else None

    def canonical(self, text: str) -> str:
        """Folded `text` with each form in it written as its group's first: one text for every spelling."""
        folded = fold(text)
        if self._spelling_re is None:
            return folded
        return self._spelling_re.sub(lambda match: self._spellings[match[0]][0], folded)

    def variants(self, text: str, limit: int) -> tuple[str, ...]:
        """Folded `text` first, then the same with its forms spelt every other way (at most `limit` in all)."""
        folded = fold(text)
        if self._spelling_re is None:
            return (folded,)
        pieces: list[tuple[str, ...]] = []
        position = 0
        for match in self._spelling_re.finditer(folded):
            pieces += [(folded[position:match.start()],), self._spellings[match[0]]]
            position = match.end()
        pieces.append((folded[position:],))
        variants = dict.fromkeys([folded])
        for combination in product(*pieces):
            variants.setdefault("".join(combination))
            if len(variants) >= limit:
                break
        return tuple(variants)


def _term(raw: dict) -> Term:
    return Term(raw["id"], raw["vi"], raw["en"], tuple(raw.get("aliases", ())))


def _keys(terms: dict[str, Term]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for term in terms.values():
        for text in (term.id, term.vi, term.en, *term.aliases):
            keys.setdefault(fold(text), term.id)
    return keys


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return Taxonomy(load_json("taxonomy.json"))
