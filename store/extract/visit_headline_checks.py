"""A check at a place told by its headline, then the place's figures and an official's directions to it.

A short district page has no sentence with a team in it: its headline says the check and where ("Kiểm tra công tác
xây dựng nông thôn mới tại xã A"), the body gives the commune's state ("xã A đã đạt 10/19 tiêu chí") and then what an
official asked of it ("Ông X yêu cầu ... xã A đẩy nhanh tiến độ ..."). That is the visit, without its day (fresh86
v08; session 42). Directions for a check still to come ("đoàn sẽ kiểm tra ...; ông X yêu cầu xã A chuẩn bị hồ sơ")
keep the page a visit to come.
"""

from __future__ import annotations

import re

from .text import Article

_HEADLINE = re.compile(r"^\W*(?:Kiểm\s+tra|Giám\s+sát|Khảo\s+sát)\b[^.;:]{0,140}?\btại\s+"
                       r"(?P<place>(?:xã|phường|thị\s+trấn)\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ]*){0,3})"
                       r"\s*$", re.IGNORECASE)
"""The headline is the check at a named commune, ward or town, and ends there."""
_DIRECTS = re.compile(r"^\W*(?:Ông|Bà|Đồng\s+chí|Đ/c)\s+[A-ZĐÀ-Ỹ][^.;]{0,160}?\b(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|"
                      r"lưu\s+ý|đề\s+xuất)\b")
"""An official, named, who asks or directs ("Ông X, <title>, yêu cầu ...", "Đồng chí X ... chỉ đạo ...")."""
_TO_COME = re.compile(r"\b(?:sẽ|dự\s+kiến|sắp(?!\s+xếp)|chuẩn\s+bị|tuần\s+tới|tháng\s+tới|thời\s+gian\s+tới)\b",
                      re.IGNORECASE)


def headline_check_directed(article: Article) -> str | None:
    """The official's directions to the place a check headline names, when nothing in the page is to come; else
    None."""
    if not article.title or not (m := _HEADLINE.match(article.title)):
        return None
    place = m["place"].split(maxsplit=1)[1] if m["place"].lower().startswith(("xã", "phường")) else \
        m["place"].split(maxsplit=2)[2]
    if any(_TO_COME.search(s.text) for s in article.sentences):
        return None
    return next((s.text for s in article.sentences if _DIRECTS.match(s.text) and place in s.text), None)
