"""How a unit is written: a level word ("xã", "TP.", "huyện đảo") and the capitalised name after it.

The words alone, before any reading of what the mention means: `place_mentions` finds the units an article names
with them, `addressee_units` reads the unit a direction is addressed to. Kept apart so that the reading of mentions
and lists can grow without the words it is built on.
"""

from __future__ import annotations

import re

from .place_names import numbered

LEVEL_WORDS = {
    "phường": "phường", "xã": "xã", "thị trấn": "xã", "đặc khu": "đặc khu", "quận": "quận", "huyện": "huyện",
    "thị xã": "thị xã", "thành phố": "thành phố", "tỉnh": "tỉnh", "tp": "thành phố", "tx": "thị xã",
    "p": "phường", "q": "quận", "tt": "xã", "huyện đảo": "huyện", "xã đảo": "xã", "h": "huyện", "x": "xã",
}
_TITLED_OFFICE = (r"(?:Phục Vụ|Hành Chính|Y Tế|Văn H(?:óa|oá)|Dịch Vụ|Giáo Dục|Chính Trị|Truyền Thông|Hội Nghị|"
                  r"Phát Triển|Kỹ Thuật|Công Nghệ|Thông Tin|Tin Học|Ngoại Ngữ|Bảo Trợ|Trợ Giúp|Dân Số|Kiểm Soát|"
                  r"Lưu Trữ|Điều Hành|Giám Sát|Thường Trực|Trung Tâm|(?:Huyện|Tỉnh|Đảng|Thành) (?:Ủy|Uỷ))\b")
"""Offices written in title case after "TT" (Trung tâm) that look like a township's two-word name."""
LEVEL = re.compile(
    r"(?<![\w])(?<!cấp )(?<!Cấp )(?<!tác )(?<!Tác )(?:(?i:thị trấn|thị xã|thành phố|đặc khu|phường|xã đảo|xã|"
    r"quận|huyện đảo|huyện|tỉnh)(?=\s)|(?:TP|Tp|TX|Tx)(?:\.\s*|\s+|(?=[A-ZĐ]))|(?:P|Q|TT|Tt)\.\s?(?=\d|[^\W\d_])|"
    # a township with no stop, "TT Phú Thịnh": two capitalised words after it, not an initialism ("TT HĐND") nor an
    # office's name in title case ("TT Y Tế", "TT Phục Vụ ...": "TT" is also "Trung tâm", "Thường trực")
    r"TT[ \t]+(?=[A-ZĐÀ-Ỹ](?![A-ZĐ])[^\W\d_]*[ \t]+[A-ZĐÀ-Ỹ])(?!" + _TITLED_OFFICE + r")|"
    # the letters alone, "H. Phú Ninh", "X. Tân Hiệp", "TT Nghèn" (one word), kept where the gazetteer agrees
    r"(?<!\.)[HXhx]\.[ \t]?(?=[A-ZĐÀ-Ỹ])|TT[ \t]+(?=[A-ZĐÀ-Ỹ](?![A-ZĐ])[^\W\d_]*(?![\w'’])(?![ \t]+[A-ZĐÀ-Ỹ])))")
"""A level word before a unit's name: "phường", "thị trấn", "TP.", "TX", "huyện đảo", "xã đảo" (an island's district or
commune: "huyện đảo Lý Sơn", "xã đảo Thạnh An"); abbreviated with a full stop, as addresses
are written: "P.3, TP Sóc Trăng", "P. Tân Định, Q.1", "TT.Cái Nước", "Tt. Bút Sơn"; a township with no stop only
before two capitalised words ("TT Phú Thịnh"); "H."/"X." and "TT" before one word ("TT Nghèn") are found here
and kept by `place_letter_levels` only where the gazetteer knows the unit. After "cấp"
it is a level, not a unit ("cấp xã 64 đơn": 64 petitions at commune level); after "Hợp tác" it is a cooperative
("Hợp tác xã Phước Lộc")."""
TOKEN = re.compile(r"[^\W_][\w'’‘ʼ]*")
SPECIAL_PROVINCES = re.compile(r"(?<![\w.])(TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh|TP\.?\s?HN)(?![\w])")
"""The two cities written by their initials, which carry no level word: "TPHCM", "TP. HCM", "TP HN"."""


def _name_after(text: str, position: int) -> tuple[str, int]:
    """The capitalised name starting at `position` ("Rạch Dừa", "TDM", "7", "Xuân Hương - Đà Lạt")."""
    words: list[str] = []
    end = position
    cursor = position
    while len(words) - words.count("-") < 5:  # "Văn Miếu - Quốc Tử Giám": the dash is no word of the name
        m = re.match(r"[ \t]*", text[cursor:])
        start = cursor + (m.end() if m else 0)
        glued = TOKEN.match(text, cursor + 1) if words and text[cursor:cursor + 1] in ("-", "–", "—") else None
        if glued and glued[0][0].isupper() and not glued[0].isupper():  # "Bà Rịa-Vũng Tàu": one name, no spaces
            words[-1] += text[cursor] + glued[0]
            end = cursor = glued.end()
            continue
        if words:  # "Chân Mây - Lăng Cô", "Lang Biang — Đà Lạt", "Chân Mây– Lăng Cô": a dash spaced on either side
            dash = re.match(r"\s+[-–—]\s*|[-–—]\s+", text[cursor:])
            if dash:
                after = cursor + dash.end()
                token = TOKEN.match(text, after)
                if token and token[0][0].isupper() and not LEVEL.match(text, after):
                    words.append("-")
                    start = after
                else:
                    break
            elif start == cursor and words:
                break
        token = TOKEN.match(text, start)
        if not token:
            break
        word = token[0]
        if word.isdigit():
            if words or len(word) > 2:
                break
            words.append(word)
            end = cursor = token.end()
            break
        if not word[0].isupper() or LEVEL.match(text, start) and words:
            break
        if words and word.lower() in ("ubnd", "hđnd"):
            break
        words.append(word)
        end = cursor = token.end()
    if words and words[-1] == "-":
        words.pop()
    return " ".join(words).replace(" - ", " - "), end


BODY_HEAD = re.compile(r"(?:Trung tâm|Công an|Trạm|Trường|Ban|Hội|Phòng|Sở|Đội|Bệnh viện|Chi cục|Văn phòng|Đảng ủy|"
                       r"Đảng uỷ|Mặt trận|Ủy ban|Uỷ ban|Hợp tác xã|Ngân hàng|Bảo hiểm|Chi nhánh|Cơ quan|Kho bạc|"
                       r"Công ty|Bưu điện|Hạt|Tổ|Đoàn|Ngành)\b")
"""A body's head noun after "và": "phường A và Trung tâm Y tế ...", "UBND phường A và Công an phường" — a body,
no unit's name (cut at its first capital word it read "phường A và Trung"); the addressee stops before "và" and
the item's wording (`item_speakers._qualified_unit`) joins the body whole."""


_COMMITTEE = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?=(?i:phường|xã|thị trấn|huyện|quận|thị xã|"
                        r"thành phố|tỉnh)\b)")


def addressee_units(text: str) -> str | None:
    """ "phường Vũng Tàu và Rạch Dừa", "UBND thành phố": a unit phrase at the start of `text`."""
    m = re.match(r"(?:(?:UBND|Ủy ban nhân dân|HĐND|lãnh đạo)\s+)?(?:các|hai|ba)?\s*"
                 r"(?i:phường|xã|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|địa phương|đơn vị)\b", text)
    if not m:
        return None
    names, end = _numbered_unit(text, *_name_after(text, m.end()))
    phrase = text[:end if names else m.end()]
    while names:
        link = re.match(r"\s*(,|và)\s+", text[end:])
        if not link or BODY_HEAD.match(text, end + link.end()):
            break
        start = end + link.end()
        if office := _COMMITTEE.match(text, start):
            start = office.end()  # "UBND xã A và UBND xã B": the second committee's unit, not a name "UBND"
        more, more_end = _numbered_unit(text, *_name_after(text, start)) if not office else ("", start)
        if not more:
            level = LEVEL.match(text, start)
            if level:
                more, more_end = _numbered_unit(text, *_name_after(text, level.end()))
            if not more:
                break
        phrase = text[:more_end]
        end = more_end
    return phrase.strip()


_COUNTED = re.compile(r"[ \t]+\d{1,2}[ \t]+(?:lần|năm|tháng|tuần|ngày|quý|hộ|người|thôn|ấp|tổ|khu|xóm|bản|đơn vị|"
                      r"cán bộ|hồ sơ|trường|điểm|km|ha)\b", re.IGNORECASE)
"""A number after an addressee's name that counts something ("UBND xã Sơn Tây 6 tháng một lần báo cáo ...")."""


def _numbered_unit(text: str, name: str, end: int) -> tuple[str, int]:
    """ "UBND xã Sơn Kim 1 và ...", "xã Tân Phước 1 và Tân Phước 2 chủ động ...": a unit whose name ends with a number
    keeps it (cut at the number, the addressee was "xã Sơn Kim" and the item "1 và ..."). Taken where the numbered
    name is a unit (`place_names.numbered`) and the number counts nothing after it; an ask's verb may follow, as it
    may not in a visit's sentence, so the number is read as the name's whatever the bare name is."""
    if not name or _COUNTED.match(text, end):
        return name, end
    return numbered(text, name, end, series=True)
