"""An item's words: a list cut into items, the addressee taken off the front, the text tidied.

Lists are split at ";" and where a new action verb starts after a comma
("bố trí thêm ..., bổ sung ..., cập nhật ..."); pieces too short to stand
alone join their neighbour. An addressee left as a bare level ("huyện", "hai
phường") becomes the visited units it means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .item_and_members import joined_things, second_asks
from .item_body_names import KNOWN, body_name
from .item_deadline_tails import is_deadline_tail
from .item_lists import listed_entries, purpose_goes_on, shares_object
from .item_narrative import told_not_asked
from .item_own_verbs import later_ask
from .item_reports import report_closes_chain
from .place_unit_words import addressee_units
from .places import Places
from .text import Sentence

if TYPE_CHECKING:
    from .items import ItemDraft

_ACTION = KNOWN
_ADDRESSEES = re.compile(
    r"^(?:với\s+)?((?:Thủ tướng\s+)?Chính phủ|Quốc hội|Trung ương|các bộ,?\s*ngành(?: Trung ương)?|"
    r"(?:các\s+)?sở,?\s*ngành(?: liên quan)?(?: (?:của )?(?:tỉnh|thành phố))?|"
    r"(?:UBND|HĐND|Ủy ban nhân dân)\s+(?:tỉnh|thành phố|TP|Thành phố|huyện|quận|thị xã)(?:\s+[A-ZĐ][^\s,;]*)*|"
    r"Công an\s+(?:tỉnh|thành phố|TP\.?|xã|phường|thị trấn|đặc khu)(?:\s+[A-ZĐ][^\s,;]*)*|"
    r"cấp trên|tỉnh|thành phố|Thành phố|TP|huyện|Huyện|Tỉnh)"
    r"(?=\s|,|:|$)")
_SECOND_VERB = re.compile(r"^(?:và\s+|hoặc\s+)?(?:đề xuất|kiến nghị|đề nghị)\b\s*(?=\S)(?!,)", re.IGNORECASE)
_TO_TEAM = re.compile(r"^với\s+(?:các thành viên\s+)?(?:đoàn|Đoàn)(?:\s+(?:công tác|giám sát|khảo sát|kiểm tra))?"
                      r"\s*,?\s*(?=(?:một số|các|những|nhiều|về)\b)", re.IGNORECASE)
"""The team a request is made to, before the list of what is asked: not the request's addressee, who comes later."""
SPLIT_VERBS = (
    "bố trí", "bổ sung", "cập nhật", "tập huấn", "tăng cường", "đẩy mạnh", "tiếp tục", "đổi mới", "nâng cao", "rà soát",
    "xem xét", "sớm", "cần", "quan tâm", "đầu tư", "khắc phục", "kiện toàn", "ban hành", "hướng dẫn",
    "nghiên cứu", "chú trọng", "ưu tiên", "đảm bảo", "bảo đảm", "kịp thời", "thường xuyên", "khuyến khích",
    "tập trung", "nghiêm túc", "liên tục", "đa dạng", "trang bị", "nâng cấp", "phân bổ", "hoàn thiện", "sửa đổi",
    "điều chỉnh", "phối hợp", "làm rõ", "đánh giá", "theo dõi", "chuẩn bị", "phấn đấu", "quyết liệt", "tuyên truyền",
    "nhân rộng", "duy trì", "công khai", "chủ động", "chấn chỉnh", "lưu trữ", "hỗ trợ", "có biện pháp", "kịp thời",
    "cắt giảm", "rút ngắn", "hoàn thành", "xin lỗi", "coi trọng",
)
_STRONG_AND = ("tiếp tục", "tăng cường", "đẩy mạnh", "cần", "bổ sung", "cập nhật", "hỗ trợ", "tổ chức tập huấn",
               "báo cáo", "xin lỗi")
_VERB_ALT = "|".join(sorted((re.escape(v) for v in SPLIT_VERBS), key=len, reverse=True))
_SPLIT_AT = re.compile(r",\s+(?=(?:" + _VERB_ALT + r")\b)", re.IGNORECASE)
_SPLIT_AND = re.compile(r"\s+và\s+(?=(?:" + "|".join(re.escape(v) for v in _STRONG_AND) + r")\b)", re.IGNORECASE)


def split_addressee(after: str) -> tuple[str | None, str]:
    """(addressee, the rest) of the words after the verb: "Chính phủ sớm ban hành ..." gives "Chính phủ"."""
    rest = _SECOND_VERB.sub("", after.lstrip(" ,"))  # "kiến nghị, đề xuất các sở ...": one verb said twice
    rest = _TO_TEAM.sub("", rest)  # "kiến nghị với đoàn một số vấn đề như ...": what is asked follows
    colon = rest.startswith(":")
    rest = rest.lstrip(" :")
    if colon:
        return None, rest
    to_whom = len(m[0]) if (m := re.match(r"với\s+", rest)) else 0
    if name := body_name(rest[to_whom:]):  # "Sở Nội vụ tổ chức ...": the name ends by its shape (`item_body_names`)
        return name, rest[to_whom + len(name):].lstrip(" ,:")
    m = _ADDRESSEES.match(rest)
    if m:
        to = m[1].strip()
        return to, rest[m.end():].lstrip(" ,:")
    return None, rest


def split_items(content: str) -> list[str]:
    """The items of one list: cut at ";", before a new action verb, at a strong "và"; short pieces rejoined."""
    content = re.sub(r"(?:\.{3}|…|\./\.|[.!?])+\s*$", "", content.strip())
    listed = listed_entries(content)
    if listed is not None:
        return [entry for entry in (e.strip(" ,:") for e in listed) if len(entry.split()) >= 2]
    pieces: list[str] = []
    for part in joined_things(re.split(r"\s*;\s*", content)):  # "...; và phần mềm ...": one ask's two things
        if pieces and _NARROWS.match(part):  # "...; đặc biệt là các xã vùng cao": the item before, narrowed
            pieces[-1] += ", " + part.strip()
            continue
        cuts = [p for c in _SPLIT_AT.split(part) for a in second_asks(c, _addressee)
                for p in _SPLIT_AT_CONNECTIVE.split(a)]
        for sub in _verb_pairs_joined(cuts):
            for n, piece in enumerate(_SPLIT_AND.split(sub)):
                if _BARE_CONNECTIVE.match(piece):  # "...; bên cạnh đó, công khai ...": cut before the verb
                    continue
                if n and report_closes_chain(pieces[-1], piece):  # "thực hiện khắc phục và báo cáo kết quả khắc
                    pieces[-1] += " và " + piece  # phục những hạn chế ...": one task (`item_reports`)
                elif pieces and len(piece.split()) < 3 and not re.match(_VERB_ALT, piece, re.IGNORECASE):
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


def _addressee(words: str) -> str | None:
    """Whom `words` name first: "Sở Nội vụ hướng dẫn ..." gives "Sở Nội vụ"."""
    return split_addressee(words)[0] or addressee_units(words.lstrip(" ,"))


def _verb_pairs_joined(subs: list[str]) -> list[str]:
    """ "tổ chức kiểm tra" + "rà soát hệ thống ...": two verbs of one object, joined back."""
    joined: list[str] = []
    for sub in subs:
        if joined and (shares_object(joined[-1], sub) or purpose_goes_on(joined[-1], sub) or is_deadline_tail(sub)):
            joined[-1] += ", " + sub
        else:
            joined.append(sub)
    return joined


_CONNECTIVES = r"đồng thời|bên cạnh đó|ngoài ra|mặt khác|cùng với đó|cùng đó|song song (?:đó|với đó)"
_ESPECIALLY = r"đặc biệt(?:\s+là)?"
_CONNECTIVE = re.compile(r"^\W*(?:(?:" + _CONNECTIVES + r"|và)\s*,?\s+|" + _ESPECIALLY + r"\s*,?\s+(?=(?:" + _VERB_ALT +
                         r")\b))(?=\w)", re.IGNORECASE)
"""Also "đặc biệt là" before an action verb ("...; đặc biệt là ưu tiên kinh phí ..."): a new task, the most pressing;
before anything else it narrows the item before it (`narrows`)."""
_NARROWS = re.compile(r"^\W*đặc biệt\b(?!(?:\s+là)?\s*,?\s+(?:" + _VERB_ALT + r")\b)", re.IGNORECASE)
_SPLIT_AT_CONNECTIVE = re.compile(r",\s+(?=(?:" + _CONNECTIVES + r")\s*,?\s+(?!(?:là|cũng|còn|với)\b)\w)",
                                  re.IGNORECASE)
"""A connective after a comma inside one piece ("bổ sung thuốc, đồng thời tuyển thêm bác sĩ"): a second task, cut
there like any list's next item; not "..., đồng thời là ..." (one thing said of the same)."""
_BARE_CONNECTIVE = re.compile(r"^\W*(?:" + _CONNECTIVES + r")\W*$", re.IGNORECASE)
"""A list's next item opened by a connective ("...; đồng thời tăng mức phụ cấp ..."): the item is what is asked."""


def without_connective(text: str) -> str:
    """ "đồng thời tăng mức phụ cấp ...", "Ngoài ra, bổ sung ...": the item without its leading connective."""
    return _CONNECTIVE.sub("", text.lstrip(), count=1)


def make_item(
    field: str, text: str, actor: str | None, to: str | None, sentence: Sentence, places: Places
) -> dict | None:
    """The record's item for one piece of text, with who asks, whom and where; None if too short to be one."""
    text = without_connective(text)
    if (asked := later_ask(field, text, split_addressee)) is not None:  # "...; đề nghị Sở Nội vụ ..."
        own, text = asked
        to = own or to
    text = tidy(text)
    if not text or len(text.split()) < 2 or told_not_asked(text):  # "Tại buổi tiếp xúc.": story, not an ask
        return None
    item: dict = {"text": text}
    own_to = _own_addressee(text) if field == "recommendations" else None
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


def _own_addressee(text: str) -> str | None:
    """ "Sở Tài chính cân đối ...", "UBND tỉnh sớm ...": the body an item of its own names first, before its action."""
    name = body_name(text)
    if name and re.match(r"\s+[a-zđà-ỹ]", text[len(name):]):
        return name if len(name.split()) <= 8 else None
    m = re.match(r"((?:UBND|Công an)\s+[A-ZĐ][^,;:]{0,60}?)\s+(?=(?:" + _ACTION + r")\b)", text)
    return m[1] if m and len(m[1].split()) <= 8 else None


def tidy(text: str) -> str:
    """One sentence of item text: white space collapsed, a leading "là", "rằng" or "về việc" dropped, a full stop."""
    text = " ".join(text.split()).strip(" ,;:-–")
    text = re.sub(r"(?:\.{3}|…|\./\.)+$", "", text).rstrip(" ,;:.")
    text = re.sub(r"^(?:là|rằng|về việc)\s+", "", text, flags=re.IGNORECASE)
    if not text:
        return ""
    return text[:1].upper() + text[1:] + "."


_BARE_UNIT = re.compile(r"^((?:UBND|Công an)\s+)?(?:các|hai|ba|bốn)?\s*(phường|xã|thị trấn|huyện|quận|thị xã|thành phố|"
                        r"địa phương|đơn vị)$", re.IGNORECASE)


_SHARED_LEVEL = re.compile(r"^((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(xã|phường|thị trấn|huyện|quận)\s+(.+?)"
                           r"\s+và\s+(\S+(?:\s+\S+){0,3})$")
"""Two units sharing one level word: "phường Cẩm Phả và Cửa Ông", "UBND xã Thượng Lộc và Sơn Lộc"."""


def _each_with_its_level(to: str, places: Places) -> str:
    """ "phường A và B" → "phường A và phường B" when B is a visited unit of that level (as visited units are joined);
    "phường A và xã B", "phường A và Trung tâm ..." (no such unit) stay as written."""
    m = _SHARED_LEVEL.match(to)
    words = m[4].split() if m else []
    if not m or not all(word[:1].isupper() for word in words[:-1]) or \
            not (words[-1][:1].isupper() or words[-1].isdigit() and len(words) > 1):  # "Tân Phước 1 và Tân Phước 2"
        return to
    level = m[2]
    if f"{level} {m[4]}" not in {unit.name for unit in places.visited}:
        return to
    body = m[1] or ""
    return f"{body}{level} {m[3]} và {body}{level} {m[4]}"


def fill_addressees(found: list[ItemDraft], places: Places) -> None:
    """ "huyện", "UBND thị xã", "hai phường": the visited units they mean; no addressee: the only visited unit; two
    units sharing one level word: each with its own."""
    visited = [m for m in places.visited if m.name]
    for draft in found:
        if draft.field != "directions":
            continue
        if draft.item.get("to"):
            draft.item["to"] = _each_with_its_level(draft.item["to"], places)
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
