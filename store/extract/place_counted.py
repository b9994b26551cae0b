"""Units listed after a count and a colon: "Đoàn đã kiểm tra đột xuất 5 đơn vị: Chi cục ... (Sở Y tế); UBND phường A
(thị xã X); UBND xã B, UBND xã C (huyện Y) và UBND thị trấn D (huyện Z)".

The count says a list of visited units follows; the list may open with an agency that is no place (a department's
branch) and carries the districts in brackets after its names. Each place in it is visited: the first one is said so
here, the next ones follow it in the list (`places._next_in_list`). A count of units is itself no figure
(`figure_numbers`).
"""

from __future__ import annotations

import re

from .place_cues import _AGENCY

UNITS_LISTED = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc với)\s+(?:(?:đột xuất|trực tiếp|thực tế)\s+)?"
                          r"(?:tại\s+)?\d{1,2}\s+(?:đơn vị|cơ quan|địa phương)\s*:\s*(?:[^.:]{0,160}?[;,]\s*)?"
                          r"(?:" + _AGENCY + r"\s+)?$", re.IGNORECASE)
"""Before a unit: the visit verb, a count of units, a colon, and the list so far."""
