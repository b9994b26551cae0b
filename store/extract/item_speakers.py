"""Who says an item, and so which kind it is: the locality asks (a recommendation), the delegation asks (a direction).

The verb alone does not tell: "đề nghị" is both. The words before it do: the
head of the delegation by name, "Trưởng đoàn", a delegation member, or a
local title, office or unit.
"""

from __future__ import annotations

import re

from .item_ask_verbs import ASK_VERBS, read_verb
from .item_body_names import joined_body
from .item_guidance import guided_unit
from .item_local_speakers import office_speaker, reported_to_team, title_office
from .item_narrative import session_deputies
from .item_nonitems import noun_use, question_or_finding, stated_goal
from .item_praise import asked_after_praise
from .item_views import told_view
from .item_voices import council_speaker, higher_committee, pronoun_or_title, recommended_to, without_opener
from .item_wording import SPLIT_VERBS, split_addressee
from .people import People
from .place_unit_words import BODY_HEAD
from .places import Places, addressee_units
from .text import Sentence

LOCAL_ACTOR = re.compile(
    r"^(?:\W*)(?:(?:tại|trong)\s+(?:buổi|cuộc)[^,]*,\s*|(?:cùng với đó|đồng thời|bên cạnh đó|ngoài ra|"
    r"mặt khác)\s*,?\s*)?"
    r"(?:(?:đại diện|thay mặt)\s+)?"  # "Đại diện UBND phường đề nghị Đoàn ...": the unit speaks through someone
    r"(?:UBND|Ủy ban|Uỷ ban|lãnh đạo|địa phương|phường|xã|huyện|thị xã|thành phố|quận|thị trấn|đặc khu|cơ sở|"
    r"các địa phương|đơn vị|người dân|cử tri|trung tâm|bộ phận|chi nhánh)\b", re.IGNORECASE)
_DELEGATION_ACTOR = re.compile(
    r"\bđoàn\b|\btrưởng đoàn\b|\bthành viên\b|\bđồng chí\b|\bchuyên gia\b|\bđại biểu\b", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\W*(?:đại diện|thay mặt)\s", re.IGNORECASE)
"""A speaker who stands for a unit: the unit named after it ("Đại diện UBND xã", "Thay mặt lãnh đạo phường,
ông X") is who asks, however the person is titled."""
_LOCAL_TITLE = re.compile(r"UBND|Ủy ban nhân dân|Chủ tịch (?:UBND|xã|phường)|Bí thư (?:Đảng ủy|Huyện ủy|Thị ủy)|"
                          r"Giám đốc Trung tâm", re.IGNORECASE)


def name_keys(name: str | None) -> list[str]:
    """The ways an article refers to the leader again: the full name, the last two words, the given name."""
    if not name:
        return []
    words = name.split()
    return [name, " ".join(words[-2:]) if len(words) > 2 else name, words[-1]]


_HEAD_TITLE = re.compile(r",\s*(?:Phó\s+)?Trưởng\s+ban\s*$", re.IGNORECASE)
"""A speaker's title ending right before the ask verb: "bà X, Phó Trưởng ban đề nghị" (no comma after it)."""


def classify(sentence: Sentence, places: Places, people: People, leader_words: list[str]
              ) -> tuple[str, str | None, str, str | None] | None:
    """(field, by, content, to) when `sentence` asks something of someone; None when it does not."""
    text = sentence.text
    for m in re.finditer(r"\b(kiến nghị|đề xuất|đề nghị|kính đề nghị|mong muốn|yêu cầu|chỉ đạo|nhấn mạnh|kết luận|"
                         r"lưu ý|giao|chỉ rõ|quán triệt|ghi nhận|hướng dẫn|" + ASK_VERBS + r")\b", text, re.IGNORECASE):
        before = text[:m.start()]
        if (read := read_verb(m[1], before, text[m.end():])) is None:
            continue  # "xin phép", "công tác đôn đốc": no ask (`item_ask_verbs`)
        verb, after = read
        if verb == "hướng dẫn":
            guided = guided_unit(before, after)
            actor = _actor(before, people, leader_words, places) if guided else None
            if guided and actor is not None and actor[0] == "delegation":
                return "directions", actor[1], guided[1], guided[0]
            continue
        if (told := recommended_to(verb, before, after)) is not None:
            actor = _actor(before, people, leader_words, places)
            if actor is not None and actor[0] == "delegation":
                return "directions", actor[1], told[1], told[0]
        if noun_use(verb, before, after):
            continue
        coordinated = verb in ("đề nghị", "yêu cầu", "chỉ đạo") and re.search(r"\bđã\b[^.;]*\svà\s*$", before) \
            or asked_after_praise(verb, before, after)  # "Đoàn ghi nhận ... và đề nghị xã ..." (`item_praise`)
        noun = re.search(r"\b(?:các|những|một số|và|của|ban|sự|lãnh đạo,?)\s*$", before, re.IGNORECASE)
        if noun and verb != "chỉ đạo" and _HEAD_TITLE.search(before):
            noun = None  # "Ông X, Trưởng ban đề nghị ...": the board's head asks ("Ban Chỉ đạo" stays a noun)
        if noun and not coordinated or \
                verb == "chỉ đạo" and re.search(r"\bcông tác\s*$", before, re.IGNORECASE) or \
                re.match(r"\s*(?:của|,\s*kiến nghị của)\b", after):
            continue  # a noun: "các kiến nghị", "kiến nghị của người dân", "Ban Chỉ đạo"
        if verb != "ghi nhận" and re.search(r"\bđể\s+(?:\S+\s+){0,3}$", before):
            continue  # a purpose: "... để báo cáo, kiến nghị tỉnh ..."
        if verb == "kết luận" and re.match(r"\s+(?:buổi|cuộc|tại)", after):
            continue  # "Kết luận buổi giám sát, ...": the occasion, the verb comes later
        if verb == "chỉ đạo" and (
            not before.strip() or re.search(r"(?:lãnh đạo|tăng cường|quyết liệt)\s*,?\s*$", before, re.IGNORECASE)
        ):
            continue
        if session_deputies(re.split(r"[.;]", before)[-1]):
            continue  # "Tại kỳ họp ..., các đại biểu HĐND xã ... đề nghị huyện ...": a story (`item_narrative`)
        actor = _actor(before, people, leader_words, places)
        if actor is None:
            continue
        side, who = actor
        if side == "local" and (higher := higher_committee(re.split(r"[.;]", before)[-1], after)):
            side, who = "delegation", higher
        if side == "delegation" and stated_goal(verb, after):
            return "directions", who, "", None  # the leader speaks on: what follows may be his directions
        if verb == "ghi nhận":
            if side == "delegation" and re.search(r"\bđể\s+(?:báo cáo|tổng hợp|tham mưu|đề xuất|làm việc)", after) and \
                    (not re.search(r"kiến nghị", after) or _TAKEN_UP.match(after)):
                return "directions", who, _after_recorded(after), None
            continue
        if side == "local" and verb in ("kiến nghị", "đề xuất", "đề nghị", "kính đề nghị", "mong muốn"):
            to, content = split_addressee(after)
            return "recommendations", who, content, to
        if side == "delegation" and verb not in ("mong muốn", "kính đề nghị"):
            if (directed := _directed(verb, who, after)) is None:
                continue
            return directed
    if (view := told_view(text)) is not None and \
            (actor := _actor(view[0], people, leader_words, places)) is not None and actor[0] == "delegation":
        return _directed("đề nghị", actor[1], view[1])  # "Theo ông X, xã cần ...": his direction (`item_views`)
    return None


def _directed(verb: str, who: str | None, after: str) -> tuple[str, str | None, str, str | None] | None:
    """The delegation's direction of the words `after` its verb: whom it asks and what; None for a question."""
    to, content = split_addressee(after)
    if to is None:
        unit = addressee_units(content.lstrip(" ,:"))
        if unit:
            to, content = unit, content.lstrip(" ,:")[len(unit):]
            to, content = _qualified_unit(to, content)
    return None if question_or_finding(verb, content) else ("directions", who, content, to)


def _after_recorded(after: str) -> str:
    m = re.search(r"\bđể\s+", after)
    tail = after[m.end():] if m else after
    return tail


def _actor(before: str, people: People, leader_words: list[str], places: Places) -> tuple[str, str | None] | None:
    """Who speaks: ("delegation", name) or ("local", who), from the words before the verb."""
    clauses = re.split(r"[.;]", before)
    clause = clauses[-1]
    if _CONNECTOR.fullmatch(clause) and len(clauses) > 1 and ";" in before:
        clause = clauses[-2]  # "...; từ đó hướng dẫn ...": the subject of the clause before goes on
    if (told := reported_to_team(clause)) is not None:
        return "local", office_speaker(told, places) or _local_by(told, places)
    if office := office_speaker(clause, places):
        return "local", office
    if _ON_BEHALF.match(clause) and LOCAL_ACTOR.match(clause):
        return "local", _local_by(clause, places)  # "Thay mặt lãnh đạo phường, ông X đề nghị Đoàn ...": the ward asks
    for key in leader_words:
        if key and re.search(r"\b" + re.escape(key) + r"\b", clause):
            return "delegation", leader_words[0]
    if re.search(r"\bphó\s+trưởng đoàn\b", clause, re.IGNORECASE):
        return "delegation", _deputy_head(clause, people, leader_words)
    if re.search(r"\btrưởng đoàn\b", clause, re.IGNORECASE):
        return "delegation", leader_words[0] if leader_words else "Trưởng đoàn"
    if pronoun_or_title(clause, people.leader):
        return "delegation", leader_words[0] if leader_words else None
    for person in people.mentions:
        if person.name in clause and person.name not in leader_words:
            if office := title_office(person.title, places):
                return "local", office
            if _LOCAL_TITLE.search(person.title) or re.search(r"(?:báo cáo|tiếp đoàn)", clause, re.IGNORECASE):
                return "local", _local_by(clause, places)
            return "delegation", person.name
    if LOCAL_ACTOR.match(clause):
        return "local", _local_by(clause, places)
    if m := re.search(r"((?:các\s+)?thành viên(?: trong)? đoàn(?:\s+(?:giám sát|khảo sát|công tác))?|"
                      r"đoàn\s+(?:giám sát|"
                      r"khảo sát|công tác|kiểm tra)|\bđoàn\b)", clause, re.IGNORECASE):
        words = m[1]
        if re.match(r"(?:các\s+)?thành viên", words, re.IGNORECASE):
            return "delegation", "Thành viên đoàn"
        return "delegation", _capital(words)
    if _DELEGATION_ACTOR.search(clause):
        return "delegation", leader_words[0] if leader_words else None
    if council := council_speaker(clause, places):
        return "delegation", council
    if (bare := without_opener(clause)) != clause and LOCAL_ACTOR.match(bare) and \
            not re.match(r"\W*(?:Ủy ban|Uỷ ban)\s+(?:Kiểm tra|MTTQ|Mặt trận)", bare):
        return "local", _local_by(bare, places)  # "Sau kiểm tra, UBND huyện ...", "Qua giám sát, xã ..."
    return None


_TAKEN_UP = re.compile(r"\s*(?:những|các)\s+(?:đề xuất,?\s*)?kiến nghị(?:,\s*đề xuất)?\s+của\s+(?:các\s+|hai\s+)?"
                       r"(?:phường|xã|địa phương|đơn vị|huyện|quận|thị xã)\b[^.;]{0,40}?\bđể\s+(?:tổng hợp|báo cáo)",
                       re.IGNORECASE)
"""The team takes the units' requests up: "Đoàn ghi nhận những đề xuất, kiến nghị của các phường để tổng hợp báo cáo
và làm việc với UBND thành phố" (seed 004) is the team's own task; "ghi nhận các kiến nghị để đề xuất giải pháp"
(seed 001, no owner) stays the locality's requests, not listed."""
_CONNECTOR = re.compile(r"\W*(?:(?:từ đó|qua đó|sau đó|đồng thời|và)\s*,?\s*)?", re.IGNORECASE)
"""A clause after ";" with no subject of its own."""

_VERBS = "phối hợp|tổ chức|hoàn thành|" + "|".join(re.escape(v) for v in SPLIT_VERBS)
_QUALIFIED = re.compile(r"\s*((?:chức năng|chuyên môn|liên quan|trực thuộc|thuộc)\b[^;:]{0,80}?)"
                        r"(?=\s+(?:" + _VERBS + r")\b)", re.IGNORECASE)


def _qualified_unit(to: str, content: str) -> tuple[str, str]:
    """ "các đơn vị" + "chức năng thuộc Bộ Công an ... phối hợp ...": the whole addressee, not the bare units."""
    if also := re.match(r"\s*và\s+((?:\S+\s+){0,3}?\S+|" + BODY_HEAD.pattern + r"(?:\s+\S+){0,5}?)\s+(?=(?:" + _VERBS +
                        r")\b)", content):  # a body's name may run longer: "và Trung tâm Y tế khu vực tăng cường"
        to, content = to + " và " + also[1], content[also.end():]  # "phường và nhà trường hoàn thành ...": both
    elif (link := re.match(r"\s*và\s+", content)) and (body := joined_body(content[link.end():])):
        to, content = to + " và " + body, content[link.end() + len(body):]  # "và Phòng Tư pháp huyện mở ...": any verb
    if level := re.match(r"\s*,\s*(thị trấn|phường|xã|đặc khu)\b", content):
        to, content = to + ", " + level[1], content[level.end():]  # "các xã, thị trấn": one addressee
    m = _QUALIFIED.match(content)
    if not m:
        return to, content
    return to + " " + m[1].strip(), content[m.end():]


def _local_by(clause: str, places: Places) -> str | None:
    for mention in places.mentions:
        if mention.visited and mention.sentence is not None and mention.written in clause and mention.name:
            prefix = "UBND " if re.search(r"UBND\s*$", clause[:clause.find(mention.written)]) or \
                mention.level in ("phường", "xã", "đặc khu") else ""
            return prefix + mention.name
    if re.search(r"\b(?:hai|các)\s+(?:địa phương|phường|xã)\b", clause, re.IGNORECASE) and len(places.visited) > 1:
        return " và ".join(m.name for m in places.visited)
    return None


def _deputy_head(clause: str, people: People, leader_words: list[str]) -> str:
    """ "bà X, Phó Trưởng đoàn đề nghị ...": the deputy head asks, not the leader; by name when the article named her
    (in full or by her last words), else by the title."""
    for person in people.mentions:
        full, last_two, given = name_keys(person.name)
        if person.name not in leader_words and re.search(
                r"\b(?:" + re.escape(full) + "|" + re.escape(last_two) + r"|(?:ông|bà|đồng chí)\s+" + re.escape(given) +
                r")\b", clause, re.IGNORECASE):
            return person.name
    return "Phó Trưởng đoàn"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
