"""Two articles about one visit reviewed in one import: the later one is offered to merge into the earlier one.

A journalist imported a folder holding their own report of a visit and another outlet's report of the same visit
(tryout s40-tryout12). Both drafts got the same id; after both were reviewed, the dry run refused the whole import
("id: duplicate id … also at …") and Ctrl+Y wrote nothing: the reviewed work could only be cancelled. The merge
offer had looked at the store only. Now a reviewed record that reports a visit an earlier article of the same
import reports (no stored one) gets the offer against that article's record; merging writes the earlier record,
then appends what the later one adds, through the same merge as for a stored visit.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from store.store import SurveyStore
from tests.factories import make_record
from tui.screens.import_articles import documents
from tui.screens.import_work import confirm_outcome, documents_outcome, find_offers

PAYMENTS = {"label": "Giao dịch thanh toán trực tuyến", "value": 1215, "unit": "giao dịch",
            "locality": "phường Tân Định"}
ASK = {"text": "Kết nối phần mềm một cửa với cơ sở dữ liệu dân cư.", "by": "UBND phường Tân Định",
       "to": "Công an thành phố"}


def two_reports(**later: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    first = make_record()
    second = copy.deepcopy(first)
    second["figures"] = [first["figures"][0], PAYMENTS]
    second["recommendations"] = [ASK]
    second.update(later)
    return first, second


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "bao.json"  # made by the first import, as the browser's "e" (empty) would


def test_the_later_article_is_offered_against_the_earlier_one(store: Path) -> None:
    first, second = two_reports()
    kept = [("bai/bao-a.txt", first), ("bai/bao-b.txt", second)]
    found = find_offers(store, kept)
    [offer] = found.offers
    assert offer.label == "bai/bao-b.txt" and offer.earlier == "bai/bao-a.txt"
    assert offer.stored is first and offer.figures == [PAYMENTS] and offer.items == [("recommendations", ASK)]


def test_merging_imports_the_earlier_record_with_what_the_later_one_adds(store: Path) -> None:
    first, second = two_reports()
    [offer] = find_offers(store, [("bai/bao-a.txt", first), ("bai/bao-b.txt", second)]).offers
    kept = documents([("bai/bao-a.txt", first)])  # the dialog leaves the merged article out of the import
    assert not documents_outcome(store, kept, "skip", True).problems
    outcome = confirm_outcome(store, kept, "skip", [offer])
    assert not outcome.problems and not outcome.merge_errors, (outcome.problems, outcome.merge_errors)
    assert outcome.result is not None and outcome.result.report.added == [first["id"]]
    assert outcome.merged == [first["id"]]
    stored = SurveyStore(store).get(first["id"])
    assert stored is not None
    assert [figure["value"] for figure in stored["figures"]] == [1200, 98.5, 1215]
    assert [item["text"] for item in stored["recommendations"]] == ["Bổ sung máy quét hồ sơ.", ASK["text"]]


def test_a_probable_duplicate_under_another_id_is_offered_too(store: Path) -> None:
    first, second = two_reports(id="2025-10-02-bao-khac-tan-dinh")
    [offer] = find_offers(store, [("a.txt", first), ("b.txt", second)]).offers
    assert offer.earlier == "a.txt" and offer.stored is first


def test_two_visits_in_one_import_are_no_offer(store: Path) -> None:
    first = make_record()
    other = make_record(id="2025-10-09-hdnd-test-tan-dinh", date="2025-10-09")  # another day: another visit
    assert find_offers(store, [("a.txt", first), ("b.txt", other)]).offers == []


def test_a_stored_visit_is_offered_first(store: Path) -> None:
    first, second = two_reports()
    assert not confirm_outcome(store, documents([("old.txt", first)]), "skip", []).problems  # stored before
    offers = find_offers(store, [("bai/bao-a.txt", copy.deepcopy(first)), ("bai/bao-b.txt", second)]).offers
    assert [(offer.label, offer.earlier, offer.same_id) for offer in offers] == [("bai/bao-b.txt", None, True)]
