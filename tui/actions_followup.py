"""Follow-up (`u`): pick one of the selected survey's recommendations or directions, edit it, save it.

`ItemsScreen` lists the items, `FollowUpScreen` edits one and hands back
the validated record; a thread worker then saves that item over what the
store holds now (one atomic write through `SurveyStore.replace`), so an edit
never overwrites other changes made to the record meanwhile. The browser
then reloads the store the way it does after an import, keeping the
selection, so the list, the counts of a `status:` filter and the details
all show the saved state. A failure is reported and the app stays up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from .messages import FollowUpSaved

if TYPE_CHECKING:
    from store.followup import ItemRef

    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class FollowUpMixin(_Base):
    def action_follow_up(self) -> None:
        """The selected survey's items, starting at the first one a `status:`/`overdue` filter asks for."""
        from store.followup import get_item  # noqa: PLC0415 - loaded when first used: a fast start

        from .screens.items import ItemsScreen, item_refs  # noqa: PLC0415

        position = self.survey_list.selected
        if self.catalog is None or position is None:
            self.notify(self.t("note.no_selection"), markup=False)
            return
        record = self.record(position)
        refs, wanted = item_refs(record), self.item_test()
        if not refs:
            self.notify(self.t("note.no_items"), markup=False)
            return
        start = next((ref for ref in refs if wanted and wanted(get_item(record, ref))), None)
        self.push_screen(ItemsScreen(record, self.t, start=start), lambda ref: self._edit_item(record, ref))

    def _edit_item(self, record: dict[str, Any], ref: ItemRef | None) -> None:
        if ref is None:
            return
        from .screens.followup import FollowUpScreen  # noqa: PLC0415 - loaded when first used: a fast start

        def edited(result: dict[str, Any] | None) -> None:
            if result is not None:
                self._save_worker(record, ref, result)

        self.push_screen(FollowUpScreen(record, ref, self.lang), edited)

    @work(thread=True, group="followup", exit_on_error=False)
    def _save_worker(self, before: dict[str, Any], ref: ItemRef, after: dict[str, Any]) -> None:
        """Put the edited item into the record as stored now; refuse if someone changed that item meanwhile."""
        from store.backends import open_repository  # noqa: PLC0415 - loaded when first used: a fast start
        from store.followup import save_item  # noqa: PLC0415
        from store.repository import ConflictError, RecordNotFound  # noqa: PLC0415

        repository = open_repository(self.store_location)
        try:
            save_item(repository, before, ref, after)
        except RecordNotFound:
            raise ConflictError(self.t("note.gone", id=before["id"])) from None
        except ConflictError:
            self.call_from_thread(self.reload)
            raise ConflictError(self.t("note.changed_meanwhile")) from None
        finally:
            repository.close()
        self.post_message(FollowUpSaved(before["id"], ref[0], ref[1]))

    def on_follow_up_saved(self, message: FollowUpSaved) -> None:
        what = self.t(f"items.{message.field}")
        self.notify(self.t("note.saved", what=what, number=message.index + 1, id=message.record_id), markup=False)
        self.reload()
