"""A leader named in the headline with an office, and in the lead by that office alone.

Pages on a national leader's day often name the person once, in the headline ("Hoạt động của Chủ tịch Quốc hội X
tại tỉnh Y", "Phó Thủ tướng X kiểm tra ..."), and then only the office as the lead's subject ("Sáng 20/1, Chủ tịch
Quốc hội đến dâng hương ..., đến thăm, tặng quà ..."): the office in the lead is the headline's holder, who leads.
`people` asks this when no sentence names a head and the headline has no visit verb right after the name.

The office must be written bare in the lead (no other name after it) and be the subject of a going or visiting
verb; a headline's person whom the lead does not send anywhere is no leader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_names import name_parts
from .text import Sentence

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .leaders import Leader
    from .people import PersonMention
    from .text import Article

_GOES = (r"\s+(?:cùng\s+[^.;]{0,100}?\s+)?(?:đã\s+|vừa\s+)?(?:trực\s+tiếp\s+)?(?:(?:đi|đến|tới|về|xuống)\s+)?"
         r"(?:thăm|kiểm\s+tra|khảo\s+sát|giám\s+sát|làm\s+việc|dâng\s+hương|dâng\s+hoa|tặng\s+quà|trao\s+quà|"
         r"thị\s+sát|chúc\s+Tết|dự)\b")
"""After the bare office in the lead: the going ("đến dâng hương", "cùng lãnh đạo các bộ đã kiểm tra")."""
_OPENS = r"(?:^|[,:]\s*|\.\s+)\W*"
_LEAD = 2


def headline_holder(article: Article, mentions_of: Callable[[Sentence], list[PersonMention]],
                    make: Callable[..., Leader]) -> Leader | None:
    """The headline's titled person whose office, bare, is the subject of the lead's visit."""
    if not article.title:
        return None
    headline = Sentence(article.title, -1, -1)
    lead = [s.text for s in article.sentences[:_LEAD]]
    for mention in mentions_of(headline):
        if name_parts(mention.name) < 2 or not mention.titles:
            continue
        office = re.escape(mention.titles[0]).replace(r"\ ", r"\s+")
        if any(re.search(_OPENS + office + _GOES, text, re.IGNORECASE) for text in lead):
            return make(mention.name, mention.title, headline, "<office> X (headline); <office> đến thăm (lead)")
    return None
