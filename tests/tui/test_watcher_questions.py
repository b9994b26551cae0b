"""The watcher asks one question at a time, and a question asked meanwhile is not lost.

A stand-in screen keeps the worker the watcher starts, so the test decides
when it runs: a second `check` while the first is under way starts no second
worker; if the first answer saw nothing (the write landed after it read the
token), the worker asks again and sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from textual.message import Message

from tui.model import Catalog
from tui.watching import ChangeWatcher, StoreChanged


class Searcher:
    """A store whose token the test moves."""

    def __init__(self) -> None:
        self.now = "1"
        self.asked = 0

    def token(self) -> str:
        return self.now

    def token_now(self) -> str:
        self.asked += 1
        return self.now

    def fresh(self) -> bool:
        return True

    def count(self) -> int:
        return int(self.now)

    def read_only(self) -> bool:
        return False


class Screen:
    """The browser screen as the watcher sees it: on top, idle, no write in flight; its workers kept."""

    def __init__(self) -> None:
        self.app = SimpleNamespace(screen=self)
        self.is_idle = True
        self.workers: list[Any] = []
        self.started: list[Callable[[], None]] = []
        self.posted: list[Message] = []

    def run_worker(self, work: Callable[[], None], **options: Any) -> None:
        self.started.append(work)

    def post_message(self, message: Message) -> None:
        self.posted.append(message)


def _watching() -> tuple[ChangeWatcher, Screen, Searcher]:
    screen, searcher = Screen(), Searcher()
    state = SimpleNamespace(catalog=Catalog(searcher))  # type: ignore[arg-type]
    return ChangeWatcher(screen, state), screen, searcher  # type: ignore[arg-type]


def test_a_question_asked_while_one_is_answered_is_asked_again_when_that_one_saw_nothing() -> None:
    watcher, screen, searcher = _watching()
    watcher.check()
    assert len(screen.started) == 1
    first = screen.started[0]

    original = searcher.token_now

    def written_right_after_the_read() -> str:
        token = original()
        if searcher.asked == 1:
            searcher.now = "2"  # another writer, just after this question read the token
            watcher.check()  # the timer, meanwhile: no second worker
        return token

    searcher.token_now = written_right_after_the_read  # type: ignore[method-assign]
    first()
    assert len(screen.started) == 1 and searcher.asked == 2
    changed = [message for message in screen.posted if isinstance(message, StoreChanged)]
    assert len(changed) == 1 and changed[0].catalog is not None and changed[0].catalog.counted == 2

    watcher.check()  # answered: the next tick starts a worker again
    assert len(screen.started) == 2


def test_an_answer_that_saw_the_change_is_not_asked_again() -> None:
    watcher, screen, searcher = _watching()
    searcher.now = "2"
    watcher.check()
    watcher.check()  # meanwhile
    screen.started[0]()
    assert searcher.asked == 1 and len(screen.posted) == 1
