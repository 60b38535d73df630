"""Document fields from page content: the article of an HTML page (via trafilatura), or plain text as is."""

from __future__ import annotations

import re
from datetime import date

TITLE_MAX = 200  # a longer first line is a paragraph, not a headline
_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)


def html_to_document_fields(html: str | bytes, url: str | None = None) -> dict:
    """text, title, published (YYYY-MM-DD or None) and lang (or None) of the page's main article.

    Bytes are accepted so that trafilatura can honour the page's own charset declaration.
    Raises ValueError when the page has no main text (a login wall, an index page, a script shell).
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (found.text or "") if found is not None else ""
    if not text.strip():
        raise ValueError("no main text found in the HTML")
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    lang = found.language or (m.group(1).decode() if (m := _HTML_LANG.search(raw)) else None)
    return {"text": text, "title": found.title or None, "published": _iso_date(found.date),
            "lang": lang.lower() if lang else None}


def text_fields(text: str) -> dict:
    """text and title of a plain-text report: the title is its first line when that is short enough."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return {"text": text, "title": first if 0 < len(first) < TITLE_MAX else None}


def _iso_date(value: str | None) -> str | None:
    """trafilatura's date when it is a real calendar date, else None rather than an invalid document."""
    try:
        return date.fromisoformat((value or "")[:10]).isoformat()
    except ValueError:
        return None
