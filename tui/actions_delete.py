"""Delete the selected survey (`D`): confirm, delete through the repository, reload.

The deletion runs in a thread worker through `Repository.delete`, one write
under the store's lock; the store keeps what was deleted until the next
compaction and then in its backups (README, "Deleting"). A failure is
reported and the app stays up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.widgets import Input

from store.backends import open_repository

from .messages import SurveyDeleted
from .screens.confirm_delete import ConfirmDeleteScreen

if TYPE_CHECKING:
    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class DeleteMixin(_Base):
    def action_delete_survey(self) -> None:
        if len(self.screen_stack) > 1 or isinstance(self.focused, Input):
            return
        position = self.survey_list.selected
        if self.catalog is None or position is None:
            self.notify(self.t("note.no_selection"), markup=False)
            return
        record = self.catalog.record(position)
        self.push_screen(ConfirmDeleteScreen(record, self.t), lambda yes: self._delete(record) if yes else None)

    def _delete(self, record: dict[str, Any]) -> None:
        self._delete_worker(str(record.get("id", "")))

    @work(thread=True, group="delete", exit_on_error=False)
    def _delete_worker(self, record_id: str) -> None:
        repository = open_repository(self.store_location)
        try:
            report = repository.delete([record_id])
        finally:
            repository.close()
        self.post_message(SurveyDeleted(record_id, bool(report.deleted)))

    def on_survey_deleted(self, message: SurveyDeleted) -> None:
        key = "note.deleted" if message.deleted else "note.gone"
        self.notify(self.t(key, id=message.record_id), markup=False)
        self.reload()
