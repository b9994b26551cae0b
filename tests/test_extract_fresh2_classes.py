"""Classes of phrasing a second fresh set of real articles missed (session 7): a province's party committee as the
host, a team talking with its hosts about "thời gian qua" (no round-up), a span written "giai đoạn năm A - B",
communes listed again without their level word."""

from __future__ import annotations

import pytest

from store.extract.periods import find_periods
from store.extract.place_hosts import host_province
from store.extract.place_mentions import Mention
from store.extract.place_siblings import settle_beside_siblings
from store.extract.text import Sentence
from store.gazetteer import gazetteer
from tests.leads import lead_draft as _draft
from tests.leads import places_coded


def _places(lead: str) -> list[tuple[int, int | None, str]]:
    return places_coded(_draft(lead).record)


@pytest.mark.parametrize(("lead", "code", "name"), [
    ("Chiều 3/4/2025, Phó Thủ tướng Trần Hồng Hà đã làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng về tình hình "
     "phát triển kinh tế - xã hội.", 4, "tỉnh Cao Bằng"),
    ("Sáng 12/5/2025, Đoàn công tác của Bộ Nội vụ làm việc với Thường trực Thành ủy Cần Thơ về sắp xếp bộ máy.",
     92, "thành phố Cần Thơ"),
])
def test_party_committee_of_a_province_hosts(lead: str, code: int, name: str) -> None:
    assert _places(lead) == [(code, None, name)]


def test_party_committee_that_visits_is_no_host() -> None:
    # the committee before the verb is the visitor: the commune it went to is the place, not its province
    lead = ("Sáng 3/4/2025, Ban Thường vụ Tỉnh ủy Cao Bằng làm việc với Đảng ủy xã Quảng Uyên về công tác "
            "chuẩn bị đại hội.")
    assert [name for _code, _ward, name in _places(lead)] == ["xã Quảng Uyên"]


@pytest.mark.parametrize("lead", [
    "Chủ tịch UBND xã Mường Chà Lò Văn Páo đã đến khảo sát hoạt động của Trung tâm Phục vụ hành chính công xã "
    "Mường Chà. Tại đây, ông trao đổi với công chức về những khó khăn, vướng mắc trong thời gian qua.",
])
def test_talking_with_hosts_about_recent_months_is_no_round_up(lead: str) -> None:
    assert _draft(lead).non_visit is None


def test_a_round_up_of_oversight_is_still_one() -> None:
    lead = ("Thời gian qua, Thường trực HĐND tỉnh đã tổ chức 12 cuộc giám sát, khảo sát tại các sở, ngành và "
            "địa phương.")
    assert _draft(lead).non_visit is not None


@pytest.mark.parametrize(("text", "first", "last"), [
    ("thực hiện chính sách giai đoạn năm 2009 - 2023", 2009, 2023),
    ("thực hiện chính sách giai đoạn 2016-2020", 2016, 2020),
])
def test_span_with_the_year_word_inside(text: str, first: int, last: int) -> None:
    [period] = find_periods(text, None)
    assert (period.first.year, period.last.year, period.data) == (first, last, False)


def test_oversight_of_a_span_dates_the_visit_after_its_last_year() -> None:
    # a span of a law's use closing with 2023, reviewed on a spring day: the year after (days_kinds_left, session 9)
    lead = ("Ngày 12/4, Đoàn giám sát của Ủy ban Thường vụ Quốc hội có buổi làm việc với UBND tỉnh Nghệ An về việc "
            "thực hiện chính sách, pháp luật về giao thông đường thủy giai đoạn năm 2009 - 2023.")
    assert _draft(lead).record["date"] == "2024-04-12"


def test_commune_listed_again_without_its_level_word_is_no_town() -> None:
    # "Bình Minh" alone is also a town (thị xã Bình Minh, Vĩnh Long): listed after "xã Bom Bo," it is the commune
    lead = ("Ngày 5/6/2019, Ban Pháp chế HĐND huyện giám sát tại các xã Bom Bo và Bình Minh. Đoàn làm việc với "
            "UBND xã Bom Bo, Bình Minh về cải cách hành chính.")
    assert {(code, ward) for code, ward, _name in _places(lead)} == {(75, 25405)}


def test_namesake_beside_its_sibling_in_the_same_old_district() -> None:
    # ten communes were called Bình Minh; the one of Bom Bo's old district became Bom Bo itself in 2025
    sentence = Sentence("tại các xã Bom Bo và Bình Minh", 0, 0)
    sibling = Mention("xã Bom Bo", "xã", "Bom Bo", 11, 20, sentence, resolution=gazetteer().resolve("xã Bom Bo"))
    namesake = Mention("Bình Minh", "xã", "Bình Minh", 24, 33, sentence)
    settle_beside_siblings([sibling, namesake])
    assert namesake.resolution is not None and namesake.resolution.ward is not None
    assert (namesake.resolution.ward.code, namesake.by_neighbours) == (25405, True)


def test_namesake_alone_stays_unresolved() -> None:
    namesake = Mention("xã Bình Minh", "xã", "Bình Minh", 7, 19, Sentence("tại xã Bình Minh", 0, 0))
    settle_beside_siblings([namesake])
    assert namesake.resolution is None


@pytest.mark.parametrize(("lead", "visit"), [
    ("Sáng 4/8/2025, Thủ tướng Chính phủ đã đi thăm và động viên cán bộ làm việc tại Trung tâm Phục vụ hành chính "
     "công tỉnh Tuyên Quang.", True),
    ("Chiều 6/3/2025, Bộ trưởng Bộ Nội vụ đến thăm Bộ phận Một cửa phường Hội An Tây.", True),
    # a minister's own gift call in a commune is a national leader's stop (the settled convention, session 15)
    ("Nhân dịp Tết, sáng 5/2/2025, Bộ trưởng Bộ Nội vụ đã đi thăm và tặng quà các gia đình chính sách tại xã Yên "
     "Sơn.", True),
    ("Nhân dịp Tết, sáng 5/2/2025, lãnh đạo Sở Nội vụ đã đi thăm và tặng quà các gia đình chính sách tại xã Yên "
     "Sơn.", False),
])
def test_leader_visiting_a_public_service_desk_is_a_visit(lead: str, visit: bool) -> None:
    assert (_draft(lead).non_visit is None) is visit


@pytest.mark.parametrize(("lead", "name"), [
    ("Nhằm nâng cao chỉ số hài lòng, Chủ tịch UBND xã – Lò Văn Páo cùng lãnh đạo Văn phòng đã đến khảo sát Bộ phận "
     "Một cửa xã Mường Chà.", "Lò Văn Páo"),
    ("Sáng 2/10/2025, Phó Chủ tịch HĐND tỉnh – Nguyễn Thị Hà cùng đoàn đã đến giám sát tại xã Mường Chà.",
     "Nguyễn Thị Hà"),
    ("Để chuẩn bị cho mùa mưa bão, Giám đốc Sở Xây dựng Trần Văn Hùng đã đi kiểm tra các công trình tại xã Mường "
     "Chà.", "Trần Văn Hùng"),
])
def test_title_dash_name_and_a_purpose_clause_first(lead: str, name: str) -> None:
    assert (_draft(lead).record.get("leader") or {}).get("name") == name


@pytest.mark.parametrize(("title", "lead", "expected"), [
    ("Lai Vung – Chủ tịch UBND huyện kiểm tra Bộ phận Một cửa",
     "Chiều 5/4/2023, Chủ tịch UBND huyện đã kiểm tra Bộ phận Tiếp nhận và Trả kết quả huyện.",
     [(82, None, "huyện Lai Vung")]),
    # a name several districts had ("Châu Thành") is no dateline to go by
    ("Châu Thành – Chủ tịch UBND huyện kiểm tra Bộ phận Một cửa",
     "Chiều 5/4/2023, Chủ tịch UBND huyện đã kiểm tra Bộ phận Tiếp nhận và Trả kết quả huyện.", []),
])
def test_headline_dateline_names_the_bare_district(title: str, lead: str, expected: list) -> None:
    got = [(loc["province"]["code"], (loc["ward"] or {}).get("code"), loc["name"])
           for loc in _draft(lead, title).record["localities"]]
    assert got == expected


@pytest.mark.parametrize(("sentence", "values"), [
    ("Xã có dân số hơn 14.000 người, trong đó người dân tộc Ba Na có gần 1.400 người.", []),
    ("Xã có dân số 9.000 người, trong đó 3.200 người là đồng bào dân tộc thiểu số.", []),
    ("Xã đã tiếp nhận 60 hồ sơ, trong đó 52 hồ sơ trực tuyến; hỗ trợ 1.400 người cài đặt VNeID.", [60, 52, 1400]),
])
def test_parts_of_a_population_are_no_figures(sentence: str, values: list[int]) -> None:
    lead = f"Sáng 25/5/2022, Đoàn khảo sát của HĐND tỉnh khảo sát tại xã Ia Dom. {sentence}"
    assert [f["value"] for f in _draft(lead).record["figures"]] == values


@pytest.mark.parametrize(("sentence", "values"), [
    ("Tỷ lệ hồ sơ trực tuyến chưa đạt 100%, xã giải quyết đúng hạn 98% hồ sơ.", [98]),
    ("Thời điểm kiểm tra chưa đánh giá các nhiệm vụ đạt 100%, xã trả kết quả 100% hồ sơ đúng hạn.", [100]),
    ("Xã giải quyết đúng hạn 100% hồ sơ, tỷ lệ hài lòng đạt 97%.", [100, 97]),
])
def test_a_share_not_reached_is_no_value(sentence: str, values: list[int]) -> None:
    lead = f"Sáng 25/5/2022, Đoàn kiểm tra của UBND huyện kiểm tra tại xã Quảng Uyên. {sentence}"
    assert [f["value"] for f in _draft(lead).record["figures"]] == values


@pytest.mark.parametrize(("sentences", "wholes"), [
    ("Xã đã tiếp nhận 60 hồ sơ, tất cả đều nộp trực tuyến. Xã đã trả kết quả 52 hồ sơ trước hạn, còn 8 hồ sơ đang "
     "giải quyết.", [None, 60, 60]),
    # no exact sum: a new count of the same kind is no part of the 60 (its own sentence may still split it)
    ("Xã đã tiếp nhận 60 hồ sơ, tất cả đều nộp trực tuyến. Năm trước xã tiếp nhận 48 hồ sơ, trả kết quả 40 hồ sơ.",
     [None, None, 48]),
])
def test_counts_adding_up_to_the_count_before_are_its_parts(sentences: str, wholes: list) -> None:
    lead = f"Sáng 25/5/2025, Đoàn kiểm tra của UBND tỉnh kiểm tra tại xã Mường Chà. {sentences}"
    assert [f.get("of") for f in _draft(lead).record["figures"]] == wholes


def test_inspection_committee_of_a_party_committee_is_no_host() -> None:
    sentence = Sentence("Sáng 3/4/2025, Ủy ban Kiểm tra Tỉnh ủy Cao Bằng làm việc với Đảng ủy xã Quảng Uyên.", 0, 0)
    assert host_province([sentence]) is None
    sentence = Sentence("Sáng 3/4/2025, Phó Thủ tướng làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng.", 0, 0)
    host = host_province([sentence])
    assert host is not None and host.resolution is not None and host.resolution.province.code == 4
