"""More of the nouns a number counts in a local report: health, schooling, propaganda, farms, works, order, groups.

`figure_units` began with the words of one-stop desks (files, procedures, accounts) and grew one real page at a
time, so every unseen report brought a count noun it had never met ("1.120 liều vắc xin", "3.000 tờ rơi", "31 cơ sở
chế biến") and the figure was lost. A report on any field of a commune's work counts the same few kinds of things —
people by their role, doses and cases, leaflets and news items, trees and livestock, roads and houses, vehicles,
establishments, groups — so the list below is written field by field, not page by page, and
`tests/test_extract_figures_general.py` reads each noun in the phrasings reports use.

Left out on purpose, because after a number they far more often say how a thing was done than what it achieved:
time units (durations; airtime is `figure_airtime`), "lần" (a ratio: "tăng 2 lần"), "buổi" alone (how long: "trong 2
buổi"), "bài" alone ("3 bài học kinh nghiệm"), "con" alone (a family: "2 con nhỏ"), "nhân khẩu" (a population, the
place's make-up), hamlets ("14 thôn": the make-up; counted only as a result, in `figure_reach`).
"""

from __future__ import annotations

import re

__all__ = ["KIN", "MORE_UNITS", "NOT_AFTER", "SITE_UNITS", "kin_group", "site_visited"]

MORE_UNITS: list[tuple[str, tuple[str, ...]]] = [
    # health: doses, cases, patients, beds
    ("liều", ("liều vắc xin", "liều vaccine", "liều vắc-xin", "liều")),
    ("mũi", ("mũi tiêm", "mũi vắc xin", "mũi vaccine")),
    ("ca", ("ca mắc mới", "ca mắc", "ca bệnh", "ca nhiễm", "ca sinh", "ca phẫu thuật", "ca")),  # a bare "ca" counts
    # cases only before an illness or a medical act, else it is a shift ("trực 3 ca"): `figure_cases`
    ("bệnh nhân", ("bệnh nhân", "người bệnh")),
    ("giường bệnh", ("giường bệnh",)),
    ("khẩu trang", ("khẩu trang y tế", "khẩu trang")),
    # schooling and training: teachers, learners, children, rooms, scholarships, books
    ("giáo viên", ("giáo viên", "cán bộ quản lý, giáo viên")),
    ("học viên", ("học viên",)), ("sinh viên", ("sinh viên",)),
    ("trẻ", ("trẻ em", "trẻ")),
    ("cháu", ("cháu mầm non", "cháu")),  # a kindergarten's pupils ("đón 215 cháu"); a family's are `figure_family`
    ("phòng học", ("phòng học",)),
    ("thí sinh", ("thí sinh",)), ("phòng thi", ("phòng thi",)),  # an exam's candidates and rooms (an exam site checked)
    ("học bổng", ("suất học bổng", "xuất học bổng", "học bổng")),  # "xuất" is "suất" mistyped
    ("sách", ("cuốn sách", "bộ sách", "đầu sách", "cuốn")),
    # propaganda: printed matter, banners, news items, conferences, rounds of work
    ("tờ rơi", ("tờ rơi", "tờ gấp", "tờ bướm", "tài liệu tuyên truyền")),
    ("băng rôn", ("băng rôn", "băng-rôn", "băng zôn", "khẩu hiệu", "áp phích", "pa-nô, áp phích")),
    ("tin bài", ("tin, bài", "tin bài", "tin", "bài viết", "bài báo", "phóng sự", "chuyên mục")),
    ("tin báo", ("tin báo, tố giác", "tin báo", "tố giác", "nguồn tin")),  # "cung cấp 520 nguồn tin": reports too
    ("hội nghị", ("hội nghị",)),
    ("buổi", ("buổi tuyên truyền", "buổi tập huấn", "buổi sinh hoạt", "buổi họp", "buổi đối thoại",
              "buổi hướng dẫn", "buổi hỗ trợ")),  # a help team's rounds with the people (session 42)
    ("phiên", ("phiên hỗ trợ", "phiên tư vấn", "phiên giải đáp", "phiên hướng dẫn")),  # a hotline's or desk's
    # sessions with callers ("thực hiện 7.135 phiên hỗ trợ qua tổng đài"); a council's "phiên họp" is no result
    ("đợt", ("đợt",)),
    ("lá cờ", ("lá cờ", "lá cờ Tổ quốc")),
    # people by their role or membership
    ("hội viên", ("hội viên",)), ("đoàn viên", ("đoàn viên",)),
    ("nhân viên", ("nhân viên",)), ("bác sĩ", ("y, bác sĩ", "y bác sĩ", "bác sĩ")),
    ("chiến sĩ", ("chiến sĩ", "dân quân", "công an viên", "quân số")),  # a unit's strength: "có 44 quân số"
    ("thanh niên", ("thanh niên",)),
    ("phụ nữ", ("phụ nữ",)), ("cộng tác viên", ("cộng tác viên",)),  # women counselled, health and population aides
    ("cá nhân", ("cá nhân",)), ("tập thể", ("tập thể",)),  # commended: "khen thưởng 25 tập thể, 40 cá nhân"
    ("ứng cử viên", ("ứng cử viên", "người ứng cử")),
    ("hòa giải viên", ("hòa giải viên", "hoà giải viên")),  # a commune's mediators, beside its mediation teams
    ("bị can", ("bị can, phạm nhân", "bị can", "bị cáo")), ("phạm nhân", ("phạm nhân", "can phạm nhân")),
    # farms and trade: trees, livestock, products, cooperatives, establishments, markets
    ("cây", ("cây xanh", "cây giống", "cây ăn quả", "cây lâm nghiệp", "cây")),
    ("con", ("con gia súc", "con gia cầm", "con trâu, bò", "con trâu", "con bò", "con lợn", "con heo", "con dê",
             "con vật nuôi")),
    ("sản phẩm", ("sản phẩm OCOP", "sản phẩm",)),
    ("hợp tác xã", ("hợp tác xã", "Hợp tác xã", "HTX")),  # "có 5 Hợp tác xã đưa hàng lên sàn": the capital is
    ("tổ hợp tác", ("tổ hợp tác", "Tổ hợp tác", "THT")),  # the page's habit, still a count of cooperatives
    ("trang trại", ("trang trại", "gia trại")),
    ("cơ sở", ("cơ sở kinh doanh", "cơ sở sản xuất", "cơ sở")),
    ("làng nghề", ("làng nghề",)),
    ("thửa", ("thửa đất", "thửa")),  # plots of land left to measure, in dispute, titled (session 23)
    ("chợ", ("chợ",)), ("cửa hàng", ("cửa hàng", "siêu thị")),
    ("ki-ốt", ("ki-ốt", "ki ốt", "kiốt", "ki-ôt", "ki ôt", "kiot", "ki-ot", "quầy sạp", "sạp")),
    ("gian hàng", ("gian hàng", "quầy hàng", "điểm kinh doanh")),  # a market's or a fair's stalls (session 22)
    # works: roads, houses, lights, stations
    ("km", ("km", "ki-lô-mét", "kilômét")),  # a length, as "m" is: only of works built (`figure_measures`)
    ("tuyến đường", ("tuyến đường", "tuyến phố", "tuyến")),
    ("cây cầu", ("cây cầu",)),
    ("dự án", ("dự án", "công trình, dự án")),  # projects under way or checked ("tiến độ 3 dự án đường giao thông")
    ("nhà", ("nhà văn hóa", "nhà văn hoá", "nhà tình nghĩa", "nhà đại đoàn kết", "nhà tình thương", "nhà ở",
             "ngôi nhà", "nhà")),
    ("mái ấm", ("mái ấm công đoàn", "mái ấm tình thương", "mái ấm tình nghĩa", "mái ấm")),  # homes given
    ("phòng trọ", ("phòng trọ", "phòng ở")),  # rooms let to workers, as houses are ("cải tạo 2.300 phòng trọ")
    ("di tích", ("di tích lịch sử - văn hóa", "di tích lịch sử – văn hóa", "di tích lịch sử, văn hóa",
                 "di tích lịch sử", "di tích")),  # relics restored, ranked, registered (session 24); "có 27 di
    # tích" is the place's make-up (`figure_premises`)
    ("trụ sở", ("trụ sở làm việc", "trụ sở")),  # offices handed over or left spare after a merger (session 23)
    ("đèn", ("bóng đèn", "cột đèn", "đèn")),
    ("trạm", ("trạm BTS", "trạm phát sóng", "trạm biến áp")),  # bare "trạm" is mostly a site visited or the make-up
    ("cụm loa", ("cụm loa", "loa")),
    # record books, forms and data items a commune's desks or police keep ("cấp 85 sổ hộ nghèo", "thu nhận 1.250
    # phiếu", "làm sạch 3.400 thông tin dân cư"); the team's own survey forms are none (`figure_forms`)
    ("sổ", ("sổ",)), ("phiếu", ("phiếu",)), ("thông tin", ("thông tin",)),
    # power built and energy made or saved: only as a total or a result (`figure_power`)
    ("MW", ("MWp", "MW")), ("kW", ("kWp", "kW", "KW")), ("kWh", ("kWh", "KWh", "kwh")), ("MWh", ("MWh",)),
    ("GWh", ("GWh",)),
    # order and vehicles, papers issued
    ("phương tiện", ("phương tiện", "xe mô tô", "xe máy", "xe ô tô", "ô tô", "xe đạp", "xe")),
    ("biên bản", ("biên bản",)),
    ("giấy phép", ("giấy phép",)),
    # phones and subscribers
    ("thuê bao", ("thuê bao",)),
    ("ví điện tử", ("ví điện tử",)),  # "5.128 ví điện tử/15.124 hộ": e-wallets opened, as accounts are
    ("dịch vụ công", ("DVC trực tuyến", "DVC")),  # the abbreviation of `figure_units`' "dịch vụ công"
    ("điện thoại", ("điện thoại thông minh", "smartphone")),
    # groups and clubs; the teams of an election
    ("câu lạc bộ", ("câu lạc bộ", "CLB")),
    ("chi hội", ("chi hội",)),
    # reports write the bodies as names, capitalised ("thành lập 41 Tổ bầu cử", "665 Ban bầu cử và 2.614 Tổ bầu
    # cử", "28 Khu vực bỏ phiếu"; s31/fresh68 v06): the same counts, so the same units
    ("tổ bầu cử", ("tổ bầu cử", "Tổ bầu cử")), ("ban bầu cử", ("ban bầu cử", "Ban bầu cử")),
    ("ủy ban bầu cử", ("ủy ban bầu cử", "Ủy ban bầu cử", "Ủy ban Bầu cử")),
    ("đơn vị bầu cử", ("Đơn vị bầu cử",)), ("khu vực bỏ phiếu", ("Khu vực bỏ phiếu",)),
]
"""Appended to `figure_units.UNITS`; the first form is how the unit is stored."""

NOT_AFTER = (r"(?!(?<=cây)\s+số\b)(?!(?<=tin)\s+(?:tưởng|học|cậy)\b)(?!(?<=nhà)\s+(?:nước|máy|trường|đầu tư|thầu|"
             r"văn(?!\s+hó)|báo|xưởng|hàng|cung cấp|khoa học)\b)(?!(?<=xe)\s+(?:buýt\s+)?(?:chở|tải)\b)"
             r"(?!(?<=trạm)\s+(?:y tế|dừng)\b)(?!(?<=cơ sở)\s+(?:vật chất|dữ liệu|pháp lý|hạ tầng)\b)"
             r"(?!(?<=sản phẩm)\s+(?:du lịch)\b)(?!(?<=đợt)\s+(?:giám sát|khảo sát|kiểm tra)\b)"
             r"(?!(?<=cháu)\s+(?:nội|ngoại|ruột|là|của)\b)")
"""After a new unit, nouns it only begins: "cây số" (a kilometre), "tin tưởng", "nhà nước", "nhà máy", "trạm y tế"
(a place: counted where the report counts it as a unit), "cơ sở vật chất", "cơ sở dữ liệu"; the overseer's own
rounds ("2 đợt giám sát"), as its "cuộc giám sát" are; and a family's grandchildren ("3 cháu nội")."""

KIN: tuple[frozenset[str], ...] = (
    frozenset({"vụ việc", "vụ", "đơn", "kiến nghị", "phản ánh", "trường hợp", "tin báo", "việc"}),
    frozenset({"người", "cán bộ", "công chức", "đảng viên", "học sinh", "cử tri", "lao động", "đối tượng",
               "thành viên", "tình nguyện viên", "hội viên", "đoàn viên", "giáo viên", "học viên", "sinh viên",
               "bệnh nhân", "trẻ", "nhân viên", "bác sĩ", "chiến sĩ", "thanh niên", "cá nhân", "ứng cử viên",
               "liệt sĩ", "cháu", "bị can", "phạm nhân", "thí sinh", "phụ nữ", "cộng tác viên", "hòa giải viên",
               "đại biểu"}),  # the seats of an election (`figure_seats`), filled by people counted in "người"
    frozenset({"cơ quan", "đơn vị", "doanh nghiệp", "trường", "cơ sở", "hợp tác xã", "tổ hợp tác", "trang trại",
               "chợ", "cửa hàng", "ki-ốt", "gian hàng"}),
    frozenset({"văn bản", "kế hoạch", "quyết định", "công văn", "thông báo"}),
    frozenset({"công trình", "căn", "nhà", "dự án", "mái ấm"}),
)
"""Nouns that count the same kind of thing in other words: a part named with another noun than its whole ("tiếp nhận
35 vụ việc, trong đó có 11 đơn thư", "tập huấn cho 130 người, trong đó có 45 cán bộ thôn", "ban hành 25 văn bản,
trong đó 10 kế hoạch") is of that whole, which a count of another kind never is ("12 doanh nghiệp, trong đó 200 lao
động")."""


def kin_group(unit: str) -> frozenset[str] | None:
    return next((group for group in KIN if unit in group), None)


SITE_UNITS = frozenset({"cơ sở", "hợp tác xã", "trang trại", "chợ", "nhà", "trạm", "làng nghề", "cửa hàng", "hộ",
                        "công trình", "tuyến đường", "tuyến", "trụ sở"})
"""Where a team goes: establishments, farms, markets, houses; homes it calls on ("Đoàn đến thăm 3 hộ"); works and
roads it walks ("đoàn đã kiểm tra thực tế 3 công trình cấp nước", "khảo sát 2 tuyến đường")."""
_LIST_TAIL = r"(?:(?:hơn|trên|gần)\s+)?(?:\d{1,3}\s+[^\d.;:]{1,30}?(?:\s+gồm\s*:?|,|\s+và)\s+)*$"
_SITE_VISIT = re.compile(r"(?:\b(?:khảo sát|giám sát)\s+(?:(?:thực tế|trực tiếp|đột xuất)\s+)?(?:(?:tại|ở)\s+)?|"
                         r"\b(?:khảo sát|giám sát|kiểm tra)\b[^.;]{0,80}?\s(?:tại|ở)\s+)" + _LIST_TAIL, re.IGNORECASE)
_TEAM_AT = re.compile(r"\b(?:[Đđ]oàn|[Tt]ổ công tác)\b(?:(?!\bbáo cáo\b|\bnghe\b)[^.;]){0,60}?"
                      r"\b(?:kiểm tra|thăm|làm việc(?:\s+(?:với|tại))?|đến|tới)\s+"
                      r"(?:(?:thực tế|trực tiếp|đột xuất)\s+)?(?:(?:tại|ở)\s+)?" + _LIST_TAIL)
"""The overseer going to sites: its own verbs ("khảo sát thực tế 6 cơ sở gồm: 3 nhà văn hóa ...", "giám sát công tác an
toàn thực phẩm tại 11 cơ sở"), or the visiting
team as the subject of a check or a call ("Đoàn đã kiểm tra 3 cơ sở", "đoàn đến thăm 2 hợp tác xã"): where it went."""


def site_visited(text: str, start: int, unit: str) -> bool:
    """Whether a count of sites at `start` is where the visiting team went, not what the place's own work checked
    ("lực lượng chức năng xã đã kiểm tra 12 cơ sở kinh doanh" is a result)."""
    if unit not in SITE_UNITS:
        return False
    floor = max(0, start - 100)
    if unit in _WALKED:  # "Ban giám sát đầu tư của cộng đồng xã đã ... giám sát 11 công trình": the place's own work
        site = _SITE_VISIT.search(text, floor, start)
        return bool(site and not site[0].lower().lstrip().startswith("giám sát") or _TEAM_AT.search(text, floor, start))
    return bool(_SITE_VISIT.search(text, floor, start) or _TEAM_AT.search(text, floor, start))


_WALKED = frozenset({"công trình", "tuyến đường", "tuyến"})
"""Works and roads: a place's own boards oversee them too ("giám sát 11 công trình"), so only the team's walk
("khảo sát 2 công trình", "Đoàn đã kiểm tra thực tế 3 công trình") makes them places visited."""
