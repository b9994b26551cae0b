"""What the review screen says beside a value: how sure the draft is of it, and what `check` would flag.

Kept apart from the screen (which holds the flow) so that the wording is in
one place. All text is plain `Text`, never markup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Static

from store.extract import Draft
from store.extract.leaders import OVERSEEING_OFFICER
from store.folding import fold
from store.reasons import Reason
from store.validation import Problem, validate

from ..i18n import Translator
from ..i18n_errors import explain, field_named
from ..safe import visible
from .review_values import place_line

if TYPE_CHECKING:
    from .import_articles import AlreadyStored

PROVINCES_SHOWN = 6
"""Provinces named in a same-name warning; more are cut with "…" (a common commune name is in a dozen)."""


SAID_AS_PROBLEMS = {"warn.no_date": "date", "warn.no_leader": "leader", "warn.no_localities": "localities"}
"""The draft's warnings that a missing field's problem says already ("Date: required field is missing")."""


def notices(draft: Draft, t: Translator, already: AlreadyStored | None = None,
            settled: frozenset[str] = frozenset()) -> Text:
    """The top of the screen: that the store has the draft already and what saving will do (before the reader
    reviews it all), what keeps the draft from validating, why it may be no visit, what to check; less the warnings
    the reviewer has `settled` (`review_guess`: a year typed over a guessed one)."""
    text = Text()
    if already is not None:
        stored = "review.stored_replace" if already.replace else "review.stored_skip"
        text.append(visible(t(stored, id=already.id)) + "\n", style="bold yellow")
    invalid = validate(draft.record)
    problems = problem_lines(invalid, t)
    if draft.non_visit:  # first, with what to do: under "fix before saving" a plan's reader had set about dating it
        text.append(visible(t("review.not_a_visit", reason=said_in(draft.non_visit, t))) + "\n", style="bold red")
        text.append(t("review.not_a_visit_keys") + "\n", style="bold")
    if problems:
        text.append(t("review.problems") + " ", style="bold")
        text.append(visible("; ".join(problems)) + "\n", style="red")
    said = {code for code, path in SAID_AS_PROBLEMS.items() if any(problem.path == path for problem in invalid)}
    said |= ({"warn.not_a_visit"} if draft.non_visit else set()) | settled
    warnings = [warning for warning in draft.warnings if getattr(warning, "code", None) not in said]
    if warnings:  # less what the lines above said: a non-visit's notes had said its reason twice, a missing date too
        text.append(t("review.warnings") + " ", style="bold")
        text.append(visible("; ".join(said_in(warning, t) for warning in warnings)), style="yellow")
    text.rstrip()
    return text


_PLACEHOLDER = re.compile(r"<([a-z]+(?: [a-z]+)?)>")


def notices_line(draft: Draft, t: Translator, already: AlreadyStored | None = None) -> Static:
    """The screen's line of `notices`, hidden from the start when there is none to say (it had been computed a
    second time in the screen's `on_mount` to hide it there)."""
    said = notices(draft, t, already)
    line = Static(said, id="review-notices")
    line.display = bool(said.plain)
    return line


def rule_text(rule: str, t: Translator) -> str:
    """The extractor's rule, a pattern of the Vietnamese it matched ("do X, <many titles>, làm Trưởng đoàn"),
    with its placeholders in the screen's language; X and Y stand for people in both."""
    words = t.words("rule")
    if rule == OVERSEEING_OFFICER:  # the one rule written as words, not as the Vietnamese it matched
        return words["overseeing_officer"]
    return _PLACEHOLDER.sub(lambda found: "<" + words.get(found[1].replace(" ", "_"), found[1]) + ">", rule)


def problem_lines(problems: list[Problem], t: Translator) -> list[str]:
    """What keeps a record from validating, in `t`'s language: "leader: required field is missing" →
    "Trưởng đoàn: thiếu trường bắt buộc" (a field by the name the screen gives it, the reason from the catalog)."""
    return [f"{field_named(problem.path, t)}: {explain(problem.message, t)}" if problem.path
            else explain(problem.message, t) for problem in problems]


def certainty_text(draft: Draft, path: str | None, t: Translator, shown: str | None = None) -> Text | None:
    """How sure the draft is of the value at `path` and why: an inferred year, a bound, a same-name ward. None when
    it says no more than the certainty `shown` below it (the date's "Certainty: stated" over a "stated" choice)."""
    said = draft.certainty.get(path) if path else None
    if not said or (shown and said_in(said, t) == t(f"certainty.{shown}")):
        return None
    return Text(f"{t('review.certainty')}: {visible(said_in(said, t))}", style="yellow")


_SAID = (
    (re.compile(r"^(?P<word>[^:]+): the article gives a bound or an approximation$"), "review.said_bound"),
    (re.compile(r"^(?P<name>.+) is also a unit in (?P<others>.+); (?P<chosen>.+) chosen by no province named in the "
                r"article: UNSURE$"), "review.said_unsure"),
    (re.compile(r"^(?P<name>.+) is also a unit in (?P<others>.+); (?P<chosen>.+) chosen by the province, old "
                r"district or outlet the article names$"), "review.said_chosen"),
)
"""The English reasons older drafts hold (from before reasons had codes) in the screen's language."""


def said_in(reason: str, t: Translator) -> str:
    """A reason of the draft (certainty, warning, why no visit) in `t`'s language.

    The extractor's reasons are coded (`store.reasons`) and said from the catalog; a draft written
    before that holds English words, translated when they are one of the known shapes and shown as they are
    otherwise.
    """
    if isinstance(reason, Reason):
        return reason.said(t.lang)
    for pattern, key in _SAID:
        found = pattern.match(reason)
        if found:
            return t(key, **found.groupdict())
    code, colon, why = reason.partition(": ")
    if colon and code in _DATE_CERTAINTY:  # a date's reason opens with its certainty code: "inferred: …"
        return f"{t('certainty.' + code)}: {why}"
    return reason


_DATE_CERTAINTY = ("stated", "publication", "inferred")
"""The codes of `date_certainty`; each has its words in the catalog (`certainty.<code>`)."""


def flag_line(messages: list[str], t: Translator) -> Text:
    """What `check` would say about one figure as it now stands; empty when nothing."""
    if not messages:
        return Text()
    return Text(f"{t('review.flag')}: {visible('; '.join(messages))}", style="bold red")


def check_lines(record: dict[str, Any], lang: str) -> str:
    """What `surveys check` would flag in `record`, one line per figure; empty when nothing."""
    probe, t = Draft(record), Translator(lang)
    # "Số liệu 2", counted from 1 as the screen lists them: a reviewer never sees the record's "figures[1]"
    return "\n".join(f"{t('review.figure_n', n=t.number(index + 1))} "
                     f"{visible(record['figures'][index].get('label', ''))}: {visible('; '.join(messages))}"
                     for index, messages in sorted(probe.refresh_flags(lang).items()))


def place_text(t: Translator, locality: dict[str, Any] | None, elsewhere: list[str], province: str) -> Text:
    """What a locality row as typed resolves to today, and the warning when its name is not unique."""
    shown = ", ".join(elsewhere[:PROVINCES_SHOWN]) + (" …" if len(elsewhere) > PROVINCES_SHOWN else "")
    if locality is None:
        if province and any(fold(province) in fold(name) or fold(name) in fold(province) for name in elsewhere):
            key = "review.place_give_district"  # several units of that name in the province given
        elif province and elsewhere:
            key = "review.place_not_in"
        else:
            key = "review.place_ambiguous" if len(elsewhere) > 1 else "review.place_unknown"
        return Text("⚠ " + t(key, provinces=visible(shown), province=visible(province)), style="bold yellow")
    text = Text("→ " + visible(place_line(locality)), style="dim")
    if elsewhere:
        key = "review.place_also" if province else "review.place_unsure"
        text.append("\n⚠ " + t(key, provinces=visible(shown)), style="yellow")
    return text
