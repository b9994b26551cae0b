"""The keys that open a dialog on the surveys shown: e (export), c (figures), u (follow-up), r (correct), D (delete),
i (import), o (the selected survey's source sentences).

`SurveyActions` opens the dialog with what it needs from the state and,
once it is confirmed, runs the dialog's job (`export_view`, `delete_survey`,
each in its dialog's module) in a thread worker on the browser screen; the
follow-up dialog (`u`) and the correction screen (`r`) write in a worker of
their own, so that a conflict or a store out of reach is said while the
edits are still on screen. The job's result is a message
(`tui.messages`) the screen turns into a note and, after a write, a reload;
a job that raises is reported by the screen's one failure handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from store.export import ItemTest
    from store.followup import ItemRef

    from .screens.browser import BrowserScreen
    from .screens.export_dialog import ExportChoice


class SurveyActions:
    """The dialogs on the surveys of one browser screen, and the workers that do what they ask."""

    def __init__(self, screen: BrowserScreen) -> None:
        self.screen = screen
        self.state = screen.state
        self.last_export: ExportChoice | None = None
        """What the export dialog was last confirmed with: the next `e` starts from it."""
        self.link_cache: Any = None
        """`store.item_links.LinkCache`, made on the first `u`: one index of the items per store version."""
        self.session: Any = None
        """`tui.screens.items_since.FollowUpSession`, made on the first `u`: this run's follow-up saves (`z` puts
        the last one of an item back) and when each visit's list had last been opened (`c`, the "●" marks)."""

    def run(self, group: str, job: Callable[..., Message], *args: Any) -> None:
        """Run `job(*args)` in a thread worker; the message it returns goes to the screen."""
        screen = self.screen
        screen.run_worker(lambda: screen.post_message(job(*args)), thread=True, group=group, exit_on_error=False)

    def refused(self) -> bool:
        """The store refuses writes (a reader's role): said before a dialog is filled in for nothing."""
        catalog = self.state.catalog
        if catalog is None or not catalog.read_only:
            return False
        self.screen.notify(self.state.t("note.read_only", path=self.state.store.label), severity="warning",
                           markup=False)
        return True

    def _selected_to_change(self) -> dict[str, Any] | None:
        """The selected survey, for a key that changes it: None (and a note saying why) when the store refuses
        writes or no survey is selected."""
        return None if self.refused() else self.screen.selection.record()

    def export(self) -> None:
        """The filtered view, once the search in flight has landed, to a file (`e`)."""
        if self.state.catalog is not None:
            self.screen.searches.when_current(self._open_export)

    def _export_series(self, key: Any, name: str) -> None:
        """The figures view's `e`: a CSV of the series on screen (`store.metrics.in_series`), its name in the title."""
        self._open_export("figures", (key, name))

    def _open_export(self, rows: str | None = None, series: tuple[Any, str] | None = None) -> None:
        """The export dialog as last filled in; with `rows` (the figures view's `e`), a CSV of those rows, of the
        figures of one `series` (its key, its name) when given."""
        from .screens.export_dialog import ExportChoice, ExportScreen, default_path, export_view  # noqa: PLC0415
        from .settings import load_user_export, save_user_export  # noqa: PLC0415

        state = self.state
        records, query = state.view_records(), state.shown_query
        if series is not None:
            from store.metrics import in_series  # noqa: PLC0415 - loaded with the figures view anyway

            records = in_series(records, series[0])
        offered = self.last_export or ExportChoice.from_remembered(load_user_export())  # the last, in any browser
        if rows is not None:  # the comparison's rows in a CSV; the last CSV's file, BOM and Excel box kept
            last = offered if offered is not None and offered.fmt == "csv" else None
            offered = ExportChoice(fmt="csv", rows=rows, bom=last.bom if last else False,
                                   path=last.path if last else default_path("csv"),
                                   decimal_comma=last.decimal_comma if last else False)

        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self.last_export = choice
                save_user_export(choice.remembered())  # a convenience: a file that cannot be written is let be
                self.run("export", export_view, choice, records, query, state.lang)

        screen = ExportScreen(state.t, len(records), query.render(state.lang), offered, state.store.location,
                              series=series[1] if series is not None else None)
        self.screen.app.push_screen(screen, chosen)

    def figures(self) -> None:
        """The figures view (`c`) on the surveys the list shows once the search in flight has landed."""
        from .screens.figures import FiguresScreen  # noqa: PLC0415 - built on demand

        state = self.state

        def show() -> None:
            self.screen.app.push_screen(FiguresScreen(state.view_records(), state.lang,
                                                      export=self._export_series))

        if state.catalog is not None:
            self.screen.searches.when_current(show)

    def follow_up(self) -> None:
        """The selected survey's items (`u`), starting at the first one a `status:`/`overdue` filter asks for; on a
        read-only store (a reader's role) the list opens to read (`reader`)."""
        record = self.screen.selection.record()
        if record is None:
            return
        from store.followup import get_item  # noqa: PLC0415 - loaded when first used: a fast start

        from .screens.item_refs import item_refs  # noqa: PLC0415

        refs, wanted = item_refs(record), self.state.item_test()
        if not refs:
            self.screen.notify(self.state.t("note.no_items"), markup=False)
            return
        start = next((ref for ref in refs if wanted and wanted(get_item(record, ref))), None)
        self._items(record, start, wanted)

    def _items(self, record: dict[str, Any], start: ItemRef | None, wanted: ItemTest | None = None) -> None:
        """The list of `record`'s items, `start` selected; the one chosen opens in the follow-up dialog. The list
        finds the earlier items each repeats in a thread (`store.item_links`) and may open an earlier visit's list."""
        from .screens.items import ItemsScreen  # noqa: PLC0415 - a fast start

        repository = self._repository()  # the list follows another office's write to the visit (and reads it on Enter)
        read_only, session = self.reader(), self._session()
        since = self._since(session, str(record.get("id", "")))
        screen = ItemsScreen(record, self.state.t, start=start, wanted=wanted, find_links=self.links_of,
                             decide=None if read_only else self._decide_link, open_earlier=self._open_earlier,
                             read=repository.get if repository is not None else None, read_only=read_only,
                             token=repository.change_token if repository is not None else None, since=since,
                             session=session)
        # the record as the list holds it last: a link decided there has changed the stored item
        self.screen.app.push_screen(screen, lambda ref: self._edit_item(screen.record, ref, screen.links))

    def _session(self) -> Any:
        from .screens.items_since import FollowUpSession  # noqa: PLC0415 - a fast start

        if self.session is None:
            self.session = FollowUpSession(undo=self._undo_save, me=self._writer())
        return self.session

    def _writer(self) -> str | None:
        """The name this browser's saves give their history entries (`store.followup.writer`), asked once: a name set
        answers without the store; a PostgreSQL role is asked of the server once (the store keeps it)."""
        from store.followup import writer  # noqa: PLC0415 - a fast start
        from store.writer_name import set_named, writer_name  # noqa: PLC0415

        try:
            return set_named(self.state.user.name) or writer(self._repository(), self.state.user.name)
        except Exception:  # noqa: BLE001 - a server out of reach: the name without its role, as a save would fail
            return writer_name(None, self.state.user.name)

    def _since(self, session: Any, visit: str) -> str | None:
        """When this user had last opened `visit`'s list in this archive before this run (the user's settings as read
        at the start, `tui.settings.UserSettings`); the first look of the run is remembered for the next, written in
        a thread worker (the interface's thread reads and writes no file for it), and this run keeps comparing with
        the one before."""
        if visit not in session.since:
            from store.item_history import now_stamp  # noqa: PLC0415

            from .settings import save_looked  # noqa: PLC0415

            location, stamp, user = str(self.state.store.location), now_stamp(), self.state.user
            before = user.looked_before(location, visit)
            # never a list of this archive before: this first look is the one the run compares with, so another
            # office's change made after it is marked when the list opens again (tryout s40-tryout12)
            session.since[visit] = before if before is not None else stamp
            user.looked_now(location, visit, stamp)
            # a convenience: a file that cannot be written is let be
            self.screen.run_worker(lambda: save_looked(location, visit, stamp), thread=True, group="looked",
                                   exit_on_error=False)
        return session.since[visit]

    def _undo_save(self, record: dict[str, Any], ref: ItemRef, done: tuple[dict[str, Any], ...],
                   own: tuple[dict[str, Any], ...]) -> dict[str, Any]:
        """In a thread: `z`, the save whose history entries are `done` put back in the record as stored now (`own`:
        what this run wrote to the item since, no one else's change), under the name in the user's settings."""
        from store.backends import open_repository  # noqa: PLC0415
        from store.followup import undo_save  # noqa: PLC0415

        repository = open_repository(self.state.store.location)
        try:
            return undo_save(repository, str(record["id"]), ref, list(done), own, named=self.state.user.name)
        finally:
            repository.close()

    def reader(self) -> bool:
        """The store refuses writes (a reader's role, a read-only file): the `u` list and its items open to read. A
        reader could not open the list at all, though it only reads: its marks and the text under it were out of
        reach (tryout s38-tryout10, item 9)."""
        catalog = self.state.catalog
        return catalog is not None and catalog.read_only

    def _repository(self) -> Any:
        catalog = self.state.catalog
        return getattr(catalog.searcher, "repository", None) if catalog is not None else None

    def links_of(self, record: dict[str, Any], cancelled: Callable[[], bool] | None = None) -> Any:
        """In a thread: `record` as stored now and its links over the store, through an index kept up to date with
        the store (the browser's copy of the record may not show a link decided a moment ago). `cancelled` (the
        details pane's worker, left behind by a fast scroll): asked once the index is in, no links then."""
        from store.item_links import LinkCache  # noqa: PLC0415 - loaded when first used: a fast start
        from store.link_reads import stored_links  # noqa: PLC0415

        repository = self._repository()
        if repository is None:
            return record, {}
        if self.link_cache is None:
            self.link_cache = LinkCache()
        # from the visits at its places where the store's index reads them alone, else the index of every visit;
        # the dropped links too: the list lists them (`x` takes a drop back)
        return stored_links(self.link_cache, repository, record, dropped=True, cancelled=cancelled)

    def _decide_link(self, record: dict[str, Any], ref: ItemRef, link: Any, decision: str | None) -> dict[str, Any]:
        """In a thread: a person's word on a link, saved in the record as stored now (`store.item_links`)."""
        from store.backends import open_repository  # noqa: PLC0415
        from store.link_decisions import save_decision  # noqa: PLC0415

        repository = open_repository(self.state.store.location)
        try:
            return save_decision(repository, str(record["id"]), ref, (link.survey, link.item), decision)
        finally:
            repository.close()

    def _open_earlier(self, link: Any) -> None:
        """The earlier visit's list over the later one's, on the item repeated: Esc there comes back."""
        repository = self._repository()
        earlier = repository.get(link.survey) if repository is not None else None
        if earlier is None:
            self.screen.notify(self.state.t("links.gone", id=link.survey), markup=False, severity="warning")
            return
        self._items(earlier, link.ref)

    def _edit_item(self, record: dict[str, Any], ref: ItemRef | None, links: dict[Any, Any] | None = None) -> None:
        if ref is None:
            return
        from .messages import FollowUpSaved  # noqa: PLC0415
        from .screens.followup import FollowUpScreen  # noqa: PLC0415 - a fast start
        from .screens.item_refs import next_item  # noqa: PLC0415

        state = self.state
        dialog = FollowUpScreen(record, ref, state.lang, location=state.store.location, read_only=self.reader(),
                                links=[link for link in (links or {}).get(ref, []) if not link.dropped],
                                named=state.user.name)

        def edited(saved: Message | None) -> None:  # the dialog saved it (a failure keeps it open with the edit)
            if saved is not None:
                if isinstance(saved, FollowUpSaved):  # `z` in the list may put it back; not news to this person
                    self._session().saved(saved.record_id, ref, saved.at, saved.changes, saved.save)
                self.screen.post_message(saved)
                if dialog.saved is not None:  # back to the list, on the next item: six updates, six saves
                    self._items(dialog.saved, next_item(dialog.saved, ref), self.state.item_test())
            elif dialog.stale:  # changed elsewhere and left as stored: show what is stored now
                self.screen.reload()

        self.screen.app.push_screen(dialog, edited)

    def sources(self) -> None:
        """The article sentence each value of the selected survey was read from (`o`); it changes nothing."""
        record = self.screen.selection.record()
        if record is None:
            return
        from .screens.sources import SourcesScreen  # noqa: PLC0415 - built on demand

        self.screen.app.push_screen(SourcesScreen(record, self.state.t))

    def correct(self) -> None:
        """The selected survey in the review screen (`r`): every value editable; saving writes it, Esc leaves it."""
        record = self._selected_to_change()
        if record is None:
            return
        from .screens.review_correct import CorrectScreen, SurveyCorrected  # noqa: PLC0415 - a fast start

        screen = CorrectScreen(record, self.state.store.location, self.state.lang, named=self.state.user.name)

        def done(stored: dict[str, Any] | None) -> None:
            if stored is not None:
                self.screen.post_message(SurveyCorrected(str(stored.get("id", "")), screen.restored))
            elif screen.stale:  # changed elsewhere meanwhile: show what is stored now, so `r` opens that
                self.screen.reload()

        self.screen.app.push_screen(screen, done)

    def delete(self) -> None:
        """The selected survey, after a confirmation that names it (`D`)."""
        record = self._selected_to_change()
        if record is None:
            return
        from .screens.confirm_delete import ConfirmDeleteScreen, delete_survey  # noqa: PLC0415 - a fast start

        location, record_id = self.state.store.location, str(record.get("id", ""))
        self.screen.app.push_screen(ConfirmDeleteScreen(record, self.state.t),
                                    lambda yes: self.run("delete", delete_survey, location, record_id) if yes else None)

    def import_records(self) -> None:
        """The import dialog (`i`); the store is read again after an import."""
        if self.refused():
            return
        try:
            from .screens.import_dialog import ImportScreen  # noqa: PLC0415 - written separately, may be absent
        except ImportError:
            self.screen.notify(self.state.t("note.no_import"), markup=False, severity="warning")
            return
        catalog = self.state.catalog  # its repository is open: the dialog asks it which drafts are stored
        dialog = ImportScreen(self.state.store.location,
                              repository=getattr(catalog.searcher, "repository", None) if catalog else None)

        def imported(result: bool | None) -> None:  # the record just written is the one selected, if it is listed
            if result:
                self.screen.selection.wanted = next(iter(dialog.written), None)
                self.screen.reload()

        self.screen.app.push_screen(dialog, imported)
