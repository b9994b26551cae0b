"""A former district-level city's name said of its area after 1 July 2025 dates nothing, when the text shows the reform.

"TP Vinh", "TP Buôn Ma Thuột", "TP. Bảo Lộc" ceased as units on 1 July 2025 (`year_ceased_names.city`), but their
names live on in speech for the area: "khu vực phía đông TP Vinh", "du khách về TP. Bảo Lộc", a ward of 2025 named
beside it. Precedence of the evidence, decided here (session 21):
 1. What the text states of the reform outweighs a city's name used for a place: two-level local government named
    ("chính quyền địa phương hai cấp", "sau sắp xếp đơn vị hành chính": `date_cues.TWO_TIER`, `AFTER_REFORM`), or a
    commune or ward that exists only since the reform named with its level word and not as planned ("phường Trường
    Vinh"; `year_new_communes`' test and its refusals: a text whose years are all before 2025, a district visited, a
    day bound before the reform). Then a city's name written as a place, "thành phố X" or "TP X" with no organ
    before it, bounds no yearless day (`year_ceased_names.spoken_city`, read in `year_ceased_units` and
    `places.era_bounds`), the new unit's own bound (on or after 6/2025) stands, and the city visited beside a ward
    of today is no locality (`Places.localities`). A ward that kept its name through the reform ("phường B'Lao") is
    no such fact.
 2. A city's organs are no manner of speech: "HĐND TP Vinh", "UBND TP. Bảo Lộc", "Thành ủy Vinh", "Thường trực ...
    thành phố X" were gone after 1 July 2025 and still bound the day by it, whatever else the text says (if it also
    names a ward of 2025, the bounds contradict each other and `dates` notes it).
 3. Without such a fact, a city's name bounds the day as before: most texts that name one were written before the
    reform. A reform still ahead ("dự kiến", "khi chuyển sang mô hình hai cấp", "phương án") is no fact of it.
"""

from __future__ import annotations

from ..folding import fold
from ..reasons import reason
from .place_cues import named_as_former
from .place_outlets import strong
from .place_resolution import _hint_codes, written_level
from .places import Places, era_bounds
from .text import Article
from .year_bounds import TWO_TIER_START, Bound, named_years, year_bounds
from .year_new_communes import _PLANNED, NAMES_IN_USE, NAMES_SINCE, _only_since
from .year_runups import reform_ahead

__all__ = ["after_reform"]


def after_reform(article: Article, places: Places) -> list[Bound] | None:
    """The facts of the 2025 reform the text states, as bounds: [] when it names two-level government (a bound
    `year_bounds` sets itself), the lower bound of the first unit of 2025 named as such ("phường Trường Vinh", visited
    or not: `year_new_communes` bounds only visited ones); None when it states none."""
    if any(reform_ahead(fold(s.text)) for s in article.sentences):
        return None  # "khi chuyển sang mô hình chính quyền địa phương 2 cấp": written before it began
    bounds = year_bounds(article)
    if any(bound.lower and bound.day >= TWO_TIER_START for bound in bounds):
        return []  # "sau khi vận hành chính quyền địa phương hai cấp", as `year_bounds` reads it
    years = named_years(article)
    if era_bounds(places, reformed=True) or years and max(years) < NAMES_SINCE.year or \
            any(not bound.lower and bound.day <= TWO_TIER_START for bound in bounds):
        return None  # as `year_new_communes`: a district visited, a text of older years ("tổng kết năm 2023 của
        # HĐND xã Đô Lương"), a day still ahead of the reform: the new-looking name is no fact of it
    named = _hint_codes(strong(places.hints))
    for mention in sorted(places.mentions, key=lambda m: m.order):
        found, level = mention.resolution, written_level(mention)
        if mention.bare or mention.earlier is not None or found is None or found.ward is None or \
                found.former_ward is not None or level not in ("xã", "phường") or named_as_former(mention):
            continue
        text = mention.sentence.text if mention.sentence else (article.title or "")
        if not _PLANNED.search(text) and _only_since(mention.base, level, found.province.code, named):
            # "phường Trường Vinh": no ward of that name before the reform
            return [Bound(NAMES_IN_USE, True, reason("year.unit_since", name=mention.name, since="6/2025"), text)]
    return None
