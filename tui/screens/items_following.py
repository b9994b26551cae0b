"""The follow-up list (`u`) follows another office's write to its visit while it is open, and before an item opens.

Two offices on one archive (or two browsers on one file): the list read the
visit when it opened, and the follow-up dialog started from that copy, so a
deadline saved after the other office had answered the item was a conflict
(safe, nothing written over, but a needless stop: tryout s34-offices, Left 1).
The list now asks the store's change token every `INTERVAL` seconds in a
thread while it is on top (as `tui.watching` does for the browser, which
asks only while it is on top itself), reads the visit again when the token
moved, and has the list redrawn from it (`ItemsScreen.take`: the statuses,
the cursor kept on the same item). Enter reads the visit once more, in a
thread too, before the dialog opens, so the dialog starts from what is
stored now; a change to the same item after that is still a conflict, said
as before.

A PostgreSQL server out of reach had been said only by the save (tryout
s40-tryout12, Left open): the list now says so on a line of its own under
its title when a question fails ("… danh sách là bản đọc lúc 19:32", the
last time the store answered, or the list opened), takes the line away when
the store answers again, and Enter then says its dialog starts from the
list's copy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from store.errors import StoreError
from store.followup import ItemRef
from store.item_reread import follow

from ..watching import INTERVAL

if TYPE_CHECKING:
    from textual.timer import Timer

    from .items import ItemsScreen

GROUP = "items-watch"
OPEN = "items-open"
"""The worker that reads the visit again for Enter (`StoreFollowing.open`)."""


def clock() -> str:
    """Now, as the line says when the list was read: 19:32."""
    return datetime.now().strftime("%H:%M")


class StoreFollowing:
    """The list's copy of its visit kept as stored: a token asked on a timer, the visit read again when it moved."""

    def __init__(self, screen: ItemsScreen, read: Callable[[str], dict[str, Any] | None] | None,
                 token: Callable[[], str] | None) -> None:
        self.screen = screen
        self.read, self.token = read, token
        """A visit as stored now, by its id (in a thread: one record, read through the browser's open repository);
        the store's change token (in a thread)."""
        self.seen: str | None = None
        """The token the list's copy was last read under (None: not asked yet, so the first answer reads it)."""
        self.timer: Timer | None = None
        self.opening = False
        """Enter's read is under way (`open`), or landed while the list was covered (`landed`): another Enter waits."""
        self.landed: tuple[dict[str, Any], dict[str, Any] | None, ItemRef, bool] | None = None
        """Enter's read, landed while another screen covered the list (F1): taken when the list is shown again."""
        self.known = clock()
        """When the list's copy was last known to be what is stored: the list opened, or the store last answered."""
        self.lost = False
        """The last question went unanswered: the line under the title says so."""

    def start(self) -> None:
        if self.read is not None and self.token is not None:
            self.timer = self.screen.set_interval(INTERVAL, self.check, name=GROUP)

    def check(self) -> None:
        """On the timer, while the list is on top and no question is out: the token asked in a thread, the visit read
        again when it moved."""
        screen, read, token = self.screen, self.read, self.token
        if read is None or token is None or screen.app.screen is not screen \
                or any(worker.group == GROUP and not worker.is_finished for worker in screen.workers):
            return
        record, seen = screen.record, self.seen

        def work() -> None:
            try:
                now = token()
                if now != seen:
                    screen.app.call_from_thread(self.moved, record, read(str(record.get("id", ""))), now, seen)
            except StoreError:  # out of reach: the list keeps its copy and says so; the browser too, once on top
                screen.app.call_from_thread(self.unreached)
                return
            screen.app.call_from_thread(self.reached, clock())

        screen.run_worker(work, thread=True, group=GROUP, exit_on_error=False)

    def unreached(self) -> None:
        """The store did not answer: the line under the title says since when the list is as read."""
        if self.screen.is_attached and not self.lost:
            self.lost = True
            self.screen.say_reach(self.line())

    def line(self) -> str:
        """The out-of-reach line in the list's language now ("" while the store answers): said again from the state
        kept here when `L` switches the language, as the rest of the list is (it had stayed in the first one)."""
        return self.screen.t("items.out_of_reach", time=self.known) if self.lost else ""

    def reached(self, at: str) -> None:
        """The store answered at `at`: the list is as stored then; the out-of-reach line goes."""
        self.known = at
        if self.lost and self.screen.is_attached:
            self.lost = False
            self.screen.say_reach("")

    def moved(self, record: dict[str, Any], stored: dict[str, Any] | None, now: str, seen: str | None) -> None:
        """The token moved: the list drawn from the visit as stored, and its links asked again (a decision taken
        elsewhere, an earlier visit's status). Moot if the list's own decision replaced the copy meanwhile."""
        screen = self.screen
        self.seen = now
        if record is not screen.record or stored is None or not screen.is_attached:
            return  # the list's own decision came meanwhile (read again on the next move), or the visit is gone
        if screen.take(stored) or seen is not None:
            screen.linked.ask()

    def open(self, ref: ItemRef) -> None:
        """Enter on `ref`: the visit read again in a thread (a PostgreSQL server that stopped answering had held the
        key, and the whole browser, until the driver's timeout), then the list dismissed with the item in it, so the
        dialog starts from what is stored. Esc meanwhile leaves the list and the answer is dropped; a second Enter
        of a burst waits for the first; a screen put over the list meanwhile (F1) delays the dialog until the list
        is shown again (`shown`)."""
        screen, read = self.screen, self.read
        if self.opening:
            return
        if read is None:
            screen.dismiss(ref)
            return
        self.opening, record = True, screen.record

        def work() -> None:
            try:
                stored, lost = read(str(record.get("id", ""))), False
            except StoreError:
                stored, lost = None, True  # out of reach: the list's copy, as before, said; the save says what it meets
            screen.app.call_from_thread(self.opened, record, stored, ref, lost)

        screen.run_worker(work, thread=True, group=OPEN, exit_on_error=False)

    def opened(self, record: dict[str, Any], stored: dict[str, Any] | None, ref: ItemRef, lost: bool = False) -> None:
        """The visit read for Enter: the list's copy replaced by it and the list dismissed with the item followed
        there. The copy is kept when the visit is deleted or the item's text changed (then the save says the item
        was changed, or the visit deleted, as before); nothing when the list was left meanwhile. When another
        screen covers the list (F1), the answer waits until the list is shown again: it had been dropped, and
        Enter had to be pressed again (tryout s36-polish9, "Left open"). `lost`: the read went unanswered; a note
        says the dialog starts from the list's copy."""
        screen = self.screen
        if not screen.is_attached:
            self.opening = False
            return
        if lost:
            self.unreached()
        if not screen.is_active:
            self.landed = (record, stored, ref, lost)
            return
        self.opening = False
        if lost:
            screen.notify(screen.t("items.out_of_reach_open", time=self.known), severity="warning", markup=False)
        if screen.record is not record:  # the timer's read landed meanwhile: `ref` is of the copy Enter was on
            ref = follow(record, screen.record, ref) or ref
            record = screen.record
        found = follow(record, stored, ref) if stored is not None else None
        if stored is not None and found is not None:
            screen.take(stored, redraw=False)
            ref = found
        screen.dismiss(ref)

    def shown(self) -> None:
        """The list is on top again (the help closed): the Enter whose read landed meanwhile opens its dialog."""
        landed, self.landed = self.landed, None
        if landed is not None:
            self.opened(*landed)
