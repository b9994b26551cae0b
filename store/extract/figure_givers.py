"""Gifts a named giver hands over at a visit: a sponsor's, a firm's, a fund's or a named person's parcels, goods, money.

By the house convention a visiting team's own gifts are no figure of the place (`figure_numbers`); neither are the
gifts of whoever else hands them over at the visit: "Công ty X trao tặng 300 suất quà", "Ngân hàng Y ủng hộ 200 triệu
đồng", "ông Nguyễn Văn A, Giám đốc ..., trao tặng xã 80 triệu đồng", "nhà tài trợ ... tặng 100 chiếc xe đạp", "bà B đã
trao 200 suất quà cho các hộ". They tell who gave, not what the place did. What one parcel holds or what each household
gets ("mỗi suất trị giá 600.000 đồng", "hỗ trợ mỗi hộ 2 triệu đồng") is a rate and stays a figure (`figure_rates`); so
does an itemised list of what a place received ("gồm 30 suất quà và 15 triệu đồng", `figure_goods`). The place's own
support to its people ("UBND xã đã hỗ trợ 150 triệu đồng") has no giver of these kinds and stays, and so does a giving
a named official only reports ("ông A cho biết, xã đã hỗ trợ 120 hộ").
"""

from __future__ import annotations

import re

from .figure_goods import in_a_listed_gift
from .figure_rates import is_rate

__all__ = ["given_by_a_giver"]

_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)+"
_RANK = r"(?i:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý))"
"""A military or police rank, a title before the name as an office is ("Thiếu tướng Nguyễn Hoàng Phúc - Phó Chính
ủy Quân khu đã trao tặng 50 suất quà", "Đại tá X, Chính ủy ... trao 102 suất quà"): a visiting officer's gift is
the team's own. Lower case too ("đại tá Phạm Văn Thắng"), the name after it stays capitalised."""
_GIVER = (r"(?:(?<![^\W\d_])(?i:công ty|tổng công ty|tập đoàn|ngân hàng|quỹ|nhà tài trợ|đơn vị tài trợ|doanh nghiệp|"
          r"doanh nhân|chi nhánh|nhà máy|câu lạc bộ)\b|"
          r"\b(?:[Ôô]ng|[Bb]à|(?i:đồng chí))\s+" + _NAME + "|"
          r"\b(?:(?i:đồng chí)\s+)?" + _RANK + r"\s+" + _NAME + "|"
          r"\b(?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng ban|Giám đốc|Bộ trưởng|Thứ trưởng|Chủ nhiệm|Trưởng đoàn|Thủ tướng|"
          r"Đại biểu Quốc hội|Tổng Bí thư)\b[^,.;:]{0,60}?\s" + _NAME + "|"
          r"\b(?:Tổng Bí thư|Chủ tịch nước|Phó Chủ tịch nước|Thủ tướng|Phó Thủ tướng|Chủ tịch Quốc hội)\b|"
          r"\b[Đđ]oàn(?:\s+(?:công tác|giám sát|khảo sát|kiểm tra))?\b(?!\s+(?:thể|viên|[Tt]hanh niên|kết))" + ")")
"""Who gives: a firm, a bank, a fund, a sponsor; a person by name ("ông Trần Văn Lợi"), by an office and a name
("Phó Chủ tịch UBND tỉnh Trần Báu Hà"), by a rank and a name ("Đại tá Lê Văn Hùng"); or the visiting team itself
("Đoàn công tác cũng trao 50 triệu đồng"), whose gifts the house convention never counts. A commune's Youth Union
("Đoàn Thanh niên xã") is none of these."""
_SUBJECT = r"(?:^|[,.;:]\s*|\b(?:và|cùng|đồng thời)\s+)(?:(?i:đại diện|lãnh đạo)\s+)?"
"""The giver is the clause's subject: at its start, after a comma or "và"; "giới thiệu lao động đi làm việc tại các
doanh nghiệp và hỗ trợ 64 hộ" has the firms as a place, and the commune gives. Anonymous donors the place rallied
("Các nhà hảo tâm đã ủng hộ 320 suất quà" in its report) are its own work and no giver here."""
_GIVING = r"\b(?:trao tặng|trao hỗ trợ|trao|tặng|ủng hộ|tài trợ|hỗ trợ)\b"
_REPORTING = (r"\b(?:cho biết|cho hay|báo cáo|thông tin|nêu|chia sẻ|trình bày|phát biểu|khẳng định|nhấn mạnh|"
              r"đề nghị|yêu cầu|kiến nghị|quyết định|đồng ý|chấp thuận|cam kết)\b")
"""Said between the giver and the verb, the giving is reported, asked for or decided ("Thủ tướng ... quyết định hỗ
trợ 50 tỉ cho tỉnh": a support the visit settles, a figure of it), not handed over."""
_GIVER_THEN_VERB = re.compile(_SUBJECT + _GIVER + r"(?:(?!" + _REPORTING + r")[^.;:!?]){0,110}?" + _GIVING +
                              r"(?:(?!" + _GIVING + r")[^.;:!?]){0,60}$")
"""The giver, then within the clause a giving verb, then (up to the number) no other giving verb."""
_GIVEN_BY_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:do|của)\s+" + _GIVER + r"[^.;:!?]{0,60}?\b(?:trao|tặng|ủng hộ|"
                             r"tài trợ)\b")
"""The giver after the gift: "trao 120 suất quà do Công ty X tài trợ"."""
_OWN_UNIT_BETWEEN = re.compile(r",\s*(?:UBND|(?i:ủy ban nhân dân|xã|phường|thị trấn|địa phương|huyện|tỉnh))\s+"
                               r"(?:(?i:đã|cũng|đã kịp thời|kịp thời)\s+)?" + _GIVING, re.IGNORECASE)
"""A unit that gives to its own people ("..., xã đã hỗ trợ 120 hộ"): the place's work, whoever speaks first."""


_NEXT_ITEM = re.compile(r"[^.;:!?\d]{0,40}?(?:,|\svà)\s+(?:(?:hơn|gần|khoảng)\s+)?\d[\d.,]*\s+(?!" +
                        r"(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|đ\b)|suất|phần)")
_ITEM_BEFORE = re.compile(r"\d[\d.,]*\s+(?!(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|đ\b)|suất|phần)"
                          r"[^\d.;:!?]{1,40}?(?:,|\svà)\s+(?:(?:hơn|gần|khoảng)\s+)?$")
"""Goods handed over item by item ("tặng 2.000 khẩu trang, 30 bình nước sát khuẩn và 12 bộ quần áo"): an itemised
list, each item a figure whoever gives it (`figure_goods`); parcels and money are never items of it."""


_GIVING_GOES_ON = re.compile(r";\s*(?:(?:đồng thời|cùng với đó|và)\s+)?(?:(?:cũng|còn)\s+)?" + _GIVING +
                             r"(?:(?!" + _GIVING + r")[^.;:!?]){0,100}$", re.IGNORECASE)
"""A clause after ";" that opens with the giving verb, no subject of its own ("...; tặng 200 suất học bổng cho trẻ
em nghèo"): the giver of the clause before goes on giving (a Vice-President's call, real: vov)."""


_GIVER_GIVES = re.compile(_SUBJECT + _GIVER + r"(?:(?!" + _REPORTING + r")[^.;:!?]){0,110}?" + _GIVING)
"""A giver and then its giving verb, anywhere in a clause."""


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at `end` (a ";") begins: after the stop before it, or 240 characters back."""
    floor = max(0, end - 240)
    stops = [m.end() for m in re.finditer(r"[.;:!?]\s", text[floor:end])]
    return floor + stops[-1] if stops else floor


def _giver_before(text: str, semicolon: int, depth: int = 4) -> bool:
    """Whether the clause ending at `semicolon` is a giver's giving, or opens with the giving verb itself after
    another ";" whose clause is ("...; trao tặng 30 suất học bổng ...; trao tặng công trình ...")."""
    opened = _clause_start(text, semicolon)
    if _GIVER_GIVES.search(text, opened, semicolon):
        return True
    return depth > 0 and opened > 0 and text[opened - 2] == ";" and \
        bool(re.match(r"\s*(?:(?:đồng thời|cùng với đó|và)\s+)?(?:(?:cũng|còn)\s+)?" + _GIVING, text[opened:],
                      re.IGNORECASE)) and _giver_before(text, opened - 2, depth - 1)


_RECIPIENTS = re.compile(r"\bcho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$", re.IGNORECASE)
"""Who received ("tặng quà cho 35 em học sinh"): people of the place, a figure whoever gave."""


_BRACKETED_SHARE = re.compile(r"(?P<n>\d[\d.,]*\s+(?:(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+)?đồng)\b"
                              r"(?:[^.;:!?()\d]|\([^()]{0,40}\)){1,160}?\(\s*$")
"""A sum given, then within its sentence a place and a bracket that opens right before the number: "Đoàn đã hỗ trợ
100 triệu đồng để mua gạo cho các hộ tại xã A (45 triệu đồng), xã B (55 triệu đồng)". Earlier shares in brackets
may stand between."""
_SHARE_CLOSES = re.compile(r"(?:\s*(?:(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+)?đồng)?\s*\)")
"""The bracket closes after the money (its unit read with the number or after it): "(45 triệu đồng)"."""


def _share_of_a_gift(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the money at [start, end) stands alone in brackets as one place's share of a sum given just before
    it in its sentence by a giver: a share of a gift no figure is no figure either."""
    if unit != "đồng" or not _SHARE_CLOSES.match(text, end):
        return False
    whole = _BRACKETED_SHARE.search(text, max(0, start - 240), start)
    return whole is not None and given_by_a_giver(text, whole.start("n"), whole.end("n"), unit)


def given_by_a_giver(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the number at [start, end) is a gift a sponsor, a firm, a fund or a named person hands over."""
    if unit == "%" or is_rate(text, start, end, unit) or in_a_listed_gift(text, start):
        return False
    if unit not in ("phần quà", "đồng") and (_NEXT_ITEM.match(text, end) or
                                             _ITEM_BEFORE.search(text, max(0, start - 60), start)):
        return False
    if _RECIPIENTS.search(text, max(0, start - 24), start):
        return False  # "tặng quà cho 35 em học sinh": the place's people reached, counted as the place's
    floor = max(0, start - 240)
    before = _GIVER_THEN_VERB.search(text, floor, start)
    if before is not None and not _OWN_UNIT_BETWEEN.search(text, before.start(), start) and \
            not re.search(_REPORTING, text[:before.start()]):
        return True  # but "MTTQ huyện cho biết ...; Quỹ ... đã hỗ trợ xây mới 27 nhà": a result reported
    if (going_on := _GIVING_GOES_ON.search(text, floor, start)) is not None and _giver_before(text, going_on.start()):
        return True  # "Phó Chủ tịch nước ... trao tặng 50 phần quà ...; tặng 200 suất học bổng": the same giver
    if _share_of_a_gift(text, start, end, unit):
        return True  # "Đoàn đã hỗ trợ 100 triệu đồng ... tại xã A (45 triệu đồng)": the team's gift shared out
    return bool(re.search(_GIVING + r"[^.;:!?]{0,40}$", text[floor:start])) and \
        bool(_GIVEN_BY_AFTER.match(text, end))
