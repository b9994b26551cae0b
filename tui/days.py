"""A visit's day as its reader writes it, and how sure its year is, for the list, the details and the dialogs.

Records keep the ISO day (`2025-09-04`): sorting, filters, storage and exports read it. A Vietnamese reader
writes it day first, `04/09/2025` (as every Vietnamese form and letter does), so the browser shows that in
Vietnamese and the ISO day, which no reader misreads, in English: what `store.periods.day_label` writes
for the follow-up days: both are `store.days.day_text`, which loads nothing (the list's rows are on the first
frame, which does not load `store.periods`). A year the article did
not give and the extractor inferred from context
(`date_certainty: inferred`, reasons in the notes and the details' origins) is followed by "?", in the list as
in the details' heading, whose "(năm suy ra)" / "(year inferred)" explains the mark. A year taken from the
publication date is not marked: the article was published days after the visit it reports, and the details
say "(năm theo ngày đăng)". A day whose year is unknown (a draft's `????-09-04`) is `04/09` in Vietnamese.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.days import day_text

from .safe import visible

if TYPE_CHECKING:
    from .i18n import Translator

UNSURE = "?"
"""After a year the article did not give (inferred)."""


def visit_day(record: dict[str, Any], lang: str) -> str:
    """The record's day in `lang`, made safe (it is record text), "?" after an inferred year."""
    day = day_text(visible(record.get("date", "")), lang)
    return day + UNSURE if record.get("date_certainty") == "inferred" else day


def visit_named(record: dict[str, Any], t: Translator) -> str:
    """A visit as a note names it, its day and provinces ("09/09/2025 ở Hồ Chí Minh"): the id a note had named it by,
    one word of 40 cells and more, broke mid-word at 80 columns ("…tinh-kha|nh-hoa-…"), and read worse."""
    from .model import short_province  # noqa: PLC0415 - loaded by the browser long before a note is said

    day = visit_day(record, t.lang)
    places = ", ".join(dict.fromkeys(visible(short_province(locality["province"]["name"]))
                                     for locality in record.get("localities", [])
                                     if isinstance(locality.get("province"), dict)))
    return t("note.visit", day=day, places=places) if places else day
