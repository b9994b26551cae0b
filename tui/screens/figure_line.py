"""A stored figure as one line, numbers and period written as the reader's language writes them.

The merge offer lists the figures a stored visit lacks with it, the import
report the figures it merged, and a correction's conflict what the other
writer stored. Free of textual, so that the correction's rule (`review_save`)
stays free of it too.
"""

from __future__ import annotations

from typing import Any

from store.periods import figure_period

from ..i18n import Translator


def figure_text(figure: dict[str, Any], t: Translator) -> str:
    """ "Hồ sơ đúng hạn: 4.421 hồ sơ / 4.480 (quý 3/2025, phường X)": the period as the details, `show` and the
    figures view write it (`store.periods`); the ISO "2025-07-01 → 2025-09-30" it had been stood out in both
    languages, and "→ None" for a draft's period with one end."""
    value = figure.get("value")
    from .review_values import number_text  # noqa: PLC0415 - the review's code (and the extractor's) loads when used

    shown = t.number(value) if isinstance(value, int | float) else number_text(value)
    unit = str(figure.get("unit", ""))
    text = f"{figure.get('label', '')}: {shown}" + (unit if unit == "%" else f" {unit}".rstrip())
    if isinstance(figure.get("of"), int | float):
        text += f" / {t.number(figure['of'])}"
    details = []
    period = figure_period(figure, t.lang)
    if period:
        details.append(period)
    if figure.get("locality"):
        details.append(str(figure["locality"]))
    return text + (f" ({', '.join(details)})" if details else "")
