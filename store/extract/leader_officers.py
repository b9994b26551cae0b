"""A leader no sentence calls one: the overseeing body's own officer who speaks for the visit, or the person who
holds the office a lead names instead of a person.

Last resorts of `leaders.choose_leader`, tried only when no mention is introduced as the head: each one asks for
evidence that the person is on the visiting side (the overseeing body's title at its level, or a bare "ông/bà"
speaking for the office that visited), so a host who reports is never taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .mention_text import after_titles, before_title
from .person_names import name_parts

if TYPE_CHECKING:
    from .people import People, PersonMention
    from .text import Article

_OFFICE_VISITS = re.compile(r"^\W*(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Nn]gày|[Hh]ôm)[^,.;]{0,25},\s*)?(?:Phó\s+)?"
                            r"(?:Chủ tịch|Bí thư|Giám đốc)\s+(?:UBND\s+|HĐND\s+)?"
                            r"(?:tỉnh|thành phố|huyện|quận|thị xã)\s+(?:[A-ZĐ]\w*\s+){0,3}"
                            r"(?:đã\s+)?(?:đến\s+|đi\s+|trực tiếp\s+)?(?:kiểm tra|khảo sát|giám sát|làm việc)\b")
"""A lead whose subject is an office, not a person: "Chủ tịch tỉnh đã đến kiểm tra đột xuất tại ...", after a time
too, written with its capital ("Chiều 21/10, Phó Chủ tịch UBND tỉnh ... đã đến kiểm tra": the pattern is case-sensitive
for the place's capitals, so the time words name both cases; session 26)."""

_OVERSEER = re.compile(
    r"(?:\bđoàn\b[^.;]{0,40}?\b(?:của\s+)?(?:Thường trực\s+)?|\bBan\s+[^.;]{0,30}?\s|\bThường trực\s+|"
    r"^\W*(?:(?:sáng|chiều|ngày|hôm)[^,.;]{0,25},\s*)?)"
    r"(HĐND|Hội đồng nhân dân|(?:Ủy|Uỷ) ban MTTQ|UBMTTQ|"
    r"Mặt trận|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)\b[^.;]{0,20}?\b(tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|"
    r"thị trấn)\b", re.IGNORECASE)
_ORGANS = {"hdnd": ("hdnd", "hoi dong nhan dan"), "hoi dong nhan dan": ("hdnd", "hoi dong nhan dan"),
           "uy ban mttq": ("mttq", "mat tran"), "ubmttq": ("mttq", "mat tran"), "mat tran": ("mttq", "mat tran"),
           "doan dbqh": ("dbqh", "dai bieu quoc hoi"), "doan dai bieu quoc hoi": ("dbqh", "dai bieu quoc hoi")}
_SPEAKS = re.compile(r"^\s*[,–-]?\s*(?:đã\s+)?(?:nhấn mạnh|phát biểu|kết luận|đề nghị|yêu cầu|chỉ đạo|đánh giá cao|"
                     r"ghi nhận|lưu ý|đề xuất|tiếp thu)\b", re.IGNORECASE)  # ("tiếp thu": takes the hosts' asks)
_ATTENDS = re.compile(r"\b(?:tham\s+)?dự\b(?!\s+(?:án|kiến|toán|thảo|báo)\b)[^.;]{0,60}"
                      r"\bcó\s*:?\s*(?:các\s+)?(?:(?:ông|bà|đồng chí|đ/c)\s*)?:?\s*$", re.IGNORECASE)
"""Only said to attend: "Dự buổi làm việc có đ/c X, Chủ tịch HĐND huyện" — the overseeing body's chair; the list
may open on a colon ("Dự hội nghị có: Ông X - Phó Chủ tịch Ủy ban MTTQ tỉnh ...", session 36); "Dự án", "Dự kiến",
"Dự toán" are no meeting."""
_OWN_UNIT_LEVELS = ("xa", "phuong", "thi tran")
_RANK = re.compile(r"\b(?:chu tich|truong ban|truong doan|pho truong doan)\b")


def overseeing_officer(people: People, article: Article) -> PersonMention | None:
    """No one is said to lead: the delegation's own body's chair or vice-chair who speaks for it at the visit
    ("Đoàn giám sát của Thường trực HĐND xã A ... Bà X, Phó Chủ tịch HĐND xã A, nhấn mạnh ...") or is only
    said to attend it ("Dự buổi làm việc có đ/c X, Chủ tịch HĐND huyện").
    A host never qualifies: the titles must name the overseeing body at the same level, never the UBND."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    bodies = [(_ORGANS.get(fold(body[1]).strip()), fold(body[2]).replace("tp", "thanh pho"))
              for part in lead for body in _OVERSEER.finditer(part)]
    # a committee of the council oversees: its own head's title names the committee, not the council
    committees = {fold(m[1]) for part in lead for m in _COMMITTEE.finditer(part)}
    for mention in people.mentions:
        title = fold(mention.title)
        if name_parts(mention.name) < 2 or "ubnd" in title or "uy ban nhan dan" in title or not _RANK.search(title):
            continue
        speaks = bool(_SPEAKS.match(after_titles(mention)) or _SAYS_BEFORE.search(before_title(mention)))
        if not (speaks or _ATTENDS.search(mention.before)):
            continue
        # a commune's or ward's own council at a session in its own unit: its chair attends as every local office
        # does ("Tới dự có các đồng chí X - Chủ tịch HĐND phường; Y - Chủ tịch Ủy ban MTTQ phường ..."), which says
        # nothing of who heads the team; a higher council's chair attending a commune's session comes to it
        if any(organ and any(word in title for word in organ) and level in title and
               (speaks or level not in _OWN_UNIT_LEVELS) for organ, level in bodies):
            return mention
        if any(re.match(rf"(?:pho )?truong ban {re.escape(name)}\b", title) for name in committees):
            return mention
    return None


_COMMITTEE = re.compile(r"\bBan\s+([^.;,]{2,30}?)\s+(?:HĐND|Hội đồng nhân dân)\b")
_SAYS_BEFORE = re.compile(r"(?:^|[.;]\s*|,\s*)theo\s+$", re.IGNORECASE)
"""Said to speak before the name: "Theo Trưởng ban Kinh tế - Ngân sách X, xã cần ..."."""


def office_then_name(people: People, article: Article) -> PersonMention | None:
    """The lead says only which office visited ("Chủ tịch tỉnh đã đến kiểm tra ..."); the first person named
    by "ông"/"bà" alone in the next sentences who speaks for the visit ("bà X ghi nhận ...") holds it. A person
    with a title of their own is someone else (a host who reports, an official who attends)."""
    if not article.sentences or not _OFFICE_VISITS.match(article.sentences[0].text):
        return None
    near = {s.index for s in article.sentences[:4]}
    for mention in people.mentions:
        if mention.sentence is None or mention.sentence.index not in near or not mention.honorific:
            continue
        if not mention.titles and name_parts(mention.name) >= 2 and _SPEAKS.match(after_titles(mention)):
            return mention
    return None
