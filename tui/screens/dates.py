"""The date-range dialog (`d`): `2025`, `2025-07..2025-09`, `since 1/7/2025`, `until 2023`, and a day without its
year, `22/10`, which is that day in every year (`store.dates.Yearly`); a period written with a dash as the program
writes one, `1/7–6/9/2025`, is written `1/7..6/9/2025` (`store.dates.dashed_period`).

Its example is in the reader's form of a date, as the list shows days: `07/2025..09/2025` in Vietnamese (day
and month first, the way every Vietnamese form writes them), ISO in English; both forms are read in both.

What is typed becomes one filter clause (year:, date:, since: or until:),
checked by the same parser the filter bar uses; a bad range is explained in
the dialog, which stays open so the user can fix it.
"""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from store.dates import DATE_FORMS, DateError, dashed_period
from store.folding import fold
from store.query import Clause, Filter, QueryError, with_forms

from ..dialog_keys import DATES_KEYS, bind_table, show_keys
from ..i18n import Translator
from ..i18n_errors import explain
from ..safe import visible
from ..widgets.key_hint import KeyHint
from ..widgets.ordered_input import OrderedInput
from .typeahead import TypeAhead

_SINCE = ("since ", "from ", "tu ")
_UNTIL = ("until ", "to ", "den ")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = (r"(?P<name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_NAMED = (
    re.compile(rf"(?:(?P<day>\d{{1,2}}) )?{_MONTH},? (?P<year>\d{{4}})", re.IGNORECASE),  # May 2023, 16 May 2023
    re.compile(rf"{_MONTH} (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})", re.IGNORECASE),  # May 16, 2023
    re.compile(r"(?:ngay (?P<day>\d{1,2}) )?thang (?P<month>\d{1,2})(?: nam |/)(?P<year>\d{4})"),  # tháng 5/2023
)


def numeric_dates(text: str) -> str:
    """Month names as numbers, the way the filter reads dates: "May 2023" → "5/2023",
    "16 May 2023" → "16/5/2023", "tháng 5 năm 2023" → "5/2023". Other text is left as it is."""
    folded = fold(text)
    for pattern in _NAMED:
        source = text if pattern.flags & re.IGNORECASE else folded

        def numeric(found: re.Match[str]) -> str:
            groups = found.groupdict()
            month = groups.get("month") or str(1 + next(i for i, name in enumerate(_MONTHS)
                                                         if name.startswith(groups["name"].lower()[:3])))
            return (f"{groups['day']}/" if groups.get("day") else "") + f"{month}/{groups['year']}"

        changed = pattern.sub(numeric, source)
        if changed != source:
            return changed
    return text


def date_clause(text: str) -> Clause:
    """The clause a typed range stands for; raises QueryError with the reason."""
    cleaned = " ".join(numeric_dates(" ".join(text.split())).split())
    folded = fold(cleaned)
    for words, field in ((_SINCE, "since"), (_UNTIL, "until")):
        for word in words:
            if folded.startswith(word):
                return _checked(Clause(field, cleaned[len(word):].strip()))
    if re.fullmatch(r"\d{4}", cleaned):
        return _checked(Clause("year", cleaned))
    return _checked(Clause("date", dashed_period(cleaned) or cleaned))  # "1/7–6/9/2025": the filter's `..`


def _checked(clause: Clause) -> Clause:
    if not clause.value:
        raise QueryError(f"{clause.field}: needs a date; write {DATE_FORMS}")
    try:
        clause.span()
    except DateError as error:
        raise QueryError(with_forms(error)) from None
    parsed = Filter.parse(clause.render()).clauses
    if parsed != (clause,):
        raise QueryError(f"cannot write {clause.value!r} as a filter")
    return clause


class DatesScreen(TypeAhead, ModalScreen[Clause | None]):
    INPUT_ID = "dates-input"
    KEY_TABLE = DATES_KEYS
    """Its keys: bound from it, listed by F1 and offered by the palette (`tui.dialog_keys`)."""

    def __init__(self, t: Translator, current: str = "") -> None:
        super().__init__(classes="dialog")
        self.t = t
        self.current = current
        bind_table(self, self.KEY_TABLE, t)

    def compose(self) -> ComposeResult:
        with Vertical(id="dates", classes="dialog-box"):
            yield Label(Content(self.t("dates.title")), classes="dialog-title")
            yield OrderedInput(value=self.current, placeholder=self.t("dates.placeholder"),
                                id="dates-input", compact=True)
            yield Label(Content(self.t("dates.hint")), classes="dialog-hint")
            yield KeyHint(self.t("dates.keys"), classes="dialog-hint")  # its keys were said nowhere
            yield Label("", id="dates-error", classes="dialog-error")

    def on_mount(self) -> None:
        self.focus_input()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            clause = date_clause(event.value)
        except QueryError as error:
            reason = explain(str(error), self.t)
            self.query_one("#dates-error", Label).update(Content(visible(self.t("dates.error", error=reason))))
            return
        self.dismiss(clause)

    def action_leave(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)
