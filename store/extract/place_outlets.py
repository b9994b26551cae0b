"""The province an article's outlet serves, from its web address or its name: a weak clue, never the text's word.

A user importing an article usually has its address ("Nguồn: https://baotravinh.vn/…", `--url`, a page's
og:url). A provincial paper or portal reports its own province's visits and often writes only "HĐND tỉnh" or
"xã Long Hòa", leaving the province to the masthead. The address names it in two ways:

- the site's own name holds the province's: baoninhbinh.org.vn, hdnd.binhthuan.gov.vn, thainguyentv.vn;
- a provincial paper whose name does not (sggp.org.vn, baoapbac.vn): `data/outlet_domains.json`, only outlets
  whose province is certain; national outlets are never listed.

The province given is the one the outlet served when it wrote (Trà Vinh, not today's Vĩnh Long), so that a
province-level visit is written as the article knew it. It is returned as a `Clue`: a hint that places a unit the
text leaves without a province, and a shared name only if that province has one, but that never refuses a unit the
text places elsewhere (`place_resolution.resolve`) and never makes a bare capitalised word a unit (`bare_ward`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..folding import fold_compact
from ..resources import load_json

if TYPE_CHECKING:
    from .text import Article

_SUFFIXES = ("gov.vn", "org.vn", "com.vn", "net.vn", "edu.vn", "info.vn", "vn", "com", "net", "org", "info")
_URL = r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)(?:[/?#]\S*)?"
_ADDRESS_LINE = re.compile(
    rf"(?:(?:nguồn(?:\s+(?:bài|tin|bài viết))?|link|url|địa chỉ|source)\s*:\s*)?[<(\[]?({_URL})[>)\]]?\.?",
    re.IGNORECASE)
_LABELLED = re.compile(rf"(?:nguồn(?:\s+(?:bài|tin|bài viết))?|source)\s*:.{{0,80}}?[<(\[]({_URL})[>)\]]\.?",
                       re.IGNORECASE)


class Clue(str):
    """A province named only by the outlet: weaker than any province the text names."""


def is_clue(hint: str) -> bool:
    return isinstance(hint, Clue)


def strong(hints: list[str]) -> list[str]:
    """The provinces the text itself names or implies."""
    return [hint for hint in hints if not is_clue(hint)]


def take_address(lines: list[str]) -> tuple[list[str], str | None]:
    """The article's address line, taken out: "Nguồn: https://…", "URL: …" or a bare address, among the first
    three lines with text or as the last one ("Nguồn: Báo X (https://…)" too). Lines without one are kept."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for i in filled[:3] + filled[-1:]:
        line = lines[i].strip()
        m = _ADDRESS_LINE.fullmatch(line) or _LABELLED.fullmatch(line)
        if m and ("/" in m[1] or "." in m[1]) and not re.fullmatch(r"[\d.]+", m[1]):
            return lines[:i] + lines[i + 1:], m[1] if "://" in m[1] else f"https://{m[1]}"
    return lines, None


def host_of(url: str | None) -> str:
    """ "https://www.Baotravinh.vn/a/b" → "baotravinh.vn"."""
    host = re.sub(r"^\w+://", "", (url or "").strip()).split("/")[0].split("?")[0].split("#")[0]
    return re.sub(r"^www\d*\.", "", host.split("@")[-1].split(":")[0].lower())


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    return {domain.lower(): province for domain, province in load_json("outlet_domains.json")["domains"].items()}


@lru_cache(maxsize=1)
def _old_provinces() -> dict[str, str]:
    """The provinces before 2025 (and today's), by their names written together: "travinh" → "Trà Vinh"."""
    names: dict[str, str] = {}
    for old in load_json("former_units.json")["provinces"]:
        for alias in [old["name"], *old.get("aliases", [])]:
            key = fold_compact(alias)
            if len(key) >= 5 and not key.startswith(("tinh", "tp", "thanhpho", "thudo")):
                names.setdefault(key, old["name"])
    return names


def _site_label(host: str) -> str:
    """The label that names the site: "baoninhbinh" of "baoninhbinh.org.vn", "travinh" of
    "canglong.travinh.gov.vn" (a district's page of the province's portal)."""
    labels = host.split(".")
    for suffix in _SUFFIXES:
        parts = suffix.split(".")
        if len(labels) > len(parts) and labels[-len(parts):] == parts:
            return labels[-len(parts) - 1]
    return ""


def address_province(url: str | None) -> str | None:
    """The province (as the outlet knew it) whose outlet `url` is on, or None when not certain."""
    host = host_of(url)
    if not host:
        return None
    for domain, province in _domains().items():
        if host == domain or host.endswith("." + domain):
            return province
    label = _site_label(host).replace("-", "")
    found = {name for key, name in _old_provinces().items() if key in label}
    return found.pop() if len(found) == 1 else None


def outlet_hints(article: Article) -> list[str]:
    """The province a local outlet serves, from its address or its name ("Báo Lâm Đồng", baolamdong.vn), as a
    `Clue`: weakest of the article's clues, so it comes after the provinces the text names."""
    if province := address_province(article.url):
        return [Clue(province)]
    # a site's own name printed in the page's header lines ("BAOTAYNINH.VN trên Google News")
    printed = re.findall(r"\b((?:[a-z0-9-]{4,})(?:\.[a-z0-9-]+)*\.(?:vn|com|net))\b", " ".join(article.dropped[:12]),
                         re.IGNORECASE)
    found = {province for site in printed if (province := address_province(site))}
    if len(found) == 1:
        return [Clue(found.pop())]
    written = fold_compact(article.outlet or "")
    if not written:
        return []
    names = {name for key, name in _old_provinces().items() if key in written}
    return [Clue(names.pop())] if len(names) == 1 else []
