"""The review and correction screens' footer (Textual's compact `Footer`, which cuts what does not fit at the
terminal's edge) holds all its keys whole at 80 columns in both languages: the English correction footer was 81
cells, and "F1 Help" showed as "F1 Hel" at 80×24 (found in tmux, session 17)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tui.i18n import Translator
from tui.keys import CORRECT_KEYS, REVIEW_KEYS, KeySpec, key_name


def footer_cells(specs: tuple[KeySpec, ...], t: Translator) -> int:
    """Cells of a one-line compact footer: "key label" for each shown key, a cell between two."""
    shown = [spec for spec in specs if spec.footer]
    return sum(cell_len(spec.display) + 1 + cell_len(key_name(spec, t)) for spec in shown) + len(shown) - 1


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("specs", [REVIEW_KEYS, CORRECT_KEYS], ids=["review", "correct"])
def test_every_key_fits_at_80_columns(lang: str, specs: tuple[KeySpec, ...]) -> None:
    assert footer_cells(specs, Translator(lang)) <= 80
