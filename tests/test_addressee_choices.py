"""The offices a `to:` picker offers (`store.addressee_choices`, session 40): one choice per office however the
reports spelt it, shown as the spelling written most, counted as its `to:` clause then finds."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from store.addressee_choices import canonical, offered
from store.export import items_asked
from store.query import Filter


def _visit(*items: tuple[str, str]) -> dict[str, Any]:
    return {"recommendations": [{"text": "Việc.", "to": to, "status": status} for to, status in items],
            "directions": []}


VISITS = [
    _visit(("UBND tỉnh", "open"), ("Sở Tài chính tỉnh Đồng Nai", "done")),
    _visit(("Ủy ban nhân dân tỉnh", "done"), ("Sở  Tài chính", "open"), ("Sở GD-ĐT", "open")),
    _visit(("UBND tỉnh", "open"), ("Sở Giáo dục và Đào tạo", "done"), ("Ủy ban Kiểm tra Tỉnh ủy", "open")),
    _visit(("Sở GD & ĐT", "in progress")),
]


def test_one_choice_per_office_counted_as_its_clause_finds() -> None:
    assert [(one.label, one.visits, one.spellings) for one in offered(VISITS)] == [
        ("Sở GD & ĐT", 3, 3),  # three spellings written once each: the first in collation order shown
        ("UBND tỉnh", 3, 2),  # "Ủy ban nhân dân tỉnh" merged; "Ủy ban Kiểm tra" is another committee
        ("Sở Tài chính", 2, 2),  # spaces made one; "Sở Tài chính tỉnh Đồng Nai" grouped in (s41), as to: finds it
        ("Ủy ban Kiểm tra Tỉnh ủy", 1, 1),
    ]


def test_the_follow_up_clauses_keep_their_items() -> None:
    asked = items_asked(Filter.parse("status:open"))
    assert [(one.label, one.visits) for one in offered(VISITS, asked)] == [
        ("UBND tỉnh", 2), ("Sở GD-ĐT", 1), ("Sở Tài chính", 1), ("Ủy ban Kiểm tra Tỉnh ủy", 1)]  # done, in progress out


def test_canonical_writes_each_spelling_short() -> None:
    assert canonical("so giao duc va dao tao") == canonical("so gd - dt") == "so gd&dt"
    assert canonical("uy ban nhan dan tinh") == "ubnd tinh"
    assert canonical("uy ban kiem tra") == "uy ban kiem tra"  # no abbreviation of its own: as it is


def _offices(*written: str) -> list[tuple[str, int, tuple[str, ...]]]:
    """What the picker offers for one visit per addressee written."""
    return [(one.label, one.visits, one.others) for one in offered([_visit((to, "open")) for to in written])]


def test_a_department_named_with_its_one_province_is_one_choice_with_it() -> None:
    """Session 41: "Sở Tài chính" and "Sở Tài chính tỉnh Đồng Nai" were two choices, the first counting the visits
    of both; the longer is the shorter's (its province the only one the archive names that department with),
    offered under the shorter's spelling, whose clause finds both."""
    assert _offices("Sở Tài chính tỉnh Đồng Nai", "Sở Tài chính", "Sở Tài chính tỉnh Đồng Nai") == [
        ("Sở Tài chính", 3, ("Sở Tài chính tỉnh Đồng Nai",))]  # the shorter's label, though written less
    assert _offices("Sở Nội vụ", "Sở Nội vụ tỉnh", "Sở Nội vụ TP.HCM") == [
        ("Sở Nội vụ", 3, ("Sở Nội vụ tỉnh", "Sở Nội vụ TP.HCM"))]  # a bare level word; a city by its short name
    assert _offices("Sở GD&ĐT", "Sở Giáo dục và Đào tạo thành phố Hà Nội") == [
        ("Sở GD&ĐT", 2, ("Sở Giáo dục và Đào tạo thành phố Hà Nội",))]  # the abbreviation read as the long form


def test_look_alikes_stay_apart() -> None:
    # two provinces: "Sở Tài chính" may be either's, so each stays a body of its own
    assert [label for label, _, _ in _offices("Sở Tài chính", "Sở Tài chính tỉnh Đồng Nai", "Sở Tài chính TPHCM")] \
        == ["Sở Tài chính", "Sở Tài chính tỉnh Đồng Nai", "Sở Tài chính TPHCM"]
    # a province's committee and a named one, and a commune's: distinct bodies (only a department is extended)
    assert [label for label, _, _ in _offices("UBND tỉnh", "UBND tỉnh Đồng Nai", "UBND xã Tân Phú", "UBND")] == [
        "UBND", "UBND tỉnh", "UBND tỉnh Đồng Nai", "UBND xã Tân Phú"]
    # another department whose name goes on from the shorter's, and a shorter form not listed
    assert [label for label, _, _ in _offices("Sở Tài chính", "Sở Tài chính và Kế hoạch")] == [
        "Sở Tài chính", "Sở Tài chính và Kế hoạch"]
    assert [label for label, _, _ in _offices("Sở Tài chính tỉnh Đồng Nai")] == ["Sở Tài chính tỉnh Đồng Nai"]


def test_a_chain_of_shorter_forms_is_one_choice() -> None:
    assert _offices("Sở Y tế tỉnh Đồng Nai", "Sở Y tế tỉnh", "Sở Y tế") == [
        ("Sở Y tế", 3, ("Sở Y tế tỉnh", "Sở Y tế tỉnh Đồng Nai"))]


def test_a_district_office_named_with_its_one_district_is_one_choice_with_it() -> None:
    """Session 42: "Phòng X" and "Phòng X huyện Z" (or "… UBND huyện Z") were apart, where a department and its
    one province were one choice; the same rule now holds of a district's office and its district."""
    assert _offices("Phòng TN&MT huyện Yên Lạc", "Phòng Tài nguyên và Môi trường", "Phòng TN&MT UBND huyện Yên Lạc") \
        == [("Phòng Tài nguyên và Môi trường", 3, ("Phòng TN&MT huyện Yên Lạc", "Phòng TN&MT UBND huyện Yên Lạc"))]
    assert _offices("Phòng Nội vụ", "Phòng Nội vụ quận 3", "Phòng Nội vụ Q.3", "Phòng Nội vụ quận") == [
        ("Phòng Nội vụ", 4, ("Phòng Nội vụ Q.3", "Phòng Nội vụ quận", "Phòng Nội vụ quận 3"))]  # Q.3 is quận 3
    assert _offices("Phòng Tư pháp", "Phòng Tư pháp, UBND thị xã Tân Uyên", "Phòng Tư pháp thuộc UBND TX Tân Uyên") \
        == [("Phòng Tư pháp", 3, ("Phòng Tư pháp thuộc UBND TX Tân Uyên", "Phòng Tư pháp, UBND thị xã Tân Uyên"))]
    assert _offices("Phòng Kinh tế", "Phòng Kinh tế thành phố Thủ Đức") == [
        ("Phòng Kinh tế", 2, ("Phòng Kinh tế thành phố Thủ Đức",))]  # a city at a district's level


def test_district_offices_look_alikes_stay_apart() -> None:
    # two districts: "Phòng TN&MT" may be either's, so each stays an addressee of its own
    assert [label for label, _, _ in _offices("Phòng TN&MT", "Phòng TN&MT huyện Yên Lạc",
                                              "Phòng TN&MT UBND huyện Bình Xuyên")] == [
        "Phòng TN&MT", "Phòng TN&MT huyện Yên Lạc", "Phòng TN&MT UBND huyện Bình Xuyên"]
    # a province's police is no district's; another office whose name goes on; a district's committee alone
    assert [label for label, _, _ in _offices("Phòng Cảnh sát giao thông",
                                              "Phòng Cảnh sát giao thông Công an tỉnh Bình Dương")] == [
        "Phòng Cảnh sát giao thông", "Phòng Cảnh sát giao thông Công an tỉnh Bình Dương"]
    assert [label for label, _, _ in _offices("Phòng Văn hóa", "Phòng Văn hóa và Thông tin")] == [
        "Phòng Văn hóa", "Phòng Văn hóa và Thông tin"]
    assert [label for label, _, _ in _offices("UBND huyện", "UBND huyện Yên Lạc")] == [
        "UBND huyện", "UBND huyện Yên Lạc"]
    # no shorter form written: the two spellings of one district's office are not merged (no one clause finds both)
    assert len(_offices("Phòng TN&MT huyện Yên Lạc", "Phòng TN&MT UBND huyện Yên Lạc")) == 2


OFFICES = ("Phòng Tư pháp", "Phòng Nội vụ", "Phòng Y tế")
DISTRICTS = ("huyện Yên Lạc", "UBND huyện Bình Xuyên", "quận 3", "thị xã Tân Uyên")


@given(st.lists(st.tuples(st.sampled_from(OFFICES), st.sampled_from(("", *DISTRICTS))), min_size=1, max_size=8))
def test_offices_group_by_their_one_district_and_the_clause_finds_every_spelling(
        written: list[tuple[str, str]]) -> None:
    """Whatever an archive writes: an office with its district is grouped with the bare office exactly when the bare
    one is written and that district is the only one written with it; a choice counts every visit of its spellings."""
    spelt = [f"{office} {district}".strip() for office, district in written]
    choices = offered([_visit((to, "open")) for to in spelt])
    for choice in choices:
        members = {choice.label, *choice.others}
        assert choice.visits >= sum(to in members for to in spelt)  # its clause finds each visit of its spellings
    for office in OFFICES:
        districts = {district for named, district in written if named == office and district}
        grouped = office in spelt and len(districts) == 1
        for district in districts:
            assert any(f"{office} {district}" in one.others and one.label == office for one in choices) is grouped
