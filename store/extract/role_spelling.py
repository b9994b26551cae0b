"""The head's office spelt with a near-miss, read as "trưởng đoàn".

Real reports mistype the one office that names a delegation's head: a wrong tone on "trưởng" ("làm trường đoàn",
"làm Trưỡng đoàn", "trương đoàn"), the tone on the wrong vowel ("trửơng", "đòan"), or no marks at all ("truong
doan"). The leader rules match the office as spelt, so the people module reads each sentence through
`role_words`, which writes such a near-miss as "trưởng đoàn" (same length: every offset into the sentence stays
valid; the sentence kept as provenance is the page's own).

A misspelt "trưởng" is also another word: "trường" is a school ("Trường Đoàn Thị Điểm") and "Trương" a surname.
So a near-miss of "trưởng" counts only where the office is certain: after "làm" ("làm trường đoàn", the head's
phrase) or before the team's kind ("trường đoàn giám sát"). "trưởng" spelt right with "đoàn" mistyped
("trưởng đòan") is always the office.
"""

from __future__ import annotations

import re

_U = "uưừứửữựùúủũụ"
_O = "oơờớởỡợòóỏõọ"
_NEAR_HEAD = rf"[Tt][Rr][{_U}{_U.upper()}][{_O}{_O.upper()}][Nn][Gg]"
"""A "trưởng" with its tone anywhere or nowhere (6 letters, as "trưởng" has)."""
_NEAR_TEAM = r"[ĐđDd][oòóỏõọOÒÓỎÕỌ][aàáảãạAÀÁẢÃẠ][Nn]"
"""A "đoàn" with its tone anywhere or nowhere (4 letters)."""
_RIGHT_HEAD = re.compile(r"^trưởng$", re.IGNORECASE)
_RIGHT_TEAM = re.compile(r"^đoàn$", re.IGNORECASE)
_ROLE = re.compile(rf"(?<!\w)(?P<lam>làm\s+)?(?P<head>{_NEAR_HEAD})(?P<gap>\s+)(?P<team>{_NEAR_TEAM})(?!\w)"
                   r"(?=(?P<kind>\s+(?:giám sát|khảo sát|kiểm tra|công tác)\b)?)", re.IGNORECASE)
_PLAIN_TEAM = {"doan", "đoan"}
"""A "đoàn" with no tone at all is the office only beside a plain "truong" (a text typed without marks)."""


def role_words(text: str) -> str:
    """`text` with each near-miss spelling of "trưởng đoàn" written right, letter for letter the same length."""
    if not re.search(r"[Tt][Rr]", text):
        return text
    return _ROLE.sub(_respelt, text)


def _respelt(m: re.Match[str]) -> str:
    head, team = m["head"], m["team"]
    head_right, team_right = bool(_RIGHT_HEAD.match(head)), bool(_RIGHT_TEAM.match(team))
    if head_right and team_right:
        return m[0]
    if not head_right and not (m["lam"] or m["kind"]):
        return m[0]  # "Trường Đoàn Thị Điểm", "ông Trương Đoàn ...": a school, a surname
    if team.lower() in _PLAIN_TEAM and head.lower() != "truong" and not head_right:
        return m[0]
    return (m["lam"] or "") + _cased("trưởng", head) + m["gap"] + _cased("đoàn", team)


def _cased(word: str, written: str) -> str:
    """`word` with the case of `written`'s first letter ("Trường" -> "Trưởng")."""
    return word[:1].upper() + word[1:] if written[:1].isupper() else word
