"""Files of two procedures are no part and whole: "tiếp nhận 2.140 hồ sơ chứng thực chữ ký, giải quyết 385 hồ sơ
đăng ký thường trú".

What was received is the whole of what was settled (`figure_wholes.whole_from`), but only when both count the same
files: a count of files named by another procedure (`figure_label_actions.FILE_PROCEDURES`: "chứng thực", "đăng ký",
"cấp đổi", "cấp lại", "cấp mới", "trợ cấp") is the work of another desk, and the settled count no part of the
received (s36 items18's held-out h1347). One procedure named twice keeps the pair, even with a narrower kind after it
("hồ sơ đăng ký hộ tịch", then "hồ sơ đăng ký khai sinh": births are civil status), as does a count with no procedure
("giải quyết 509 hồ sơ đúng hạn").
"""

from __future__ import annotations

import re

from .figure_label_actions import FILE_PROCEDURES

__all__ = ["other_procedures"]

_PROCEDURE = re.compile(r"\d[\d.,]*\s+hồ sơ\s+(" + FILE_PROCEDURES + ")", re.IGNORECASE)


def other_procedures(text: str, total_start: int, start: int) -> bool:
    """Whether the files counted at `total_start` and at `start` are each named by a procedure, not the same one."""
    total, part = _PROCEDURE.match(text, total_start), _PROCEDURE.match(text, start)
    return total is not None and part is not None and total[1].lower() != part[1].lower()
