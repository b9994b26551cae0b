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
from html.parser import HTMLParser

from ..folding import fold

# -- the result ----------------------------------------------------------------


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

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


# -- input formats ---------------------------------------------------------------

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
class _Raw:
    lines: list[str]
    title: str | None = None
    published: str | None = None
    url: str | None = None
    dropped: list[str] = field(default_factory=list)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(html|body|article|p|div|h1)[\s>]", head)) and head.count("<") >= 3


def _from_html(text: str) -> _Raw:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    lines = parser.lines
    if any(inside for _, inside in lines):
        kept = [line for line, inside in lines if inside]
    else:
        kept = [line for line, _ in lines]
    title = parser.h1 or (parser.title and re.split(r"\s+[|–-]\s+(?=[^|–-]*$)", parser.title)[0]) or None
    return _Raw(kept, title, parser.published, parser.url, list(parser.captions))


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _from_markdown(text: str) -> _Raw:
    lines = text.splitlines()
    raw = _Raw([])
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


def _from_plain(text: str) -> _Raw:
    return _Raw(text.splitlines())


# -- cleaning --------------------------------------------------------------------

_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Terminal escapes and control characters: never content, and never to reach a terminal."""
_SPACE_CHARS = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\t": " "})

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
_CAPTION_MARK = re.compile(r"\((ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:[^)]*\)\s*\.?$", re.IGNORECASE)

_DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b\s*", re.IGNORECASE)
_STAMP = re.compile(r"\(\s*(\d{1,2}:\d{2}(?::\d{2})?)\s+(\d{1,2})/(\d{1,2})/(\d{4})\s*\)\s*")
_PUBLISHED_LINE = re.compile(
    r"^(?:(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|cập\s+nhật|cập\s+nhật\s+lúc|xuất\s+bản|published|updated)\s*:?\s*)?"
    r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:\s*[,|-]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:\(?gmt[+-]\d+\)?|sa|ch|am|pm))?)?"
    r"(?:\s*\|.*)?$", re.IGNORECASE)
_ISO_PUBLISHED_LINE = re.compile(
    r"^(?:(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật|published|updated)\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:[ t][\d:.+z-]*)?$",
    re.IGNORECASE)
_OUTLET = re.compile(r"^\s*\(([A-Za-zĐđ][A-Za-zĐđ0-9.&]{1,15})\)\s*[-–—:]?\s*")
_OUTLET_BARE = re.compile(r"^([A-Z][A-Z0-9.]{1,11}(?:\s?[-–—])?)\s+[-–—]\s+")
_DATELINE = re.compile(
    r"^((?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.]*)(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.]*){0,4}|[A-ZĐ][^\s,]*(?:\s+[A-ZĐ][^\s,]*){0,3})\s*,\s*"
    r"((?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*(?:[-–—:]\s*)?")
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:tin và ảnh|bài và ảnh|tin,\s*ảnh|bài,\s*ảnh|tin\s*-\s*ảnh|bài\s*-\s*ảnh|tin|bài|ảnh|nhóm pv|pv|ctv|"
    r"thực hiện|nhóm phóng viên|phóng viên|theo)\s*:\s*|(?:tin và ảnh|bài và ảnh|tin,\s*ảnh|bài,\s*ảnh|theo)\s+)+",
    re.IGNORECASE)

_ABBREVIATIONS = {"tp", "tx", "tt", "p", "q", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "th.s", "ncs", "st", "mr",
                  "mrs", "dr", "v.v", "tr", "h", "đ/c", "đc", "ubnd", "no", "vs"}
_SENTENCE_END = re.compile(r"(?:\.{3}|…|[.!?])+[\"”’»)\]]*(?=\s+|$)")
_TERMINAL = re.compile(r"(?:[.!?…:;]|\.{3}|\./\.)[\"”’»)\]]*$")


def read_article(text: str, kind: str = "auto") -> Article:
    """Clean paragraphs and sentences of `text` (kind: "text", "markdown", "html" or "auto")."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub(" ", text)
    if kind == "auto":
        kind = "html" if looks_like_html(text) else "markdown" if _looks_like_markdown(text) else "text"
    raw = _from_html(text) if kind == "html" else _from_markdown(text) if kind == "markdown" else _from_plain(text)
    return _clean(raw)


def _looks_like_markdown(text: str) -> bool:
    return bool(re.search(r"^(#{1,6} |---\s*$|!\[|\*\*[^*]+\*\*\s*$)", text, re.MULTILINE))


def _clean(raw: _Raw) -> Article:
    article = Article(url=raw.url, dropped=list(raw.dropped))
    if raw.published:
        article.published = _iso_day(raw.published)
        article.published_line = raw.published if article.published else None
    lines = [" ".join(html.unescape(line).translate(_SPACE_CHARS).split()) for line in raw.lines]
    lines = _cut_at_end_marker(lines, article)
    title = raw.title and " ".join(raw.title.split())
    lines = [line for line in lines if not (title and line == title)]
    lines = _take_markers(lines, article)
    content: list[str] = []
    for line in lines:
        if not line:
            continue
        if _is_debris(line):
            article.dropped.append(line)
            continue
        content.append(line)
    if content and not title:
        title, content = _split_title(content, article)
    elif content:
        content = _drop_header_crumbs(content, article)
    article.title = title or None
    content = _take_author(content, article)
    content = _drop_captions(content, article)
    for number, paragraph in enumerate(content):
        paragraph = re.sub(r"^[*•+\-–]\s+", "", paragraph)
        article.paragraphs.append(paragraph)
        for sentence in split_sentences(paragraph):
            article.sentences.append(Sentence(sentence, number, len(article.sentences)))
    return article


def _cut_at_end_marker(lines: list[str], article: Article) -> list[str]:
    seen_content = False
    for i, line in enumerate(lines):
        if len(line.split()) > 12:
            seen_content = True
        if seen_content and _END_MARKERS.match(line) and len(line.split()) <= 8:
            article.dropped.extend(line for line in lines[i:] if line)
            return lines[:i]
    return lines


def _take_markers(lines: list[str], article: Article) -> list[str]:
    """Take out the date header, publication stamps and lines, and the outlet tag."""
    out: list[str] = []
    content_seen = 0
    for line in lines:
        if not line:
            out.append(line)
            continue
        if content_seen < 2 and (m := _DATE_HEADER.match(line)):
            day = _make_day(int(m[1]), int(m[2]), int(m[3]))
            if day:
                article.date_header, article.date_header_line = day, line[:m.end()].strip()
                line = line[m.end():].strip()
                if not line:
                    continue
        if m := _STAMP.search(line):
            day = _make_day(int(m[4]), int(m[3]), int(m[2]))
            if day and (content_seen < 3 or m.start() == 0):
                if article.published is None:
                    article.published, article.published_line = day, m[0].strip()
                line = (line[:m.start()] + line[m.end():]).strip()
                if not line:
                    continue
        if content_seen < 3 and len(line) <= 80 and (m := _PUBLISHED_LINE.match(line) or _ISO_PUBLISHED_LINE.match(line)):
            if m.re is _ISO_PUBLISHED_LINE:
                day = _make_day(int(m[1]), int(m[2]), int(m[3]))
            else:
                day = _make_day(int(m[3]), int(m[2]), int(m[1]))
            if day:
                if article.published is None:
                    article.published, article.published_line = day, line
                article.dropped.append(line)
                continue
        if content_seen < 3 and article.outlet is None and (m := _OUTLET.match(line)):
            article.outlet, article.outlet_line = m[1], line
            line = line[m.end():].strip()
        elif content_seen < 3 and article.outlet is None and (m := _OUTLET_BARE.match(line)) and len(line.split()) > 8:
            article.outlet, article.outlet_line = m[1].rstrip(" -–—"), line
            line = line[m.end():].strip()
        if content_seen < 3 and article.dateline is None and (m := _DATELINE.match(line)) and len(line.split()) > 6:
            article.dateline, article.dateline_line = m[2], line
            line = line[m.end():].strip()
        if len(line.split()) > 12:
            content_seen += 1
        out.append(line)
    # a dateline on a line of its own: "Thanh Hóa, 28/11/2025"
    final: list[str] = []
    for line in out:
        m = re.fullmatch(r"([A-ZĐÀ-Ỹ][\wÀ-ỹ.]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*){0,4})\s*,\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", line)
        if m and (day := _make_day(int(m[4]), int(m[3]), int(m[2]))):
            if article.published is None:
                article.published, article.published_line = day, line
            article.dropped.append(line)
            continue
        final.append(line)
    return final


def _is_debris(line: str) -> bool:
    return len(line.split()) <= 12 and any(pattern.fullmatch(line) for pattern in _DEBRIS)


def _split_title(lines: list[str], article: Article) -> tuple[str | None, list[str]]:
    """The headline and category crumbs come before the lead; the lead is the first real paragraph."""
    lead = next((i for i, line in enumerate(lines) if _is_paragraph(line)), 0)
    head, rest = lines[:lead], lines[lead:]
    candidates = [line for line in head if len(line.split()) >= 5 and not _TERMINAL.search(line)]
    title = max(candidates, key=len) if candidates else None
    article.dropped.extend(line for line in head if line != title)
    return title, rest


def _drop_header_crumbs(lines: list[str], article: Article) -> list[str]:
    lead = next((i for i, line in enumerate(lines) if _is_paragraph(line)), 0)
    article.dropped.extend(lines[:lead])
    return lines[lead:]


def _is_paragraph(line: str) -> bool:
    """Running text: ends like a sentence, or holds a sentence boundary; a headline does neither."""
    if len(line.split()) < 8:
        return False
    return bool(_TERMINAL.search(line)) or bool(re.search(r"[.!?…]\s+[A-ZĐÀ-Ỹ]", line))


def _take_author(lines: list[str], article: Article) -> list[str]:
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
    if not body or len(body.split()) > 8 or _TERMINAL.search(body) and not body.endswith("."):
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


def _author_name(line: str) -> str:
    body = _AUTHOR_PREFIX.sub("", line).strip().rstrip(".")
    names = [part.strip() for part in re.split(r"\s*(?:[-–—,;/&]|\svà\s)\s*", body) if part.strip()]
    fixed = [name.title() if name.isupper() else name for name in names]
    return ", ".join(fixed)


def _drop_captions(lines: list[str], article: Article) -> list[str]:
    """Photo captions: short lines without a final stop between paragraphs, or marked "(Ảnh: ...)"."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        words = len(line.split())
        is_last = i == len(lines) - 1
        caption = bool(_CAPTION_MARK.search(line))
        if not caption and not _TERMINAL.search(line) and words <= 24 and i > 0:
            # the last line may be an article cut short: keep it when it reads like running text
            caption = not (is_last and (words >= 10 or line.endswith((",", " và", " cho", " của"))))
        if not caption and i > 0 and words <= 14 and _TERMINAL.search(line) and _describes_photo(line):
            caption = True
        if caption:
            article.dropped.append(line)
            continue
        kept.append(line)
    return kept


def _describes_photo(line: str) -> bool:
    folded = fold(line)
    return bool(re.match(r"^(quang canh|toan canh|hinh anh|anh:|canh )", folded))


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; "TP. Dĩ An", "3.163" and "ThS." do not end one."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        rest = paragraph[end:].lstrip()
        if rest and not _starts_sentence(rest):
            continue
        before = paragraph[start:match.start()]
        word = re.search(r"([\w./]+)$", before)
        if match.group().startswith(".") and not match.group().startswith("...") and word and (
                fold(word[1]).lower() in _ABBREVIATIONS or len(word[1]) == 1 and word[1].isupper()):
            continue
        sentence = paragraph[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _starts_sentence(rest: str) -> bool:
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"“‘«(*-–•["


# -- small helpers -----------------------------------------------------------------------


def _make_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_day(text: str) -> date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _make_day(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        return _make_day(int(m[3]), int(m[2]), int(m[1]))
    return None
