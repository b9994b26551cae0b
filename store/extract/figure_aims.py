"""An aim told with its verbs joined by "và": every number of the clause is aimed at, none reached; a target named
with its year.

"Xã phấn đấu giảm tỷ lệ sinh con thứ ba xuống dưới 5% và tăng số cộng tác viên dân số lên 24 người": "phấn đấu"
governs both verbs, so the second number is an aim as much as the first (`_TARGET_SAID` reads only the number
right after "phấn đấu", `_TARGET_BEFORE` only an aim with its year). The aim ends at the clause group (";",
":" or the sentence's end) or where a result is told again ("đến nay đã đạt 95%", "hiện", "kết quả"); an aim
worked for and met ("đã phấn đấu hoàn thành 19 tiêu chí") is a result and stays. The targets and norms a figure
is weighed against first (`target_said`) stand here too: all of it is what is aimed at, not what was reached.
"""

from __future__ import annotations

import re

__all__ = ["aimed_at", "target_said"]

_AIM = re.compile(r"(?<!đã )(?<!Đã )\bphấn đấu\b(?!\s*,)"
                  r"(?:(?!\b(?:đã|đến nay|hiện nay|hiện|hiện đã|kết quả|qua đó|tuy nhiên|nhưng)\b)[^.;:]){0,160}$",
                  re.IGNORECASE)


_TARGET_NAMED = re.compile(r"\b(?:chỉ tiêu|mục tiêu)(?:\s+(?:được\s+)?(?:giao|đề ra|đặt ra|tỉnh giao|huyện giao))?"
                           r"(?:\s+(?:của\s+)?(?:năm|đến năm|đến hết năm|trong năm|giai đoạn)\s+[\d-]{4,9})?"
                           r"\s*(?:là|đạt|:)\s*(?:(?:trên|từ|tối thiểu|ít nhất)\s+)?$", re.IGNORECASE)
"""A target named with its year before "là" ("Chỉ tiêu giao năm 2025 là 80% hồ sơ trực tuyến, xã đã đạt 84,2%"):
the number the place was set, the one after it what it reached."""


def aimed_at(text: str, start: int) -> bool:
    """Whether the number at `start` lies in a clause an unmet "phấn đấu" governs, or is a target named with its
    year."""
    return bool(_AIM.search(text, max(0, start - 170), start) or _TARGET_NAMED.search(text, max(0, start - 80), start))


_TARGET_BEFORE = re.compile(r"\bphấn đấu\b[^.;]{0,60}?\b(?:đến|hết|trong|tới|cuối|đầu)\s+(?:(?:cuối|hết|đầu)\s+)?"
                            r"(?:năm\s+)?\d{4}\b[^.;]{0,120}$", re.IGNORECASE)
"""A target with its year ("phấn đấu hết năm 2022 trên 50% hộ dân ... có ít nhất 01 tài khoản", "phấn đấu đến cuối năm
2024 có trên 80% ..."): the plan ahead to the end of its clause, never a figure reported."""
_TARGET_SAID = re.compile(
    r"(?:\bchỉ tiêu(?:\s+(?:là|đề ra|được giao|giao))?\s*$|"
    r"\b(?:đặt|đề ra|xác định)\s+mục tiêu\b[^.;]{0,100}$|\bmục tiêu\s+(?:là|đến|tới)\b[^.;]{0,100}$|"
    r"(?<!hoàn thành )(?<!đạt )(?<!vượt )\bmục tiêu\s+(?:đưa|nâng)\b[^.;]{0,100}\blên\s+"
    r"(?:(?:trên|từ|tối thiểu|ít nhất|khoảng)\s+)?$|"
    r"\btiêu chí\b[^.;]{0,60}\b(?:trên|từ|tối thiểu|ít nhất)\s+$|\bchưa\s+(?:[^\s.;,(]+\s+){0,6}?đạt\s+$|"
    r"\bchỉ tiêu\b[^.;()]{0,60}\bgiao\s*\(\s*$|"
    r"\bchỉ tiêu\s+(?:(?!(?:đạt|vượt|hoàn thành|thực hiện|được|còn|mới|chỉ|đã|tăng|giảm)\b)\w+\s+){1,8}$|"
    r"(?<!đã )\bphấn đấu\s+(?:(?:đạt|có|cho)\s+)?(?:(?:trên|từ|tối thiểu|ít nhất)\s+)?$|"
    r"\b(?:với|theo)\s+kế hoạch\s*(?:(?:là|đạt)\s+)?(?:(?:trên|từ|tối thiểu|ít nhất)\s+)?$|"
    r"\b(?:để|nhằm)\s+(?:[^\W\d]+\s+){0,2}?đạt(?:\s+(?:kết quả|mục tiêu|tỷ lệ|tỉ lệ|chỉ tiêu))?\s+"
    r"(?:(?:trên|từ|tối thiểu|ít nhất)\s+)?$)",
    re.IGNORECASE)
"""A target or a norm, not a result: "đạt chỉ tiêu 82,5% dân số", "đặt mục tiêu số người tham gia ... đạt 90%", a
criterion's threshold ("đạt tiêu chí về độ bao phủ bảo hiểm y tế trên 85% số dân"). A number before "chỉ tiêu"
("vượt 8,2% chỉ tiêu") is a result and stays; so does a share told after a verb ("chỉ tiêu thu ngân sách đạt
120%"), while one right after what the target counts is the target ("chỉ tiêu phổ cập bơi 100% cho trẻ em là chưa
đạt", s42/fresh88). A share not reached ("chưa đạt 100%", "chưa đánh giá các nhiệm vụ đạt
100%") is a threshold missed, no value; not a bracket's own "đạt" after it ("còn 4 tiêu chí chưa đạt (tự đánh giá
đạt 75%)", "chưa đạt kế hoạch (đến nay đạt 62,4%)"), a share stated (fresh86 v09). The target given in brackets ("so
với chỉ tiêu diện tích được UBND tỉnh giao (417,4 ha)") is one too, and so is an aim with no year ("nhằm phấn đấu
100% người dân nộp hồ sơ trực tuyến"), and an aim raised to a share ("mục tiêu đưa dịch vụ công trực tuyến toàn
trình lên trên 80%"), unless reached. So are a plan's share ("Với kế hoạch 98% người dân toàn xã tham gia", "theo kế
hoạch 95% ..."; a number before "kế hoạch", "đạt 112% kế hoạch", is a result) and a share a purpose clause reaches
for ("Để sớm đạt kết quả 100% người dân tham gia", "nhằm đạt 100% trẻ được tiêm"; "Để đạt được kết quả đó, xã đã tổ
chức 14 hội nghị" stays).
"""
_MOBILISED_SHARE = re.compile(r"(?<!đã )(?<!được )(?<!Đã )\bvận động\s+$", re.IGNORECASE)
"""A share right after "vận động" with no "đã"/"được" before: the share a place is set to mobilise ("được huyện chọn
vận động 100% người dân tham gia"), not one it reached ("đã vận động được 96% hộ dân")."""


def target_said(text: str, start: int) -> bool:
    """Whether the number at `start` is a target, a norm or an aim with its year, not a result of the visit."""
    return bool(_TARGET_BEFORE.search(text, max(0, start - 200), start) or
                _TARGET_SAID.search(text, max(0, start - 160), start) or
                _MOBILISED_SHARE.search(text, max(0, start - 20), start) and re.match(r"[\d.,]+\s*%", text[start:]))
