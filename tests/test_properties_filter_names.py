"""Property tests of the filter language's Vietnamese field names (`store.filter_names`).

The oracle is a renaming written here, apart from the product: a filter written with English names and the same
filter with each name replaced by one of its Vietnamese names (folded, with its marks, in any case, NFC or NFD)
must parse to exactly the same clauses. A filter shown in either language reads back as itself, and a name the
user mistypes is answered with a name that exists.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.filter_names import field_of, nearest
from store.query import Clause, Filter, QueryError

# The oracle's own table: each field's Vietnamese names, folded → as written with marks.
VIETNAMESE: dict[str, dict[str, str]] = {
    "ward": {"xa": "xã", "phuong": "phường"},
    "province": {"tinh": "tỉnh", "tinhthanh": "tỉnhthành"},
    "topic": {"chude": "chủđề"},
    "body": {"coquan": "cơquan", "doan": "đoàn"},
    "kind": {"hinhthuc": "hìnhthức", "loai": "loại"},
    "year": {"nam": "năm"},
    "since": {"tu": "từ", "tungay": "từngày"},
    "until": {"den": "đến", "denngay": "đếnngày"},
    "date": {"ngay": "ngày", "thoigian": "thờigian"},
    "status": {"trangthai": "trạngthái"},
    "overdue": {"quahan": "quáhạn"},
    "leader": {"truongdoan": "trưởngđoàn", "lanhdao": "lãnhđạo"},
    "to": {"gui": "gửi", "guiden": "gửiđến", "noinhan": "nơinhận"},
    "answered": {"traloi": "trảlời", "phanhoi": "phảnhồi"},
    "changed": {"doi": "đổi", "thaydoi": "thayđổi"},
    "closed": {"dong": "đóng", "ketthuc": "kếtthúc"},
}
FOLDED = {name for names in VIETNAMESE.values() for name in names}

VALUES: dict[str, list[str]] = {
    "ward": ["lái thiêu", "phường Rạch Dừa", "xã Tân Hiệp", "Đa Kao", "tân", "huyện Tân Uyên, Lai Châu",
             "thi xa ky anh, ha tinh"],
    "province": ["Lạng Sơn", "tphcm", "binh duong", "Hà Nội"],
    "topic": ["de-an-06", "mot-cua", "chuyển đổi số"],
    "body": ["Đoàn ĐBQH TPHCM", "HĐND tỉnh", "doan"],
    "kind": ["giamsat", "khảo sát"],
    "year": ["2023", "2025"],
    "since": ["2025-07", "1/7/2025", "2023"],
    "until": ["2025-09", "16/5/2023"],
    "date": ["2025-07..2025-09", "2024-02"],
    "status": ["open", "in progress", "done"],
    "leader": ["Nguyễn Thị Hòa", "hoa", "Đặng Văn", "LÊ"],
    "to": ["Sở Tài chính", "so tai chinh", "UBND xã Hoà Bình"],
    "answered": ["2026-11", "11/2026", "tháng trước"],
    "changed": ["this month", "2026-10..2026-11"],
    "closed": ["quý 4/2026", "2026"],
}
TEXT = ["dịch vụ công", "TTHC", "nam", "tinh", "xa:lo", "a=b", 'say "hi"']


@st.composite
def written(draw: Any) -> list[tuple[str, str, str]]:
    """A filter as typed, clause by clause: (field or "text" or "overdue", operator, value)."""
    clauses = []
    for _ in range(draw(st.integers(1, 6))):
        field = draw(st.sampled_from([*VALUES, "text", "overdue"]))
        if field == "text":
            clauses.append(("text", "", draw(st.sampled_from(TEXT))))
        elif field == "overdue":
            clauses.append(("overdue", "", ""))
        else:
            op = draw(st.sampled_from([":", "="])) if field in ("ward", "body") else ":"
            clauses.append((field, op, draw(st.sampled_from(VALUES[field]))))
    return clauses


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write(clauses: list[tuple[str, str, str]], name_of: Any) -> str:
    """The oracle's writer: every value quoted, each field under `name_of(field)`."""
    parts = []
    for field, op, value in clauses:
        if field == "text":
            parts.append(_quoted(value))
        elif field == "overdue":
            parts.append(name_of("overdue"))
        else:
            parts.append(f"{name_of(field)}{op}{_quoted(value)}")
    return " ".join(parts)


def _spelled(draw: Any, folded: str) -> str:
    """One Vietnamese name as a user may type it: folded or with its marks, any case, NFC or NFD."""
    field = next(field for field, names in VIETNAMESE.items() if folded in names)
    name = draw(st.sampled_from([folded, VIETNAMESE[field][folded]]))
    name = draw(st.sampled_from([name, name.upper(), name.capitalize()]))
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), name)


@settings(max_examples=300, deadline=None)
@given(written(), st.data())
def test_vietnamese_names_parse_to_the_same_filter_as_english(clauses: list[tuple[str, str, str]],
                                                              data: st.DataObject) -> None:
    english = _write(clauses, lambda field: field)

    def name_of(field: str) -> str:
        return _spelled(data.draw, data.draw(st.sampled_from(sorted(VIETNAMESE[field]))))

    vietnamese = _write(clauses, name_of)
    assert Filter.parse(vietnamese).clauses == Filter.parse(english).clauses


@settings(max_examples=300, deadline=None)
@given(written(), st.data())
def test_a_filter_shown_in_either_language_reads_back_as_itself(clauses: list[tuple[str, str, str]],
                                                                data: st.DataObject) -> None:
    typed = _write(clauses, lambda field: data.draw(st.sampled_from([field, *VIETNAMESE[field]])))
    parsed = Filter.parse(typed)
    for lang in ("en", "vi"):
        shown = parsed.render(lang)
        assert Filter.parse(shown).clauses == parsed.clauses
        assert Filter.parse(shown).render(lang) == shown  # a fixed point: showing it again changes nothing
    names = {word.split(":")[0].split("=")[0] for word in parsed.render("vi").split() if ":" in word or "=" in word}
    english = set(VIETNAMESE) - {"overdue"}
    assert not (names & english), parsed.render("vi")  # no English name is left in the Vietnamese filter


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(FOLDED)), st.data())
def test_a_field_name_folds_case_marks_and_normal_form(folded: str, data: st.DataObject) -> None:
    field = next(field for field, names in VIETNAMESE.items() if folded in names)
    assert field_of(_spelled(data.draw, folded)) == field


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(FOLDED | {field for field in VIETNAMESE if field != "overdue"} - {"quahan"})),
       st.data())
def test_a_name_with_a_letter_doubled_is_answered_with_its_field(name: str, data: st.DataObject) -> None:
    """`tinhh:` → "did you mean tinh:?", `provincee:` → "province:": a name of the field meant, in the language
    typed."""
    at = data.draw(st.integers(0, len(name) - 1))
    typo = name[: at + 1] + name[at] + name[at + 1:]
    assert field_of(typo) is None
    with pytest.raises(QueryError) as error:
        Filter.parse(f"{typo}:2025")
    near = nearest(typo)
    assert near is not None and f"did you mean {near}:?" in str(error.value)
    assert field_of(near) == field_of(name), (typo, near)  # the field meant
    assert (near in FOLDED) == (name in FOLDED), (typo, near)  # in the language typed


@pytest.mark.parametrize(
    ("typed", "english"),
    [
        ('nam:2025 tinh:"Lạng Sơn"', 'year:2025 province:"Lạng Sơn"'),
        ('năm:2025 tỉnh:"Lạng Sơn" chủđề:de-an-06', 'year:2025 province:"Lạng Sơn" topic:de-an-06'),
        ('xa:"tân hiệp" phuong:"rạch dừa"', 'ward:"tân hiệp" ward:"rạch dừa"'),
        ('doan="Đoàn ĐBQH TPHCM" coquan:hdnd', 'body="Đoàn ĐBQH TPHCM" body:hdnd'),
        ("loai:giamsat tu:2025-07 den:2025-09 quahan", "kind:giamsat since:2025-07 until:2025-09 overdue"),
        ('ngay:"2025-07..2025-09" trangthai:open', 'date:"2025-07..2025-09" status:open'),
    ],
)
def test_the_names_a_vietnamese_user_types(typed: str, english: str) -> None:
    assert Filter.parse(typed) == Filter.parse(english)


def test_the_filter_is_shown_with_the_names_of_the_interface_language() -> None:
    query = Filter.parse('year:2025 province:"Lạng Sơn" ward="phường Rạch Dừa" ward="xã Tân Hiệp" body:hdnd overdue')
    assert query.render("vi") == 'nam:2025 tinh:"Lạng Sơn" xa="phường Rạch Dừa" xa="xã Tân Hiệp" coquan:hdnd quahan'
    assert query.render("en") == query.render() == (
        'year:2025 province:"Lạng Sơn" ward="phường Rạch Dừa" ward="xã Tân Hiệp" body:hdnd overdue')
    typed = Filter.parse('doan:hdnd phuong:"rạch dừa" tỉnh:hà tinhthanh:"lạng sơn"')
    assert typed.render("vi") == 'doan:hdnd phuong:"rạch dừa" tinh:hà tinhthanh:"lạng sơn"'  # the name as typed
    assert typed.render("en") == 'body:hdnd ward:"rạch dừa" province:hà province:"lạng sơn"'


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("tinhh:x", "did you mean tinh:?"),
        ("provnce:x", "did you mean province:?"),
        ("chu:x", "did you mean chude:?"),
        ("colour:x", "use one of ward, province"),
        ('nguoi:"Nguyễn Văn A"', "no field 'nguoi'; type the name in quotes: \"Nguyễn Văn A\""),
        ("leadr:x", "did you mean leader:?"),
        ("truongdan:x", "did you mean truongdoan:?"),
        ("lanhdo:x", "did you mean lanhdao:?"),
        ("nam=2025", "nam= is not a filter; write nam:"),
        ("năm:31/2/2024", "năm: '31/2/2024'"),
        ("quahan:x", "quahan takes no value"),
        ('tỉnh:""', "tỉnh: needs a value"),
        # a district, no field since 2025, is found by the ward field: not "chude:?" for huyen, "quahan:?" for quan
        ('huyen:"thach that"', "did you mean xa:?"),
        ('Huyện:"Thạch Thất"', "did you mean xa:?"),
        ("quan:1", "did you mean xa:?"),
        ('thixa:"di an"', "did you mean xa:?"),
        ('district:"di an"', "did you mean ward:?"),
    ],
)
def test_a_bad_name_says_what_was_meant(typed: str, said: str) -> None:
    with pytest.raises(QueryError) as error:
        Filter.parse(typed)
    assert said in str(error.value)


def test_a_clause_made_by_the_browser_equals_the_one_typed() -> None:
    """The name typed is how the clause is shown, not what it means: a facet's `body=` toggles a typed `doan=`."""
    typed = Filter.parse('doan="Đoàn ĐBQH TPHCM"')
    assert typed.toggled(Clause("body", "Đoàn ĐBQH TPHCM", exact=True)) == Filter()


@pytest.mark.parametrize("typed", ["loai:giamsat", "kind:giamsat", "hinhthuc:giám", "kind:oversight",
                                   'loai:"giam sat"'])
def test_a_kind_is_found_without_its_space_or_by_its_english_name(typed: str) -> None:
    """`loai:giamsat` is how a kind is typed in a hurry, `kind:oversight` how the English status line names it: both
    find what `kind:"giám sát"` finds, in the scan and the in-memory index alike."""
    from store.index import SurveyIndex  # noqa: PLC0415
    from store.matching import Matcher  # noqa: PLC0415
    from tests.factories import make_record  # noqa: PLC0415

    records = [make_record(id="a", kind="giám sát"), make_record(id="b", kind="khảo sát"),
               make_record(id="c", kind="làm việc")]
    query = Filter.parse(typed)
    matcher = Matcher(query)
    assert [r["id"] for r in records if matcher.matches_record(r)] == ["a"]
    index = SurveyIndex(records)
    assert [index.records[p]["id"] for p in index.search(query).positions] == ["a"]


@pytest.mark.parametrize(("typed", "english"), [
    ('trangthai:"chưa giải quyết"', "status:open"),
    ("trangthai:chuagiaiquyet", "status:open"),
    ('trangthai:"đang giải quyết"', 'status:"in progress"'),
    ('trangthai:"đã giải quyết"', "status:done"),
    ('trangthai:"không tiếp thu"', 'status:"not accepted"'),
])
def test_a_status_is_found_by_its_vietnamese_name(typed: str, english: str) -> None:
    """The details say "chưa giải quyết" where the filter had wanted `open`: both find the same visits and items."""
    from store.export import item_filter  # noqa: PLC0415
    from store.index import SurveyIndex  # noqa: PLC0415
    from store.matching import Matcher  # noqa: PLC0415
    from tests.factories import make_record  # noqa: PLC0415

    statuses = ["open", "in progress", "done", "not accepted"]
    records = [make_record(id=status, recommendations=[{"text": "Làm rõ.", "status": status}], directions=[])
               for status in statuses]
    index = SurveyIndex(records)
    found = {}
    for text in (typed, english):
        query = Filter.parse(text)
        scanned = sorted(r["id"] for r in records if Matcher(query).matches_record(r))
        assert scanned == sorted(index.records[p]["id"] for p in index.search(query).positions)
        test = item_filter(query.values("status"))
        assert test is not None
        found[text] = (scanned, [status for status in statuses if test({"status": status})])
    assert found[typed] == found[english] and len(found[typed][0]) == 1


KNOWN = sorted(FOLDED | set(VIETNAMESE))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeghiklmnopqrstuvxy", min_size=1, max_size=10))
def test_a_suggestion_is_a_few_edits_from_what_was_typed_or_none(typed: str) -> None:
    """The rule: a name within one edit (short names) or two (six letters on) of a known one, else one the typed
    letters begin, else nothing: never a name far from every one (`Nguyễn:` had been "did you mean ngay:?")."""
    from store.filter_names import DISTRICT_WORDS, edits, near_cut  # noqa: PLC0415

    near = nearest(typed)
    if typed in DISTRICT_WORDS or field_of(typed) is not None:
        return
    closest = min(edits(typed, name) for name in KNOWN)
    if closest <= near_cut(typed):
        assert near is not None and edits(typed, near) == closest, (typed, near)
    elif near is not None:
        assert near.startswith(typed) and len(typed) >= 3, (typed, near)


@pytest.mark.parametrize("typed", ["Nguyễn", "nguyen", "colour", "Phạm"])
def test_a_name_far_from_every_field_gets_no_suggestion_but_the_fields(typed: str) -> None:
    assert nearest(typed) is None
    with pytest.raises(QueryError) as error:
        Filter.parse(f"{typed}:Văn")
    assert "did you mean" not in str(error.value)
    assert "province" in str(error.value) and "year" in str(error.value)  # the message names the fields


def test_edits_counts_a_swap_of_neighbours_as_one() -> None:
    from store.filter_names import edits  # noqa: PLC0415

    assert (edits("yaer", "year"), edits("nguyen", "ngay"), edits("", "tu"), edits("tinh", "tinh")) == (1, 3, 2, 0)
