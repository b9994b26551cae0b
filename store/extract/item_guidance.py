"""A direction written as guidance: the team "hướng dẫn" a unit to fix or do something (session 17, issue 12).

Read on real reports (fresh19 v11): after pointing out shortcomings, the team
"hướng dẫn các bộ phận chuyên môn của phường tập trung khắc phục những tồn
tại, hạn chế ..." — what the ward's offices are to do, a direction like "đề
nghị". "Hướng dẫn" is far more often no request at all, so it counts only
with a unit guided and a task after it:

- the desk's staff guiding citizens ("hướng dẫn người dân nộp hồ sơ") is the
  service, not a request: people are not a unit;
- help given there and then ("hướng dẫn, giải đáp các vướng mắc tại địa
  phương") has no unit and no task;
- one verb of a list ("đôn đốc, rà soát, hướng dẫn các phường thực hiện")
  tells what a body does, not what the team asks;
- a noun ("tiếp thu hướng dẫn của các sở", "theo hướng dẫn") is none.
"""

from __future__ import annotations

import re

_UNITS = (r"(?:các\s+|những\s+)?(?:bộ phận|phòng|đơn vị|địa phương|UBND|Ủy ban|Uỷ ban|công chức|cán bộ|Trung tâm|"
          r"Công an|phường|xã|thị trấn|nhà trường|trường|ban|tổ)\b")
_TASKS = (r"(?:tập trung\s+|kịp thời\s+|khẩn trương\s+|sớm\s+)?(?:khắc phục|thực hiện|hoàn thiện|hoàn chỉnh|bổ sung|"
          r"chỉnh sửa|rà soát|cập nhật|điều chỉnh|sửa đổi|xây dựng|lập|triển khai|niêm yết|số hóa|số hoá)\b")
_GUIDED = re.compile(r"^\s+(?:cho\s+)?(" + _UNITS + r"[^;:.]{0,80}?)\s+(?=" + _TASKS + r")", re.IGNORECASE)


def guided_unit(before: str, after: str) -> tuple[str, str] | None:
    """(unit, task) of "hướng dẫn <unit> <task>" asked by the team; None for guidance given or a verb of a list."""
    if re.search(r"(?:,|\bvà|\bcủa|\btheo|\bviệc|\bcông tác)\s*$", before, re.IGNORECASE):
        return None
    m = _GUIDED.match(after)
    if not m or re.search(r"\b(?:người dân|công dân|tổ chức, cá nhân)\b", m[1], re.IGNORECASE):
        return None
    return m[1].strip(), after[m.end():]
