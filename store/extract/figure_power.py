"""Power in MW or kW and energy in kWh: figures only when the sentence counts them as a result of the matter.

Reports on hydropower, rooftop solar or saving electricity give the capacity built and the energy made or saved
("9 công trình ... với tổng công suất lắp máy 215,6 MW", "lắp điện mặt trời ... tổng công suất 420 kW", "tiết kiệm
125.000 kWh điện", "sản lượng điện đạt 820 triệu kWh"): what the works or the campaign amount to, as the works
counted beside them are (s35 fresh75 v03's builder wrote both megawatts as figures). The same units far more often
size one thing or give a rate, as a supply's "1.200 m3 nước/ngày" does (`figure_measures`): one plant's or one
machine's capacity ("máy phát điện công suất 250 kW", "nhà máy có công suất 1.200 MW"), a use per month or per home
("45.000 kWh/tháng", "bình quân mỗi hộ tiêu thụ 150 kWh"). So power counts only as a total ("tổng công suất"), and
energy only after what makes, saves or uses it, never per a time or a unit.
"""

from __future__ import annotations

import re

__all__ = ["POWER", "ENERGY", "power_is_context"]

POWER = frozenset({"MW", "kW"})
ENERGY = frozenset({"kWh", "MWh", "GWh"})
_TOTAL_CAPACITY = re.compile(r"\btổng\s+công\s+suất\b[^\d.;:!?()]{0,40}$", re.IGNORECASE)
"""A total capacity told right before the number ("tổng công suất lắp máy", "với tổng công suất khoảng")."""
_ENERGY_SAID = re.compile(r"\b(?:sản lượng|điện năng|tiết kiệm|tiêu thụ|phát lên lưới|cung cấp)\b[^\d.;:!?()]{0,40}$",
                          re.IGNORECASE)
"""What makes, saves or uses the energy, right before it ("sản lượng điện ... đạt", "tiết kiệm được")."""
_PER_BEFORE = re.compile(r"\b(?:mỗi|bình quân|trung bình)\b[^\d.;:!?()]{0,60}$", re.IGNORECASE)
_PER_AFTER = re.compile(r"\s*/")
"""A rate: per a unit or a time, before or after the number ("mỗi hộ tiêu thụ 150 kWh", "45.000 kWh/tháng")."""


def power_is_context(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a number in `unit` (power or energy) at [start, `end`) (its unit included) is no result: a size or a
    rate. Any other unit: False."""
    if unit not in POWER and unit not in ENERGY:
        return False
    floor = max(0, start - 80)
    if _PER_AFTER.match(text, end) or _PER_BEFORE.search(text, floor, start):
        return True
    said = _TOTAL_CAPACITY if unit in POWER else _ENERGY_SAID
    return not said.search(text, floor, start)
