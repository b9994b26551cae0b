"""What a figure's label says: a short noun phrase of what is counted, as a reader would write it in a table.

`figures._label` reads the words around a number for the rules (metrics, wholes, restated results read its words);
the label a reader sees is made here, once every rule has run, from the same sentence:

- money: the noun the amount is of, with its purpose ("kinh phí đầu tư trang thiết bị là 1,2 tỷ đồng" → "Kinh phí
  đầu tư trang thiết bị"; "cấp quà cho 146 đối tượng với số tiền 43,8 triệu" → "Số tiền cấp quà"), else the verb
  that spends or takes it and what for ("đã chi 3,5 tỷ đồng nâng cấp hạ tầng mạng" → "Chi nâng cấp hạ tầng mạng");
  an amount per head keeps what it is per in brackets ("Mức hỗ trợ (đồng/hộ)");
- a count: the unit as written and the phrase after it up to a clause boundary when it qualifies it ("12 hộ bị ảnh
  hưởng" → "Hộ bị ảnh hưởng"), else the verb before it ("đã tiếp nhận 842 hồ sơ" → "Hồ sơ tiếp nhận"; "tập huấn cho
  210 người" → "Người được tập huấn"), else the subject it is the number of ("số hộ nghèo là 12 hộ" → "Hộ nghèo");
  a measure ("ha", "km") or a classifier ("con") names the thing measured, not itself ("Lúa bị ảnh hưởng");
- a share: `figures._label`'s "Tỷ lệ ..." with its dangling words cut, or the share of the count before it.

Never the unit twice, never a phrase cut on a function word, at most 10 words; the bound ("hơn", "gần") goes in
brackets after the label as before ("Hồ sơ tiếp nhận (hơn)"), never also inside it. `degenerate` says what a bad
label looks like (scripts/score_labels.py counts them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_english_marks import house_marks
from .figure_label_actions import action_kept
from .figure_label_estimates import estimate_label
from .figure_label_holders import (
    _holder,
    _listed_units,
    continued_sum,
    levels_after,
    levels_held,
    levels_said,
    members_of_groups,
)
from .figure_label_in_turn import in_turn_label
from .figure_label_money import _money, _noun_before
from .figure_label_outlet_marks import without_outlet_mark
from .figure_label_own_kind import own_kind
from .figure_label_parts_said import part_said
from .figure_label_runs import run_label
from .figure_label_shares import without_bracketed_share
from .figure_label_slash import SlashPair, slash_pairs, without_same_kind_whole
from .figure_label_words import (
    _ADVERSE,
    _BOUNDS,
    _BREAK,
    _CUT_AFTER,
    _DANGLING,
    _OF_PLACE,
    _PERIOD_AFTER,
    _VERB,
    AGE_PHRASE,
    _clause_before,
    _item_before,
    _named_before,
    _predicate,
    _short,
    _shorter,
    verbs_joined,
)
from .figure_layout import ClauseLayout
from .figure_measures import damage_label
from .figure_merged_agencies import merged_label
from .figure_number_words import after_number_words
from .figure_own_periods import period_of_a_run
from .figure_rates import average_label, rate_of
from .figure_reach import step_label

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["degenerate", "readable_labels"]

_BRACKET_END = re.compile(r"\s*\([^()]*\)\s*$")
_GENERIC = {"tỷ lệ", "tỉ lệ", "đồng", "số tiền", "tổng số tiền", "kinh phí", "tổng kinh phí", "trị giá", "mức"}
"""Labels that say no more than the unit does: "Tỷ lệ" of a share, "Số tiền" of money."""
_MEASURES = {"ha", "m2", "m²", "m3", "m³", "km", "m", "mét", "tấn", "kg", "lít", "mét khối", "con", "mw", "kw", "kwh",
             "mwh", "gwh", "mwp", "kwp"}
"""Units that measure or classify something else: the label names the thing ("Lúa bị ảnh hưởng", "Gia cầm")."""
_ANIMATE = {"người", "hộ", "đối tượng", "lao động", "học sinh", "cán bộ", "công chức", "trẻ", "cháu", "thí sinh",
            "hội viên", "đảng viên", "cử tri", "gia đình", "em", "người dân", "giáo viên"}
"""Counts of people: "được" says they received ("Người được tập huấn"); a file "giải quyết" needs no "được"."""


def readable_labels(drafts: list[FigureDraft]) -> None:
    """Give each draft the label a reader sees (module docstring), in place; nothing else of a figure changes."""
    previous: dict[int, tuple[str, str]] = {}  # id(sentence) → (raw, readable) label of the last count there
    sums: dict[int, str] = {}  # id(sentence) → the label of the last amount there that is no rate
    pairs: dict[int, dict[int, SlashPair]] = {}  # id(sentence) → its counts with a whole of another kind after "/"
    paired: set[tuple[int, int]] = set()  # (id(sentence), start) of each part labelled with its whole
    for draft in drafts:
        figure = draft.figure
        raw = _core(figure["label"], draft.qualifier)
        unit = figure["unit"]
        text = levels_held(house_marks(draft.sentence.text))  # "mức độ 3, 4", "1,320 thẻ": no clause break
        if text != draft.sentence.text and unit == "%" and re.match(r"(?:Tỷ lệ|Tỉ lệ)\s+\d", raw):
            raw = _core(_share_said_again(text, draft, [d for d in drafts if d.sentence is draft.sentence and
                                                        d.start < draft.start]), draft.qualifier)
        if unit == "%":
            label = _share(raw, previous.get(id(draft.sentence)), text, draft.start)
            label = levels_after(label, text, draft.start)  # "... trực tuyến mức độ" → "... mức độ 3, 4"
        elif unit in ("đồng", "USD"):  # a sum in dollars is labelled as one in đồng (figure_foreign_money)
            rate = rate_of(text, draft.start, draft.end)
            label = estimate_label(text, draft.start, _money(text, draft.start, draft.end, rate))  # "Dự toán ..."
            if not rate and id(draft.sentence) in sums:  # "thu ngân sách 4.126,5 tỷ đồng; lũy kế 2 tháng 612,4 tỷ"
                label = continued_sum(text, draft.start, label, sums[id(draft.sentence)])
            elif not rate:
                sums[id(draft.sentence)] = label
            label = f"{label} ({rate})" if rate else label
        else:
            label = merged_label(text, draft.start, unit) or step_label(text, draft.end, unit) or \
                _count(text, draft.start, draft.end, unit) or raw  # (figure_merged_agencies, figure_reach)
            if unit in ("m", "km") and label.lower() in ("m", "km", "mét"):  # "bị sạt lở khoảng 420 m;": the unit only
                label = damage_label(text, draft.start, draft.end) or label
            previous[id(draft.sentence)] = (raw, label)
            if id(draft.sentence) not in pairs:
                pairs[id(draft.sentence)] = slash_pairs(draft.sentence.text)
            pair = pairs[id(draft.sentence)].get(draft.start)
            if pair is not None and pair.part_start == draft.start and figure.get("of") == pair.whole:
                label = pair.part_label  # "Tài khoản thanh toán của hộ dân được mở"
                paired.add((id(draft.sentence), pair.part_start))
            elif pair is not None and pair.whole_start == draft.start and figure["value"] == pair.whole and \
                    (id(draft.sentence), pair.part_start) in paired:  # not "18 khu vực bỏ phiếu/18 tổ bầu cử"
                label = pair.whole_label  # "Tổng số hộ dân"
                previous[id(draft.sentence)] = (raw, pair.share)  # "đạt 42%": of the households, who have accounts
        label = in_turn_label(text, draft.start, unit, label) or label  # "lần lượt là 95, 97% và 99%": its subject's
        label = run_label(draft, drafts, label) or label  # "tiếp nhận 1.326 và 1.418 hồ sơ": the first's (label_runs)
        label = levels_said(_tidy(without_bracketed_share(label), draft.qualifier))  # not "(89%) hồ sơ"
        label = average_label(label, draft.sentence.text, draft.start, draft.end)  # "(bình quân mỗi ngày)"
        label = without_same_kind_whole(label)  # not "Người/tổng số 6.840 người dân ..." (figure_label_slash)
        figure["label"] = f"{label} ({draft.qualifier})" if draft.qualifier else label


def _share_said_again(text: str, draft: FigureDraft, before: list[FigureDraft]) -> str:
    """A share's words read again (`figures._label`) from `text` whose list of levels holds no comma, the counts
    `before` it in its sentence at hand for a share of the count before."""
    from .figures import _label  # noqa: PLC0415 - figures imports this module: the rules' reading

    return _label(text, draft.start, draft.end, "%", before, ClauseLayout(text))[0]


def _core(label: str, qualifier: str | None) -> str:
    return label[:-len(qualifier) - 3] if qualifier and label.endswith(f" ({qualifier})") else label


def _tidy(label: str, qualifier: str | None) -> str:
    label = " ".join(label.split()).strip(" ,;:")
    bracket = re.search(r"\s*\([^()]*\)$", label)
    tail = bracket[0] if bracket else ""
    body = label[:len(label) - len(tail)] if tail else label
    if qualifier:
        body = re.sub(rf"\s+{re.escape(qualifier)}$", "", body, flags=re.IGNORECASE)
    body = _shorter(body)
    return (body[:1].upper() + body[1:] + tail).strip()


# -- a count -------------------------------------------------------------------------------------------------------


def _count(text: str, start: int, end: int, unit: str) -> str:
    written = _written_unit(text[start:end], unit)
    rest = without_outlet_mark(text[end:])  # "6 nghị quyết ĐNO - Sáng 28/8, ...": the headline's outlet mark
    if written is None:  # a bare part ("22/22" before "xã, thị trấn"): the unit comes after the span
        written = unit
        rest = re.sub(r"^\s*" + re.escape(unit) + r"(?![\wÀ-ỹ])", "", rest, flags=re.IGNORECASE)
    if said := part_said(text, start, end, unit, _written_unit(text[start:end], unit) or unit, rest):
        return said  # "trong đó 96 phụ nữ là người dân tộc thiểu số", "trong số này có 41 hộ là ..."
    if text[start:end].lower().endswith(" em"):  # "trong đó 930 em là học sinh bán trú": pupils who are so
        rest = re.sub(r"^\s+là\s+(?:học sinh\s+)?(?=\S)", " ", rest, flags=re.IGNORECASE)
    classifier = re.match(r"(?i:con|cuốn|quyển|chiếc|cái)\s+(?=\S)", written)
    if classifier:  # "con gia cầm", "cuốn sách": the thing, not its classifier
        written = written[classifier.end():]
    measure = not classifier and (unit.lower() in _MEASURES or written.lower() in _MEASURES)
    listed = None if measure else _listed_units(rest, written)
    if listed is not None:  # "21 cơ quan, đơn vị nợ tiền bảo hiểm": the list and what follows it
        written, rest = written + listed[0], listed[1]
    after = "" if period_of_a_run(text, start, end, unit) else _phrase_after(rest, unit)  # "hồ sơ năm 2024 và"
    predicate, passive = _predicate(text, start)
    if measure:
        if after:
            return _join(after, predicate, False)
        return _noun_before(text, start) or _named_before(text, start) or _join(written, predicate, False)
    if listed is not None and after and predicate and not _VERB.match(after) and \
            not predicate.lower().startswith(written.lower()):
        after = ""  # "đã điều động 40 cán bộ, nhân viên thú y tập trung tại ...": the verb says what was done to them
    if after and passive and len(AGE_PHRASE.sub("tuổi", after).split()) <= 3 and not _VERB.search(after):
        return _join(f"{written} {after}", predicate, True)  # "cấp quà cho 58 người cao tuổi"
    if after:  # "số hóa 4.120 hồ sơ lưu trữ", "giải quyết 845 hồ sơ đúng hạn": what was done (figure_label_actions)
        kept = action_kept(after, predicate, written, _VERB)
        return _join(kept[0], predicate, passive or written.lower() in _ANIMATE or written.lower().split(" ")[0] in
                     _ANIMATE) + kept[1] if kept else f"{written} {after}"
    if re.search(r"\slà\s*(?:" + _BOUNDS + r")?\s*$", text[max(0, start - 12):start]) or \
            re.search(r"(?:^|\s)số\s[^,;:]*\s(?:lên|là)\s*$", text[max(0, start - 80):start]):
        named = _named_before(text, start, unit)  # "hồ sơ kỳ trước chuyển sang là 405 bộ"
        if named:
            return named if named.lower().startswith(written.lower()) else f"{written} {named}"
    if listed is None and (kind := own_kind(text, start, written)):  # "người có công 45 người" (label_own_kind)
        return _join(kind[0], kind[1], kind[2] or written.lower() in _ANIMATE)
    if predicate and not predicate.lower().startswith(written.lower()):
        return _join(written, predicate, passive or written.lower().split(" ")[0] in _ANIMATE or
                     written.lower().split(",")[0] in _ANIMATE)  # "cán bộ, nhân viên được điều động"
    among = re.match(r"\s*trong\s+(?:tổng\s+)?số\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d[\d.,]*\s+" + re.escape(written) +
                     r"(?![\wÀ-ỹ])", rest, re.IGNORECASE)
    if among and (phrase := _phrase_after(rest[among.end():], unit)):
        return f"{written} {phrase}"  # "640 trong số 910 hộ kinh doanh đã mở tài khoản": what the part does
    named = _named_before(text, start, unit) or _item_before(text, start)
    if named:
        return named if named.lower().startswith(written.lower()) else f"{written} {named}"
    if listed is None and (members := members_of_groups(text, start, written)):
        return members
    return (_holder(text, start, written) if listed is None else "") or written


_NO_VOICE = re.compile(r"^(?:vắng|còn thiếu|thiếu|có|đón|đúng|trước|quá|trễ|chậm|trong hạn|tồn|chưa|tăng|giảm)",
                       re.IGNORECASE)
"""Predicates the count is the subject of, or a state ("vắng 3 người", "đúng hạn 45 hồ sơ", "còn thiếu 1.870 giáo
viên": a shortage, session 23): no "được"."""



def _join(head: str, predicate: str, passive: bool) -> str:
    if not predicate:
        return head
    given = re.match(r"^(.+?)\s+cho\s+(.+)$", predicate)
    if given and given[2].lower().startswith(head.lower()):  # "chi cho hộ nghèo 36 hộ" → "Hộ nghèo được chi"
        return f"{given[2]} được {given[1]}"
    adverse = _ADVERSE.match(predicate)
    if adverse:
        return f"{head} bị " + re.sub(r"^làm\s+", "", predicate)
    if passive and not _NO_VOICE.match(predicate):
        return f"{head} được {predicate}"
    return f"{head} {predicate}"


def _written_unit(span: str, unit: str) -> str | None:
    """The unit as the span writes it ("hộ dân", "căn nhà", "CB,CC,VC"), None when the span is a bare number."""
    written = re.sub(r"^[\d.,/\s]+(?:trên\s+tổng\s+số\s+[\d.,]+\s*)?", "", span) if span[:1].isdigit() else \
        after_number_words(span)  # "mười hai hộ": all the number's words, not its first
    written = re.sub(r"^(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:\s+|$)", "", written, flags=re.IGNORECASE).strip()
    if not written or written[:1].isdigit():
        return None
    return "học sinh" if written.lower() == "em" else written  # "930 em": the pupils, as the count before said


_FORMS = ("phiếu", "thông tin", "sổ")
_ABOUT = re.compile(r"\s(?:về|đối với|của|cho|tại|trên địa bàn|lên|vào)\s", re.IGNORECASE)
"""Forms, data items and books are named by their kind; what they are about, whose, where (or where they go) is no
part of it."""


def _phrase_after(rest: str, unit: str) -> str:
    """What the words after the count say of it, up to a clause boundary; "" when they start an adjunct."""
    broken = _BREAK.search(rest)
    after = rest[:verbs_joined(rest, broken.start())] if broken else rest
    after = _PERIOD_AFTER.sub("", _OF_PLACE.sub("", " " + after))
    after = re.sub(r"^\s*(?i:đều)(?=\s+(?!(?i:là)\s)\S)", "", after)  # "79 hồ sơ đều đã được giải quyết": all of them
    cut = _CUT_AFTER.search(after)
    after = after[:cut.start()] if cut else after
    if unit in _FORMS and (about := _ABOUT.search(after)):
        after = after[:about.start()]  # "phiếu lấy ý kiến người dân về dự thảo ...": the form, not its subject
    after = re.sub(r"^\s*ở\s+(?=tiêu chí|chỉ số|lĩnh vực)", "", after).strip()  # "19,56/20 điểm ở tiêu chí ..."
    if re.match(r"^(?:/|cho\b|với\b|của\b|tại\b|ở\b|và\b|trên\b|từ\b|gồm\b|so\b)", after, re.IGNORECASE) and \
            not AGE_PHRASE.match(after):  # "người trên 60 tuổi": the kind's age, no adjunct
        return ""
    after = re.sub(r"^(?:(?:đã|đều|cũng|vẫn|hiện|đang được)\s+)+", "", after, flags=re.IGNORECASE)
    if unit.lower() not in _ANIMATE:
        after = re.sub(r"^(?:đã\s+)?được\s+(?=\S)", "", after, flags=re.IGNORECASE)
    return _short(after, max(3, 10 - len(unit.split())))


# -- a share -------------------------------------------------------------------------------------------------------


def _share(raw: str, previous: tuple[str, str] | None, text: str, start: int) -> str:
    if previous is not None:
        old, new = previous
        if raw.lower() == ("tỷ lệ " + old).lower():
            return "Tỷ lệ " + new[:1].lower() + new[1:]
    again = [m.start() for m in re.finditer(r"(?i:tỷ lệ|tỉ lệ)", raw)]
    raw = raw[again[-1]:] if len(again) > 1 else raw  # "Tỷ lệ năm 2023 tỷ lệ bao phủ ...": the share named last
    raw = raw[:1].upper() + raw[1:]
    label = re.sub(r"^(Tỷ lệ|Tỉ lệ)\s+(?:là|của|các|những|có|được|đã|việc)\s+", r"\1 ", raw, flags=re.IGNORECASE)
    label = _OF_PLACE.sub("", " " + label).strip()
    # "100% cán bộ, công chức đã dùng chữ ký số, xã đã lắp 38 điểm": a second clause, its own subject and "đã"
    label = re.sub(r"(\s(?:đã|đều)\s[^,]+),\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:đã|đều)\s.*$", r"\1", label)
    label = re.sub(r"\s(?:đã|đều)\s", " ", label)
    # "97% số hộ có tài khoản": "số" counts the homes and is no part of what is shared ("số hóa" is a word)
    label = re.sub(r"^(Tỷ lệ|Tỉ lệ)\s+số\s+(?!(?:hóa|hoá|liệu|lượng|dư)\b)(?=\S)", r"\1 ", label, flags=re.IGNORECASE)
    if len(label.split()) > 10:
        cut = _CUT_AFTER.search(label, len(" ".join(label.split()[:4])))
        label = label[:cut.start()] if cut else label
    label = _DANGLING.sub("", " " + label).strip()
    label = re.sub(r",\s*\S+$", "", label)  # "kết quả giải quyết thủ tục, cấp 1": a list cut at its number
    label = _sentence_capital_lowered(label, text)
    clause = _clause_before(text, start)
    if re.search(r"\d", clause):
        return label
    predicate, _ = _predicate(text, start)
    if predicate and not _NO_VOICE.match(predicate) and len((label + " " + predicate).split()) <= 10 and \
            predicate.lower() not in label.lower():
        if re.match(r"(?:Tỷ lệ|Tỉ lệ)\s+(?:kế hoạch|dự toán|chỉ tiêu)", label):
            return f"{label[:5]} {predicate} so với {label[6:]}"  # "giải ngân được 62% kế hoạch vốn"
        return f"{label} {predicate}"  # "hoàn thành 70% khối lượng" → "Tỷ lệ khối lượng hoàn thành"
    return label


def _sentence_capital_lowered(label: str, text: str) -> str:
    """ "Hồ sơ nộp trực tuyến đạt 85%": the share's noun opened its sentence and kept the sentence's capital, "Tỷ lệ Hồ
    sơ ..." — lowered, when the noun is the sentence's first word, written with a capital then small letters, and the
    word after it is small (a name capitalises each syllable, "Hải Quang"; an acronym is all capitals, "TTHC")."""
    m = re.match(r"(Tỷ lệ|Tỉ lệ)\s+([^\W\d_]+)(?=\s+([^\W\d_]))", label)
    first = re.match(r"\W*([^\W\d_]+)", text)
    if m is None or first is None or first[1] != m[2] or not (m[2][:1].isupper() and m[2][1:].islower()) or \
            not m[3].islower():
        return label
    return f"{m[1]} {m[2].lower()}{label[m.end(2):]}"


# -- what a bad label looks like -------------------------------------------------------------------------------------


def degenerate(figure: dict) -> str | None:
    """Why `figure`'s label is degenerate — "bare" (the unit alone), "doubled" (the unit or the bound written twice)
    or "long" (more than 10 words) — or None. The bound ("(hơn)") and the rate ("(đồng/hộ)") in brackets aside."""
    label = figure.get("label", "")
    unit = figure.get("unit", "").lower()
    core = _BRACKET_END.sub("", _BRACKET_END.sub("", label)).strip().lower()
    core_money = re.sub(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|đ)(?:/\S+)?$", "đồng", core)
    if not core or core == unit or core_money in _GENERIC:
        return "bare"
    tokens = re.findall(r"[\w/-]+", label.lower())
    bound = re.search(rf"\(({_BOUNDS})\)\s*$", label.lower())
    if bound and core.endswith(" " + bound[1]):
        return "doubled"
    members = [m.split() for m in unit.split(",") if m.strip()]
    head = re.findall(r"[\w/-]+", unit)
    rest = tokens[len(head):] if head and tokens[:len(head)] == head else []
    if any(rest[:len(member)] == member for member in members):
        return "doubled"
    if len(core.split()) > 10:
        return "long"
    return None
