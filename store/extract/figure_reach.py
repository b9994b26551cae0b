"""Counts of groups and communes: the team's own reach, or a result of the place.

A team that splits to cover more ground ("đoàn chia làm 2 tổ khảo sát", "2 tổ công tác khảo sát tại huyện A và B")
counts itself, as its rounds do ("03 cuộc giám sát"): no figure of the place. A count of communes is usually where a
team went ("đã khảo sát 3 xã") and no figure either (`figure_shares`), but communes the place's own work reached or
that met a standard are its results: "huyện đã kiểm tra được 6 xã", "toàn huyện có 12 xã đạt chuẩn nông thôn mới";
they are figures, counted in the commune words as written ("xã", "xã, phường").
"""

from __future__ import annotations

import re

__all__ = ["STEP_DONE_AFTER", "communes_as_result", "step_label", "team_groups", "team_size"]

HAMLETS = r"thôn|ấp|bản|làng|tổ dân phố|khu phố|khu dân cư|thôn, (?:xóm|bản|tổ dân phố)|xóm"
"""Hamlets count as communes do: "8 thôn đạt chuẩn văn hóa" is a result, "xã có 14 thôn" its make-up (no figure).
Hamlets where groups were set up ("thành lập 23 tổ công nghệ số cộng đồng tại 23 ấp") stay uncounted: the groups are
the figure, and the real sets disagree on the hamlets (s7-fresh2 01 counts them, s8-assembly 07 does not)."""

_TEAM_VERBS = r"(?:khảo sát|giám sát|kiểm tra)"
_SPLIT_BEFORE = re.compile(r"\bchia\s+(?:làm|thành|ra)\s+(?:thành\s+)?$", re.IGNORECASE)
"""Before the count: the team divides itself ("chia làm 2 tổ", "chia thành 3 tổ")."""
_TEAM_AFTER = re.compile(r"\s+(?:công tác\s+)?(?:(?:tiến hành|đi|để|xuống|về)\s+)?" + _TEAM_VERBS + r"(?![\wÀ-ỹ])",
                         re.IGNORECASE)
"""After the unit "tổ": groups that survey, oversee or check ("2 tổ khảo sát", "2 tổ công tác giám sát", "thành lập 4
tổ công tác tiến hành kiểm tra")."""

_COMMUNES = re.compile(r"\s*((?:xã|phường|thị trấn|đặc khu|" + HAMLETS + r")(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn|"
                       r"đặc khu|" + HAMLETS + r"))*)(?![\wÀ-ỹ])", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"\b(?:kiểm tra|giám sát|rà soát|thẩm định|hỗ trợ|triển khai|hoàn thành)\s+được\s+"
                          r"(?:(?:hơn|trên|gần)\s+)?$", re.IGNORECASE)
"""Before the count: work done and reached ("đã kiểm tra được 6 xã"); "được" says it is an achievement, not a trip."""
_MET_AFTER = re.compile(r"\s+(?:đã\s+|đủ điều kiện\s+)?(?:đạt chuẩn|được công nhận|hoàn thành)(?![\wÀ-ỹ])",
                        re.IGNORECASE)
"""After the communes: a standard met or in reach ("12 xã đạt chuẩn nông thôn mới", "5 xã được công nhận ...", "3 xã đủ
điều kiện đạt chuẩn")."""


def team_groups(text: str, start: int, unit_end: int) -> bool:
    """Whether a count in "tổ" at [start, unit_end) is the visiting team split into groups."""
    return bool(_SPLIT_BEFORE.search(text, max(0, start - 20), start) or _TEAM_AFTER.match(text, unit_end))


_TEAM_HAS = re.compile(r"\b(?:[Đđ]oàn|(?<!\d\s)(?<!các\s)[Tt]ổ)(?!\s+(?:[Tt]hanh niên|TN|thể|viên)\b)"
                       r"(?:\s+(?:công tác|giám sát|khảo sát|kiểm tra|liên ngành|đại biểu))?"
                       r"[^.;]{0,50}?\b(?:gồm|có|với)\s+(?:(?:hơn|trên|gần)\s+)?$")
"""A team and its members ("Đoàn công tác gồm 7 thành viên", "Tổ giám sát có 5 thành viên"): its size; never the
youth union ("Đoàn Thanh niên có 120 đoàn viên") nor a mass organisation ("đoàn thể"), nor groups the place counts
("thành lập 312 tổ công nghệ số cộng đồng với 1.548 thành viên", "các tổ ... với")."""


_STAFF_UNITS = frozenset({"người", "cán bộ", "công chức", "viên chức", "đồng chí", "đại biểu", "chiến sĩ"})
_TEAM_IS = re.compile(r"(?:\b[Đđ]oàn(?:\s+(?:công tác|giám sát|khảo sát|kiểm tra|liên ngành))?|"
                      r"\b[Tt]hành phần (?:của\s+)?[Đđ]oàn(?:\s+(?:công tác|giám sát|khảo sát|kiểm tra))?|"
                      r"\btham gia (?:[Đđ]oàn|tổ công tác|tổ giám sát))"
                      r"\s*(?:gồm|có)(?:\s+tổng\s+số)?\s+(?:(?:hơn|trên|gần)\s+)?$")
"""The team and its people, the verb right after it ("Đoàn có 8 người", "Đoàn công tác gồm 9 cán bộ, công chức",
"tham gia đoàn có 6 đại biểu"): its own size in whatever staff word (session 18), no figure of the place. Only with
the verb at once: "Đoàn ghi nhận xã có 26 cán bộ, công chức" counts the commune's staff, and so does "Trung tâm
hiện có 11 công chức, viên chức" (the visited unit's staffing, a figure). "chiến sĩ" holds a unit's strength
("Đoàn kiểm tra gồm 16 quân số": the team; "Công an phường hiện có 44 quân số": the unit visited, a figure)."""


def team_size(text: str, start: int, unit: str) -> bool:
    """Whether a count of members or staff at `start` is the visiting team's own size."""
    if unit in _STAFF_UNITS:
        return bool(_TEAM_IS.search(text, max(0, start - 60), start))
    return unit == "thành viên" and bool(_TEAM_HAS.search(text, max(0, start - 90), start))


def communes_as_result(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(the commune words, where they end) when a bare count at [start, end) counts communes as a result."""
    communes = _COMMUNES.match(text, end)
    if communes is None:
        return None
    done = _DONE_BEFORE.search(text, max(0, start - 40), start)
    if done is not None and _TEAM_SUBJECT.search(text, max(0, done.start() - 50), done.start()):
        return None  # "đoàn của huyện đã kiểm tra được 6 xã": the places a team went to, no result (fresh23 v12)
    if done is not None or _MET_AFTER.match(text, communes.end()):
        return communes[1], communes.end()
    if STEP_DONE_AFTER.match(text, communes.end()) and not _REACHED_BEFORE.search(text, max(0, start - 40), start):
        return communes[1], communes.end()  # "95 xã, phường cũng đã thành lập Ủy ban bầu cử": a step the place took
    return None


STEP_DONE_AFTER = re.compile(r"\s+(?:(?:cũng|đều|cũng đều)\s+)?đã\s+(?:thành lập|kiện toàn|ban hành|triển khai|"
                              r"niêm yết|bố trí|lắp đặt)(?![\wÀ-ỹ])", re.IGNORECASE)
"""After the communes: a step each has taken, told done ("57 xã, phường đã thành lập Ban Chỉ đạo", "23 xã cũng đã ban
hành quy chế", "41 xã đều đã niêm yết"): how far the place's work has reached, a result as "12 xã đạt chuẩn" is (session
31, fresh63 v10). Only with "đã" and an active verb: "3 xã đã được sắp xếp" is what was done to them."""
_REACHED_BEFORE = re.compile(r"\b(?:khảo sát|giám sát|kiểm tra|làm việc (?:với|tại)|tại|ở|đến|về|thăm|chọn|có|gồm)\s+"
                             r"(?:(?:các|hơn|trên|gần|tổng số)\s+)?$", re.IGNORECASE)
"""Before the count: the communes the team went to ("đã khảo sát 3 xã đã thành lập ...", "tại 4 xã đã triển khai")
or those a place is made of ("tỉnh có 99 xã, phường"): no result."""


_TEAM_SUBJECT = re.compile(r"\b(?:[Đđ]oàn|[Tt]ổ)(?!\s+(?:thể|[Tt]hanh niên|TN|viên|dân phố)\b)\b[^.;,]{0,40}$")
"""A team doing the checks ("đoàn của huyện đã kiểm tra được", "các tổ công tác đã rà soát được"): the communes it
counts are the places it went to, units visited (no figure), while an agency's own review ("Thanh tra tỉnh đã rà soát
được 23 xã") stays a result of the body the visit oversees."""


_STEP_WORDS = 10
"""A step's label keeps the communes, the verb and the head of its object: "Xã, phường niêm yết đầy đủ thủ tục"."""


def step_label(text: str, end: int, unit: str) -> str | None:
    """The label of communes counted as having done a step: the commune words and the step told after "đã" ("41 xã,
    phường đều đã niêm yết đầy đủ thủ tục ..." → "Xã, phường niêm yết đầy đủ thủ tục"), or None for another count."""
    step = STEP_DONE_AFTER.match(text, end)
    if step is None or not _COMMUNES.fullmatch(" " + unit):
        return None
    verb_at = step.end() - len(re.split(r"\s+đã\s+", step[0])[-1])
    rest = re.split(r"[,;.:()]|\s(?:và|nhưng|trong đó)\s", text[verb_at:])[0]
    words = (unit + " " + rest).split()[:_STEP_WORDS]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]
