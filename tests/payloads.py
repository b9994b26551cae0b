"""The injection table: text that would drive a terminal or a markup parser, and a record full of it.

Every CLI output and every screen is run over these (tests/test_injection_cli.py,
tests/tui/test_injection_screens.py). What counts as "raw" is decided by
Unicode category, not by this list, so a payload missing here is still caught
wherever it appears.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from tests.factories import make_record

PAYLOADS: dict[str, str] = {
    "csi-clear-screen": "\x1b[2J\x1b[H",
    "csi-colour": "\x1b[31mđỏ\x1b[0m",
    "osc52-clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "osc0-title": "\x1b]0;bị chiếm\x1b\\",
    "osc8-link": "\x1b]8;;http://x\x07nhấn\x1b]8;;\x07",
    "c1-csi": "\x9b31mđỏ",
    "c1-osc": "\x9d0;tiêu đề\x9c",
    "bel": "chuông\x07",
    "del": "xóa\x7f",
    "bidi-rlo": "abc\u202edcba",
    "bidi-lri": "\u2066ẩn\u2069",
    "zero-width": "khô\u200bng\ufeff",
    "cr-overwrite": "an toàn\rNGUY HIỂM",
    "markup-close": "[/b]",
    "markup-click": "[@click=app.quit]bấm[/]",
    "markup-link": "[link=http://x]y[/link]",
}
ALL = " ".join(PAYLOADS.values())
"""Every payload at once, for fields a record holds once."""
MARKUP_LITERALS = ("[/b]", "[@click=app.quit]", "[link=http://x]")

PLACE = "phường Tân Định"


def raw_controls(text: str, allow: str = "\n") -> list[str]:
    """Characters in `text` a terminal would act on or that reorder/hide text: C0/C1, DEL, format (bidi, zero-width)."""
    return sorted({repr(ch) for ch in text
                   if ch not in allow and unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")})


def hostile_record(record_id: str = "2025-10-03-hostile", payload: str = ALL) -> dict[str, Any]:
    """A valid record with `payload` in every free-text field, including the follow-up addressee."""
    record = make_record(id=record_id, date="2025-10-03", body=f"HĐND {payload}", summary=f"Tóm tắt {payload}",
                         notes=payload)
    record["leader"] = {"name": f"Ông {payload}", "title": payload}
    record["figures"] = [
        {"label": f"Hồ sơ {payload}", "metric": "ho-so-tiep-nhan", "value": 10, "unit": f"hồ sơ {payload}"},
        {"label": f"Trễ {payload}", "value": 2, "of": 10, "unit": "hồ sơ", "locality": PLACE},
    ]
    record["recommendations"] = [{"text": f"Kiến nghị {payload}", "by": payload, "to": f"Gửi {payload}",
                                  "deadline": "2025-12-31", "responses": [{"date": "2025-11-01", "text": payload}]}]
    record["directions"] = [{"text": f"Chỉ đạo {payload}", "by": payload, "to": payload}]
    record["difficulties"] = [{"text": f"Khó khăn {payload}", "locality": PLACE}]
    record["people"] = [{"name": payload, "role": payload}]
    record["source"] = {"outlet": payload, "url": f"http://x/{payload}"}
    return record


def write_hostile_store(path: Path, record_id: str = "2025-10-03-hostile") -> Path:
    """A store at `path` holding the bundled surveys and one `hostile_record`."""
    from store.store import SurveyStore  # noqa: PLC0415  (the payloads themselves need no store)

    SurveyStore.open(path).upsert_many([hostile_record(record_id)])
    return path
