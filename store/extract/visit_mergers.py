"""Two bodies or units meeting on their own merger: no visit.

In the 2025 reform (and in the commune mergers before it) two provinces' councils, two communes' leaders or two
departments met to agree how they would become one ("Thường trực HĐND tỉnh A đã có buổi làm việc với Thường trực
HĐND tỉnh B về việc xây dựng phương án hợp nhất HĐND cấp tỉnh"; "hội nghị thống nhất phương án sáp nhập hai xã";
"bàn giao, hợp nhất bộ máy"). Each side speaks for itself; neither oversees the other. Real: congthuong, Tuyên
Quang and Hà Giang 2025 (s24/fresh38 l10), read as a working visit.

The merger must be the meeting's subject, between peers: two units of one level named in the headline or the lead
("xã A và xã B", "Tỉnh A và B", "tỉnh A ... với ... tỉnh B") or "hai xã / hai tỉnh / hai địa phương". A team that
checks a unit's preparations for a merger ("kiểm tra công tác chuẩn bị sáp nhập tại xã A") stays a visit: any word
of oversight in the headline or the lead keeps it one.
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["meets_on_its_merger"]

_MERGER_TALK = re.compile(r"\b(?:phương án|đề án|việc|kế hoạch|công tác)\s+(?:\S+\s+){0,2}?(?:sáp nhập|hợp nhất)\b|"
                          r"\bbàn giao,?\s+(?:sáp nhập|hợp nhất)\b|\b(?:sáp nhập|hợp nhất)\s+(?:hai|bộ máy)\b",
                          re.IGNORECASE)
"""The merger as what is talked over: "phương án hợp nhất", "thống nhất phương án sáp nhập", "bàn giao, hợp nhất",
"sáp nhập hai xã"."""
_MEETING = re.compile(r"\b(?:họp|hội nghị|làm việc|bàn|thống nhất|trao đổi)\b", re.IGNORECASE)
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thanh tra|thị sát)\b", re.IGNORECASE)
_LEVEL = r"(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'’-]*(?:\s+[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ'’-]*)*"
_UNIT = re.compile(rf"\b({_LEVEL})\s+({_NAME})(?:\s+và\s+(?:{_LEVEL}\s+)?({_NAME}))?")
_TWO = re.compile(rf"\b[Hh]ai\s+(?:{_LEVEL}|địa phương|đơn vị|cơ quan)\b")


def meets_on_its_merger(article: Article) -> bool:
    """The headline or the lead has two peers meet over their merger, with no word of oversight."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    if not any(_MERGER_TALK.search(text) and _MEETING.search(text) for text in texts):
        return False
    if any(_OVERSIGHT.search(text) for text in texts):
        return False
    return any(_TWO.search(text) or _peers(text) for text in texts)


def _peers(text: str) -> bool:
    """Two different units of one level named in `text` ("xã A và xã B", "Tỉnh A và B", "tỉnh A ... tỉnh B")."""
    named: dict[str, set[str]] = {}
    for m in _UNIT.finditer(text):
        level = m[1].lower()
        named.setdefault(level, set()).add(m[2].split()[0] + " " + " ".join(m[2].split()[1:2]))
        if m[3]:
            named[level].add(m[3].split()[0] + " " + " ".join(m[3].split()[1:2]))
    return any(len(names) >= 2 for names in named.values())
