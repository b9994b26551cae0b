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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .people import People
from .places import Places, addressee_units
from .text import Sentence

_REC_VERBS = re.compile(r"\b(kiến nghị|đề xuất|đề nghị|kính đề nghị|mong muốn|xin)\b", re.IGNORECASE)
_DIR_VERBS = re.compile(r"\b(đề nghị|yêu cầu|chỉ đạo|nhấn mạnh|kết luận|lưu ý|giao|đề xuất|chỉ rõ|quán triệt)\b",
                        re.IGNORECASE)
_LOCAL_ACTOR = re.compile(
    r"^(?:\W*)(?:(?:tại|trong)\s+(?:buổi|cuộc)[^,]*,\s*|(?:cùng với đó|đồng thời|bên cạnh đó|ngoài ra|mặt khác)\s*,?\s*)?"
    r"(?:UBND|Ủy ban|Uỷ ban|lãnh đạo|địa phương|phường|xã|huyện|thị xã|thành phố|quận|thị trấn|đặc khu|cơ sở|"
    r"các địa phương|đơn vị|người dân|cử tri|trung tâm|bộ phận|chi nhánh)\b", re.IGNORECASE)
_DELEGATION_ACTOR = re.compile(
    r"\bđoàn\b|\btrưởng đoàn\b|\bthành viên\b|\bđồng chí\b|\bchuyên gia\b|\bđại biểu\b", re.IGNORECASE)
_LOCAL_TITLE = re.compile(r"UBND|Ủy ban nhân dân|Chủ tịch (?:UBND|xã|phường)|Bí thư (?:Đảng ủy|Huyện ủy|Thị ủy)|"
                          r"Giám đốc Trung tâm", re.IGNORECASE)
_ACTION = (r"sớm|kịp thời|xem xét|quan tâm|cần|bố trí|bổ sung|hướng dẫn|cập nhật|tăng cường|chỉ đạo|nghiên cứu|"
           r"ban hành|có|hỗ trợ|tạo|giải quyết|phối hợp|đầu tư|cấp|thống nhất|khắc phục|nâng cấp|trang bị|tập huấn")
_ADDRESSEES = re.compile(
    r"^(?:với\s+)?((?:Thủ tướng\s+)?Chính phủ|Quốc hội|Trung ương|các bộ,?\s*ngành(?: Trung ương)?|"
    r"(?:các\s+)?sở,?\s*ngành(?: (?:tỉnh|thành phố))?|"
    r"(?:Bộ|Sở|Ban)\s+[A-ZĐ][^,;:]{1,60}?(?=\s+(?:" + _ACTION + r")\b|\s*[,:;]|$)|"
    r"(?:UBND|HĐND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|TP|Thành phố|huyện|quận|thị xã)(?:\s+[A-ZĐ][^\s,;]*)*|"
    r"cấp trên|tỉnh|thành phố|Thành phố|TP|huyện|Huyện|Tỉnh|Công an\s+(?:tỉnh|thành phố|TP))"
    r"(?=\s|,|:|$)")
_SPLIT_VERBS = (
    "bố trí", "bổ sung", "cập nhật", "tập huấn", "tăng cường", "đẩy mạnh", "tiếp tục", "đổi mới", "nâng cao", "rà soát",
    "xem xét", "sớm", "cần", "quan tâm", "đầu tư", "khắc phục", "kiện toàn", "ban hành", "hướng dẫn",
    "nghiên cứu", "chú trọng", "ưu tiên", "đảm bảo", "bảo đảm", "kịp thời", "thường xuyên", "khuyến khích",
    "tập trung", "nghiêm túc", "liên tục", "đa dạng", "trang bị", "nâng cấp", "phân bổ", "hoàn thiện", "sửa đổi",
    "điều chỉnh", "phối hợp", "làm rõ", "đánh giá", "theo dõi", "chuẩn bị", "phấn đấu", "quyết liệt", "tuyên truyền",
    "nhân rộng", "duy trì", "công khai", "chủ động", "chấn chỉnh", "lưu trữ", "hỗ trợ", "có biện pháp", "kịp thời",
    "cắt giảm", "rút ngắn", "hoàn thành", "xin lỗi",
)
_IMPERATIVE_VERBS = _SPLIT_VERBS + ("giải quyết", "xây dựng", "phải", "triển khai", "tổ chức", "thực hiện")
_STRONG_AND = ("tiếp tục", "tăng cường", "đẩy mạnh", "cần", "bổ sung", "cập nhật", "hỗ trợ", "tổ chức tập huấn",
               "báo cáo", "xin lỗi")
_VERB_ALT = "|".join(sorted((re.escape(v) for v in _SPLIT_VERBS), key=len, reverse=True))
_SPLIT_AT = re.compile(r",\s+(?=(?:" + _VERB_ALT + r")\b)", re.IGNORECASE)
_SPLIT_AND = re.compile(r"\s+và\s+(?=(?:" + "|".join(re.escape(v) for v in _STRONG_AND) + r")\b)", re.IGNORECASE)
_CONTINUE = re.compile(
    r"^(?:\W*)(?:song song (?:đó|với đó)|đồng thời|bên cạnh đó|ngoài ra|cùng với đó|mặt khác|trước hết|trước mắt|"
    r"thứ (?:nhất|hai|ba|tư|năm)|khâu đầu tiên là|trong thời gian tới|về lâu dài)\s*,?\s*", re.IGNORECASE)
_IMPERATIVE = re.compile(r"^(?:\W*)(?:" + "|".join(re.escape(v) for v in _IMPERATIVE_VERBS) +
                         r"|trong công tác)\b", re.IGNORECASE)
_VAGUE_RECS = re.compile(r"(?:các|những|một số)\s+(?:đề xuất,?\s*)?(?:kiến nghị|đề xuất)(?:,\s*đề xuất)?\b(?!\s*:)",
                         re.IGNORECASE)
_PROBLEM_WORDS = re.compile(r"\b(?:chưa|thiếu|chậm|không|lỗi|quá tải|hạn chế|khó khăn|vướng|gián đoạn|xuống cấp|"
                            r"còn cao|còn nhiều|bất cập|trục trặc|quá hạn|trễ hạn)\b", re.IGNORECASE)
_PROBLEM_INTRO = re.compile(
    r"(?:còn|vẫn còn|gặp|nêu|có|những|một số)\s+(?:một số\s+|nhiều\s+|những\s+)?(?:khó khăn|vướng mắc|hạn chế|tồn tại|"
    r"bất cập)(?:\s*,\s*(?:khó khăn|vướng mắc|hạn chế|tồn tại|bất cập))*\s*(?:như|là|:)\s*", re.IGNORECASE)
_REC_GOES_ON = re.compile(r"^\W*(?:(?:đồng thời|cùng với đó|bên cạnh đó|ngoài ra|mặt khác|song song (?:đó|với đó)|"
                          r"ngoài những kiến nghị trên)\s*,?\s*)?(?:kiến nghị|đề xuất|đề nghị|mong muốn)\b", re.IGNORECASE)
_HOWEVER = re.compile(r"^(?:\W*)(?:tuy nhiên|song|nhưng|dù vậy|bên cạnh đó)\s*,\s*", re.IGNORECASE)


@dataclass
class ItemDraft:
    field: str
    item: dict
    sentence: Sentence


def find_items(sentences: list[Sentence], places: Places, people: People) -> list[ItemDraft]:
    found: list[ItemDraft] = []
    leader = people.leader.name if people.leader else None
    leader_words = _name_keys(leader)
    directing = False
    last_actor: str | None = None
    last_to: str | None = None
    last_field: str | None = None
    last_rec_actor: str | None = None
    last_paragraph = -10
    previous_paragraph = -1
    used: set[int] = set()
    for sentence in sentences:
        text = sentence.text
        if sentence.paragraph != previous_paragraph and not _CONTINUE.match(text) and not _IMPERATIVE.match(text):
            directing = directing and sentence.paragraph == previous_paragraph + 1 and bool(_IMPERATIVE.match(text))
        previous_paragraph = sentence.paragraph
        classified = _classify(sentence, places, people, leader_words)
        if classified is None and last_field == "recommendations" and sentence.paragraph - last_paragraph <= 1:
            # "Đồng thời đề xuất Chính phủ ...", "Cùng với đó, đề xuất thành phố ...": the same speaker goes on
            if m := _REC_GOES_ON.match(text):
                to, content = _addressee(text[m.end():])
                classified = ("recommendations", last_rec_actor, content, to)
        if classified:
            field, actor, content, to = classified
            pieces = _split(content)
            for piece in pieces:
                item = _item(field, piece, actor, to, sentence, places)
                if item:
                    found.append(ItemDraft(field, item, sentence))
            used.add(sentence.index)
            last_field, last_paragraph = field, sentence.paragraph
            if field == "recommendations":
                last_rec_actor = actor
            directing = field == "directions"
            last_actor = actor if field == "directions" else None
            last_to = to if field == "directions" else None
            continue
        if directing and (_CONTINUE.match(text) or _IMPERATIVE.match(text)) and not _LOCAL_ACTOR.match(text):
            content = _CONTINUE.sub("", text)
            for piece in _split(content):
                item = _item("directions", piece, last_actor, last_to, sentence, places)
                if item:
                    found.append(ItemDraft("directions", item, sentence))
            used.add(sentence.index)
            continue
        directing = False
        if vague := _vague_recommendation(sentence, places):
            found.append(ItemDraft("recommendations", vague, sentence))
            used.add(sentence.index)
    found += _difficulties(sentences, places, used)
    _fill_addressees(found, places)
    return found


def _name_keys(name: str | None) -> list[str]:
    if not name:
        return []
    words = name.split()
    return [name, " ".join(words[-2:]) if len(words) > 2 else name, words[-1]]


def _classify(sentence: Sentence, places: Places, people: People, leader_words: list[str]
              ) -> tuple[str, str | None, str, str | None] | None:
    text = sentence.text
    for m in re.finditer(r"\b(kiến nghị|đề xuất|đề nghị|kính đề nghị|mong muốn|yêu cầu|chỉ đạo|nhấn mạnh|kết luận|"
                         r"lưu ý|giao|chỉ rõ|quán triệt|ghi nhận)\b", text, re.IGNORECASE):
        verb = m[1].lower()
        before = text[:m.start()]
        after = text[m.end():]
        if re.search(r"\b(?:các|những|một số|và|của|ban|sự|lãnh đạo,?)\s*$", before, re.IGNORECASE) or \
                verb == "chỉ đạo" and re.search(r"\bcông tác\s*$", before, re.IGNORECASE) or \
                re.match(r"\s*(?:của|,\s*kiến nghị của)\b", after):
            continue  # a noun: "các kiến nghị", "kiến nghị của người dân", "Ban Chỉ đạo"
        if verb != "ghi nhận" and re.search(r"\bđể\s+(?:\S+\s+){0,3}$", before):
            continue  # a purpose: "... để báo cáo, kiến nghị tỉnh ..."
        if verb == "kết luận" and re.match(r"\s+(?:buổi|cuộc|tại)", after):
            continue  # "Kết luận buổi giám sát, ...": the occasion, the verb comes later
        if verb == "chỉ đạo" and (not before.strip() or re.search(r"(?:lãnh đạo|tăng cường|quyết liệt)\s*,?\s*$", before,
                                                                  re.IGNORECASE)):
            continue
        actor = _actor(before, people, leader_words, places)
        if actor is None:
            continue
        side, who = actor
        if verb == "ghi nhận":
            if side == "delegation" and re.search(r"\bđể\s+(?:báo cáo|tổng hợp|tham mưu|đề xuất|làm việc)", after) and \
                    not re.search(r"kiến nghị", after):
                return "directions", who, _after_recorded(after), None
            continue
        if side == "local" and verb in ("kiến nghị", "đề xuất", "đề nghị", "kính đề nghị", "mong muốn"):
            to, content = _addressee(after)
            return "recommendations", who, content, to
        if side == "delegation" and verb not in ("mong muốn", "kính đề nghị"):
            to, content = _addressee(after)
            if to is None:
                unit = addressee_units(content.lstrip(" ,:"))
                if unit:
                    to, content = unit, content.lstrip(" ,:")[len(unit):]
            return "directions", who, content, to
    return None


def _after_recorded(after: str) -> str:
    m = re.search(r"\bđể\s+", after)
    tail = after[m.end():] if m else after
    return tail


def _actor(before: str, people: People, leader_words: list[str], places: Places) -> tuple[str, str | None] | None:
    """Who speaks: ("delegation", name) or ("local", who), from the words before the verb."""
    clause = re.split(r"[.;]", before)[-1]
    for key in leader_words:
        if key and re.search(r"\b" + re.escape(key) + r"\b", clause):
            return "delegation", leader_words[0]
    if re.search(r"\btrưởng đoàn\b", clause, re.IGNORECASE):
        return "delegation", leader_words[0] if leader_words else "Trưởng đoàn"
    if re.match(r"^\W*(?:đồng chí|ông|bà)\s*$", clause.strip() + " ", re.IGNORECASE) or re.fullmatch(
            r"\W*(?:đồng chí|ông|bà)\s*", clause, re.IGNORECASE):
        return "delegation", leader_words[0] if leader_words else None
    for person in people.mentions:
        if person.name in clause and person.name not in leader_words:
            if _LOCAL_TITLE.search(person.title) or re.search(r"(?:báo cáo|tiếp đoàn)", clause, re.IGNORECASE):
                return "local", _local_by(clause, places)
            return "delegation", person.name
    if _LOCAL_ACTOR.match(clause):
        return "local", _local_by(clause, places)
    if m := re.search(r"((?:các\s+)?thành viên(?: trong)? đoàn(?:\s+(?:giám sát|khảo sát|công tác))?|đoàn\s+(?:giám sát|"
                      r"khảo sát|công tác|kiểm tra)|\bđoàn\b)", clause, re.IGNORECASE):
        words = m[1]
        if re.match(r"(?:các\s+)?thành viên", words, re.IGNORECASE):
            return "delegation", "Thành viên đoàn"
        return "delegation", _capital(words)
    if _DELEGATION_ACTOR.search(clause):
        return "delegation", leader_words[0] if leader_words else None
    return None


def _local_by(clause: str, places: Places) -> str | None:
    for mention in places.mentions:
        if mention.visited and mention.sentence is not None and mention.written in clause and mention.name:
            prefix = "UBND " if re.search(r"UBND\s*$", clause[:clause.find(mention.written)]) or \
                mention.level in ("phường", "xã", "đặc khu") else ""
            return prefix + mention.name
    if re.search(r"\b(?:hai|các)\s+(?:địa phương|phường|xã)\b", clause, re.IGNORECASE) and len(places.visited) > 1:
        return " và ".join(m.name for m in places.visited)
    return None


def _addressee(after: str) -> tuple[str | None, str]:
    rest = after.lstrip(" ,")
    colon = rest.startswith(":")
    rest = rest.lstrip(" :")
    if colon:
        return None, rest
    m = _ADDRESSEES.match(rest)
    if m:
        to = m[1].strip()
        return to, rest[m.end():].lstrip(" ,:")
    return None, rest


def _split(content: str) -> list[str]:
    content = re.sub(r"(?:\.{3}|…|\./\.|[.!?])+\s*$", "", content.strip())
    pieces: list[str] = []
    for part in re.split(r"\s*;\s*", content):
        for sub in _SPLIT_AT.split(part):
            for piece in _SPLIT_AND.split(sub):
                if pieces and len(piece.split()) < 3 and not re.match(_VERB_ALT, piece, re.IGNORECASE):
                    pieces[-1] += ", " + piece
                else:
                    pieces.append(piece)
    merged: list[str] = []
    carry = ""
    for piece in pieces:
        piece = (carry + ", " + piece) if carry else piece
        carry = ""
        if len(piece.strip(" ,:").split()) < 3:
            carry = piece
            continue
        merged.append(piece)
    if carry:
        if merged:
            merged[-1] += ", " + carry
        else:
            merged.append(carry)
    return [p.strip(" ,:") for p in merged if len(p.strip(" ,:").split()) >= 2]


def _item(field: str, text: str, actor: str | None, to: str | None, sentence: Sentence, places: Places) -> dict | None:
    text = _tidy(text)
    if not text or len(text.split()) < 2:
        return None
    item: dict = {"text": text}
    own_to = None
    m = re.match(r"((?:Sở|Bộ|Ban|UBND|Công an)\s+[A-ZĐ][^,;:]{0,60}?)\s+(?=(?:" + _ACTION + r")\b)", text)
    if field == "recommendations" and m and len(m[1].split()) <= 8:
        own_to = m[1]
    if actor:
        item["by"] = actor
    if own_to or to:
        item["to"] = own_to or to
    if field == "recommendations":
        scene = places.scene_at(sentence, 0)
        if actor and " và " in actor:
            scene = None
        if scene is not None:
            item["locality"] = scene.name
            item.setdefault("by", "UBND " + scene.name if scene.level in ("phường", "xã", "thành phố", "huyện",
                                                                             "thị xã", "quận") else scene.name)
    return item


def _tidy(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:-–")
    text = re.sub(r"(?:\.{3}|…|\./\.)+$", "", text).rstrip(" ,;:.")
    text = re.sub(r"^(?:là|rằng|về việc)\s+", "", text, flags=re.IGNORECASE)
    if not text:
        return ""
    return text[:1].upper() + text[1:] + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _vague_recommendation(sentence: Sentence, places: Places) -> dict | None:
    """ "UBND phường nêu những khó khăn, vướng mắc và các kiến nghị để ...": recommendations made, not listed."""
    text = sentence.text
    m = _VAGUE_RECS.search(text)
    if not m:
        return None
    if re.search(r"\b(?:của|tổ chức, công dân|người dân|cử tri)\s+(?:tổ chức|người dân|công dân|cử tri)", text[m.end():m.end() + 25]):
        return None
    if re.search(r"phản ánh,?\s*kiến nghị|kiến nghị của (?:tổ chức|người dân|công dân|cử tri)", text, re.IGNORECASE):
        return None
    scene = places.scene_at(sentence, m.start())
    named = [mention for mention in places.mentions if mention.sentence is sentence and mention.visited
             and mention.start > m.start()]
    if named:
        scene = next((v for v in places.visited if v.key == named[0].key), scene)
    item: dict = {"text": _tidy(text)[:-1] + " (bài viết không nêu nội dung cụ thể)."}
    if scene is not None:
        ubnd = re.search(r"UBND\s+" + re.escape(scene.name), text)
        item["by"] = ("UBND " if ubnd else "") + scene.name
        item["locality"] = scene.name
    to = re.search(r"để\s+((?:thành phố|tỉnh|Trung ương|Chính phủ|cấp trên)(?:\s+và\s+(?:thành phố|tỉnh|Trung ương|"
                   r"Chính phủ))?)", text)
    if to:
        item["to"] = to[1]
    return item


def _difficulties(sentences: list[Sentence], places: Places, used: set[int]) -> list[ItemDraft]:
    found: list[ItemDraft] = []
    open_list = False
    for sentence in sentences:
        text = sentence.text
        if sentence.index in used:
            open_list = False
            continue
        content = None
        if m := _PROBLEM_INTRO.search(text):
            content = text[m.end():]
        elif m := re.search(r"\bcòn\s+(thiếu|chậm|hạn chế|chưa)\b", text):
            content = text[m.start(1):]
        elif _HOWEVER.match(text) and _PROBLEM_WORDS.search(text):
            content = _HOWEVER.sub("", text)
        elif open_list and _PROBLEM_WORDS.search(text) and re.match(r"^\W*(?:một số|nhiều|ngoài ra|bên cạnh đó|đồng thời)",
                                                                    text, re.IGNORECASE):
            content = text
        elif re.search(r"\bchủ yếu do\s+(?:vướng mắc|khó khăn)", text):
            content = text[re.search(r"\bchủ yếu do\s+", text).end():]
        if content is None:
            open_list = False
            continue
        open_list = True
        scene = places.scene_at(sentence, 0)
        for piece in _problem_pieces(content):
            item: dict = {"text": _tidy(piece)}
            if scene is not None:
                item["locality"] = scene.name
            if len(item["text"].split()) >= 3:
                found.append(ItemDraft("difficulties", item, sentence))
    return found


def _problem_pieces(content: str) -> list[str]:
    content = re.sub(r"(?:\.{3}|…|[.!?])+\s*$", "", content.strip())
    parts = re.split(r"\s*[;,]\s*", content)
    pieces: list[str] = []
    for part in parts:
        if pieces and not _PROBLEM_WORDS.search(part):
            pieces[-1] += ", " + part
        elif pieces and not _PROBLEM_WORDS.search(pieces[-1]):
            pieces[-1] += ", " + part
        else:
            pieces.append(part)
    return [p for p in pieces if p.strip()]


_BARE_UNIT = re.compile(r"^(UBND\s+)?(?:các|hai|ba|bốn)?\s*(phường|xã|thị trấn|huyện|quận|thị xã|thành phố|địa phương|"
                        r"đơn vị)$", re.IGNORECASE)


def _fill_addressees(found: list[ItemDraft], places: Places) -> None:
    """ "huyện", "UBND thị xã", "hai phường": the visited units they mean; no addressee: the only visited unit."""
    visited = [m for m in places.visited if m.name]
    for draft in found:
        if draft.field != "directions":
            continue
        to = draft.item.get("to")
        if to is None:
            if len(visited) == 1:
                draft.item["to"] = visited[0].name
            continue
        m = _BARE_UNIT.match(to.strip())
        if not m:
            continue
        level = m[2].lower()
        same = [v for v in visited if v.level == level or level in ("địa phương", "đơn vị")
                or level == "thị trấn" and v.level == "xã"]
        if len(same) == 1:
            draft.item["to"] = (m[1] or "") + same[0].name
        elif len(same) > 1 and re.search(r"\b(?:các|hai|ba|bốn)\b", to, re.IGNORECASE) or len(same) > 1 and \
                level in ("địa phương", "đơn vị"):
            draft.item["to"] = " và ".join(v.name for v in same)
        elif len(visited) == 1 and level in ("địa phương", "đơn vị"):
            draft.item["to"] = visited[0].name
