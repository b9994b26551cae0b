"""A count inside what someone asks for is an aim: "yêu cầu phường hoàn thành sửa chữa 6 phòng học" is no result.

A visit ends on its asks, and an ask can carry a number ("đề nghị xã bố trí thêm 2 công chức", "yêu cầu nhà trường
hoàn thành sửa chữa 6 phòng học trước ngày khai giảng", "chỉ đạo trồng mới 5.000 cây"): what is to be done, as a
target is (`figure_aims._TARGET_SAID`), never what was done. The ask is the verb after the one who asks (a team, a
title, a name: "Phó Chủ tịch yêu cầu", "Đoàn đề nghị", "ông A kiến nghị thành phố đầu tư thêm 2 ki-ốt"), never
the noun ("hồ sơ đề nghị cấp giấy", "giải quyết 15 đề nghị", "12 kiến nghị"); the count is the object of a verb of
doing after it. A number the ask only refers to ("đề nghị xã giải quyết dứt điểm 27 hồ sơ còn tồn") is a finding
of the visit and stays: the verbs of settling are not among the verbs of doing here. A raise asked for names what it
raises before the level ("đề nghị nâng mức hỗ trợ cho hộ cận nghèo lên 30%"), and an ask goes on in the sentence
after it when that opens on "Đồng thời," with no subject of its own ("BHXH tỉnh đề nghị UBND tỉnh ban hành quy
trình. Đồng thời, nâng mức hỗ trợ ... lên 30% từ năm 2020"; real: a province's insurance office to a front's team,
2019): `asks_carried_on`; a level reached ("Đồng thời, huyện đã nâng ... lên 85%", "hiện đang hỗ trợ 10%") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .text import Sentence

__all__ = ["asked_for", "asks_carried_on"]

_ASKED = re.compile(
    r"\b(?:[Đđ]oàn|Ban|ông|bà|đồng chí|Chủ tịch|Trưởng đoàn|Trưởng ban|Bí thư|lãnh đạo|[A-ZĐ][\wÀ-ỹ]*)"
    r"(?:\s+(?!(?:hồ sơ|đơn|văn bản|tờ trình)\b)[\wÀ-ỹ]+){0,4}?\s+"
    r"(?:yêu cầu|đề nghị|chỉ đạo|đề xuất|lưu ý|giao chỉ tiêu|(?<![\d.,]\s)kiến nghị)\s+"
    r"(?!(?:của|được|đã|về|này|đó|trên|chính đáng|hợp pháp)\b)(?:(?!\b(?:đã|đến nay)\s)[^.;]){0,100}?"
    r"\b(?:(?:nâng|tăng)\s+[^.;:]{1,60}?\s+lên|"  # a raise named before its level: "nâng mức hỗ trợ ... lên"
    r"hoàn thành|sửa chữa|xây dựng|xây mới|bổ sung|bố trí(?:\s+thêm)?|đầu tư|đạt(?:\s+tiến độ)?|nâng(?:\s+lên)?|"
    r"tăng(?:\s+thêm)?|kích hoạt|thu nhận|"
    r"trồng(?:\s+mới)?|mở(?:\s+thêm)?|lắp đặt|tuyển(?:\s+dụng)?|đào tạo|cấp thêm|thêm)\s+(?:(?:ít nhất|tối thiểu|"
    r"từ|trên|hơn|khoảng)\s+)?(?:\d[\d.,]*\s+[^\d.;,]{1,30}?(?:,|\s+và)\s+)*$")
"""(and the items listed after the first: "đầu tư thêm 3 phòng học và 2 nhà vệ sinh" asks for both). A quota given
("Giám đốc đã giao chỉ tiêu cho các tổ phải đạt tiến độ 350 hồ sơ mỗi ngày", "giao chỉ tiêu cho xã phải kích hoạt
1.200 tài khoản") is asked for as well: a pace or a count to reach, no result; one reached after the ask ("Sau khi ...
yêu cầu tăng ca, các tổ đã đạt tiến độ 420 hồ sơ") is a result, "đã" or "đến nay" before its verb says so."""


def asked_for(text: str, start: int) -> bool:
    """Whether the number at `start` is the object of something asked for ("đề nghị xã bố trí thêm 2 công chức"), in
    the ask's own clause or in one going on with it after a semicolon (`_asked_after_semicolon`)."""
    return bool(_ASKED.search(text, max(0, start - 160), start)) or _asked_after_semicolon(text, start)


_CARRIES_ON = re.compile(
    r";\s*(?:(?:đồng thời|cũng như|bên cạnh đó|ngoài ra|mặt khác|cùng với đó|cùng đó|song song(?:\s+với)? đó)"
    r"\s*,?\s*|(?:và\s+)?(?=(?:sớm\s+|tiếp tục\s+|kịp thời\s+)?"
    r"(?:nâng|tăng|bổ sung|bố trí|đầu tư|xây dựng|xây mới|hoàn thành|sửa chữa|trồng|mở|lắp đặt|tuyển|đào tạo|"
    r"cấp thêm|hỗ trợ|nghiên cứu|xem xét)\b))", re.IGNORECASE)
"""A clause after ";" with no subject of its own that goes on with what comes before: "; đồng thời nâng ...",
"; bổ sung 85 biên chế ...", "; và tăng ... lên 50%"; the connectives `item_wording.without_connective` drops
open one too ("; mặt khác, tuyển thêm 2 bác sĩ", "; ngoài ra, bố trí ...", "; cùng với đó sửa chữa ...", session 24)."""
_SAID_DONE = re.compile(r"\b(?:đã|đến nay)\b", re.IGNORECASE)


def _asked_after_semicolon(text: str, start: int) -> bool:
    """Whether the number at `start` sits in a clause after ";" going on with an ask made before it in the sentence
    ("đề nghị tỉnh hỗ trợ kinh phí ...; đồng thời tăng mức phụ cấp ... lên 50%", "đề nghị UBND tỉnh hoàn thiện đề
    án; bổ sung 85 biên chế ..."), through any clauses going on in between. A clause saying what was done ("đã",
    "đến nay", "hiện", "được" before the number) or the ask's clause saying so ("Sau khi Đoàn đề nghị ..., huyện đã
    ...") asks nothing, and a clause with words of its own first ("theo báo cáo, xã đã ...; sửa chữa 14 căn nhà")
    breaks the chain: a list of results after an ask still gives figures."""
    cut = text.rfind(";", 0, start)
    if cut < 0:
        return False
    opening = _CARRIES_ON.match(text, cut)
    if opening is None or _REACHED.search(text, opening.end(), start):
        return False
    said = "Đoàn đề nghị " + text[opening.end():start]  # the ask said again in the clause's own words
    if not _ASKED.search(said, max(0, len(said) - 160)):
        return False
    while True:
        before = text.rfind(";", 0, cut)
        clause = text[before + 1:cut]
        ask = _ASK.search(clause)
        if ask is not None:
            return not _SAID_DONE.search(clause, ask.end())
        if before < 0 or _CARRIES_ON.match(text, before) is None:
            return False
        cut = before


_ASK = re.compile(r"\b(?:[Đđ]oàn|Ban|ông|bà|đồng chí|Chủ tịch|Trưởng đoàn|Trưởng ban|Bí thư|lãnh đạo|[A-ZĐ][\wÀ-ỹ]*)"
                  r"(?:\s+(?!(?:hồ sơ|đơn|văn bản|tờ trình)\b)[\wÀ-ỹ]+){0,4}?\s+"
                  r"(?:yêu cầu|đề nghị|đề xuất|(?<![\d.,]\s)kiến nghị)\s+(?!(?:của|được|đã|về|này|đó)\b)")
"""Someone asking, as `_ASKED` opens ("BHXH tỉnh đề nghị UBND tỉnh ...")."""
_GOES_ON = re.compile(r"\s*(?:Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác|Cùng với đó|Song song(?: với)? đó),\s*")
_REACHED = re.compile(r"\b(?:đã|đến nay|hiện|được)\b", re.IGNORECASE)


class _Draft(Protocol):
    @property
    def sentence(self) -> Sentence: ...
    @property
    def start(self) -> int: ...


D = TypeVar("D", bound=_Draft)


def asks_carried_on(found: list[D], sentences: Sequence[Sentence]) -> list[D]:
    """`found` without the numbers asked for in a sentence that goes on with the ask of the one before it ("... đề
    nghị UBND tỉnh ban hành quy trình. Đồng thời, nâng mức hỗ trợ ... lên 30%")."""
    asking = {s.index + 1 for s in sentences if _ASK.search(s.text)}

    def carried(draft: D) -> bool:
        text = draft.sentence.text
        opening = _GOES_ON.match(text)
        if draft.sentence.index not in asking or opening is None or _REACHED.search(text, opening.end(), draft.start):
            return False
        said = "Đoàn đề nghị " + text[opening.end():]  # the ask said again in the sentence's own words
        return asked_for(said, draft.start - opening.end() + len("Đoàn đề nghị "))

    return [draft for draft in found if not carried(draft)]
