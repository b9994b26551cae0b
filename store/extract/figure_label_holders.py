"""Labels the sentence says more of than a bare unit: lists of units, whoever has the count, a sum's period alone.

Three shapes left the label pass (`figure_labels`) with the unit alone or a stock word, though the sentence says more:

- a list of units split by a comma ("21 cơ quan, đơn vị nợ tiền bảo hiểm", "treo 68 băng rôn, khẩu hiệu"): the
  words after the count were cut at the comma, so "Cơ quan" lost what they are; the label keeps the list and what
  follows it ("Cơ quan, đơn vị nợ tiền bảo hiểm", "Băng rôn, khẩu hiệu treo");
- a count some named unit "has" ("Trạm y tế xã Long Hồ có 7 cán bộ", "Điểm trường thôn Khe Bốc có 64 học sinh",
  "Hợp tác xã hiện có 42 thành viên"): whose they are ("Cán bộ trạm y tế xã Long Hồ"); a commune, a ward or "địa
  bàn" as the holder says nothing more ("Xã có 6 trường" stays "Trường");
- an amount with only its period before it, after the amount it continues ("thu ngân sách 4.126,5 tỷ đồng, ...;
  lũy kế 2 tháng 612,4 tỷ đồng", "riêng quý III 1.084,2 tỷ đồng"): the purpose is two clauses back, the label is the
  earlier amount's with the period ("Thu ngân sách lũy kế 2 tháng").
"""

from __future__ import annotations

import re

from .figure_label_words import _BOUNDS, _OF_PLACE, _PLACE, _VERB, _clause_before, _short
from .figure_levels import level_runs
from .figure_lexicon import KIN, kin_group
from .figure_units import UNIT_RE

__all__: list[str] = []  # private to the label modules

_LIST_COMMA = re.compile(r"\s*,\s*")


def _listed_units(rest: str, written: str) -> tuple[str, str] | None:
    """(", <other unit>", the rest after it) when the words after a count go on with another unit of the list ("21
    cơ quan, đơn vị nợ ..." → (", đơn vị", " nợ ...")); None when the comma opens something else (a number, "trong
    đó", the same unit again, a list of counts each with its number)."""
    comma = _LIST_COMMA.match(rest)
    if comma is None:
        return None
    other = UNIT_RE.match(rest, comma.end())
    if other is None or other[1].lower() == written.lower():
        return None
    if re.match(r"\s*(?:,|\d|(?:trong đó|chiếm|đạt)\b)|(?:\s+[^\s\d,.;:]+){1,2}\s+\d", rest[other.end():],
                re.IGNORECASE):
        return None  # "có 12 cơ quan, đơn vị, 96 hộ": counts listed one by one; "ngập 1.240 hộ dân, cuốn trôi 27 con"
    return ", " + other[1], rest[other.end():]


_HAS = re.compile(r"^(?P<holder>.+?)\s+(?:(?:hiện|hiện nay|hiện tại|đang|cũng|vẫn)\s+)?có"
                  r"(?:\s+tổng(?:\s+số)?)?(?:\s+(?:" + _BOUNDS + r"))?\s*$", re.IGNORECASE)
_TIME_OPEN = re.compile(r"^(?:(?:năm học|năm|quý|tháng|học kỳ)\s+(?:này|nay|qua|trước|\S*\d\S*|[IV]+)|hiện nay|"
                        r"hiện tại|hiện|đến nay|tính đến nay)\s*,?\s+", re.IGNORECASE)
_NO_HOLDER = re.compile(r"^(?:trong|riêng|ngoài|toàn|cả|các|những|trên địa bàn|địa bàn|đảng bộ|đảng ủy|chi bộ|đoàn|"
                        r"tổ|ban)\b|" + _PLACE + "$", re.IGNORECASE)
"""Holders this rule leaves: the place itself ("Xã", "Toàn huyện", "xã Tân Thành"), its units at large ("các trường
trên địa bàn") and its party committee (`figure_label_holdings` labels those, session 39), the visiting team or its
groups, and a part's opener ("trong tổng số đó có 45 hộ": no holder, session 39)."""
_LEVEL_END = re.compile(r"(?<!hợp tác)\s+(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố)$", re.IGNORECASE)
_PEOPLE_HEAD = re.compile(r"^(?:cán bộ|công chức|viên chức|giáo viên|nhân viên|bác sĩ|y sĩ|thành viên|hội viên)\b",
                          re.IGNORECASE)


def _holder(text: str, start: int, written: str) -> str:
    """The label of a bare count some named unit has ("Trạm y tế xã Long Hồ có 7 cán bộ" → "Cán bộ trạm y tế xã Long
    Hồ"), or "" when the clause names no such holder."""
    has = _HAS.match(_clause_before(text, start))
    if has is None:
        return ""
    holder = _TIME_OPEN.sub("", has["holder"].strip())
    holder = _OF_PLACE.sub("", " " + holder).strip()
    holder = _LEVEL_END.sub("", holder) if len(holder.split()) > 2 else holder  # "trạm y tế xã" → "trạm y tế"
    # a verb in its own words makes it a clause, not a holder ("Đảng ủy xã cho biết Đảng bộ"); a name's words are
    # no verbs ("Trường Tiểu học Tân Lập")
    if not holder or len(holder.split()) < 2 or len(holder.split()) > 8 or re.search(r"\d", holder) or \
            _VERB.search(re.sub(r"\s[A-ZĐÀ-Ỹ]\S*", " ", holder).lower()) or _NO_HOLDER.match(holder):
        return ""
    at = text.lower().rfind(holder.lower(), 0, start)  # as written: "Trường Tiểu học Tân Lập" keeps its capitals
    words = text[at:at + len(holder)].split() if at >= 0 else holder.split()
    if len(words) < 2 or not words[1][:1].isupper():
        holder = holder[:1].lower() + holder[1:]
    else:
        holder = " ".join(words)
    if holder.lower().startswith(written.lower() + " ") or _PEOPLE_HEAD.match(holder) and written == "người":
        return _short(holder, 9)  # "hồ sơ thuộc thẩm quyền có 1.540", "Cán bộ bộ phận một cửa ... có 5 người"
    return _short(f"{written} {holder}", 9)


_GROUPS = re.compile(r"(?i:tổ|câu lạc bộ|CLB|chi hội|hội|hợp tác xã|HTX|tổ hợp tác|đội|nhóm|chi bộ)(?![\wÀ-ỹ])")
_GROUP_WITH = re.compile(r"(?<![\d.,])\d[\d.]*\s+(?P<group>[^\W\d][^\W\d]*(?:\s+[^\W\d]+){0,5}?)\s+(?:với|gồm)\s+"
                         r"(?:(?:hơn|gần|khoảng|trên|tổng số)\s+)?$", re.IGNORECASE)


def members_of_groups(text: str, start: int, written: str) -> str:
    """The label of a bare count of members told with the groups they belong to ("6 tổ hòa giải với 42 hòa giải
    viên" → "Hòa giải viên của tổ hòa giải", "5 câu lạc bộ với 120 hội viên" → "Hội viên của câu lạc bộ"), or ""
    (session 23)."""
    said = _GROUP_WITH.search(text, max(0, start - 60), start)
    if said is None or not _GROUPS.match(said["group"]) or kin_group(written.lower()) is not KIN[1]:
        return ""  # people, in groups named as such ("tổ", "câu lạc bộ"), never turns or a clause
    return _short(f"{written} của {said['group']}", 9)


_PERIOD_ONLY = re.compile(r"^(?:(?:riêng|trong đó|còn|và)\s+)?(?P<period>(?:lũy kế|luỹ kế|tính riêng)?\s*"
                          r"(?:\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|quý\s+[IV]+|tháng\s+\d+|năm\s+\d{4}|năm nay|"
                          r"6 tháng|9 tháng)(?:\s*(?:/|năm)\s*\d{4})?)\s*(?:(?:" + _BOUNDS + r")\s*)?$",
                          re.IGNORECASE)


def continued_sum(text: str, start: int, label: str, before: str) -> str:
    """The label of an amount that continues the one labelled `before` in its sentence for a period of its own
    ("...; lũy kế 2 tháng 612,4 tỷ đồng" → "Thu ngân sách lũy kế 2 tháng", "riêng tháng 9 thu 826,4 tỷ đồng" → "Thu
    nội địa tháng 9"), when its own `label` says no more than a stock word or the verb `before` opens with; else
    `label`."""
    clause = _clause_before(text, start)
    verb = label.lower() if before.lower().startswith(label.lower() + " ") else ""
    if verb:
        clause = re.sub(r"\s+(?:đã\s+)?" + re.escape(verb) + r"(?:\s+được)?\s*$", "", clause, flags=re.IGNORECASE)
    elif label != "Số tiền":
        return label
    said = _PERIOD_ONLY.match(clause)
    return f"{before} {' '.join(said['period'].split())}" if said else label


_LEVELS = re.compile(r"(\b(?:mức độ|mức|cấp độ)\s+\d(?:\ue000\ue001?\d)*)(,)(\s?)(?=\d(?!\d)(?![.,]\d))", re.IGNORECASE)
_HELD_COMMA, _HELD_SPACE = "\ue000", "\ue001"


def levels_held(text: str) -> str:
    """`text` with the commas of a list of levels ("dịch vụ công mức độ 3, 4") held as private characters of the same
    length, so no clause of a label breaks there ("Tỷ lệ 4 giải quyết ..." read after the comma); `levels_said` puts
    them back in the label."""
    for a, b in level_runs(text):  # "mức độ 2,3,4": the same length, the commas held
        text = text[:a] + text[a:b].replace(",", _HELD_COMMA) + text[b:]
    while True:
        held = _LEVELS.sub(lambda m: m[1] + _HELD_COMMA + _HELD_SPACE * len(m[3]), text)
        if held == text:
            return text
        text = held


def levels_said(label: str) -> str:
    """A label read from `levels_held` text, with its commas and spaces as written, never ending on a level word
    whose levels a cut at ten words left out ("... trực tuyến mức độ")."""
    label = re.sub(r"(?<=\S)\s+(?:mức độ|cấp độ)(?=$|\s\()", "", label)
    return label.replace(_HELD_COMMA, ",").replace(_HELD_SPACE, " ")


def levels_after(label: str, text: str, start: int) -> str:
    """A share's `label` cut at its level word ("Tỷ lệ giải quyết hồ sơ trực tuyến mức độ") with the levels the
    sentence gives after those words, before the share at `start` ("mức độ 3, 4", held by `levels_held`)."""
    cut = re.search(r"(\S+\s+(?:mức độ|mức|cấp độ))$", label, re.IGNORECASE)
    if cut is None:
        return label
    said = re.search(re.escape(cut[1]) + r"\s+(\d(?:[" + _HELD_COMMA + _HELD_SPACE + r"]+\d)*)", text[:start],
                     re.IGNORECASE)
    return f"{label} {said[1]}" if said else label
