"""From a saved page, as HTML, Markdown or plain text, to lines of plain text and what the page says about itself.

Only the format is undone here: the HTML page's <article> when it has one,
its title, publication time and canonical address; Markdown's front matter,
headings, emphasis and links. A .txt that is a page's markup from its first
character is read as the page it is. Which lines are content is decided later
(`debris`, `markers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .page_descriptions import lead_from_description

_BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "blockquote", "figure", "figcaption", "dd", "dt", "dl",
    "main", "pre", "hr", "time", "address",
}
_SKIP_TAGS = {"script", "style", "noscript", "nav", "form", "button", "select", "option", "iframe", "svg",
              "template", "aside", "footer", "head", "menu", "textarea", "label", "input"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class _PageParser(HTMLParser):
    """Text of a page, block by block; the <article> element alone when there is one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, bool]] = []  # (text, inside <article>)
        self.captions: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self.published: str | None = None
        self.url: str | None = None
        self.description: str | None = None
        self._skip = 0
        self._article = 0
        self._caption = 0
        self._in_title = False
        self._in_h1 = False
        self._buffer: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in ("article:published_time", "datepublished", "pubdate", "publishdate", "date",
                       "dc.date.issued", "og:published_time") and not self.published:
                self.published = values.get("content")
            elif key in ("og:url",) and not self.url:
                self.url = values.get("content")
            elif key in ("description", "og:description") and not self.description:
                self.description = " ".join((values.get("content") or "").split()) or None
            return
        if tag == "link" and values.get("rel", "").lower() == "canonical" and not self.url:
            self.url = values.get("href")
            return
        if tag == "time" and values.get("datetime") and not self.published and not self._skip:
            self.published = values["datetime"]
        if tag in _VOID:
            if tag == "br":
                self._flush()
            return
        self._stack.append(tag)
        if tag == "title":
            self._in_title = True
            self._flush()
            return
        if tag in _SKIP_TAGS:
            self._flush()
            self._skip += 1
            return
        if tag == "article":
            self._flush()
            self._article += 1
        if tag == "figcaption":
            self._flush()
            self._caption += 1
        if tag == "h1" and not self._skip:
            self._flush()
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # close up to the matching tag; HTML in the wild leaves tags open
        if tag not in self._stack:
            return
        while self._stack:
            open_tag = self._stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if tag == "title":
            self.title = " ".join("".join(self._buffer).split()) or self.title
            self._buffer = []
            self._in_title = False
            return
        if tag in _SKIP_TAGS:
            self._buffer = []
            self._skip = max(0, self._skip - 1)
            return
        if tag == "figcaption":
            text = " ".join("".join(self._buffer).split())
            if text:
                self.captions.append(text)
            self._buffer = []
            self._caption = max(0, self._caption - 1)
            return
        if tag == "h1" and self._in_h1:
            text = " ".join("".join(self._buffer).split())
            if text and not self.h1:
                self.h1 = text
            self._in_h1 = False
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "article":
            self._article = max(0, self._article - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._buffer.append(data)
            return
        if self._skip:
            return
        self._buffer.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text and not self._skip and not self._in_title:
            if self._caption:
                self.captions.append(text)
            else:
                self.lines.append((text, self._article > 0))

    def close(self) -> None:
        super().close()
        self._flush()


@dataclass
class RawPage:
    """A page's lines of text, before cleaning, and what its head or front matter says."""

    lines: list[str]
    title: str | None = None
    published: str | None = None
    url: str | None = None
    dropped: list[str] = field(default_factory=list)


def raw_page(text: str, kind: str = "auto") -> RawPage:
    """The lines of `text` (kind: "text", "markdown", "html" or "auto", decided by the content)."""
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "markdown" if _looks_like_markdown(text) else "text"
    elif kind == "text" and is_saved_page(text):
        # a .txt that is a page's markup from its first character (a search tool's copy of a portal page, often cut
        # after its head): read as text, its headline sits inside <title> and its paragraphs keep their tags
        kind = "html"
    return _from_html(text) if kind == "html" else _from_markdown(text) if kind == "markdown" else _from_plain(text)


_SAVED_PAGE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
                         re.IGNORECASE | re.DOTALL)


def is_saved_page(text: str) -> bool:
    """A whole HTML document from its first character (a doctype or <html>), whatever the file is called; text
    that only quotes a tag further on is not one."""
    return bool(_SAVED_PAGE.match(text[:2000]))


def looks_like_html(text: str) -> bool:
    """A page saved as HTML, not text that merely mentions a tag."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|article|p|div|h1)[\s>]", head)) and head.count("<") >= 3


def _from_html(text: str) -> RawPage:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    lines = parser.lines
    if any(inside for _, inside in lines):
        kept = [line for line, inside in lines if inside]
    else:
        kept = [line for line, _ in lines]
    title = parser.h1 or (parser.title and re.split(r"\s+[|–-]\s+(?=[^|–-]*$)", parser.title)[0]) or None
    kept += lead_from_description(parser.description, title, kept)
    return RawPage(kept, title, parser.published, parser.url, list(parser.captions))


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _from_markdown(text: str) -> RawPage:
    lines = text.splitlines()
    raw = RawPage([])
    if lines and lines[0].strip() == "---":  # front matter
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                for entry in lines[1:end]:
                    key, _, value = entry.partition(":")
                    value = value.strip().strip("\"'")
                    key = key.strip().lower()
                    if key == "title" and value:
                        raw.title = value
                    elif key in ("date", "published", "pubdate") and value:
                        raw.published = value
                    elif key in ("url", "source_url", "link") and value:
                        raw.url = value
                lines = lines[end + 1:]
                break
    for line in lines:
        stripped = line.strip()
        if re.fullmatch(r"(-{3,}|\*{3,}|_{3,})", stripped):
            raw.lines.append("")
            continue
        if _MD_IMAGE.fullmatch(stripped):
            raw.dropped.append(stripped)
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
        if heading:
            text_line = _md_inline(heading[2])
            if len(heading[1]) == 1 and raw.title is None:
                raw.title = text_line
                continue
            raw.lines.append("")
            raw.lines.append(text_line)
            raw.lines.append("")
            continue
        stripped = re.sub(r"^>\s?", "", stripped)
        whole_emphasis = re.fullmatch(r"(\*\*?|__?)([^*_].*?)\1", stripped)
        if whole_emphasis and not re.search(r"[.!?…]$", whole_emphasis[2]):
            stripped = whole_emphasis[2]  # *Thanh Hóa, 28/11/2025*, **Đức Anh**: a line of its own
        raw.lines.append(_md_inline(stripped))
    return raw


def _md_inline(text: str) -> str:
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = text.replace("\\*", "*").replace("`", "")
    return text


def _from_plain(text: str) -> RawPage:
    return RawPage(unwrap(text.splitlines()))


_ENDS_CLAUSE = re.compile(r"[.!?…:;\"”’)\]»|]\s*$")
_STARTS_LOWER = re.compile(r"\s*[a-zà-ỹđ]")
_NUMBER_CARRIED = re.compile(r"\s*\d[\d.,]*(?:\s?%|\s+(?!(?:năm|tháng|ngày|giờ|tuần)\b)[a-zà-ỹđ])")
_OPEN_END = re.compile(r"(?:^|\s)(?:\S+\s+){5,}[a-zà-ỹđ]+\s*$")
"""A count carried to the next line ("Trung tâm đã tiếp nhận\n4.870 hồ sơ", "đạt tỷ lệ\n92,7%"): a line of running
text (six words or more) that ends on a word in lower case goes on when the next starts with a number and what it
counts; a headline ends on a name, a caption is shorter, and "20 năm qua, ..." opens a sentence of its own."""


def unwrap(lines: list[str]) -> list[str]:
    """A paragraph hard-wrapped at a fixed width, as text copied from some pages is ("Chiều\nngày 25/9, đoàn kiểm tra
    của Ủy\nban MTTQ"), joined again: a line that ends without a clause's punctuation goes on when the next one
    starts in lower case, and, once a paragraph is known to be wrapped, whatever the next one starts with. A title
    (a line without a full stop before a capitalised paragraph) is never joined to the text under it."""
    out: list[str] = []
    wrapped = False
    for line in lines:
        if out and out[-1].strip() and line.strip() and not _ENDS_CLAUSE.search(out[-1]) and \
                (_STARTS_LOWER.match(line) or wrapped or _NUMBER_CARRIED.match(line) and _OPEN_END.search(out[-1])):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            wrapped = True
            continue
        wrapped = False
        out.append(line)
    return out


def _looks_like_markdown(text: str) -> bool:
    return bool(re.search(r"^(#{1,6} |---\s*$|!\[|\*\*[^*]+\*\*\s*$)", text, re.MULTILINE))
