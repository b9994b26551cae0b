"""Which of an article's resolved unit mentions the delegation visited.

A visited unit is one named where the visit happens ("khảo sát ... tại phường X", "làm việc với UBND TP X",
"Tại phường X, đoàn ...", the next unit of a list that opened with a visited one); a unit named after a comma as
the place of another ("phường Tân Đông Hiệp, TP.Dĩ An") qualifies it and is no visit of its own. When no sentence
says so, the fall-backs go from the unit a title says is overseen, through the bare level the text refers to and
the province whose body hosts, to the unit named most often. Kept apart from `places`, which finds and resolves
the mentions, because choosing is a judgement about sentences and resolving a lookup in the gazetteer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..levels import WARD_LEVELS
from .place_abbreviations import spelled_once
from .place_agency_lists import listed_after_agencies
from .place_arrival_checks import checked_on_arrival
from .place_branch_wards import branch_ward
from .place_checked_fronts import front_checked, front_heard
from .place_checked_lists import listed_checked_unit, sites_of_listed_units
from .place_chosen_units import chosen_for_team
from .place_city_provinces import above_its_wards
from .place_constituencies import constituency_overseen
from .place_cues import (
    _AGENCY,
    _BODY_BEFORE,
    _COUNT,
    _GOES_LATER,
    _HOSTS_REPORT,
    _JOINED,
    _KEY_PEOPLE_HOST,
    _KIND_WORDS,
    _LISTED_IN,
    _OFFICES_OF,
    _OVERSEES,
    _OVERSEES_UNITS,
    _PROVINCE_OFFICE,
    _SCENE_START,
    _SITES_CHECKED_IN,
    _SITES_OF,
    _VILLAGE_BEFORE,
    _WORK_WITH,
    AREA_LISTED,
    accompanies,
    reports_after,
)
from .place_desks import desks_of
from .place_destinations import destination_named
from .place_district_pairs import checked_beside_its_district, district_after
from .place_findings_offices import office_in_the_findings
from .place_former_homes import former_home
from .place_former_marks import drop_qualifier, now_bracketed
from .place_future_seats import drop_future_seats
from .place_homes import home_before
from .place_host_councils import council_hosts
from .place_host_reports import reports_as_host
from .place_host_unit_names import host_unit_district
from .place_hosts import host_province, other_hosts
from .place_island_sites import island_of_the_work
from .place_islands import gone_out_to
from .place_later_clauses import later_in_its_sentence
from .place_level_counts import drop_level_count
from .place_list_fallback import with_its_list
from .place_made_of_gaps import made_of_brackets_dropped
from .place_mentions import VISIT_BEFORE, Mention
from .place_next_stops import next_stop
from .place_next_unit import opens_on_next_unit
from .place_objects import checked_object
from .place_office_lists import office_listed
from .place_outlet_bodies import outlet_body_province
from .place_own_unit import ward_opening_the_lead
from .place_party import party_committee_visited
from .place_poll_areas import poll_area_unit
from .place_poll_halls import poll_hall_unit
from .place_preamble import in_preamble
from .place_province_offices import agency_session_province, bare_agency_provinces, party_session_provinces
from .place_round_stops import among_them, later_stops, lying_only, where_the_round_lies
from .place_route_areas import route_area
from .place_route_ends import route_end
from .place_same_day_provinces import praised_provinces, same_day_province
from .place_setting_districts import setting_only
from .place_signatures import signed_by, unnamed_unit_province
from .place_site_grounds import sites_reached_in
from .place_site_lists import listed_site_unit, unit_of_the_site_at
from .place_staff_units import checked_through_staff
from .place_status_lists import in_status_list
from .place_surveyed_councils import council_surveyed
from .place_title_bodies import lead_body_matter, lead_body_province, title_body_province
from .place_title_joined import joined_in_title
from .place_topic_units import matter_of_a_session
from .place_trip_destinations import trip_destination
from .place_venues import body_province, dated_venue, province_level, site_ward
from .place_visited_sites import site_unit
from .visit_praised_hosts import praised_host

if TYPE_CHECKING:
    from .places import Places

__all__ = ["choose_visited"]


def choose_visited(places: Places, title: str) -> None:
    """Mark the visited mentions and set `places.visited`, the lower units before a province."""
    chosen: list[Mention] = []
    by_key: dict[tuple, Mention] = {}
    ordered = sorted(places.mentions, key=lambda m: m.order)
    titled: list[Mention] = []
    for index, mention in enumerate(ordered):
        if mention.resolution is None or mention.qualifier or mention.merged_part:
            continue  # "phường A (sáp nhập từ các phường B, C)": B and C say what A is made of (place_merged_parts)
        if mention.sentence is not None and home_before(mention.sentence.text, mention.start):
            continue  # "ông X, người xã A", "bà Y (xã B)", "cử tri xã C phản ánh": a home (place_homes)
        if mention.in_title:
            if _is_visit(mention, ordered[:index], title):
                titled.append(mention)
            continue
        if mention.key in by_key:
            mention.visited = True  # the same unit again: a list it heads ("các xã A, B và C") is visited too
            continue
        if _is_visit(mention, ordered[:index], title) or party_committee_visited(mention, places.sentences) or \
                office_in_the_findings(mention) or branch_ward(mention, places.sentences) or \
                among_them(mention, places.bare_refs) or \
                checked_beside_its_district(mention):  # "kiểm tra ... quỹ huyện và xã A" (place_district_pairs)
            # "tại một số UBND xã. Trong đó, tại UBND xã A" (place_round_stops)
            # "Tại thời điểm kiểm tra, UBND phường A vắng ..."; "Tại Trung tâm ... chi nhánh số 3 (phường A)"
            mention.visited = True
            if mention.key not in by_key:
                by_key[mention.key] = mention
                chosen.append(mention)
            if checked_beside_its_district(mention) and (district := district_after(mention, ordered)) and \
                    district.key not in by_key:  # "tại huyện và thị trấn A, huyện B": B too, before A (district_pairs)
                by_key[district.key] = district
                chosen.insert(chosen.index(by_key[mention.key]), district)
    # the unit a title says is overseen, unless the text names it only as where the visited units lie
    # ("tại hai xã A và B huyện X"): then the district qualifies them and is no visit of its own
    qualifying = {m.key for m in ordered if m.qualifier and not m.in_title}
    if any(m.level in WARD_LEVELS for m in chosen):  # "tại một số UBND xã thuộc huyện X. Trong đó, tại UBND xã A"
        qualifying |= {m.key for m in ordered if not m.in_title and where_the_round_lies(m)}  # (place_round_stops)
        lying = lying_only(chosen, ordered, lambda m, index: _is_visit(m, ordered[:index], title))
        # "Tại huyện X, Đoàn ... tại xã A": the district is the commune's setting (place_setting_districts)
        lying |= setting_only(chosen, ordered, places.sentences, lambda m, index: _is_visit(m, ordered[:index], title))
        for mention in ordered:  # "tại một số xã trên địa bàn huyện X. Tại xã A, ...": X chosen by its own cue
            if mention.key in lying:
                mention.visited = False
                by_key.pop(mention.key, None)
        chosen = [m for m in chosen if m.key not in lying]
    front = [m for m in titled if m.key not in qualifying and m.key not in by_key]
    # "tại xã A và huyện B": the district is the headline's second place, after its commune (place_title_joined)
    joined = [m for m in titled if m.key in qualifying and m.key not in by_key and
              joined_in_title(m, [t for t in ordered if t.in_title], title)]
    for mention in front + joined:
        mention.visited = True
        by_key[mention.key] = mention
    chosen = front + chosen + joined
    if not chosen:
        # "giám sát tại UBND thành phố": the unit of that level the article names elsewhere
        for level, _sentence in places.bare_refs:
            for mention in ordered:
                if mention.resolution and mention.level == level and mention.key not in by_key and \
                        not in_preamble(mention):  # "Thực hiện Nghị quyết ... hỗ trợ 5 huyện: A, B": the plan's
                    for unit in with_its_list(mention, ordered):  # "các huyện A, B và C ... các huyện này"
                        by_key[unit.key] = unit
                        chosen.append(unit)
                    mention.visited = True  # "Trong đó, tại UBND xã A, ... Đối với UBND xã B, ...": the round's
                    for stop in later_stops(mention, ordered):  # later stops too (place_round_stops)
                        by_key.setdefault(stop.key, stop)
                        chosen.append(stop)
                    break
            if chosen:
                break
    if not [m for m in chosen if m.level != "tỉnh"]:
        # "Tham gia đoàn có ... lãnh đạo UBND huyện A và huyện B": a province's round goes where its hosts lead
        for mention in ordered:
            if accompanies(mention) and mention.key not in by_key:
                by_key[mention.key] = mention
                chosen.append(mention)
    if not chosen and (body := body_province(places.sentences) or host_province(places.sentences)):
        hosts = [body, *other_hosts(body)]  # "... Tỉnh ủy A và Ban Thường vụ Tỉnh ủy B": both provinces hosted
        places.mentions.extend(hosts)  # "các đoàn của Tỉnh ủy X ... tại các xã, phường": the body's province
        chosen.extend(hosts)
    if not chosen and (outlet := outlet_body_province(places.sentences, places.hints)) is not None:
        places.mentions.append(outlet)  # "Đoàn kiểm tra của UBND tỉnh ... tại một số phường, xã", its paper
        chosen.append(outlet)  # (place_outlet_bodies)
    if not chosen:
        counts: dict[tuple, int] = {}
        held: dict[tuple, int] = {}  # "Chủ tịch UBND TP X <họ tên>": the office's unit, counted only if none else is
        for mention in ordered:
            if mention.resolution and mention.level != "tỉnh" and not in_preamble(mention) and not \
                    signed_by(mention) and not \
                    (mention.sentence is not None and (home_before(mention.sentence.text, mention.start) or
                                                       matter_of_a_session(mention.sentence.text[:mention.start]))):
                # not "ông X (xã A)" nor "bà Y, xã B, cho biết": a home is no visit, however often named; nor a
                # matter talked over, "Tại buổi làm việc, ... đối với 2 xã A và B" (place_topic_units)
                tally = held if mention.office_of_holder else counts
                tally[mention.key] = tally.get(mention.key, 0) + 1
        counts = counts or held
        if counts:
            best = max(counts, key=lambda key: counts[key])
            chosen += with_its_list(next(m for m in ordered if m.key == best), ordered)  # "các huyện A, B và C"
    if not chosen and (body := title_body_province(ordered, title)) is not None:
        chosen.append(body)  # "HĐND tỉnh A giám sát bệnh viện ...", no unit in the text (place_title_bodies)
    if not chosen and (body := lead_body_province(ordered)) is not None:
        chosen.append(body)  # "Ban ... HĐND TPHCM khảo sát tại Sở ...": a department's province (place_title_bodies)
    if not chosen and (body := lead_body_matter(ordered)) is not None:
        chosen.append(body)  # "HĐND tỉnh A ... đã giám sát việc cấp nước sạch ...", no place: the province's matter
    if not chosen and (body := unnamed_unit_province(ordered)) is not None:
        chosen.append(body)  # "HĐND tỉnh A đã làm việc tại UBND xã", signed by a district's writer (place_signatures)
    if chosen and all(province_level(m) for m in chosen) and (own := ward_opening_the_lead(ordered)):
        chosen = [own]  # "Sáng 24/11, UBND phường A tổ chức ... tại Trung tâm ... tỉnh": the ward's own desk
    if chosen and all(province_level(m) for m in chosen) and (island := island_of_the_work(chosen, ordered)):
        chosen = [island]  # "kiểm tra hiện trường ... đường trên đảo Lý Sơn": the island district (place_island_sites)
    lower = [m for m in chosen if not province_level(m)]
    lower = [m for m in lower if not above_its_wards(m, lower)]  # "tại TP Huế", then its ward (place_city_provinces)
    # "kiểm tra tại Công an phường A ... làm việc tại trụ sở Công an TP HCM": the province gone to is listed beside its
    # ward — told in a sentence of its own: "làm việc với Sở Nội vụ tỉnh X, huyện A và huyện B" lists the units
    bare = bare_agency_provinces(places.sentences) if lower else []  # "đến làm việc với Sở Y tế Hà Nội"
    bare += praised_provinces(places.sentences, lower) if lower else []  # "đánh giá cao ... của Tỉnh ủy A"
    bare += party_session_provinces(places.sentences) if lower else []  # "làm việc với Ban Thường vụ Tỉnh ủy A"
    sessions = list({m.key: m for m in ordered + bare if lower and m.resolution and not m.qualifier and
                     not m.in_title and (m in bare or agency_session_province(m) or same_day_province(m, lower)) and
                     all(low.sentence is not m.sentence for low in lower)}.values())
    places.mentions.extend(m for m in bare if m in sessions)
    places.visited = sessions + lower if lower else chosen
    for mention in places.mentions:
        mention.visited = mention.key in {m.key for m in places.visited} and not mention.qualifier


def _is_visit(mention: Mention, earlier: list[Mention], title: str) -> bool:
    text = mention.sentence.text if mention.sentence else ""
    if mention.in_title:
        # "Ban Văn hóa - Xã hội HĐND tỉnh giám sát chuyển đổi số huyện Lộc Hà": the unit the visit is about
        before = title[:mention.start]
        # "... tại các xã, phường trên địa bàn thành phố X": the city is where the units visited lie
        return bool(re.search(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thăm)\b", before, re.IGNORECASE)) and \
            (not _BODY_BEFORE.search(before) or council_surveyed(before) or council_hosts(before)) and \
            not re.search(r"(?:UBND|Ủy ban nhân dân|của|cho)\s+$", before) and \
            not re.search(r"\b(?:xã|phường|thị trấn)\b.*\b(?:trên địa bàn|thuộc)\s+$", before, re.IGNORECASE)
    if in_preamble(mention) or in_status_list(mention) or former_home(mention, earlier):  # (place_former_homes)
        return False  # "Thực hiện Kế hoạch ... trên địa bàn huyện X.": the plan's scope (place_preamble);
        # "Đến nay có 2 xã đạt 19 tiêu chí, gồm A, B": the district's record (place_status_lists)
    if constituency_overseen(mention) or office_listed(mention):
        return True  # "Tổ đại biểu đơn vị bầu cử xã A, B ... giám sát đối với UBND các xã nêu trên";
        # "kiểm tra tại Đảng bộ Quân sự huyện, Đảng bộ thị trấn A và ..." (place_office_lists)
    before = spelled_once(text[max(0, mention.start - 200):mention.start])  # "Ủy ban nhân dân (UBND) các xã: A"
    if AREA_LISTED.search(before):
        return True  # "khảo sát ... thuộc địa bàn 03 xã: A, B, C" (the later names follow it as one list)
    if destination_named(before):
        return True  # "Điểm đến tiếp theo của đoàn là UBND xã A" (place_destinations)
    if gone_out_to(mention, text) or checked_on_arrival(mention, text):
        return True  # "đã ra đảo Lý Sơn để kiểm tra" (place_islands); "đã đến huyện X kiểm tra" (place_arrival_checks)
    if chosen_for_team(mention, text) or checked_through_staff(mention, text):
        return True  # "Ủy ban MTTQ huyện A - đơn vị được tỉnh chọn để Đoàn đến làm việc" (place_chosen_units);
        # "kiểm tra, động viên cán bộ, chiến sĩ Công an huyện A, B": named through its officers (place_staff_units)
    if not province_level(mention) and listed_after_agencies(text, mention.start):
        return True  # "giám sát tại Công an tỉnh và phường A": the ward after the agencies (place_agency_lists)
    # "tại 03 phường (A, B, C)": the count and its bracket stand between the visit's cue and the first name
    # so do "đối với xã: A, B" and "tại các phường bao gồm: A, B"
    # and "tại 08 xã, phường gồm: A, B": two level words before one list
    before = re.sub(r"(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?(?:phường|xã|thị trấn|quận|huyện)"
                    r"(?:\s*(?:,|và|/)\s*(?:phường|xã|thị trấn))*\s*"
                    r"(?:[(:]|(?:bao\s+)?gồm\s*:?|là\s*:?)\s*$", "", before, flags=re.IGNORECASE)
    if council_hosts(before) or front_checked(before) or (front_heard(before) and reports_after(mention)):
        return True  # "làm việc với Thường trực HĐND xã A": the body is the host (place_host_councils);
        # "kiểm tra ... đối với UBND và Ủy ban MTTQ các phường: A, B", "nghe Ủy ban MTTQ xã A, B báo cáo": the body
        # checked or heard (place_checked_fronts)
    if _BODY_BEFORE.search(before):
        return council_surveyed(before)  # "khảo sát hoạt động của HĐND xã A": its unit (place_surveyed_councils)
    village = _VILLAGE_BEFORE.search(before)
    before = _VILLAGE_BEFORE.sub("", before)  # "tại bản Sa Ná, xã Na Mèo": the commune the village is in
    if _GOES_LATER.search(before) and (any(m.visited and m.sentence is not mention.sentence for m in earlier) or
                                       next_stop(mention, earlier)):  # (place_next_stops)
        return False  # "Đoàn sẽ tiếp tục giám sát tại huyện B trong tuần tới" after a visit to A: the next trip
    if later_in_its_sentence(mention, earlier):
        return False  # "...với xã A; chiều mai, đoàn làm việc với xã B": told in A's sentence (place_later_clauses)
    if mention.continuation or re.search(r"(?:,|;|\svà)\s+" + _COUNT + r"(?:" + _AGENCY + r"\s+)?$",
                                         drop_level_count(before), re.IGNORECASE):
        if _next_in_list(mention, earlier, text):
            return True
    if _OVERSEES.search(before) or _OVERSEES_UNITS.search(before) or checked_object(before, text[:mention.start]):
        return True
    if site_ward(mention, text) or dated_venue(mention, text) or site_unit(mention, text) or \
            host_unit_district(mention, text) or \
            listed_site_unit(mention, text) or unit_of_the_site_at(mention, text) or mention.site_bracket or \
            poll_hall_unit(mention, text) or poll_area_unit(mention, text):  # (place_site_lists); a Front's poll at
        # a hall (place_poll_halls); "tại khu vực bỏ phiếu số 4 xã A và khu vực bỏ phiếu số 2 xã B" (place_poll_areas)
        return True  # "khảo sát Phố X (phường 1, quận 10)"; "Sáng 5/2, tại phường X (tỉnh Y), đoàn ..." (place_venues);
        # "khảo sát tại Trạm Y tế xã A", "tại Đồn Biên phòng B, huyện C" (place_visited_sites)
    if province_level(mention) and _KEY_PEOPLE_HOST.search(before):
        return True  # "làm việc với lãnh đạo chủ chốt tỉnh X": the province hosts (place_cues)
    if mention.level == "tỉnh" and _PROVINCE_OFFICE.search(before):
        return True  # "làm việc với Sở Nội vụ tỉnh X": a province-level visit lists the province (t120, t237)
    if trip_destination(mention, text) or route_area(mention, text) or route_end(mention, earlier, text):
        return True  # "Thủ tướng ... đã trực tiếp đến A và B để kiểm tra"; "... cao tốc đi qua địa bàn các tỉnh A, B";
        # "kiểm tra tuyến đê từ xã A đến xã B" (place_route_ends)
    if _HOSTS_REPORT.search(before) and reports_after(mention):
        return True  # "Lãnh đạo các xã A, B và C đã báo cáo ...": the hosts report to the team that came
    if reports_as_host(mention):
        return True  # "Theo báo cáo của UBND xã A, ..."; "Báo cáo với đoàn, UBND phường B cho biết"
        # (place_host_reports)
    if praised_host(mention):
        return True  # "Phát biểu tại buổi làm việc, X đánh giá cao ... của Tỉnh ủy A" (visit_praised_hosts)
    if _WORK_WITH.search(before) or _OFFICES_OF.search(before) or _LISTED_IN.search(before) or \
            listed_checked_unit(mention) or sites_of_listed_units(mention, before) or desks_of(before):  # (place_desks)
        return True
    if sites_reached_in(before):
        return True  # "đến hiện trường các vị trí cột thuộc các huyện A, B kiểm tra" (place_site_grounds)
    if (_SITES_OF.search(before) or village is not None or _SITES_CHECKED_IN.search(before)) and \
            re.search(r"\b(?:kiểm tra|giám sát|khảo sát|làm việc|thăm|tham quan)\b", text[:mention.start],
                      re.IGNORECASE):
        return True  # polling stations "thuộc phường A"; villages before "(xã A)" in a sentence of the visit; a farm
        # toured, its address "(thôn 3, xã A)" (session 26)
    if re.search(r"\b(?:giám sát|khảo sát|kiểm tra)\b[^.;]{0,80}\bcủa\s+(?:(?:Thường trực\s+)?(?:HĐND|UBND)\s+)?"
                 r"(?:các|hai|ba)\s+$", before, re.IGNORECASE):
        return True  # "khảo sát tình hình hoạt động của HĐND các xã A, B và C": the units surveyed
    if (
        mention.start <= 150
        and _SCENE_START.match(text[: mention.start])
        and re.search(r"\bđoàn\b|giám sát|khảo sát|kiểm tra|làm việc|ghi nhận", text, re.IGNORECASE)
    ):
        return True
    if VISIT_BEFORE.search(before) and _KIND_WORDS.search(text[max(0, mention.start - 1000):mention.start]) and \
            not matter_of_a_session(text[:mention.start]):  # "Tại buổi làm việc, ... đối với 2 xã A"
        return True
    if mention.start <= 150 and _SCENE_START.match(text[: mention.start]) and \
            any(m.visited and not m.in_title and m.level == mention.level for m in earlier):
        return True  # "Giám sát tại xã A cho thấy ... Tại xã B, ...": the next stop of the same round, told alike
    return opens_on_next_unit(mention, earlier, text)  # "Xã B cũng đã ...", "Riêng xã B, ..." (place_next_unit)


def _next_in_list(mention: Mention, earlier: list[Mention], text: str) -> bool:
    """The unit follows a visited one in the same list: "xã A và xã B", "xã A (huyện X) và xã B", "xã A, huyện X và
    UBND thị trấn B". A unit that only qualifies the one before it (its district) is skipped over."""
    chain = [m for m in earlier if m.sentence is mention.sentence and not m.in_title and m.end <= mention.start]
    units = [m for m in chain if not m.qualifier and not m.merged_part and not now_bracketed(m.start, m.end, text)]
    if not units or not units[-1].visited:
        return False
    gap = made_of_brackets_dropped(text, units[-1].end, mention.start, chain)  # "(sáp nhập từ các phường B, C)"
    for qualifier in (m for m in chain if m.qualifier and m.start >= units[-1].end):
        gap = drop_qualifier(gap, text[qualifier.start:qualifier.end])  # "huyện B cũ và xã C" (place_former_marks)
    gap = drop_future_seats(gap)  # "(dự kiến là trụ sở xã B sau sáp nhập); xã C": the list goes on
    gap = drop_level_count(gap)  # "huyện X và 02 đơn vị cấp xã: xã A" (place_level_counts)
    gap = re.sub(r"\(\s*\)|(?<=\s)[-–](?=\s)|\b(?:thuộc|của)(?=\s*(?:,|;|và|$))", "", gap)  # what a qualifier stood in
    return bool(_JOINED.fullmatch(gap))
