"""The extractor's reasons are codes said from the one catalog, in either language, and old drafts still read."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store import catalog
from store.extract import Draft, article_files, extract_article, extract_file
from store.reasons import PREFIX, Reason, from_json, reason, say

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).parent / "articles"
EXTRACT = ROOT / "store" / "extract"


def _reasons(value: object) -> list[Reason]:
    """Every reason in `value`, nested ones too."""
    found: list[Reason] = []
    if isinstance(value, Reason):
        found.append(value)
        for param in value.params.values():
            found += _reasons(param)
    elif isinstance(value, list):
        for item in value:
            found += _reasons(item)
    return found


def _code(said: str) -> str:
    """The code of a reason a fresh draft holds (a `Reason`; only older drafts hold plain words)."""
    assert isinstance(said, Reason), said
    return said.code


def _draft_reasons(draft: Draft) -> list[Reason]:
    return _reasons([*draft.certainty.values(), *draft.warnings, draft.non_visit])


@pytest.fixture(scope="module")
def drafts() -> list[Draft]:
    return [extract_file(path) for path in article_files(ARTICLES)]


def test_every_reason_the_extractor_writes_has_words_in_both_languages(drafts: list[Draft]) -> None:
    written = set(re.findall(r"""\breason\(\s*f?["']([a-z_.{}]+)["']""",
                             " ".join(path.read_text(encoding="utf-8") for path in EXTRACT.glob("*.py"))))
    assert {"date.inferred", "warn.no_leader", "nonvisit.no_visit", "duplicate.of"} <= written
    made = {code for code in written if "{" not in code}
    made |= {"place.chosen", "place.unsure", "place.neighbours", "warn.flagged"}  # chosen by a condition
    made |= {f"date_certainty.{how}{bare}" for how in ("stated", "publication", "inferred") for bare in ("", ".bare")}
    made |= {f"document.{kind}" for kind in ("decree", "circular", "directive", "plan", "decision", "resolution",
                                             "scheme", "letter")}
    emitted = {said.code for draft in drafts for said in _draft_reasons(draft)}
    assert len(emitted) > 12 and emitted <= made
    assert sorted(code for code in made if PREFIX + code not in catalog.catalog()) == []


def test_no_reason_is_english_words_any_more(drafts: list[Draft]) -> None:
    for draft in drafts:
        for said in [*draft.certainty.values(), *draft.warnings, *([draft.non_visit] if draft.non_visit else [])]:
            assert isinstance(said, Reason), said
            vi, en = say(said, "vi"), say(said, "en")
            assert vi != en and str(said) == en and "{" not in vi + en


def test_a_reason_keeps_its_code_through_json_and_copies() -> None:
    said = reason("date.inferred", written="Sáng 9-9", year=2025, why=reason("year.two_tier"))
    again = from_json(orjson.loads(orjson.dumps(said.as_json("vi"))))
    assert isinstance(again, Reason) and again == said and again.code == said.code
    assert say(again, "vi") == say(said, "vi") and "2 cấp" in say(again, "vi") and "two-level" in say(again, "en")
    assert copy.deepcopy(said).params["why"].code == "year.two_tier"
    assert from_json("an old English reason") == "an old English reason" and from_json(None) is None
    assert say(reason("no.such.code", n=3), "vi") == "no.such.code(n=3)"  # a newer code: shown, not lost


def test_drafts_round_trip_and_older_drafts_read() -> None:
    draft = extract_article("Sáng 9-9, Đoàn giám sát HĐND tỉnh Lạng Sơn do bà Lò Thị Hạnh, Phó Chủ tịch HĐND tỉnh, "
                            "làm trưởng đoàn đã giám sát tại phường Đông Kinh. Phường tiếp nhận hơn 1.200 hồ sơ.")
    wrapped = orjson.loads(orjson.dumps(draft.as_dict("vi")))
    assert wrapped["certainty"]["date"]["code"] == "date_certainty.inferred"
    assert wrapped["certainty"]["date"]["text"].startswith("suy ra: ")
    again = Draft.from_dict(wrapped)
    assert again.certainty == draft.certainty and again.warnings == draft.warnings
    assert [_code(said) for said in again.warnings] == [_code(said) for said in draft.warnings]
    older = {**wrapped, "certainty": {"date": "inferred: năm suy ra"}, "warnings": ["no leader"], "non_visit": None}
    old = Draft.from_dict(older)
    assert old.certainty == {"date": "inferred: năm suy ra"} and old.warnings == ["no leader"]


def test_surveys_extract_says_the_reasons_in_the_language_asked(capsys, tmp_path: Path) -> None:
    nonvisit = str(ARTICLES / "tuned" / "t19_ward_meeting_nonvisit.txt")
    visit = str(ARTICLES / "tuned" / "t01_long_dien_ba_ria.txt")
    for lang, meeting, two_tier in (("vi", "cuộc họp do chính đơn vị", "chính quyền địa phương 2 cấp"),
                                    ("en", "a meeting the unit holds itself", "two-level local government")):
        assert main(["--db", str(tmp_path / "none.json"), "--lang", lang, "extract", "--with-provenance",
                     nonvisit, visit]) == 0
        captured = capsys.readouterr()
        assert meeting in captured.err
        wrapped = orjson.loads(captured.out)
        assert meeting in wrapped[0]["non_visit"]["text"] and wrapped[0]["non_visit"]["code"] == "nonvisit.own_meeting"
        assert two_tier in wrapped[1]["certainty"]["date"]["text"]


def test_every_placeholder_of_a_rule_has_words_in_both_languages() -> None:
    """Rules are patterns of the Vietnamese they match; their <placeholders> are said in the screen's language."""
    from tui.i18n import Translator  # noqa: PLC0415
    from tui.screens.review_notes import rule_text  # noqa: PLC0415

    source = "".join(path.read_text(encoding="utf-8") for path in (EXTRACT / "leaders.py", EXTRACT / "people.py"))
    rules = re.findall(r'rule(?:s?\[[^]]+\])?\s*=\s*\d*,?\s*"([^"]*<[a-z ]+>[^"]*)"', source)
    rules += re.findall(r'score, rule = \d+, "([^"]*<[a-z ]+>[^"]*)"', source)
    assert rules
    for rule in rules:
        vi = rule_text(rule, Translator("vi"))
        for placeholder in re.findall(r"<([a-z ]+)>", rule):
            assert catalog.text("rule." + placeholder.replace(" ", "_"), "vi") in vi, rule


def test_a_probable_duplicate_is_said_in_either_language() -> None:
    from store.extract.duplicates import probable_duplicates  # noqa: PLC0415

    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    stored = {**draft.record, "id": "stored-one", "figures": draft.record["figures"][:1]}
    [duplicate] = probable_duplicates(draft.record, [stored])
    en, vi = duplicate.message(), duplicate.message("vi")
    assert en.startswith("probable duplicate of stored-one (same date ") and "figures the stored record lacks" in en
    assert vi.startswith("có lẽ trùng với stored-one (cùng ngày ") and "số liệu bản ghi đã lưu chưa có" in vi


@pytest.mark.parametrize(("name", "code"), [
    ("t143_meeting_on_draft_oversight_report.txt", "nonvisit.report_meeting"),
    ("t144_plan_sets_up_teams_with_heads.txt", "nonvisit.plan"),
    ("t145_a_year_of_a_delegation_in_review.txt", "nonvisit.round_up"),
    ("t146_session_adopts_an_oversight_resolution.txt", "nonvisit.session"),
])
def test_each_kind_of_non_visit_has_its_own_code(name: str, code: str) -> None:
    said = extract_file(ARTICLES / "tuned" / name).non_visit
    assert isinstance(said, Reason) and said.code == code and say(said, "vi") != say(said, "en")


@pytest.mark.parametrize(("name", "code"), [
    ("t132_school_year_ahead_no_year.txt", "year.school_year"),
    ("t133_election_spring_no_year.txt", "year.election"),
    ("t134_election_prepared_year_before.txt", "year.election"),
    ("t150_trial_run_of_new_wards.txt", "year.trial_run"),
])
def test_the_event_that_fixes_a_year_is_the_dates_reason(name: str, code: str) -> None:
    draft = extract_file(ARTICLES / "tuned" / name)
    why = {said.code for said in _reasons(list(draft.certainty.values()))}
    assert draft.record["date_certainty"] == "inferred" and code in why
