"""Dossiers "giải quyết" (settled) in words that say how or whether: not the settled total (session 19, fresh27).

The taxonomy's settled-total metric (`ho-so-giai-quyet`) has the bare alias "giải quyết", so any label holding
the verb was filed under it: files settled late ("giải quyết trễ hạn 26 hồ sơ", "chậm hạn", "quá hạn"), settled
early ("giải quyết trước hạn"), not settled yet ("chưa giải quyết", "đang trong hạn giải quyết") and files a
higher level settles ("hồ sơ thuộc thẩm quyền cấp tỉnh giải quyết"). The figure checks then compared them with the
on-time count as if they were the total ("đúng hạn nhiều hơn đã giải quyết: 1.825 > 26"). Files settled early and
on time together ("giải quyết trước và đúng hạn") and results returned on time ("trả kết quả đúng hạn", the other
alias of the total) are the on-time count.

Real pages: baotayninh 2021 (Hòa Thành, "giải quyết quá hạn 26 hồ sơ"), vinhthuan.kiengiang 2020 ("1.235 hồ sơ
thuộc quyền cấp tỉnh giải quyết"), baodaknong 2021 ("187 hồ sơ giải quyết quá hạn").
"""

from __future__ import annotations

import re

from .folding import fold

SETTLED = "ho-so-giai-quyet"
ON_TIME = "ho-so-dung-han"
RECEIVED = "ho-so-tiep-nhan"

_VERBS = ("giai quyet", "tra ket qua")
_EARLY_AND_ON_TIME = re.compile(r"\s*(?:(?:ho so|tthc)\s+)?(?:truoc va dung han|dung va truoc han|som va dung han"
                                r"|dung han|dung hen)\b")
_HOW = re.compile(r"\s*(?:(?:ho so|tthc)\s+)?(?:qua han|tre han|cham han|cham tre|cham|tre|truoc han|som han|som)\b")
_NOT_YET = re.compile(r"(?:\bchua|\bdang(?: trong han)?|\btrong han|\bcho|\byeu cau|\bde nghi|\bcan)\s*$")
_ANOTHER_LEVEL = re.compile(r"\bthuoc\s+(?:tham\s+)?quyen(?:\s+\S+){0,4}\s*$")


def settled_reading(folded: str, start: int, end: int) -> str | None:
    """What the verb ("giai quyet", "tra ket qua") at folded[start:end] counts: `SETTLED`, `ON_TIME`, or None
    (late, early, not yet, another level's). `folded` is folded text (`store.folding.fold`)."""
    after = folded[end:end + 30]
    if _EARLY_AND_ON_TIME.match(after):
        return ON_TIME
    if _HOW.match(after):
        return None
    before = folded[max(0, start - 48):start]
    if _NOT_YET.search(before) or _ANOTHER_LEVEL.search(before):
        return None
    return SETTLED


def settled_metric(folded: str, metric: str | None, start: int, end: int) -> str | None:
    """`metric` found by an alias at folded[start:end], read again when it is the settled total, or the received
    total by a bare "nhận" (`received_by_bare_verb`)."""
    if metric == RECEIVED and folded[start:end].strip() == "nhan":
        return metric if received_by_bare_verb(folded, start, end) else None
    verb = next((verb for verb in _VERBS if verb in folded[start:end]), None) if metric == SETTLED else None
    if verb is None:
        return metric
    at = folded.index(verb, start, end)
    return settled_reading(folded, at, at + len(verb))


def settles_otherwise(label: str) -> bool:
    """A label whose settling verb is late, early, not yet or another level's (its context lends no metric)."""
    folded = f" {fold(label)} "
    return any(settled_reading(folded, at.start(), at.end()) is None for at in re.finditer("|".join(_VERBS), folded))


_AVERAGED = re.compile(r"\b(?:binh quan|trung binh|(?:moi|hang) (?:mot )?(?:ngay|tuan|thang))\b|"
                       r"/ ?(?:ngay|tuan|thang)\b")


def averaged(folded_label: str) -> bool:
    """Whether a folded label says its count is an average per day, week or month ("Hồ sơ tiếp nhận (bình quân mỗi
    ngày)", `extract.figure_rates.average_label`): no total of its period, so no total's metric."""
    return bool(_AVERAGED.search(folded_label))


_CHANGED = re.compile(r"\s(?:tang|giam)(?:\s+(?:them|duoc))?\s*$")


def changed(folded_label: str) -> bool:
    """Whether a folded percent's label ends in the change it tells ("Tỷ lệ hồ sơ nộp trực tuyến tăng": a growth of
    so much, `extract.figure_changes`): no share of a whole, so no rate's metric; "giảm còn", "tăng lên" are levels."""
    return bool(_CHANGED.search(folded_label))


_COMPOUND_BEFORE = re.compile(r"\b(?:tiep|thu|ghi|xac|chung|(?<!chinh )cong|thua|chap|nhin|bien|ky|cam|dam|phu|giao|tu"
                              r"|nguoi)\s*$")
_NOT_INTAKE_AFTER = re.compile(r"\s*(?:thuc|xet|dinh|dien|dang|loi|lam|nuoi|thay|su|duoc su|trach nhiem|ban giao"
                               r"|lai|ket qua|ho tro|qua|tien|giay|tra)\b")


def received_by_bare_verb(folded: str, start: int, end: int) -> bool:
    """Whether a bare "nhận" at folded[start:end] is the intake of dossiers ("xã nhận 4.009 hồ sơ", "trung tâm đã nhận
    được 5.140 hồ sơ"), as "tiếp nhận" is (session 24).

    Not when it is a word's second half ("xác nhận", "ghi nhận", "chứng nhận", "công nhận" but not "hành chính
    công nhận", "giao nhận", "người nhận"; "thu nhận", the police's enrolment of identity-card files, is a tally of
    its own) or its first ("nhận thức", "nhận xét", "nhận diện"), nor what is taken over, given back or handed to
    the citizen ("nhận bàn giao 1.480 hồ sơ", "nhận lại", "nhận kết quả", "nhận hỗ trợ")."""
    before = folded[max(0, start - 12):start]
    after = folded[end:end + 20]
    return not _COMPOUND_BEFORE.search(before) and not _NOT_INTAKE_AFTER.match(after)
