"""Saved news web pages to an article: its main text and its metadata, without the page around it.

In: the HTML of a whole saved page (menus, cookie banners, "related news", comments, footers,
`<meta>` tags, JSON-LD).  Out: a `Page` with the article's main text (paragraphs on lines of
their own), title, publication date (from the page's metadata first, then its visible dates),
canonical URL, site name, and a note when the main text could not be told from the rest.
trafilatura (with htmldate for dates) finds the main text; where it finds none, every visible
string of the page is kept, as before, and the note says so.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

TITLE_MAX_CHARS = 200
# Tags whose text is never the article's, for the visible-text fallback.
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "head", "iframe"]
# Where a page states its publication date, for the visible-text fallback.
PUBLISHED_META = (
    {"property": "article:published_time"},
    {"name": "article:published_time"},
    {"name": "date"},
    {"name": "pubdate"},
    {"itemprop": "datePublished"},
)


DATE_PARAMETERS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class Page:
    text: str
    title: str = ""
    published: str = ""  # as the page states it (ISO date or timestamp); "" when it states none
    url: str = ""
    site_name: str = ""
    note: str = ""  # for the document's message


def read_page(html: str) -> Page:
    """The article of a saved page: trafilatura's main text and metadata, else the page's visible text."""
    page = main_text(html)
    if page is not None:
        return page
    text, title, published = visible_text(html)
    note = "no main text could be told from the page around it, so every visible string of the page was kept"
    return Page(text=text, title=title, published=published, note=note)


def main_text(html: str) -> Page | None:
    import trafilatura

    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        # Dates from the page's metadata and its own date elements only: a guess from the text
        # finds a copyright year ("© 2016-2025") on a page that states no date.
        date_extraction_params=DATE_PARAMETERS,
    )
    if found is None or not (found.text or "").strip():
        return None
    soup = _soup(html)
    paragraphs = [line.strip() for line in found.text.splitlines() if line.strip()]
    return Page(
        text="\n\n".join(with_lists(paragraphs, soup)),
        title=(found.title or "")[:TITLE_MAX_CHARS],
        published=found.date or "",
        url=found.url or json_ld_url(soup),
        site_name=found.sitename or "",
    )


def _soup(html: str):
    from bs4 import BeautifulSoup

    # lxml (installed with trafilatura) parses a page several times faster than the stdlib parser.
    return BeautifulSoup(html, "lxml")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def with_lists(paragraphs: list[str], soup) -> list[str]:
    """The paragraphs, each followed by the items of a list that continues it on the page.

    A main-text extractor that favours precision drops lists, and press lists the documents
    signed as one ("The following documents were signed:" + <ul>): a list right after a
    paragraph of the article belongs to the article.
    """
    following: dict[str, list[str]] = {}
    for listing in soup.find_all(["ul", "ol"]):
        before = listing.find_previous_sibling()
        items = [_squeezed(item.get_text(" ")) for item in listing.find_all("li", recursive=False)]
        if before is not None and items:
            following.setdefault(_squeezed(before.get_text(" ")), items)
    kept: list[str] = []
    for paragraph in paragraphs:
        kept.append(paragraph)
        kept += [item for item in following.get(_squeezed(paragraph), []) if item and item not in paragraphs]
    return kept


def json_ld_url(soup) -> str:
    """The article's URL as its JSON-LD states it (url, or mainEntityOfPage's @id); "" when none does."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except json.JSONDecodeError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]):
            if isinstance(item, dict) and str(item.get("@type", "")).endswith("Article"):
                entity = item.get("mainEntityOfPage")
                url = item.get("url") or (entity.get("@id") if isinstance(entity, dict) else entity)
                if isinstance(url, str) and url:
                    return url
    return ""


def visible_text(html: str) -> tuple[str, str, str]:
    """Every visible string of an HTML page, its title, and a publication date from its metadata."""
    soup = _soup(html)
    title = soup.title.string.strip() if soup.title and soup.title.string else ""
    published = ""
    for attrs in PUBLISHED_META:
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            published = str(tag["content"])
            break
    if not published and (time_tag := soup.find("time", attrs={"datetime": True})):
        published = str(time_tag["datetime"])
    for tag in soup(INVISIBLE_TAGS):
        tag.decompose()
    if not title and (h1 := soup.find("h1")):
        title = h1.get_text(" ", strip=True)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in soup.get_text("\n").splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text, title[:TITLE_MAX_CHARS], published
