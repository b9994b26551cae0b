"""`answered:`, `changed:` and `closed:` as a user meets them: the names, the refusals in both languages, the help's
examples, and a month's report from the command line (`surveys followup` saves, `list --query`, `export`)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from store.catalog import catalog
from store.query import Filter, QueryError
from store.store import SurveyStore
from tests.factories import make_record
from tui.i18n import Translator
from tui.i18n_errors import explain

VISIT = "2025-10-02-hdnd-test-tan-dinh"


@pytest.mark.parametrize(("typed", "field"), [("traloi:2026-11", "answered"), ("trảlời:2026-11", "answered"),
                                              ("phanhoi:11/2026", "answered"), ("doi:2026-11", "changed"),
                                              ("đổi:2026-11", "changed"), ("thaydoi:2026", "changed"),
                                              ("dong:2026-11", "closed"), ("đóng:\"tháng này\"", "closed"),
                                              ("ketthuc:2026-11", "closed"), ("closed:\"last month\"", "closed")])
def test_each_name_is_its_field(typed: str, field: str) -> None:
    (clause,) = Filter.parse(typed).clauses
    assert clause.field == field


def test_a_vietnamese_filter_is_shown_back_with_its_names() -> None:
    typed = 'traloi:11/2026 gui:"sở tài chính" không (doi:"tháng trước" quahan)'
    query = Filter.parse(typed)
    assert query.render("vi") == typed
    assert query.render() == 'answered:11/2026 to:"sở tài chính" not (changed:"tháng trước" overdue)'
    assert Filter.parse(query.render()) == query


@pytest.mark.parametrize("typed", ["traloi:22/10", "traloi:abc", "doi:31/2/2026", "dong:2026-13"])
def test_a_period_that_is_none_is_refused_in_both_languages(typed: str) -> None:
    with pytest.raises(QueryError) as refused:
        Filter.parse(typed)
    english = str(refused.value)
    assert english.startswith(typed.split(":")[0] + ": ") and english.endswith('"this month" or "last month"'), english
    vietnamese = explain(english, Translator("vi"))
    assert vietnamese.endswith('"tháng này" hoặc "tháng trước"') and "hãy viết" in vietnamese, vietnamese
    assert "report" not in vietnamese and "not a" not in vietnamese, vietnamese


def test_other_fields_still_cannot_be_negated_and_typos_still_find_their_names() -> None:
    with pytest.raises(QueryError, match="only the follow-up clauses"):
        Filter.parse("not tinh:x")
    with pytest.raises(QueryError, match="did you mean traloi"):
        Filter.parse("traloj:2026-11")
    with pytest.raises(QueryError, match="did you mean answered"):
        Filter.parse("answerd:2026-11")


@pytest.mark.parametrize(("key", "lang", "examples"), [
    ("help.filter", "vi", ["traloi:11/2026", 'doi:"tháng trước"', 'dong:"tháng này"',
                           'traloi:11/2026 gui:"sở tài chính"', "không traloi:11/2026"]),
    ("help.filter", "en", ["answered:2026-11", 'changed:"last month"', 'closed:"this month"',
                           'answered:2026-11 to:"so tai chinh"', "not answered:2026-11"]),
    ("cli.help.query", "vi", ["traloi:11/2026", 'doi:"tháng trước"', 'dong:"tháng này"']),
    ("cli.help.query", "en", ["answered:2026-11", 'changed:"last month"', 'closed:"this month"']),
])
def test_the_help_shows_filters_the_program_reads(key: str, lang: str, examples: list[str]) -> None:
    text = catalog()[key][lang]
    assert [example for example in examples if example not in text] == []
    for example in examples:
        assert Filter.parse(example).fields() & {"answered", "changed", "closed", "not"}, example


@pytest.fixture
def store(tmp_path: Path) -> Path:
    record = make_record(recommendations=[
        {"text": "Bổ sung máy quét hồ sơ.", "to": "Sở Tài chính"},
        {"text": "Nâng cấp đường truyền.", "to": "Sở Thông tin"},
        {"text": "Cấp kinh phí.", "responses": [{"date": "2026-10-20", "text": "Đã trình"}]},
    ])
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record, make_record(id="2025-10-03-other", date="2025-10-03")])
    return path


def _ids(out: str) -> list[str]:
    return sorted(record["id"] for record in json.loads(out))


def test_a_months_report_from_the_command_line(store: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Answer r1 with a letter of November and close r2: November's answers name r1's visit, the month of the
    closing (its stamp's, in Vietnam) r2's, and the recommendation rows of each export are those items only."""
    base = ["--db", str(store), "--lang", "en", "--today", "2026-11-20"]
    assert main([*base, "followup", VISIT, "r1", "--response", "Sở đã có văn bản", "--response-date",
                 "2026-11-05"]) == 0
    assert main([*base, "followup", VISIT, "r2", "--status", "done"]) == 0
    capsys.readouterr()
    stored = SurveyStore.open(store).get(VISIT)
    assert stored is not None
    stamp = stored["recommendations"][1]["history"][0]["at"]  # the clock's, not --today's
    month = (datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") + timedelta(hours=7)).strftime("%Y-%m")
    assert main([*base, "list", "--query", "traloi:11/2026", "--format", "json"]) == 0
    assert _ids(capsys.readouterr().out) == [VISIT]
    assert main([*base, "list", "--query", "not answered:2026-11", "--format", "json"]) == 0
    others = _ids(capsys.readouterr().out)  # the store's sample visits too, none answered then
    assert "2025-10-03-other" in others and VISIT not in others
    assert main([*base, "list", "--query", "traloi:\"tháng này\"", "--format", "json"]) == 0  # November, --today's
    assert _ids(capsys.readouterr().out) == [VISIT]
    for query, texts in (("answered:2026-11", ["Bổ sung máy quét hồ sơ."]),
                         ("answered:2026-10..2026-11", ["Bổ sung máy quét hồ sơ.", "Cấp kinh phí."]),
                         (f"closed:{month}", ["Nâng cấp đường truyền."]),
                         (f"changed:{month} to:sở", ["Nâng cấp đường truyền."])):
        out = tmp_path / "items.csv"
        assert main([*base, "export", "--rows", "recommendations", "--query", query, "-o", str(out)]) == 0
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        assert [row["text"] for row in rows] == texts, query


@pytest.mark.parametrize(("typed", "bright"), [('to:"sở tài chính"', [True, False, False]),
                                               ("answered:2026-11", [False, False, True]),
                                               ("changed:2026-11 to:ubnd", [False, False, False]),
                                               ("not answered:2026-11", None), ("tinh:x", None)])
def test_the_u_list_brightens_the_items_of_every_follow_up_clause(typed: str, bright: list[bool] | None) -> None:
    """`AppState.item_test`: `to:` alone had left every item bright (it asked only for `status:` and `overdue`)."""
    from tui.settings import Settings  # noqa: PLC0415 - the browser's state, no app
    from tui.state import BrowserState, StoreRef  # noqa: PLC0415

    items: list[dict[str, Any]] = [{"text": "a", "to": "Sở Tài chính"}, {"text": "b", "to": "UBND tỉnh"},
             {"text": "c", "responses": [{"date": "2026-11-03", "text": "Đã trả lời"}]}]
    where = Path("unused.json")
    state = BrowserState(StoreRef("unused.json", "unused.json", where, where), Translator("en"), Settings(),
                         Filter.parse(typed))
    wanted = state.item_test()
    assert (None if wanted is None else [wanted(item) for item in items]) == bright
