"""Figures told in turn ("tỷ lệ hồ sơ trực tuyến ... lần lượt là 95, 97% và 99%"): each carries its subject's label.

A list after "lần lượt" names what it counts once, before "lần lượt"; the items are bare numbers with the unit on
the last ("1.200 và 950 hồ sơ") or on each. Read item by item, the words around a number are the list's other
numbers ("Tỷ lệ 97%") or nothing ("Tỷ lệ"). Every item of such a list is labelled with the subject as a reader
would write it in a table: "Tỷ lệ hồ sơ trực tuyến" for rates, "Hồ sơ tiếp nhận" for "số hồ sơ tiếp nhận".

Only a plain list: numbers with their bound and unit, joined by "," or "và", after "lần lượt (là|đạt|chiếm|bằng|ở
mức)". A list whose items have their own words ("lần lượt là 1.200 hồ sơ tiếp nhận và 950 hồ sơ giải quyết") keeps
its labels; a subject that names no measure ("hai xã lần lượt đạt 95% và 97%", "lần lượt có 12 và 9 hộ": places)
is no label. Two subjects joined by "và", each with its head ("tỷ lệ A và tỷ lệ B lần lượt là 90% và 80%"), give
one to each item, in order. "tương ứng (là|với)" opens a list as "lần lượt" does (session 32); the subject is the
last part between commas that holds a head ("tỷ lệ A trong quý I, quý II và quý III", not "quý II"). A sum keeps the
label `figure_label_money` gives it unless that names no money ("Lần lượt", "Số tiền"): then the money noun before
the list, past its asides, names it ("Vốn đầu tư").
"""

from __future__ import annotations

import re

from .figure_label_money import _noun_before
from .figure_label_turn_actions import actions_in_turn
from .figure_label_words import _MONEY_NOUN

__all__ = ["in_turn_label"]

_NUMBER = r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?\d[\d.,]*"
_SCALED = r"(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?(?:\s*(?:đồng|VNĐ|đ)(?![\wÀ-ỹ]))?"
"""A sum's scale word and currency, on any member of a list of sums ("1,2 và 0,8 tỷ đồng")."""
_VERB_END = re.compile(r"(?<![\wÀ-ỹ])(?:lần\s+lượt(?:\s+(?:là|đạt|chiếm|bằng|ở\s+mức))?|"
                       r"tương\s+ứng(?:\s+(?:là|với))?)\s+", re.IGNORECASE)
_MONEY_OPENER = re.compile(rf"{_VERB_END.pattern}|(?<![\wÀ-ỹ])(?:là|đạt|bằng)\s+", re.IGNORECASE)
"""A list of sums opens as a list told in turn does, or after a plain "là": "Kinh phí hai năm là 1,2 và 1,5 tỷ"
(session 33, `figure_scaled_runs`); the run after it must hold two members or more."""
_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?:tỷ\s+lệ|tỉ\s+lệ|tổng\s+số|số\s+lượng|"
                   r"(?<!ký\s)(?<!đổi\s)số(?!\s+(?:hóa|hoá|liệu|dư)(?![\wÀ-ỹ])))\s+(?=[^\W\d])", re.IGNORECASE)
"""The word a subject that names a measure starts with: a share ("tỷ lệ") or a count ("số", "tổng số"); "chữ ký số",
"chuyển đổi số" and "số hóa" are no count."""
_ADJUNCT = re.compile(r"\s+(?:trong|của|tại|(?<!nhà\s)ở|qua|năm|quý|tháng|giai\s+đoạn|so\s+với|từ|đến|vào)"
                      r"(?=\s|$).*$", re.IGNORECASE)
"""Where the subject's time or place begins ("trong ba quý đầu năm", "của hai phường"): not part of the label.
"nhà ở" is a house, no place."""
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n]")
_AFTER_LIST = re.compile(r"\s*(?:[.;,:()!?]|$|\s*(?:so\s+với|tương\s+ứng|theo)(?![\wÀ-ỹ]))", re.IGNORECASE)


def _plain_list(text: str, begin: int, unit: str) -> re.Match[str] | None:
    """The run of bare items from `begin` (each a number, its bound and the unit), None unless two or more."""
    item = _NUMBER + r"(?:\s*%|\s+" + re.escape(unit) + r"(?![\wÀ-ỹ]))?" if unit != "%" else _NUMBER + r"(?:\s?%)?"
    run = re.compile(rf"(?P<run>{item}(?:\s*(?:,|;|và)\s*{item})+)", re.IGNORECASE).match(text, begin)
    if run is None or not _AFTER_LIST.match(text, run.end()):
        return None
    return run


def _subjects(clause: str) -> list[str]:
    """The subjects a clause before "lần lượt" names, each from its head word, its time and place cut off: two or
    more when the clause ends in parts that each start with a head ("tỷ lệ A và tỷ lệ B"), else the one from the
    clause's first head ("tỷ lệ hồ sơ tiếp nhận và giải quyết")."""
    parts = [p.strip() for p in re.split(r",\s*|\s+và\s+", clause) if p.strip()]
    trailing = 0
    while trailing < len(parts) and _HEAD.match(parts[-trailing - 1]):
        trailing += 1
    if 0 < trailing < len(parts) and (head := _HEAD.search(parts[-trailing - 1])):
        parts[-trailing - 1] = parts[-trailing - 1][head.start():]  # "cho biết tỷ lệ A": the subject from its head
        trailing += 1
    if trailing > 1:
        found = parts[-trailing:]
    else:
        head = _HEAD.search(clause)
        if head is None:
            return []
        found = [clause[head.start():]]
    return [_ADJUNCT.sub("", s).strip() for s in found]


def _labelled(subject: str, unit: str) -> str | None:
    words = subject.split()
    if not words:
        return None
    if unit == "%":
        if not re.match(r"(?i:tỷ|tỉ)\s+lệ\s+\S", subject):
            return None
        label = subject
    else:
        if re.match(r"(?i:tỷ|tỉ)\s+lệ", subject):
            return None  # a share's subject before counts: not what is counted
        label = re.sub(r"^(?:tổng\s+số|số\s+lượng|số)\s+", "", subject, flags=re.IGNORECASE)
        if label.lower() == unit.lower():
            return None  # "số hồ sơ" of "hồ sơ": the unit alone says no more
    return label[:1].upper() + label[1:]  # cut to 10 words, if longer, as every label (`_shorter`)


def _money_label(text: str, start: int, current: str) -> str | None:
    """A sum of a list told in turn ("Vốn cho hai hạng mục, triển khai từ năm 2024, lần lượt là 1,2 và 0,8 tỷ
    đồng") whose own label names no money ("Lần lượt", "Số tiền"): the money noun of the subject before the list,
    past the asides between commas. A label that names money already (`figure_label_money`) is kept."""
    if _MONEY_NOUN.search(current) and current.strip().lower() != "số tiền":
        return None  # "Lệ phí mà xã đã miễn": named already; "Số tiền" is the house's word for no name
    for verb in _MONEY_OPENER.finditer(text, 0, start + 1):
        run = re.compile(rf"{_NUMBER}{_SCALED}(?:\s*(?:,|và)\s*{_NUMBER}{_SCALED})+", re.IGNORECASE).match(
            text, verb.end())
        if run is None or not run.start() <= start < run.end():
            continue
        before = text[:verb.start()]
        hard = [b.end() for b in _CLAUSE_BREAK.finditer(before)]
        parts = re.split(r",(?!\d)", before[hard[-1] if hard else 0:])
        part = next((p for p in reversed(parts) if _MONEY_NOUN.search(p)), None)
        label = _noun_before(part, len(part)) if part else ""
        return label[:1].upper() + label[1:] if label else None
    return None


def in_turn_label(text: str, start: int, unit: str, current: str | None = None) -> str | None:
    """The label of the item at `start` of a list told in turn in `text`, None when it is no such item; a sum's only
    when its `current` label (from `figure_label_money`) is given and names no money."""
    if unit == "đồng":
        return None if current is None else _money_label(text, start, current)
    if not re.search(r"lần lượt|tương ứng", text, re.IGNORECASE):
        return None
    for verb in _VERB_END.finditer(text, 0, start + 1):
        run = _plain_list(text, verb.end(), unit)
        if run is None or not run.start() <= start < run.end():
            continue
        items = [m.start() for m in re.finditer(r"\d[\d.,]*", run["run"])]
        before = text[:verb.start()]
        hard = [b.end() for b in _CLAUSE_BREAK.finditer(before)]
        clause = before[hard[-1] if hard else 0:]  # "tỷ lệ A, tỷ lệ B và tỷ lệ C lần lượt là ...": all three
        index = sum(run.start() + i <= start for i in items) - 1
        if (head := _HEAD.search(clause)) and not _HEAD.search(clause, head.end()) and \
                (acts := actions_in_turn(_ADJUNCT.sub("", clause[head.start():]), len(items))):
            return _labelled(acts[index], unit)  # "tỷ lệ hồ sơ nộp, giải quyết trực tuyến": one kind, two actions
        if len(_subjects(clause)) < 2:  # "Theo báo cáo của xã, tỷ lệ ...": the subject's clause, the last with a
            parts = re.split(r",(?!\d)", clause)  # head ("tỷ lệ ... trong quý I, quý II và quý III": not "quý II")
            clause = next((part for part in reversed(parts) if _HEAD.search(part)), parts[-1])
        subjects = _subjects(clause)
        if not subjects:
            return None
        if len(subjects) > 1:
            if len(subjects) != len(items):
                return None  # three rates of two subjects: which is which the text does not say
            return _labelled(subjects[index], unit)
        return _labelled(subjects[0], unit)
    return None
