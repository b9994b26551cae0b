"""A provincial leader chairing a working session with the province's departments: a meeting at the leader's table.

Pages on digital transformation often tell how a province decides its schemes: "Chủ tịch UBND tỉnh chủ trì buổi làm
việc với lãnh đạo một số sở, ngành, đơn vị tư vấn để thống nhất chủ trương đầu tư ...", "Phó Chủ tịch UBND tỉnh chủ
trì cuộc làm việc với một số sở, ban, ngành nhằm bàn giải pháp ..." (session 29, fresh57 n12). The sentence has a
leader and "làm việc với", so it reads like a visit; but the departments come to the leader's table to agree a plan,
nobody goes out to oversee, survey or inspect a unit. A leader working with one unit ("có buổi làm việc với Công an
tỉnh") stays a visit, as the project has it. The same session is often told without "chủ trì": "ông X, Phó Chủ tịch
UBND tỉnh A, làm việc với lãnh đạo các sở ngành triển khai ..." (session 30, fresh61 n02): the leader's titles are those
of the province's own government or party committee and closed by a comma, and the departments are not a named
province's ("các sở, ngành tỉnh B" is an outside leader's visit to B).

Taken only when all of these hold in the sentence read as the visit, so that a visit told the same way stays one:
- the leader chairs it ("chủ trì buổi|cuộc làm việc với"), or the sentence opens on a provincial chairman or party
  secretary whose titles a comma closes before "làm việc với"; and the other side opens on the departments in the
  plural ("(lãnh đạo) các|một số|những sở, (ban,) ngành", "các sở ngành");
- no local unit is named among those worked with ("các sở, ngành và UBND phường A"), and no site is where it is held
  ("tại phường A", "tại dự án", "tại Trung tâm ...");
- no overseeing body or team is named ("Đoàn giám sát của HĐND tỉnh ... chủ trì buổi làm việc với các sở, ngành" is
  oversight), and neither the sentence nor the title says oversight, a survey, a check or a field trip.
"""

from __future__ import annotations

import re

from .text import Article

_CHAIRS = re.compile(r"\bchủ trì\s+(?:buổi|cuộc)\s+làm việc\s+với\s+(?P<side>[^.;]{0,200})", re.IGNORECASE)
"""The leader chairs the session; what follows "với" is the other side, then what it is for."""

_UNCHAIRED = re.compile(r"^(?P<who>[^.;]{0,240}?),\s+làm việc\s+với\s+(?P<side>[^.;]{0,200})", re.IGNORECASE)
"""The session told without "chủ trì": the subject and its titles, a comma, then "làm việc với" and the other side."""

_OWN_LEADER = re.compile(r"\b(?:Chủ tịch\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)|"
                         r"Bí thư\s+(?:Tỉnh|Thành)\s+(?:ủy|uỷ))\b")
"""The province's own chairman or party secretary ("Phó Chủ tịch UBND tỉnh A", "Phó Bí thư Tỉnh ủy"): their table."""

_NAMED_PROVINCE = re.compile(r"\b(?:tỉnh|thành phố|TP\.?)\s+[A-ZĐÀ-Ỹ]")
"""The departments of a named province ("các sở, ngành tỉnh Bắc Ninh"): an outside leader at that province."""

_DEPARTMENTS = re.compile(r"^(?:lãnh đạo\s+)?(?:các|một số|những)\s+sở(?:,\s*ban)?(?:,\s*|\s+và\s+|\s+)ngành\b",
                          re.IGNORECASE)
"""The other side opens on the province's departments in the plural: "các sở, ngành", "một số sở, ban, ngành"."""

_PURPOSE = re.compile(r"\s*,?\s+(?:để|nhằm|về|bàn|cho ý kiến|thống nhất|xem xét|nghe)\b", re.IGNORECASE)
"""Where the list of those worked with ends and what the session is for begins."""

_LOCAL_UNIT = re.compile(r"\b(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\s+[A-ZĐÀ-Ỹ0-9]|"
                         r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:các\s+)?(?:huyện|quận|thị xã|thành phố|"
                         r"xã|phường|thị trấn|đặc khu)\b")
"""A locality among those worked with: "UBND phường Cửa Lò", "huyện A", "UBND các xã"."""

_SITE = re.compile(r"\btại\s+(?:các\s+)?(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu|dự án|công trình|"
                   r"trường|bệnh viện|trụ sở|Trung tâm|Bộ phận|khu|cụm|nhà máy|điểm)\b", re.IGNORECASE)
"""The session held at a place of the units' ("tại phường A", "tại dự án", "tại Trung tâm Phục vụ hành chính công")."""

_OVERSEEING = re.compile(
    r"\b(?:HĐND|Hội đồng nhân dân|Quốc hội|ĐBQH|Mặt trận|MTTQ|Thanh tra|Trưởng đoàn|"
    r"(?:[Đđ]oàn|[Tt]ổ)\s+(?:giám sát|khảo sát|kiểm tra|công tác|đại biểu)|"
    r"Ban\s+(?:Pháp chế|Kinh tế|Văn hóa|Văn hoá|Dân tộc|Đô thị))\b")
"""An overseeing body or an outside team: then the session is its oversight of the departments."""

_OVERSIGHT_WORD = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thanh tra|thực địa|đến thăm|thăm và)\b",
                             re.IGNORECASE)
_DEVICE = re.compile(r"\b(?:camera|hệ thống|thiết bị|phần mềm|nền tảng)\s*$", re.IGNORECASE)
"""A thing named by what it does ("camera giám sát giao thông", "hệ thống giám sát"): what a scheme buys, no
oversight made."""


def _says_oversight(text: str) -> bool:
    return any(not _DEVICE.search(text[:m.start()]) for m in _OVERSIGHT_WORD.finditer(text))


def chairs_the_departments(article: Article, evidence: str | None) -> bool:
    """Whether the sentence read as the visit is a leader chairing a working session with the departments."""
    if not evidence:
        return False
    chaired = _CHAIRS.search(evidence)
    if not chaired:
        unchaired = _UNCHAIRED.search(evidence.strip())
        if not unchaired or not _OWN_LEADER.search(unchaired["who"]) or _NAMED_PROVINCE.search(unchaired["side"]):
            return False
        chaired = unchaired
    if not _DEPARTMENTS.match(chaired["side"]):
        return False
    purpose = _PURPOSE.search(chaired["side"])
    side = chaired["side"][:purpose.start()] if purpose else chaired["side"]
    if _LOCAL_UNIT.search(side) or _SITE.search(evidence) or _OVERSEEING.search(evidence):
        return False
    said = [evidence] + ([article.title] if article.title else [])
    return not any(_says_oversight(text) for text in said)
