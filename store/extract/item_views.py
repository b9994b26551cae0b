"""A direction told as someone's view: "Theo ông X, (thời gian tới) xã cần (phải) ..." or "... xã phải ...".

After the delegation's conclusion a report often gives the leader's or a member's directions as what they think the
locality needs to do: "Theo ông Thịnh, thời gian tới UBND xã cần rà soát lại các nguồn thu" is his direction to the
commune, though no asking verb is written (session 35 left it open). Who holds the view decides, as for any ask
(`item_speakers._actor`): the delegation's view is a direction; the locality's own official saying what it needs
("Theo ông X, Chủ tịch UBND xã, xã cần được bổ sung biên chế") asks no one and is no item, nor is a report's
("Theo báo cáo, xã cần thêm kinh phí": no person), nor a need put passively ("cần được") or a judgement with no
"cần". "phải" says the same as "cần" (session 37): "Theo bà X, thời gian tới UBND xã phải bố trí ...";
"phải được" and "phải chăng" are none; the locality's own official's "phải" asks no one, as its "cần".
"""

from __future__ import annotations

import re

__all__ = ["told_view"]

_VIEW = re.compile(r"^\W*Theo\s+((?:ông|bà|đồng chí)\s[^.;:]+?|(?:Phó\s+)?Trưởng đoàn(?:\s[^.;:]+?)?)\s*,\s*"
                   r"((?:(?:trong\s+)?thời gian tới\s*,?\s*)?[^,.;:]{1,60}?)\s+(?:cần(?:\s+phải)?|phải)\s+"
                   r"(?!thiết\b|được\b|có\s+thêm\b|chăng\b)"
                   r"([^.;]+)", re.IGNORECASE)
_TIME_AHEAD = re.compile(r"^(?:trong\s+)?thời gian tới\s*,?\s*", re.IGNORECASE)


def told_view(text: str) -> tuple[str, str] | None:
    """(who holds the view, the words asked: whom, then the task) when `text` tells a view that something must be
    done; None otherwise."""
    m = _VIEW.match(text)
    if m is None:
        return None
    whom = _TIME_AHEAD.sub("", m[2].strip())
    return m[1], f" {whom} {m[3].strip()}"
