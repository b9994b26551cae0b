"""Where a body's name ends when an ask is addressed to it: "Sở Nội vụ | tổ chức tập huấn ...".

A department's, ministry's or board's name ("Sở Nội vụ", "Bộ Công an", "Sở Văn hóa, Thể thao và Du lịch") is
followed at once by what it is asked to do, and the verbs real asks use there are open ("tổ chức", "mở", "cân đối",
"thẩm định", "điều động" ...): a list of verbs always misses one, and then the whole clause was read as the name
(h1266's "Sở Nội vụ mở lớp", h1275's "Sở Nội vụ tổ chức"). What tells the end is the name's own shape. A Vietnamese
name capitalises the first syllable of each of its words ("Nội vụ", "Tài chính", "Khoa học và Công nghệ"), and a
word has at most one more syllable in lower case; so the name ends at the first lower-case syllable that is not
such a second syllable, not "và"/"-" before another capitalised word, and not the body's level ("tỉnh", "huyện
X"). A few official names carry a lower-case word of two syllables ("Giao thông vận tải", "Phát triển nông thôn")
and are kept whole. A board's long name in lower case ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Tiếp công
dân tỉnh") ends at its level: when a known action verb (`KNOWN`) comes right after a level word, the name runs to it.
A listed verb is no second syllable ("Sở Công Thương tạo điều kiện"), except in the few words of names that end in
one ("Đào tạo": held-out h1329 and h1333 lost it, "Sở Giáo dục và Đào").
"""

from __future__ import annotations

import re

KNOWN = (r"sớm|kịp thời|xem xét|quan tâm|cần|bố trí|bổ sung|hướng dẫn|cập nhật|tăng cường|chỉ đạo|nghiên cứu|"
         r"ban hành|có|hỗ trợ|tạo|giải quyết|phối hợp|đầu tư|cấp|thống nhất|khắc phục|nâng cấp|trang bị|tập huấn|"
         r"tiếp tục|đẩy mạnh|nâng cao|cho phép|rà soát|sửa đổi|điều chỉnh|mở rộng|tháo gỡ|ưu tiên|kiện toàn|"
         r"hoàn thiện|phân bổ|làm rõ|kiểm tra|đồng bộ|kết nối|tích hợp|bảo đảm|đảm bảo|chấn chỉnh")
"""Action verbs known to follow an addressee; a lower-case word after the name is an action whether listed or not."""
_KNOWN = re.compile(r"(?:" + KNOWN + r")\b")
_HEAD = re.compile(r"(?:Bộ|Sở|Ban)\s+(?=[A-ZĐÀ-Ỹ])")
_TOKEN = re.compile(r"\s*(,|[-–&]|[^\s,]+)")
_TWO_SYLLABLE_TAILS = ("vận tải", "nông thôn", "khu vực", "chiến binh", "xã hội")
"""Lower-case words of two syllables inside official department names ("Sở Giao thông vận tải", "Sở Nông nghiệp và
Phát triển nông thôn"); "khu vực", "chiến binh", "xã hội" in the names of bodies asked with a unit ("Trung tâm Y
tế khu vực", "Hội Cựu chiến binh", "Ngân hàng Chính sách xã hội")."""
_VERB_SYLLABLE_WORD = re.compile(r"(?:Đào|Sáng) tạo\b")
"""Capitalised words of names whose second syllable is a listed verb ("Sở Giáo dục và Đào tạo"): the name's."""
_LEVELS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường")
_BODY_LEVEL = re.compile(r"\s(?:tỉnh|thành phố|TP|huyện|quận|thị xã)(?:\s+[A-ZĐÀ-Ỹ][^\s,;:]*)*\s*$")
_NEW_HEAD = re.compile(r"(?:Bộ|Sở|Ban|UBND|HĐND|Ủy ban|Uỷ ban|Công an|Chính phủ)\b")


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def body_name(text: str) -> str | None:
    """The department's, ministry's or board's name that `text` opens with; None when it opens with none."""
    if not _HEAD.match(text):
        return None
    end = _shape_end(text)
    return _board_level_end(text, end).rstrip(" ,")


_JOINED_HEAD = re.compile(r"(?:Trung tâm|Công an|Trạm|Trường|Hội|Phòng|Đội|Bệnh viện|Chi cục|Văn phòng|Hạt|Ngân hàng|"
                          r"Kho bạc|Bưu điện|Chi nhánh|Bảo hiểm|Mặt trận|Ban|Sở)\s+"
                          r"(?=[A-ZĐÀ-Ỹ]|(?:" + "|".join(_LEVELS) + r")\b)")


def joined_body(text: str) -> str | None:
    """The body's name `text` opens with after "UBND xã X và": "Phòng Tư pháp huyện", "Trạm Y tế phường", "Hội
    Nông dân xã"; ended by its shape (`_shape_end`), as a department's is, since the verb after it is open ("mở",
    "lập", "vận động"). None unless a capitalised word or a level follows the head word and a lower-case word (the
    action) follows the name."""
    head = _JOINED_HEAD.match(text)
    if not head:
        return None
    glued = head[0].rstrip().replace(" ", "_") + text[len(head[0].rstrip()):]  # a two-word head is one token
    end = _shape_end(glued)
    if end <= len(head[0].rstrip()) or not re.match(r"\s+[a-zđà-ỹ]", text[end:]):
        return None
    return text[:end]


def _shape_end(text: str) -> int:
    """Where the name ends by its shape: the first lower-case syllable that can be no part of it."""
    head = re.split(r"[;:()]|\.(?!\d)", text, maxsplit=1)[0]
    tokens = [(m[1], m.start(1), m.end(1)) for m in _TOKEN.finditer(head)]
    end = tokens[0][2]
    tail_used = True  # the head word ("Sở") takes no second syllable
    i = 1
    while i < len(tokens):
        word, _, stop = tokens[i]
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        rest = text[tokens[i][1]:]
        if word in (",", "và", "-", "–", "&"):
            if not _capital(following) or word == "," and _NEW_HEAD.match(following):
                break  # "Sở Nội vụ, Sở Tài chính": two bodies, not one name
            i += 1
            continue
        if _capital(word):
            end, tail_used = stop, False
        elif two := next((t for t in _TWO_SYLLABLE_TAILS if rest.startswith(t + " ") or rest == t), None):
            end = tokens[i][1] + len(two)
            i += len(two.split())
            tail_used = True
            continue
        elif level := next((lv for lv in _LEVELS if re.match(re.escape(lv) + r"\b", rest)), None):
            end = tokens[i][1] + len(level)  # "Sở Y tế tỉnh", "Ban Thường vụ Huyện ủy X" ... its level
            i += len(level.split())
            tail_used = True
            continue
        elif not tail_used and word.islower() and (not _KNOWN.match(rest) or _VERB_SYLLABLE_WORD.match(
                text[tokens[i - 1][1]:])):
            end, tail_used = stop, True  # "Nội vụ", "Công an": the second syllable of a capitalised word
        else:
            break
        i += 1
    return end


def _board_level_end(text: str, end: int) -> str:
    """ "Ban Tiếp công dân tỉnh sớm ...": a known verb right after a body's level word, the name runs to it."""
    clause = re.split(r"[,;:.()]", text[end:], maxsplit=1)[0]
    for m in re.finditer(r"\s(?=" + KNOWN + r"\b)", clause):
        gap = clause[: m.start()]
        if _BODY_LEVEL.search(" " + gap) and not re.search(r"\b(?:cho|tại|về|để|với|ở|trên|của)\b", gap):
            return text[: end + m.start()]
    return text[:end]
