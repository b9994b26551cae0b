"""Why the extractor is or is not sure of a value: a code with parameters, said in the reader's language.

In the domain (it needs nothing but the catalog) so that a stored record's reasons can be said without
loading the extractor: the details pane draws them on the first screen.

The extractor writes no sentence of explanation itself. Each reason (how a
date's year was settled, why a figure is a bound, why a ward was chosen among
namesakes, why an article is no visit report, what the reviewer must check)
is a `Reason`: a code, its parameters, and the words for it in the one
catalog (`data/messages.json`, key `reason.<code>`). `say(reason, lang)`
puts it in Vietnamese or English for the review screen and `surveys extract`.

A `Reason` is also a `str` holding its English words, so code and drafts that
treat reasons as text (`"plan" in draft.non_visit`, orjson, f-strings) still
work. A parameter may itself be a reason (the year's evidence inside the
date's note), a list of reasons or texts, or a `{lang: text}` mapping for text
the extractor already has in both languages (what `check` says of a figure).

Drafts written before reasons had codes hold plain English or Vietnamese
strings; `say` shows such a string as it is, and `from_json` reads both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import catalog

PREFIX = "reason."
"""Catalog keys of reasons: `reason.<code>`."""


class Reason(str):
    """A reason's code and parameters; as a `str`, its English words."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, params: Mapping[str, Any] | None = None) -> Reason:
        given = dict(params or {})
        made = super().__new__(cls, _render(code, given, "en"))
        made.code, made.params = code, given
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copy.deepcopy and pickle keep the code, not only the words
        return (Reason, (self.code, self.params))

    def said(self, lang: str) -> str:
        return _render(self.code, self.params, lang)

    def as_json(self, lang: str | None = None) -> dict[str, Any]:
        """`{"code", "params"}` (nested reasons the same), with `text` in `lang` when one is given."""
        out: dict[str, Any] = {"code": self.code, "params": {key: _json(value) for key, value in self.params.items()}}
        if lang:
            out["text"] = self.said(lang)
        return out


def reason(code: str, **params: Any) -> Reason:
    """`reason("figure.bound", word="hơn")`: a reason whose words are the catalog's `reason.figure.bound`."""
    return Reason(code, params)


def say(value: Any, lang: str) -> str:
    """A reason (or a draft's older plain string, shown as it is) in `lang`."""
    if isinstance(value, Reason):
        return value.said(lang)
    if isinstance(value, list):
        return "; ".join(say(item, lang) for item in value)
    return "" if value is None else str(value)


def from_json(value: Any) -> Any:
    """What `Reason.as_json` wrote, as a `Reason` again; a plain string (an older draft's) stays a string."""
    if isinstance(value, dict) and isinstance(value.get("code"), str):
        params = value.get("params")
        given = params if isinstance(params, dict) else {}
        return Reason(value["code"], {key: _from_param(item) for key, item in given.items()})
    return value if isinstance(value, str) or value is None else str(value)


def _from_param(value: Any) -> Any:
    if isinstance(value, list):
        return [_from_param(item) for item in value]
    if isinstance(value, dict) and "code" in value:
        return from_json(value)
    return value


def _json(value: Any) -> Any:
    if isinstance(value, Reason):
        return value.as_json()
    if isinstance(value, list):
        return [_json(item) for item in value]
    return value


def _render(code: str, params: Mapping[str, Any], lang: str) -> str:
    key = PREFIX + code
    if key not in catalog.catalog():  # a code newer than this catalog: its code and parameters, not nothing
        shown = ", ".join(f"{name}={_param(value, lang)}" for name, value in params.items())
        return f"{code}({shown})" if shown else code
    return catalog.text(key, lang, **{name: _param(value, lang) for name, value in params.items()})


def _param(value: Any, lang: str) -> str:
    if isinstance(value, Reason):
        return value.said(lang)
    if isinstance(value, list):
        return (" " if value and all(isinstance(item, Reason) for item in value) else ", ").join(
            _param(item, lang) for item in value)
    if isinstance(value, Mapping):  # text the extractor has in each language
        return str(value.get(catalog.language(lang), next(iter(value.values()), "")))
    return str(value)


def flagged(draft: Any) -> list[Reason]:
    """One warning per figure `check` would flag in `draft`, with what it says in every language.

    The Vietnamese flags are computed last, so `draft.flags` holds them as before.
    """
    said = {lang: draft.refresh_flags(lang) for lang in reversed(catalog.LANGS)}
    return [reason("warn.flagged", path=f"figures[{index}]",
                   messages={lang: "; ".join(said[lang].get(index, [])) for lang in catalog.LANGS})
            for index in sorted(said[catalog.LANGS[0]])]
