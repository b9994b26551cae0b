"""Numbers that describe the place or the finding, not a result: a population, a target, a threshold, a norm.

- A population ("là phường có dân số đông nhất tỉnh với hơn 197.000 người"): how big the place is, told to explain its
  workload. Like its area, it is context, never a figure of the visit (the house convention).
  So is a place's size in households and people ("Xã có 1.522 hộ, 6.000 nhân khẩu", `figure_place_size`), its
  border's length ("có 21,5 km đường biên giới", `figure_borders`), and
  the former units a new place was made from ("thành lập trên cơ sở bốn đơn vị hành chính cấp xã cũ", `figure_made_of`).
- A threshold that says which rooms or desks a finding is about ("những phòng làm việc có từ 4 công chức chưa niêm
  yết ..."): "có từ N" (having N or more) describes the rooms, it counts nothing found. A change told from one number
  to another ("tăng từ 2 lên 5 công chức") and a span ("từ 2 đến 5") are not this.
- A size given as a span ("mỗi tổ từ 11 đến 21 thành viên", "mỗi khu vực phục vụ từ 1.200 đến 1.800 cử tri", "tiếp
  nhận từ 40 - 60 hồ sơ"): how big each team or day is, not a count; its far end alone, all a plain reading kept, would
  say more than the text does. A change ("tăng từ 2 lên 5") keeps its result.
- A norm or a cap ("theo định mức tối thiểu 2 công chức", "hỗ trợ tối đa 50 m2 đất ở"): the rule, not the result.
- A norm of space per person ("không đáp ứng tiêu chuẩn 2 m2/người", "định mức 4 m2/học sinh"): the rule a finding is
  measured against, no count or measure of the place.
"""

from __future__ import annotations

import re

from .figure_assigned import TARGET_COUNT_UNITS, target_level
from .figure_borders import border_length
from .figure_made_of import made_of_units
from .figure_place_size import place_size
from .figure_premises import own_premises, seated_agencies
from .figure_ranks import rank_field
from .figure_working_age import working_age_people

_POPULATION_BEFORE = re.compile(r"(?<!%)(?<!%\s)(?<!phần trăm\s)\bdân số\b(?:[^.;:]|\.(?=\d)){0,60}$|"
                                r"\b(?:so với|trên)\s+(?:tổng\s+(?:số\s+)?)?(?:toàn\s+)?dân\b[^.;:]{0,20}$",
                                re.IGNORECASE)
"""(A rate's denominator is the population too: "11.897 người tham gia, so với tổng số toàn dân 20.703 người".) A share
of the population ("chiếm 5,3% dân số, đã có 1.800 người được cấp thẻ") names no population: what follows is counted."""
_RESOLUTION_TARGET = re.compile(r"\b(?:nghị quyết|NQ|kế hoạch|chỉ thị)\b[^.;,]{0,40}?\b(?:đề ra|giao|đặt ra)\s+"
                                r"(?:là\s+)?(?:(?:đạt|trên|dưới|từ|tối thiểu|ít nhất|tối đa|không quá)\s+)?$",
                                re.IGNORECASE)
"""What a resolution or plan set ("tỷ lệ đạt 57,46%. Nghị quyết đề ra 73,20%"): a target beside the result, never a
figure."""
_POPULATION_UNITS = ("người", "nhân khẩu", "khẩu", "dân", "hộ")
_THRESHOLD_BEFORE = re.compile(r"\bcó\s+từ\s+$", re.IGNORECASE)
_NORM_BEFORE = re.compile(r"\b(?:tối đa|tối thiểu|không quá|không vượt quá|không dưới)\s+(?:là\s+|ở mức\s+)?$",
                          re.IGNORECASE)
_QUOTA_BEFORE = re.compile(r"\bđịnh mức\b[^.;,:]{0,40}?$", re.IGNORECASE)
"""A norm or a cap ("định mức tối thiểu 2 công chức cho mỗi bộ phận", "hỗ trợ tối đa 50 m2", "không quá 3 ngày"): what
the rules allow or require, never what was done. A quota in money stays ("định mức ...: 700.000 đồng" per household
is the rate paid, a figure by `figure_rates`)."""
_SPACE_NORM_BEFORE = re.compile(r"\b(?:tiêu chuẩn|định mức|quy chuẩn|quy định|tối thiểu|mức tối thiểu)\b[^.;:,]{0,30}$",
                                re.IGNORECASE)
_EACH_PLACE_BEFORE = re.compile(r"\bmỗi\s+(?:xã|phường|thị trấn|thôn|ấp|bản|buôn|làng|xóm|tổ dân phố|khu phố|"
                                r"khu dân cư|huyện|quận|thị xã|địa phương|đơn vị)\s+"
                                r"(?:(?:đều|đã|cũng)\s+)*(?:thành lập|có|bố trí|thành lập được|xây dựng|kiện toàn|"
                                r"cử|phân công)\s+$", re.IGNORECASE)
"""What each commune or hamlet set up ("mỗi xã thành lập 01 tổ", "mỗi tổ dân phố đều bố trí 02 người"), or each
district, locality or unit has ("Hiện mỗi huyện có 3 máy thu nhận", "mỗi địa phương có 2 tổ lưu động"): one per
place, a norm said of all of them, never a count the visit found; money per place stays (a rate, `figure_rates`)."""
_PER_HEAD_AFTER = re.compile(r"\s*/\s*(?:một\s+|1\s+)?(?:người|học sinh|học viên|trẻ|cháu|em|phạm nhân|bệnh nhân|"
                             r"giường|chỗ)\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:đến|tới|lên|-|–)\s*\d", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\btừ\s+\d[\d.,]*\s*(?:đến|tới|-|–)\s*$", re.IGNORECASE)
"""The start of a span right before a number ("từ 11 đến " 21, "từ 40 - " 60); never a change's "từ 2 lên"."""


def number_is_context(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the number at `text[start:end]` (its unit included) is a population or a threshold."""
    if unit in ("m2", "m²") and _PER_HEAD_AFTER.match(text, end) and \
            _SPACE_NORM_BEFORE.search(text, max(0, start - 60), start):
        return True  # "tiêu chuẩn 2 m2/người": a norm
    if unit in _POPULATION_UNITS and (_POPULATION_BEFORE.search(text, max(0, start - 80), start) or
                                      place_size(text, start, end, unit)) or \
            unit not in TARGET_COUNT_UNITS and _RESOLUTION_TARGET.search(text, max(0, start - 80), start):
        return True
    if unit != "%" and _SPAN_BEFORE.search(text, max(0, start - 30), start):
        return True  # "mỗi tổ từ 11 đến 21 thành viên": a size's span, no count (a share's: `share_is_context`)
    if rank_field(text, start):
        return True  # "đứng thứ 13 về diện tích trong 54 đơn vị hành chính": the field ranked (`figure_ranks`)
    if working_age_people(text, start, end, unit):
        return True  # "tổng số lao động trong độ tuổi trên 10.918 lao động": the place's make-up (`figure_working_age`)
    if border_length(text, start, end, unit):
        return True  # "là xã biên giới, có 21,5 km đường biên giới": the place's geography (`figure_borders`)
    if made_of_units(text, start, end, unit):
        return True  # "được thành lập trên cơ sở bốn đơn vị hành chính cấp xã cũ": the place's make-up
    if target_level(text, start, end, unit):
        return True  # "Nghị quyết đề ra 22 chỉ tiêu, ... tỷ lệ hộ nghèo dưới 3,5%": a target's level, no result
    if own_premises(text, start, end, unit):
        return True  # "Trung tâm hiện có 2 cơ sở tại số 127 ...": the unit's own seats (`figure_premises`)
    if seated_agencies(text, start, end, unit):
        return True  # "2 cơ quan ngành dọc cử công chức tiếp nhận hồ sơ tại Trung tâm": who staffs its desks
    if unit != "đồng" and _EACH_PLACE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "mỗi thôn thành lập 01 tổ công nghệ số": a norm, one per hamlet
    if _NORM_BEFORE.search(text, max(0, start - 30), start) or \
            unit != "đồng" and _QUOTA_BEFORE.search(text, max(0, start - 60), start):
        return True
    return bool(_THRESHOLD_BEFORE.search(text, max(0, start - 12), start)) and not _SPAN_AFTER.match(text, end)
