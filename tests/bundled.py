"""The ids of the five bundled surveys (`data/surveys.json`), named once for every test that meets them."""

from __future__ import annotations

DI_AN = "2022-08-18-doan-dbqh-binh-duong-di-an"
THACH_THAT = "2023-05-16-hdnd-ha-noi-thach-that"
TDM = "2023-05-24-hdnd-tdm-thu-dau-mot"
LAI_THIEU = "2025-09-04-doan-dbqh-tphcm-lai-thieu"
RACH_DUA = "2025-09-09-doan-dbqh-tphcm-rach-dua"
NEWEST_FIRST = [RACH_DUA, LAI_THIEU, TDM, THACH_THAT, DI_AN]
"""The browser's and the exports' default order."""
