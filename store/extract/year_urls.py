"""The month a page came out, from its address: "/thoi-su-chinh-tri/202102/<slug>-772709/", "/2021/02/<slug>".

Many outlets file their pages in a folder per month. With no date on the page, that folder is its publication
month, as a "date 2021-02" stamp is (`markers`), and a day written without a year ("Sáng 25.2") is the last such
day not after it. Only a whole path segment counts (six digits, or a year then a month), with a year this century
and a month 1-12: an article's number in its slug ("-772709") is never one.
"""

from __future__ import annotations

import re

_FOLDER = re.compile(r"/(20[0-4]\d)(0[1-9]|1[0-2])/|/(20[0-4]\d)/(0[1-9]|1[0-2])/")


def url_month(url: str | None) -> tuple[int, int] | None:
    """(year, month) of the month folder in `url`'s path, or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE)
    m = _FOLDER.search(path)
    if m is None:
        return None
    return (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
