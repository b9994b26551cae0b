"""A new draft's id cuts a long body at a name's end, never inside one (tryout13, session 41).

"Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp" had given "…-hdnd-tinh-dong-my-tho": cut at 40 characters on a
hyphen, half the province's name, read beside the ward as a place called Đồng. Stored records keep their ids; a draft
of the same article under the new id is still offered as the stored visit's duplicate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract import extract_file
from store.extract.duplicates import probable_duplicates
from store.extract.id_names import cut_at_name, name_units
from store.folding import slugify

ARTICLE = """Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp làm việc với phường Mỹ Tho về một cửa

Sáng 5/11/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp do bà Nguyễn Thị Lan, Trưởng ban, dẫn đầu đã giám sát \
việc giải quyết thủ tục hành chính tại UBND phường Mỹ Tho.

Báo cáo của phường cho biết từ 1/7/2025 đến 31/10/2025 phường nhận 4.210 hồ sơ và đã giải quyết 4.102 hồ sơ.

Đoàn đề nghị UBND phường Mỹ Tho bố trí thêm công chức cho bộ phận một cửa.
"""
OLD_ID = "2025-11-05-ban-kinh-te-ngan-sach-hdnd-tinh-dong-my-tho"
"""What the same article was named before: such a record, stored, keeps it."""


@pytest.mark.parametrize(("body", "cut"), [
    ("Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp", "ban-kinh-te-ngan-sach-hdnd"),  # "tỉnh" goes with its name
    ("Đoàn giám sát Thường trực HĐND tỉnh Bà Rịa Vũng Tàu", "doan-giam-sat-thuong-truc-hdnd"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ", "uy-ban-mat-tran-to-quoc-viet-nam"),  # "thành phố" too
    ("Đoàn công tác của đồng chí Nguyễn Thị Minh Khai và Sở Nội vụ", "doan-cong-tac-cua-dong-chi"),  # a person whole
    ("Tổ công tác số 12 của Sở Khoa học và Công nghệ", "to-cong-tac-so-12-cua-so-khoa-hoc"),  # "số 12" whole, no "và"
])
def test_a_long_body_is_cut_at_a_names_end(body: str, cut: str) -> None:
    assert cut_at_name(body, 40) == cut
    assert slugify(body).startswith(cut) and len(slugify(body)) > 40


@pytest.mark.parametrize("body", ["Ban Pháp chế HĐND tỉnh Đồng Tháp", "Đoàn công tác số 7", "HĐND TP Hà Nội"])
def test_a_body_that_fits_keeps_the_slug_it_had(body: str) -> None:
    """The look-alike: nothing to cut, the id part as every earlier draft had it."""
    assert cut_at_name(body, 40) == slugify(body)


def test_one_name_longer_than_the_room_is_cut_as_before() -> None:
    name = "Nguyễn Phạm Hoàng Trần Lê Minh Khoa Thị Ngọc Bảo Châu Anh"
    assert cut_at_name(name, 30) == slugify(name)[:30].rsplit("-", 1)[0]


def test_the_draft_names_the_body_without_half_a_province(tmp_path: Path) -> None:
    article = tmp_path / "dong-thap.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    draft = extract_file(article).record
    assert draft["body"] == "Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp"  # the premise: a body past 40 characters
    assert draft["id"] == "2025-11-05-ban-kinh-te-ngan-sach-hdnd-my-tho"
    stored = {**draft, "id": OLD_ID}  # the same visit stored under the id it had been given
    assert [d.stored_id for d in probable_duplicates(draft, [stored])] == [OLD_ID]


_SYLLABLE = st.sampled_from(["Đồng", "Tháp", "Mỹ", "Tho", "HĐND", "UBND", "tỉnh", "xã", "ban", "kinh", "tế", "và",
                             "số", "12", "-", "Nguyễn", "Thị", "Lan", "thành", "phố", "Hồ", "Chí", "Minh"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_SYLLABLE, min_size=1, max_size=16), length=st.integers(min_value=8, max_value=40))
def test_a_cut_keeps_whole_units_and_fits(words: list[str], length: int) -> None:
    text = " ".join(words)
    cut, whole = cut_at_name(text, length), slugify(text)
    assert whole.startswith(cut) and (cut == "" or whole[len(cut):len(cut) + 1] in ("", "-"))
    if len(whole) <= length:
        assert cut == whole
        return
    assert len(cut) <= length
    units = [slugify(unit) for unit in name_units(text)]
    first = units[0] if units else ""
    if len(first) > length:
        return  # one unit past the room: cut on a hyphen, as before
    ends, so_far = {""}, ""
    for unit in units:  # every place the slug may end: after a whole unit
        so_far = f"{so_far}-{unit}".strip("-") if unit else so_far
        ends.add(so_far)
    assert cut in ends
