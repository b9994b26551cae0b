"""Days, kinds and the word for a record, as the reader of each language reads them.

- A visit's day is `04/09/2025` in Vietnamese and ISO in English, in the list and the details' heading (and the
  dialogs that name a visit); "?" follows a year the article did not give (`date_certainty: inferred`).
  Stored and exported days stay ISO.
- The kinds in the sidebar are named in the interface language ("oversight", "survey" in English).
- A record is a "chuyến" / "visit" everywhere; "khảo sát" / "survey" only names the kind (it had been the
  generic word in some twenty messages: "Xóa khảo sát đang chọn" for deleting a giám sát visit).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from store.periods import day_label
from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, details_text, facet_lines, screen_text, set_filter, settle
from tui.days import day_text, visit_day
from tui.i18n import CATALOG
from tui.model import list_row

STATED = "2025-10-02-hdnd-phuong-tan-dinh"


def test_day_text_writes_what_store_periods_writes() -> None:
    for day in ("2025-09-04", "1999-12-31", "????-09-04", "2025-9-4", "04/09/2025", "", "2025-09-04T10:00",
                "abcd-ef-gh", "2025-1x-04", "２０２５-09-04"):
        for lang in ("vi", "en"):
            assert day_text(day, lang) == day_label(day, lang), (day, lang)


@pytest.mark.parametrize(("certainty", "vi", "en"), [
    ("stated", "02/10/2025", "2025-10-02"),
    ("publication", "02/10/2025", "2025-10-02"),  # the article's own year: said in the details, not marked
    ("inferred", "02/10/2025?", "2025-10-02?"),
])
def test_a_visits_day_says_how_sure_its_year_is(certainty: str, vi: str, en: str) -> None:
    record = make_record(date_certainty=certainty)
    assert (visit_day(record, "vi"), visit_day(record, "en")) == (vi, en)
    assert list_row(record, "vi").date == vi and list_row(record, "en").date == en
    assert record["date"] == "2025-10-02"  # the record itself keeps ISO


def test_a_day_from_a_record_is_never_markup_or_an_escape() -> None:
    record = make_record()
    record["date"] = "[bold]x\x1b[31m"
    assert "\x1b" not in visit_day(record, "vi")


@pytest.fixture
def two_kinds(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([
        make_record(date_certainty="stated"),
        make_record(id="2024-03-05-hdnd-x", date="2024-03-05", date_certainty="inferred", kind="khảo sát",
                    notes="Năm suy ra từ kỳ số liệu."),
    ])
    return path


@pytest.mark.parametrize(("lang", "size", "day", "inferred", "heading"), [
    ("vi", (80, 24), "02/10/2025 ", "05/03/2024?", "02/10/2025 (năm ghi trong bài)"),
    ("en", (120, 40), "2025-10-02 ", "2024-03-05?", "2025-10-02 (year stated)"),
])
async def test_the_list_and_the_heading_write_the_day_of_the_language(
        two_kinds: Path, lang: str, size: tuple[int, int], day: str, inferred: str, heading: str) -> None:
    async with browsing(two_kinds, lang, size=size) as (app, pilot):
        rows = screen_text(app).splitlines()
        assert any(f" {day} " in line for line in rows), rows  # the sidebar may be on its left
        assert any(f" {inferred}  " in line for line in rows), rows
        assert details_text(app).lstrip().startswith(heading)
        await set_filter(pilot, "year:2024")
        assert details_text(app).lstrip().startswith(inferred)


@pytest.mark.parametrize(("lang", "oversight", "survey"), [("vi", "giám sát", "khảo sát"),
                                                          ("en", "oversight", "survey")])
async def test_the_sidebar_names_the_kinds_in_the_interface_language(
        two_kinds: Path, lang: str, oversight: str, survey: str) -> None:
    async with browsing(two_kinds, lang, size=(120, 40)) as (app, _pilot):
        lines = facet_lines(app)
        kinds = lines[lines.index(CATALOG["facet.kind"][lang]) + 1:]
        assert sorted(" ".join(line.split()[:-1]) for line in kinds[:2]) == sorted([oversight, survey])


async def test_switching_language_renames_the_kinds_in_the_sidebar(two_kinds: Path) -> None:
    async with browsing(two_kinds, "vi", size=(120, 40)) as (app, pilot):
        await pilot.press("L")
        await settle(pilot)
        lines = facet_lines(app)
        assert "oversight" in " ".join(lines[lines.index("Kind"):])


KIND_KEYS = {"title", "kind.khao-sat", "brief.title", "review.not_a_visit", "reason.warn.not_a_visit",
             "cli.help.program", "cli.help.filter_kind", "cli.help.import_force", "cli.help.extract_long",
             "kindcount.khao-sat"}
"""Messages where "khảo sát" / "survey" names the kind of visit (or the activity), not a record."""
PROGRAM = re.compile(r"`[^`]*`|\bsurveys(?= (?:import|init|recover|list|check|--db|compact)\b)|upgrade surveys")
"""`surveys`, the program, named in a message."""
ACTIVITY = re.compile(r"\bcuộc (?!giám sát|khảo sát|kiểm tra|làm việc|họp)", re.IGNORECASE)
""""cuộc" alone (the status line had said "5 / 5 cuộc"): a record is a "chuyến"."""


def test_a_record_is_a_chuyen_or_a_visit_in_every_message() -> None:
    wrong = []
    for key, words in CATALOG.items():
        if key in KIND_KEYS or key.startswith("reason.nonvisit."):
            continue
        if "khảo sát" in words["vi"].lower() or ACTIVITY.search(words["vi"]):
            wrong.append((key, words["vi"]))
        if re.search(r"\bsurvey(?:\(s\)|s)?\b", PROGRAM.sub("", words["en"]), re.IGNORECASE):
            wrong.append((key, words["en"]))
    assert not wrong, json.dumps(wrong, ensure_ascii=False, indent=1)


def test_the_status_line_counts_chuyen() -> None:
    assert CATALOG["status.count"]["vi"].startswith("{shown} / {total} chuyến")
