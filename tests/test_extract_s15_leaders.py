"""Leader and visit-or-not classes of session 15 (ethnic names, office-first visitors, captions, trips); the texts are
written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.person_names import name_at


def leader_of(text: str) -> str | None:
    draft = extract_article(text)
    assert draft.non_visit is None, draft.non_visit
    return (draft.record.get("leader") or {}).get("name")


# -- names of other peoples, bare after a title and its province ----------------------------------------------------


@pytest.mark.parametrize(("title", "name"), [
    ("Phó Chủ tịch HĐND tỉnh Gia Lai", "Rah Lan Hiếu"),
    ("Trưởng Ban Dân tộc HĐND tỉnh Ninh Thuận", "Katơr Thị Nga"),
    ("Trưởng Ban Dân tộc HĐND tỉnh Lâm Đồng", "K'Điệp"),
    ("Phó Trưởng Ban Dân tộc HĐND tỉnh Đắk Lắk", "H'Dim Ayŭn"),
    ("Phó Chủ tịch UBND tỉnh Lào Cai", "Cứ A Sài"),
    ("Phó Chủ tịch UBND tỉnh Cao Bằng", "Lành Văn Tuấn"),
])
def test_a_name_of_another_people_after_a_title_and_its_province(title: str, name: str) -> None:
    text = f"Sáng 3/10/2024, {title} {name} cùng đoàn công tác đã kiểm tra tại xã Tân Lập."
    assert leader_of(text) == name


@pytest.mark.parametrize("words", ["Lăng Bác", "Má Hai", "Hoàng Thành", "Lành Mạnh"])
def test_two_capitalised_words_after_a_title_need_a_third_to_be_a_name(words: str) -> None:
    text = f"Trưởng Ban {words} đã đến"
    assert name_at(text, len("Trưởng Ban "), need_surname=True) is None
