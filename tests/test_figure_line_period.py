"""A figure on one line (merge offer, import report, a correction's conflict) writes its period as the browser does.

Tryout s37: the merge offer of an article about a stored visit listed "Hồ sơ tiếp nhận: 12.400 bộ hồ sơ / 12.500
(2025-07-01 → 2025-09-30, phường Hòa Khánh)" while the details, `surveys show` and the figures view said "quý
3/2025"; a draft's period with one end read "→ None".
"""

from __future__ import annotations

import pytest

from tui.i18n import Translator
from tui.screens.figure_line import figure_text

FIGURE = {"label": "Hồ sơ tiếp nhận", "value": 12400, "unit": "bộ hồ sơ", "of": 12500,
          "period": {"from": "2025-07-01", "to": "2025-09-30"}, "locality": "phường Hòa Khánh"}


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "Hồ sơ tiếp nhận: 12.400 bộ hồ sơ / 12.500 (quý 3/2025, phường Hòa Khánh)"),
    ("en", "Hồ sơ tiếp nhận: 12,400 bộ hồ sơ / 12,500 (Q3 2025, phường Hòa Khánh)"),
])
def test_a_quarter_is_written_as_the_details_write_it(lang: str, said: str) -> None:
    assert figure_text(FIGURE, Translator(lang)) == said


@pytest.mark.parametrize(("lang", "said"), [("vi", "(1/7–6/9/2025, phường Hòa Khánh)"),
                                             ("en", "(Jul 1–Sep 6, 2025, phường Hòa Khánh)")])
def test_a_period_of_days_is_written_day_first_in_vietnamese(lang: str, said: str) -> None:
    figure = {**FIGURE, "period": {"from": "2025-07-01", "to": "2025-09-06"}}
    assert figure_text(figure, Translator(lang)).endswith(said)


def test_a_period_with_one_end_says_no_none() -> None:
    figure = {**FIGURE, "period": {"from": "2025-07-01"}}
    assert "None" not in figure_text(figure, Translator("vi"))


def test_a_figure_without_a_period_or_place_has_no_brackets() -> None:
    assert figure_text({"label": "Tỷ lệ đúng hạn", "value": 97.5, "unit": "%"}, Translator("vi")) == \
        "Tỷ lệ đúng hạn: 97,5%"
