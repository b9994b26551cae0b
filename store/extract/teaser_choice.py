"""On a page of teasers, the story that is a visit: the page is read as its first story (`teasers`), but when that
story is no visit (a plan issued, a session opened) and a later one is, the page reports the later one; when none
is, the first story stands and the page is flagged as no visit report."""

from __future__ import annotations

from .text import Article, read_article
from .visit_kind import non_visit_reason

_PAGE_FIELDS = ("published", "published_line", "date_header", "date_header_line", "published_month", "outlet",
                "outlet_line", "author", "author_line", "url")
"""What the page says of itself, true of every story on it."""


def visit_teaser(article: Article) -> Article:
    """`article`, or the first later teaser that reads as a visit when `article`'s story does not."""
    if not article.teasers or non_visit_reason(article) is None:
        return article
    for i, story in enumerate(article.teasers):
        candidate = read_article("\n\n".join(story), "text")
        if not candidate.sentences or non_visit_reason(candidate) is not None:
            continue
        for name in _PAGE_FIELDS:
            if getattr(candidate, name) is None:
                setattr(candidate, name, getattr(article, name))
        candidate.related = article.related
        candidate.teasers = article.teasers[:i] + article.teasers[i + 1:]
        return candidate
    return article
