""""giám sát" said of a device or a system: "camera giám sát", "thiết bị giám sát hành trình", "hệ thống giám sát".

`visit_evidence` takes "giám sát" beside a body's word as a visit: "tỉnh đã đưa vào hoạt động hệ thống camera giám
sát an ninh ...; Trung tâm IOC ... trong công tác chỉ đạo, điều hành của lãnh đạo tỉnh" read as the leaders'
oversight, and a steering committee's meeting whose excerpt opens on a photo caption became a visit (s31 fresh68
n07). Right after a device's or a system's noun the word names what the thing does, as "Ban Giám sát" names a
body: no one oversees anyone there. A team checking the cameras ("Đoàn kiểm tra hệ thống camera giám sát") still has
its own verb, read as before.
"""

from __future__ import annotations

import re

__all__ = ["watched_by_a_device"]

_DEVICE = re.compile(r"\b(?:camera|thiết bị|hệ thống|màn hình|cảm biến|phần mềm|nền tảng)\s+$",
                     re.IGNORECASE)
"""The thing that watches, right before "giám sát": "camera", "thiết bị", "hệ thống". Not "trung tâm": a team may go
"đến trung tâm giám sát việc ..." (the centre visited, then its verb)."""


_DEVICE_SUBJECT = re.compile(r"^\W*(?:Hệ thống|Phần mềm|Camera|Nền tảng|Ứng dụng|Thiết bị|Màn hình)\b"
                             r"(?![^.;]*\b(?:chính trị|Đoàn|đoàn|HĐND|Hội đồng|MTTQ|Mặt trận|Ban|Ủy ban|Uỷ ban)\b)"
                             r"[^.;]{0,60}$")
"""A sentence whose subject is the system, its functions listed before "giám sát": "Hệ thống được triển khai điều
hành, giám sát tập trung" (s29 fresh58 n08, a ward's launch day); not "Hệ thống chính trị", nor a body named on the
way ("Hệ thống ... của Đoàn giám sát")."""


def watched_by_a_device(verb: str, before: str) -> bool:
    """Whether "giám sát" (`verb`) follows a device's or a system's noun (`before` ends on it), or is what the
    sentence's subject, a system, does (`before` opens on it)."""
    return verb.lower() == "giám sát" and (_DEVICE.search(before) is not None or
                                           _DEVICE_SUBJECT.match(before) is not None)
