"""The month or day a page came out, from its address: "/thoi-su-chinh-tri/202102/<slug>-772709/", "/2021/02/<slug>",
"<slug>-20170425140339254.htm", "/Pages/2023-11-20/<slug>.aspx".

Many outlets file their pages in a folder per month. With no date on the page, that folder is its publication
month, as a "date 2021-02" stamp is (`markers`), and a day written without a year ("Sáng 25.2") is the last such
day not after it. Only a whole path segment counts (six digits, or a year then a month), with a year this century
and a month 1-12: an article's number in its slug ("-772709") is never one. Other outlets end the slug with the
moment the page came out ("-20170425140339254.htm"): that is its publication day, as a page's own date line is,
provided the slug before it is this article's (most of its words in the headline): an address copied from another
page (a mirror's link to some other story) dates nothing. A repost (its own address, given, has no folder) often
ends with its source's address, "https://baogialai.com.vn/channel/721/202003/<slug>-5673183/": that folder dates
it too, when the slug is this article's headline (a link to another story in the same line dates nothing). A folder
named for a whole day right above the slug ("/Pages/2023-11-20/") is read the same way.
"""

from __future__ import annotations

import re
from datetime import date

from ..folding import fold

_FOLDER = re.compile(r"/(20[0-4]\d)(0[1-9]|1[0-2])/|/(20[0-4]\d)/(0[1-9]|1[0-2])/")


def url_month(url: str | None, headline: str | None = None) -> tuple[int, int] | None:
    """(year, month) of the month folder in `url`'s path, or None; with a `headline`, only when the slug after the
    folder is mostly the headline's words (the page's own source line, not a link to another story)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    m = _FOLDER.search(path)
    if m is None:
        return None
    if headline is not None:
        slug = re.sub(r"-\d+$", "", re.sub(r"\.\w+$", "", path[m.end():].strip("/").split("/")[-1]))
        if len([w for w in slug.split("-") if w.isalpha()]) < 3 or not _slug_of(slug, headline):
            return None
    return (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))


_STAMP = re.compile(r"[-_/](20[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)\d{3,7}"
                    r"(?=(?:-[a-z]?\d+)?\.(?:html?|chn|aspx?|vn)\b|$|[?#/])")
"""The time stamp some outlets glue to a page's slug ("...-380m-20170425140339254.htm": 25/4/2017 14:03:39.254, or
"-2023091422052675.chn"): year, month, day, then an hour and minutes that must read as a time, then seconds and
fractions; 14 to 19 digits in all, at the end of the slug. An article number ("-772709") is far shorter, and a run
that does not read as a day and a time is none."""


_DAY_FOLDER = re.compile(r"/(20[0-4]\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])/[^/]+/?$")
"""The folder of the day a page came out, right above its slug: "/portal/Pages/2023-11-20/<slug>.aspx",
"/2021/02/14/<slug>" (some government portals and blogs file pages by day)."""


def url_day(url: str | None, headline: str | None = None) -> date | None:
    """The day stamped into `url`'s last path segment ("-20170425140339254.htm"), or None; with a `headline`, only
    when the slug's words are mostly the headline's."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    last = path.rstrip("/").rsplit("/", 1)[-1] if path else ""
    m = _STAMP.search("/" + last)
    slug = last[:m.start()] if m is not None else last
    if m is None:  # ".../Pages/2023-11-20/<slug>.aspx": the day's folder, just above the page
        m = _DAY_FOLDER.search(path)
        slug = re.sub(r"\.\w+$", "", last)
    if m is None or headline is not None and not _slug_of(slug, headline):
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:  # 31/4
        return None


def _slug_of(slug: str, headline: str) -> bool:
    """Whether most words of `slug` ("sat-lo-kinh-hoang-o-an-giang") are words of `headline`, folded."""
    words = [w for w in slug.lower().split("-") if w.isalpha()]
    if len(words) < 3:
        return True  # too short to tell: trusted
    said = set(re.findall(r"[a-z0-9]+", fold(headline).lower()))
    return sum(w in said for w in words) * 2 >= len(words)
