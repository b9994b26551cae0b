"""What a gazetteer look-up returns, and the keys it files a name under.

`Unit` and `Resolution` are what every caller of `store.gazetteer` holds; the keys (`district_key`, one apostrophe,
one dash, initials) are how a page's spelling meets the lists'. Kept apart from the look-ups so that the gazetteer's
module stays about looking up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dashes import one_dash
from .folding import fold, unpadded
from .former_wards import FormerWard


@dataclass(frozen=True)
class Unit:
    """An official unit: {name, code} as stored in records."""

    name: str
    code: int

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "code": self.code}


@dataclass(frozen=True)
class Resolution:
    """What a unit named in a report is today."""

    level: str
    province: Unit
    ward: Unit | None = None
    former_province: str | None = None
    former_ward: FormerWard | None = None
    """Set when the name was a ward or commune merged away in 2025: `ward` is what it became."""


def district_key(name: str) -> str:
    """`fold` with the apostrophe of a highland name and the spaces around it dropped: "Ia H' Drai", "Ia H’Drai" and
    "Ia Hdrai" are one district, whichever of ' ’ ‘ ʼ the page typed; so are "Phan Rang-Tháp Chàm" and "Phan Rang –
    Tháp Chàm", whichever dash (`one_dash`)."""
    return _APOSTROPHE.sub("", fold(one_dash(name)))


_APOSTROPHE = re.compile(r"\s*['’‘ʼ`]\s*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def one_apostrophe(split: tuple[str | None, str]) -> tuple[str | None, str]:
    """A ward's name with one apostrophe: the list of 2025 writes "Xã Ea H’leo", the older lists and many pages "Đắk
    R'Măng", others type either: all are read with "'". Likewise one dash: the list writes "Xã Chân Mây – Lăng Cô",
    pages "Chân Mây - Lăng Cô" or "Chân Mây-Lăng Cô": all are read " - " (`one_dash`); and a number without its
    leading zeros (`unpadded`)."""
    return split[0], unpadded(one_dash(split[1].translate(_APOSTROPHES)))



def initials(name: str) -> str:
    return "".join(word[0] for word in fold(name).replace("-", " ").split() if word)
