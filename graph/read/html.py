"""Saved web pages (.html, .htm) -> Document: the main text, extracted with trafilatura, and the page's metadata.

A page is mostly navigation, advertising, share buttons and footers; :func:`html_document` keeps the article:
trafilatura's main-text extraction (paragraphs separated by a blank line, comments and tables left out), the
title, publication date, URL and site name from the page's metadata (``<title>``, Open Graph and ``<meta>``
tags, JSON-LD). **The extracted text is the document's text**: every offset of a statement taken from a page
(``oa:start``/``oa:end``, ``start``/``end`` in statements.jsonl) is an offset into that extracted text, which
the build stores with the document as any other text (``graph.trig``), not into the HTML source.

>>> page = b'''<html><head><title>Talks</title><meta property="og:url" content="https://example.org/a"></head>
... <body><nav>Home | World</nav><article><p>Russia accused NATO of provoking the crisis on Monday,
... officials said after the talks in Geneva had ended without any agreement.</p></article></body></html>'''
>>> doc = html_document(page, "a.html", doc_id="a")
>>> doc.text[:20], doc.url
('Russia accused NATO ', 'https://example.org/a')
"""
from __future__ import annotations

import datetime as dt

from stancegraph.errors import InputError
from stancegraph.model import Document
from stancegraph.read.clean import boilerplate_spans

__all__ = ["HTML_SUFFIXES", "html_document"]

#: File name endings read as saved web pages.
HTML_SUFFIXES = (".html", ".htm")


def html_document(raw: bytes, origin: str, *, doc_id: str, day: dt.date | None = None) -> Document:
    """The :class:`~stancegraph.model.Document` of one saved page ``raw`` (bytes; the encoding is detected).

    ``day`` is the publication date to use when the page names none. Raises
    :class:`~stancegraph.errors.InputError` when the page has no main text.
    """
    import trafilatura  # only when a page is read (lxml, a second or so)

    if not raw.strip():
        raise InputError(f"{origin}: empty file (no text); remove it or give it text")
    try:
        found = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False,
                                            favor_precision=True, deduplicate=True, as_dict=False)
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken pages
        raise InputError(f"{origin}: cannot read the page ({type(exc).__name__}); save it again as HTML") from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise InputError(f"{origin}: no article text found in the page (only navigation or scripts); "
                         "save the article page itself, or give its text as .txt")
    text = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())  # one paragraph a line, blank between
    return Document(
        id=doc_id,
        text=text,
        title=_clean(getattr(found, "title", None)),
        date=_page_date(getattr(found, "date", None)) or day,
        source=_clean(getattr(found, "sitename", None)),
        url=_clean(getattr(found, "url", None)),
        origin=origin,
        masked=boilerplate_spans(text),
    )


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _page_date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
