"""Units named with a dash match however the dash is typed: hyphen, en dash or em dash, spaced or not (#12, s18
fresh24 v02: "xã Chân Mây - Lăng Cô" typed with a hyphen for the list's "Xã Chân Mây – Lăng Cô").

Checked on every dashed unit the gazetteer has: today's wards, the old cities and provinces, through the gazetteer,
the extractor's reading of a sentence, and a filter's ward clause."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store.dashes import DASHES, one_dash
from store.extract.place_mentions import find_mentions
from store.gazetteer import gazetteer, split_level
from store.matching import Matcher, keys_of
from store.query import Clause, Filter

_WARDS = [("phường", "Văn Miếu", "Quốc Tử Giám", 196), ("xã", "Chân Mây", "Lăng Cô", 20152),
          ("phường", "Xuân Hương", "Đà Lạt", 24781), ("phường", "Cam Ly", "Đà Lạt", 24787),
          ("phường", "Lâm Viên", "Đà Lạt", 24778), ("phường", "Xuân Trường", "Đà Lạt", 24805),
          ("phường", "Lang Biang", "Đà Lạt", 24846)]
_SPACES = st.sampled_from(["", " ", "  "])
_TYPED = st.sampled_from(["-", "–", "—"])
"""What pages type: the text is read with these three (other dashes are read by the gazetteer alone)."""


def test_every_dashed_ward_of_2025_is_listed_here() -> None:
    """The seven units of today's list with a dash in their names: a new one would be tested too if listed."""
    places = gazetteer()
    dashed = {code for code in range(1, 33000)
              if (ward := places.ward(code)) and any(c in ward[0].name for c in DASHES)}
    assert dashed == {code for *_, code in _WARDS}


@given(ward=st.sampled_from(_WARDS), dash=st.sampled_from(list(DASHES)), left=_SPACES, right=_SPACES)
def test_the_gazetteer_finds_a_dashed_ward_whichever_dash(ward: tuple, dash: str, left: str, right: str) -> None:
    level, first, second, code = ward
    written = f"{first}{left}{dash}{right}{second}"
    found = gazetteer().resolve(written, level)
    assert found is not None and found.ward is not None and found.ward.code == code
    assert [unit.code for unit, _ in gazetteer().find_wards(f"{level} {written}")] == [code]


@given(dash=st.sampled_from(list(DASHES)), left=_SPACES, right=_SPACES,
       name=st.sampled_from([("Phan Rang", "Tháp Chàm", "thành phố"), ("Bà Rịa", "Vũng Tàu", "tỉnh"),
                             ("Thừa Thiên", "Huế", "tỉnh")]))
def test_old_cities_and_provinces_with_a_dash_whichever_dash(dash: str, left: str, right: str, name: tuple) -> None:
    first, second, level = name
    found = gazetteer().resolve(f"{first}{left}{dash}{right}{second}", level)
    assert found is not None and found.province.code == {"Phan Rang": 56, "Bà Rịa": 79, "Thừa Thiên": 46}[first]


@given(ward=st.sampled_from(_WARDS), dash=_TYPED, left=_SPACES, right=_SPACES)
def test_a_sentence_names_the_dashed_ward_whichever_dash(ward: tuple, dash: str, left: str, right: str) -> None:
    level, first, second, code = ward
    text = f"Đoàn công tác đã kiểm tra tại {level} {first}{left}{dash}{right}{second} về thủ tục hành chính."
    mentions = find_mentions(text, None, False, [])
    assert len(mentions) == 1
    found = gazetteer().resolve(mentions[0].base, level)
    assert found is not None and found.ward is not None and found.ward.code == code


@given(dash=_TYPED, left=_SPACES, right=_SPACES)
def test_a_dash_that_ends_the_clause_is_no_part_of_the_name(dash: str, left: str, right: str) -> None:
    """ "tại phường Tân Định — Đây là ...": the ward alone (look-alike)."""
    text = f"Đoàn giám sát tại phường Tân Định{left}{dash}{right}Đây là phường có nhiều hồ sơ."
    mention = find_mentions(text, None, False, [])[0]
    assert mention.base == "Tân Định"


@given(text=st.text(alphabet="ab -–—\u2011", max_size=20))
def test_one_dash_is_idempotent_and_leaves_no_other_dash(text: str) -> None:
    once = one_dash(text)
    assert one_dash(once) == once
    assert not any(c in once for c in DASHES if c != "-")


@given(ward=st.sampled_from(_WARDS), dash=_TYPED, left=_SPACES, right=_SPACES, exact=st.booleans())
def test_a_ward_clause_finds_the_ward_whichever_dash(ward: tuple, dash: str, left: str, right: str,
                                                    exact: bool) -> None:
    level, first, second, code = ward
    unit, province = gazetteer().ward(code) or (None, 0)
    assert unit is not None
    record = {"date": "2025-09-17", "localities": [{"name": f"{level} {split_level(unit.name)[1]}", "level": level,
                                                    "province": {"name": "", "code": province},
                                                    "ward": {"name": unit.name, "code": code}}]}
    clause = Clause("ward", f"{first}{left}{dash}{right}{second}", exact=exact)
    assert Matcher(Filter((clause,))).matches(keys_of(record))
