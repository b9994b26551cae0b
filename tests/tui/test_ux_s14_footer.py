"""The footer's room: at 120 columns every footer key fits in both languages; at 80 the daily keys and help do.

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
    keys = [spec for spec in BIND_ORDER if spec.footer and (more or spec.footer != MORE)]
    return sum(footer_width(spec, t) for spec in keys) - 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_footer_key_fits_at_120_columns(lang: str) -> None:
    assert _cells(lang, more=True) <= 120


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_daily_keys_fit_at_80_columns_and_help_comes_first(lang: str) -> None:
    """What the 80-column footer leaves out is one key away: `?` lists every key (and ctrl+p runs any)."""
    assert _cells(lang, more=False) <= 80
    first = next(spec for spec in BIND_ORDER if spec.footer)
    assert first.action == "help"
