"""What on a saved page is not the article: site furniture, related-news lists, crumbs and photo captions.

Each rule is a guess about a line's role from its words and shape (short, no
final stop, a known widget's words); every line dropped is kept in
`Article.dropped` so that a wrong guess can be seen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .sentences import TERMINAL

if TYPE_CHECKING:
    from .text import Article

_DEBRIS = [re.compile(p, re.IGNORECASE) for p in (
    r"cỡ chữ\b.*", r"(a\+|a-|a)(\s+(a\+|a-|a))+", r"chia sẻ(\s+(facebook|zalo|twitter|email|bài viết))*\s*:?",
    r"(facebook|zalo|twitter|email|tweet|like|share|print|in bài|lưu bài|lưu|gửi email)(\s*[|/·]\s*\w+)*",
    r"hãy sử dụng tiếng việt có dấu.*", r"gửi bình luận.*", r"bình luận( \(\d+\))?", r"ý kiến bạn đọc.*",
    r"loại\s+mua\s+bán.*", r"mua\s+bán", r"đ\?\s*ẩm\s*:?.*", r"độ ẩm\s*:?.*", r"(\d+\s*)?°\s*c(\s*\d+)?", r"°",
    r"nhiệt độ\s*:.*", r"thời tiết\s*:.*", r"tỷ giá\s*:.*", r"giá vàng\s*:.*", r"lượt xem\s*:?.*", r"views?\s*:.*",
    r"(trang chủ|trở về|quay lại|lên đầu trang|về đầu trang|xem thêm|đọc thêm|đọc tiếp)(\s*[|›»>/]\s*.*)?",
    r"(bản quyền|copyright|©).*", r"(tags?|từ khóa|từ khoá)\s*:.*", r"theo dõi.*trên.*", r"đăng nhập.*", r"in\s*$",
    r"(ảnh|photo)\s*:.*", r"(nguồn|source)\s*:\s*\S.*", r"(top|đầu trang)",
)]
_END_MARKERS = re.compile(
    r"^(tin cùng chủ đề|tin liên quan|bài liên quan|bài viết liên quan|các tin khác|tin khác|tin mới|"
    r"tin mới nhất|tin đọc nhiều|xem nhiều|đọc nhiều|có thể bạn quan tâm|gửi bình luận|ý kiến bạn đọc|"
    r"bình luận|hãy sử dụng tiếng việt có dấu)\b", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"^\(?\s*(?:ảnh|photo)\s*:\s*[^.]{1,40}\.?\)?$", re.IGNORECASE)
"""A credit line alone: "Ảnh: N.M", "(Ảnh: Thu Hà)"."""
_TRAILING_CREDIT = re.compile(r"[.!?…]\s+(?:ảnh|photo)\s*:\s*(?:\S+\s?){1,5}$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[*•+\-–]\s+\S")
"""An item of a list ("- Tiếp nhận 2 418 hồ sơ", "+ Tỷ lệ ...: 88,3%", "• ..."), kept under a line ending in ":" and
after another item even when it ends without a stop, as tallies listed this way mostly do."""
_OPENS_LIST = re.compile(r"(?::|\b(?i:như sau|cụ thể|sau đây|trong đó))\s*$")
"""A line that opens a list: it ends in ":" or in the words that announce one ("kết quả cụ thể như sau")."""
_CAPTION_MARK = re.compile(r"\((ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:[^)]*\)\s*\.?$", re.IGNORECASE)
_GLUED_CREDIT = re.compile(r"\w_(?:ảnh|photo)\s*:\s*(?:\S+\s?){1,5}$", re.IGNORECASE)
"""A credit glued to its caption by an underscore, as a magazine prints it under a file photo: "Chủ tịch Quốc hội ...
làm việc tại Trung tâm ..., ngày 30-6-2025_Ảnh: TTXVN"."""
_FILE_PHOTO = re.compile(r"\(\s*ảnh\s+(?:tư\s+liệu|minh\s+họa|minh\s+hoạ)\s*\)\s*\.?$", re.IGNORECASE)
"""A caption marked as a file or stock photo: "Đoàn ... khảo sát tại Trung tâm ... (ảnh tư liệu)"."""


def cut_at_end_marker(lines: list[str], article: Article) -> list[str]:
    seen_content = False
    for i, line in enumerate(lines):
        if len(line.split()) > 12:
            seen_content = True
        if seen_content and _END_MARKERS.match(line) and len(line.split()) <= 8:
            article.related.extend(line for line in lines[i:] if line)  # other stories: no rule reads them
            return lines[:i]
    return lines


def is_debris(line: str) -> bool:
    return len(line.split()) <= 12 and any(pattern.fullmatch(line) for pattern in _DEBRIS)


def split_title(lines: list[str], article: Article) -> tuple[str | None, list[str]]:
    """The headline and category crumbs come before the lead; the lead is the first real paragraph."""
    lead = next((i for i, line in enumerate(lines) if _is_paragraph(line)), 0)
    head, rest = lines[:lead], lines[lead:]
    # a summary between headline and lead ("Từ ngày 30/10 đến ngày 19/11/2020, UBND huyện kiểm tra ... tại 15/15
    # xã") is running text without its stop: it stays content, and the headline is the line before it
    if len(head) >= 2 and _is_summary(head[-1]):
        head, rest = head[:-1], [head[-1] + "."] + rest
    elif (summary := summary_before_captions(head)) is not None:
        head, rest = head[:summary], [head[summary] + "."] + head[summary + 1:] + rest
    candidates = [line for line in head if len(line.split()) >= 5 and not TERMINAL.search(line)]
    if len(candidates) > 1:
        # a photo caption between headline and lead ("X phát biểu tại buổi làm việc") is no headline
        candidates = [line for line in candidates if not _CAPTION_MOMENT.search(line)] or candidates
    title = max(candidates, key=len) if candidates else None
    article.dropped.extend(line for line in head if line != title)
    return title, rest


_CAPTION_MOMENT = re.compile(r"\b(?:(?:phát biểu|gợi ý|trao đổi|chụp ảnh|kết luận)\b[^.;]{0,40}\btại\s+|"
                             r"(?:kết luận|chủ trì|điều hành|(?:tham\s+)?dự)\s+)(?:buổi|hội nghị|cuộc|phiên|lễ)\b",
                             re.IGNORECASE)
"""What a photo shows: someone speaking at the meeting ("... gợi ý thảo luận tại buổi làm việc"), or concluding or
chairing it, the meeting the act's object ("Chủ tịch HĐND X kết luận buổi giám sát"), or attending it ("Đại diện các
sở, ngành ... dự buổi làm việc")."""


def _is_summary(line: str) -> bool:
    words = len(line.split())
    return words > 20 or words >= 10 and bool(_DATED_OPENING.match(line))


_DATED_OPENING = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:từ\s+)?ngày\s+\d|\W*(?:sáng|chiều|tối|trưa)\s+\d",
                            re.IGNORECASE)


def summary_before_captions(head: list[str]) -> int | None:
    """The lead printed without its stop and followed by the photo's caption lines ("Từ ngày 25-27/01, Đoàn ...
    đã thẩm định tại xã A" / "Quang cảnh buổi thẩm định"): its index in `head`, when a headline comes before it
    and only short lines without a stop come after it; else None. The lead is longer than the headline, so
    taking the longest line as the headline would lose the lead's day, leader and places."""
    for i in range(1, len(head)):
        if not _is_summary(head[i]) or len(head[i].split()) <= 35 and not _DATED_OPENING.match(head[i]):
            continue  # a long headline under the site's name is no lead: the lead opens with its day, or runs long
        headline = any(len(line.split()) >= 5 and not TERMINAL.search(line) for line in head[:i])
        captions = all(len(line.split()) <= 24 and not TERMINAL.search(line) for line in head[i + 1:])
        return i if headline and captions else None
    return None


def drop_header_crumbs(lines: list[str], article: Article) -> list[str]:
    lead = next((i for i, line in enumerate(lines) if _is_paragraph(line)), 0)
    article.dropped.extend(lines[:lead])
    return lines[lead:]


def _is_paragraph(line: str) -> bool:
    """Running text: ends like a sentence, or holds a sentence boundary; a headline does neither."""
    if len(line.split()) < 8:
        return False
    return bool(TERMINAL.search(line)) or bool(re.search(r"[.!?…]\s+[A-ZĐÀ-Ỹ]", line))


def drop_captions(lines: list[str], article: Article) -> list[str]:
    """Photo captions: short lines without a final stop between paragraphs, or marked "(Ảnh: ...)"."""
    kept: list[str] = []
    listing = False  # under a line that opens a list ("kết quả như sau:") or among its items
    for i, line in enumerate(lines):
        words = len(line.split())
        is_last = i == len(lines) - 1
        caption = bool(_CAPTION_MARK.search(line))
        item = listing and bool(_LIST_ITEM.match(line))
        listing = item or bool(_OPENS_LIST.search(line))
        if item and not caption:
            kept.append(line)  # "- Số hồ sơ nộp trực tuyến: 1.906 hồ sơ": a list's item, no caption for lacking a stop
            continue
        if not caption and not TERMINAL.search(line) and words <= 24 and i > 0:
            # the last line may be an article cut short: keep it when it reads like running text
            caption = not (is_last and (words >= 10 or line.endswith((",", " và", " cho", " của"))))
        if not caption and i > 0 and words <= 14 and TERMINAL.search(line) and _describes_photo(line):
            caption = True
        if not caption and i > 0 and words <= 40 and not is_last and _PHOTO_CREDIT.match(lines[i + 1]):
            caption = True  # the line just above a bare credit ("Ảnh: N.M") is the photo's caption
        if not caption and i > 0 and words <= 45 and _TRAILING_CREDIT.search(line):
            caption = True  # "... tại phường A. Ảnh: N.M": a caption with its credit on the same line
        if not caption and i > 0 and words <= 45 and file_photo(line):
            caption = True  # "..., ngày 30-6-2025_Ảnh: TTXVN", "... (ảnh tư liệu)": a file photo's caption
        if caption:
            article.dropped.append(line)
            continue
        kept.append(line)
    return kept


def file_photo(line: str) -> bool:
    """A caption of a file or stock photo ("..., ngày 30-6-2025_Ảnh: TTXVN", "... (ảnh tư liệu)"): it shows some
    other day's scene, never where the article's visit went."""
    return bool(_GLUED_CREDIT.search(line) or _FILE_PHOTO.search(line))


def _describes_photo(line: str) -> bool:
    folded = fold(line)
    return bool(re.match(r"^(quang canh|toan canh|hinh anh|anh:|canh )", folded))
