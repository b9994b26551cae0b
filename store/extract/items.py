"""Recommendations, directions and difficulties.

- A **recommendation** is what the locality asks for: "Phường X kiến nghị
  Chính phủ ...", "địa phương kiến nghị: ...; ...", "Huyện đề xuất Thành phố
  ...". The addressee after the verb becomes `to`. A report that says the
  locality raised recommendations without saying which ("nêu những khó khăn,
  vướng mắc và các kiến nghị") gives one item that says so.
- A **direction** is what the delegation asks of the locality: "đồng chí X đề
  nghị phường ... ; ...", "Trưởng đoàn yêu cầu ...", "... nhấn mạnh, Huyện
  tiếp tục ...", and the imperative sentences that follow it ("Song song
  đó, đổi mới ...", "Liên tục rà soát ...").
- A **difficulty** is a problem the locality reports: "vẫn còn một số vướng
  mắc như A, B", "nêu khó khăn: A, B", "còn thiếu ...".

Lists are split into items at ";" and where a new action verb starts after a
comma ("bố trí thêm ..., bổ sung ..., cập nhật ...").

This module walks the sentences and keeps the thread between them (a
direction goes on in the imperative sentences after it); who speaks is told
by `item_speakers`, an item's words by `item_wording`, difficulties by
`difficulties`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .difficulties import find_difficulties
from .item_cuts import mark_stumps
from .item_lists import first_time
from .item_narrative import appraisal, asks_in_a_story
from .item_nonitems import earlier_recommendations
from .item_speakers import LOCAL_ACTOR, classify, name_keys
from .item_trouble_asks import ask_after_trouble
from .item_wording import SPLIT_VERBS, fill_addressees, make_item, split_addressee, split_items, tidy
from .people import People
from .places import Places
from .text import Sentence

_IMPERATIVE_VERBS = SPLIT_VERBS + ("giải quyết", "xây dựng", "phải", "triển khai", "tổ chức", "thực hiện")
_CONTINUE = re.compile(
    r"^(?:\W*)(?:song song (?:đó|với đó)|đồng thời|bên cạnh đó|ngoài ra|cùng với đó|mặt khác|trước hết|trước mắt|"
    r"thứ (?:nhất|hai|ba|tư|năm)|khâu đầu tiên là|trong thời gian tới|về lâu dài)\s*,?\s*", re.IGNORECASE)
_IMPERATIVE = re.compile(r"^(?:\W*)(?:" + "|".join(re.escape(v) for v in _IMPERATIVE_VERBS) +
                         r"|trong công tác|tuyệt đối|nghiêm cấm|không để)\b", re.IGNORECASE)
_MUST = re.compile(r"^\W*(?:\S+\s+){1,5}?(?:cần|phải)\s+(?:" + "|".join(re.escape(v) for v in _IMPERATIVE_VERBS) +
                   r"|có|giữ|làm)\b", re.IGNORECASE)
"""A subject and "cần"/"phải" with a verb ("Trung tâm cần bố trí ..."): the leader's direction going on, even when the
subject is a local unit; "Xã cần thêm kinh phí" (a need, no verb) is not."""
_ASKED_OF = re.compile(r"^(?:yêu cầu|đề nghị)\s+(?:đối với\s+)?", re.IGNORECASE)
_TROUBLE = re.compile(r"\bcòn\s+(?:những|nhiều|một số)?\s*(?:khó khăn|hạn chế|vướng mắc|bất cập|tồn tại)",
                      re.IGNORECASE)
_REPORTED = re.compile(r"^\W*(?:cùng đó|cùng với đó|đồng thời|bên cạnh đó|ngoài ra)\s*,?\s*"
                       r"(?:đề xuất|kiến nghị|đề nghị)\b(?:\s*,\s*(?:đề xuất|kiến nghị))?", re.IGNORECASE)
_REPORT_OPENER = re.compile(r"^\W*(?:tại đây|tại buổi [^,]*|báo cáo với đoàn)\s*,\s*", re.IGNORECASE)
_VAGUE_RECS = re.compile(r"(?:các|những|một số)\s+(?:đề xuất,?\s*)?(?:kiến nghị|đề xuất)(?:,\s*đề xuất)?\b(?!\s*:)",
                         re.IGNORECASE)
_LISTED_RECS = re.compile(r"\b(?:các|những|một số)\s+(?:kiến nghị|đề xuất)(?:,\s*(?:đề xuất|kiến nghị))?\s+"
                          r"(?:của\s+[^\s:;.,]+(?:\s+[^\s:;.,]+){0,3}?\s+)?"
                          r"(?:như(?:\s+sau)?|gồm|sau|về\s+(?:việc|các\s+(?:nội\s+dung|vấn\s+đề))|cụ\s+thể)\s*:\s*",
                          re.IGNORECASE)
"""Asks listed after a colon: "đưa ra một số kiến nghị như: A; B", "ghi nhận các kiến nghị, đề xuất của xã về việc:
A; B" (whose they are may come before what they are about)."""
_RESOLVED = re.compile(r"\b(?:giải quyết|trả lời|xử lý|giải đáp|phúc đáp|tiếp thu,\s*giải trình|giải trình|"
                       r"thực hiện|khắc phục|triển khai)(?:,\s*(?:giải quyết|trả lời|xử lý|giải đáp))?\s*$",
                       re.IGNORECASE)
"""Right before the asks' noun, a verb that settles them ("kết quả giải quyết các kiến nghị", "đã trả lời các kiến
nghị") or carries them out ("giám sát việc thực hiện các kiến nghị sau đợt giám sát ...", "khắc phục",
"triển khai"): asks answered or acted on, from an earlier round, not asks made at this visit."""
_REC_GOES_ON = re.compile(
    r"^\W*(?:(?:đồng thời|cùng với đó|bên cạnh đó|ngoài ra|mặt khác|song song (?:đó|với đó)|"
    r"ngoài những kiến nghị trên)\s*,?\s*)?(?:kiến nghị|đề xuất|đề nghị|mong muốn)\b",
    re.IGNORECASE,
)


@dataclass
class ItemDraft:
    """One item for the record's list `field`, with the sentence it was read from."""

    field: str
    item: dict
    sentence: Sentence
    cut: bool = False
    """Read from the page's unfinished last sentence: the item's end is lost (`item_cuts`)."""


def find_items(sentences: list[Sentence], places: Places, people: People) -> list[ItemDraft]:
    """Every recommendation and direction of `sentences` in reading order, then every difficulty."""
    found: list[ItemDraft] = []
    leader = people.leader.name if people.leader else None
    leader_words = name_keys(leader)
    directing = False
    last_actor: str | None = None
    last_to: str | None = None
    last_field: str | None = None
    last_rec_actor: str | None = None
    last_paragraph = -10
    previous_paragraph = -1
    used: set[int] = set()
    local_report: Sentence | None = None
    for sentence in sentences:
        text = sentence.text
        if sentence.paragraph != previous_paragraph and not _CONTINUE.match(text) and not _goes_on(text):
            directing = False
        previous_paragraph = sentence.paragraph
        classified = classify(sentence, places, people, leader_words)
        if classified is None and local_report is not None and local_report.paragraph == sentence.paragraph and \
                (m := _REPORTED.match(text)):
            # "Tại đây, các đơn vị đã báo cáo ... Cùng đó đề xuất, kiến nghị ...": the units that reported ask
            to, content = split_addressee(text[m.end():])
            classified = ("recommendations", None, content, to)
        local_report = sentence if LOCAL_ACTOR.match(re.sub(r"^các\s+", "", _REPORT_OPENER.sub("", text))) else None
        if classified is None and last_field == "recommendations" and sentence.paragraph - last_paragraph <= 1:
            # "Đồng thời đề xuất Chính phủ ...", "Cùng với đó, đề xuất thành phố ...": the same speaker goes on
            if m := _REC_GOES_ON.match(text):
                to, content = split_addressee(text[m.end():])
                classified = ("recommendations", last_rec_actor, content, to)
        if classified is None and (ask := ask_after_trouble(text)):
            # "UBND xã nêu khó khăn là ... và kiến nghị tỉnh ...": the ask, its difficulty left to `difficulties`
            to, content = split_addressee(text[ask.end():])
            found += _drafts("recommendations", content, None, to, sentence, places)
            last_field, last_paragraph, last_rec_actor, directing = "recommendations", sentence.paragraph, None, False
            continue
        if classified:
            field, actor, content, to = classified
            found += _drafts(field, content, actor, to, sentence, places)
            used.add(sentence.index)
            last_field, last_paragraph = field, sentence.paragraph
            if field == "recommendations":
                last_rec_actor = actor
            directing = field == "directions"
            last_actor = actor if field == "directions" else None
            last_to = to if field == "directions" else None
            continue
        local = LOCAL_ACTOR.match(text) and not _MUST.match(text)
        if directing and (_CONTINUE.match(text) or _goes_on(text)) and not local \
                and not (_TROUBLE.search(text) and not _MUST.search(text)):
            rest = _CONTINUE.sub("", text)
            asked = _ASKED_OF.match(rest)  # "Đồng thời, yêu cầu đối với cán bộ cần có ...": the words asked
            found += _drafts("directions", rest[asked.end():] if asked else rest, last_actor, last_to, sentence, places)
            used.add(sentence.index)
            continue
        directing = False
        if listed := _LISTED_RECS.search(text):
            # "cử tri cũng đưa ra một số kiến nghị như: A; B": the asks are listed after all
            voters = re.search(r"\b(cử tri|người dân)\b", text[: listed.start()].split(";")[-1], re.IGNORECASE)
            by = voters[1].capitalize() if voters else None
            found += _drafts("recommendations", text[listed.end():], by, None, sentence, places)
            used.add(sentence.index)
        elif vague := _vague_recommendation(sentence, places):
            found.append(ItemDraft("recommendations", vague, sentence))
            used.add(sentence.index)
    found += [ItemDraft("difficulties", item, sentence)
              for item, sentence in find_difficulties(sentences, places, used)]
    mark_stumps(found, sentences)  # "... doanh nghiệp được bi": a page cut inside its last item
    fill_addressees(found, places)
    seen: set[tuple[str, str]] = set()
    return [draft for draft in found if first_time(draft.field, draft.item["text"], seen)]


def _goes_on(text: str) -> bool:
    """An imperative sentence that carries a direction on: "Liên tục rà soát ...", "Tuyệt đối phải ...",
    "Trung tâm cần bố trí ..."."""
    return bool(_IMPERATIVE.match(text) or _MUST.match(text))


def _drafts(field: str, content: str, actor: str | None, to: str | None, sentence: Sentence,
            places: Places) -> list[ItemDraft]:
    """The items of one sentence's list, as drafts of `field`; a direction's clause that only praises is none."""
    clauses = re.split(r"\s*;\s*", content)
    if field == "directions" and any(appraisal(clause) for clause in clauses):
        content = "; ".join(clause for clause in clauses if not appraisal(clause))
    items = (make_item(field, piece, actor, to, sentence, places) for piece in split_items(content))
    return [ItemDraft(field, item, sentence) for item in items if item]


def _vague_recommendation(sentence: Sentence, places: Places) -> dict | None:
    """ "UBND phường nêu những khó khăn, vướng mắc và các kiến nghị để ...": recommendations made, not listed."""
    text = sentence.text
    m = _VAGUE_RECS.search(text)
    if not m or earlier_recommendations(text) or asks_in_a_story(text, m.start()) or _RESOLVED.search(text[:m.start()]):
        return None
    if re.search(
        r"\b(?:của|tổ chức, công dân|người dân|cử tri)\s+(?:tổ chức|người dân|công dân|cử tri)",
        text[m.end() : m.end() + 25],
    ):
        return None
    if re.search(r"phản ánh,?\s*kiến nghị|kiến nghị của (?:tổ chức|người dân|công dân|cử tri)", text, re.IGNORECASE):
        return None
    scene = places.scene_at(sentence, m.start())
    named = [mention for mention in places.mentions if mention.sentence is sentence and mention.visited
             and mention.start > m.start()]
    if named:
        scene = next((v for v in places.visited if v.key == named[0].key), scene)
    item: dict = {"text": tidy(text)[:-1] + " (bài viết không nêu nội dung cụ thể)."}
    several = [v.name for v in places.visited if v.name]
    noted = re.search(r"\bghi nhận\s*$", text[: m.start()], re.IGNORECASE) and scene is not None and \
        sum(1 for v in places.mentions if v.sentence is scene.sentence and not v.qualifier and v.level == scene.level
            and v.key in {u.key for u in places.visited}) > 1
    if re.search(r"\bcác\s+(?:phường|xã|địa phương|đơn vị)\b", text[: m.start()], re.IGNORECASE) and len(several) > 1 \
            or noted and len(several) > 1:
        # "lãnh đạo các phường ... nêu những kiến nghị"; the team "ghi nhận các kiến nghị" after naming the units it
        # checked in one breath (the place last named is no more the speaker than the others)
        item["by"] = ", ".join(several[:-1]) + " và " + several[-1]
    elif scene is not None:
        ubnd = re.search(r"UBND\s+" + re.escape(scene.name), text)
        item["by"] = ("UBND " if ubnd else "") + scene.name
        item["locality"] = scene.name
    to = re.search(r"để\s+((?:thành phố|tỉnh|Trung ương|Chính phủ|cấp trên)(?:\s+và\s+(?:thành phố|tỉnh|Trung ương|"
                   r"Chính phủ))?)", text)
    if to:
        item["to"] = to[1]
    return item
