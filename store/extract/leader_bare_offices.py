"""A province written straight after a bare office, with no body word between: "Chủ tịch Hà Nội Vũ Đại Thắng".

Headlines and leads shorten "Chủ tịch UBND thành phố Hà Nội" to "Chủ tịch Hà Nội", "Bí thư Tỉnh ủy Hà Tĩnh" to
"Bí thư Hà Tĩnh". The province's words then stand between the office and the name with no level word or body to
end the title on, and were read as the first words of the name ("Hà Nội Vũ Đại Thắng"). A whole province's name
right after such an office, followed by a name of two words or more that opens with a surname, belongs to the
title.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .person_names import NAME_SURNAMES, name_parts

_BARE_OFFICE = re.compile(r"(?:^|[\s,(:])(?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc)\s+$")
"""An office that names no body, ending the text before the name ("Chủ tịch ", "Phó Bí thư ")."""


def without_province_after_office(name: str, before: str) -> str:
    """The name without the province a bare office put before it; the name as it was otherwise."""
    if not _BARE_OFFICE.search(before):
        return name
    words = name.split()
    for cut in (3, 2, 1):  # "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Hà Nội", "Huế"
        place, rest = " ".join(words[:cut]), words[cut:]
        if len(rest) < 2 or rest[0].lower() not in NAME_SURNAMES or name_parts(" ".join(rest)) < 2:
            continue
        if gazetteer().find_province(place):
            return " ".join(rest)
    return name
