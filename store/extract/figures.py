"""Figures: a number with what it counts, the whole it is part of, its period and its place.

A figure is a number followed by "%" or by what it counts ("3.163 hồ sơ", "99 thủ tục", "ba hồ sơ", "19,56/20
điểm", "25.925/25.969 hồ sơ"). Numbers are read the Vietnamese way: "3.163" is 3163, "99,83" is 99.83. Years, days,
times, document numbers ("Nghị định số 42/2022/NĐ-CP"), team numbers ("Đoàn công tác số 7"), "mức độ 3", "thời
4.0", durations ("hơn 2 tháng", "trên 08 năm") and numbers that count nothing named ("5 rõ", "2 cấp") are never
figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..folding import fold
from ..metric_nouns import metric_for_noun
from ..metric_states import settled_metric, settles_otherwise
from ..taxonomy import taxonomy
from .dates import Period, find_periods
from .figure_aims import aimed_at, target_said
from .figure_among import bare_among_parts, wholes_after_parts
from .figure_asked_targets import target_by_a_day
from .figure_assigned import plan_sentence
from .figure_back_refs import refers_back
from .figure_bare_parts import bare_parts
from .figure_boats import on_boats
from .figure_brackets import bracket_parts
from .figure_changes import told_as_change
from .figure_checked_places import checked_place_count
from .figure_companions import label_beside, pair_measures
from .figure_context import number_is_context
from .figure_departments import departments_by_deed
from .figure_english_marks import page_notation
from .figure_enumerated import items_named_after, points_said
from .figure_family import family_members
from .figure_foreign_money import dollar_sums
from .figure_form_fees import fee_per_form
from .figure_future import planned
from .figure_gift_values import value_of_a_given_parcel
from .figure_gifts_carried import gifts_carried_on
from .figure_givers import given_by_a_giver
from .figure_headline import headline_only
from .figure_label_criteria import criteria_labels
from .figure_label_hamlets import hamlet_labels
from .figure_label_holdings import holding_labels
from .figure_label_totals import total_labels
from .figure_labels import readable_labels
from .figure_layout import ClauseLayout
from .figure_lines import ListedParts
from .figure_measures import measure_is_context
from .figure_merged_agencies import merged_agencies
from .figure_mixed_lists import mixed_list_parts
from .figure_named_units import own_rounds, units_named_after
from .figure_named_wholes import named_wholes
from .figure_number_words import after_number_words
from .figure_numbers import masked_spans, numbers_in
from .figure_own_periods import own_period, period_of_a_run, shared_verb_context
from .figure_past_counts import closed_before, drop_other_periods
from .figure_posts import staff_by_post
from .figure_presence import absent_rest, labelled_shares
from .figure_projects import project_not_carried_out
from .figure_rates import daily_average, is_rate, once_per_rate, rate_label, rate_of
from .figure_received_settled import received_and_settled
from .figure_requests import asked_for, asks_carried_on
from .figure_respondents import surveyed
from .figure_restated import restated_once, running_total_repeats
from .figure_roadmaps import must_reach
from .figure_scales import end_of_a_scale
from .figure_seats import election_seats
from .figure_sentence_before import SentencesBefore, pair_with_the_sentence_before
from .figure_settled_after_parts import settled_after_its_parts
from .figure_shapes import kinds_counted, still_to_be_paid
from .figure_short_units import short_units
from .figure_slash_wholes import once_each, slash_wholes
from .figure_sums import parts_over_sentences
from .figure_tolls import toll_of_many_places
from .figure_total_shares import share_of_the_total
from .figure_typed_rates import typed_rates
from .figure_visited_communes import visited_communes_dropped
from .figure_wholes import Kinds, whole_from
from .place_level_counts import level_count_named
from .places import Places
from .text import Sentence

__all__ = ["FigureDraft", "find_figures", "masked_spans", "numbers_in"]

_LABEL_VERBS = re.compile(
    r"(?:(?:đã|đang|được|chỉ|có|vẫn|còn)\s+)*(?:tiếp nhận và giải quyết|tiếp nhận|"
    r"giải quyết(?:\s+(?:trước hạn và đúng hạn|"
    r"trước và đúng hạn|đúng và trước hạn|đúng hạn|trước hạn))?|trả kết quả(?:\s+đúng hạn)?|cấp|công bố|số hóa|số hoá|"
    r"thành lập|vận hành|bố trí|chấm|triển khai|cung cấp|thu thập|nộp|xử lý|hỗ trợ|hướng dẫn|tổ chức|đào tạo|tập huấn|"
    r"tiếp|có|gồm|quá h[ạẹ]n|trễ h[ạẹ]n|chậm h[ạẹ]n|tồn|chưa giải quyết|thuộc (?:thẩm )?quyền)\b[^,;:]*$",
    re.IGNORECASE)
_NEXT_COUNT = re.compile(r",?\s*và\s+(?:đã\s+|đang\s+|được\s+)?(?:tiếp nhận|giải quyết|trả kết quả)\b", re.IGNORECASE)
_TRAILING_VERBS = re.compile(r"(?:\s+(?:đạt|chiếm|là|ở mức|bằng|lên|tới|đến nay|hiện|khoảng|gần|hơn|trên|"
                             r"đạt tỷ lệ|đạt tỉ lệ|với tỷ lệ|tỷ lệ|tỉ lệ|có|được))+\s*$", re.IGNORECASE)


_QUALIFIER = re.compile(r"(?:^|(?<!cấp)\s)(hơn|trên|gần|khoảng|xấp xỉ|gần như|ít nhất|tối thiểu|dưới|chưa đến|"
                        r"chưa tới|tới|đến)\s+$",
                        re.IGNORECASE)
"""A bound or an approximation written before the number; "cấp trên" is the level above ("thu bổ sung từ ngân sách
cấp trên 1,7 tỷ đồng"), no bound."""
_APPROXIMATE = {
    "hơn",
    "trên",
    "gần",
    "khoảng",
    "xấp xỉ",
    "gần như",
    "ít nhất",
    "tối thiểu",
    "dưới",
    "chưa đến",
    "chưa tới",
}
@dataclass
class FigureDraft:
    """A figure and where it was read."""

    figure: dict
    sentence: Sentence
    start: int
    end: int
    qualifier: str | None = None
    """ "hơn", "trên", "gần": the value is a bound or an approximation, as written."""


_ATTENDEES = re.compile(r"(?:\b(?:tham dự|cùng dự|dự buổi làm việc|thành phần|dự(?:\s+và\s+chủ trì)?\s+(?:hội nghị|"
                        r"tiếp đoàn|buổi (?:làm việc|giám sát|kiểm tra|khảo sát|họp)|cuộc họp))\b[^.;]{0,40}?|"
                        r"\bVề phía\s+[^,.;]{1,40}?\s)\b(?:có|gồm)\b", re.IGNORECASE)
"""Who attends ("Về phía huyện có ..., hiệu trưởng 25 trường", "Dự hội nghị có ... 02 đồng chí"): people present."""
_RESULT_SAID = re.compile(r"\b(?:đạt|tiếp nhận|giải quyết|đã|báo cáo|cho biết|chiếm)\b", re.IGNORECASE)
"""After the attendees, a clause that reports results again ("...; xã đã tiếp nhận 1.200 hồ sơ"): figures."""


def find_figures(sentences: list[Sentence], visit: date | None, places: Places,
                 title: str | None = None) -> list[FigureDraft]:
    found: list[FigureDraft] = []
    previous: list[FigureDraft] = []
    before = SentencesBefore()  # the last sentence with figures, over one of narrative with none
    listed = ListedParts()  # "Trong đó:" then lines "+ ...: 96 đối tượng, số tiền ...": parts of the counts before
    notation = page_notation([title or ""] + [s.text for s in sentences])  # "4,274.55 MW" (`figure_english_marks`)
    for i, sentence in enumerate(sentences):
        drafts = _sentence_figures(sentence, visit, places, {d.figure.get("of", d.figure["value"]): d.figure["unit"]
                                                             for d in previous if d.figure["unit"] != "%"}, notation)
        adjacent = bool(i) and sentences[i - 1].index + 1 == sentence.index
        if listed.take(sentence, drafts) or pair_with_the_sentence_before(sentence, drafts,
                                                                           before.reach(sentence, adjacent)):
            drafts = [_ordered(d) for d in drafts]
        listed.note(sentence, drafts, previous if adjacent else [])
        before.note(sentence, drafts, adjacent)
        found += drafts
        previous = drafts
    found = asks_carried_on(found, sentences)  # "... đề nghị ... Đồng thời, nâng mức hỗ trợ ... lên 30%": asked for
    found = gifts_carried_on(found, sentences)  # "Đoàn đã đến thăm ... Đồng thời trao tặng thêm 2 triệu đồng"
    found = visited_communes_dropped(found, places)  # "các xã A, ..., G. Theo báo cáo, 7 xã đã triển khai ..."
    parts_over_sentences(found)  # "tiếp nhận 1.655 ..., giải quyết 461 .... 558 ... đang giải quyết. 636 ..."
    settled_after_its_parts(found)  # "tiếp nhận 27 vụ việc. Trong đó có 8 ... . Xã đã giải quyết 24 vụ việc"
    named_wholes(found, _metric)  # "Trong số hồ sơ đã giải quyết, có 1.060 ... và 35 ...": of the settled said before
    mixed_list_parts(found)  # "532 thủ tục, trong đó; khai sinh 369 trường hợp; ...": parts in units of their own
    drop_other_periods(found)  # "(cùng kỳ năm trước giải quyết 1.650 hồ sơ)": no part of this year's received
    pair_measures(found)  # "1655 hồ sơ/460,95 ha; ... 461 hồ sơ/78,83 ha": 78,83 of 460,95, never of the files
    found = once_per_rate(found)  # "mức 360.000 đồng/người" said again is the same rate
    found = restated_once(found)  # a result told in the lead and again in the account counts once
    found = once_each(found)  # a whole after a slash said twice ("/15.124 hộ") is one figure
    found += headline_only(title, found, lambda s: _sentence_figures(s, visit, places, notation=notation))
    readable_labels(found)  # last: every rule above reads the words `_label` gave, a reader sees these
    total_labels(found)  # "Toàn xã có 1.245 hộ, trong đó có 86 hộ nghèo": "Tổng số hộ", not "Hộ"
    label_beside(found)  # "12 hồ sơ/2,4 ha không đủ điều kiện": the words after the area are the count's too
    found = running_total_repeats(found)  # "Tính đến nay, ... lao động tự do 92 người": a part of the split again
    holding_labels(found)  # "Xã có 16 khu vực bỏ phiếu": "Khu vực bỏ phiếu của xã"; last, no rule reads it
    hamlet_labels(found)  # "(khu phố 2 có 14 hồ sơ, ...)": "Hồ sơ của khu phố 2"
    criteria_labels(found, sentences, title)  # "Xã đã đạt 16/19 tiêu chí": "Tiêu chí nông thôn mới xã đạt"
    return found


def _sentence_figures(sentence: Sentence, visit: date | None, places: Places,
                      counts_before: dict[float | int, str] | None = None, notation: str = "") -> list[FigureDraft]:
    text = sentence.text
    numbers = short_units(text, numbers_in(text, notation), (counts_before or {}).values())  # "12 tin" after "14 tin"
    # báo"; and "Đã giải quyết 127/136" after "136 đơn": a bare part (figure_bare_parts)
    numbers += bare_parts(text, numbers, counts_before or {}, masked_spans(text))
    numbers += bare_among_parts(text, numbers, masked_spans(text))  # "95 trong số 102 kiến nghị" (figure_among)
    numbers += labelled_shares(text, numbers, masked_spans(text)) + election_seats(text, numbers)  # 15/17; seats
    numbers += merged_agencies(text, numbers) + departments_by_deed(text, numbers)  # "sáp nhập 4 Sở", "12/12 phòng đã"
    numbers += typed_rates(text, numbers) + dollar_sums(text, numbers)  # "đạt 33;9%"; "hơn 1 tỷ USD" (in USD)
    numbers = sorted(numbers + slash_wholes(text, numbers), key=lambda n: n[3])  # "tài khoản/15.124 hộ": the homes
    periods = [p for p in find_periods(text, visit)]
    layout = ClauseLayout(text)
    kinds = Kinds()
    drafts: list[FigureDraft] = []
    attendees = _ATTENDEES.search(text)
    plan = plan_sentence(text)
    unit_visit = any(m.resolution is not None and m.resolution.ward is not None for m in places.visited)
    def parcels_given(first: int, last: int) -> bool:  # the parcels counted at [first, last) are no figure
        return first not in {n[3] for n in numbers} or given_by_a_giver(text, first, last, "phần quà")

    for value, whole, unit, start, end in numbers:
        if attendees and start > attendees.end() and not _RESULT_SAID.search(text, attendees.end(), start) and \
                not surveyed(text, end):
            continue  # who attends ("Về phía huyện có ..., hiệu trưởng 25 trường"): people present, no results
        if target_said(text, start) or plan or target_by_a_day(text, start, unit):
            continue  # "phấn đấu đến năm 2025 đạt từ 85% đến 88%": what is to be reached, no result of the visit
        if asked_for(text, start) or planned(text, start) or must_reach(text, start) or aimed_at(text, start):
            continue  # "yêu cầu phường hoàn thành sửa chữa 6 phòng học", "xã sẽ xây 3 nhà", "phải đạt trên 95%"
        if still_to_be_paid(text, end) or kinds_counted(text, value, unit, end) or \
                items_named_after(text, value, unit, end) or points_said(text, start, unit, end) or \
                family_members(text, start, end, unit) or measure_is_context(text, start, end, unit) or \
                staff_by_post(text, start, end, unit) or checked_place_count(text, start, end, value, unit) or \
                number_is_context(text, start, end, unit) or refers_back(text, start, end, unit, value) or \
                project_not_carried_out(text, start, unit) or given_by_a_giver(text, start, end, unit) or \
                toll_of_many_places(text, start, unit_visit) or units_named_after(text, end, unit) or \
                level_count_named(text, end, unit) or end_of_a_scale(text, start, unit) or \
                own_rounds(text, start, unit) or value_of_a_given_parcel(text, start, end, unit, parcels_given) or \
                fee_per_form(text, start, end, unit):
            # "3 người tử vong tại nhiều xã"; "gồm 3 đơn vị: A, B, C"; "Đoàn trao 60 suất quà, mỗi suất trị giá ..."
            # "2 công trình trên"; "giám sát 02 dự án"; "Công ty X trao tặng 300 suất quà" (`figure_givers`)
            continue  # "(5 triệu đồng/hộ) sẽ sớm phân bổ"; "02 đối tượng (người có công và bảo trợ xã hội)"
        figure: dict = {"label": "", "value": value, "unit": unit}
        if whole is not None:
            figure["of"] = whole
        label, context = _label(text, start, end, unit, drafts, layout)
        rate = rate_of(text, start, end) if unit == "đồng" else None
        figure["label"] = rate_label(label, rate) if rate else label
        # "tiếp nhận, giải quyết 1.406 hồ sơ": one count, what was received (`figure_received_settled`)
        metric = _metric("tiếp nhận" if received_and_settled(text, start) else label, unit, whole)
        if metric is None and not settles_otherwise(label):
            metric = _metric(shared_verb_context(text, start, unit) or context, unit, whole)  # `figure_own_periods`
        if metric and not daily_average(text, start, end) and not (unit == "%" and told_as_change(text, start)):
            # "trung bình mỗi ngày ... 400 hồ sơ": no total; "tăng 9,2%": a change, no share (`figure_changes`)
            figure["metric"] = metric
        period = own_period(text, start, end, periods) or _period_for(text, start, end, periods, layout)
        if period:
            figure["period"] = {"from": period.first.isoformat(), "to": period.last.isoformat()}
        scene = places.scene_at(sentence, start)
        if scene is not None:
            figure["locality"] = scene.name
        if "of" not in figure and unit != "%" and not is_rate(text, start, end, unit):  # "đồng/tháng": no part
            total = whole_from(text, start, figure, kinds, layout)
            if total is not None:
                figure["of"] = total
        qualifier = _QUALIFIER.search(text, max(0, start - 14), start)
        if qualifier and on_boats(text, start, end):
            qualifier = None  # "lắp đặt thiết bị ... trên 215 tàu cá": on the boats, no bound (`figure_boats`)
        draft = FigureDraft(figure, sentence, start, end, qualifier[1].lower() if qualifier and
                            qualifier[1].lower() in _APPROXIMATE else None)
        drafts.append(draft)
        kinds.add(draft)
    wholes_after_parts(text, drafts)  # "1.260 hồ sơ trong số 1.540 hồ sơ": the whole after its part (figure_among)
    bracket_parts(text, drafts)  # "nhận 1.200 hồ sơ (trực tuyến 900, trực tiếp 300)": the count's split
    absent_rest(text, drafts)  # "15/17 ... có mặt, có 2 cán bộ vắng mặt": the rest of the whole (figure_presence)
    share_of_the_total(text, drafts, _metric)  # "3.163 hồ sơ trực tuyến, đạt 99,83% tổng số hồ sơ"
    for draft in drafts:
        if draft.qualifier:
            draft.figure["label"] = f"{draft.figure['label']} ({draft.qualifier})"
    return [_ordered(d) for d in drafts]


def _ordered(draft: FigureDraft) -> FigureDraft:
    order = ("label", "metric", "value", "unit", "of", "period", "locality")
    draft.figure = {key: draft.figure[key] for key in order if key in draft.figure}
    return draft


def _clause_bounds(text: str, start: int, end: int, layout: ClauseLayout | None = None) -> tuple[int, int]:
    return (layout or ClauseLayout(text)).clause(start, end)


def _label(text: str, start: int, end: int, unit: str, previous: list[FigureDraft],
           layout: ClauseLayout) -> tuple[str, str]:
    left, right = layout.clause(start, end)
    before = text[left:start].strip()
    if not before and text[:left].rstrip().endswith(":"):
        # "Hồ sơ trả kết quả trước và đúng hạn: 1.839 hồ sơ": a listed tally names what it counts before its colon
        before = " ".join(re.split(r"[,;()]|\s[-–]\s", text[:left].rstrip()[:-1])[-1].split()[-12:])
        before = before[:1].lower() + before[1:] if before[1:2].islower() else before  # "+ Giải quyết đúng hạn:"
    after = re.sub(r"[.…!?]+/?[.…]*$", "", text[end:right].strip())  # and "./." closing a wire story
    after = re.split(r"\s(?:và|hoặc|,)?\s*(?=\d)|\s(?:đạt|chiếm|với tỷ lệ)\s", after)[0]
    after = "" if _NEXT_COUNT.match(after) or period_of_a_run(text, start, end, unit) else after  # the next count's
    after = re.sub(r"^/\s*\d*\s*\S+", "", after).strip()  # "1.500.000đ/người/3 tháng": "/3 tháng" is no label
    after_words = after.split()[:14]
    context = before
    if unit == "%":
        wide_end = min([i for i in (layout.next_after(layout.semicolons, end), layout.next_after(layout.parens, end))
                        if i is not None] + [len(text)])
        wide_end = min(wide_end, end + 400)
        wide = re.sub(r"[.…!?]+$", "", text[end:wide_end].strip())
        wide = re.split(r"\s(?:và|hoặc)?\s*(?=\d)|,\s*(?=\d)|\s(?:đạt|chiếm|với tỷ lệ)\s|\s(?:đã tác động|nhằm|để)\s",
                        wide)[0].strip(" ,")
        if after_words and len(wide.split()) > len(after_words):
            after_words = wide.split()[:16]
        if after_words and not re.match(r"(?:so với|trở lên|trở xuống)\b", after, re.IGNORECASE):
            return _capital("tỷ lệ " + " ".join(after_words)), context
        core = _TRAILING_VERBS.sub("", " " + before).strip()
        core = re.sub(r"^(?:và|nhưng|với|trong đó|đồng thời)\s+", "", core, flags=re.IGNORECASE)
        if not core or fold(core) in ("ty le", "ti le"):
            if previous and previous[-1].figure["unit"] != "%":
                return _capital(
                    "tỷ lệ " + previous[-1].figure["label"][:1].lower() + previous[-1].figure["label"][1:]
                ), context
            # the clause before says what the share is of: "... tại một cơ quan, đơn vị, đến nay đạt 100%"
            semicolon = layout.last_before(layout.semicolons, left)
            segment_start = max(semicolon + 1 if semicolon is not None else 0, left - 400)
            core = _TRAILING_VERBS.sub("", " " + text[segment_start:left].strip(" ,")).strip()
            core = " ".join(core.split()[:16])
            context = core
        if fold(core).startswith(("ty le", "ti le")):
            return _capital(core), context
        return _capital("tỷ lệ " + core), context
    head = unit
    if after_words:
        written = text[start:end]
        unit_written = after_number_words(written) if not written[0].isdigit() else \
            re.sub(r"^[\d.,/\s]+(?:trên\s+tổng\s+số\s+[\d.,]+\s*)?", "", written)
        if unit != "đồng":  # "1,6 triệu cử tri": the scale word is part of the number, not of what it counts
            unit_written = re.sub(r"^(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)\s+", "", unit_written, flags=re.IGNORECASE)
        head = unit if unit_written.lower() == "đ" or unit == "đồng" and "/" in unit_written else unit_written or unit
        return _capital(" ".join([head] + after_words[:12])), context
    verb = _LABEL_VERBS.search(before)
    if verb:
        phrase = re.sub(r"^(?:vẫn|còn|chỉ|có)\s+(?=(?:tiếp|giải|trả|cấp|công|số|thành|vận|bố|triển|"
                        r"cung|thu|nộp|xử|hỗ|hướng|tổ|đào|tập))", "", verb[0].strip(), flags=re.IGNORECASE)
        phrase = re.sub(r"^đã\s+(?=tiếp nhận)", "", phrase, flags=re.IGNORECASE)
        phrase = re.sub(r"\s+(?:là|có|gồm|đạt)$", "", phrase)
        if re.fullmatch(r"(?:có|gồm|là)", phrase):
            phrase = ""
        return _capital(f"{unit} {phrase}".strip()), context
    return _capital(unit), context


def _capital(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    return text[:1].upper() + text[1:]


def _metric(text: str, unit: str, whole: float | int | None = None) -> str | None:
    folded = f" {fold(text)} "
    # words before another count of the unit are that count's: "tiếp nhận 2.045 hồ sơ và đã giải quyết xong [2.011]"
    folded = " " + re.split(rf"\d[\d.,]*\s*{re.escape(fold(unit))}\b", folded)[-1] if unit else folded
    if unit == "điểm" and whole is None and " chi so" not in folded:
        return None  # "47 điểm hỗ trợ" are places, not a score
    family = {"%": ("ty-le",), "hồ sơ": ("ho-so",), "thủ tục": ("thu-tuc",), "điểm": ("diem",)}.get(unit)
    if family is None:
        return None
    best: tuple[int, int, str] | None = None
    for term in taxonomy().metrics.values():
        if not term.id.startswith(family):
            continue
        for alias in term.aliases:
            key = f" {fold(alias)} "
            where = folded.rfind(key)
            # the longest alias wins; between equals, the one ending later (its qualifier comes last); and only
            # for what the metric counts: "tỷ lệ kiến nghị được giải quyết đúng hạn" is no dossier (`metric_nouns`)
            if where >= 0 and (best is None or (len(key), where + len(key)) > best[:2]) and \
                    metric_for_noun(term.id, folded, unit, where + 1, where + len(key) - 1):
                best = (len(key), where + len(key), term.id)
    # "giải quyết trễ hạn", "chưa giải quyết", "thuộc thẩm quyền ... giải quyết": not the settled total
    return settled_metric(folded, best[2], best[1] - best[0], best[1]) if best else None


def _period_for(text: str, start: int, end: int, periods: list[Period], layout: ClauseLayout) -> Period | None:
    """The period written before the number in its clause group (up to ";"), else after it in its clause."""
    semicolon = layout.last_before(layout.semicolons, start)
    segment_start = semicolon + 1 if semicolon is not None else 0
    before = [p for p in periods if segment_start <= p.start and p.end <= start and not _comparison(text, p) and
              not closed_before(text, p.start, p.end, start)]  # "(năm 2022 tiếp nhận 1.100), đã giải quyết 1.230"
    if before:
        return before[-1]
    _, right = layout.clause(start, end)
    after = [p for p in periods if p.start >= end and p.end <= right and not _comparison(text, p)]
    if after:
        return after[0]
    earlier = [p for p in periods if p.end <= start and not _comparison(text, p) and
               not closed_before(text, p.start, p.end, start)]
    return earlier[-1] if earlier else None


def _comparison(text: str, period: Period) -> bool:
    return bool(re.search(r"(?:so với|kế hoạch|tăng|giảm)\s*$", text[max(0, period.start - 12):period.start],
                          re.IGNORECASE))
