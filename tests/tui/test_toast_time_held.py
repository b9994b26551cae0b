"""A note held under a dialog keeps its time for after (`tui.toasts`): read only once the dialog closes, it is shown
for what was left of its time when the dialog opened, however long the dialog stayed open.
The Pilot flow is in test_former_note_dialog.py."""

from __future__ import annotations

import pytest

from tests.tui.test_ux_s27_tryout import Board, _toasts
from tui.i18n import Translator
from tui.toasts import Toasts


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _held(monkeypatch: pytest.MonkeyPatch) -> tuple[Board, Toasts, Clock, Translator]:
    clock = Clock()
    monkeypatch.setattr("tui.toasts.time.monotonic", clock)
    board, t = Board(), Translator("vi")
    return board, _toasts(board), clock, t


def test_a_held_notes_time_waits_under_the_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    board, toasts, clock, t = _held(monkeypatch)
    toasts.said(t, "Đã nhập: thêm 1", "", "information", 8, False)
    clock.now += 1  # hardly seen (`SEEN`)
    board.push(toasts)
    clock.now += 60  # the dialog stays open a minute: longer than the note's time
    board.pop(toasts, t)
    assert board.toasts(toasts) == ["Đã nhập: thêm 1"]
    assert board.posted[-1].notification.timeout == pytest.approx(7)  # the 7 s it had left
    clock.now += 8
    board.push(toasts)  # out of time once shown again: not held a second time
    board.pop(toasts, t)
    assert board.posted == [] or board.toasts(toasts) == []


def test_a_note_seen_and_older_than_its_time_does_not_come_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four exports, then an import: the exports' notes, read for seconds before the import dialog opened, came
    back when it closed minutes later, beside "Đã nhập: thêm 2" as if the import had written those files."""
    board, toasts, clock, t = _held(monkeypatch)
    toasts.said(t, "Đã ghi 5 chuyến vào a.csv", "", "information", 8, False)
    clock.now += 3  # on screen 3 s: seen
    board.push(toasts)
    clock.now += 2  # closed within its time: it comes back for the 5 s left
    board.pop(toasts, t)
    assert board.toasts(toasts) == ["Đã ghi 5 chuyến vào a.csv"]
    board.push(toasts)
    clock.now += 60  # the import dialog, a minute
    board.pop(toasts, t)
    toasts.said(t, "Đã nhập: thêm 2", "", "information", 8, False)
    assert board.toasts(toasts) == ["Đã nhập: thêm 2"]


def test_a_note_out_of_time_before_the_dialog_does_not_come_back(monkeypatch: pytest.MonkeyPatch) -> None:
    board, toasts, clock, t = _held(monkeypatch)
    toasts.said(t, "Đã lưu", "", "information", 2, False)
    clock.now += 3
    board.push(toasts)
    board.pop(toasts, t)
    assert [notify for notify in board.posted if toasts.drawn(notify.notification)] == []


def test_the_same_note_said_again_replaces_the_one_held(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two imports in a row: the first's "Đã nhập: thêm 1", held under the second import dialog, came back beside
    the second's own, two notes alike; the note said again now replaces it, held or drawn. Other notes stay."""
    board, toasts, clock, t = _held(monkeypatch)
    toasts.said(t, "Đã nhập: thêm 1", "", "information", 8, False)
    toasts.said(t, "Đã xuất", "", "information", 8, False)
    board.push(toasts)  # the next import dialog
    clock.now += 2
    board.pop(toasts, t)  # closed: the held notes come back …
    toasts.said(t, "Đã nhập: thêm 1", "", "information", 8, False)  # … and the second import says its own
    assert sorted(board.toasts(toasts)) == ["Đã nhập: thêm 1", "Đã xuất"]
    board.push(toasts)
    toasts.said(t, "Đã lưu", "", "information", 8, False)
    toasts.said(t, "Đã lưu", "", "information", 8, False)  # drawn twice over the dialog: once
    assert board.toasts(toasts) == ["Đã lưu"]
    board.pop(toasts, t)
    assert sorted(board.toasts(toasts)) == ["Đã lưu", "Đã nhập: thêm 1", "Đã xuất"]
