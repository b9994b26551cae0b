"""Figures grouped into canonical metrics, and the series the compare view draws.

Reports name one quantity many ways ("tỷ lệ đúng hạn", "đúng và trước
hạn"); a record may carry the canonical `metric` id, and when it does not,
the label is read against the taxonomy's aliases. A metric is charted only
within one unit: 403 procedures and "100% of procedures" share a metric id
but are not one series, so a series key is (metric, unit).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .folding import fold
from .metric_nouns import metric_for_noun
from .metric_states import averaged, changed, settled_metric
from .numbers import in_dong
from .periods import period_label  # noqa: F401 - the one period formatter, re-exported for existing callers
from .taxonomy import taxonomy

UNCLASSIFIED = "~"
"""Prefix of the key of a label that no metric claims: it is still chartable on its own."""


@dataclass(frozen=True)
class MetricKey:
    """One chartable series: a canonical metric (or a bare label) in one unit."""

    metric: str
    unit: str

    def label(self, lang: str = "vi") -> str:
        """What the metric list shows: "Tỷ lệ giải quyết đúng hạn (%)"."""
        name = self.metric[len(UNCLASSIFIED):] if self.metric.startswith(UNCLASSIFIED) else (
            taxonomy().metric_label(self.metric, lang))
        return f"{name} ({self.unit})" if self.unit else name


@dataclass(frozen=True)
class MetricChoice:
    key: MetricKey
    count: int
    """How many figures of the given records fall in this series."""


@dataclass(frozen=True)
class Point:
    """One figure placed in a series, with what the chart needs to label it."""

    survey_id: str
    survey_date: str
    locality: str
    figure_label: str
    value: float
    unit: str
    of: float | None
    period: dict[str, str] | None
    year_inferred: bool = False
    """The visit's year was not in its article (`date_certainty: inferred`): a label made of its day says so."""

    @property
    def when(self) -> str:
        """The day the figure speaks for: its period's end, else the visit's date."""
        return self.period["to"] if self.period else self.survey_date


def metric_of(figure: dict[str, Any]) -> str | None:
    """The canonical metric of a figure: its own `metric`, else the best alias found in its label.

    A whole label equal to an alias wins; otherwise the longest alias found
    at word boundaries. A percentage is only given to a rate (`ty-le-*`)
    and a count never is, so "Tỷ lệ TTHC được tiếp nhận" is not taken for
    "dossiers received"; and a metric is only given to what it counts (a
    count's unit, a rate's noun: `metric_nouns`), so "Vụ việc giải quyết"
    (unit "vụ việc") is no dossier settled.
    """
    if figure.get("metric"):
        return str(figure["metric"])
    terms = taxonomy()
    label = fold(figure.get("label", ""))
    if averaged(label):
        return None  # "Hồ sơ tiếp nhận (bình quân mỗi ngày)": an average, no total
    unit = str(figure.get("unit") or "")
    percent = unit == "%"
    if percent and changed(label):
        return None  # "Tỷ lệ hồ sơ trực tuyến tăng": a change of so much, no share
    padded = f" {_words(label)} "
    exact = terms.metric_id(label)
    if exact and _unit_fits(exact, percent) and metric_for_noun(exact, padded, unit, 0, len(padded)):
        return exact
    best: tuple[int, str, int] | None = None
    for term in terms.metrics.values():
        if not _unit_fits(term.id, percent):
            continue
        for alias in term.aliases:
            folded = _words(fold(alias))
            at = padded.find(f" {folded} ") + 1
            # what is counted decides, not the verb: "Vụ việc giải quyết" is no dossier (`metric_nouns`)
            if folded and at and (best is None or len(folded) > best[0]) and \
                    metric_for_noun(term.id, padded, unit, at, at + len(folded)):
                best = (len(folded), term.id, at)
    # "Hồ sơ giải quyết quá hạn", "Hồ sơ thuộc thẩm quyền ... giải quyết": not the settled total (`metric_states`)
    return settled_metric(padded, best[1], best[2], best[2] + best[0]) if best else None


SERIES_UNITS = {"hồ sơ": "hồ sơ", "bộ hồ sơ": "hồ sơ"}
"""Units that count one thing in other words, by the unit a series says (its lower-case spelling): "bộ hồ sơ" is a
dossier as "hồ sơ" is (the taxonomy counts both for the received-dossiers metric), and `c` listed "Hồ sơ tiếp nhận
(hồ sơ)" and "(bộ hồ sơ)" as two entries (tryout9). A closed list, not a folding: "hồ sơ" and "thủ tục", "người"
and "lượt" (other things counted), "triệu lượt" and "lượt" (a count's scale) stay apart."""

MONEY_UNIT = "đồng"
"""The unit of every series of money: "1,25 tỷ đồng", "780,5 triệu đồng" and an article's 1 200 000 000 đồng are one
budget, charted in đồng (`store.numbers.in_dong`), so a researcher compares it across years and places; they had
been three entries of `c`, each with part of the visits (tryout11)."""


def series_unit(unit: str) -> str:
    """The unit a series is keyed by: đồng for money in any scale, `SERIES_UNITS`' for a listed variant, else the
    unit as written."""
    said = " ".join(unit.split())
    if in_dong(1, said) is not None:
        return MONEY_UNIT
    return SERIES_UNITS.get(said.lower(), said)


def series_key(figure: dict[str, Any]) -> MetricKey:
    """The series a figure belongs to; a label no metric claims forms its own series."""
    metric = metric_of(figure) or UNCLASSIFIED + " ".join(str(figure.get("label", "")).split())
    return MetricKey(metric, series_unit(str(figure.get("unit", ""))))


def figure_locality(record: dict[str, Any], figure: dict[str, Any]) -> str:
    """The figure's locality; a one-locality record lends its own, a figure for several gets them all."""
    if figure.get("locality"):
        return str(figure["locality"])
    return "; ".join(locality["name"] for locality in record.get("localities", []))


def metric_choices(records: list[dict[str, Any]]) -> list[MetricChoice]:
    """Series present in `records`, most figures first: what the user picks from."""
    counts: Counter[MetricKey] = Counter(
        series_key(figure) for record in records for figure in record.get("figures", [])
        if _is_number(figure.get("value"))
    )
    known = list(taxonomy().metrics)
    order = {metric: position for position, metric in enumerate(known)}
    ranked = sorted(
        counts.items(), key=lambda kv: (-kv[1], order.get(kv[0].metric, len(order)), kv[0].metric, kv[0].unit)
    )
    return [MetricChoice(key, count) for key, count in ranked]


def in_series(records: list[dict[str, Any]], key: MetricKey) -> list[dict[str, Any]]:
    """`records` holding a figure of the series, each with those figures only (copies; the records are left be): what
    the figures view's `e` exports, the series on screen, where the whole store's export is the main screen's `e`
    (tryout s42-tryout14 read "Xuất số liệu" there and got every figure of every visit)."""
    found = []
    for record in records:
        figures = [figure for figure in record.get("figures", [])
                   if _is_number(figure.get("value")) and series_key(figure) == key]
        if figures:
            found.append({**record, "figures": figures})
    return found


def points(records: list[dict[str, Any]], key: MetricKey) -> list[Point]:
    """Every figure of the series, oldest first (by the day it speaks for); money in đồng (`MONEY_UNIT`)."""
    found = [
        Point(
            survey_id=record["id"], survey_date=record.get("date", ""),
            locality=figure_locality(record, figure), figure_label=str(figure.get("label", "")),
            value=_in_series(figure["value"], figure, key), unit=_unit_in_series(figure, key),
            of=_in_series(figure["of"], figure, key) if _is_number(figure.get("of")) else None,
            period=figure.get("period"), year_inferred=record.get("date_certainty") == "inferred",
        )
        for record in records for figure in record.get("figures", [])
        if _is_number(figure.get("value")) and series_key(figure) == key
    ]
    return sorted(found, key=lambda p: (p.when, p.survey_date, p.locality))


def _unit_in_series(figure: dict[str, Any], key: MetricKey) -> str:
    """What a point says its unit is: đồng for money (its value is in đồng), else as its article wrote it."""
    return MONEY_UNIT if key.unit == MONEY_UNIT else str(figure.get("unit", ""))


def _in_series(value: int | float, figure: dict[str, Any], key: MetricKey) -> float:
    """A figure's value in its series' unit: money in đồng whatever scale word it was written with."""
    if key.unit == MONEY_UNIT:
        return float(in_dong(value, str(figure.get("unit", ""))) or 0)
    return float(value)


def by_locality(records: list[dict[str, Any]], key: MetricKey) -> list[tuple[Point, int]]:
    """The latest figure of each locality, largest first, with how many figures it was chosen from.

    Comparing places means one bar each; the most recent figure is the one
    a reader would quote, and the count says when earlier ones were left out.
    """
    latest: dict[str, Point] = {}
    seen: Counter[str] = Counter()
    for point in points(records, key):
        seen[point.locality] += 1
        latest[point.locality] = point
    ranked = sorted(latest.values(), key=lambda p: (-p.value, p.locality))
    return [(point, seen[point.locality]) for point in ranked]


def over_time(records: list[dict[str, Any]], key: MetricKey) -> list[Point]:
    """All figures of the series in time order: one bar per figure."""
    return points(records, key)




def _unit_fits(metric: str, percent: bool) -> bool:
    return metric.startswith("ty-le-") == percent


def _words(text: str) -> str:
    """Punctuation to spaces, so "giải quyết," still meets the alias "giải quyết"."""
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
