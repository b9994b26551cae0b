import calendar
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.dates import DateError, Span, parse_day, parse_range, parse_span, read_relative
from store.extract.dates import day_mentions, resolve_visit_date
from store.extract.text import read_article
from store.query import Filter, QueryError
from tests.present import present


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025-09", date(2025, 9, 1), date(2025, 9, 30)),
        ("9/2025", date(2025, 9, 1), date(2025, 9, 30)),
        ("2/2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("tháng 9/2025", date(2025, 9, 1), date(2025, 9, 30)),
        ("16/5/2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("ngày 16/5/2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("Sáng ngày 16/5/2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("16.5.2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("2025-09-09", date(2025, 9, 9), date(2025, 9, 9)),
        ("27 tháng 11 năm 2025", date(2025, 11, 27), date(2025, 11, 27)),
        ("quý 1/2023", date(2023, 1, 1), date(2023, 3, 31)),
    ],
)
def test_span(text: str, start: date, end: date) -> None:
    span = parse_span(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-07..2025-09", date(2025, 7, 1), date(2025, 9, 30)),
        ("since 1/7/2025", date(2025, 7, 1), date.max),
        ("từ 1/7/2025", date(2025, 7, 1), date.max),
        ("until 2023", date.min, date(2023, 12, 31)),
        ("đến 2023", date.min, date(2023, 12, 31)),
        ("2023..", date(2023, 1, 1), date.max),
    ],
)
def test_range(text: str, start: date, end: date) -> None:
    span = parse_range(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["31/2/2024", "4/16", "31/2", "13/2025", "hello", "", "2025-09..2024",
                                  "1/9/2025..30/9"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_range(text)


def test_day_needs_a_year() -> None:
    with pytest.raises(DateError, match="no year"):
        parse_day("24/5")


# -- day first is a rule; impossible dates are errors; relative dates -----------------


@pytest.mark.parametrize("text", ["5/16/2023", "12/13/2024", "5.16.2023", "2023-16-05"])
def test_month_first_dates_are_errors_not_guesses(text: str) -> None:
    with pytest.raises(DateError, match="no month"):
        parse_day(text)


def test_the_error_suggests_the_day_first_reading() -> None:
    with pytest.raises(DateError, match="16/5/2023"):
        parse_day("5/16/2023")


@pytest.mark.parametrize("query", ["since:0000", "until:0000", "year:0000", "date:00/00/0000", "date:0000-01-01",
                                   "since:32/1/2025", "year:99999"])
def test_impossible_dates_in_filters_are_clean_messages(query: str) -> None:
    with pytest.raises(QueryError, match=query.split(":")[0]):
        Filter.parse(query)


def test_iso_with_a_time_of_day_is_its_day() -> None:
    assert parse_day("2025-05-16T23:30:00+07:00") == date(2025, 5, 16)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("hôm qua", date(2025, 7, 1), date(2025, 7, 1)), ("sáng nay", date(2025, 7, 2), date(2025, 7, 2)),
     ("Chiều qua", date(2025, 7, 1), date(2025, 7, 1)), ("hôm kia", date(2025, 6, 30), date(2025, 6, 30)),
     ("tuần trước", date(2025, 6, 23), date(2025, 6, 29)), ("tháng trước", date(2025, 6, 1), date(2025, 6, 30)),
     ("năm ngoái", date(2024, 1, 1), date(2024, 12, 31)), ("vào sáng nay", date(2025, 7, 2), date(2025, 7, 2))],
)
def test_relative_dates_count_from_the_publication_date(text: str, start: date, end: date) -> None:
    published = date(2025, 7, 2)  # a Wednesday
    relative = read_relative(text, published)
    assert relative is not None and relative.span == Span(start, end)
    assert parse_span(text, published) == Span(start, end)


def test_relative_dates_without_a_publication_date_are_unknown() -> None:
    relative = read_relative("hôm qua")
    assert relative is not None and relative.span is None
    with pytest.raises(DateError, match="relative"):
        parse_span("tuần trước")
    assert read_relative("16/5/2023", date(2025, 7, 2)) is None


def test_tuan_truoc_across_a_year_end() -> None:
    relative = read_relative("tuần trước", date(2025, 1, 3))
    assert relative is not None and relative.span == Span(date(2024, 12, 23), date(2024, 12, 29))
    assert present(read_relative("tháng trước", date(2025, 1, 3))).span == Span(date(2024, 12, 1), date(2024, 12, 31))


# -- the year of a visit day written without one (store.extract.dates) ---------------------------------------------

_TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of months overseen, written without a space after "tháng", ends before the visit
        ("Sáng 9/4, Đoàn giám sát HĐND tỉnh giám sát việc thực hiện chính sách giai đoạn từ tháng 3/2015 "
         "đến tháng12/2017 tại huyện A.", date(2018, 4, 9)),
        # the work of a year named alone, checked in summer, is that year's
        ("Sáng 2/6, đoàn kiểm tra của UBND tỉnh đã kiểm tra công tác phòng, chống hạn năm 2022 tại huyện A.",
         date(2022, 6, 2)),
        # a year's figures, reviewed in spring, are the year before's
        ("Sáng 2/6, Thường trực HĐND huyện giám sát tại huyện A. Năm 2022, huyện giải quyết 980 hồ sơ.",
         date(2023, 6, 2)),
        # a day still expected when the article was written comes after the visit
        ("Chiều 20/5, Phó Chủ tịch UBND tỉnh kiểm tra công trình tại huyện A. Công trình dự kiến sẽ hoạt động "
         "từ ngày 1/8/2021.", date(2021, 5, 20)),
        # a year named in a plan never puts the visit after today
        ("Để bàn chỉ tiêu năm 2026, chiều 15/12, lãnh đạo tỉnh làm việc với xã A.", date(2025, 12, 15)),
        # "từ 1/7 đến nay" beside a ward's own public service centre counts from 1/7/2025
        ("Sáng 4/10, Đoàn giám sát HĐND thành phố giám sát tại phường A. Từ 1/7 đến nay, Trung tâm phục vụ hành "
         "chính công phường tiếp nhận 900 hồ sơ.", date(2025, 10, 4)),
        # a span after the clause that names what it carries out opens the visit
        ("Thực hiện kế hoạch năm 2020 của HĐND huyện, từ ngày 6/7/2020 đến ngày 9/7/2020, Thường trực HĐND "
         "huyện tổ chức đoàn giám sát tại các xã.", date(2020, 7, 6)),
    ],
)
def test_visit_year_from_what_the_article_says(text: str, expected: date) -> None:
    assert resolve_visit_date(read_article(text), today=_TODAY).day == expected


SETTINGS = settings(max_examples=200, deadline=None)


# -- day shapes of real reports (store.extract.days), the year from a page's month ---------------------------------

_WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Năm, 13.11, đoàn làm việc tại xã A.", [(13, 11, None)]),
        ("Chủ nhật (5.10), đoàn khảo sát tại phường A.", [(5, 10, None)]),
        ("Sáng 5 tháng 9.2023, đoàn làm việc với xã A.", [(5, 9, 2023)]),
        ("Từ ngày 28 đến ngày 30 tháng 7 năm 2022, Đoàn khảo sát tại xã A.", [(28, 7, 2022)]),
        ("Trong hai ngày 24 và 25 tháng 9, đoàn giám sát tại xã A.", [(24, 9, None)]),
        # a count of months, then an amount: no day 10/3
        ("Lũy kế 10 tháng 3.798,254 tỷ đồng.", []),
        # a dotted pair with no word that makes it a day stays a number
        ("Điểm trung bình 13.11 của xã.", []),
    ],
)
def test_day_shapes(text: str, expected: list[tuple[int, int, int | None]]) -> None:
    assert [(m.day, m.month, m.year) for m in day_mentions(text)] == expected


def test_weekday_then_dotted_day_opens_the_lead_and_is_no_dateline() -> None:
    article = read_article("Thứ Hai, 22.9, Thường trực HĐND xã A do bà B làm trưởng đoàn đã giám sát việc cấp "
                           "căn cước tại Công an xã sau khi vận hành chính quyền địa phương hai cấp.")
    assert article.dateline is None
    assert resolve_visit_date(article, today=_TODAY).day == date(2025, 9, 22)


@pytest.mark.parametrize(
    ("header", "lead", "expected"),
    [
        ("date 2022-07", "Ngày 1-7, Thứ trưởng làm việc với Công an phường A.", date(2022, 7, 1)),
        ("date 2020-06", "Sáng 29-5, đoàn làm việc với UBND tỉnh A.", date(2020, 5, 29)),
        # a day after the page's month is of the year before
        ("date 2021-01", "Chiều 28-12, đoàn làm việc với Sở Nội vụ tỉnh A.", date(2020, 12, 28)),
    ],
)
def test_a_year_month_header_dates_the_visit(header: str, lead: str, expected: date) -> None:
    found = resolve_visit_date(read_article(f" {header} {lead}"), today=_TODAY)
    assert (found.day, found.certainty) == (expected, "publication")


@SETTINGS
@given(st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31)), st.integers(1, 6),
       st.sampled_from(["đến", "-", "và"]), st.booleans())
def test_days_of_a_month_in_words_read_back_the_first(first: date, length: int, joiner: str, with_year: bool) -> None:
    """Round trip against the calendar: "từ ngày D1 đến ngày D2 tháng M năm Y" is D1/M/Y whenever D2 is real."""
    last = first.day + length
    if last > calendar.monthrange(first.year, first.month)[1]:
        return
    year = f" năm {first.year}" if with_year else ""
    text = f"Từ ngày {first.day} {joiner} ngày {last} tháng {first.month}{year}, đoàn khảo sát tại xã A."
    mentions = day_mentions(text)
    assert [(m.day, m.month, m.year) for m in mentions] == [(first.day, first.month, first.year if with_year else None)]


@SETTINGS
@given(st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31)))
def test_weekday_before_a_dotted_day_reads_back(day: date) -> None:
    """Round trip with the weekday the calendar gives (the oracle): "Thứ Năm, 13.11," is 13/11."""
    text = f"{_WEEKDAYS_VI[day.weekday()]}, {day.day}.{day.month}, đoàn làm việc tại xã A."
    assert [(m.day, m.month) for m in day_mentions(text)] == [(day.day, day.month)]


@SETTINGS
@given(st.integers(1, 12), st.integers(1000, 99_999_999), st.integers(0, 999))
def test_months_counted_before_a_grouped_amount_are_no_day(months: int, whole: int, fraction: int) -> None:
    amount = f"{whole:,}".replace(",", ".") + (f",{fraction}" if fraction else "")
    assert day_mentions(f"Lũy kế {months} tháng {amount} tỷ đồng.") == []
