"""A result told twice is one figure: "Xã đã đạt 19/19 tiêu chí" as a line of its own and again in the report, or a
finding in the lead ("phát hiện bảy cán bộ đi trễ") and in the detail ("có bảy trường hợp đi trễ").

Real reports often state the key result in a lead or a caption-like line and then give it again inside the account;
read as two figures, the same number counts twice. A later figure is the earlier one restated when it has the same
value, whole, period and place, counts the same thing (the same unit, or people under another name: "cán bộ", "công
chức", "trường hợp"), and its label's words, the unit's words aside, are those of the earlier label or hold them
("vắng mặt không lý do" in "vắng mặt không có lý do"); a share needs the same words and metric. Two different
results that share a number keep different words ("hồ sơ trực tuyến" beside "hồ sơ đúng hạn") or different places,
and both stay.

An absence is told in several ways ("vắng mặt không lý do", "không có mặt tại cơ quan nhưng không rõ lý do"): these
read as one set of words (`_ABSENCE`) before they are compared, while "có lý do" and "có mặt" stay words of their own,
so that an excused absence or those present never merge with an unexcused absence of the same number.

A count told in the lead comes back as a part in the brackets that split a larger count ("làm sập 14 nhà dân", then
"16 căn nhà (14 nhà và 2 nền nhà)"): the same number of the same thing in other words ("nhà và", "nhà tốc mái"), and
the part of the larger count it now is adds nothing new. A bracketed part right after a count is such a repeat
whatever its words, when an earlier sentence gave the same number in the same unit (`_bracket_repeat`). So is a
count named again after "trong số" as the total its parts come from (`_named_again_among`). A part of a split
told again with no whole in a later running total ("Lũy kế đến nay, ... lao động tự do 110 người, số tiền ...") is
the same part once both read alike (`running_total_repeats`, session 36).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .figure_measures import same_works

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["restated_once"]

_PEOPLE = {"can bo", "cong chuc", "vien chuc", "truong hop", "nguoi", "cbcc", "cbccvc", "cb", "cc"}
"""Units that all count people: a finding about staff may call them by any of these."""
_FILLER = {"ty", "le", "co", "da", "duoc", "va", "nhung", "ma"}
"""Words that say nothing of what is counted ("tỷ lệ", "có", "đã", "được", "nhưng", "mà")."""
_ABSENCE = [
    (re.compile(r"\bkhong (?:ro |co )?ly do\b"), " khonglydo "),
    (re.compile(r"\bco ly do\b"), " colydo "),
    (re.compile(r"\b(?:vang mat|khong co mat)\b"), " vangmat "),
    (re.compile(r"\bco mat\b"), " comat "),
]
"""Folded ways of saying who was away without a reason, with one, or there: one token each, in this order."""
_WHERE = re.compile(r"\b(?:tai|o) (?:co quan|tru so|noi lam viec|vi tri lam viec|ubnd(?: xa| phuong)?)\b|"
                    r"\btrong gio lam viec\b")
"""Where the absence was seen ("tại cơ quan", "trong giờ làm việc"): said or not, the same absence."""


def restated_once(drafts: list[FigureDraft]) -> list[FigureDraft]:
    """`drafts` without each figure that restates an earlier one of another sentence."""
    kept: list[FigureDraft] = []
    for draft in drafts:
        if not any(_restates(draft, earlier) or _bracket_repeat(draft, earlier) or _named_again_among(draft, earlier)
                   for earlier in kept):
            kept.append(draft)
    return kept


def _restates(later: FigureDraft, earlier: FigureDraft) -> bool:
    a, b = later.figure, earlier.figure
    if later.sentence.index == earlier.sentence.index or a["value"] != b["value"]:
        return False
    if same_works(a, b):
        return True  # "đăng ký xây dựng 200 m đường", then "làm được 200 m đường": one length (figure_measures)
    if any(a.get(key) != b.get(key) for key in ("of", "period", "locality", "metric")):
        return False
    if a["unit"] != b["unit"] and not (fold(a["unit"]).lower() in _PEOPLE and fold(b["unit"]).lower() in _PEOPLE):
        return False
    words_a, words_b = _what(a), _what(b)
    if not words_a or not words_b:
        return False
    if a["unit"] == "%":
        return words_a == words_b  # a share's label is often cut short ("Tỷ lệ hồ sơ"): only the same words are sure
    return words_a <= words_b or words_b <= words_a


def _what(figure: dict) -> set[str]:
    """The label's words with the units of people, the figure's own unit and empty words taken out."""
    label = fold(re.sub(r"\s*\([^)]*\)\s*$", "", figure["label"])).lower()  # "(hơn)": the qualifier, said apart
    for unit in sorted(_PEOPLE | {fold(figure["unit"]).lower()}, key=len, reverse=True):
        label = re.sub(rf"(?<!\w){re.escape(unit)}(?!\w)", " ", label)
    for said, token in _ABSENCE:
        label = said.sub(token, label)
    if "vangmat" in label or "comat" in label:
        label = _WHERE.sub(" ", label)
    return {word for word in re.findall(r"\w+", label) if word not in _FILLER}


_SPLIT_OPEN = re.compile(r"\d[\d.,]*\s+(?:[^\s\d(),;.]+\s+){0,6}[^\s\d(),;.]+\s*\(\s*(?:trong đó|gồm|có)?\s*"
                         r"(?:[^()\d]*\d[\d.,]*\s+[^(),;]*(?:,|và)\s*)?$", re.IGNORECASE)
"""Before a part: the count it splits, a few words and the brackets' opening, with at most one part before it
("16 căn nhà (", "35 căn nhà bị hư hại (8 nhà đổ tường và ")."""


def _bracket_repeat(later: FigureDraft, earlier: FigureDraft) -> bool:
    """Whether `later` is a part in the brackets after a count that repeats `earlier`, a count of another sentence."""
    a, b = later.figure, earlier.figure
    if later.sentence.index == earlier.sentence.index or a["value"] != b["value"] or a["unit"] != b["unit"]:
        return False
    if a["unit"] == "%" or "of" in b:
        return False
    text = later.sentence.text
    return _SPLIT_OPEN.search(text, max(0, later.start - 120), later.start) is not None


_AMONG_BEFORE = re.compile(r"(?:^|[^\w])trong (?:tổng )?số\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)


def _named_again_among(later: FigureDraft, earlier: FigureDraft) -> bool:
    """Whether `later` names an earlier count again as the total its parts are taken from ("cử tri đã có 65 ý kiến,
    kiến nghị ... Tính đến nay, trong số 65 ý kiến, kiến nghị ..., đã giải quyết 58"): the same count, once (real: a
    commune council's term report, Quảng Ngãi)."""
    a, b = later.figure, earlier.figure
    if later.sentence.index == earlier.sentence.index or a["value"] != b["value"] or a["unit"] != b["unit"]:
        return False
    if a["unit"] == "%" or "of" in a or "of" in b:
        return False
    return _AMONG_BEFORE.search(later.sentence.text, max(0, later.start - 30), later.start) is not None


_UNIT_WORD = re.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã|ấp|thôn|khu phố|tổ dân phố)\s+(\w)")


def running_total_repeats(drafts: list[FigureDraft]) -> list[FigureDraft]:
    """`drafts` without each figure of no whole that repeats, in a later sentence, a part of an earlier split with
    the same value, unit, period and place and a label alike (`_told_alike`): "Trong đó, lao động tự do 92 người,
    ...", then "Tính đến nay, ... lao động tự do 92 người, ..."; nor the sum told right after such a repeat that is
    the sum told right after the part ("hộ nghèo 120 hộ, số tiền 36.000.000 đồng" twice: "Số tiền cho hộ nghèo", then
    "Số tiền chi hỗ trợ"). Run once labels are readable: before, both read only "Người". A later sentence that names
    a unit may tell another place's figures (the place is not always resolved): it stays."""
    keys = ("value", "unit", "period", "locality", "metric")
    kept: list[FigureDraft] = []
    after_part: dict[int, FigureDraft] = {}  # id of a part -> the draft told right after it in its sentence
    for first, second in zip(drafts, drafts[1:], strict=False):
        if first.sentence is second.sentence:
            after_part[id(first)] = second
    dropped: dict[int, FigureDraft] = {}  # id of the draft after a dropped repeat -> the part it repeated
    for draft in drafts:
        a = draft.figure
        part = dropped.get(id(draft))
        if "of" not in a and part is not None and (beside := after_part.get(id(part))) is not None and \
                all(a.get(key) == beside.figure.get(key) for key in keys):
            continue  # the sum beside a repeated part is the part's sum
        repeated = None if "of" in a or _names_a_unit(draft.sentence.text) or _told_withheld(draft) else next(
            (earlier for earlier in kept if "of" in earlier.figure and
             earlier.sentence.index < draft.sentence.index and all(a.get(key) == earlier.figure.get(key)
                                                                  for key in keys) and
             (_told_alike(a["label"], earlier.figure["label"]) or _paid_as_written(draft, earlier.figure["label"]))),
            None)
        if repeated is not None:
            if (nxt := after_part.get(id(draft))) is not None:
                dropped[id(nxt)] = repeated
            continue
        kept.append(draft)
    return kept


_PAID_TO = re.compile(r"(?:(?:đã|được)\s+)*(?:chi trả|chi hỗ trợ|chi|hỗ trợ|nhận|cấp phát|cấp|trao tặng|trao|tặng|"
                      r"giải ngân|thanh toán)(?:\s+(?:tiền|kinh phí))?"
                      r"(?:\s+(?:trợ cấp(?:\s+xã hội)?|chế độ(?:\s+(?:ưu đãi|chính sách))?|phụ cấp|lương hưu)"
                      r"(?:\s+(?:h[àằ]ng|mỗi) tháng)?)?(?:\s+cho)?", re.IGNORECASE)
"""The payout told inside a running total's item ("đã chi hỗ trợ cho hộ nghèo 120 hộ": "Hộ nghèo được chi hỗ
trợ", "Người được chi trả cho hộ nghèo"): words the part's label ("Hộ nghèo", "Người hộ nghèo") did not need. What
is paid may be said too, an allowance or a regime ("chi trả trợ cấp (xã hội) (hằng tháng)", "chi trả chế độ ưu
đãi", "thanh toán chế độ"): the same payout of the same part (session 39); another benefit ("trợ cấp mai táng") or
another deed ("điều chỉnh mức trợ cấp") is no payout of it."""


def _told_alike(later: str, earlier: str) -> bool:
    """Whether the later label is the earlier one, or the earlier with a payout (`_PAID_TO`) put in after its head
    word ("Hộ nghèo" → "Hộ nghèo được chi hỗ trợ", "Người hộ nghèo" → "Người được chi trả cho hộ nghèo"). Another
    kind ("Hộ cận nghèo") or a state ("chưa được chi") is no repeat."""
    if later == earlier:
        return True
    words, kind = later.split(), earlier.split()
    extra = len(words) - len(kind)
    for i in range(1, len(kind) + 1):
        if extra > 0 and words[:i] == kind[:i] and words[i + extra:] == kind[i:] and \
                _PAID_TO.fullmatch(" ".join(words[i:i + extra])):
            return True
    return False


def _paid_as_written(draft: FigureDraft, kind: str) -> bool:
    """Whether the words right before `draft`'s number are a payout (`_PAID_TO`) to the part's kind as its label
    says it ("đã chi trả trợ cấp xã hội hằng tháng cho người khuyết tật nặng 120 người" after "người khuyết tật nặng
    120 người"): the repeat, though its own label, past ten words, lost the kind (session 40). Not "cấp" in "(mức)
    trợ cấp cho": a noun, no payout ("điều chỉnh mức trợ cấp")."""
    before = draft.sentence.text[max(0, draft.start - 120):draft.start]
    paid = rf"(?<!\w)(?<!trợ )(?<!phụ )(?<!mức ){_PAID_TO.pattern}\s+{re.escape(kind)}\s*$"
    return re.search(paid, before, re.IGNORECASE) is not None


_WITHHELD = re.compile(r"\b(?:tạm dừng|dừng|ngừng|cắt|thu hồi|chưa|không)\b", re.IGNORECASE)
"""A payout stopped, taken back or not made ("tạm dừng chi trả trợ cấp cho người khuyết tật 100 người"): the same
people, but no repeat of the part's count (the label may lose the word: "Người khuyết tật được chi trả trợ cấp")."""


def _told_withheld(draft: FigureDraft) -> bool:
    """Whether the clause before `draft`'s number says its payout was stopped or not made (`_WITHHELD`)."""
    before = draft.sentence.text[max(0, draft.start - 80):draft.start]
    return _WITHHELD.search(re.split(r"[,;:]", before)[-1]) is not None


def _names_a_unit(text: str) -> bool:
    """Whether `text` names a commune, ward, district or hamlet ("xã Tân Phú", "ấp 3"), not "UBND xã đã ..."."""
    return any(m[1].isupper() or m[1].isdigit() for m in _UNIT_WORD.finditer(text))
