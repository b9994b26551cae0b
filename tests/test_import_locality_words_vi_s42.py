"""An import's problems (a place, a time of day, a duplicate id) are said in Vietnamese (tryout s42-tryout14).

A JSON file with a commune no gazetteer knows ("xã Không Có Thật", Quảng Ngãi), checked in the browser's Vietnamese
import dialog at 80×24, listed its other problems in Vietnamese and this one in English: "… is not a xã of Quảng Ngãi
today, nor one merged away in 2025: check its name, …". The place's problems are now catalog messages (`err.unit_*`),
written in English by the store, as before letter for letter, and said in the reader's language by
`tui.i18n_errors.explain` (the browser's dialog and `surveys import`).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from store.importing import Normalizer
from tests.factories import make_record
from tui.i18n import Translator
from tui.i18n_errors import explain

ENGLISH_WORDS = ("is not a", "today", "merged away", "cannot tell", "is no province", "give ")


def problems_of(locality: Any) -> dict[str, str]:
    raw = make_record(localities=[locality])
    del raw["figures"][0]["locality"]
    _, problems = Normalizer().check(raw)
    return {problem.path: problem.message for problem in problems}


CASES = [
    ({"name": "xã Không Có Thật", "province": "Quảng Ngãi"}, "localities[0].level",
     '"xã Không Có Thật" is not a xã of Quảng Ngãi today, nor one merged away in 2025: check its name, level and '
     'district, or give "level" to keep it placed at the province only',
     '"xã Không Có Thật" không phải xã nào của Quảng Ngãi hiện nay'),
    ({"name": "Không Có Thật", "province": "Quảng Ngãi"}, "localities[0].level",
     '"Không Có Thật" is not a unit of Quảng Ngãi today, nor one merged away in 2025: check its name, level and '
     'district, or give "level" to keep it placed at the province only',
     '"Không Có Thật" không phải đơn vị nào của Quảng Ngãi hiện nay'),
    ({"name": "xã Không Có Thật", "province": "Xứ Không Có"}, "localities[0].province",
     'cannot tell which of today\'s provinces "xã Không Có Thật" is in; province "Xứ Không Có" is no province, old or '
     'new', 'không biết "xã Không Có Thật" thuộc tỉnh, thành phố nào hiện nay; province "Xứ Không Có" không phải'),
    ({"name": "xã Không Có Thật"}, "localities[0].province",
     'cannot tell which of today\'s provinces "xã Không Có Thật" is in; give "province": {"name", "code"} or '
     '"former_province"', 'hãy ghi "province": {"name", "code"} hoặc "former_province"'),
]


@pytest.mark.parametrize(("locality", "path", "english", "vietnamese"), CASES)
def test_a_place_problem_is_english_as_before_and_vietnamese_to_a_vietnamese_reader(
        locality: Any, path: str, english: str, vietnamese: str) -> None:
    found = problems_of(locality)
    assert found[path] == english  # the store's words unchanged (the CLI's English, tests/test_import.py)
    assert explain(found[path], Translator("en")) == english
    said = explain(found[path], Translator("vi"))
    assert vietnamese in said, said
    assert not any(word in said for word in ENGLISH_WORDS), said


def test_a_level_the_catalog_names_is_not_read_as_the_any_unit_message() -> None:
    """The look-alike: "is not a unit of" and "is not a {level} of" share their words; a level of "phường" is said as
    "phường nào", never as "đơn vị nào", and the unit message never as "unit nào"."""
    level = explain(problems_of({"name": "phường Không Có Thật", "province": "Quảng Ngãi"})["localities[0].level"],
                    Translator("vi"))
    assert "không phải phường nào của Quảng Ngãi" in level
    unit = explain(problems_of({"name": "Không Có Thật", "province": "Quảng Ngãi"})["localities[0].level"],
                   Translator("vi"))
    assert "unit" not in unit and "đơn vị nào" in unit


@pytest.mark.parametrize(("date", "english", "vietnamese"), [
    ("2025-10-02T09:30", '"2025-10-02T09:30" holds a time of day; a date here is the day only: write 2025-10-02',
     '"2025-10-02T09:30" có cả giờ trong ngày; ở đây chỉ ghi ngày: hãy viết 2025-10-02'),
])
def test_a_time_of_day_is_said_in_vietnamese(date: str, english: str, vietnamese: str) -> None:
    _, problems = Normalizer().check(make_record(date=date))
    [message] = [problem.message for problem in problems if problem.path == "date"]
    assert message == english
    assert explain(message, Translator("vi")) == vietnamese


def test_a_duplicate_id_is_said_in_vietnamese(tmp_path: Any) -> None:
    from store.importing import prepare  # noqa: PLC0415 - the import's reading of files

    path = tmp_path / "dup.json"
    path.write_text(json.dumps([make_record(), make_record()], ensure_ascii=False), encoding="utf-8")
    prepared = prepare([str(path)])
    [message] = [problem.message for problem in prepared.problems if "also at" in problem.message]
    assert message.startswith('duplicate id "2025-10-02-hdnd-test-tan-dinh": also at ')
    said = explain(message, Translator("vi"))
    assert said.startswith('mã "2025-10-02-hdnd-test-tan-dinh" bị trùng: cũng có ở '), said
