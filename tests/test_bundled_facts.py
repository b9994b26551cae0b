"""Each bundled record's facts in data/surveys.json (the checks over the whole file: test_bundled_data).

The expected values below were taken by hand from the five source reports;
the test only reads files that ship with the repository.
"""

import pytest

from tests.bundled import DI_AN, LAI_THIEU, OLDEST_FIRST, RACH_DUA, TDM, THACH_THAT, load_records

HCM = {"name": "Thành phố Hồ Chí Minh", "code": 79}
HANOI = {"name": "Thành phố Hà Nội", "code": 1}

ID_DI_AN, ID_THACH_THAT, ID_TDM, ID_LAI_THIEU, ID_RACH_DUA = DI_AN, THACH_THAT, TDM, LAI_THIEU, RACH_DUA
EXPECTED_IDS = OLDEST_FIRST


@pytest.fixture(scope="module")
def by_id():
    return {r["id"]: r for r in load_records()}


META = [
    # id, date, certainty, kind, body, leader
    (ID_DI_AN, "2022-08-18", "inferred", "khảo sát",
     "Đoàn giám sát, Đoàn ĐBQH tỉnh Bình Dương", "Nguyễn Thị Ngọc Xuân"),
    (ID_THACH_THAT, "2023-05-16", "stated", "giám sát",
     "Đoàn giám sát số 1, HĐND TP Hà Nội", "Phùng Thị Hồng Hà"),
    (ID_TDM, "2023-05-24", "publication", "giám sát",
     "HĐND thành phố Thủ Dầu Một", "Nguyễn Văn Sum"),
    (ID_LAI_THIEU, "2025-09-04", "inferred", "khảo sát",
     "Đoàn ĐBQH TPHCM", "Nguyễn Văn Lợi"),
    (ID_RACH_DUA, "2025-09-09", "stated", "khảo sát",
     "Đoàn công tác số 7, Đoàn ĐBQH TPHCM", "Nguyễn Thị Yến"),
]


@pytest.mark.parametrize("rid,date,certainty,kind,body,leader", META)
def test_record_metadata(by_id, rid, date, certainty, kind, body, leader):
    r = by_id[rid]
    assert r["date"] == date
    assert r["date_certainty"] == certainty
    assert r["kind"] == kind
    assert r["body"] == body
    assert r["leader"]["name"] == leader
    assert r["leader"]["title"]
    assert r["notes"]


LEADER_TITLE_PARTS = [
    (ID_DI_AN, "Phó trưởng Đoàn đại biểu Quốc hội tỉnh"),
    (ID_THACH_THAT, "Phó chủ tịch Thường trực HĐND Thành phố"),
    (ID_TDM, "Phó Chủ tịch HĐND thành phố"),
    (ID_LAI_THIEU, "Trưởng Đoàn ĐBQH TPHCM"),
    (ID_RACH_DUA, "Phó Chủ tịch Nhóm Nữ ĐBQH Việt Nam"),
]


@pytest.mark.parametrize("rid,part", LEADER_TITLE_PARTS)
def test_leader_title(by_id, rid, part):
    assert part in by_id[rid]["leader"]["title"]


LOCALITIES = {
    ID_DI_AN: [
        ("TP. Dĩ An", "thành phố", "Bình Dương", HCM, None),
        ("phường Tân Đông Hiệp", "phường", "Bình Dương", HCM,
         {"name": "Phường Tân Đông Hiệp", "code": 25945}),
    ],
    ID_THACH_THAT: [
        ("huyện Thạch Thất", "huyện", None, HANOI, None),
    ],
    ID_TDM: [
        ("thành phố Thủ Dầu Một", "thành phố", "Bình Dương", HCM, None),
    ],
    ID_LAI_THIEU: [
        ("phường Lái Thiêu", "phường", None, HCM, {"name": "Phường Lái Thiêu", "code": 25966}),
    ],
    ID_RACH_DUA: [
        ("phường Vũng Tàu", "phường", None, HCM, {"name": "Phường Vũng Tàu", "code": 26506}),
        ("phường Rạch Dừa", "phường", None, HCM, {"name": "Phường Rạch Dừa", "code": 26536}),
    ],
}


@pytest.mark.parametrize("rid", EXPECTED_IDS)
def test_localities(by_id, rid):
    got = [
        (loc["name"], loc["level"], loc.get("former_province"), loc["province"], loc.get("ward"))
        for loc in by_id[rid]["localities"]
    ]
    assert got == LOCALITIES[rid]


# (metric, value, unit, of, period, locality) in the order they appear.
P2021 = ("2021-01-01", "2021-12-31")
P2022 = ("2022-01-01", "2022-12-31")
PQ1_2023 = ("2023-01-01", "2023-03-31")
P_RD = ("2025-07-01", "2025-09-06")

FIGURES = {
    ID_DI_AN: [
        ("ho-so-dvc-truc-tuyen", 3163, "hồ sơ", None, ("2021-01-01", "2022-07-31"), "TP. Dĩ An"),
    ],
    ID_THACH_THAT: [
        (None, 100, "%", None, None, "huyện Thạch Thất"),
        (None, 100, "%", None, None, "huyện Thạch Thất"),
        (None, 100, "%", None, None, "huyện Thạch Thất"),
    ],
    ID_TDM: [
        ("ty-le-hoan-thanh-nhiem-vu", 100, "%", None, None, "thành phố Thủ Dầu Một"),
        ("ho-so-dung-han", 25925, "hồ sơ", 25969, P2021, "thành phố Thủ Dầu Một"),
        ("ty-le-dung-han", 99.83, "%", None, P2021, "thành phố Thủ Dầu Một"),
        ("ho-so-dung-han", 45817, "hồ sơ", 45820, P2022, "thành phố Thủ Dầu Một"),
        ("ty-le-dung-han", 99.99, "%", None, P2022, "thành phố Thủ Dầu Một"),
        ("ho-so-dung-han", 7834, "hồ sơ", 7834, PQ1_2023, "thành phố Thủ Dầu Một"),
        ("ty-le-dung-han", 100, "%", None, PQ1_2023, "thành phố Thủ Dầu Một"),
    ],
    ID_LAI_THIEU: [],
    ID_RACH_DUA: [
        ("thu-tuc-toan-trinh", 99, "thủ tục", None, None, "phường Rạch Dừa"),
        ("thu-tuc-mot-phan", 299, "thủ tục", None, None, "phường Rạch Dừa"),
        ("ho-so-tiep-nhan", 2446, "hồ sơ", None, P_RD, "phường Rạch Dừa"),
        ("ho-so-giai-quyet", 2242, "hồ sơ", 2446, P_RD, "phường Rạch Dừa"),
        ("ho-so-dang-giai-quyet", 204, "hồ sơ", 2446, P_RD, "phường Rạch Dừa"),
        ("thu-tuc-cong-dvc-quoc-gia", 403, "thủ tục", None, None, "phường Rạch Dừa"),
        ("thu-tuc-cong-dvc-quoc-gia", 100, "%", None, None, "phường Rạch Dừa"),
        ("ho-so-tiep-nhan", 2077, "hồ sơ", None, ("2025-08-01", "2025-08-29"), "phường Vũng Tàu"),
        ("ty-le-truc-tuyen", 100, "%", None, ("2025-08-01", "2025-08-29"), "phường Vũng Tàu"),
        ("ty-le-dung-han", 91.2, "%", None, ("2025-07-01", "2025-08-29"), "phường Vũng Tàu"),
    ],
}


def _figure_key(f):
    period = (f["period"]["from"], f["period"]["to"]) if "period" in f else None
    return (f.get("metric"), f["value"], f["unit"], f.get("of"), period, f.get("locality"))


@pytest.mark.parametrize("rid", EXPECTED_IDS)
def test_figures(by_id, rid):
    figures = by_id[rid]["figures"]
    assert [_figure_key(f) for f in figures] == FIGURES[rid]
    for f in figures:
        assert f["label"].strip()


COUNTS = [
    # id, recommendations, directions, difficulties, people
    (ID_DI_AN, 5, 1, 1, 1),
    (ID_THACH_THAT, 1, 12, 0, 3),
    (ID_TDM, 0, 6, 1, 1),
    (ID_LAI_THIEU, 1, 5, 0, 1),
    (ID_RACH_DUA, 6, 3, 3, 0),
]


@pytest.mark.parametrize("rid,n_rec,n_dir,n_diff,n_people", COUNTS)
def test_item_counts(by_id, rid, n_rec, n_dir, n_diff, n_people):
    r = by_id[rid]
    assert len(r.get("recommendations", [])) == n_rec
    assert len(r.get("directions", [])) == n_dir
    assert len(r.get("difficulties", [])) == n_diff
    assert len(r.get("people", [])) == n_people


ADDRESSEES = [
    (ID_DI_AN, "recommendations", ["tỉnh", "Sở Thông tin - Truyền thông", "tỉnh", "tỉnh", None]),
    (ID_LAI_THIEU, "recommendations", ["thành phố và Trung ương"]),
    (ID_RACH_DUA, "recommendations",
     ["Chính phủ", "Chính phủ", "thành phố", "thành phố", "thành phố", "thành phố"]),
    (ID_LAI_THIEU, "directions", ["UBND phường Lái Thiêu"] * 5),
    (ID_THACH_THAT, "directions", ["huyện Thạch Thất"] * 12),
    (ID_TDM, "directions", ["UBND thành phố Thủ Dầu Một"] * 6),
]


@pytest.mark.parametrize("rid,key,expected", ADDRESSEES)
def test_addressees(by_id, rid, key, expected):
    assert [it.get("to") for it in by_id[rid][key]] == expected


DIRECTION_AUTHORS = [
    (ID_DI_AN, {"Đoàn giám sát"}),
    (ID_THACH_THAT, {"Phùng Thị Hồng Hà"}),
    (ID_TDM, {"Thành viên đoàn giám sát"}),
    (ID_LAI_THIEU, {"Nguyễn Văn Lợi"}),
    (ID_RACH_DUA, {"Nguyễn Thị Yến", "Đoàn công tác"}),
]


@pytest.mark.parametrize("rid,authors", DIRECTION_AUTHORS)
def test_direction_authors(by_id, rid, authors):
    assert {it["by"] for it in by_id[rid]["directions"]} == authors


RECOMMENDATION_AUTHORS = [
    (ID_DI_AN, {"UBND TP. Dĩ An", "phường Tân Đông Hiệp"}),
    (ID_THACH_THAT, {"huyện Thạch Thất"}),
    (ID_LAI_THIEU, {"UBND phường Lái Thiêu"}),
    (ID_RACH_DUA, {"UBND phường Rạch Dừa"}),
]


@pytest.mark.parametrize("rid,authors", RECOMMENDATION_AUTHORS)
def test_recommendation_authors(by_id, rid, authors):
    assert {it["by"] for it in by_id[rid]["recommendations"]} == authors


PEOPLE = [
    (ID_DI_AN, ["Phạm Văn Bảy"]),
    (ID_THACH_THAT, ["Lê Minh Đức", "Nguyễn Mạnh Hồng", "Nguyễn Minh Hồng"]),
    (ID_TDM, ["Trần Sĩ Nam"]),
    (ID_LAI_THIEU, ["Đoàn Tấn Dũng"]),
    (ID_RACH_DUA, []),
]


@pytest.mark.parametrize("rid,names", PEOPLE)
def test_people(by_id, rid, names):
    assert [p["name"] for p in by_id[rid].get("people", [])] == names


SOURCES = [
    (ID_DI_AN, {"outlet": "BDO", "author": "Hồ Văn"}),
    (ID_THACH_THAT, {
        "author": "Vũ Vân, Duy Hanh",
        "published": "2023-05-16",
        "title": "Phó Chủ tịch HĐND Thành phố Phùng Thị Hồng Hà- Giám sát công tác Cải cách "
                 "hành chính, xây dựng chính quyền điện tử và chuyển đổi số tại huyện Thạch Thất",
    }),
    (ID_TDM, {
        "published": "2023-05-25",
        "title": "HĐND thành phố TDM giám sát công tác CCHC tại UBND thành phố",
    }),
    (ID_LAI_THIEU, {"author": "Hồ Văn"}),
    (ID_RACH_DUA, {}),
]


@pytest.mark.parametrize("rid,source", SOURCES)
def test_source(by_id, rid, source):
    assert by_id[rid].get("source", {}) == source


TOPICS_REQUIRED = [
    (ID_DI_AN, {"cchc", "chuyen-doi-so", "buu-chinh-cong-ich", "dich-vu-cong-truc-tuyen"}),
    (ID_THACH_THAT, {"cchc", "chinh-quyen-so", "chuyen-doi-so", "chi-so-cchc", "mot-cua"}),
    (ID_TDM, {"cchc", "tthc", "mot-cua", "buu-chinh-cong-ich", "so-hoa-ho-so"}),
    (ID_LAI_THIEU, {"chuyen-doi-so", "de-an-06", "phi-dia-gioi", "chinh-quyen-2-cap"}),
    (ID_RACH_DUA, {"chuyen-doi-so", "de-an-06", "phi-dia-gioi", "dich-vu-cong-truc-tuyen"}),
]


@pytest.mark.parametrize("rid,topics", TOPICS_REQUIRED)
def test_core_topics(by_id, rid, topics):
    assert topics <= set(by_id[rid]["topics"])


@pytest.mark.parametrize("rid", EXPECTED_IDS)
def test_summary_keeps_names_exact(by_id, rid):
    r = by_id[rid]
    assert r["leader"]["name"] in r["summary"]
