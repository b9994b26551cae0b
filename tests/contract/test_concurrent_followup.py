"""Two processes editing one record at once: edits of different items both land, as do responses added to one item
(a list merged, s35); two statuses set on one item, one is refused.

Each process opens the store itself (`reopen`) and saves through
`store.followup`, exactly as `surveys followup` and the browser do, so this
holds for every backend: the TinyDB file's lock and the database's
transactions alike.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

import pytest

from store.followup import STATUSES, get_item, save_followup
from store.repository import ConflictError, Repository
from tests.factories import make_record
from tests.present import present

pytestmark = pytest.mark.slow  # two processes editing at once, per backend

ROUNDS = 20
RECORD = make_record()["id"]
R1, D1 = ("recommendations", 0), ("directions", 0)


def _edit(reopen: Callable[[], Repository], ref: tuple[str, int], text: str, seen: dict[str, Any] | None,
          start: Any, results: Any) -> None:
    """In a child: wait for the other child, then add one response to one item (`text`) or, for a `text` that is a
    status, set it."""
    repository = reopen()
    change: dict[str, Any] = {"status": text} if text in STATUSES else {"response": ("2025-10-20", text)}
    try:
        start.wait(timeout=60)
        save_followup(repository, RECORD, ref, seen=seen, **change)
        results.put((text, "saved"))
    except ConflictError as error:
        results.put((text, f"conflict: {error}"))
    except Exception as error:  # reported to the parent, which fails the test with it
        results.put((text, f"error: {type(error).__name__}: {error}"))
    finally:
        repository.close()


def _race(reopen: Callable[[], Repository], jobs: list[tuple[tuple[str, int], str, dict | None]]) -> dict[str, str]:
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(len(jobs)), context.Queue()
    children = [context.Process(target=_edit, args=(reopen, ref, text, seen, start, results))
                for ref, text, seen in jobs]
    for child in children:
        child.start()
    outcome = dict(results.get(timeout=120) for _ in children)
    for child in children:
        child.join(timeout=60)
    return outcome


def test_two_processes_editing_different_items_both_land(repository: Repository, reopen) -> None:
    repository.upsert_many([make_record()])
    for round_number in range(ROUNDS):
        outcome = _race(reopen, [(R1, f"r1 lần {round_number}", None), (D1, f"d1 lần {round_number}", None)])
        assert set(outcome.values()) == {"saved"}, outcome
    stored = repository.get(RECORD)
    assert stored is not None
    assert sorted(r["text"] for r in get_item(stored, R1)["responses"]) == sorted(f"r1 lần {n}" for n in range(ROUNDS))
    assert sorted(r["text"] for r in get_item(stored, D1)["responses"]) == sorted(f"d1 lần {n}" for n in range(ROUNDS))


def test_two_processes_adding_responses_to_the_same_item_both_land(repository: Repository, reopen) -> None:
    repository.upsert_many([make_record()])
    for round_number in range(3):
        seen = get_item(present(repository.get(RECORD)), R1)  # both saw the item as it is now
        outcome = _race(reopen, [(R1, f"một {round_number}", seen), (R1, f"hai {round_number}", seen)])
        assert set(outcome.values()) == {"saved"}, outcome
        texts = [r["text"] for r in get_item(present(repository.get(RECORD)), R1)["responses"]]
        assert set(outcome) <= set(texts) and len(texts) == 2 * (round_number + 1)


def test_two_processes_setting_the_status_of_one_item_one_is_refused_and_changes_nothing(
    repository: Repository, reopen,
) -> None:
    repository.upsert_many([make_record()])
    for round_number in range(3):
        seen = get_item(present(repository.get(RECORD)), R1)  # both saw the item as it is now
        wanted = ("done", "not accepted") if round_number % 2 == 0 else ("in progress", "open")
        outcome = _race(reopen, [(R1, wanted[0], seen), (R1, wanted[1], seen)])
        assert sorted(value.split(":")[0] for value in outcome.values()) == ["conflict", "saved"], outcome
        refused = next(text for text, value in outcome.items() if value.startswith("conflict"))
        assert "changed by someone else" in outcome[refused] and "nothing was saved" in outcome[refused]
        saved = next(text for text, value in outcome.items() if value == "saved")
        assert get_item(present(repository.get(RECORD)), R1)["status"] == saved
