"""The provinces an article names anywhere, old or new: the hints its wards are read in.

"Bình Dương", "TPHCM", "tỉnh Lâm Đồng": a run of capitalised words that is a province's name, counted, most named
first. A commune or district named after a province ("xã Hòa Bình") and a province's name inside another name
("Công ty Than Khánh Hòa") are no hint. Kept apart from `place_mentions`, which finds the units the text names with
their level words; this reads the whole article for the provinces it is set in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer
from .place_mentions import TOKEN
from .place_name_tails import in_other_name
from .place_work_names import in_work_name

if TYPE_CHECKING:
    from .text import Article

__all__ = ["province_hints"]

_UNIT_WORD_BEFORE = re.compile(r"(?<![\w])(?:(?i:phường|thị trấn|quận|huyện)|(?<!thị )(?<!Thị )(?i:xã))\s+$")
"""A ward's or district's level word: the name after it is that unit's ("xã Hòa Bình", "huyện Hòa Bình" of Bạc Liêu),
while "thị xã Quảng Trị" and "thành phố Hòa Bình" lie in the province they are named after."""


def province_hints(article: Article) -> list[str]:
    """Provinces, old or new, the article names anywhere: "Bình Dương", "TPHCM", "tỉnh Lâm Đồng"."""
    places = gazetteer()
    counts: dict[str, int] = {}
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    for text in texts:
        tokens = list(TOKEN.finditer(text))
        i = 0
        while i < len(tokens):
            matched = 0
            for size in (4, 3, 2, 1):
                group = tokens[i:i + size]
                if len(group) < size or not all(t[0][0].isupper() for t in group):
                    continue
                if any(group[k + 1].start() - group[k].end() > 2 for k in range(size - 1)):
                    continue
                if any(re.search(r"[,;()]", text[group[k].end():group[k + 1].start()]) for k in range(size - 1)):
                    continue  # "xã Tân Tiến, Thanh Hóa", "(Thanh Hóa)": a name ends at a comma or bracket
                phrase = text[group[0].start():group[-1].end()]
                if size == 1 and not (phrase.isupper() and len(phrase) >= 3):
                    continue
                if _UNIT_WORD_BEFORE.search(text, max(0, group[0].start() - 12), group[0].start()):
                    matched = size  # "xã Hòa Bình", "huyện Hòa Bình": a commune or district so named, no province
                    break
                former = places.former_province(phrase)
                if former and in_other_name(text, group[0].start()):
                    matched = size  # "Công ty Than Khánh Hòa", "Trần Hòa Bình": a name, no province (place_name_tails)
                    break
                if former and in_work_name(text, group[0].start()):
                    matched = size  # "đập ngăn mặn Bình Nguyên và Bình Phước": a works' name (place_work_names)
                    break
                if former:
                    counts[former[0]] = counts.get(former[0], 0) + 1
                    matched = size
                    break
            i += matched or 1
    return [name for name, _ in sorted(counts.items(), key=lambda item: -item[1])]
