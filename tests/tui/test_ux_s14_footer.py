"""The footer's room: at 80 columns the daily keys and help fit in both languages; at 120 the later ones as they fit.

The English footer at 120 columns had left out `r Correct` (it needed 122 cells; shown from 130), so a user of a
common wide terminal could not see that a visit can be corrected. The key is now "Edit" in English (one name in
the footer, the help and the palette), and these tests hold every later label to the same room.
"""

from __future__ import annotations

import pytest

from tui.i18n import Translator
from tui.keys import BIND_ORDER, MORE, footer_width


def _cells(lang: str, *, more: bool) -> int:
    """Cells the footer needs for its essentials (and its later keys), without the space after the last key."""
    t = Translator(lang)
    keys = [spec for spec in BIND_ORDER if spec.footer and (more or spec.footer < MORE)]
    return sum(footer_width(spec, t) for spec in keys) - 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_at_120_columns_the_later_keys_come_as_they_fit(lang: str) -> None:
    """Session 15 put the filter, the four pickers and Enter among the essentials (`tests/tui/test_ux_s15_footer.py`):
    not every later key fits on one line of 120 any more (a 120×24 terminal; from 30 rows a second line holds them,
    `tests/tui/test_ux_s15_footer_lines.py`), but the dates, drop, export and figures keys do, in both languages."""
    t = Translator(lang)
    room, shown = 120, []
    for spec in BIND_ORDER:
        if spec.footer:
            room -= footer_width(spec, t)
            if spec.footer >= MORE and room >= 0:
                shown.append(spec.display)
    assert shown[:4] == ["d", "x", "e", "c"], shown


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_daily_keys_fit_at_80_columns_and_help_comes_first(lang: str) -> None:
    """What the 80-column footer leaves out is one key away: `?` lists every key (and ctrl+p runs any)."""
    assert _cells(lang, more=False) <= 80
    first = next(spec for spec in BIND_ORDER if spec.footer)
    assert first.action == "help"
