"""Which units the delegation visited, resolved to today's provinces and wards.

A unit is written as a level word and a capitalised name: "phường Lái Thiêu",
"huyện Thạch Thất", "TP.Dĩ An", "TP TDM", "phường  Rạch Dừa", "Phường 7"
(found by `place_mentions`). Each mention is resolved through the gazetteer, with the provinces
the article names (and, weakly, its outlet's: `place_outlets`) as hints for names that exist in
several provinces; a resolution whose level contradicts the written one ("phường X" found only as
a commune elsewhere) is refused (`place_resolution`). Which resolved units were visited is chosen
in `place_choice`; the notes on names that exist in several provinces are added here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..earlier_wards import moved_from
from ..folding import fold
from ..former_wards import best_tier
from ..gazetteer import DISTRICT_LEVELS, WARD_LEVELS, Resolution, Unit, gazetteer, split_level
from ..reasons import Reason, reason
from .dates import TWO_TIER_START, Bound
from .place_address_units import address_unit
from .place_captions import visit_captions
from .place_choice import choose_visited
from .place_city_qualifiers import qualify_province_cities
from .place_context import bare_province, own_district, provinces_of, settle_by_siblings, unique
from .place_cues import (
    named_as_former,
)
from .place_datelines import dateline_unit
from .place_descriptors import blank_descriptors
from .place_district_era import loose_districts, unsure_district
from .place_earlier_lists import settle_earlier_in_lists
from .place_era import settle_by_era, settle_other_levels
from .place_former_districts import former_district_mentions
from .place_future_seats import mark_future_seats
from .place_headline_districts import headline_district
from .place_islands import island_districts
from .place_joint_scenes import joint_subjects
from .place_mentions import Mention, addressee_units, find_mentions
from .place_merged_parts import mark_merged_parts
from .place_outlets import Clue, outlet_hints, strong
from .place_party import party_mentions
from .place_province_hints import province_hints
from .place_resolution import (
    _hint_codes,
    bare_ward,
    display_name,
    fallback_ward,
    in_district,
    lasted_to_2025,
    resolve,
    split_between,
    written_level,
)
from .place_run_on_names import cut_run_on_names
from .place_school_names import placed_by_schools
from .place_short_names import settle_short_names
from .place_siblings import drop_misread_districts, settle_beside_siblings
from .place_sites import site_district, site_districts, site_ward
from .place_status_lists import drop_counted_items
from .place_title_names import headline_names_levelled
from .place_title_provinces import title_provinces
from .place_unplaced import placed_by_its_list
from .place_venues import province_level
from .text import Article, Sentence
from .year_ceased_names import spoken_city

__all__ = ["Mention", "Places", "Unit", "addressee_units", "find_places"]


@dataclass
class Places:
    """What the article says about places: every mention, the visited ones, the provinces named."""

    mentions: list[Mention] = field(default_factory=list)
    visited: list[Mention] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)
    bare_refs: list[tuple[str, Sentence | None]] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    """The provinces, old or new, the wards were read in: named, implied by a district or body, the outlet's."""
    uncertain: dict[str, Reason] = field(default_factory=dict)
    """ "localities[i]" → why the unit may be another of the same name ("phường Phú Lợi" is in two provinces)."""
    districts: list[str] = field(default_factory=list)
    title: str = ""
    era: date | None = None
    """The visit's day the wards were last read against (`settle_by_era`)."""
    sentences: list[Sentence] = field(default_factory=list)
    reformed: bool = False
    """The text states a fact of the 2025 reform (`year_spoken_cities`): a city's name said as a place bounds no day."""
    loose: list[Mention] = field(default_factory=list)
    """Bare names dropped for want of a province, read again once the visit's year is known (`settle`)."""
    year_known: bool = True
    """The visit's year was stated, read from the page's day or bounded, not guessed (`place_district_era`)."""
    joints: dict[int, list[int]] = field(default_factory=dict)
    """Where each sentence's subjects of the places visited together end (`place_joint_scenes`), read when asked."""

    def localities(self, visit: date | None) -> list[dict]:
        """The record's `localities`, in the order the article first names them as visited."""
        self.settle(visit)
        out: list[dict] = []
        formers = {m.resolution.province.code: m.resolution.former_province for m in self.visited
                   if m.resolution and m.resolution.former_province}
        for mention in self.visited:
            found = mention.resolution
            if found is None or self._spoken_beside_ward(mention):
                continue
            if self._spoken(mention):  # "khảo sát ở thành phố Vinh", the reform stated, no ward: the province
                province = found.province.name
                name = province[0].lower() + province[1:] if province.startswith("Thành phố") else f"tỉnh {province}"
                if all(other["name"] != name for other in out):
                    out.append({"name": name, "level": "tỉnh", "province": found.province.as_dict(), "ward": None})
                continue
            locality: dict = {"name": mention.name, "level": found.level}
            former = found.former_province
            if former is None and found.ward is not None and visit is not None and visit < TWO_TIER_START:
                former = formers.get(found.province.code)
            if former is None and mention.level in WARD_LEVELS and found.ward is None:
                former = formers.get(found.province.code)
            if former:
                locality["former_province"] = former
            locality["province"] = found.province.as_dict()
            locality["ward"] = found.ward.as_dict() if found.ward else None
            if not self.year_known and (district := unsure_district(mention)):  # "về thăm Nho Quan", year unknown
                self._note(len(out), reason("place.district_or_commune", name=mention.name, district=district))
            out.append(locality)
        return out

    def _note(self, index: int, note: Reason) -> None:
        """Add `note` to what is said of the locality at `index`, after any note already there."""
        key = f"localities[{index}]"
        had = self.uncertain.get(key)
        self.uncertain[key] = note if had is None or had == note else reason("place.both", first=had, second=note)

    def _spoken_beside_ward(self, mention: Mention) -> bool:
        """A former city's name said as a place after the reform ("tại TP Buôn Ma Thuột" beside "UBND phường Buôn Ma
        Thuột", the text stating the reform: `reformed`) is no unit of the visit's day; the ward of today visited in
        its province is (`year_spoken_cities`)."""
        found = mention.resolution
        if found is None or not self._spoken(mention):
            return False
        return any(other.resolution is not None and other.resolution.ward is not None and
                   other.resolution.former_ward is None and other.resolution.province.code == found.province.code
                   for other in self.visited)

    def _spoken(self, mention: Mention) -> bool:
        """A former district-level city's name said as a place ("ở thành phố Vinh", not "UBND TP Vinh"), the text
        stating the reform (`reformed`): no unit on the visit's day. Beside a ward of today of its province visited,
        the ward is the locality (`_spoken_beside_ward`); alone, the province it lay in (the smallest unit of the
        visit's day sure to hold the area; session 22)."""
        found = mention.resolution
        return self.reformed and found is not None and found.ward is None and mention.level == "thành phố" and \
            not province_level(mention) and mention.sentence is not None and \
            spoken_city(mention.sentence.text, mention.start)  # not "thành phố Đà Nẵng", a province

    def settle(self, visit: date | None) -> None:
        """Read the wards again in the list of units of the visit's day, once it is known; choose again if any
        changed."""
        if visit is None or visit == self.era:
            return
        self.era = visit
        changed = settle_by_era(self.mentions, self.context or self.hints, self.districts, visit, self.year_known)
        if visit < TWO_TIER_START and self.year_known and (loose := loose_districts(self.loose, self.mentions,
                                                                                     self.context or self.hints)):
            self.mentions += loose  # "về thăm Nông Cống" in 2024, no province named: the district (place_district_era)
            changed = True
        if changed:
            settle_earlier_in_lists(self.mentions)  # read again: placed in the province only
            self.unresolved = [m for m in self.mentions if m.resolution is None]
            for mention in self.mentions:
                mention.visited = False
            self.uncertain = {}
            choose_visited(self, self.title)
            _same_names(self)

    def scene_at(self, sentence: Sentence, position: int) -> Mention | None:
        """The visited unit the text is talking about at `position` of `sentence`: the last one set before it."""
        if len(self.visited) == 1:
            return self.visited[0]
        best: Mention | None = None
        keys = {m.key for m in self.visited}
        for mention in self.mentions:
            if mention.in_title or mention.sentence is None or mention.genitive or mention.qualifier:
                continue
            if mention.key not in keys:
                continue
            if (mention.sentence.index, mention.start) < (sentence.index, position):
                best = mention
        if best is None:
            return None
        if self._joint_after(best, sentence, position):
            return None  # "Hai xã đã tiếp nhận 2.315 hồ sơ": both places', the visit's (`place_joint_scenes`)
        return next(m for m in self.visited if m.key == best.key)

    def _joint_after(self, best: Mention, sentence: Sentence, position: int) -> bool:
        """Whether a subject of the places visited together is written after `best` and before `position`."""
        assert best.sentence is not None
        for other in self.sentences[best.sentence.index:sentence.index + 1]:
            if other.index not in self.joints:
                self.joints[other.index] = joint_subjects(other.text)
            for end in self.joints[other.index]:
                if (best.sentence.index, best.start) < (other.index, end) <= (sentence.index, position):
                    return True
        return False


def era_bounds(places: Places, reformed: bool | None = None) -> list[Bound]:
    """A visited district, town or district-level city ceased on 1 July 2025: the visit came before it; a city's
    name said as a place bounds nothing when the text states the reform (`reformed`, else `places.reformed`)."""
    reformed = places.reformed if reformed is None else reformed
    bounds: list[Bound] = []
    for mention in places.visited:
        found = mention.resolution
        town = mention.written.lower().startswith("thị trấn")
        if found is None or (found.ward is not None and not town) or mention.sentence is None:
            continue
        if named_as_former(mention):
            continue  # "huyện X (cũ)": named as what it was, after it ceased
        if reformed and mention.level == "thành phố" and spoken_city(mention.sentence.text, mention.start):
            continue  # "khu vực TP Vinh" beside "phường Trường Vinh": the area's name in speech (year_spoken_cities)
        district = mention.level in DISTRICT_LEVELS and not gazetteer().former_province(mention.base) \
            and not gazetteer().find_province(mention.base)
        if town or district:
            bounds.append(
                Bound(
                    TWO_TIER_START,
                    False,
                    reason("year.former_unit", name=mention.name),
                    mention.sentence.text,
                )
            )
    return bounds


def find_places(article: Article, visit: date | None = None) -> Places:
    """Every unit mention, resolved; the visited ones chosen."""
    places = Places()
    texts: list[tuple[str, Sentence | None, bool]] = []
    if article.title:
        texts.append((article.title, None, True))
    texts += [(s.text, s, False) for s in article.sentences]
    texts += [(line, Sentence(line, -1, len(article.sentences) + n), False)
              for n, line in enumerate(visit_captions(article))]
    site = site_district(article)  # a district's own site: its district and province, weakly (`place_sites`)
    site = site or headline_district(article.title, " ".join(s.text for s in article.sentences))  # "Đồng Phú: ..."
    places.hints = unique(province_hints(article) + outlet_hints(article) + ([Clue(site.province)] if site else []))
    places.sentences = article.sentences
    headline: list[Mention] = []
    named = frozenset(_hint_codes(strong(places.hints)))  # "tại Bảo Lâm" of two provinces: the one named
    before = ""  # the sentence before, whose visit a site opening the next may be the place of (place_site_brackets)
    for text, sentence, in_title in texts:
        text = blank_descriptors(text)  # "tại xã biên giới Đắk Wil": the commune (place_descriptors)
        found = find_mentions(text, sentence, in_title, places.bare_refs, before)
        before = text if sentence is not None and sentence.paragraph >= 0 else ""
        found += former_district_mentions(text, sentence, in_title, found, named)  # "tại Vĩnh Cửu"
        found += island_districts(text, sentence, in_title, found)  # "ra đảo Lý Sơn": huyện Lý Sơn (place_islands)
        qualify_province_cities(found, text)  # "quận Ninh Kiều thành phố Cần Thơ": the district (place_city_qualifiers)
        places.mentions += found
        places.mentions += party_mentions(text, sentence, in_title)  # "Huyện ủy X": district X (place_party)
        if in_title:  # "... khảo sát tiến độ cao tốc ở Sóc Trăng, Hậu Giang" (place_title_provinces)
            headline = [m for m in title_provinces(text) if not any(f.start == m.start for f in found)]
    if not any(m.level in WARD_LEVELS and m.sentence is not None for m in places.mentions):
        places.mentions += headline  # only when the text names no commune: "tuyến đê qua xã A" is where it went
    if (addressed := address_unit(article.url, places.bare_refs, places.mentions)) is not None:
        places.mentions.append(addressed)  # "HĐND xã" only, the address's "...-x-long-giang-...": that commune
    mark_merged_parts(places.mentions)  # "phường A (sáp nhập từ các phường B, C)": no visits (place_merged_parts)
    mark_future_seats(places.mentions)  # "(dự kiến là trụ sở xã B sau sáp nhập)": no visit (place_future_seats)
    places.mentions = drop_misread_districts(places.mentions)  # "xã A, B" beside "xã B": B is no town
    cut_run_on_names(places.mentions)  # "tỉnh Hậu Giang Lê Tiến Châu": the province (place_run_on_names)
    places.mentions = drop_counted_items(places.mentions)  # "; 1 xã đạt ...": a count, no commune (place_status_lists)
    # context first: provinces, cities and old districts set where the wards are; a ward's name alone
    # (unique today in some province) must not win before the article has said where it is
    above = [m for m in places.mentions if not m.bare and m.level not in WARD_LEVELS]
    for mention in above:
        mention.resolution = resolve(mention, places.hints)
    hints = unique(places.hints + provinces_of(above))
    districts = [m.written for m in above if m.resolution and m.level in DISTRICT_LEVELS and not named_as_former(m)]
    districts = site_districts(site, districts)
    places.context = hints
    wards = [m for m in places.mentions if not m.bare and m.level in WARD_LEVELS]
    # "HĐND huyện Phong Điền ... tại xã Giai Xuân", no province: a district of two provinces, unplaced, still places
    # a commune of two where only one of them had the commune in that district (tried after the placed districts)
    loose = districts + [m.written for m in above if m.resolution is None and m.level in DISTRICT_LEVELS]
    for mention in wards:
        # "xã Hòa Bình, huyện Chi Lăng": a ward of its own district only, or of none the 2025 list has
        if (own := own_district(mention, above)) and lasted_to_2025(own) and \
                not moved_from(mention.base, written_level(mention) or "xã", own.base):
            mention.resolution = resolve(mention, hints, [own.written], strict=True) or in_district(mention, own)
        elif own:
            mention.resolution = resolve(mention, hints, [own.written, *districts])
        else:
            mention.resolution = site_ward(mention, site, hints, districts) or resolve(mention, hints, loose)
    settle_by_siblings(wards, hints, districts)
    settle_beside_siblings(wards)
    settle_other_levels(wards, hints, districts)
    places.districts, places.title = districts, article.title or ""
    hints = unique(hints + provinces_of(wards))
    headline_names_levelled(places.mentions)  # "... tại Đống Đa" over "quận Đống Đa": that unit (place_title_names)
    # a name the article also writes with its level ("huyện Ba Tri", then "tại Ba Tri") is that unit, not a ward
    levelled = {fold(m.base) for m in places.mentions
                if not m.bare and m.resolution is not None and m.level not in WARD_LEVELS}
    # a headline's bare province ("... khảo sát tại Phú Thọ") is that province even when the text writes it with its
    # level, as its organs' ("Đoàn ĐBQH tỉnh Phú Thọ"); listed only if no lower unit is visited (place_venues)
    kept = [m for m in places.mentions if not m.bare or m.in_title and bare_province(m) or (
        fold(m.base) not in levelled and (bare_ward(m, hints) or bare_province(m)))]
    ids = {id(m) for m in kept}  # no province at all: a bare name kept aside for the visit's year (settle)
    places.loose = [] if hints else sorted((m for m in places.mentions if id(m) not in ids and fold(m.base)
                                            not in levelled), key=lambda m: m.in_title)
    places.mentions = kept
    for mention in places.mentions:
        if mention.resolution is None and hints:
            mention.resolution = resolve(mention, hints, districts)
        if mention.resolution is None and mention.level in WARD_LEVELS:
            mention.resolution = fallback_ward(mention, places.mentions, hints)
        if mention.resolution is None and mention.level in WARD_LEVELS and not hints:
            mention.resolution = placed_by_schools(mention, article, districts)  # its schools bear its old parts' names
        if mention.resolution is None:  # "huyện A và huyện B" with B merged in 2020: A's province (place_unplaced)
            mention.resolution = placed_by_its_list(mention, places.mentions)
        if mention.resolution is not None:
            mention.name = display_name(mention)
        else:
            places.unresolved.append(mention)
    settle_short_names(places.mentions)  # "xã Bình Bắc" beside "xã Vĩnh Bình bắc": the one unit
    settle_earlier_in_lists(places.mentions)  # "phường A, B và C", B merged in 2024: the ward A and C became
    if (dateline := dateline_unit(article.title or "", places.bare_refs)) is not None:
        places.mentions.append(dateline)  # "Tháp Mười – Chủ tịch UBND huyện khảo sát ...": the bare "huyện"'s name
    choose_visited(places, article.title or "")
    _same_names(places)
    return places


def _other_old_provinces(found: Resolution, olds: set[str]) -> set[str]:
    """The old provinces among `olds` other than the chosen district's own: its old province when it was merged
    into today's (`former_province`), else today's province, which the district data name without "Thành phố"
    or "Tỉnh" ("huyện Hoà Vang" of "Đà Nẵng" chosen as "Thành phố Đà Nẵng" has no namesake to speak of)."""
    if found.former_province is not None:
        return olds - {found.former_province}
    return {old for old in olds if gazetteer().if_merged(old, found.province) is not None}


def _same_names(places: Places) -> None:
    """Say when a visited ward's name exists in other provinces too, and how the province was chosen."""
    codes = _hint_codes(places.context or places.hints)
    index = 0
    for mention in places.visited:
        found = mention.resolution
        if found is None:
            continue
        notes: list[Reason] = []
        if (earlier := mention.earlier) is not None:  # merged before 2025: today's ward is not known
            notes.append(reason("place.earlier", name=mention.name, district=earlier.district,
                                province=earlier.old_province))
        if parts := split_between(found):
            # the likeliest part (the source's default) is kept; the visit may have been to another part
            chosen = found.ward.name if found.ward else found.province.name
            notes.append(reason("place.split", name=mention.name, chosen=chosen, parts=list(parts)))
        if found.ward is not None:
            # the strictest spelling that matches: "Nam Đàn" is not "Nấm Dẩn"
            same = best_tier(mention.base, gazetteer().find_wards(mention.base), lambda w: split_level(w[0].name)[1])
            codes_elsewhere = {code for _, code in same}
            # a ward of that name merged away in 2025 elsewhere is as likely in an old article
            codes_elsewhere |= {code for old in gazetteer().former_wards(mention.base, written_level(mention))
                                for code in old.province_codes}
            others = sorted(
                {gazetteer().province(code).name for code in codes_elsewhere if code != found.province.code}
            )
            if others:
                how = "place.neighbours" if mention.by_neighbours else \
                    "place.chosen" if found.province.code in codes else "place.unsure"
                notes.append(reason(how, name=mention.name, others=others, chosen=found.province.name))
        elif mention.level in DISTRICT_LEVELS:  # "huyện Châu Thành": a dozen old provinces had one
            chosen = found.former_province or found.province.name
            olds = sorted(_other_old_provinces(found, gazetteer().district_old_provinces(mention.base, mention.level)))
            if olds:
                how = "place.chosen" if found.province.code in codes else "place.unsure"
                notes.append(reason(how, name=mention.name, others=olds, chosen=chosen))
        if notes:
            places.uncertain[f"localities[{index}]"] = notes[0] if len(notes) == 1 else reason(
                "place.both", first=notes[0], second=notes[1])
        index += 1
