"""A year of a person's life ("hy sinh năm 1972", "nhập ngũ năm 1970") is no period and dates no visit.

Gift calls and care for war veterans and martyrs' families tell the lives of the people visited: the year a martyr
fell, a mother's husband died, a veteran enlisted or was wounded, a member joined the party. Read as a data period
("năm 1972"), such a year becomes the visit's when the article writes its day without one ("Sáng 25/7, ..."). A
year (or a month of a year) written right after a word of a life's event is therefore left out of the periods.
"""

from __future__ import annotations

import re

_LIFE_EVENT = re.compile(
    r"\b(?:hy sinh|hi sinh|(?<!phát )(?<!học )(?<!tái )(?<!vệ )sinh|mất|từ trần|qua đời|tạ thế|nhập ngũ|tòng quân|"
    r"xuất ngũ|bị thương|tham gia (?:cách mạng|quân đội|kháng chiến|chiến đấu)|kết nạp(?: vào)? Đảng|vào Đảng|"
    r"được (?:truy )?(?:phong|tặng)(?: tặng)?(?: danh hiệu)?[^,.;]{0,40}?|nghỉ hưu|về hưu)\s+(?:(?:vào|từ)\s+)?"
    r"(?:(?:ngày\s+)?\d{1,2}\s*[/.-]\s*)?(?:tháng\s+\d{1,2}\s+)?$", re.IGNORECASE)
"""Right before the year ("hy sinh năm", "sinh ngày 3/2 năm", "nhập ngũ tháng 4 năm", "được phong tặng danh hiệu
Anh hùng năm"): an event of a person's life."""


def life_event_year(text: str, start: int) -> bool:
    """Whether the year (or month) written at `text[start:]` ("năm 1972", "tháng 4 năm 1975") dates a life's event."""
    return bool(_LIFE_EVENT.search(text[max(0, start - 70):start]))
