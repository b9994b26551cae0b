"""A store that cannot be opened: the reason reads first and whole, right under the status line's heading.

Session 31's PostgreSQL tryout opened an archive its role may not read: the list kept its three loading rows, so it
showed only "Không mở được kho:" and the reason stood below, in the details pane. The list is now sized to its
message as it is to rows, at 80×24 and 120×40, in both languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.loading
from store.errors import StoreError
from tests.tui.browser_helpers import browsing, screen_text
from tui.i18n import Translator
from tui.i18n_errors import explain
from tui.widgets.key_footer import KeyFooter

REASON = ("the role 'surveys_reader' may not use the schema 'luu_tru' that holds the archive at "
          "postgresql://surveys_reader@dbhost/surveys; the archive's owner lets it read with "
          "`GRANT USAGE ON SCHEMA luu_tru TO surveys_reader; GRANT SELECT ON ALL TABLES IN SCHEMA luu_tru TO "
          "surveys_reader`")


def _refuse(location: str) -> None:
    raise StoreError(REASON)


def _flat(text: str) -> str:
    return " ".join(text.replace("▕", " ").split())


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))])
async def test_the_reason_is_said_whole_above_the_details_pane(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              lang: str, size: tuple[int, int]) -> None:
    monkeypatch.setattr(tui.loading, "open_for_browsing", _refuse)
    t = Translator(lang)
    async with browsing(tmp_path / "s.json", lang, size=size) as (app, pilot):
        lines = screen_text(app).splitlines()
        border = next(at for at, line in enumerate(lines) if f"─{t('details.title')}─" in line)
        above = _flat("\n".join(lines[2:border]))
        heading = t("empty.failed", error="").strip().rstrip(":")
        reason = _flat(explain(REASON, t))
        assert heading in above and reason in above
        assert above.index(heading) < above.index(reason)
        footer = app.screen.query_one(KeyFooter).size.height
        assert not _flat("\n".join(lines[border + 1:-footer])), "the details pane repeats or continues nothing"
        await pilot.press("L")  # the other language: still whole, in its words
        await pilot.pause()
        other = Translator("en" if lang == "vi" else "vi")
        lines = screen_text(app).splitlines()
        border = next(at for at, line in enumerate(lines) if f"─{other('details.title')}─" in line)
        assert _flat(explain(REASON, other)) in _flat("\n".join(lines[2:border]))
