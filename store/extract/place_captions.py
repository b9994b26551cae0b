"""Photo captions that say where the delegation went: a ward or a district named only under a photo (a caption the
page ends with " |", "Đoàn làm việc tại huyện X (tỉnh Y). |", "Đoàn kiểm tra tại thôn A, xã B. Ảnh: X") is still a place
visited."""

from __future__ import annotations

import re

from .debris import file_photo
from .text import Article

_HAMLET = r"(?:thôn|bản|ấp|xóm|làng|buôn|khóm|plei|bon|tổ dân phố|khu phố|khu dân cư)"
"""A commune's or ward's hamlet or street group: a caption names it before its commune or ward."""

_CAPTION_VISIT = re.compile(r"\b(?:khảo sát|giám sát|kiểm tra|làm việc)\b[^.;]{0,60}?\btại\s+"
                            # the desk by its long name, "UBND" after it: "tại Bộ phận tiếp nhận và trả kết quả (thủ
                            # tục hành chính của) UBND phường A", "tại Bộ phận một cửa UBND xã B" (s33 fresh71 v01)
                            r"(?:(?:UBND|trụ sở|bộ phận (?:một cửa|tiếp nhận[^.;]{0,60}?)(?:\s+(?:của\s+)?UBND)?|"
                            r"Trung tâm [^.;]{0,40}?)\s+|"
                            # a site, then the unit it lies in: "tại đoạn biên giới thuộc địa bàn xã A", "tại cột mốc
                            # 275 (huyện B)" (place_visited_sites)
                            r"[^.;()]{2,40}?\s(?:thuộc\s+(?:địa bàn\s+)?|\(\s*)|"
                            # a hamlet or street group (its hall, a polling area in it) before its commune or ward,
                            # a comma between: "tại thôn A, xã B", "tại Nhà văn hóa xóm C, xã D" (place_cues reads
                            # the commune after the hamlet as the place visited)
                            r"(?:[^.,;()]{0,40}?\s)?" + _HAMLET + r"\s+[^.,;()]{1,30},\s*)?"
                            r"(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?(?:phường|xã|thị trấn|đặc khu|huyện|quận|thị xã)\s+"
                            r"[A-ZĐÀ-Ỹ]"
                            # "Quang cảnh buổi làm việc giữa tổ công tác với xã A": the unit the team worked with
                            # the unit's desk or office as the verb's object, no "tại": "Kiểm tra trung tâm giao
                            # dịch một cửa xã A", "Khảo sát Bộ phận một cửa phường B"
                            r"|\b(?:khảo sát|giám sát|kiểm tra)\s+(?:thực tế\s+|hoạt động của\s+)?"
                            r"(?:UBND|trụ sở|[Bb]ộ phận (?:một cửa|[Tt]iếp nhận[^.;]{0,40}?)|"
                            r"[Tt]rung tâm [^.;]{0,40}?)\s+"
                            r"(?:phường|xã|thị trấn|đặc khu|huyện|quận|thị xã)\s+[A-ZĐÀ-Ỹ]"
                            r"|\blàm việc\b[^.;]{0,60}?\bvới\s+(?:(?:UBND|lãnh đạo)\s+)?"
                            r"(?:phường|xã|thị trấn|đặc khu|huyện|quận|thị xã)\s+[A-ZĐÀ-Ỹ]",
                            re.IGNORECASE)


def visit_captions(article: Article) -> list[str]:
    """Photo captions that say where the delegation went ("Đoàn khảo sát thực tế tại phường A"): a ward named only
    under a photo is still a place visited; so are several ("Đoàn kiểm tra tại các xã A, B, C"), when the lead says only
    "tại một số xã" or the excerpt lost it. Other dropped lines (crumbs, bylines, widgets) are never read."""
    return [line for line in article.dropped if len(line.split()) <= 30 and _CAPTION_VISIT.search(line) and
            not file_photo(line)]  # a file photo shows another day's visit (debris.file_photo)
