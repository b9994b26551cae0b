"""A figure's canonical metric in the review screen: a button that shows it and opens a picker of the known ones.

The metrics are the taxonomy's (`data/taxonomy.json`), a dozen; the picker is
the browser's (`PickerScreen`: type without accents, ↑/↓, Enter), each metric
answering to its label in both languages, its id and the aliases reports use.
A figure with no `metric` is charted by what its label reads as
(`store.metrics.metric_of`); the button says so ("≈ …") until one is chosen,
and "(none)" is always offered to go back to that. An id the taxonomy does not
know (a record from elsewhere) is shown as it is, and saving names it.
"""

from __future__ import annotations

from typing import Any

from textual.content import Content
from textual.widgets import Button

from store.metrics import metric_of
from store.taxonomy import taxonomy

from ..fuzzy import Choice
from ..i18n import Translator
from ..safe import visible


class MetricButton(Button):
    """Shows one figure's metric; `value` is its id ("" for none). Enter opens the picker (the screen does)."""

    def __init__(self, metric: str, label: str, *, id: str) -> None:
        super().__init__(Content(label), id=id, classes="review-metric -textual-compact -style-default", compact=True)
        self.value = metric

    def show(self, metric: str, label: str) -> None:
        self.value = metric
        self.label = Content(label)
        self.refresh(layout=True)  # its width follows the name


def metric_label(metric: str, figure: dict[str, Any], t: Translator) -> str:
    """What the button shows: the metric's name, or what the label reads as ("≈ …"), or that there is none."""
    if metric:
        known = metric in taxonomy().metrics
        return visible(taxonomy().metric_label(metric, t.lang) if known else f"{metric} ?")
    read = metric_of({**figure, "metric": None})
    if read:
        return "≈ " + taxonomy().metric_label(read, t.lang)
    return t("review.metric_none")


def metric_choices(figures: list[dict[str, Any]], t: Translator) -> list[Choice]:
    """"(none)" and every known metric, each counted by the draft's figures that already carry it."""
    other = "en" if t.lang == "vi" else "vi"
    used = [figure.get("metric") or "" for figure in figures]
    choices = [Choice("", t("review.metric_none"), used.count(""), t("review.metric_none_detail"))]
    for metric, term in taxonomy().metrics.items():
        choices.append(Choice(metric, term.label(t.lang), used.count(metric), term.label(other),
                              keys=" ".join((metric, *term.aliases))))
    return choices
