"""A sum with a scale word and no currency, in a clause whose subject is money: "Số tiền hỗ trợ ... lần lượt là 45
triệu và 62 triệu", "Tổng kinh phí đầu tư là 1,5 tỷ".

Reports drop "đồng" after "triệu"/"tỷ" when the clause has already said it speaks of money. `bare_scaled_money` reads
such a sum only when the sentence writes "đồng" elsewhere, `paid_sum` only after a paying verb; a subject that names
money ("kinh phí", "vốn", "chi phí", "ngân sách", "số tiền", "dự toán", "doanh thu") says it as surely. The house
stores money in đồng ("45 triệu" = 45.000.000 đồng). A number whose scale word is followed by what it counts ("1,2
triệu người", "2 triệu lượt truy cập", "1,2 triệu cây") is no sum: only a clause end or a joining word may follow the
scale word. "tiền" counts only in lower case and not as a prefix ("tiền đề", "tiền thân", "Tiền Giang").

A sum of a million or more written in full with no currency at all, right after its money noun ("số tiền 19.000.000.",
"tổng kinh phí là 480.000.000;", "tổng số tiền chi trả đợt này là 96.000.000", real: mattrantoquoc.tayninh, s36/fresh77)
is money as surely (`unitless_sum`): the noun is the nearest word before it (a few words, no number, no clause break
between) and a clause end or a joining word follows it, never a noun it would count ("1.250.000 lượt" keeps its unit).
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity

__all__ = ["money_subject_sum", "names_money", "unitless_sum"]

_SCALE = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?=\s*(?:[,;.)]|$)|\s+(?:và|cho|để|từ|trong|với|so với|tăng|giảm|"
                    r"nhằm|tới|đến|giúp|được|đã)(?![\wÀ-ỹ]))", re.IGNORECASE)
"""The scale word right after the number, then a clause end or a joining word, never a noun it would count."""
_MONEY_SUBJECT = re.compile(
    r"(?<![\wÀ-ỹ])(?:[Kk]inh phí|[Vv]ốn|[Cc]hi phí|[Nn]gân sách|[Dd]ự toán|[Dd]oanh thu|[Ll]ợi nhuận|"
    r"(?:[Ss]ố|[Kk]hoản|[Nn]guồn) tiền|tiền(?!\s+(?:đề|thân|phong|sử|kiểm|trạm|nhiệm|hôn|đạo|vệ|tiêu|lệ|duyên|"
    r"chiến|cảnh|đình|tuyến)(?![\wÀ-ỹ])))(?![\wÀ-ỹ])")
"""A noun naming money; "Tiền" with a capital is a place's name ("Tiền Giang", "Tiền Hải") unless "Số tiền"."""
_CLAUSE_START = re.compile(r".*[.;!?]\s", re.DOTALL)
_COUNTED_BETWEEN = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|người|dân|hộ|lượt|hồ sơ|tài khoản|ha|m2|km|tấn|USD)"
                              r"(?![\wÀ-ỹ])", re.IGNORECASE)
"""Between the money noun and the number, another count or a rate: the noun is that count's, not this number's."""
_REACH = 160
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
"""A sum written in full, a million or more: two groups of thousands at least ("19.000.000")."""
_NOUN_JUST_BEFORE = re.compile(_MONEY_SUBJECT.pattern + r"(?:\s+[^\s\d,.;:!?()]+){0,6}?\s*(?:là\s+|:\s*)?$")
"""The money noun, then at most a few words with no number or clause break ("số tiền ", "tổng kinh phí là ", "tổng
số tiền chi trả đợt này là ")."""
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:và|cho|để|từ|với|còn|được|đã)(?![\wÀ-ỹ])")


def money_subject_sum(text: str, start: int, end: int) -> tuple[float | int, int] | None:
    """(value in đồng, end) of the number at [start, end) when a bare scale word follows it and its clause's subject
    names money; else None."""
    scale = _SCALE.match(text, end)
    if scale is None or not names_money(text, start):
        return None
    try:
        return read_quantity(f"{text[start:end]} {scale[1]} đồng").value, scale.end()
    except NumberError:
        return None


def names_money(text: str, start: int) -> bool:
    """Whether the clause before `start` has a money noun for its subject, no other count or rate after it."""
    before = text[max(0, start - _REACH):start]
    cut = _CLAUSE_START.match(before)
    clause = before[cut.end():] if cut else before
    subject = next(reversed(list(_MONEY_SUBJECT.finditer(clause))), None)  # the money noun nearest the number
    return subject is not None and not _COUNTED_BETWEEN.search(clause, subject.end())


def unitless_sum(text: str, start: int, end: int) -> tuple[float | int, int] | None:
    """(value in đồng, end) of a sum written in full with no currency ("số tiền 19.000.000.") right after its money
    noun and before a clause end or a joining word; else None."""
    if not _GROUPED.fullmatch(text, start, end) or not _CLAUSE_ENDS.match(text, end) or \
            not _NOUN_JUST_BEFORE.search(text[max(0, start - 60):start]):
        return None
    try:
        return read_quantity(f"{text[start:end]} đồng").value, end
    except NumberError:
        return None
