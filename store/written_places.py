"""A locality as the report wrote it and what it is today, in one line: the details pane's and `surveys show`'s.

"xã Hương Ngải → Xã Tây Phương, Thành phố Hà Nội": the arrow says the unit became (part of) another in 2025; the
command line had written "=" there, which called a merged commune the one it became (tryout11, session 39). One
function, so the two never say it differently again. Plain text: each caller makes it safe for its terminal.
"""

from __future__ import annotations

from typing import Any


def written_and_today(locality: dict[str, Any]) -> str:
    """"TP. Dĩ An (Bình Dương) → Thành phố Hồ Chí Minh"; a place written as it is today is written once."""
    written = str(locality.get("name", ""))
    province = str(locality.get("province", {}).get("name", ""))
    today = f"{locality['ward']['name']}, {province}" if locality.get("ward") else province
    if locality.get("former_province"):
        return f"{written} ({locality['former_province']}) → {today}"
    return written if today == written else f"{written} → {today}"
