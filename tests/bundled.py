"""The five bundled surveys (`data/surveys.json`): their ids, named once for every test that meets them; the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DI_AN = "2022-08-18-doan-dbqh-binh-duong-di-an"
THACH_THAT = "2023-05-16-hdnd-ha-noi-thach-that"
TDM = "2023-05-24-hdnd-tdm-thu-dau-mot"
LAI_THIEU = "2025-09-04-doan-dbqh-tphcm-lai-thieu"
RACH_DUA = "2025-09-09-doan-dbqh-tphcm-rach-dua"
NEWEST_FIRST = [RACH_DUA, LAI_THIEU, TDM, THACH_THAT, DI_AN]
"""The browser's and the exports' default order."""
OLDEST_FIRST = [DI_AN, THACH_THAT, TDM, LAI_THIEU, RACH_DUA]
"""The order of the records in `data/surveys.json`."""
SURVEYS = Path(__file__).resolve().parent.parent / "data" / "surveys.json"


def load_records() -> list[dict[str, Any]]:
    """The five records as `data/surveys.json` holds them."""
    with SURVEYS.open(encoding="utf-8") as fh:
        records: list[dict[str, Any]] = json.load(fh)
    return records
