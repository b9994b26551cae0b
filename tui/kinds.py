"""A visit's kind (giám sát, khảo sát, kiểm tra, làm việc) named in the interface language.

Records keep the kind as the article wrote it, in Vietnamese; the status line counts visits by kind and the
details pane names the kind, so an English reader gets "oversight" for "giám sát". A kind the catalog does
not know is shown as written (made safe: it is record text).
"""

from __future__ import annotations

from store.folding import fold

from .i18n import CATALOG, Translator
from .safe import visible


def _slug(kind: str) -> str:
    return fold(kind).strip().replace(" ", "-")


def kind_name(kind: str, t: Translator) -> str:
    key = "kind." + _slug(kind)
    return t(key) if key in CATALOG else visible(kind)


def kind_counted(kind: str, count: int, t: Translator) -> str:
    """"4 khảo sát" / "4 surveys", "1 oversight visit": the count first in both languages, as Vietnamese says it,
    and English's noun in its number (a bare "oversight" counts nothing, so English says "visit"). A kind the
    catalog does not know: the count, then the kind as written."""
    key = f"kindcount.{_slug(kind)}"
    if key in CATALOG:
        return t(key, count=t.number(count))
    return t("status.kind", count=t.number(count), kind=visible(kind))
