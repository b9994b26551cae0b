"""Lines about the article rather than of it: date header, publication stamp, outlet tag, dateline, byline.

They are taken out of the text and kept on the `Article` with the line each
came from, since the visit date and the reporter are read from them later.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..dates import safe_day
from .date_glued_stamps import glued_item, glued_stamp, posted_at_end
from .outlet_datelines import outlet_before_lead
from .sentences import TERMINAL

if TYPE_CHECKING:
    from .text import Article

_DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b\s*", re.IGNORECASE)
_MONTH_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4})-(\d{2})(?![\d-])\s*", re.IGNORECASE)
"""A page header that gives only the year and month ("date 2022-07 Ngày 1-7, ..."): the month the page came out in,
which dates a day written without a year as a full publication date would."""
_MONTH_LINE = re.compile(r"^\s*(?:(?:ngày\s+đăng|đăng\s+ngày|đăng|cập\s+nhật|xuất\s+bản)\s*:?\s*)?"
                         r"tháng\s+(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>\d{4})\s*$", re.IGNORECASE)
"""A line that dates the page by its month only ("Tháng 3/2026", "Cập nhật: tháng 12/2025"): as the month header."""
_STAMP = re.compile(r"\(\s*(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{1,2})/(\d{1,2})/(\d{4})\s*\)\s*")
_PUBLISHED_LINE = re.compile(
    r"^(?:(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|cập\s+nhật|cập\s+nhật\s+lúc|xuất\s+bản|published|updated)\s*:?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*[,–-]?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:\s*[,|-]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:\(?gmt[+-]\d+\)?|sa|ch|am|pm))?)?"
    r"(?:\s*\|.*|(?<=\d)(?:\s+\d{1,7}){1,3})?$", re.IGNORECASE)
"""A line that dates the page: "Cập nhật: 23/10/2021 - 22:09", "Thứ sáu - 07/04/2023 10:21 125 0" (its views and
comments counted after the time)."""
_ISO_PUBLISHED_LINE = re.compile(
    r"^(?:(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật|published|updated)\s*:?\s*|[\w.-]{1,30}\s+gửi\s+vào\s+"
    r"(?:(?:t[2-7]|cn|thứ\s+\w+|chủ\s+nhật)\s*,\s*)?)?"
    r"(\d{4})-(\d{2})-(\d{2})(?:[ t][\d:.+z-]*)?$",
    re.IGNORECASE,
)
"""A line that dates the page by an ISO day: "2023-05-04", "Cập nhật: 2023-05-04 09:10", and the posted-by line of
district portals ("quantri gửi vào T6, 2018-01-19 07:53": the poster, the weekday abbreviated, the day). Only among
the first lines (a reader's comment "... gửi vào T5, 2024-02-01 10:05" at the end dates nothing)."""
_STAMP_LINE = re.compile(
    r"^(?P<lead>[^\d.!?]{0,40}?)\s*\(?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s+|\s*\|\s*))?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*\)?"
    r"(?:\s*[,|-]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?gmt[+-]\d+\)?)?(?:\s*\|.*)?$", re.IGNORECASE)
"""A short line that only dates the page, in the shapes sites print: "Cập nhật ngày: 23/10/2021 - 22:09",
"(29/03/2017)", "07:30:00 05/09/2019", "Lê Hải 15:40 08/06/2023" (a byline before the stamp), "Ngày phát hành
14:49 | 9/1/2024"."""
_WORDED_PUBLISHED_LINE = re.compile(
    r"^(?:(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật|xuất\s+bản)\s*:?\s*)?(?:(?:thứ\s+\w+|chủ\s+nhật)\s*[,–-]?\s*)?"
    r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})"
    r"(?:\s*[,|–-]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*\.?$", re.IGNORECASE)
"""A line that dates the page in words, as some provincial papers print it under the title: "Ngày 08 tháng 10 năm
2021", "Thứ Sáu, ngày 8 tháng 10 năm 2021 - 09:15". Only the whole line: a sentence opening on such a day ("Ngày 8
tháng 10 năm 2021, đoàn ...") is content."""
_OUTLET = re.compile(r"^\s*\(([A-Za-zĐđ][A-Za-zĐđ0-9.&]{1,15})\)\s*[-–—:]?\s*")
_OUTLET_BARE = re.compile(r"^([A-Z][A-Z0-9.]{1,11}(?:\s?[-–—])?)\s+[-–—]\s+")
_DATELINE = re.compile(
    r"^((?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.]*)(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.]*){0,4}|[A-ZĐ][^\s,]*(?:\s+[A-ZĐ][^\s,]*){0,3})\s*,\s*"
    r"((?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*(?:[-–—:]\s*)?")
_WEEKDAY = re.compile(r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)", re.IGNORECASE)
"""A weekday before the day ("Thứ Hai, 22.9, Thường trực ..."): the day opens the lead, no place's dateline."""
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:tin và ảnh|bài và ảnh|tin,\s*ảnh|bài,\s*ảnh|tin\s*-\s*ảnh|bài\s*-\s*ảnh|tin|bài|ảnh|nhóm pv|pv|ctv|"
    r"thực hiện|nhóm phóng viên|phóng viên|theo)\s*:\s*|(?:tin và ảnh|bài và ảnh|tin,\s*ảnh|bài,\s*ảnh|theo)\s+)+",
    re.IGNORECASE)


def take_markers(lines: list[str], article: Article) -> list[str]:
    """Take out the date header, publication stamps and lines, and the outlet tag."""
    out: list[str] = []
    content_seen = 0
    for line in lines:
        if not line:
            out.append(line)
            continue
        if content_seen < 2 and (m := _DATE_HEADER.match(line)):
            day = safe_day(int(m[1]), int(m[2]), int(m[3]))
            if day:
                article.date_header, article.date_header_line = day, line[:m.end()].strip()
                line = line[m.end():].strip()
                if not line:
                    continue
        elif content_seen < 2 and (m := _MONTH_HEADER.match(line)) and 1 <= int(m[2]) <= 12:
            article.published_month = (int(m[1]), int(m[2]))
            line = line[m.end():].strip()
            if not line:
                continue
        elif content_seen < 3 and (m := _MONTH_LINE.match(line)) and 1 <= int(m["month"]) <= 12:
            article.published_month = (int(m["year"]), int(m["month"]))  # the whole line: the page's month
            continue
        if m := _STAMP.search(line):
            day = safe_day(int(m[4]), int(m[3]), int(m[2]))
            if day and (content_seen < 3 or m.start() == 0):
                if article.published is None:
                    article.published, article.published_line = day, m[0].strip()
                line = (line[:m.start()] + line[m.end():]).strip()
                if not line:
                    continue
        elif content_seen < 3 and article.published is None and (glued := glued_stamp(line)):
            article.published, article.published_line = glued[0], line[glued[1]:glued[2]].strip()
            line = f"{line[:glued[1]]} {line[glued[2]:]}".strip()  # "bão số 309/09/2024 10:42(...)" (date_glued_stamps)
        if content_seen < 3 and (item := glued_item(line)):  # "...cả nướcPhòng chống thiên tai - 29/04 10:03Ngày 28/4"
            out.append(item[0])  # the tag item's headline, then its lead as a paragraph of its own
            if item[1] and article.published is None:
                article.published, article.published_line = item[1], line[len(item[0]):len(line) - len(item[2])]
            line = item[2]
        if content_seen < 3 and (posted := posted_at_end(line)):  # "<headline> Ngày đăng: 22/05/2024 | 18:14"
            if article.published is None:
                article.published, article.published_line = posted[0], line[posted[1]:].strip()
            line = line[:posted[1]].rstrip()
        if (
            content_seen < 3
            and len(line) <= 80
            and (m := _PUBLISHED_LINE.match(line) or _ISO_PUBLISHED_LINE.match(line))
        ):
            if m.re is _ISO_PUBLISHED_LINE:
                day = safe_day(int(m[1]), int(m[2]), int(m[3]))
            else:
                day = safe_day(int(m[3]), int(m[2]), int(m[1]))
            if day:
                _published_line(article, day, line)
                continue
        if content_seen < 3 and len(line) <= 80 and (m := _WORDED_PUBLISHED_LINE.match(line)) \
                and (day := safe_day(int(m[3]), int(m[2]), int(m[1]))):
            _published_line(article, day, line)
            continue
        if (
            content_seen < 3
            and len(line) <= 80
            and (m := _STAMP_LINE.match(line))
            and not re.search(r"\b(?:sáng|chiều|tối|trưa|từ|đến|tới)\b", m["lead"], re.IGNORECASE)
            and (day := safe_day(int(m[4]), int(m[3]), int(m[2])))
        ):
            _published_line(article, day, line)
            continue
        if content_seen < 3 and article.outlet is None and (m := _OUTLET.match(line)):
            article.outlet, article.outlet_line = m[1], line
            line = line[m.end():].strip()
        elif content_seen < 3 and article.outlet is None and (m := _OUTLET_BARE.match(line)) and len(line.split()) > 8:
            article.outlet, article.outlet_line = m[1].rstrip(" -–—"), line
            line = line[m.end():].strip()
        elif content_seen < 3 and article.outlet is None and (named := outlet_before_lead(line)):
            article.outlet, article.outlet_line = named[0], line  # "Báo Quảng Ngãi - Sáng 15/10/2024, ..."
            line = line[named[1]:].strip()
        if content_seen < 3 and article.dateline is None and (m := _DATELINE.match(line)) and len(line.split()) > 6 \
                and not _WEEKDAY.fullmatch(m[1]):
            article.dateline, article.dateline_line = m[2], line
            line = line[m.end():].strip()
        if len(line.split()) > 12:
            content_seen += 1
        out.append(line)
    # a dateline on a line of its own: "Thanh Hóa, 28/11/2025"
    final: list[str] = []
    for line in out:
        m = re.fullmatch(
            r"([A-ZĐÀ-Ỹ][\wÀ-ỹ.]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*){0,4})\s*,\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})",
            line,
        )
        if m and (day := safe_day(int(m[4]), int(m[3]), int(m[2]))):
            _published_line(article, day, line)
            continue
        final.append(line)
    return final


def _published_line(article: Article, day: date, line: str) -> None:
    """A line that only says when the page was published: the first such date counts; the line is no content."""
    if article.published is None:
        article.published, article.published_line = day, line
    article.dropped.append(line)


def take_author(lines: list[str], article: Article) -> list[str]:
    """The byline: the last short line made of names ("HỒ VĂN", "Tin, ảnh: HỒ VĂN", "Vũ Vân- Duy Hanh")."""
    if not lines:
        return lines
    last = lines[-1]
    trailing = ""
    if not _looks_like_author(last):
        # "…trong thời gian tới.HỒ VĂN" or a last paragraph ending with the byline
        m = re.search(r"(?<=[.…!?])\s*((?:[A-ZĐÀ-Ỹ]{2,}\s+){1,4}[A-ZĐÀ-Ỹ]{2,})$", last)
        if not m:
            return lines
        trailing, last = m[1], last[:m.start()].rstrip()
        if not _looks_like_author(trailing):
            return lines
        article.author, article.author_line = _author_name(trailing), trailing
        return lines[:-1] + [last]
    article.author, article.author_line = _author_name(last), last
    return lines[:-1]


def _looks_like_author(line: str) -> bool:
    body = _AUTHOR_PREFIX.sub("", line).strip()
    if not body or len(body.split()) > 8 or TERMINAL.search(body) and not body.endswith("."):
        return False
    body = body.rstrip(".")
    words = re.split(r"\s*(?:[-–—,;/&]|\svà\s)\s*|\s+", body)
    words = [word for word in words if word]
    if len(words) < 2:
        return False
    return all(_is_name_word(word) for word in words)


def _is_name_word(word: str) -> bool:
    word = word.strip("()")
    if not word or not word[0].isupper():
        return False
    return word.isupper() or word[1:].islower() or "'" in word


looks_like_author = _looks_like_author
"""A short line made of names only: a byline (`page_related` reads what follows it as other stories)."""


def _author_name(line: str) -> str:
    body = _AUTHOR_PREFIX.sub("", line).strip().rstrip(".")
    names = [part.strip() for part in re.split(r"\s*(?:[-–—,;/&]|\svà\s)\s*", body) if part.strip()]
    fixed = [name.title() if name.isupper() else name for name in names]
    return ", ".join(fixed)


def iso_day(text: str) -> date | None:
    """The day a page's publication time names, ISO ("2025-08-14T09:00") or day first ("14/8/2025")."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return safe_day(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        return safe_day(int(m[3]), int(m[2]), int(m[1]))
    return None
