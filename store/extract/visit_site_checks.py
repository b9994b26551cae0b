"""A people's committee's own check of a site, told as done: "UBND tỉnh A đã kiểm tra hiện trường ...".

`visit_evidence` takes a sentence as a visit when a delegation or an overseeing body does the visit's verb. A
province's or district's people's committee is no such body (it mostly has others check: "UBND tỉnh chỉ đạo các sở
kiểm tra"), so a check it made itself, told after a fronted reason ("Trước sự phản ánh của người dân về ..., ngày
24/8, UBND tỉnh A đã kiểm tra hiện trường"), read as news. The committee as its clause's subject, "đã" right before
the verb and the site right after it ("hiện trường", "thực tế", "tại xã B") tell a check made on the spot. A check
still to come ("sẽ kiểm tra") or given to others ("đã yêu cầu các sở kiểm tra", "đã giao huyện kiểm tra") puts
other words between the committee and the verb and stays none.
"""

from __future__ import annotations

import re

__all__ = ["committee_checked_a_site"]

_COMMITTEE_DID = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+"
                            r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+(?P<name>(?:[^\s,;.]+\s+){1,5}?)"
                            r"đã\s+(?:trực tiếp\s+|đi\s+)?$")
"""The committee, its unit's name and "đã" right before the verb: the committee itself checked."""

_SITE_AFTER = re.compile(r"\s+(?:hiện trường|thực tế|thực địa)\b|"
                         r"\s+(?:[^\s,;.]+\s+){0,6}?tại\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\s+[A-ZĐ]")
"""Right after the verb, the site: the scene, the ground, or a unit's name."""

_VERBS = ("kiểm tra", "khảo sát", "thị sát")


def committee_checked_a_site(verb: str, before: str, after: str) -> bool:
    """Whether `verb` (between `before` and `after` in one sentence) is a people's committee's own check of a site,
    told as done."""
    if verb.lower() not in _VERBS:
        return False
    m = _COMMITTEE_DID.search(before)
    # the unit's name is capitalised word by word ("Bình Định", "Bà Rịa - Vũng Tàu"): no verb hides in it
    if not m or not all(w[:1].isupper() or w == "-" for w in m["name"].split()):
        return False
    return bool(_SITE_AFTER.match(after))
