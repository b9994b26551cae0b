"""From a saved page to clean paragraphs and sentences.

Articles arrive as plain text copied from a browser, as Markdown, or as the
HTML page itself. All three become lines of plain text; then the page's
debris is removed (font-size buttons, share and comment boxes, weather
widgets, related-news lists, photo captions) and what is left is split into
paragraphs and sentences. Publication stamps, a `date YYYY-MM-DD` header,
the outlet tag "(BDO)" and the author line are not content either: they are
taken out and kept, each with the line it came from.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from .debris import cut_at_end_marker, drop_captions, drop_header_crumbs, is_debris, split_title
from .formats import RawPage, looks_like_html, raw_page
from .headline_stops import stopped_headline
from .markers import iso_day, take_author, take_markers
from .page_related import take_related
from .place_outlets import take_address
from .sentences import split_sentences
from .stamp_lines import take_stamp_lines
from .teasers import take_teasers

__all__ = ["Article", "Sentence", "looks_like_html", "read_article", "split_sentences"]

@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, where it sits: paragraph and position in reading order."""

    text: str
    paragraph: int
    index: int


@dataclass
class Article:
    """An article's content and what the page says about it."""

    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    published: date | None = None
    published_line: str | None = None
    date_header: date | None = None
    date_header_line: str | None = None
    published_month: tuple[int, int] | None = None
    """A page header with the year and month only ("date 2022-07"): (year, month) the page came out in."""
    dateline: str | None = None
    """A dateline's date as written ("14/8" in "ĐÀ NẴNG, 14/8 - ..."), with the line in `dateline_line`."""
    dateline_line: str | None = None
    outlet: str | None = None
    outlet_line: str | None = None
    author: str | None = None
    author_line: str | None = None
    url: str | None = None
    dropped: list[str] = field(default_factory=list)
    """Lines removed as page debris or photo captions, for the curious."""
    related: list[str] = field(default_factory=list)
    teasers: list[list[str]] = field(default_factory=list)
    """On a page of teasers, the stories other than the one read, each as its lines (`teasers`)."""
    """Other stories' headlines and links ("Tin liên quan", "Xem thêm: ...", after the byline): read by no rule."""
    dashed: list[int] = field(default_factory=list)
    """Paragraphs (by number) written after a dash or bullet: a list's items, or an interview's questions and answers
    (`visit_interviews`); the dash itself is taken off the paragraph."""

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


_CONTROL = re.compile(
    r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
"""Terminal escapes and control characters: never content, and never to reach a terminal."""
_SPACE_CHARS = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\t": " "})


_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
"""Icelandic eth typed for the Vietnamese Đ/đ ("phường Ðức Phổ"): they look alike, and some outlets' fonts or keyboards
emit them; read as Đ, the name is found in the gazetteer and a person's name matches the same person elsewhere."""


_GLUED_DAY = re.compile(r"(?<=[^\W\d_])(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b)")
"""A section label glued to the dated lead ("Thời sựNgày 29/4, Thủ tướng ..."): a space between them lets the day
and the person after it be read as the lead's."""


def read_article(text: str, kind: str = "auto") -> Article:
    """Clean paragraphs and sentences of `text` (kind: "text", "markdown", "html" or "auto")."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_LOOKALIKES)
    text = _CONTROL.sub(" ", text)
    return _clean(raw_page(text, kind))


def _clean(raw: RawPage) -> Article:
    lines, address = take_address(raw.lines)  # "Nguồn: https://…" or a bare address at the top: no title
    article = Article(url=raw.url or address, dropped=list(raw.dropped))
    if raw.published:
        article.published = iso_day(raw.published)
        article.published_line = raw.published if article.published else None
    lines = [_GLUED_DAY.sub(" ", " ".join(html.unescape(line).translate(_SPACE_CHARS).split())) for line in lines]
    lines = cut_at_end_marker(lines, article)
    title = raw.title and " ".join(raw.title.split())
    lines = [line for line in lines if not (title and line == title)]
    lines = take_stamp_lines(take_markers(lines, article), article)
    content: list[str] = []
    for line in lines:
        if not line:
            continue
        if is_debris(line):
            article.dropped.append(line)
            continue
        content.append(line)
    content = take_teasers(content, title, article)  # a tag page: the one story it is about
    if content and not title:
        title, content = stopped_headline(content) or split_title(content, article)
    elif content:
        content = drop_header_crumbs(content, article)
    article.title = title or None
    content = take_author(take_related(content, article), article)
    content = drop_captions(content, article)
    for number, paragraph in enumerate(content):
        if re.match(r"[*•+\-–]\s+", paragraph):
            article.dashed.append(number)
        paragraph = re.sub(r"^[*•+\-–]\s+", "", paragraph)
        article.paragraphs.append(paragraph)
        for sentence in split_sentences(paragraph):
            article.sentences.append(Sentence(sentence, number, len(article.sentences)))
    return article
