"""What dates a visit from below without naming its year: a span overseen "to the end of" a year, and units and
bodies that exist only since early 2025.

- "việc thực hiện ... đến hết năm 2023": the oversight covers a span that closes on 31/12/2023; the visit comes
  after it, in 2024 or later (a topic's law "Luật ... năm 2020" names no period at all: `periods`);
- a district-level town or city made in early 2025 (`data/units_of_2025.json`: thị xã Mộc Châu from 1/2/2025): a
  visit there was on or after that day, and before 1/7/2025 (`places.era_bounds`) — so in 2025;
- a National Assembly committee made by the reorganisation of February 2025 ("Ủy ban Kinh tế và Tài chính"): a
  visit of it is on or after 18/2/2025;
- a ministry or department made by the mergers of 1 March 2025 ("Sở Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn
  giáo"): on or after 1/3/2025;
- a commune or ward that exists only since the reform ("xã Đô Lương"): on or after 1/6/2025, the month of its
  resolutions (`year_new_communes`).

Each is a lower `Bound`, read with the others by `dates._infer_year` (the latest lower bound wins).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..gazetteer import DISTRICT_LEVELS, district_key
from ..reasons import reason
from ..resources import load_json
from .dates import Bound
from .places import Places
from .text import Article
from .year_new_communes import new_commune_bounds

_TO_YEAR_END = re.compile(r"\b(?:đến|tới)\s+hết\s+năm\s+(\d{4})(?!\d)", re.IGNORECASE)
_BODIES_OF_2025 = re.compile(r"\b(?:Ủy|Uỷ)\s+ban\s+(?:Kinh tế và Tài chính|Văn hóa và Xã hội|Văn hoá và Xã hội|"
                             r"Dân nguyện và Giám sát|Công tác đại biểu)\b")
"""The committees of the National Assembly made on 18/2/2025 (the others kept their names from before)."""
BODIES_SINCE = date(2025, 2, 18)
_MERGED_SECTORS = re.compile(r"\b(?:Bộ|Sở|Phòng|ngành)\s+(?:Nông nghiệp và Môi trường|Dân tộc và Tôn giáo)\b|"
                             r"\b(?:Bộ|Sở|ngành)\s+(?:NN&MT|NN và MT|NNMT)\b")
"""The ministries and departments made by the mergers of 1 March 2025 ("Sở Nông nghiệp và Môi trường", "Bộ Dân tộc
và Tôn giáo"): named as working, they date the visit on or after that day."""
SECTORS_SINCE = date(2025, 3, 1)


@lru_cache(maxsize=1)
def _units_since() -> dict[tuple[str, str], date]:
    return {(district_key(d["name"]), d["level"]): date.fromisoformat(d["since"])
            for d in load_json("units_of_2025.json")["districts"]}


def lower_bounds(article: Article, places: Places) -> list[Bound]:
    """The days the visit was on or after, as the scopes, units and bodies the article names say."""
    bounds: list[Bound] = []
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    for text in texts:
        for end in _TO_YEAR_END.finditer(text):
            year = int(end[1])
            bounds.append(Bound(date(year + 1, 1, 1), True, reason(
                "year.data_period", period=end[0], end=f"31/12/{year}"), text))
        if body := _BODIES_OF_2025.search(text):
            bounds.append(Bound(BODIES_SINCE, True, reason("year.unit_since", name=body[0], since="18/2/2025"), text))
        if sector := _MERGED_SECTORS.search(text):
            bounds.append(Bound(SECTORS_SINCE, True, reason("year.unit_since", name=sector[0], since="1/3/2025"), text))
    for mention in places.visited:
        if mention.resolution is None or mention.level not in DISTRICT_LEVELS or mention.resolution.ward:
            continue
        since = _units_since().get((district_key(mention.base), mention.resolution.level))
        if since:
            bounds.append(Bound(since, True, reason("year.unit_since", name=mention.name,
                                                    since=f"{since.day}/{since.month}/{since.year}"),
                                mention.sentence.text if mention.sentence else article.title))
    return bounds + new_commune_bounds(article, places)  # "xã Đô Lương": a commune only since 2025
