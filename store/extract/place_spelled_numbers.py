"""A unit's number written in words by the gazetteer: "thị trấn Thứ 11" is the town "Thứ Mười Một".

Some units are named by an ordinal spelled out ("Thị trấn Thứ Ba", "Thị trấn Thứ Mười Một", Kiên Giang's canal
towns), while pages write the number in digits ("thị trấn Thứ 11", "thị trấn Thứ 3"). The name then read stopped at
"Thứ", a unit nowhere. These are the spellings the gazetteer may hold for 1 to 99 — the cardinal words, the ordinal
"Tư" for four, "Lăm" for a five after ten, "Mốt" for a one after twenty — tried in turn by `place_names.numbered`.
"""

from __future__ import annotations

_DIGITS = ("", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín")


def spellings(number: int) -> list[str]:
    """The ways a name may spell `number` (1–99) in words, most usual first: 11 → ["Mười Một"]."""
    if not 0 < number < 100:
        return []
    tens, ones = divmod(number, 10)
    if tens == 0:
        return [_DIGITS[ones]] + (["Tư"] if ones == 4 else [])
    head = "Mười" if tens == 1 else f"{_DIGITS[tens]} Mươi"
    if ones == 0:
        return [head]
    tails = [_DIGITS[ones]]
    if ones == 5:
        tails = ["Lăm"]
    elif ones == 4 and tens > 1:
        tails.append("Tư")
    elif ones == 1 and tens > 1:
        tails.append("Mốt")
    return [f"{head} {tail}" for tail in tails]
