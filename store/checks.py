"""Figures checked against each other and against what is possible.

Reports are typed by hand from speeches and slides: "25.925 of 25.969,
99,83%" can lose a digit on the way. Where a survey gives a part, its
whole and a rate, the three must agree within the rounding the rate was
written with; a rate cannot pass 100%, a count cannot be negative, a part
cannot exceed its whole, and a ward cannot resolve more dossiers than it
received in the same period. Checks read figures only and never change a
record: they are shown in the details pane and by `surveys check`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeGuard

from . import catalog
from .folding import fold
from .metrics import figure_locality, metric_of
from .numbers import format_number

RATE_OF_PART = {"ho-so-dung-han": "ty-le-dung-han", "ho-so-dvc-truc-tuyen": "ty-le-truc-tuyen"}
"""Count metrics whose share of their whole is published as another metric."""

NOT_ABOVE = (
    ("ho-so-giai-quyet", "ho-so-tiep-nhan", "flag.order.resolved-over-received"),
    ("ho-so-dang-giai-quyet", "ho-so-tiep-nhan", "flag.order.in-progress-over-received"),
    ("ho-so-dung-han", "ho-so-giai-quyet", "flag.order.on-time-over-resolved"),
    ("ho-so-dung-han", "ho-so-tiep-nhan", "flag.order.on-time-over-received"),
)
"""(smaller, larger, the catalog key of what it means): counts of one locality and period that cannot cross."""


def _say(kind: str, lang: str, **values: str) -> str:
    """Why a figure is flagged (`flag.<kind>` in the catalog); report content stays as written."""
    return catalog.text(f"flag.{kind}", lang, **values)


@dataclass(frozen=True)
class Flag:
    """One problem with a figure; `related` names the other figures it was checked against."""

    survey_id: str
    figure: int
    """Index in the record's `figures`."""
    label: str
    kind: str
    """rate-mismatch, rate-over-100, negative, part-over-whole or count-order."""
    message: str
    related: tuple[int, ...] = ()

    def line(self) -> str:
        """One line for `surveys check`: survey id, figure path, label, what is wrong."""
        return f"{self.survey_id}  figures[{self.figure}]  {self.label}: {self.message}"


def check_records(records: Iterable[dict[str, Any]], lang: str = "vi") -> list[Flag]:
    return [flag for record in records for flag in check_record(record, lang)]


def check_record(record: dict[str, Any], lang: str = "vi") -> list[Flag]:
    """Every flag of one record, in figure order."""
    figures = [(i, f) for i, f in enumerate(record.get("figures", [])) if _number(f.get("value"))]
    flags: list[Flag] = []
    for index, figure in figures:
        flags += _impossible(record, index, figure, lang)
    flags += _rate_mismatches(record, figures, lang)
    flags += _count_order(record, figures, lang)
    return sorted(flags, key=lambda flag: (flag.figure, flag.kind))


def flags_by_figure(record: dict[str, Any], lang: str = "vi") -> dict[int, list[Flag]]:
    """Flags keyed by figure index, for marking figures in a details pane."""
    marked: dict[int, list[Flag]] = {}
    for flag in check_record(record, lang):
        marked.setdefault(flag.figure, []).append(flag)
    return marked


def rate_agrees(stated: float, part: float, whole: float) -> bool:
    """Whether `stated` % is `part`/`whole` as a report would write it.

    A rate written with d decimals may be rounded (half a unit of the last
    place either way) or truncated (up to one unit below the true share).
    99,83% admits 99,825 to just under 99,84; 100% admits 99,5 to 100,5.
    """
    if whole == 0:
        return False
    share = 100 * part / whole
    unit = 10.0 ** -decimals(stated)
    epsilon = 1e-9
    return stated - unit / 2 - epsilon <= share < stated + unit + epsilon


def decimals(value: float) -> int:
    """Decimal places a stated number was written with (99.83 → 2, 91.2 → 1, 100 → 0)."""
    if float(value).is_integer():
        return 0
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0  # a str exponent: inf or nan, no decimals


def _impossible(record: dict[str, Any], index: int, figure: dict[str, Any], lang: str) -> list[Flag]:
    value, whole, percent = figure["value"], figure.get("of"), figure.get("unit") == "%"
    flags = []
    if percent and value > 100:
        flags.append(_flag(record, index, "rate-over-100", _say("rate-over-100", lang, rate=_pct(value, lang))))
    if value < 0 or (_number(whole) and whole < 0):
        flags.append(_flag(record, index, "negative", _say("negative", lang)))
    if _number(whole) and value > whole >= 0:
        flags.append(_flag(record, index, "part-over-whole",
                           _say("part-over-whole", lang, part=_num(value, lang), whole=_num(whole, lang))))
    return flags


def _rate_mismatches(record: dict[str, Any], figures: list[tuple[int, dict]], lang: str) -> list[Flag]:
    """Pair each part-with-whole to the one stated rate for the same place, period and quantity."""
    parts = [(i, f) for i, f in figures if _number(f.get("of")) and f.get("unit") != "%"]
    rates = [(i, f) for i, f in figures if f.get("unit") == "%" and not _number(f.get("of"))]
    flags = []
    for part_index, part in parts:
        matches = [(i, rate) for i, rate in rates if _same_scope(record, part, rate) and _rate_for(part, rate)]
        if len(matches) != 1:
            continue  # no stated rate, or several: nothing to hold the part to
        rate_index, rate = matches[0]
        if rate["value"] > 100 or part["of"] <= 0 or rate_agrees(rate["value"], part["value"], part["of"]):
            continue
        share = 100 * part["value"] / part["of"]
        message = _say(
            "rate-mismatch",
            lang,
            rate=_pct(rate["value"], lang),
            part=_num(part["value"], lang),
            whole=_num(part["of"], lang),
            share=_pct(round(share, max(2, decimals(rate["value"]) + 1)), lang),
        )
        flags.append(_flag(record, rate_index, "rate-mismatch", message, (part_index,)))
    return flags


def _count_order(record: dict[str, Any], figures: list[tuple[int, dict]], lang: str) -> list[Flag]:
    counts = [(i, f, metric_of(f)) for i, f in figures if f.get("unit") != "%"]
    flags = []
    for smaller, larger, meaning in NOT_ABOVE:
        for i, low, low_metric in counts:
            if low_metric != smaller:
                continue
            highs = [(j, high) for j, high, high_metric in counts
                     if high_metric == larger and _same_scope(record, low, high)]
            for j, high in _counterparts(i, low, highs):
                if low["value"] > high["value"]:
                    said = catalog.text(meaning, lang)
                    message = f"{said}: {_num(low['value'], lang)} > {_num(high['value'], lang)}"
                    flags.append(_flag(record, i, "count-order", message, (j,)))
    return flags


def _counterparts(index: int, low: dict[str, Any], highs: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """The counts `low` is held to: all of one place and period, unless that scope holds several of them.

    Several received counts in one place and period are not one place's tally: two former communes that are one
    commune today share a locality ("xã Đoan Bái tiếp nhận 1.200 hồ sơ ...; xã Lương Phong tiếp nhận 900"), or two
    desks do. Then `low` is held only to the count it is stated as part of (`of`), else to the nearest one before
    it, and never to another unit's (session 19, fresh24).
    """
    if len(highs) <= 1:
        return highs
    stated = [(j, high) for j, high in highs if _number(low.get("of")) and high["value"] == low["of"]]
    if stated:
        return [pair for pair in stated if pair[0] < index][-1:] or stated[:1]
    before = [(j, high) for j, high in highs if j < index]
    return before[-1:]


def _same_scope(record: dict[str, Any], one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Same locality and the same period (both without one counts as the same)."""
    return (figure_locality(record, one) == figure_locality(record, other)
            and one.get("period") == other.get("period"))


def _rate_for(part: dict[str, Any], rate: dict[str, Any]) -> bool:
    """Whether `rate` states the share `part` is of its whole.

    The same metric, a metric known to be its share, or a label that is the
    part's label with "tỷ lệ" (rate) in front.
    """
    part_metric, rate_metric = metric_of(part), metric_of(rate)
    if part_metric and rate_metric and (part_metric == rate_metric or RATE_OF_PART.get(part_metric) == rate_metric):
        return True
    rate_label = fold(rate.get("label", ""))
    return rate_label.startswith("ty le ") and rate_label[len("ty le "):] == fold(part.get("label", ""))


def _flag(record: dict[str, Any], index: int, kind: str, message: str, related: tuple[int, ...] = ()) -> Flag:
    label = str(record["figures"][index].get("label", ""))
    return Flag(str(record.get("id", "")), index, label, kind, message, related)


def _num(value: float, lang: str) -> str:
    return format_number(value, lang)


def _pct(value: float, lang: str) -> str:
    return f"{format_number(value, lang)}%"


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
