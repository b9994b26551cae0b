"""Policy goods handed to households, weighed or measured: "được cấp 153.260 kg muối I-ốt", "phân phối 2,6 tấn muối
iốt", "đã nhận 6.225 kg muối", "được cấp 830 lít dầu hỏa".

Programmes for poor households in ethnic-minority areas give goods in kind besides money: iodised salt, kerosene for
light, veterinary drugs. An oversight of such a programme counts what the households got, a result like the cattle
and the seed beside it. Neither good is in the weighed goods `figure_measures` counts whatever the verb, and for a
reason: salt the farmers make ("sản xuất được 12.000 tấn muối") is a harvest, as paddy is. Nor is the verb in a gift
list's cues (`figure_gift_cues.GIVING`: "cấp" alone says too much, "cấp xã", "cấp giấy"). So these goods count only
when a verb of handing them out or receiving them stands earlier in the clause ("cấp", "được cấp", "cấp cho ... hộ",
"phân phối", "phân bổ", "nhận"); what one parcel holds and a yield per hectare stay out, as for the other goods.
"""

from __future__ import annotations

import re

__all__ = ["handed_policy_good", "handed_measure"]

_GOODS = r"muối(?:\s+(?:i-ốt|iốt|i ốt|iot|i-ot))?|dầu\s+h[oỏ][aả]|dầu\s+lửa|thuốc\s+thú\s+y"
_UNIT = re.compile(r"\s*(kg|ký|tạ|tấn|lít)(?![\wÀ-ỹ])", re.IGNORECASE)
"""The measure after the number: salt by weight, kerosene and drugs by weight or volume."""
_NOT_HANDING = r"xã|huyện|tỉnh|thôn|bản|ủy|uỷ|trên|dưới|có thẩm quyền|giấy|phép|đổi|mới\s+giấy"
_HANDED = re.compile(r"\b(?:cấp(?!\s+(?:" + _NOT_HANDING + r")\b)|phân\s+phối|phân\s+bổ|"
                     r"(?<!chứng )(?<!công )(?<!xác )(?<!thừa )(?<!ghi )nhận(?!\s+(?:xét|thấy|định|diện)))"
                     r"(?![\wÀ-ỹ])[^.;:!?()]{0,60}$", re.IGNORECASE)
"""A verb of handing out or receiving, then at most a few words (the households: "cấp cho 312 hộ nghèo của xã");
neither a certificate issued nor the word "nhận" inside "chứng nhận", "công nhận", "xác nhận"."""
_ONE_PARCEL = re.compile(r"\bmỗi\s+(?:suất|phần|túi|gói|hộ|người|khẩu)\b[^.;!?]{0,60}$", re.IGNORECASE)
"""What one parcel, household or person gets ("mỗi suất quà gồm 2 kg muối"): a content or a norm, no amount given."""
_GOOD_AFTER = re.compile(r"\s+(?:" + _GOODS + r")(?![\wÀ-ỹ])", re.IGNORECASE)
_PER_AREA_AFTER = re.compile(r"\s*/\s*(?:ha|sào|héc-ta|hécta|mẫu)\b", re.IGNORECASE)
_STORED = {"ký": "kg"}


def handed_policy_good(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(the measure as stored, where it ends) when the number at [`start`, `end`) weighs or measures salt, kerosene
    or veterinary drugs handed out or received, told by a verb earlier in its clause; else None."""
    unit = _UNIT.match(text, end)
    if unit is None or not handed_measure(text, start, unit.end(1)):
        return None
    word = unit[1].lower()
    return _STORED.get(word, word), unit.end(1)


def handed_measure(text: str, start: int, unit_end: int) -> bool:
    """Whether the measure ending at `unit_end` weighs a policy good handed out or received ("phân phối 2,6 tấn muối
    iốt"): the good right after it, no yield per hectare, no parcel's content, a handing verb earlier in the clause.
    The tons the salt works make ("sản xuất được 12.000 tấn muối") stay out."""
    good = _GOOD_AFTER.match(text, unit_end)
    if good is None or _PER_AREA_AFTER.match(text, good.end()):
        return False
    floor = max(0, start - 120)
    return bool(_HANDED.search(text, floor, start)) and not _ONE_PARCEL.search(text, floor, start)
