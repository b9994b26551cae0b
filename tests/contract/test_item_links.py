"""A person's word on a suggested repeat link is stored by every backend: dropped stays dropped, confirmed stays."""

from __future__ import annotations

import pytest

from store.followup import FollowUpError
from store.item_links import LinkCache, links_for
from store.link_decisions import save_decision, upgrade_decisions
from store.repository import Repository
from tests.test_item_links import MARCH, SEPTEMBER

LATER = ("recommendations", 1)


def test_a_dropped_link_is_not_suggested_again_after_reopening(repository: Repository, reopen) -> None:
    repository.upsert_many([MARCH, SEPTEMBER])
    assert [link.item for link in links_for(repository, SEPTEMBER)[LATER]] == ["r2"]
    save_decision(repository, "september", LATER, ("march", "r2"), "dropped")
    other = reopen()
    try:
        stored = other.get("september")
        assert stored is not None
        assert stored["recommendations"][1]["repeats"] == [{"survey": "march", "item": "r2", "decision": "dropped",
                                                            "text": MARCH["recommendations"][1]["text"]}]
        assert links_for(other, stored) == {}
    finally:
        other.close()


def test_a_confirmed_link_is_kept_and_the_cache_follows_writes(repository: Repository) -> None:
    repository.upsert_many([MARCH, SEPTEMBER])
    cache = LinkCache()
    assert links_for(repository, SEPTEMBER, cache)[LATER][0].confirmed is False
    stored = save_decision(repository, "september", LATER, ("march", "r2"), "confirmed")
    assert links_for(repository, stored, cache)[LATER][0].confirmed is True
    repository.update("march", lambda record: {**record, "recommendations": [
        *record["recommendations"][:1], {**record["recommendations"][1], "status": "done"}]})
    assert links_for(repository, stored, cache)[LATER][0].status == "done"  # a new token: the index rebuilt


@pytest.mark.parametrize("earlier", [("nosuch", "r1"), ("march", "r9"), ("september", "r1")])
def test_a_link_to_no_stored_earlier_item_is_refused_and_nothing_written(repository: Repository,
                                                                         earlier: tuple[str, str]) -> None:
    repository.upsert_many([MARCH, SEPTEMBER])
    with pytest.raises(FollowUpError):
        save_decision(repository, "september", LATER, earlier, "confirmed")
    with pytest.raises(FollowUpError):  # a later visit is never "raised before"
        save_decision(repository, "march", ("recommendations", 0), ("september", "r2"), "confirmed")
    assert repository.get("september") == SEPTEMBER and repository.get("march") == MARCH


SCANNER, STAFF = (item["text"] for item in MARCH["recommendations"])


def _set_march(repository: Repository, texts: list[str]) -> None:
    repository.update("march", lambda record: {**record, "recommendations": [{"text": text} for text in texts]})


def test_a_decision_follows_its_item_when_the_earlier_visit_is_reordered(repository: Repository, reopen) -> None:
    repository.upsert_many([MARCH, SEPTEMBER])
    save_decision(repository, "september", LATER, ("march", "r2"), "dropped")
    _set_march(repository, [STAFF, SCANNER])  # reordered: the staffing item is r1
    other = reopen()
    try:
        stored = other.get("september")
        assert stored is not None
        assert stored["recommendations"][1]["repeats"][0]["text"] == STAFF
        assert links_for(other, stored) == {}  # the base suggested it again: "r2" had become the scanner
    finally:
        other.close()


def test_a_confirmed_link_to_a_deleted_item_is_let_go(repository: Repository) -> None:
    repository.upsert_many([MARCH, SEPTEMBER])
    stored = save_decision(repository, "september", LATER, ("march", "r2"), "confirmed")
    _set_march(repository, [SCANNER, "Đề nghị nâng cấp đường giao thông nội đồng thôn Bản Khe."])
    assert links_for(repository, stored) == {}  # the base showed the road as confirmed


def test_decisions_stored_the_old_way_are_upgraded(repository: Repository) -> None:
    old = {**SEPTEMBER, "recommendations": [SEPTEMBER["recommendations"][0], {
        **SEPTEMBER["recommendations"][1], "repeats": [{"survey": "march", "item": "r2", "decision": "dropped"}]}]}
    repository.upsert_many([MARCH, old])
    assert upgrade_decisions(repository) == 1
    stored = repository.get("september")
    assert stored is not None
    assert stored["recommendations"][1]["repeats"] == [{"survey": "march", "item": "r2", "decision": "dropped",
                                                        "text": STAFF}]
    assert upgrade_decisions(repository) == 0  # once
    _set_march(repository, [STAFF, SCANNER])
    assert links_for(repository, stored) == {}
