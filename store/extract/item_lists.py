"""Items said as a list, and items said twice.

- A list after a lead-in is one item per entry: "đề xuất, kiến nghị một số nội
  dung như: A; B", "đề xuất bổ sung một số nội dung ... như cần A, B, C",
  "một số kiến nghị với Đoàn công tác về các vấn đề như A". The lead-in is no
  item; the entries are split at ";" or, when there is none, at commas.
- Two verbs sharing one object ("tổ chức kiểm tra, rà soát hệ thống bảo mật",
  "công tác tuyên truyền, hướng dẫn người dân") are one item: the comma after
  a bare verb does not start a new one.
- A purpose's second half ("... để có hướng khắc phục, nâng cao điểm số ...") is no new item.
- A request said twice (in the lead and again in the body) is one item.
"""

from __future__ import annotations

import re

from store.folding import fold

from .item_and_members import joined_things

_LEAD_IN = re.compile(
    r"^\W*(?:(?:kiến nghị|đề xuất|đề nghị)\s+)?(?:bổ sung\s+)?(?:một số|các|những|nhiều)\s+"
    r"(?:nội dung|vấn đề|kiến nghị|đề xuất|ý kiến|giải pháp)\b[^:;.]{0,90}?\bnhư\s*:?\s*|"
    r"^\W*(?:(?:kiến nghị|đề xuất|đề nghị)\s+)?(?:một số|các|những)\s+(?:nội dung|vấn đề|kiến nghị|đề xuất)\s*:\s*",
    re.IGNORECASE)
_NEXT_ASKS = ("kinh phí", "nguồn kinh phí", "nguồn vốn", "cơ chế", "chính sách", "biên chế", "văn bản hướng dẫn",
              "bố trí", "bổ sung", "cấp kinh phí", "hỗ trợ", "đầu tư", "nâng cấp", "trang bị", "tập huấn", "hướng dẫn",
              "xem xét", "sớm", "tăng cường", "ban hành", "sửa đổi", "điều chỉnh", "tháo gỡ", "giải quyết")
_AND_NEXT = re.compile(r"\s+và\s+(?=(?:" + "|".join(re.escape(w) for w in _NEXT_ASKS) + r")\b)",
                       re.IGNORECASE)
"""In a list's entry, "và" before a new ask — an action, or a thing asked for: funds, a mechanism, a policy, posts
("như bảo đảm hệ thống đường truyền ... và kinh phí phục vụ ...", fresh21 v04) — starts a second entry; "cơ sở vật
chất và trang thiết bị" (the thing after "và" is no ask of its own) stays one."""
_BARE_VERBS = ("kiểm tra", "rà soát", "tuyên truyền", "hướng dẫn", "đôn đốc", "theo dõi", "quản lý", "giám sát",
               "xây dựng", "sửa chữa", "nâng cấp", "cập nhật", "bổ sung", "đánh giá", "phổ biến", "vận động")
_ENDS_BARE = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(v) for v in _BARE_VERBS) + r")\s*$", re.IGNORECASE)


def _and_split(entry: str) -> list[str]:
    """The entry cut before "và" and a new ask when both sides have three words at least."""
    pieces = _AND_NEXT.split(entry)
    if len(pieces) > 1 and all(len(piece.split()) >= 3 for piece in pieces):
        return pieces
    return [entry]


def _nested_rejoined(parts: list[str]) -> list[str]:
    """ "... chưa liên thông giữa các đơn vị như: Sở Lao động ...; Cục Thuế, ...": a ";" inside an entry's own list of
    names (the entry opened "như:" and the next piece starts with a capital) joins the pieces again (fresh21 v05)."""
    joined: list[str] = []
    for part in parts:
        if joined and _OPEN_NAMES.search(joined[-1]) and part[:1].isupper():
            joined[-1] += "; " + part
        else:
            joined.append(part)
    return joined


_OPEN_NAMES = re.compile(r"\bnhư\s*:\s*[A-ZĐ][^:]*$")


def listed_entries(content: str) -> list[str] | None:
    """The entries of a list after its lead-in, or None when `content` opens with no lead-in."""
    m = _LEAD_IN.match(content)
    if not m:
        return None
    rest = content[m.end():]
    parts = joined_things(_nested_rejoined(re.split(r"\s*;\s*", rest)) if ";" in rest else re.split(r",\s+", rest))
    if ";" not in rest:
        parts = [entry for part in parts for entry in _and_split(part)]
    entries = [p.strip(" ,.") for p in parts if len(p.split()) >= 2]
    return entries if len(entries) > 1 or entries and ";" not in rest else None


_STARTS_BARE = re.compile(r"^\s*(?:" + "|".join(re.escape(v) for v in _BARE_VERBS) + r")\b", re.IGNORECASE)


def shares_object(piece: str, following: str) -> bool:
    """ "tổ chức kiểm tra" + "rà soát hệ thống ...", "khẩn trương rà soát" + "bố trí nơi ...": two verbs in a row,
    the object after the second."""
    return bool(_ENDS_BARE.search(piece)) and (bool(_STARTS_BARE.match(following)) or len(piece.split()) <= 4)


_PURPOSE_OPEN = re.compile(r"\bđể(?:\s+\S+){1,6}\s*$", re.IGNORECASE)
_PURPOSE_VERB = re.compile(r"^\s*(?:nâng cao|đảm bảo|bảo đảm|góp phần)\b", re.IGNORECASE)


def purpose_goes_on(piece: str, following: str) -> bool:
    """ "rà soát những nguyên nhân ... để có hướng khắc phục" + "nâng cao điểm số ...": the purpose's second half,
    not a new item (seed 003); after a longer purpose, or with another verb, a comma still starts an item."""
    return bool(_PURPOSE_OPEN.search(piece)) and bool(_PURPOSE_VERB.match(following))


def first_time(field: str, text: str, seen: set[tuple[str, str]]) -> bool:
    """Whether `text` of `field` is said here for the first time (and remember it)."""
    key = (field, fold(text).rstrip(". "))
    if key in seen:
        return False
    seen.add(key)
    return True
