"""Numbers in a sentence that can be figures: the value, its whole ("25.925/25.969"), its unit.

Vietnamese groups thousands with dots and marks decimals with commas ("3.163",
"99,83"); a count may carry a scale word ("4,3 triệu hồ sơ"); a number in
words counts too ("ba hồ sơ"). Days, periods, times, years and document
numbers are masked first: they are never figures. Context (labels, wholes,
periods) is weighed in `figures`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..numbers import NumberError, parse_vi_number, read_quantity
from .dates import day_mentions, period_spans, time_spans, year_spans
from .figure_airtime import airtime_counts
from .figure_boats import boats_done
from .figure_borrowed_units import MONEY_UNITS, unit_of_bare_part, unit_of_part
from .figure_bracket_shares import unit_past_share
from .figure_brackets import bracket_unit
from .figure_capital_units import capital_team
from .figure_compound_money import compound_money
from .figure_criteria_groups import criteria_group
from .figure_elections import election_pair
from .figure_enforcement import enforcement_cases
from .figure_english_marks import english_marks
from .figure_errands import errand_of_one
from .figure_glued_sums import GLUED_SUM_START
from .figure_goods import goods_item, in_a_listed_gift
from .figure_groups import group_count
from .figure_in_turn_members import in_turn_member
from .figure_levels import level_runs
from .figure_lexicon import site_visited
from .figure_livestock import livestock_count
from .figure_makeup import share_is_context
from .figure_members import household_members
from .figure_money_subjects import money_subject_sum, unitless_sum
from .figure_money_wholes import money_whole_after, scaled_part_over_money
from .figure_myriads import myriad_count
from .figure_named import named_count
from .figure_number_words import IN_WORDS_BRACKET, WORD_MONEY, WORD_NUMBER, WORD_SCALES, word_value
from .figure_office_counts import office_count
from .figure_one_point import one_point
from .figure_paid_sums import paid_sum
from .figure_ranks import ranked, things_ranked
from .figure_rates import rate_end
from .figure_reach import communes_as_result, team_groups, team_size
from .figure_scaled_runs import scaled_run_member
from .figure_scopes import scope_count
from .figure_shapes import area_of_a_count, bare_scaled_money, quantity_after_slash
from .figure_shares import communes_counted, reached_at, share_not_day
from .figure_siblings import sibling_unit
from .figure_spaced_decimals import joined_decimals
from .figure_states import state_part_unit
from .figure_typed_marks import mended_marks
from .figure_unit_forms import form_refused
from .figure_units import UNIT_OF, UNIT_RE, Number
from .figure_visited_counts import checked_past_a_name, units_named_as_checked, whose_places
from .figure_zone_sizes import zone_size

_NUMBER = re.compile(
    r"(?:(?<![\w.,/])|" + GLUED_SUM_START + r")(\d{1,3}(?: \d{3})+(?![\d.,])|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|"
    r"\d{1,3}\.\d{1,2}(?=\s*(?:%|ha\b|m2|/\s*\d+\s*điểm)))"
    r"(?:(?:\s*/\s*|\s+trên\s+tổng\s+số\s+)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))?(?![\d]|[.,]{1,2}\d|/\d)")
"""A number, and its whole after "/" or "trên tổng số" ("36 trên tổng số 42 CBCC": 36 of 42); never the head of a sum
with a stray mark inside ("1.500,.000 đồng", "193.300.,000đồng": a digit group after two marks), left unread."""
_PERCENT = re.compile(r"\s*(%|phần trăm)")
_DOCUMENT_NUMBER = re.compile(r"\d+(?:/\d{2,4})?/[A-ZĐa-zđ]{1,}[\w-]*|\d+-[A-ZĐ]+/[A-ZĐ]+")
_NOT_BEFORE = re.compile(
    r"(?:(?<!tổng\s)(?<!trong\s)(?<!vé\s)\bsố|\bmức độ|\bmức|\bthời|\bkhóa|\bkhoá|\blần thứ|\bthứ|\bđề án|\bchỉ thị|"
    r"\bnghị quyết|\bnghị định|\bquyết định|\bkế hoạch|\bthông tư|\bcông văn|\bđiều|\bkhoản|\bchương|\bquận|"
    r"\bphường|\bkhu phố|\bkhu vực|\bấp|\bthôn|"
    r"\btổ dân phố|\bkỳ họp|\bgiai đoạn|\btop|\bhạng|\bnhóm|\bquý|\btháng|\bnăm|\bngày|\bphiên bản|\bversion|"
    r"\bđoàn|\bdân số(?:\s+(?:là|có|khoảng|gần|hơn|trên))?|\bdiện tích(?:\s+tự nhiên)?(?:\s+(?:là|khoảng|gần|hơn|"
    r"trên))?)\s*$",
    re.IGNORECASE)
"""Before a number that is no figure: a document's, a rank, a time unit; a place's population or area (context).
"số 54" is a number's name, but "tổng số 54 TTHC" is a total and "Trong số 3.405 hồ sơ" a total to take parts of."""
_LEVEL_LIST = re.compile(r"\b(?:mức độ|mức|cấp độ)\s+\d(?:\s*,\s*\d)*\s*,\s*$", re.IGNORECASE)
_VISITED_UNITS = {"đơn vị", "cơ quan", "trường"}
_VISITED_BEFORE = re.compile(r"(?:khảo sát|giám sát|kiểm tra|làm việc(?: với| tại)?|đến|thăm|thực tế)\s+"
                             r"(?:(?:đột xuất|trực tiếp|thực tế|định kỳ|thường xuyên)\s+)?(?:(?:tại|với|ở|đối với)\s+)?"
                             r"(?:(?:hơn|trên|gần)\s+)?(?:\d{1,3}\s+[^\d,;.]{1,25}?(?:,|\s+và)\s+)*$|"
                             r"(?:^|[\s,])(?:tại|ở)\s+$", re.IGNORECASE)
"""The visit verb before a count of places, or before a list of them: "đã khảo sát 3 đơn vị", "đến 3 ấp và 2
trường học", "kiểm tra định kỳ đối với 6 cơ quan"; a count of units right after "tại" is where, whatever the verb
("thẩm định các dự án ... tại 5 đơn vị")."""
_PLACES_AFTER = re.compile(r"\s*[(:]\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|UBND)\b", re.IGNORECASE)
"""A count of units followed by their names: the units visited are listed, the count is not a figure."""
_CHECKED_AT = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát)\s+(?:(?:xác suất|ngẫu nhiên|thực tế|trực tiếp)\s+)?"
                         r"(?:tại|ở)\s+(?:(?:hơn|trên|gần)\s+)?$", re.IGNORECASE)
"""The team's check at a count of places or homes ("kiểm tra xác suất tại 2 hộ gia đình", "khảo sát tại 4 hộ"):
where it looked, whatever the unit, never a result of the place visited."""
_PLACE_UNIT_AFTER = re.compile(r"\s*dân phố\b", re.IGNORECASE)
"""A count in "tổ" that names places ("2 tổ dân phố"), not teams ("19 tổ công nghệ số"): visited, no figure."""
_POPULATION_PART = re.compile(r"\bdân số\b(?:[^.;]|\.\d){0,40}\bngười\s*,\s*trong\s+đó\b[^.;]{0,80}$", re.IGNORECASE)
"""A population's parts, counted in people after its total ("dân số ... người, trong đó ... có gần N người"): the
place's make-up, as the total is (`_NOT_BEFORE`), no result of the work."""
_TEAMS_GIFTS = re.compile(r"(?:\b(?:Đoàn(?!\s+(?:thể|thanh niên))|trưởng đoàn)\b(?:(?!báo cáo|\bnghe\b)[^.;]){0,80}?|"
                          r"\bthăm\s+(?:và\s+)?)"
                          r"\b(?:trao|tặng)\b[^.;]{0,60}$", re.IGNORECASE)
"""Gifts the team itself hands over ("Đoàn trao tặng xã ... và tặng 30 suất quà", "đến thăm và tặng 20 suất quà"),
unless a report it heard is told; the commune's own "đoàn thể" (its mass organisations) and "Đoàn Thanh niên" are no
visiting team."""
_MAX_DIGITS = 24
"""Longer runs of digits are no figure (and Python refuses to read numbers beyond 4,300 digits)."""


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Where the text holds days, periods, times, years and document numbers: never figures."""
    spans = [(m.start, m.end) for m in day_mentions(text)]
    spans += period_spans(text)
    spans += time_spans(text)
    spans += [m.span() for m in _DOCUMENT_NUMBER.finditer(text)]
    for start, end in year_spans(text):
        if not UNIT_RE.match(text, end):
            spans.append((start, end))
    return spans


def numbers_in(text: str, notation: str = "") -> list[Number]:
    """(value, of, unit, start, end) of every figure-like number in `text`, before context is weighed; `notation` is
    the page's (`figure_english_marks.page_notation`)."""
    text = joined_decimals(mended_marks(english_marks(text, notation)))  # "đạt 97, 52%", "5.138.3m2", "4,274.55 MW"
    spans = sorted(masked_spans(text))
    starts = [span[0] for span in spans]
    reach: list[int] = []
    for _, span_end in spans:
        reach.append(max(span_end, reach[-1]) if reach else span_end)
    out: list[tuple[float | int, float | int | None, str, int, int]] = []
    levels = level_runs(text)
    taken_to = 0  # the end of a whole already read as a part's "of" (money: `figure_money_wholes`)
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if start < taken_to or any(a <= start < b for a, b in levels):
            continue  # "mức độ 3,4 giải quyết đúng hạn": levels, no decimal (`figure_levels`)
        if re.search(r"\d[;:]$", text[max(0, start - 2):start]):
            continue  # "đạt 33;9%": a decimal comma mistyped; the number is no figure of its own, and no guess is made
        value = _parse(m[1])
        whole = _parse(m[2]) if m[2] else None
        if value is None or m[2] and whole is None or whole is not None and ranked(text, start):
            continue  # "xếp thứ 2/126 xã": a rank, no share (`figure_ranks`)
        unit_match = _PERCENT.match(text, end) or UNIT_RE.match(text, end) or unit_past_share(text, end) or \
            capital_team(text, end)  # "12 Tổ công nghệ số cộng đồng": a team's kind capitalised
        if unit_match is not None and form_refused(text, start, unit_match[1], unit_match.end(), out):
            unit_match = None  # "xã có 15 bản": villages; "930 em" with no pupils before; "trực 3 ca": shifts
        if unit_match is None and whole is None and (compound := compound_money(text, value, end)) is not None:
            out.append((compound[0], None, "đồng", start, compound[1]))  # "11 tỷ 691 triệu đồng": one sum
            taken_to = compound[1]
            continue
        scale = None if unit_match else _SCALE.match(text, end)
        if scale is not None:  # "4,3 triệu hồ sơ": a count written with a scale word
            unit_match = UNIT_RE.match(text, scale.end())
            if unit_match is not None and unit_match[1].lower() in _MONEY_FORMS:
                unit_match = None
        if unit_match is None and whole is None and scale is None and not _inside(reach, starts, start, end) and \
                (member := in_turn_member(text, start, end, value)) is not None:
            out.append((member[0], None, member[1], start, end))  # "lần lượt là 3.150 và 2.870 hồ sơ": the last's unit
            continue
        if unit_match is None and whole is None and not _inside(reach, starts, start, end) and \
                (over := scaled_part_over_money(text, start, end)) is not None:
            out.append((over[0], over[1], "đồng", start, over[2]))  # "45 tỷ/120 tỷ đồng": a part of the whole
            taken_to = over[2]
            continue
        if unit_match is None and whole is None and not _inside(reach, starts, start, end) and \
                (money := bare_scaled_money(text, start, end) or paid_sum(text, start, end) or
                 money_subject_sum(text, start, end) or unitless_sum(text, start, end)) is not None:
            # "Tổng kinh phí là 1,5 tỷ" (its subject); "số tiền 19.000.000." (no currency at all)
            out.append((money[0], None, "đồng", start, money[1]))  # "trên 66 tỷ, vốn ... 47 tỷ đồng"; "hỗ trợ 140 tỉ"
            continue
        if unit_match is None and whole is None and not _inside(reach, starts, start, end) and \
                (run := scaled_run_member(text, start, end)) is not None:
            out.append((run[0], None, run[1], start, run[2]))  # "là 1,2 và 1,5 tỷ": each member scaled as the last
            continue
        if unit_match is None and whole is None and (myriad := myriad_count(text, value, end)) is not None:
            out.append((myriad[0], None, myriad[1], start, myriad[2]))  # "hơn 4 vạn dân" (`figure_myriads`)
            continue
        if unit_match is None and whole is not None and value <= whole and (
                not _inside(reach, starts, start, end) or share_not_day(text, start, end)) \
                and (units := communes_counted(text, end, start)) and not reached_at(text, start):
            out.append((value, whole, units, start, end))  # "14/14 xã, thị trấn đã công khai": a share of communes
            continue
        if unit_match is None and whole is None and not _inside(reach, starts, start, end) and \
                (communes := communes_as_result(text, start, end)):
            out.append((value, None, communes[0], start, communes[1]))  # "đã kiểm tra được 6 xã": a result
            continue
        if (unit_match is None or unit_match[1].lower() == "bộ") and whole is None and \
                not _inside(reach, starts, start, end) and not _NOT_BEFORE.search(text[max(0, start - 20):start]) and \
                (counted := _counted_without_unit(text, start, end)) is not None:
            out.append((value, None, counted[0], start, counted[1]))  # "tiêu hủy 486 con", "gồm 20 lít thuốc"
            continue
        if unit_match is None and _LEVEL_LIST.search(text, max(0, start - 24), start):
            continue  # "hồ sơ trực tuyến mức độ 3, 4 đúng hạn": the second level of a list, no count of files
        if unit_match is None:
            borrowed = unit_of_part(text, start, end, value) or unit_of_bare_part(text, start, end, value, out) \
                or state_part_unit(text, start, end, value, out) \
                or bracket_unit(text, start, end, value, out) \
                or (None if _inside(reach, starts, start, end) else sibling_unit(text, start, end, value, out))
            # "hồ sơ đúng hạn 13.202, ...", "(trực tuyến 900)", "...; hộ chính sách 40, số tiền ..." (its siblings)
            if borrowed is not None and whole is None:
                out.append((value, None, borrowed, start, end))
            elif whole is None and not _inside(reach, starts, start, end) and \
                    (named := named_count(text, start, end, UNIT_OF)) is not None:
                out.append((named[0], None, named[1], start, named[2]))  # "hồ sơ mức 2 đạt trên 12,1 triệu"
            continue
        unit = "%" if unit_match.re is _PERCENT.pattern or unit_match[1] in ("%", "phần trăm") else \
            UNIT_OF.get(unit_match[1].lower(), unit_match[1])
        if scale is not None or unit in MONEY_UNITS:
            # scale words and money read as the domain reads them (`store.numbers.read_quantity`): one mechanism
            try:
                tail = text[end:unit_match.end()]
                quantity = read_quantity(m[2] + tail if whole is not None else text[start:unit_match.end()])
                if whole is not None:
                    whole, value = quantity.value, read_quantity(m[1] + tail).value
                else:
                    value = quantity.value
            except NumberError:
                continue  # "1.5 tỷ": a dot that is a decimal point the English way; no figure rather than a guess
            unit = "đồng" if quantity.is_money else unit
        is_fraction = whole is not None
        if not is_fraction and _inside(reach, starts, start, end):
            continue
        if is_fraction and _DOCUMENT_NUMBER.match(text, start):
            continue
        if _refused(text, start, end, unit, unit_match[1], unit_match.end(), whole, m[1]):
            continue
        unit_end = unit_match.end()
        if whole is None and unit != "%" and unit not in MONEY_UNITS:
            after = _WHOLE_AFTER_UNIT.match(text, unit_end)  # "4.206 tài khoản/5.918 hộ": the whole after the unit
            if after is not None and (other := quantity_after_slash(text, unit_end, UNIT_RE, UNIT_OF, unit)):
                out.append((other[0], None, other[1], other[2], other[3]))  # "120 hộ/185 triệu đồng": money with it
            elif after is not None and (pair := election_pair(text, unit, after)):
                out.append((pair[0], None, pair[1], pair[2], pair[3]))  # "2.118 tổ bầu cử/2.119 khu vực bỏ phiếu"
            elif after is not None and UNIT_RE.match(text, after.end()) and (total := _parse(after[1])) is not None \
                    and total >= value:
                whole, unit_end = total, UNIT_RE.match(text, after.end()).end()  # type: ignore[union-attr]
                taken_to = unit_end  # "/tổng số 2.174 người": the whole is the part's "of" only, as after a bare slash
        if unit == "đồng" and whole is None and (money_whole := money_whole_after(text, unit_end, value)):
            whole, unit_end = money_whole  # "8,4 tỷ đồng/14 tỷ đồng", "trên tổng số 1,5 tỷ đồng": its whole, once
            taken_to = unit_end
        if unit == "đồng" and whole is None:
            unit_end = rate_end(text, unit_end)  # "1.500.000đ/người": the amount with what it is per
        out.append((value, whole, unit, start, unit_end))
    for m in WORD_MONEY.finditer(text):
        value = word_value(m[1].lower().replace("một", "mốt")) if m[1].lower() != "một" else 1
        if value is not None and not _inside(reach, starts, m.start(), m.end()):
            amount = value * WORD_SCALES[m[2].lower()]
            if (said := IN_WORDS_BRACKET.search(text, 0, m.start())) and \
                    any(item[0] == amount and item[2] == "đồng" and said.start() - 2 <= item[4] <= said.start() + 1
                        for item in out):
                continue  # "500.000.000đ (năm trăm triệu đồng)": the amount in digits said again in words, one figure
            out.append((amount, None, "đồng", m.start(), rate_end(text, m.end())))
    for m in WORD_NUMBER.finditer(text):
        if m.end() - m.start() > 200:
            continue
        unit_match = UNIT_RE.match(text, m.end())
        if not unit_match and (office := office_count(text, m.start(), m.end())) and \
                (heads := word_value(m[1].lower())) is not None:
            out.append((heads, None, office[0], m.start(), office[1]))  # "hai chủ tịch xã vắng mặt"
        if not unit_match:
            continue
        words = m[1].lower()
        if re.search(r"(?:thứ|lần|số)\s+$", text[max(0, m.start() - 6):m.start()], re.IGNORECASE):
            continue
        if words.startswith("năm") and _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "6 tháng đầu năm bộ phận một cửa ...": the year, not five
        value = word_value(words)
        unit = UNIT_OF.get(unit_match[1].lower(), unit_match[1])
        if value is None or unit in ("triệu đồng", "tỷ đồng"):
            continue  # "hai triệu đồng" is 2,000,000 đồng (read above), never 2 of a unit "triệu đồng"
        if form_refused(text, m.start(), unit_match[1], unit_match.end(), out) or \
                _refused(text, m.start(), m.end(), unit, unit_match[1], unit_match.end(), None, words):
            continue  # "hai bản vùng cao"; "tại bốn đơn vị giáo dục", "chia thành hai tổ": read as digits are
        out.append((value, None, unit, m.start(), unit_match.end()))
    taken = {item[3] for item in out}
    out += [item for item in airtime_counts(text) if item[3] not in taken]  # "phát được 96 giờ" (`figure_airtime`)
    out.sort(key=lambda item: item[3])
    return out


def _refused(text: str, start: int, end: int, unit: str, form: str, form_end: int, whole: float | int | None,
             written: str) -> bool:
    """Whether a count in `unit` (written `form`, ending at `form_end`) is no figure by what surrounds it: the same
    reading for a number in digits and one in words ("đoàn chia thành hai tổ", "làm việc với hai bộ")."""
    if unit == "tổ" and whole is None and _PLACE_UNIT_AFTER.match(text, form_end) and \
            not communes_as_result(text, start, end):
        return True  # "xã có 24 thôn và 2 tổ dân phố": hamlets, the place's make-up as "14 thôn" is (`figure_reach`)
    if form.lower() == "bộ" and not _FILES_BEFORE.search(text, max(0, start - 120), start):
        return True  # "5 bộ, ngành": ministries; "bộ" counts files only where the clause has named them
    if unit == "khu" and form.lower() != "khu đất" and \
            not _PLOTS_BEFORE.search(text, max(0, start - 200), start):
        return True  # "Trường có 3 khu": a school's sites; "khu" counts plots only where land is named before
    if _NOT_BEFORE.search(text[max(0, start - 32):start]) and whole is None and unit != "%" and \
            not things_ranked(text, start, unit) and \
            not (unit == "đồng" and re.search(r"\bmức\s*$", text[max(0, start - 8):start])) and \
            not area_of_a_count(text, start, unit) and \
            not ((time_word := _TIME_WORD_BEFORE.search(text, max(0, start - 8), start)) and
                 not _could_be_time(time_word[1], written)):
        return True  # but "lũy kế 10 tháng 3.798,254 tỷ đồng", "2 tháng 612,4 tỷ": a number no month, year or day is;
        # and "với mức 2 triệu đồng/hộ": an amount's level, no "mức 2" of a service
    if unit != "%" and unit not in MONEY_UNITS and (_CHECKED_AT.search(text, max(0, start - 40), start) or
                                                     checked_past_a_name(text, start)):
        return True  # "kiểm tra xác suất tại 3 hộ kinh doanh", "khảo sát tại Lục Ngạn ở hai điểm": a sample
    if _counts_places(text, start, unit, form_end):
        return True  # "đoàn đã khảo sát 3 đơn vị", "02 đơn vị (xã A và thị trấn B)": places visited, not a figure
    if site_visited(text, start, unit):
        return True  # "Đoàn đã khảo sát 3 cơ sở": the team's sites; the place's own checks count (`figure_lexicon`)
    if unit not in ("%", "ngày công") and \
            re.match(r"\s*(?:năm|tháng|ngày|giờ|phút|tuần|quý)\b", text[end:], re.IGNORECASE):
        return True  # "trong 3 ngày": a duration; but "42.000 ngày công" are days of labour given
    if unit == "%" and whole is None and share_is_context(text, start, end):
        return True  # "tỷ lệ đồng bào dân tộc thiểu số trên 92%", "giảm từ 3-4%/năm": who lives there, a range
    if unit == "người" and _POPULATION_PART.search(text, max(0, start - 120), start):
        return True  # "dân số hơn 14.000 người, trong đó người dân tộc X có gần 1.400 người": a part of a population
    if unit == "cuộc" and (re.match(r"\s*(?:giám sát|khảo sát)\b", text[form_end:], re.IGNORECASE) or
                           re.search(r"(?:giám sát|khảo sát)\s+$", text[max(0, start - 12):start], re.IGNORECASE)):
        return True  # "03 cuộc giám sát", "giám sát 06 cuộc": the overseer's own rounds, no figure of a place
    if unit == "tổ" and team_groups(text, start, form_end) or team_size(text, start, unit):
        return True  # "đoàn chia làm 2 tổ khảo sát": the visiting team's own groups, no figure of the place
    if unit == "phần quà" and _TEAMS_GIFTS.search(text, max(0, start - 120), start) and \
            not in_a_listed_gift(text, start):
        return True  # "Đoàn trao tặng ... 30 suất quà": the visitors' own gifts, no result of the place
    if unit == "tiêu chí" and whole is None and not _CRITERIA_MET.search(text, max(0, start - 30), start) and \
            not _CRITERIA_STATE_AFTER.match(text, form_end):
        return True  # "gắn với 19 tiêu chí xây dựng nông thôn mới": the size of a standard, not a result
    if criteria_group(text, start, unit):
        return True  # "2 xã đạt 19 tiêu chí; 1 xã đạt 18 tiêu chí": the level naming a group of communes
    if whose_places(text, start, end, unit) or scope_count(text, start, end, unit, whole) or \
            one_point(text, start, unit, written) or zone_size(text, start, unit) or \
            errand_of_one(text, start, written):  # `figure_one_point`, _zone_sizes, _errands (a named one's errand)
        return True  # "hồ sơ của 12 cơ quan", "12 phòng học của hai trường": whose, a scope (`figure_visited_counts`);
        # "của cả hai trường", "Năm nay, hai trường tuyển 214 học sinh": what is reported on (`figure_scopes`)
    return False


def _counted_without_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """Counts whose noun is no unit of their own, read from what surrounds them: livestock with a bare "con" once the
    animal is named, goods in a gift list, the members of households counted just before, enforcement cases."""
    if (head := livestock_count(text, start, end)) is not None:
        return "con", head
    return goods_item(text, start, end) or household_members(text, start, end) or enforcement_cases(text, start, end) \
        or group_count(text, start, end) or boats_done(text, start, end) or office_count(text, start, end)
    # "lập 124 nhóm Zalo" (`figure_groups`), "hỗ trợ nhiên liệu cho 64 tàu cá" (`figure_boats`)


def _counts_places(text: str, start: int, unit: str, unit_end: int) -> bool:
    """A count of the places the team went to ("khảo sát 3 đơn vị", "tại bốn đơn vị giáo dục: Trường A, ..."), which
    counts no result of theirs."""
    place_unit = unit in _VISITED_UNITS or _PLACE_UNIT_AFTER.match(text, unit_end)
    return bool(place_unit and (_VISITED_BEFORE.search(text, max(0, start - 70), start) or
                                _PLACES_AFTER.match(text, unit_end) or
                                _AT_PLACES.search(text, max(0, start - 12), start) or
                                units_named_as_checked(text, start, unit_end)))


_AT_PLACES = re.compile(r"\btại\s+(?:(?:hơn|trên|gần)\s+)?$", re.IGNORECASE)
"""A count of agencies or schools right after "tại": where something was done ("giám sát ... tại bốn đơn vị")."""
_YEAR_WORD_BEFORE = re.compile(r"\b(?:đầu|cuối|giữa|trong|cả|hết|mỗi|hằng|hàng|tháng|quý)\s+$",
                               re.IGNORECASE)
"""Words after which "năm" is the year ("đầu năm", "trong năm", "6 tháng năm"), never the number five."""
_PLOTS_BEFORE = re.compile(r"\bkhu\s+đất\b", re.IGNORECASE)
"""Plots of land named before a bare "khu" ("tổng số khu đất nông nghiệp đang quản lý là 11 khu, trong đó 5 ...")."""
_FILES_BEFORE = re.compile(r"hồ sơ[^.;]{0,100}$", re.IGNORECASE)
"""Files named before a bare "bộ" ("tổng số hồ sơ ... của toàn huyện là 59.010 bộ"): the sets are files."""
_TIME_WORD_BEFORE = re.compile(r"\b(tháng|năm|ngày|quý)\s*$", re.IGNORECASE)


def _could_be_time(word: str, number: str) -> bool:
    """Whether `number` after "tháng", "năm", "ngày" or "quý" can name a month, year, day or quarter: a plain
    whole number in range ("tháng 10", "năm 2024"); "3.798,254" or "612,4" cannot."""
    if not number.isdigit():
        return False
    limit = {"tháng": 12, "ngày": 31, "quý": 4}.get(word.lower())
    return int(number) <= limit if limit else len(number) == 4
_CRITERIA_MET = re.compile(r"\b(?:đạt|hoàn thành|còn|chưa|thêm|được công nhận|công nhận)\b[^.;,]{0,20}$", re.IGNORECASE)
"""Criteria counted as a result: met, still missing, added ("đạt 15 tiêu chí", "còn 4 tiêu chí chưa đạt")."""
_CRITERIA_STATE_AFTER = re.compile(r"\s+(?:(?:xã\s+)?(?:nông thôn mới|NTM)(?:\s+(?:nâng cao|kiểu mẫu))?\s+)?"
                                   r"(?:còn\s+(?:nợ|thiếu)|chưa\s+(?:đạt|hoàn thành))\b", re.IGNORECASE)
"""A state said right after the unit, the criteria's name at most between ("04 tiêu chí còn nợ: giao thông, ...",
"05 tiêu chí nông thôn mới nâng cao chưa đạt"): criteria still owed are a result as "còn 4 tiêu chí" is (real: Ba Tri's
council at xã Vĩnh An); "với 19 tiêu chí để chỉ ra những nội dung chưa đạt" stays the standard."""
_WHOLE_AFTER_UNIT = re.compile(r"\s*/\s*(?:(?:trên\s+)?tổng(?:\s+số)?\s+)?"
                               r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/])", re.IGNORECASE)
"""The whole after the part's unit and a slash, "tổng (số)" allowed between ("1.492 người/tổng số 2.174 người",
"318 hồ sơ/trên tổng số 340 hồ sơ"): a fraction of one kind all the same, its whole no figure of its own."""
_SCALE = re.compile(r"\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?=\s)", re.IGNORECASE)
_MONEY_FORMS = {"đồng", "vnđ", "đ"}


def _inside(reach: list[int], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a masked span; `reach[i]` is the furthest end of the first i+1 spans by start."""
    i = bisect_right(starts, end - 1)
    return i > 0 and reach[i - 1] > start


def _parse(text: str) -> float | int | None:
    if len(text) > _MAX_DIGITS:
        return None
    if re.fullmatch(r"\d{1,3}\.\d{1,2}", text):  # "91.2%": a decimal point, since thousands come in threes
        return float(text)
    return parse_vi_number(text)
