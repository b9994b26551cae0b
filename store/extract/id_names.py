"""A draft's id part cut to its length at a name's end, never inside one (tryout13, session 41).

The id's body part had been cut at 40 characters on a hyphen: "Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp" became
"…-hdnd-tinh-dong", half the province's name, read as a place called Đồng. A proper name is a run of capitalised
syllables ("Đồng Tháp", "Mỹ Tho"), so the text is cut between such runs and the other words, and a level word or a
joiner left dangling at the end ("… tỉnh", "… và") goes with the name it announced. Only new drafts are named so: a
stored record keeps its id (ids are never made again), and the same article drafted again is still found as the
stored visit's duplicate by its day, place and body (`store.extract.duplicates`).
"""

from __future__ import annotations

from ..folding import fold, slugify

_DANGLING = {"tinh", "thanh", "pho", "thi", "xa", "tran", "phuong", "huyen", "quan", "dac", "khu", "va", "cua", "tai",
             "so", "-", "–", "—"}
"""Folded words that name nothing once the name after them is cut off: a level ("tỉnh", "thành phố", "thị trấn",
"đặc khu"), a joiner, "số" without its number."""


def name_units(text: str) -> list[str]:
    """The words of `text`, a proper name's syllables kept together ("Đồng Tháp"), a number with the word before it
    ("số 7"); an acronym ("HĐND", "TP.HCM") is a unit of its own."""
    units: list[str] = []
    glue = False  # the unit before is a name a capitalised syllable continues
    for word in text.split():
        acronym = sum(ch.isupper() for ch in word) > 1
        capital = word[:1].isupper() and not acronym
        if units and ((capital and glue) or word.strip(",.;:").isdigit()):
            units[-1] += " " + word
        else:
            units.append(word)
        glue = capital
    return units


def cut_at_name(text: str, length: int) -> str:
    """`text`'s slug, cut to `length` at a unit's end (`name_units`) with no dangling word after the units that
    fit; a first unit longer than `length` alone is cut on a hyphen as before."""
    whole = slugify(text)
    if len(whole) <= length:
        return whole
    kept: list[str] = []
    for unit in name_units(text):
        if len(slugify(" ".join([*kept, unit]))) > length:
            break
        kept.append(unit)
    if not kept:
        return whole[:length].rsplit("-", 1)[0]
    named = list(kept)
    while named and fold(named[-1].split()[-1]) in _DANGLING:
        named.pop()
    return slugify(" ".join(named or kept))  # "tỉnh" alone, the only unit that fits, is kept rather than nothing
