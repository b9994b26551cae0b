"""A visit's kind (giám sát, khảo sát, kiểm tra, làm việc) named in the interface language.

Records keep the kind as the article wrote it, in Vietnamese; the status line counts visits by kind and the
details pane names the kind, so an English reader gets "oversight" for "giám sát". A kind the catalog does
not know is shown as written (made safe: it is record text).
"""

from __future__ import annotations

from store.folding import fold

from .i18n import CATALOG, Translator
from .safe import visible


def kind_name(kind: str, t: Translator) -> str:
    key = "kind." + fold(kind).strip().replace(" ", "-")
    return t(key) if key in CATALOG else visible(kind)
