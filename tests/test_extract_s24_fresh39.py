"""Session 24, fresh39: a bare office written before a province and a name ("Chủ tịch Hà Nội Vũ Đại Thắng") keeps
the province in the title (`leader_bare_offices`); a bare number counting quarters after a ward in a list ("phường
Tân An và 6 khu phố của phường Hiệp An") names no numbered ward (`place_names.counts_quarters`); an office's holders
"có mặt tại" a public-service desk to greet or check call on it (`visit_desk_calls.present_at_desk`)."""

from __future__ import annotations

import pytest

from store.extract.leader_bare_offices import without_province_after_office
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.place_names import counts_quarters
from store.extract.text import Article, read_article
from store.extract.visit_desk_calls import present_at_desk


@pytest.mark.parametrize(("before", "name", "expected"), [
    ("Sáng 23-2, Chủ tịch ", "Hà Nội Vũ Đại Thắng", "Vũ Đại Thắng"),
    ("(PLO)- Phó Bí thư ", "Hà Tĩnh Trần Minh Đức", "Trần Minh Đức"),
    ("Chủ tịch ", "Đồng Nai Phan Văn Tín", "Phan Văn Tín"),
])
def test_a_province_after_a_bare_office_is_the_titles(before: str, name: str, expected: str) -> None:
    assert without_province_after_office(name, before) == expected


@pytest.mark.parametrize(("before", "name"), [
    ("Chủ tịch ", "Hà Văn Minh"),  # a surname that opens no province's name
    ("đồng chí ", "Hà Nội Vũ Đại Thắng"),  # no bare office before it
    ("Chủ tịch UBND ", "Hà Nội Vũ"),  # one word left: no name
])
def test_other_names_are_kept(before: str, name: str) -> None:
    assert without_province_after_office(name, before) == name


@pytest.mark.parametrize("text", ["và 6 khu phố của phường Hiệp An", "và 3 tổ dân phố của phường B", "và 2 ấp"])
def test_a_count_of_quarters_is_no_numbered_ward(text: str) -> None:
    assert counts_quarters(text, text.split()[1], len("và ") + len(text.split()[1]))


@pytest.mark.parametrize("text", ["và 6, quận 3", "và 6.", "và 6 thuộc quận 5", "và Tân Định"])
def test_a_numbered_ward_or_a_name_stays(text: str) -> None:
    name = text.split()[1].rstrip(",.")
    assert not counts_quarters(text, name, len("và ") + len(name))


def _article(*sentences: str) -> Article:
    return read_article("\n\n".join(("Tin đầu năm", *sentences)))


def test_an_office_present_at_its_desk_to_greet_is_a_call() -> None:
    article = _article("Sáng 23/2/2026, nhiều người dân đến làm thủ tục.",
                       "Thường trực Đảng ủy xã Kbang đã có mặt tại Trung tâm Phục vụ hành chính công xã để thăm hỏi "
                       "người dân.")
    assert present_at_desk(article) is not None


@pytest.mark.parametrize("sentence", [
    "Nhiều người dân đã có mặt tại Trung tâm Phục vụ hành chính công xã Kbang để làm thủ tục.",
    "Lãnh đạo xã đã có mặt tại hội trường để dự lễ khai giảng.",  # no public-service desk
])
def test_others_present_are_no_call(sentence: str) -> None:
    assert present_at_desk(_article(sentence)) is None


def test_a_ward_after_an_abbreviated_citys_centre_is_listed_after_it() -> None:
    text = ("Ngày 5/1, đoàn kiểm tra công vụ tại Trung tâm Phục vụ hành chính công TP. Đà Nẵng – Chi nhánh số 1 và "
            "phường Hải Châu.")
    assert listed_after_agencies(text, text.index("phường Hải Châu"))
