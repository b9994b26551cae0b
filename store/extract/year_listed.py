"""Years listed one by one as the work a visit checks: "kết quả thực hiện nhiệm vụ ... các năm 2021, năm 2022".

A year named alone as the work checked ("kiểm tra ... năm 2022") bounds the visit from a month of that year
(`date_cues.CURRENT_YEAR_FROM`, `FIGURES_YEAR_FROM`): the year's work is still going on. Two years listed ("năm 2021
và năm 2022", "các năm 2021, 2022") were read as one span that is over, so the visit had to come after its last
December and a yearless "Sáng ngày 7.10" of a check of the 2022 tasks fell in 2023. A check that names the last two
years names the current one last (real pages: district CCHC checks of communes, 2021-2023): the last listed year is
taken as a year named alone. A span written as one ("giai đoạn 2021-2022", "năm 2021-2022") or joined with a part of
a year ("năm 2021 và 9 tháng năm 2022") is no list and keeps its reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .periods import Period

__all__ = ["listed_years"]

_LISTED = re.compile(r"năm\s+\d{4}(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})+", re.IGNORECASE)


def listed_years(period: Period) -> bool:
    """`period` is a list of whole years written one by one ("năm 2021, năm 2022"), not a span."""
    return _LISTED.fullmatch(period.text.strip()) is not None
