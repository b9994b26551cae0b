"""The follow-up list's links to earlier visits: which earlier item each item repeats, and the person's word on it.

An item a later visit asked again (`store.item_links`: the same place of today, an earlier day, like wording) is
marked "↺" in its line of the `u` list, and the text under the list says when it was raised before: `p` opens that
earlier visit's list on the item, `y` confirms the link, `x` drops it for good (`x` on a dropped link takes the drop
back). The links are found in a thread (from the visits at the visit's places, `store.link_reads`, or a
per-store-version index of every visit), so the list shows at once and the marks come
when they are known; an item that repeats several earlier ones shows one at a time and `n` chooses which one `p`,
`y` and `x` act on. Kept apart from the list itself (`tui.screens.items`), as its following of another office's
writes (`items_following`) and its "changed since" (`items_since`) are: one concept each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from store.followup import ITEM_FIELDS, ItemRef

if TYPE_CHECKING:
    from store.item_links import Link

    from .items import ItemsScreen

    Links = dict[ItemRef, list[Link]]
    Find = Callable[[dict[str, Any]], tuple[dict[str, Any], Links]]
    Decide = Callable[[dict[str, Any], ItemRef, Link, str | None], dict[str, Any]]


class ItemLinks:
    """The list's links: found in a thread (`find`), a decision saved in a thread (`decide`, returns the record
    stored) and, on the screen's thread, the earlier visit's list opened on the item (`open_earlier`)."""

    def __init__(self, screen: ItemsScreen, find: Find | None, decide: Decide | None,
                 open_earlier: Callable[[Link], None] | None) -> None:
        self.screen = screen
        self.find, self.decide_with, self.open_earlier = find, decide, open_earlier
        self.found: Links = {}
        """Each item's links, the dropped ones last (marked `dropped`)."""
        self.chosen: dict[ItemRef, int] = {}
        """Which of an item's links is shown and acted on (`n` moves it on)."""

    def forget(self) -> None:
        """Items added, deleted or edited: the links are keyed by an item's place, so they are asked again."""
        self.found, self.chosen = {}, {}

    def of(self, ref: ItemRef) -> list[Link]:
        return self.found.get(ref) or []

    def repeats(self, ref: ItemRef) -> bool:
        """Asked before, by a link not dropped: the "↺" mark of the item's line."""
        return any(not link.dropped for link in self.found.get(ref, ()))

    def shown(self, ref: ItemRef) -> int:
        return self.chosen.get(ref, 0)

    def ask(self) -> None:
        """The earlier items each item repeats, found in a thread; the lines and the text under them then redrawn."""
        screen, find = self.screen, self.find
        record = screen.record
        if find is None:
            return

        def work() -> None:
            stored, found = find(record)
            screen.app.call_from_thread(self._show, record, stored, found)

        screen.run_worker(work, thread=True, group="links", exit_on_error=False)

    def _show(self, record: dict[str, Any], stored: dict[str, Any], found: Links) -> None:
        screen = self.screen
        if record is not screen.record or not screen.is_attached:
            return  # a decision has changed the record meanwhile: its own search is on the way
        counts = [len(stored.get(f) or []) for f in ITEM_FIELDS] == [len(record.get(f) or []) for f in ITEM_FIELDS]
        if stored.get("id") == record.get("id") and counts:  # the same items (the lines' numbers hold)
            screen.take(stored, redraw=False)  # what is stored now: an edit of an item is made on it, the lines drawn
        self.found = found
        self.chosen = {ref: at for ref, at in self.chosen.items() if at < len(found.get(ref, ()))}
        screen.redraw_lines()

    def here(self) -> Link | None:
        """The link the cursor's item shows, or None (said: the item repeats no earlier one)."""
        current = self.screen.current
        links = self.found.get(current) if current is not None else None
        if not links:
            self.screen.notify(self.screen.t("links.none"), markup=False)
            return None
        return links[self.chosen.get(current, 0) if current is not None else 0]

    def next(self) -> None:
        """n: the item's next earlier item (after the last, the first again): the one p, y and x then act on."""
        current = self.screen.current
        if self.here() is None or current is None:
            return
        self.chosen[current] = (self.chosen.get(current, 0) + 1) % len(self.found[current])
        self.screen.redraw_lines(lines=False)

    def earlier(self) -> None:
        """p: the earlier visit's list, on the item this one repeats (Esc there comes back here)."""
        link = self.here()
        if link is not None and self.open_earlier is not None:
            self.open_earlier(link)

    def decide(self, decision: str | None) -> None:
        """y / x: the person's word on the link shown, saved in a thread; the links then asked again. `x` on a
        dropped link takes the drop back (None: suggested again)."""
        screen = self.screen
        if screen.read_only:
            screen.notify(screen.t("items.read_only"), severity="warning", markup=False)
            return
        link, ref, decide = self.here(), screen.current, self.decide_with
        if link is None or ref is None or decide is None:
            return
        if decision == "dropped" and link.dropped:
            decision = None
        record = screen.record

        def work() -> None:
            try:
                stored = decide(record, ref, link, decision)
            except Exception as error:  # a store out of reach or a conflict: said, nothing changed here
                screen.app.call_from_thread(screen.notify, str(error), severity="error", markup=False)
                return
            screen.app.call_from_thread(self._decided, stored, ref, link, decision)

        screen.run_worker(work, thread=True, group="decide", exit_on_error=False)

    def _decided(self, stored: dict[str, Any], ref: ItemRef, link: Link, decision: str | None) -> None:
        from store.followup import item_label  # noqa: PLC0415

        self.screen.record = stored
        earlier = f"{link.survey} {link.item}"
        said = f"links.saved.{decision or 'undone'}"
        self.screen.notify(self.screen.t(said, item=item_label(ref), earlier=earlier), markup=False)
        self.ask()
