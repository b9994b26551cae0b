"""An amount's label: the noun it is the value of, what it was for, or the verb that spent or took it.

"kinh phí đầu tư trang thiết bị là 1,2 tỷ đồng" → "Kinh phí đầu tư trang thiết bị"; "cấp quà cho 146 đối tượng
với số tiền 43,8 triệu đồng" → "Số tiền cấp quà"; "đã chi 3,5 tỷ đồng nâng cấp hạ tầng mạng" → "Chi nâng cấp hạ
tầng mạng". A measure ("với diện tích 9.450 m2") is named the same way (`figure_labels`).
"""

from __future__ import annotations

import re

from .figure_label_words import (
    _AFTER_ADVERB,
    _BARE_NOUN,
    _BOUNDS,
    _BREAK,
    _MONEY_NOUN,
    _OF_PLACE,
    _SOFT_OPEN,
    _TIME,
    _VERB,
    _VERBS,
    _clause_before,
    _item_before,
    _named_before,
    _predicate,
    _short,
)
from .figure_rates import rate_recipients

__all__: list[str] = []  # private to the label modules



def _money(text: str, start: int, end: int, rate: str | None) -> str:
    label = _money_label(text, start, end, rate)
    return _gift_named(text, start, label) if rate == "đồng/suất" else label


_GIFT = re.compile(r"(?<![\wÀ-ỹ])(suất|phần|gói|túi)(\s+quà)?(?![\wÀ-ỹ])", re.IGNORECASE)


def _gift_named(text: str, start: int, label: str) -> str:
    """The value of each gift ("Mỗi suất quà trị giá 600.000 đồng", "trị giá mỗi phần quà là", "120 suất quà (350
    ngàn đồng/suất)") named by the gift as the sentence writes it, "Trị giá suất quà", where the label said no more
    than "Trị giá" or "Mức" (a bare label: `figure_labels.degenerate`); a label with words of its own stays."""
    if label.lower() not in ("trị giá", "mức"):
        return label
    sentence = text[:start]
    gifts = list(_GIFT.finditer(sentence))
    if not gifts:
        return label
    gift = gifts[-1][1].lower() + (" quà" if gifts[-1][2] or re.search(r"(?<![\wÀ-ỹ])quà(?![\wÀ-ỹ])", text,
                                                                        re.IGNORECASE) else "")
    return f"Trị giá {gift}"


def _money_label(text: str, start: int, end: int, rate: str | None) -> str:
    recipients = rate_recipients(text, start) if rate else None
    if recipients:  # "mỗi hộ có nhà bị cuốn trôi được nhận 10 triệu đồng": the rate of support for whom
        recipients = re.sub(r"\s+(?:dân|gia đình)$", "", recipients) if len(recipients.split()) > 1 else recipients
        return _short(f"Mức hỗ trợ {recipients}", 9)
    label = _noun_before(text, start, rate)
    if label:
        return _with_purpose_after(label, text[end:]) if not rate else label
    predicate, _ = _predicate(text, start)
    after = _money_after(text[end:], rate)
    if predicate:
        return f"{predicate} {after}".strip()
    if after:
        return after
    named = _named_before(text, start) or _item_before(text, start)
    if named:
        return named
    if rate:
        return "Trị giá" if re.search(r"trị giá", text[max(0, start - 60):start], re.IGNORECASE) else "Mức"
    return "Số tiền"


def _noun_before(text: str, start: int, rate: str | None = None) -> str:
    """The noun an amount or a measure is the value of, written before it: "Kinh phí đầu tư trang thiết bị năm 2023
    là" → "Kinh phí đầu tư trang thiết bị", "với tổng kinh phí" → "Tổng kinh phí" and what it was for."""
    clause = _clause_before(text, start)
    clause = re.sub(rf"(?:^|(?<!cấp)\s)(?:{_BOUNDS})\s*$", "", clause.strip(), flags=re.IGNORECASE)
    clause = re.sub(r"(?:\s*(?:là|đạt|lên|tới|được|có|ở mức|vào khoảng))+\s*$", "", clause, flags=re.IGNORECASE)
    if rate:
        clause = re.sub(r"(?:^|\s)mỗi\s+\S+(?:\s+quà)?(?=\s|$)", " ", clause, flags=re.IGNORECASE).strip()
    nouns = list(_MONEY_NOUN.finditer(clause))
    if not nouns:
        return ""
    at = nouns[-1].start()
    verb = _VERB.search(clause[:at])
    if verb and not clause[verb.end():at].strip() and not re.search(r"\bvới\s*$", clause[:at]):
        at = verb.start()  # "thu lệ phí hộ tịch", "đóng góp kinh phí"
    label = clause[at:]
    label = _TIME.sub("", " " + label).strip()
    label = re.split(r"\s(?=\d)", label)[0]
    label = _OF_PLACE.sub("", " " + label).strip()
    label = re.sub(r"\s(?:các|những)\s", " ", label)
    label = re.sub(r"\s(?i:xã|phường|huyện|quận|tỉnh|thị xã|thị trấn|thành phố)(?=\s+(?:đã\s+)?(?:"
                   + "|".join(re.escape(v) for v in _VERBS) + r")\b)", "", label)  # "kinh phí phường đầu tư"
    label = _short(label, 8)
    if _BARE_NOUN.match(label) and (not rate or label.lower() == "mức"):
        purpose = _purpose_before(text, start, clause[:nouns[-1].start()])
        if purpose:
            return f"{label} {purpose}"
    return label


_SPENT_NOUN = re.compile(r"^(?:(?:dùng|sử dụng|bố trí|dành)\s+)?"
                         r"((?:tổng\s+)?(?:kinh phí|số tiền|nguồn vốn|vốn|ngân sách))$", re.IGNORECASE)
_PURPOSE_AFTER = re.compile(r"^[^.;:()]{0,90}?(?:\b(?:được\s+)?(?:dùng|sử dụng|dành|bố trí)\s+"
                            r"(?:(?:để|vào việc|cho việc|vào|cho)\s+)?|(?<![\wÀ-ỹ])(?:để|nhằm)\s+)"
                            r"(?!(?:báo cáo|tổng hợp)\b)", re.IGNORECASE)
"""What a noun-first amount was for, said after it: "Kinh phí 1,2 tỷ đồng từ ngân sách tỉnh được dùng để mua ...",
"dùng kinh phí 850 triệu đồng của năm 2025 để mua ...", "có gần 34,8 tỷ đồng dùng mua sắm vật tư" (kienthuc)."""


def _with_purpose_after(label: str, rest: str) -> str:
    """A bare money noun ("Kinh phí", "Dùng kinh phí") with what it was for when the sentence says so after the
    amount: "Kinh phí mua máy scan và máy tính"; any other label as it is."""
    noun = _SPENT_NOUN.match(label)
    if noun is None:
        return label
    said = _PURPOSE_AFTER.match(rest)
    if said is None:
        return label
    broken = _BREAK.search(rest, said.end())
    purpose = rest[said.end():broken.start() if broken else len(rest)]
    purpose = re.sub(r"\s(?:các|những)\s", " ", " " + purpose + " ").strip()
    purpose = _OF_PLACE.sub("", " " + purpose).strip()
    if not purpose or not _VERB.match(purpose) and len(purpose.split()) > 6:
        return label
    return _short(f"{noun[1]} {purpose}", 9)


def _money_after(rest: str, rate: str | None) -> str:
    if rate and re.match(r"\s*(?:/|(?:cho\s+)?mỗi\b)", rest, re.IGNORECASE):
        return ""  # "2 triệu đồng cho mỗi gia đình có nhà bị sập": whom it is per, said by the rate
    broken = _BREAK.search(rest)
    after = rest[:broken.start()] if broken else rest
    after = re.sub(r"^\s*/\s*\S+", "", after).strip()  # "/năm"
    if re.match(r"^(?:so với|trong|từ(?! nguồn| ngân sách| quỹ)|theo|và|với|của|tại|ở|vượt|tăng|giảm|đạt|bằng|"
                r"chiếm|là)\b", after, re.IGNORECASE):
        return ""
    after = re.sub(r"^(?:(?:dùng|được dùng|sử dụng)\s+)?(?:để|vào việc|vào)\s+", "", after, flags=re.IGNORECASE)
    after = re.sub(r"\s(?:các|những)\s", " ", " " + after + " ").strip()
    return _short(after, 7)


def _purpose_before(text: str, start: int, same: str) -> str:
    """What a bare "kinh phí"/"số tiền" is for: the verb phrase of the clause before it ("xã đã cấp quà cho 146 đối
    tượng với số tiền" → "cấp quà"; "Xây mới 7 căn nhà, kinh phí" → "xây mới"), or whom it went to ("hộ cận nghèo 52,
    số tiền" → "cho hộ cận nghèo"; "Người cao tuổi: 168 đối tượng, số tiền" → "cho người cao tuổi")."""
    same = re.sub(r"\s*\bvới\s*$", "", same.strip())
    if not same:
        before = text[:start]
        clause_at = before.rstrip().rfind(_clause_before(text, start).split(" ")[0]) if before.strip() else 0
        before = re.sub(r"\s*[,;]\s*\S*[^,;]*$", "", before)  # back to the end of the clause before
        if before.count("(") <= before.count(")"):
            before = re.sub(r"\([^()]*\)", " ", before)
        breaks = list(_BREAK.finditer(before))
        same = _SOFT_OPEN.sub("", before[breaks[-1].end():].strip() if breaks else before.strip())
        same = same[:1].lower() + same[1:] if same[1:2].islower() else same
        colon = re.search(r"([^,;:()]+):\s*[^:]*$", before)
        if colon and not _VERB.search(same) and clause_at >= 0:
            named = re.sub(r"^[\s+*•-]+", "", colon[1]).strip()
            if 0 < len(named.split()) <= 5:
                return "cho " + named[:1].lower() + named[1:]
    pieces = re.split(r"\s(?:và|rồi)\s", same)
    same = pieces[-1] if _VERB.search(pieces[-1]) else same
    digits = list(re.finditer(r"\s\d", same))
    if digits and _VERB.search(same[:digits[-1].start()]):
        same = same[:digits[-1].start()]  # "đã hỗ trợ 214 hộ có nhà bị ngập sâu với mức": what was done to them
    adverb = list(_AFTER_ADVERB.finditer(same))
    verb = _VERB.search(same, adverb[-1].end()) if adverb else _VERB.search(same)
    if verb is None:
        head = re.split(r"\s\d", same.strip())[0].strip()
        head = _OF_PLACE.sub("", " " + head).strip()
        if _BARE_NOUN.match(head):  # the clause is the amount's own ("Kinh phí 1,2 tỷ đồng …"): no "cho kinh phí"
            return ""
        if head and len(head.split()) <= 4 and not re.search(r"\d", head) and head[:1].islower():
            return "cho " + head
        return ""
    phrase = re.split(r"\s(?=\d)", same[verb.start():])[0]
    phrase = re.sub(r"\s*\bcho$", "", phrase.strip())
    phrase = _OF_PLACE.sub("", " " + phrase).strip()
    return _short(phrase, 5)
