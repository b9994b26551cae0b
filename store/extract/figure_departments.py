"""A district's departments counted by what they did: "Có 12/12 phòng đã cung cấp văn bản", "9 phòng chuyên môn đã
ban hành quy chế", "10/10 phòng, ban đều đã cập nhật ...".

A bare "phòng" is no unit of `figure_units` (rooms are: "phòng học", "phòng thi", "phòng trọ"), so a count of a
district's departments was not read at all (session 38 fresh82 v06). The house counts units by what they are in
the report: units visited or checked are no figures ("kiểm tra 4 phòng chuyên môn", "công chức của 12 phòng chuyên
môn": `figure_numbers`, `figure_visited_counts`), nor is a place's make-up of agencies ("tỉnh có 17 sở", t2572's
never-figure), while agencies cut by a reform are a result (`figure_merged_agencies`) and so are units counted by a
deed done ("12/12 đơn vị đã cung cấp văn bản"). So a count of departments is read only where a deed follows it:
"đã|chưa|đều|không|đang" right after the department words (a "thuộc UBND huyện" between allowed); never after
"của" (whose), a visit's verb, "có" with no deed, nor before a room's word ("phòng học|làm việc|họp ...": the
pattern takes only the department words), and a bare "phòng" only as a fraction ("11/12 phòng"), where rooms are
rarely counted so. After "đã có" the deed may follow with no "đã" ("Đã có 9 phòng chuyên môn ban hành ...", session
40), its verb from a closed list (`_AFTER_HAVING`).
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number
from .figure_units import Number

__all__ = ["departments_by_deed"]

_DEPARTMENTS = re.compile(
    r"(?<![\w/.,])(?P<n>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?\s+(?P<words>phòng(?P<kind>\s+chuyên\s+môn|\s*,\s*ban|"
    r"\s+ban(?:\s+chuyên\s+môn)?)?)(?:\s+thuộc\s+(?:UBND|Ủy ban nhân dân)\s+\w+(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})?"
    r"\s+(?:(?:đều|cũng)\s+)?(?:đã|chưa|không|đang)\s+(?!được\s+(?:sửa|cải tạo|xây|nâng cấp|trang bị|bố trí))",
    re.IGNORECASE)
"""The count, its whole after "/", the department words ("phòng", "phòng chuyên môn", "phòng, ban"), then a deed."""
_AFTER_HAVING = re.compile(
    r"(?<![\wÀ-ỹ])đã\s+có\s+(?P<n>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?\s+(?P<words>phòng(?P<kind>\s+chuyên\s+môn|"
    r"\s*,\s*ban|\s+ban(?:\s+chuyên\s+môn)?))\s+(?:ban hành|xây dựng|triển khai|thực hiện|cập nhật|cung cấp|gửi|nộp|"
    r"hoàn thành|áp dụng|công khai|niêm yết|tổ chức|sử dụng|dùng|rà soát|số hóa|ký|lập|đăng ký|phê duyệt)(?![\wÀ-ỹ])",
    re.IGNORECASE)
"""Departments told after "đã có" with a deed right after them, no "đã" between ("Đã có 9 phòng chuyên môn ban hành
kế hoạch", "đã có 11/12 phòng, ban dùng chữ ký số"): "đã có" says it happened (labels22: no holding), and the verb,
from a closed list of a department's deeds, says what (session 40). Never a bare "phòng" here, nor "được" (done to
them: "Đã có 4 phòng chuyên môn được kiểm tra"), nor "có" alone ("Huyện có 12 phòng chuyên môn thực hiện chức năng
tham mưu": the make-up)."""
_NOT_BEFORE = re.compile(r"(?:\bcủa|\b(?:kiểm tra|khảo sát|giám sát|làm việc với|đến|thăm)(?:\s+(?:trực tiếp|thực tế|"
                         r"đột xuất))?(?:\s+(?:tại|ở))?)\s*$", re.IGNORECASE)
"""Whose departments ("công chức của 12 phòng"), or the ones the team went to ("kiểm tra 4 phòng chuyên môn")."""


def departments_by_deed(text: str, numbers: list[Number]) -> list[Number]:
    """(value, whole, "phòng", start, end) of each count of departments told by a deed that `numbers` has not read."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for m in [*_DEPARTMENTS.finditer(text), *_AFTER_HAVING.finditer(text)]:
        if m.start("n") in taken or (m["kind"] is None and m["of"] is None) or \
                _NOT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        value = parse_vi_number(m["n"])
        whole = parse_vi_number(m["of"]) if m["of"] else None
        if value is None or whole is not None and value > whole:
            continue
        out.append((value, whole, "phòng", m.start("n"), m.end("words")))
        taken.add(m.start("n"))
    return out
