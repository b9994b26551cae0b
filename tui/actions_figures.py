"""The figures view (`c`): one metric across the filtered surveys, as bars."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class FiguresMixin(_Base):
    def action_figures(self) -> None:
        """Open on the surveys the list shows once the search in flight has landed, newest first."""
        from .screens.figures import FiguresScreen  # noqa: PLC0415 - built on demand

        if self.catalog is not None:
            self.when_current(lambda: self.push_screen(FiguresScreen(self.view_records(), self.lang)))
