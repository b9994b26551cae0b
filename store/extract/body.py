"""Which body the delegation belongs to, named in full as the report names it.

"Đoàn công tác" alone is no body when the sentence says whose it is ("đoàn công tác của
Đoàn ĐBQH TPHCM"): the team and the organ are kept together, an abbreviated city is
spelled out ("HĐND thành phố TDM"), and a level word left bare ("Đoàn ĐBQH tỉnh") is
completed with the unit the visit went to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body_departments import department_after
from .leader_welcomed import WELCOMED, WORKS_WITH

if TYPE_CHECKING:
    from .people import People
    from .places import Places
    from .text import Article, Sentence

_TEAM = re.compile(r"(?:Thường trực\s+)?(?:Đoàn|Tổ)\s+(?:giám sát|khảo sát|kiểm tra|công tác)"
                   r"(?:,\s*(?:giám sát|khảo sát|kiểm tra)(?=\s+(?:của\s+)?[A-ZĐÀ-Ỹ]))?"
                   r"(?:\s+(?:chuyên đề|liên ngành))?(?:\s+số\s+\d+)?", re.IGNORECASE)
"""A team, with its kind ("Đoàn giám sát chuyên đề", two kinds "Đoàn giám sát, kiểm tra của ...") and number ("Tổ
giám sát số 1")."""
_MINISTRY = (r"Bộ\s+(?:Nội vụ|Công an|Tư pháp|Thông tin và Truyền thông|Khoa học và Công nghệ|Tài chính|"
             r"Kế hoạch và Đầu tư|Y tế|Giáo dục và Đào tạo|Xây dựng|Nông nghiệp và (?:Phát triển nông thôn|Môi trường)|"
             r"Tài nguyên và Môi trường|Lao động\s*[-–]\s*Thương binh và Xã hội|Công Thương|Giao thông vận tải|"
             r"Văn hóa, Thể thao và Du lịch|Dân tộc và Tôn giáo|Quốc phòng|Ngoại giao)|"
             r"Văn phòng Chính phủ|Văn phòng Quốc hội|Thanh tra Chính phủ|(?:Ủy|Uỷ) ban Dân tộc|"
             r"Hội đồng [Bb]ầu cử [Qq]uốc gia")
"""A ministry or a national office whose team visits ("Đoàn công tác của Bộ Nội vụ", "đoàn công tác Văn phòng
Chính phủ"): named in full, never a bare "Đoàn công tác". (A province's department, "đoàn kiểm tra của Sở Nội vụ", is
left out: two outlets name one inspection after the department or after the steering committee it serves, and the
duplicate check must first learn that the same head makes them one team.)"""
_ORG = re.compile(
    # never inside a document's number ("Công văn số 140/HĐND-ĐGS", "Quyết định số 65/QĐ-HĐND")
    r"(?<![/\w-])(?:(?:Thường trực|Ban\s+[^,;]{2,40}?|Các Ban|Tổ đại biểu)\s+)?"
    r"(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn [Đđ]ại biểu Quốc hội|"
    r"UBND|(?:Ủy|Uỷ) ban nhân dân|Ban Chỉ đạo|(?:Ủy|Uỷ) ban MTTQ|(?:Ủy|Uỷ) ban Mặt trận Tổ quốc|Thành ủy|Tỉnh ủy|"
    r"Ban Pháp chế|Ban Kinh tế|Ban Văn hóa|"
    r"(?:Ủy|Uỷ) ban (?:Pháp luật|Kinh tế|Xã hội|Tài chính|Văn hóa|Văn hoá|Khoa học|Quốc phòng|Đối ngoại|Dân tộc|"
    r"Tư pháp|Thường vụ Quốc hội)[^;.]{0,60}?(?:của\s+)?Quốc hội|(?:Ủy|Uỷ) (?i:ban thường vụ Quốc hội)|"
    r"Hội đồng Dân tộc|"
    + _MINISTRY + r"|Quốc hội)(?:[^,;]|,\s*(?=chống\b))*")
"""(A committee's own name may hold a comma: "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", "Ban Chỉ đạo
... về phòng, chống tham nhũng"; "của" may be left out: "Đoàn Giám sát Ủy ban Khoa học, ... Môi trường Quốc hội".)"""
_OVERSEER = re.compile(r"HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn [Đđ]ại biểu Quốc hội|MTTQ|Mặt trận|Quốc hội|"
                       r"Hội đồng Dân tộc")
"""An organ that oversees or surveys (never the UBND that receives the visit)."""
_HOST_BEFORE = re.compile(r"(?:với|tại|cho|tiếp|của|Chủ tịch|Phó|Trưởng ban|Trưởng đoàn|Ủy viên|Chủ nhiệm)\s*$",
                          re.IGNORECASE)
_ORG_END = re.compile(r"\s+(?:do|đã|đang|đi|đến|làm|tổ chức|tiến hành|có buổi|giám sát|khảo sát|kiểm tra|làm việc|về|"
                      r"kết quả|tình hình|việc|đánh giá|ghi nhận|đề nghị|yêu cầu|nhấn mạnh|cho biết|chia|gồm|"
                      r"tại|"
                      r"chủ trì|dẫn đầu|cùng|ban hành|vừa|ký|họp|thăm|"
                      # the rest of the clause, never the organ's name: "HĐND tỉnh sẽ ...", "Ủy ban MTTQ tỉnh công bố
                      # quyết định ...", "Thường trực HĐND tỉnh thống nhất tạm hoãn ...", "UBND tỉnh cũng kính mời ..."
                      r"sẽ|phối hợp|thông qua|thông báo|công bố|(?:kính )?mời|còn|cũng|luôn|(?<!ban )chỉ đạo|"
                      r"thống nhất|tiếp tục|tiếp xúc|thực hiện|chú trọng|lựa chọn|quán triệt|đẩy mạnh|xem xét|nghe|"
                      r"phát biểu|thành lập|"
                      r"(?-i:được|có))\b.*$", re.IGNORECASE)  # case kept: never a name ("Nguyễn Văn Được")
_STEERING_END = re.compile(r"\s+(?:do|đã|đang|đi|đến|làm|tổ chức|tiến hành|có buổi|tại|chủ trì|dẫn đầu|cùng|vừa|"
                           r"giám sát|khảo sát|kiểm tra|làm việc)\b.*$", re.IGNORECASE)
"""A steering committee's name holds what it steers ("Ban Chỉ đạo Trung ương về thực hiện Nghị quyết số 24-NQ/TW"):
its name ends at the verb or the head, not at "về"."""


def delegation_body(article: Article, lead: Sentence | None, people: People, places: Places) -> tuple[str, str | None]:
    """The delegation as the report names it: "Đoàn giám sát, Đoàn ĐBQH tỉnh Bình Dương"."""
    candidates = ([lead] if lead else []) + list(article.sentences[:3])
    for number, sentence in enumerate(candidates):
        if number >= 1 and people.leader and sentence is not people.leader.sentence:
            # the lead names no delegation: the sentence that names the leader may ("Thực hiện Công văn ... . Ngày 8/5,
            # Đoàn giám sát của HĐND tỉnh do bà X ..."), else the leader's title does, before other sentences
            continue
        text = sentence.text
        team = _team(text, sentence is lead)
        org = _ORG.search(text, team.end()) if team else _ORG.search(text)
        if team and org and org.start() < team.end() + 8 and org.start() >= team.start():
            org_text = _without_people(_org(org[0]), people)
            # two organs behind one team ("Đoàn giám sát, kiểm tra của Ủy ban Thường vụ Quốc hội, Hội đồng bầu cử
            # Quốc gia"): both
            if org_text and org_text == _org(org[0]) and (also := _ORG.match(text, org.end() + 2)) and \
                    text[org.end():org.end() + 2] == ", " and (second := _without_people(_org(also[0]), people)):
                org_text = f"{org_text}, {second}"
            if org_text:
                return _complete_body(f"{_cap(team[0])}, {org_text}", places), text
        if team and (department := department_after(text, team.end())) and \
                (department := _without_people(_org(department), people)):
            return _complete_body(f"{_cap(team[0])}, {department}", places), text  # "Đoàn kiểm tra của Sở Nội vụ"
        if team:
            # "Đoàn khảo sát" alone: the organ is the subject of the lead or of the sentence that names the team
            # ("Thường trực HĐND Thành phố đã đến khảo sát ... Đoàn khảo sát của Thành phố do ông X")
            owner = _subject_organ([sentence] + candidates, people) or _leader_organ(people) or \
                _leader_ministry(people)  # "Thứ trưởng Bộ Y tế X cùng đoàn công tác": the ministry's team
            return _complete_body(f"{_cap(team[0])}, {owner}" if owner else _cap(team[0]), places), text
        if org and (org := _subject(text)):
            org_text = _without_people(_org(org[0]), people)
            if org_text:
                return _complete_body(org_text, places), text
    if found := _in_leader_title(people, r"(Đoàn ĐBQH.*|Đoàn đại biểu Quốc hội.*)$", places):
        return found
    if article.title:
        org = _ORG.search(article.title)
        # a headline names the organ in its subject's title ("Phó Bí thư Tỉnh ủy Cà Mau Nguyễn Văn A thăm ..."):
        # the organ, never the person
        if org and (org_text := _without_people(_org(org[0]), people)):
            return _complete_body(org_text, places), article.title
    if owner := _subject_organ(candidates, people):
        return _complete_body(owner, places), None
    for sentence in candidates[1:]:
        team = _TEAM.search(sentence.text)
        if team and team[0][0].isupper():
            return _complete_body(_cap(team[0]), places), sentence.text
    if found := _in_leader_title(people, r"(HĐND.*|Ban .*HĐND.*)$", places):
        return found
    if owner := _leader_organ(people):
        return _complete_body(owner, places), None
    if ministry := _leader_ministry(people):
        return f"Đoàn công tác, {ministry}", None  # "X, Thứ trưởng Bộ Công an, đã làm việc ...": the ministry's team
    return "Đoàn công tác", None


def _team(text: str, in_lead: bool) -> re.Match[str] | None:
    """The team the sentence names: capitalised anywhere; in lower case only in the lead and only when its organ
    follows ("đồng chí X dẫn đầu đoàn giám sát của Thường trực HĐND tỉnh"), never a head's office ("Trưởng đoàn
    khảo sát")."""
    for team in _TEAM.finditer(text):
        if re.search(r"(?:trưởng|phó|thành viên)\s*$", text[max(0, team.start() - 12):team.start()], re.IGNORECASE):
            continue
        if team[0][0].isupper():
            return team
        org = _ORG.search(text, team.end())
        if in_lead and (team.start() <= 60 or org is not None and org.start() < team.end() + 8):
            return team
    return None


def _subject(text: str) -> re.Match[str] | None:
    """The organ that is the sentence's subject: near its start, or opening the main clause after a participle
    ("Làm việc với Thường trực HĐND huyện A về ..., Thường trực HĐND tỉnh đánh giá cao"); an organ after "với",
    "tại" or an office is the host or a title."""
    # "UBND xã A đã đón tiếp <visitor>", "Đảng ủy, UBND xã A đã làm việc với <visitor>": the organ before it hosts
    welcome = WELCOMED.search(text.rstrip(" .")) or WORKS_WITH.search(text.rstrip(" ."))
    for org in _ORG.finditer(text):
        if welcome and org.start() < welcome.start("rest"):
            continue
        before = text[:org.start()]
        # a host, also the second of those listed after "với" ("làm việc với Đảng ủy, UBND phường A")
        if re.search(r"(?:với|tại|cho|tiếp)(?:\s+[^,.;]{1,30}?(?:,|\s+và))?\s*$", before, re.IGNORECASE):
            continue
        # near the start even inside the subject's title ("Phó Chủ tịch Thường trực HĐND tỉnh X Nguyễn Văn A dẫn đầu")
        if org.start() < 40 or re.search(r",\s*$", before):
            return org
    return None


def _subject_organ(sentences: list[Sentence], people: People) -> str | None:
    """An overseeing organ written as a sentence's subject, near its start ("Ngày 9/9, Ủy ban Văn hóa và Xã hội
    của Quốc hội khảo sát ..."); one that follows "với", "tại" or an office is a host or a title, not a subject."""
    for sentence in sentences:
        org = _ORG.search(sentence.text)
        if org is None or org.start() >= 40 or _HOST_BEFORE.search(sentence.text[:org.start()]):
            continue
        org_text = _without_people(_org(org[0]), people)
        if org_text and _OVERSEER.search(org_text) and not _TEAM.match(org_text):
            return org_text
    return None


_OFFICE_ORGAN = re.compile(r"\b((?:Thường trực\s+)?(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|(?:Ủy|Uỷ) ban MTTQ)\b.*)$")


def _leader_organ(people: People) -> str | None:
    """The overseeing organ the leader's own office names ("Chủ tịch HĐND TPHCM" → "HĐND TPHCM")."""
    for title in (people.leader.title.split(", ") if people.leader else []):
        if m := _OFFICE_ORGAN.search(title):
            return _org(m[1])
    return None


_TITLE_MINISTRY = re.compile(r"\b(?:Bộ trưởng|Thứ trưởng|Chủ nhiệm|Phó Chủ nhiệm|Tổng Thanh tra|Phó Tổng Thanh tra)\s+"
                             r"(" + _MINISTRY + r")")
"""A ministry or a national office the leader heads or deputises for ("Thứ trưởng Bộ Công an")."""


def _leader_ministry(people: People) -> str | None:
    """The ministry or national office the leader's own office names: a team with no organ written is its team
    ("Thứ trưởng Bộ Y tế X cùng đoàn công tác đã kiểm tra ..."), never a bare "Đoàn công tác"."""
    for title in (people.leader.title.split(", ") if people.leader else []):
        if m := _TITLE_MINISTRY.search(title):
            return m[1]
    return None


def _without_people(text: str, people: People) -> str:
    """An organ's name cut before a person named in it ("Thường trực HĐND thành phố Cần Thơ Nguyễn Thanh Phương")."""
    for mention in people.mentions:
        index = text.find(mention.name)
        if index > 0:
            text = text[:index].rstrip(" ,-–")
    return text


def _in_leader_title(people: People, pattern: str, places: Places) -> tuple[str, str | None] | None:
    """The body named at the end of one of the leader's titles ("…, Trưởng Đoàn ĐBQH tỉnh X"), with the
    sentence that gives the leader."""
    if people.leader:
        for title in people.leader.title.split(", "):
            m = re.search(pattern, title)
            if m:
                said = people.leader.sentence.text if people.leader.sentence else None
                return _complete_body(_org(m[1]) or m[1], places), said
    return None


def _org(text: str) -> str:
    # "Ủy ban MTTQ tỉnh phối hợp với Ban Văn hóa - Xã hội HĐND tỉnh tổ chức giám sát": both bodies
    text = re.sub(r"\s+phối hợp(?: với\s+|\s+(?=[A-ZĐÀ-Ỹ]))", " và ", text)  # "với" may be left out before a name
    text = (_STEERING_END if "Ban Chỉ đạo" in text[:40] else _ORG_END).sub("", text)
    # a bracket that is no abbreviation ends the name: "HĐND tỉnh X (Trưởng đoàn: ông Y)", not "HĐND (Hội đồng ...)"
    text = re.sub(r"\s*\((?![A-ZĐ]+\)).*$", "", text).strip(" ,.-–:")
    text = re.sub(r"Đoàn [Đđ]ại biểu Quốc hội", "Đoàn ĐBQH", text)  # "Đại biểu" capitalised as often: not "Quốc hội"
    text = re.sub(r"Hội đồng nhân dân", "HĐND", text)
    text = re.sub(r"\b(HĐND|ĐBQH|MTTQ|UBND) \(\1\)", r"\1", text)  # "Đoàn đại biểu Quốc hội (ĐBQH)": once
    text = re.sub(r"\bTp\.\s*", "TP ", text)  # "Đoàn ĐBQH Tp.Hải Phòng" as the project writes it
    # a national organ's name ends with "Quốc hội": what follows is the subject ('Quốc hội chuyên đề "Việc ..."') or
    # the story ("Ủy ban Văn hóa, Giáo dục của Quốc hội thí điểm lần đầu tiên ..."), never a place
    text = re.sub(r"(?<![Bb]iểu )\bQuốc hội\b(?!\s+(?:khóa|khoá)\b).*$", "Quốc hội", text)
    text = re.sub(r"\s+(?:của|với)$", "", text)
    return text


def _complete_body(body: str, places: Places) -> str:
    """ "Đoàn ĐBQH tỉnh" → "Đoàn ĐBQH tỉnh Bình Dương"; "HĐND thành phố TDM" → "HĐND thành phố Thủ Dầu Một"."""
    for mention in places.mentions:
        if mention.resolution and mention.name and mention.written in body and mention.base.isupper() \
                and mention.level in ("thành phố", "thị xã", "huyện", "quận") and mention.resolution.level != "tỉnh" \
                and not mention.name.startswith(("TP.", "TX.")):
            body = body.replace(mention.written, mention.name)
    m = re.search(r"\b(tỉnh|thành phố|Thành phố|TP|thị xã|huyện|quận)$", body)
    if not m or not places.visited:
        return body
    first = places.visited[0]
    if first.resolution is None:
        return body
    word = m[1]
    if word in ("tỉnh",):
        province = first.resolution.former_province or first.resolution.province.name
        return f"{body} {province}"
    if word in ("thành phố", "Thành phố", "TP"):
        if first.level == "thành phố" and first.level != "tỉnh":
            return f"{body} {first.base}" if not first.base.isupper() else f"{body[:m.start()]}{first.name}"
        province = first.resolution.former_province or re.sub(r"^Thành phố ", "", first.resolution.province.name)
        return f"{body[:m.start()]}TP {province}"
    if first.level == word:
        return f"{body} {first.base}"
    # "Ủy ban MTTQ huyện" when the visit was to a commune: the district the article names ("xã X, huyện Y")
    for mention in places.mentions:
        if mention.level == word and mention.resolution is not None and not mention.in_title:
            return f"{body} {mention.base}"
    return body


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
