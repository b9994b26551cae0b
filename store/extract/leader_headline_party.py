"""A party committee's secretary who checks, named by office in the headline: "Quảng Bình: Bí thư Thị ủy Ba Đồn thị sát
khu rừng ...", and by name with that office in the opening ("Ông X, Bí thư Thị ủy Ba Đồn, khẳng định ...").

`leader_subjects.headline_office_holder` reads a People's Committee's or Council's office ("Chủ tịch UBND tỉnh");
a party committee ("Tỉnh ủy", "Huyện ủy", "Thị ủy", "Thành ủy", "Quận ủy") carries its level in its own name, and
a headline may open with its province and a colon.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import People, PersonMention
    from .text import Article

_HEADLINE_SECRETARY = re.compile(
    r"^\W*(?:[^:.;]{2,30}:\s*)?((?:Phó\s+)?Bí\s+thư\s+(?:Tỉnh|Thành|Huyện|Thị|Quận)\s+(?:ủy|uỷ)\b(?:\s+[A-ZĐ]\w*){0,3})"
    r"\s+(?:(?:đã|đi|đến|trực tiếp)\s+)?(?:kiểm tra|khảo sát|giám sát|thị sát)\b")
_RECEIVING = re.compile(r"\b(?:tiếp\s+đoàn|đón\s+đoàn|báo\s+cáo|làm\s+việc\s+với\s+đoàn)\b", re.IGNORECASE)


def headline_party_secretary(people: People, article: Article) -> PersonMention | None:
    """The person the opening sentences name with the headline's party office, when that office checks."""
    if not article.title or not (m := _HEADLINE_SECRETARY.match(article.title)):
        return None
    office = fold(m[1])
    opening = {id(s) for s in article.sentences[:3]}
    for mention in people.mentions:
        if id(mention.sentence) not in opening or name_parts(mention.name) < 2 or not mention.titles:
            continue
        if fold(mention.titles[0]) != office or _RECEIVING.search(mention.after[:60]):
            continue
        return mention
    return None
