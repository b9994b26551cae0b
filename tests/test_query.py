"""The filter language reads what the filter bar shows and writes it back unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from store.dates import Span
from store.folding import fold
from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Clause, Filter, QueryError, facet_clause
from store.taxonomy import taxonomy
from tests.factories import make_record


@pytest.mark.parametrize(
    "text",
    [
        'ward:"lái thiêu" topic:de-an-06 since:2025-07 "dịch vụ công"',
        "province:tphcm until:2023",
        'body:"HĐND thành phố" kind:"giám sát" year:2023',
        'date:"2025-07..2025-09" overdue status:open',
        'rach dua',
        '"a=b" ward="x=y"',
        'ward="Lái Thiêu" body="Đoàn ĐBQH TPHCM" ward:rach',
        '"say \\"hi\\""',
    ],
)
def test_render_parse_round_trip(text: str) -> None:
    parsed = Filter.parse(text)
    assert Filter.parse(parsed.render()) == parsed


def test_clauses_keep_their_order() -> None:
    parsed = Filter.parse('ward:"lái thiêu" topic:de-an-06 "dịch vụ công"')
    assert parsed.clauses == (
        Clause("ward", "lái thiêu"), Clause("topic", "de-an-06"), Clause("text", "dịch vụ công"),
    )
    assert parsed.without_last().render() == 'ward:"lái thiêu" topic:de-an-06'


def test_toggle_adds_then_removes() -> None:
    clause = Clause("province", "Thành phố Hồ Chí Minh")
    once = Filter().toggled(clause)
    assert once.clauses == (clause,) and once.toggled(clause) == Filter()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour:red", "unknown filter field 'colour'"),
        ("topic=de-an-06", "only ward and body take ="),
        ("since:31/2/2024", "since:"),
        ('ward:""', "ward: needs a value"),
        ("until:4-9-25", "no year"),
    ],
)
def test_bad_filters_say_why(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        Filter.parse(text)


FORMS_EN = "16/5/2023, 5/2023, 2023, 22/10 (any year) or 2025-07..2025-09"
FORMS_VI = "16/5/2023, 5/2023, 2023, 22/10 (mọi năm) hoặc 2025-07..2025-09"
"""The forms every refusal of a date filter ends with (`store.dates.DATE_FORMS`), in each language."""


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("nam:abc", "nam: 'abc': năm phải là số có bốn chữ số, ví dụ nam:2025",
         "nam: 'abc': a year must be a four-digit number, e.g. nam:2025"),
        ("year:25", "year: '25': năm phải là số có bốn chữ số, ví dụ year:2025",
         "year: '25': a year must be a four-digit number, e.g. year:2025"),
        ("năm:2025..abc", "năm: 'abc': năm phải là số có bốn chữ số, ví dụ năm:2025",
         "năm: 'abc': a year must be a four-digit number, e.g. năm:2025"),
        ("year:13/2025", f"year: '13/2025': không có tháng 13; hãy viết {FORMS_VI}",
         f"year: '13/2025': there is no month 13; write {FORMS_EN}"),
        ("tu:abc", f"tu: 'abc' không phải là ngày; hãy viết {FORMS_VI}",
         f"tu: 'abc' is not a date; write {FORMS_EN}"),
        ("until:x", f"until: 'x' không phải là ngày; hãy viết {FORMS_VI}",
         f"until: 'x' is not a date; write {FORMS_EN}"),
        ("ngay:1/7/25", f"ngay: '1/7/25' thiếu năm; hãy viết {FORMS_VI}",
         f"ngay: '1/7/25' has no year; write {FORMS_EN}"),
        ("ngay:31/2", f"ngay: '31/2' không phải ngày có thật (tháng này không có ngày đó); hãy viết {FORMS_VI}",
         f"ngay: '31/2' is not a real date (day is out of range for month); write {FORMS_EN}"),
        ("den:5/16",
         f"den: '5/16': không có tháng 16; ngày viết trước tháng: có phải ý bạn là 16/5?; hãy viết {FORMS_VI}",
         f"den: '5/16': there is no month 16; dates are written day first: did you mean 16/5?; write {FORMS_EN}"),
        ("ngay:1/9/2025..30/9",
         f"ngay: '1/9/2025..30/9' chỉ có năm ở một đầu: có phải ý bạn là 1/9/2025..30/9/2025?; hãy viết {FORMS_VI}",
         f"ngay: '1/9/2025..30/9' has a year at one end only: did you mean 1/9/2025..30/9/2025?; write {FORMS_EN}"),
        ("nam:22/10", "nam: '22/10': năm phải là số có bốn chữ số, ví dụ nam:2025",
         "nam: '22/10': a year must be a four-digit number, e.g. nam:2025"),
    ],
)
def test_each_date_fields_bad_value_is_said_plainly(text: str, vi: str, en: str) -> None:
    """`nam:abc` said "'abc' thiếu năm" ("has no year"): a year is a number, said with an example in the name the
    user typed; a date field given no date at all says so and how to write one ("has no year" only for a date
    whose year is not four digits, `1/7/25`). Every refusal of a date names the forms taken, each an example
    (the first-user trial: "'5/11' thiếu năm" did not say how to write it)."""
    from tui.i18n import Translator  # noqa: PLC0415 - the browser's and the CLI's words for the core's reason
    from tui.i18n_errors import explain  # noqa: PLC0415

    with pytest.raises(QueryError) as error:
        Filter.parse(text)
    assert str(error.value) == en
    assert explain(str(error.value), Translator("vi")) == vi


def test_date_span_intersects_clauses() -> None:
    span = Filter.parse("since:2025-07 until:2025-09 year:2025").date_span()
    assert (span.start.isoformat(), span.end.isoformat()) == ("2025-07-01", "2025-09-30")


def test_facet_clauses_name_whole_values() -> None:

    assert facet_clause("body", "Đoàn ĐBQH TPHCM").render() == 'body="Đoàn ĐBQH TPHCM"'
    assert facet_clause("topic", "de-an-06").render() == "topic:de-an-06"


# -- the algebra: OR within a field (dates and years too), AND across fields ----------------



def _dated(*days: str) -> list[dict]:
    return [make_record(id=f"r-{day}", date=day) for day in days]


def _found(records: list[dict], text: str) -> tuple[list[str], list[str]]:
    """Ids the scan's Matcher and the index find, each sorted."""
    query = Filter.parse(text)
    matcher = Matcher(query)
    scanned = sorted(r["id"] for r in records if matcher.matches_record(r))
    index = SurveyIndex(records)
    return scanned, sorted(index.records[p]["id"] for p in index.search(query).positions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("year:2023 year:2025", ["r-2023-05-16", "r-2025-09-04"]),
        ("year:2025 year:2023", ["r-2023-05-16", "r-2025-09-04"]),
        ("year:2023 year:2025 since:2025-01", ["r-2025-09-04"]),
        ("date:2024-02 date:2025-09", ["r-2024-02-10", "r-2025-09-04"]),
        ("since:2025 since:2024", ["r-2024-02-10", "r-2025-09-04"]),
        ("until:2023 until:2024-01", ["r-2023-05-16"]),
        ("year:2023 until:2022", []),
        ("year:2024", ["r-2024-02-10"]),
    ],
)
def test_clauses_on_one_date_field_combine_with_or(text: str, expected: list[str]) -> None:
    records = _dated("2023-05-16", "2024-02-10", "2025-09-04")
    scanned, indexed = _found(records, text)
    assert scanned == indexed == expected


def test_date_span_is_a_bound_and_date_groups_the_test() -> None:
    query = Filter.parse("year:2023 year:2025 until:2025-06")
    span = query.date_span()
    assert (span.start, span.end) == (date(2023, 1, 1), date(2025, 6, 30))
    assert [[(s.start.year, s.end.year) for s in group if isinstance(s, Span)] for group in query.date_groups()] == [
        [(2023, 2023), (2025, 2025)],
        [(1, 2025)],
    ]


# -- free text knows the domain's abbreviations, both ways --------------------------------------
@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("TTHC", "giải quyết thủ tục hành chính"),
        ("thủ tục hành chính", "rà soát TTHC"),
        ("CCHC", "cải cách hành chính"),
        ("CĐS", "chuyển đổi số"),
        ("chuyển đổi số", "CĐS cấp xã"),
        ("DVC", "dịch vụ công"),
        ("ĐBQH", "đại biểu Quốc hội"),
        ("HĐND", "Hội đồng nhân dân"),
        ("UBND", "Uỷ ban nhân dân"),
        ("ủy ban nhân dân", "UBND"),
        ("MTTQ", "Mặt trận Tổ quốc"),
        ("TP", "thành phố"),
        ("TPHCM", "TP.HCM"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("Hồ Chí Minh", "TPHCM"),
        ("tp hcm", "thành phố Hồ Chí Minh"),
        ("UBND TP", "Ủy ban nhân dân thành phố"),
    ],
)
def test_free_text_finds_abbreviations_both_ways(typed: str, written: str) -> None:
    records = [make_record(id="hit", summary=f"Buổi làm việc về {written}."),
               make_record(id="miss", summary="Buổi làm việc về nội dung khác.")]
    for record in records:
        record["body"], record["leader"] = "Đoàn kiểm tra", {"name": "Lê Văn Một", "title": "Trưởng đoàn"}
        record["recommendations"], record["directions"], record["topics"] = [], [], []
        record["localities"][0]["name"] = "phường Sài Gòn"
        record["localities"][0]["province"] = {"name": "Đà Nẵng", "code": 48}
    assert _found(records, f'"{typed}"') == (["hit"], ["hit"])


# -- places in filters: former wards, former provinces -------------------------------------------------
def _visit(record_id: str, day: str, name: str, ward: tuple[str, int] | None, former: str | None = None) -> dict:
    locality = {"name": name, "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79},
                "ward": {"name": ward[0], "code": ward[1]} if ward else None}
    if former:
        locality["former_province"] = former
    return make_record(id=record_id, date=day, localities=[locality])


def test_a_former_ward_finds_visits_to_what_it_became_and_says_so() -> None:
    records = [_visit("new", "2025-10-01", "phường Sài Gòn", ("Phường Sài Gòn", 26740)),
               _visit("old", "2024-03-01", "phường Bến Nghé", ("Phường Sài Gòn", 26740)),
               _visit("other", "2025-10-01", "phường Rạch Dừa", ("Phường Rạch Dừa", 26536))]
    assert _found(records, 'ward:"Bến Nghé"') == (["new", "old"], ["new", "old"])
    assert _found(records, 'ward:"Đa Kao"') == (["new", "old"], ["new", "old"])
    notes = Matcher(Filter.parse('ward:"ben nghe"')).notes
    assert [note.name for note in notes] == ["Phường Bến Nghé"]
    assert notes[0].became[0][0] == "Phường Sài Gòn"
    assert Matcher(Filter.parse("ward:sai")).notes == []


def test_a_former_province_includes_later_visits_to_wards_made_from_it() -> None:
    records = [_visit("lai-thieu-2025", "2025-09-04", "phường Lái Thiêu", ("Phường Lái Thiêu", 25966)),
               _visit("di-an-2022", "2022-08-18", "TP. Dĩ An", None, former="Bình Dương"),
               _visit("rach-dua", "2025-10-01", "phường Rạch Dừa", ("Phường Rạch Dừa", 26536))]
    assert _found(records, 'province:"binh duong"') == (["di-an-2022", "lai-thieu-2025"],) * 2
    assert _found(records, "province:tphcm")[0] == ["di-an-2022", "lai-thieu-2025", "rach-dua"]
    assert _found(records, 'province:"Bà Rịa - Vũng Tàu"') == (["rach-dua"], ["rach-dua"])


def test_every_spelling_of_an_abbreviation_finds_every_other() -> None:

    terms = taxonomy()
    assert len(terms.abbreviations) >= 10
    for group in terms.abbreviations:
        for typed in group:
            variants = terms.text_variants(f"họp {typed} quý")
            assert {f"hop {fold(form)} quy" for form in group} <= set(variants), typed


@pytest.mark.parametrize("typed, said", [
    ("tinh:", "tinh: needs a value"),
    ("year:2025 province:", "province: needs a value"),
    ('tinh: "binh duong"', 'tinh: the value goes right after the colon, with no space: tinh:"binh duong"'),
    ("ward: lai", "ward: the value goes right after the colon, with no space: ward:lai"),
    ("quahan:", "quahan takes no value; write quahan alone"),
])
def test_a_field_name_without_its_value_is_said(typed: str, said: str) -> None:
    """`tinh:` alone, or a space after the colon: both had been read as free text ("tinh:"), found nothing and said
    nothing."""
    with pytest.raises(QueryError) as error:
        Filter.parse(typed)
    assert str(error.value) == said


@pytest.mark.parametrize("typed, clauses", [
    ('"dich vu', [Clause("text", "dich vu")]),
    ('xa:"lai thieu', [Clause("ward", "lai thieu")]),
    ('nam:2025 "bưu chính', [Clause("year", "2025"), Clause("text", "bưu chính")]),
])
def test_a_quote_left_open_closes_at_the_end(typed: str, clauses: list[Clause]) -> None:
    """An open quote had made a word starting with a quote mark (`"dich`), found in no report; it is the phrase."""
    query = Filter.parse(typed)
    assert list(query.clauses) == clauses
    assert Filter.parse(query.render()) == query


def test_a_word_ending_in_a_colon_that_names_no_field_is_still_text() -> None:
    assert list(Filter.parse("lưu ý: hồ sơ").clauses) == [Clause("text", "lưu"), Clause("text", "ý:"),
                                                          Clause("text", "hồ"), Clause("text", "sơ")]
