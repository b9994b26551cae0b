"""The one-stop desk's name written in quotes: 'Bộ phận "một cửa" xã A', "Bộ phận “Một cửa” huyện B".

Pages often quote the desk's name. The place rules know it unquoted ("tại Bộ phận một cửa xã A", `place_cues`,
`place_desks`, `place_captions`), and a quote between the desk and its unit hid the unit: a caption "Kiểm tra công
tác cải cách hành chính tại Bộ phận "một cửa" xã A" named no commune. The quotes around the name are taken out once,
before any rule reads the text (`extract_article`), as `body_case.usual_case` gives organs one casing. Only the
quotes around "một cửa" (and "một cửa liên thông", "một cửa hiện đại", "một cửa điện tử") right after "Bộ phận",
"Trung tâm" or "cơ chế"; a quoted phrase elsewhere stays as written.
"""

from __future__ import annotations

import re

__all__ = ["unquoted_desks"]

_QUOTE = "\"“”'‘’"
_QUOTED_DESK = re.compile(
    rf"\b(bộ phận|trung tâm|cơ chế)\s+[{_QUOTE}]\s*(một cửa(?:\s+(?:liên thông|hiện đại|điện tử))?)\s*[{_QUOTE}]",
    re.IGNORECASE)


def unquoted_desks(text: str) -> str:
    """`text` with the quotes around a one-stop desk's name taken out: 'Bộ phận "một cửa" xã A' → "Bộ phận một cửa
    xã A"."""
    return _QUOTED_DESK.sub(r"\1 \2", text)
