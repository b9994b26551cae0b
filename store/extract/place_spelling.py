"""One spelling for a highland district whose name has an apostrophe.

Pages write "Ia H'Drai", "Ia H’Drai", "Ia H‘Drai" or "Ia Hdrai" for one district, often several ways in one
article; the gazetteer folds them to one key (`gazetteer.district_key`), and the record shows the name as the
gazetteer spells it, with the apostrophe and no space after it ("Ia H' Drai" in the source list is "Ia H'Drai").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import district_key
from ..resources import load_json

_APOSTROPHES = re.compile(r"['’‘ʼ`]")


@lru_cache(maxsize=1)
def _spelled() -> dict[str, str]:
    """Folded key -> the gazetteer's spelling, for the former districts whose names carry an apostrophe."""
    return {district_key(d["name"]): re.sub(r"\s*'\s*", "'", d["name"])
            for d in load_json("former_units.json")["districts"] if _APOSTROPHES.search(d["name"])}


def district_spelling(base: str) -> str:
    """ "Ia Hdrai", "Ia H’Drai" -> "Ia H'Drai"; any other name as written."""
    return _spelled().get(district_key(base), base)
