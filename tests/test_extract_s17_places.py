"""Session 17, places and years: a unit named inside a site's name, the former parts of a merged ward, a district
written bare before the reform, a district whose folded name another shares, a yearless day in a crop season.
Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.place_mentions import find_mentions
from store.gazetteer import gazetteer
from store.reasons import say


def _places(text: str, published: str | None = None) -> list[int | None]:
    record = extract_article(text, published=published).record
    return [(loc["ward"] or {}).get("code") for loc in record["localities"]]


def test_a_capitalised_school_kind_is_no_bare_unit_before_its_commune() -> None:
    found = find_mentions("Đoàn đã khảo sát tại Trường THCS xã Phú Mỹ và Trạm Y tế xã Phú Mỹ.", None, False, [])
    assert [(m.written, m.qualifier) for m in found] == [("xã Phú Mỹ", False), ("xã Phú Mỹ", False)]


def test_a_commune_called_like_a_site_stays_a_bare_unit() -> None:
    found = find_mentions("Đoàn làm việc tại Trạm Tấu và Công Hải.", None, False, [])
    assert [m.written for m in found] == ["Trạm Tấu", "Công Hải"]


def test_the_tones_written_choose_between_districts_folded_alike() -> None:
    found = [gazetteer().resolve(name) for name in ("huyện Phù Ninh", "huyện Phú Ninh")]
    assert [unit.province.code if unit else None for unit in found] == [25, 48]


def test_the_former_wards_in_brackets_are_no_visits() -> None:
    text = ("Khảo sát tại phường Thủ Dầu Một\n\nSáng 3/10/2025, Đoàn đại biểu Quốc hội TP Hồ Chí Minh do bà Lê Thị "
            "Nga, Phó Trưởng đoàn dẫn đầu đã khảo sát tại phường Thủ Dầu Một (sáp nhập từ các phường Phú Cường, "
            "Hiệp Thành và Chánh Nghĩa).")
    assert _places(text) == [25747]


def test_a_merger_still_planned_keeps_both_wards() -> None:
    text = ("Khảo sát sắp xếp đơn vị hành chính\n\nSáng 9/4/2024, Ban Pháp chế HĐND tỉnh Vĩnh Phúc do ông Trần Văn "
            "Hải, Trưởng ban dẫn đầu đã khảo sát việc sắp xếp đơn vị hành chính tại phường Tích Sơn và phường Liên "
            "Bảo, thành phố Vĩnh Yên.")
    assert len(_places(text)) == 2


def test_a_bare_district_before_the_reform_is_no_new_commune() -> None:
    text = ("HĐND tỉnh giám sát tại Tràng Định\n\nNgày 8/8/2024, Đoàn giám sát HĐND tỉnh Lạng Sơn do bà Vi Thị Hường, "
            "Phó Chủ tịch HĐND tỉnh dẫn đầu đã giám sát tại xã Kim Đồng và xã Chi Lăng.")
    assert _places(text) == [6019, 6040]  # Chi Lăng of Tràng Định (now Thất Khê), not of huyện Chi Lăng


def test_a_crop_season_dates_a_yearless_day() -> None:
    text = ("Kiểm tra xuống giống\n\nSáng 12-1, đoàn kiểm tra của UBND huyện Cai Lậy do ông Lê Văn Mười, Phó Chủ tịch "
            "UBND huyện dẫn đầu đã kiểm tra tiến độ xuống giống vụ Đông Xuân 2023-2024 tại xã Mỹ Thành Bắc.")
    draft = extract_article(text, today=date(2026, 12, 4))
    assert draft.record["date"] == "2024-01-12" and draft.record["date_certainty"] == "inferred"
    assert "vụ Đông Xuân 2023-2024" in say(draft.certainty["date"], "vi")


def test_a_season_before_a_later_data_period_anchors_nothing() -> None:
    text = ("Giám sát chuyển đổi cây trồng\n\nSáng 10/9, Đoàn giám sát của HĐND huyện Tuy Phước do ông Lê Văn Tịnh, "
            "Trưởng ban dẫn đầu đã giám sát tại xã Phước Sơn. Sau vụ Đông Xuân 2021-2022, trong 6 tháng đầu năm 2023 "
            "xã đã chuyển đổi 45 ha.")
    assert extract_article(text, today=date(2026, 12, 4)).record["date"] == "2023-09-10"


def test_a_numbered_unit_keeps_its_number_unless_a_word_follows() -> None:
    found = find_mentions("Đoàn giám sát tại xã Tân Phước 1 và xã Tân Phước 2.", None, False, [])
    assert [m.written for m in found] == ["xã Tân Phước 1", "xã Tân Phước 2"]
    counted = find_mentions("Xã Tân Phước 2 lần được khen thưởng.", None, False, [])
    assert [m.written for m in counted] == ["Xã Tân Phước"]


def test_an_island_district_and_commune_keep_their_level() -> None:
    found = find_mentions("Đoàn khảo sát tại huyện đảo Cô Tô và xã đảo Thạnh An.", None, False, [])
    assert [(m.base, m.level) for m in found] == [("Cô Tô", "huyện"), ("Thạnh An", "xã")]


def test_either_apostrophe_finds_the_unit() -> None:
    for name, code in (("xã Ea H'leo", 24184), ("xã Ea H’leo", 24184), ("xã Đắk R’Măng", 24637)):
        found = gazetteer().resolve(name)
        assert found is not None and found.ward is not None and found.ward.code == code, name


def test_old_names_in_brackets_before_the_arrangement_are_no_visits() -> None:
    text = ("Khảo sát tại phường Hạ Long\n\nSáng 3/10/2025, Ban Pháp chế HĐND tỉnh Quảng Ninh do bà Đỗ Thị Hằng, "
            "Trưởng ban dẫn đầu đã khảo sát tại phường Hạ Long (phường Hồng Hà, Hồng Hải, Bạch Đằng trước sắp xếp).")
    assert _places(text) == [6688]


def test_former_wards_after_mới_từ_sáp_nhập_or_bao_gồm_are_no_visits() -> None:
    for clause in ("mới từ sáp nhập phường Phú Cường, phường Hiệp Thành", "sau sáp nhập bao gồm phường Phú Cường, "
                   "phường Hiệp Thành"):
        text = ("Khảo sát tại phường Thủ Dầu Một\n\nSáng 3/10/2025, Đoàn đại biểu Quốc hội TP Hồ Chí Minh do bà Lê Thị "
                f"Nga, Phó Trưởng đoàn dẫn đầu đã khảo sát tại phường Thủ Dầu Một {clause}.")
        assert _places(text) == [25747], clause
