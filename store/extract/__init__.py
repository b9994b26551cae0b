"""From a news article to a draft record: rule-based extraction with provenance.

`extract_article(text)` reads one article (plain text, Markdown or a saved
HTML page) and returns a `Draft`: a record in the published format, as far
as the article allows, plus the sentence each value came from. The rules
live one concern per module:

- `text`: page debris out, paragraphs and sentences in; stamps, byline, outlet;
- `visit_kind`: whether the article reports a visit at all (else: a plan, a meeting...); `visit_plans`: a team
  set up, a programme, oversight in writing or a council's hearing, which no one went on;
- `dates`: the visit day, the year and how sure it is (`days`: days as written; `day_cues`: whose day a day is;
  `year_bounds`: what bounds a year; `year_anchors`: events that fix a year); `periods`: periods of figures;
- `places`: unit mentions, resolved through the gazetteer; the visited ones;
- `people`: names, titles, and the head of the delegation; `body`: the delegation, named in full;
- `figure_numbers`: numbers that can be figures; `figures`: their unit, whole, period, place;
- `items`: recommendations, directions, difficulties;
- `draft`: the record, its provenance, certainty and check flags;
- `duplicates`: the same visit already stored, and the figures it lacks.

Nothing is downloaded and no model is used: the gazetteer and the taxonomy
are the only knowledge. Nothing here imports the UI.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..article_suffixes import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES
from ..dates import DateError, parse_day
from ..folding import fold
from ..reasons import flagged, reason, say
from ..taxonomy import taxonomy
from .article_bytes import article_text
from .body import delegation_body
from .body_case import place_syllables, usual_case
from .body_commas import committee_commas
from .dates import resolve_visit_date
from .desk_quotes import unquoted_desks
from .draft import Draft
from .figure_desk_scenes import desk_scenes
from .figures import find_figures
from .id_names import cut_at_name
from .item_deadlines import set_deadlines
from .items import find_items
from .leader_glued_verbs import unglued_heads
from .people import find_people
from .person_title_abbreviations import closed_dotted_offices
from .place_bylines import byline_commune
from .place_fallback import province_visited
from .place_portals import portal_commune
from .place_shared_names import shared_ward_warnings
from .place_site_desks import site_district_beside
from .place_sites import site_locality
from .places import Places, era_bounds, find_places
from .teaser_choice import visit_teaser
from .text import Article, read_article
from .topic_mentions import about_project_06, mask_passing_mentions
from .topic_words import topics_in_other_words
from .visit_days_ahead import days_ahead
from .visit_kind import non_visit_reason
from .year_ceased_bodies import ceased_bodies
from .year_ceased_units import ceased_units
from .year_earlier_units import earlier_units
from .year_merged_wards import merged_wards
from .year_numbered_units import numbered_units
from .year_scopes import lower_bounds
from .year_spoken_cities import after_reform
from .year_urls import url_day, url_month

__all__ = ["ARTICLE_SUFFIXES", "EMPTY_ARTICLE", "MAX_ARTICLE_BYTES", "ArticleTooLarge", "Draft", "EmptyArticle",
           "article_files", "extract_article", "extract_file", "read_article"]

KINDS = ("giám sát", "khảo sát", "kiểm tra", "làm việc")
_KIND = re.compile(r"(giám sát|khảo sát|kiểm tra|làm việc)", re.IGNORECASE)
_MAX_DIGITS = 24
_LONG_DIGITS = re.compile(rf"\d{{{_MAX_DIGITS + 1},}}")


def article_files(directory: Path) -> list[Path]:
    """The articles in `directory` and below: .txt, .md and .html files, hidden ones left out, sorted."""
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(directory).parts))


class ArticleTooLarge(ValueError):
    """An article over the size limit: refused before it is read whole."""


EMPTY_ARTICLE = "the article is empty: nothing to extract"
"""Why an article of no text is refused (`err.article_empty` in the catalog)."""


class EmptyArticle(ValueError):
    """An article with no text (an empty file, blank lines): refused, where it had become a draft of guesses
    ("undated-doan-cong-tac", "Đoàn công tác") that the review screen then asked the reader to correct."""

    def __init__(self, source: str) -> None:
        super().__init__(f"{source}: {EMPTY_ARTICLE}")
        self.source = source


def extract_file(path: str | Path, published: date | str | None = None, today: date | None = None,
                 max_bytes: int = MAX_ARTICLE_BYTES, url: str | None = None) -> Draft:
    """Read and extract the article in `path` (.txt, .md or .html; other names are sniffed); `url`: its address."""
    path = Path(path)
    with path.open("rb") as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise ArticleTooLarge(f"{path}: larger than the article size limit of {max_bytes:,} bytes; "
                              "not read (raise the limit with --max-article-size BYTES)")
    text = article_text(raw)
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "auto")
    return extract_article(text, published=published, source_name=str(path), kind=kind, today=today, url=url)


def extract_article(text: str, published: date | str | None = None, source_name: str | None = None,
                    kind: str = "auto", today: date | None = None, url: str | None = None) -> Draft:
    """A draft record from one article's text; `published` (a date or "16/05/2023") settles the year; `url`, the
    article's address (else one the article carries), names the outlet, whose province is a weak clue."""
    if isinstance(published, str):
        try:
            published = parse_day(published)
        except DateError as error:
            raise ValueError(f"--published: {error}") from None
    if len(text) > MAX_ARTICLE_BYTES * 4:
        raise ArticleTooLarge(f"{source_name or 'article'}: {len(text):,} characters is no news article; not read")
    if not text.strip():
        raise EmptyArticle(source_name or "article")
    # a run of digits no figure has (a pasted hash, a hostile input): blanked, so no rule scans it digit by digit
    text, long_runs = _LONG_DIGITS.subn(lambda m: "#" * min(len(m[0]), 40), text)
    text = unquoted_desks(text)  # 'Bộ phận "một cửa" xã A': the desk as the place rules know it
    text = unglued_heads(text)  # "... HĐND huyệnlàm Trưởng đoàn": the space a page lost put back
    text = closed_dotted_offices(text)  # "CT. HĐND xã": one office, no sentence's end
    text = usual_case(text)  # "Đoàn Đại biểu Quốc hội", "UBND Phường": organs and titles as the rules know them
    text = place_syllables(text)  # "huyện Đồng hỷ": a unit's name with a syllable in lower case, as written elsewhere
    text = committee_commas(text)  # "Trưởng Ban Dân tộc, HĐND tỉnh X": the committee and its council, one name
    article = visit_teaser(read_article(text, kind))  # a tag page: the story on it that is a visit
    own_line = article.url  # the page's own source line ("https://…/202003/<slug>/" at its foot), if any
    if url and url.strip():
        article.url = url.strip()
    article.published_month = article.published_month or url_month(article.url)  # "/202102/": a month's folder
    if article.published_month is None and own_line != article.url:  # a repost's address, its source's folder
        article.published_month = url_month(own_line, article.title)
    if article.published is None and (stamped := url_day(article.url, article.title)):  # "<slug>-2017042514…"
        article.published, article.published_line = stamped, article.url
    provenance: dict[str, str] = {}
    certainty: dict[str, str] = {}
    rules: dict[str, str] = {}
    warnings: list[str] = []
    notes: list[str] = []
    record: dict = {"schema_version": 1, "id": ""}

    places = find_places(article)
    reform = after_reform(article, places)  # "phường Trường Vinh" beside "TP Vinh" (year_spoken_cities)
    places.reformed = reform is not None
    # "Thường trực HĐND huyện X", "HĐND tỉnh Thừa Thiên Huế": before the day the unit ceased
    visit = resolve_visit_date(article, published, today, era_bounds(places) + ceased_bodies(article) +
                               ceased_units(article, places.reformed) + earlier_units(article, places) +
                               numbered_units(places) + merged_wards(article, places) + (reform or []) +
                               lower_bounds(article, places))
    if visit.day:
        record["date"] = visit.day.isoformat()
        record["date_certainty"] = visit.certainty
        provenance["date"] = visit.evidence or ""
        if visit.year_evidence and visit.year_evidence != visit.evidence:
            provenance["date_certainty"] = visit.year_evidence
    else:
        warnings.append(reason("warn.no_date"))
        if visit.evidence:
            provenance["date"] = visit.evidence
    notes += [say(note, "vi") for note in visit.notes]  # the record's own notes are in the records' language
    if long_runs:
        warnings.append(reason("warn.long_digits", count=long_runs, digits=_MAX_DIGITS))
    if visit.day:
        certainty["date"] = reason(f"date_certainty.{visit.certainty}", why=visit.notes) if visit.notes else \
            reason(f"date_certainty.{visit.certainty}.bare")
        if visit.certainty == "inferred" and visit.year_evidence is None:
            warnings.append(reason("warn.year_guess"))
    non_visit = non_visit_reason(article) or days_ahead(article, visit)  # days after the page, no "sẽ": to come
    if non_visit:
        warnings.insert(0, reason("warn.not_a_visit", why=non_visit))

    people = find_people(article)
    lead = _lead_sentence(article)

    record["kind"], kind_source = _kind(article, lead)
    if kind_source:
        provenance["kind"] = kind_source
    body, body_source = delegation_body(article, lead, people, places)
    record["body"] = body
    if body_source:
        provenance["body"] = body_source
    if people.leader:
        record["leader"] = {"name": people.leader.name, "title": people.leader.title}
        provenance["leader"] = people.leader.sentence.text if people.leader.sentence else ""
        rules["leader"] = people.leader.rule
        if people.leader.certainty:
            certainty["leader"] = people.leader.certainty
    else:
        warnings.append(reason("warn.no_leader"))

    places.year_known = visit.certainty != "inferred" or visit.year_evidence is not None
    localities = places.localities(visit.day) or province_visited(article, places)  # a province's body, no unit
    localities = localities or portal_commune(article, places)  # a commune's portal page, its council unnamed
    localities = localities or byline_commune(article, places)  # "Tuyết Vân - xã Thanh Phước": the signed commune
    localities = localities or site_locality(article, places)  # a district's site, its organs unnamed
    localities = localities + site_district_beside(article, places, localities)  # its own desk beside communes
    record["localities"] = localities
    for i, mention in enumerate(places.visited):
        provenance[f"localities[{i}]"] = mention.sentence.text if mention.sentence else (article.title or "")
    if not localities:
        warnings.append(reason("warn.no_localities"))
    warnings += shared_ward_warnings(places)  # "phường An Hòa", no province: today's namesakes, then former ones
    for mention in places.unresolved:
        if (
            mention.level not in (None, "tỉnh")
            and len(mention.base.split()) <= 4
            and not _looks_like_person(mention.base)
        ):
            note = f"Không xác định được đơn vị \"{mention.written}\" trong danh mục hiện hành."
            notes += [note] if note not in notes else []  # named in the headline and the lead: said once

    record["topics"], topic_sources = _topics(article)
    for i, topic_source in enumerate(topic_sources):
        provenance[f"topics[{i}]"] = topic_source

    figures = find_figures(article.sentences, visit.day, places, article.title)
    desk_scenes(figures, localities)  # "...; Bộ phận một cửa Văn phòng HĐND-UBND huyện tiếp nhận 8.387": the district's
    record["figures"] = [figure.figure for figure in figures]
    for i, figure in enumerate(figures):
        provenance[f"figures[{i}]"] = figure.sentence.text
        if figure.qualifier:
            certainty[f"figures[{i}]"] = reason("figure.bound", word=figure.qualifier)

    items = find_items(article.sentences, places, people)
    for field in ("recommendations", "directions", "difficulties"):
        chosen = [item for item in items if item.field == field]
        record[field] = [item.item for item in chosen]
        for i, item in enumerate(chosen):
            provenance[f"{field}[{i}]"] = item.sentence.text
            if item.cut:
                certainty[f"{field}[{i}]"] = reason("item.cut")

    set_deadlines(record)  # "... trước ngày 15/12": the item's deadline, the tail out of its text (`item_deadlines`)
    record["people"] = people.others()
    for i, person in enumerate(record["people"]):
        said = next((m.sentence.text for m in people.mentions if m.name == person["name"] and m.sentence), None)
        if said:
            provenance[f"people[{i}]"] = said

    record["summary"], summary_sources = _summary(article, lead, figures, items)
    if summary_sources:
        provenance["summary"] = " … ".join(summary_sources)

    source: dict = {}
    if article.outlet:
        source["outlet"] = article.outlet
        provenance["source.outlet"] = article.outlet_line or article.outlet
    if article.author:
        source["author"] = article.author
        provenance["source.author"] = article.author_line or article.author
    if article.url:
        source["url"] = article.url
    if visit.published:
        source["published"] = visit.published.isoformat()
        provenance["source.published"] = visit.published_evidence or ""
    if article.title:
        source["title"] = article.title
        provenance["source.title"] = article.title
    if source:
        record["source"] = source
    if notes:
        record["notes"] = " ".join(notes)
    record["id"] = _make_id(record, places)
    record = _ordered(record)
    for path, sources in places.uncertain.items():
        certainty[path] = sources
    draft = Draft(record, provenance, source_name, warnings, rules, non_visit, certainty)
    warnings += flagged(draft)
    return draft


def _looks_like_person(base: str) -> bool:
    from .people import SURNAMES  # noqa: PLC0415

    words = base.split()
    return len(words) >= 3 and words[0].lower() in SURNAMES


def _lead_sentence(article: Article):
    for sentence in article.sentences[:6]:
        if _KIND.search(sentence.text) and re.search(r"\bđoàn\b|\bHĐND\b|\bĐBQH\b|trưởng đoàn|chủ trì",
                                                      sentence.text, re.IGNORECASE):
            return sentence
    return article.sentences[0] if article.sentences else None


def _kind(article: Article, lead) -> tuple[str, str | None]:
    texts = ([lead.text] if lead else []) + ([article.title] if article.title else [])
    team_kind = None
    for text in texts:
        found: list[str] = []
        for m in _KIND.finditer(text):
            before = text[:m.start()]
            if re.search(r"(?:\bđoàn|\bban|\bchuyên đề|\bchủ trì|\bkết quả|\bđợt)\s*$", before, re.IGNORECASE):
                if re.search(r"\bđoàn\s*$", before, re.IGNORECASE) and team_kind is None and m[1].lower() != "làm việc":
                    team_kind = m[1].lower()
                continue
            found.append(m[1].lower())
        strong = [kind for kind in found if kind != "làm việc"]
        if strong:
            return strong[0], text
        if team_kind:
            return team_kind, text
        if found:
            return "làm việc", text
    return team_kind or "làm việc", lead.text if lead else None


def _topics(article: Article) -> tuple[list[str], list[str]]:
    """The topics the visit dealt with: the taxonomy's aliases less passing mentions, and topics said in other words."""
    terms = taxonomy()
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    found: list[str] = []
    sources: list[str] = []
    masked = [mask_passing_mentions(fold(text)) for text in texts]
    project_06 = about_project_06(masked)  # one "tài khoản định danh điện tử" is a passing mention (`topic_mentions`)
    for text, folded in zip(texts, masked, strict=True):
        in_sentence = set(terms.find_topics(folded)) | set(topics_in_other_words(fold(text)))
        for topic in terms.topics:  # within a sentence in taxonomy order, as the aliases alone gave them
            if topic in in_sentence and topic not in found and (topic != "de-an-06" or project_06):
                found.append(topic)
                sources.append(text)
    return found, sources


def _summary(article: Article, lead, figures, items) -> tuple[str, list[str]]:
    parts: list[str] = []
    if lead:
        parts.append(lead.text)
    if figures and figures[0].sentence.text not in parts:
        parts.append(figures[0].sentence.text)
    direction = next((d for d in items if d.field == "directions"), None)
    if direction and direction.sentence.text not in parts:
        parts.append(direction.sentence.text)
    if not parts and article.sentences:
        parts.append(article.sentences[0].text)
    summary = " ".join(parts)
    if len(summary) > 900:
        summary = summary[:897].rsplit(" ", 1)[0] + "…"
    return summary or (article.title or "(không có nội dung)"), parts


def _make_id(record: dict, places: Places) -> str:
    day = record.get("date") or "undated"
    body = record.get("body", "")
    org = body.split(", ")[-1] if ", " in body else body
    org_slug = cut_at_name(org, 40)  # at a name's end: never "…-tinh-dong" of Đồng Tháp
    place = places.visited[0].name if places.visited else ""
    level = places.visited[0].level if places.visited else None
    if level and place.lower().startswith(level):
        place = place[len(level):]
    place = re.sub(r"^(?:TP|TX)\.\s*", "", place)
    place_slug = cut_at_name(place, 30)
    if place_slug and place_slug in org_slug:
        place_slug = ""
    parts = [day, org_slug, place_slug]
    return "-".join(part for part in parts if part)[:120] or "draft"


_ORDER = ("schema_version", "id", "date", "date_certainty", "kind", "body", "leader", "localities", "topics", "summary",
          "figures", "recommendations", "directions", "difficulties", "people", "source", "notes")


def _ordered(record: dict) -> dict:
    return {key: record[key] for key in _ORDER if key in record}
