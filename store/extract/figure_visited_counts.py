"""Counts of the places a team went to, told past the name of the place, and counts of the places whose things
were counted (session 23).

The house convention counts the units a team visited as no figures ("khảo sát thực tế ở 2 điểm", "làm việc với hai
trường"): `figure_numbers._CHECKED_AT` reads the check right before the count. A report often names the commune or
district first and then the sites in it: "đoàn khảo sát thực tế tại Lục Ngạn ở hai điểm bưu điện văn hóa xã" — the
count is as much where the team looked. And a count after "của" at the end of what was done ("sửa chữa 12 phòng học
và nhà vệ sinh của hai trường tiểu học") says whose rooms they were: the rooms are the result, the schools a scope
(as "hồ sơ của 12 cơ quan chuyên môn" is). A count of schools with a result of its own ("có hai trường đạt chuẩn",
"của hai trường đạt chuẩn quốc gia") stays a figure. So are households or premises whose matter a check looks at
("kiểm tra việc trồng lại rừng ... của 3 hộ dân", "giám sát việc chấp hành quy định ... của 6 cơ sở"): units checked,
as units visited are; households a commune served after it ("đã cấp giấy cho 57 hộ") stay results. So are units
named by their status as the ones checked ("lãnh đạo 2 đơn vị được kiểm tra", session 38 fresh82 v01).
"""

from __future__ import annotations

import re

__all__ = ["checked_past_a_name", "units_named_as_checked", "whose_places"]

_NAME = r"(?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:[\s-]+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,3})"
_CHECKED_PAST_A_NAME = re.compile(
    r"\b(?:khảo sát|kiểm tra|giám sát)\s+(?:(?:xác suất|ngẫu nhiên|thực tế|trực tiếp)\s+)?(?:tại|ở)\s+"
    r"(?:(?:xã|phường|thị trấn|huyện|thị xã|thành phố|tỉnh)\s+)?" + _NAME + r",?\s+(?:tại|ở)\s+"
    r"(?:(?:hơn|trên|gần)\s+)?(?:(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+[^\d.;:]{1,40}?"
    r"(?:,|\s+và)\s+)*$", re.IGNORECASE)
"""The team's check at a named place, then at a count of sites in it, or a list of them: "khảo sát thực tế tại Lục
Ngạn ở hai điểm", "kiểm tra trực tiếp tại Mường Bú ở hai điểm bưu điện văn hóa và 3 hộ kinh doanh"."""
_WHOSE_UNITS = frozenset({"cơ quan", "đơn vị", "trường"})
_OF_BEFORE = re.compile(r"\bcủa\s*$")
_RESULT_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:đạt|được công nhận|được xếp|hoàn thành|không đạt)\b", re.IGNORECASE)
_CHECKED_WHOSE = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát)\b(?:\s*,\s*(?:khảo sát|kiểm tra|giám sát)\b)?\s+"
                            r"(?:việc|công tác|tình hình)\s+[^\d.;:,]{3,90}?\s+của\s+(?:(?:hơn|trên|gần)\s+)?$",
                            re.IGNORECASE)
"""A check of a matter, then whose it is: "kiểm tra, giám sát việc trồng lại rừng ... của 3 hộ dân", "giám sát việc
chấp hành quy định ... của 6 cơ sở" (fresh75 v07): the households or premises are the ones checked."""
_CHECKED_OWNERS = frozenset({"hộ", "cơ sở", "doanh nghiệp", "hộ kinh doanh", "cửa hàng"})


def checked_past_a_name(text: str, start: int) -> bool:
    """Whether the count at `start` counts sites the team checked in a place it named first."""
    return bool(_CHECKED_PAST_A_NAME.search(text, max(0, start - 100), start))


def whose_places(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a count of agencies, units or schools at `text[start:end]` only says whose things were counted ("12
    phòng học ... của hai trường tiểu học", "hồ sơ của 12 cơ quan"), with no result of its own after it."""
    if unit in _CHECKED_OWNERS and _CHECKED_WHOSE.search(text, max(0, start - 140), start):
        return True  # units checked are units visited, whoever checked (fresh23's convention)
    return unit in _WHOSE_UNITS and bool(_OF_BEFORE.search(text, max(0, start - 8), start)) and \
        (unit != "trường" or not _RESULT_AFTER.match(text, end))


_CHECKED_AFTER = re.compile(r"\s+(?:được|bị)\s+(?:(?:đoàn|tổ)\s+)?(?:khảo sát|giám sát|kiểm tra)\b", re.IGNORECASE)
"""Units named by their status as the ones checked ("lãnh đạo 2 đơn vị được kiểm tra", "4 đơn vị được giám sát"): the
units visited again; files so named ("146 hồ sơ được kiểm tra") are no units, and the caller asks only of units."""
_HAS_BEFORE = re.compile(r"\bcó\s+(?:(?:hơn|trên|gần)\s+)?$", re.IGNORECASE)
"""A place's own count ("Phường có 12 cơ quan được kiểm tra định kỳ"): not the units this visit checked."""


def units_named_as_checked(text: str, start: int, unit_end: int) -> bool:
    """Whether the count of units at `text[start:unit_end]` is followed by "được kiểm tra|giám sát|khảo sát" (the
    units checked), with no "có" before it."""
    return bool(_CHECKED_AFTER.match(text, unit_end)) and not _HAS_BEFORE.search(text, max(0, start - 20), start)
