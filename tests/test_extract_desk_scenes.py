"""A count whose clause opens on a unit named by its bare level word is that unit's (`figure_desk_scenes`)."""

from __future__ import annotations

from store.checks import check_record
from store.extract import extract_article

SITE = "https://hiephoa.bacgiang.gov.vn/tin-tuc/giam-sat.html"
LEAD = ("Ban Pháp chế HĐND huyện giám sát một cửa\n\n(10:05 | 03/11/2021)\n\nĐoàn giám sát của Ban Pháp chế HĐND huyện "
        "do bà Ngô Thị Hạnh, Trưởng Ban, làm Trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính đối với UBND "
        "xã Đoan Bái, UBND xã Mai Đình và Bộ phận một cửa Văn phòng HĐND-UBND huyện.\n\n")


def _places(sentence: str, url: str | None = SITE) -> dict[float, str | None]:
    record = extract_article(LEAD + sentence, url=url).record
    return {f["value"]: f.get("locality") for f in record["figures"]}


def test_the_desk_named_by_its_level_word_counts_for_the_district() -> None:
    places = _places("UBND xã Đoan Bái tiếp nhận 3.406 hồ sơ; UBND xã Mai Đình tiếp nhận 2.775 hồ sơ; Bộ phận một "
                     "cửa Văn phòng HĐND-UBND huyện tiếp nhận 12.604 hồ sơ, giải quyết đúng hạn 12.540 hồ sơ.")
    assert places == {3406: "xã Đoan Bái", 2775: "xã Mai Đình", 12604: "huyện Hiệp Hòa", 12540: "huyện Hiệp Hòa"}


def test_the_district_level_written_alone_counts_for_the_district() -> None:
    places = _places("Xã Mai Đình tiếp nhận 2.775 hồ sơ; cấp huyện tiếp nhận 12.604 hồ sơ.")
    assert places[12604] == "huyện Hiệp Hòa"


def test_the_districts_counts_raise_no_check_against_the_last_commune() -> None:
    text = ("UBND xã Mai Đình tiếp nhận 2.775 hồ sơ, giải quyết đúng hạn 2.770 hồ sơ; Văn phòng HĐND-UBND huyện "
            "tiếp nhận 1.604 hồ sơ, trong đó thuộc quyền cấp tỉnh giải quyết là 235 hồ sơ.")
    record = extract_article(LEAD + text, url=SITE).record
    assert check_record(record) == []


def test_a_commune_named_after_the_bare_district_keeps_its_count() -> None:
    places = _places("Theo báo cáo của UBND huyện, xã Mai Đình tiếp nhận 2.775 hồ sơ.")
    assert places[2775] == "xã Mai Đình"


def test_with_no_unit_of_that_level_listed_the_last_named_unit_is_kept() -> None:
    places = _places("UBND xã Mai Đình tiếp nhận 2.775 hồ sơ; UBND huyện tiếp nhận 12.604 hồ sơ.", url=None)
    assert places[12604] == "xã Mai Đình"
