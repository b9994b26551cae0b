"""Which units the delegation visited, resolved to today's provinces and wards.

A unit is written as a level word and a capitalised name: "phường Lái Thiêu",
"huyện Thạch Thất", "TP.Dĩ An", "TP TDM", "phường  Rạch Dừa", "Phường 7".
Each mention is resolved through the gazetteer, with the provinces the
article names as hints for names that exist in several provinces; a
resolution whose level contradicts the written one ("phường X" found only as
a commune elsewhere) is refused. The visited units are those named where the
visit happens ("khảo sát ... tại phường X", "làm việc với UBND TP X",
"Tại phường X, đoàn ...", "Cùng ngày, đoàn ... tại X"); a unit named after a
comma as the place of another ("phường Tân Đông Hiệp, TP.Dĩ An") qualifies
it and is not a visit of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..folding import fold, normalize_text
from ..gazetteer import DISTRICT_LEVELS, WARD_LEVELS, Resolution, Unit, gazetteer, split_level
from ..resources import load_json
from .dates import TWO_TIER_START
from .text import Article, Sentence

_LEVEL_WORDS = {
    "phường": "phường", "xã": "xã", "thị trấn": "xã", "đặc khu": "đặc khu", "quận": "quận", "huyện": "huyện",
    "thị xã": "thị xã", "thành phố": "thành phố", "tỉnh": "tỉnh", "tp": "thành phố", "tx": "thị xã",
}
_LEVEL = re.compile(
    r"(?<![\w])(?:(?i:thị trấn|thị xã|thành phố|đặc khu|phường|xã|quận|huyện|tỉnh)(?=\s)|(?:TP|Tp|TX|Tx)(?:\.\s*|\s+|(?=[A-ZĐ])))")
_TOKEN = re.compile(r"[^\W_][\w'’]*")
_PLURAL_BEFORE = re.compile(r"(?:các|hai|ba|bốn|năm|những|02|03)\s+$", re.IGNORECASE)
_VISIT_BEFORE = re.compile(
    r"(?:\btại|\bở|\bđến|\bvề|\bvới|\bxuống|\bthăm)\s+(?:trụ sở\s+|bộ phận một cửa\s+|"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Đảng ủy|Đảng uỷ|Trung tâm phục vụ hành chính công)\s+)?(?:các\s+|hai\s+)?$",
    re.IGNORECASE)
_WORK_WITH = re.compile(r"làm việc\s+(?:với|tại)\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|lãnh đạo)\s+)?$", re.IGNORECASE)
_KIND_WORDS = re.compile(r"giám sát|khảo sát|kiểm tra|làm việc|thăm|đoàn", re.IGNORECASE)
_SCENE_START = re.compile(r"^(?:\W*)(?:(?:tương tự|cùng ngày|sau đó|tiếp đó|trước đó|buổi chiều|chiều cùng ngày|"
                          r"sáng cùng ngày)\s*,\s*)?(?:tại|ở)\s+$", re.IGNORECASE)
_GENITIVE = re.compile(r"(?:\bcủa|\bcho|\bthuộc|\bvới)\s+(?:UBND\s+|các\s+)?$", re.IGNORECASE)
_BODY_BEFORE = re.compile(r"(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|Thành ủy|Tỉnh ủy|Huyện ủy|"
                          r"Thành uỷ|Tỉnh uỷ|Huyện uỷ|MTTQ|Mặt trận Tổ quốc)\s+$")
_SPECIAL_PROVINCES = re.compile(r"(?<![\w.])(TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh|TP\.?\s?HN)(?![\w])")


@dataclass
class Mention:
    """A unit named in the article."""

    written: str
    level: str | None
    base: str
    start: int
    end: int
    sentence: Sentence | None
    in_title: bool = False
    resolution: Resolution | None = None
    name: str = ""
    qualifier: bool = False
    continuation: bool = False
    visited: bool = False
    genitive: bool = False

    @property
    def key(self) -> tuple:
        if self.resolution is None:
            return ("?", fold(self.base))
        ward = self.resolution.ward
        if ward is not None:
            return (self.resolution.province.code, "ward", ward.code)
        return (self.resolution.province.code, self.resolution.level, fold(self.base))

    @property
    def order(self) -> tuple[int, int]:
        return (-1 if self.in_title else self.sentence.index if self.sentence else 10**6, self.start)


@dataclass
class Places:
    """What the article says about places: every mention, the visited ones, the provinces named."""

    mentions: list[Mention] = field(default_factory=list)
    visited: list[Mention] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)
    bare_refs: list[tuple[str, Sentence | None]] = field(default_factory=list)

    def localities(self, visit: date | None) -> list[dict]:
        """The record's `localities`, in the order the article first names them as visited."""
        out: list[dict] = []
        formers = {m.resolution.province.code: m.resolution.former_province for m in self.visited
                   if m.resolution and m.resolution.former_province}
        for mention in self.visited:
            found = mention.resolution
            if found is None:
                continue
            locality: dict = {"name": mention.name, "level": found.level}
            former = found.former_province
            if former is None and found.ward is not None and visit is not None and visit < TWO_TIER_START:
                former = formers.get(found.province.code)
            if former is None and mention.level in WARD_LEVELS and found.ward is None:
                former = formers.get(found.province.code)
            if former:
                locality["former_province"] = former
            locality["province"] = found.province.as_dict()
            locality["ward"] = found.ward.as_dict() if found.ward else None
            out.append(locality)
        return out

    def scene_at(self, sentence: Sentence, position: int) -> Mention | None:
        """The visited unit the text is talking about at `position` of `sentence`: the last one set before it."""
        if len(self.visited) == 1:
            return self.visited[0]
        best: Mention | None = None
        keys = {m.key for m in self.visited}
        for mention in self.mentions:
            if mention.in_title or mention.sentence is None or mention.genitive or mention.qualifier:
                continue
            if mention.key not in keys:
                continue
            if (mention.sentence.index, mention.start) < (sentence.index, position):
                best = mention
        if best is None:
            return None
        return next(m for m in self.visited if m.key == best.key)


@lru_cache(maxsize=1)
def _districts() -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    by_name: dict[str, list[dict]] = {}
    by_initials: dict[str, list[dict]] = {}
    for district in load_json("former_units.json")["districts"]:
        by_name.setdefault(fold(district["name"]), []).append(district)
        initials = "".join(word[0] for word in fold(district["name"]).replace("-", " ").split())
        by_initials.setdefault(initials, []).append(district)
    return by_name, by_initials


def find_places(article: Article, visit: date | None = None) -> Places:
    """Every unit mention, resolved; the visited ones chosen."""
    places = Places()
    texts: list[tuple[str, Sentence | None, bool]] = []
    if article.title:
        texts.append((article.title, None, True))
    texts += [(s.text, s, False) for s in article.sentences]
    places.hints = _province_hints(article)
    for text, sentence, in_title in texts:
        places.mentions += _mentions(text, sentence, in_title, places)
    # resolve: first the mentions that need no hint, then the rest with the provinces found so far
    for mention in places.mentions:
        mention.resolution = _resolve(mention, [])
    found_provinces = [m.resolution.former_province or m.resolution.province.name for m in places.mentions
                       if m.resolution is not None and m.level not in (None, "tỉnh")]
    hints = _unique(places.hints + found_provinces)
    for mention in places.mentions:
        if mention.resolution is None:
            mention.resolution = _resolve(mention, hints)
        if mention.resolution is None and mention.level in WARD_LEVELS:
            mention.resolution = _fallback_ward(mention, places.mentions, hints)
        if mention.resolution is not None:
            mention.name = _display_name(mention)
        else:
            places.unresolved.append(mention)
    _choose_visited(places)
    return places


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _mentions(text: str, sentence: Sentence | None, in_title: bool, places: Places) -> list[Mention]:
    found: list[Mention] = []
    for m in _SPECIAL_PROVINCES.finditer(text):
        found.append(Mention(m[0], "tỉnh", m[0], m.start(), m.end(), sentence, in_title))
    for m in _LEVEL.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        level = _LEVEL_WORDS.get(" ".join(m[0].strip(" .").lower().split()))
        if level is None:
            continue
        names, end = _name_after(text, m.end())
        if not names:
            places.bare_refs.append((level, sentence))
            continue
        mention = Mention(text[m.start():end], level, names, m.start(), end, sentence, in_title)
        found.append(mention)
        # "các phường Vũng Tàu và Rạch Dừa", "phường Vũng Tàu và Rạch Dừa": more units of the same level
        plural = bool(_PLURAL_BEFORE.search(text[max(0, m.start() - 20):m.start()]))
        position = end
        while True:
            link = re.match(r"\s*(,|và|, và)\s+", text[position:])
            if not link or (link[1] == "," and not plural):
                break
            after = position + link.end()
            if _LEVEL.match(text, after) or _SPECIAL_PROVINCES.match(text, after):
                break
            more, more_end = _name_after(text, after)
            if not more or re.match(r"(?:ông|bà|đồng chí)\b", more, re.IGNORECASE):
                break
            found.append(Mention(text[after:more_end], level, more, after, more_end, sentence, in_title,
                                 continuation=True))
            position = more_end
    found.sort(key=lambda f: f.start)
    for previous, current in zip(found, found[1:]):
        gap = text[previous.end:current.start]
        if re.fullmatch(r"\s*[,(]\s*", gap) and _rank(current.level) > _rank(previous.level):
            current.qualifier = True
    for mention in found:
        before = text[max(0, mention.start - 120):mention.start]
        mention.genitive = bool(_GENITIVE.search(before)) and not _VISIT_BEFORE.search(before)
    return found


def _rank(level: str | None) -> int:
    return {"phường": 1, "xã": 1, "đặc khu": 1, "quận": 2, "huyện": 2, "thị xã": 2, "thành phố": 2, "tỉnh": 3}.get(
        level or "", 0)


def _name_after(text: str, position: int) -> tuple[str, int]:
    """The capitalised name starting at `position` ("Rạch Dừa", "TDM", "7", "Xuân Hương - Đà Lạt")."""
    words: list[str] = []
    end = position
    cursor = position
    while len(words) < 5:
        m = re.match(r"[ \t]*", text[cursor:])
        start = cursor + (m.end() if m else 0)
        if words:
            dash = re.match(r"\s+[-–]\s+", text[cursor:])
            if dash:
                after = cursor + dash.end()
                token = _TOKEN.match(text, after)
                if token and token[0][0].isupper() and not _LEVEL.match(text, after):
                    words.append("-")
                    start = after
                else:
                    break
            elif start == cursor and words:
                break
        token = _TOKEN.match(text, start)
        if not token:
            break
        word = token[0]
        if word.isdigit():
            if words or len(word) > 2:
                break
            words.append(word)
            end = cursor = token.end()
            break
        if not word[0].isupper() or _LEVEL.match(text, start) and words:
            break
        if words and word.lower() in ("ubnd", "hđnd"):
            break
        words.append(word)
        end = cursor = token.end()
    if words and words[-1] == "-":
        words.pop()
    return " ".join(words).replace(" - ", " - "), end


def _province_hints(article: Article) -> list[str]:
    """Provinces, old or new, the article names anywhere: "Bình Dương", "TPHCM", "tỉnh Lâm Đồng"."""
    places = gazetteer()
    counts: dict[str, int] = {}
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    for text in texts:
        tokens = list(_TOKEN.finditer(text))
        i = 0
        while i < len(tokens):
            matched = 0
            for size in (4, 3, 2, 1):
                group = tokens[i:i + size]
                if len(group) < size or not all(t[0][0].isupper() for t in group):
                    continue
                if any(group[k + 1].start() - group[k].end() > 2 for k in range(size - 1)):
                    continue
                phrase = text[group[0].start():group[-1].end()]
                if size == 1 and not (phrase.isupper() and len(phrase) >= 3):
                    continue
                former = places.former_province(phrase)
                if former:
                    counts[former[0]] = counts.get(former[0], 0) + 1
                    matched = size
                    break
            i += matched or 1
    return [name for name, _ in sorted(counts.items(), key=lambda item: -item[1])]


def _resolve(mention: Mention, hints: list[str]) -> Resolution | None:
    places = gazetteer()
    if mention.level == "tỉnh":
        former = places.former_province(mention.base)
        if former:
            today = places.province(former[1])
            return Resolution("tỉnh", today, None, places.if_merged(former[0], today))
        today = places.find_province(mention.base)
        return Resolution("tỉnh", today) if today else None
    options = [None] + hints if not hints else hints + [None]
    for hint in options:
        try:
            found = places.resolve(mention.base, mention.level, hint)
        except KeyError:
            found = None
        if found is None or not _consistent(mention, found):
            continue
        if hint is None and hints and found.province.code not in _hint_codes(hints) and mention.level in WARD_LEVELS:
            continue  # a ward found only outside every province the article names: not this one
        return found
    if mention.level == "thành phố":
        province = places.find_province(mention.base)
        former = places.former_province(mention.base)
        if province and former:
            return Resolution("tỉnh", province, None, places.if_merged(former[0], province))
    return None


def _hint_codes(hints: list[str]) -> set[int]:
    places = gazetteer()
    codes = set()
    for hint in hints:
        former = places.former_province(hint)
        if former:
            codes.add(former[1])
        elif province := places.find_province(hint):
            codes.add(province.code)
    return codes


def _consistent(mention: Mention, found: Resolution) -> bool:
    """The resolution is the unit written: same kind of level, and for a ward the same name, diacritics and all."""
    if mention.level in WARD_LEVELS:
        if found.ward is None:
            return False
        ward_level, ward_base = split_level(found.ward.name)
        wanted = "xã" if mention.level == "xã" else mention.level
        if ward_level != wanted:
            return False
        return normalize_text(ward_base).casefold() == normalize_text(mention.base).casefold() or \
            fold(mention.base) == mention.base.lower()
    if mention.level in DISTRICT_LEVELS:
        return found.ward is None and found.level in DISTRICT_LEVELS
    return True


def _fallback_ward(mention: Mention, mentions: list[Mention], hints: list[str]) -> Resolution | None:
    """A ward no longer on today's list ("phường Liên Bảo" of 2024): its province, from the article."""
    places = gazetteer()
    for other in mentions:
        if other.qualifier and other.resolution and other.sentence is mention.sentence and other.start > mention.start:
            return Resolution(mention.level or "phường", other.resolution.province, None, other.resolution.former_province)
    for hint in hints:
        former = places.former_province(hint)
        if former:
            today = places.province(former[1])
            return Resolution(mention.level or "phường", today, None, places.if_merged(former[0], today))
    return None


def _display_name(mention: Mention) -> str:
    """The unit as the report writes it, tidied: "TP. Dĩ An", "phường Rạch Dừa"; "TDM" spelled out."""
    base = mention.base
    if base.isupper() and len(base) >= 2 and mention.resolution and mention.level in DISTRICT_LEVELS:
        _, by_initials = _districts()
        options = [d for d in by_initials.get(base.lower().replace("đ", "d"), [])
                   if d["current_code"] == mention.resolution.province.code]
        if len({d["name"] for d in options}) == 1:
            return f"{options[0]['level']} {options[0]['name']}"
    written = mention.written.strip()
    if mention.level == "tỉnh" and _SPECIAL_PROVINCES.fullmatch(written):
        return written
    m = re.match(r"(TP|Tp|TX|Tx)\.?\s*", written)
    if m and not written[:m.end()].strip().lower() in ("thành phố", "thị xã"):
        return f"{m[1].upper()}. {base}"
    word = _LEVEL.match(written)
    if mention.continuation:
        return f"{mention.level} {base}" if mention.level not in (None, "tỉnh") else base
    level_word = fold(word[0].strip()).lower() if word else ""
    shown = {"thi tran": "thị trấn"}.get(level_word, mention.level or "")
    return f"{shown} {base}".strip() if mention.level != "tỉnh" else f"tỉnh {base}"


def _choose_visited(places: Places) -> None:
    chosen: list[Mention] = []
    by_key: dict[tuple, Mention] = {}
    ordered = sorted(places.mentions, key=lambda m: m.order)
    for index, mention in enumerate(ordered):
        if mention.resolution is None or mention.qualifier:
            continue
        if _is_visit(mention, ordered[:index]):
            mention.visited = True
            if mention.key not in by_key:
                by_key[mention.key] = mention
                chosen.append(mention)
    if not chosen:
        # "giám sát tại UBND thành phố": the unit of that level the article names elsewhere
        for level, _sentence in places.bare_refs:
            for mention in ordered:
                if mention.resolution and mention.level == level and mention.key not in by_key:
                    by_key[mention.key] = mention
                    chosen.append(mention)
                    break
            if chosen:
                break
    if not chosen:
        counts: dict[tuple, int] = {}
        for mention in ordered:
            if mention.resolution and mention.level != "tỉnh":
                counts[mention.key] = counts.get(mention.key, 0) + 1
        if counts:
            best = max(counts, key=lambda key: counts[key])
            chosen.append(next(m for m in ordered if m.key == best))
    lower = [m for m in chosen if m.level != "tỉnh"]
    places.visited = lower or chosen
    for mention in places.mentions:
        mention.visited = mention.key in {m.key for m in places.visited} and not mention.qualifier


def _is_visit(mention: Mention, earlier: list[Mention]) -> bool:
    text = mention.sentence.text if mention.sentence else ""
    if mention.in_title:
        return False
    before = text[max(0, mention.start - 200):mention.start]
    if _BODY_BEFORE.search(before):
        return False
    if mention.continuation or re.search(r"\svà\s+$", before):
        chain = [m for m in earlier if m.sentence is mention.sentence and not m.in_title and m.end <= mention.start]
        if chain and chain[-1].visited and re.fullmatch(r"\s*(,|và|, và)\s*", text[chain[-1].end:mention.start]):
            return True
    if _WORK_WITH.search(before):
        return True
    if mention.start <= 150 and _SCENE_START.match(text[:mention.start]) and re.search(r"\bđoàn\b|giám sát|khảo sát|kiểm tra|làm việc|ghi nhận", text,
                                                re.IGNORECASE):
        return True
    if _VISIT_BEFORE.search(before) and _KIND_WORDS.search(text[max(0, mention.start - 1000):mention.start]):
        return True
    return False


def addressee_units(text: str) -> str | None:
    """ "phường Vũng Tàu và Rạch Dừa", "UBND thành phố": a unit phrase at the start of `text`."""
    m = re.match(r"(?:(?:UBND|Ủy ban nhân dân|HĐND|lãnh đạo)\s+)?(?:các|hai|ba)?\s*"
                 r"(?i:phường|xã|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|địa phương|đơn vị)\b", text)
    if not m:
        return None
    names, end = _name_after(text, m.end())
    phrase = text[:end if names else m.end()]
    while names:
        link = re.match(r"\s*(,|và)\s+", text[end:])
        if not link:
            break
        more, more_end = _name_after(text, end + link.end())
        if not more:
            level = _LEVEL.match(text, end + link.end())
            if level:
                more, more_end = _name_after(text, level.end())
            if not more:
                break
        phrase = text[:more_end]
        end = more_end
    return phrase.strip()


__all__ = ["Mention", "Places", "Unit", "addressee_units", "find_places"]
