"""Web boilerplate as spans of the original text, and a same-length masked text for extraction.

Nothing is deleted: :func:`boilerplate_spans` returns ``(start, end)`` offsets into the text exactly as
read, and :func:`masked_text` replaces those stretches by spaces (line breaks are kept), so every offset
computed on the masked text is an offset in the original input.

What is masked, one line (or paragraph) at a time; every rule is listed in :data:`BOILERPLATE_RULES`:

=================  ==========================================================================
rule               what it masks
=================  ==========================================================================
bom                a leading UTF-8 byte order mark (U+FEFF), kept in the text, masked here
ui                 a line that is only a page-UI word: "Download", "Share", "Advertisement",
                   "Search Trends", "Print", "Listen to this article", "Skip to content" ...
caption            a photo caption: a line ending with a credit such as " /VCG", " /Getty",
                   "(Photo: ...)", "Photo: ...", "(Xinhua/Li Ming)", "© ..." or ". Reuters/Name"
credit             a line that is only a credit: "Getty Images", "AFP via Getty Images",
                   "Reuters/Evelyn Hockstein", "Photo: AP"
byline             "By Jane Doe", "Reporting by ...; Editing by ...", "Editor: ...", "Source: ..."
byline_name        a bare name ("Danil Bochkov") on the line right after the headline
timestamp          "Updated 17:36, 04-Jan-2022", "Published: January 4, 2022"
footer             "(If you want to contribute ... contact us at ...)", "Follow us on ...",
                   "Subscribe ...", "Sign up ...", copyright lines, "Related: ...", "Read more ..."
repeated           a line (>= 40 characters) repeated verbatim: later copies are masked
repeated_caption   a repeated line that is a caption (or, up to 300 characters, repeated right
                   after itself, as an image's alt text and caption are): every copy is masked
=================  ==========================================================================

An "Editor's note:" paragraph is text, not boilerplate, and stays unmasked. The rules are general
web-news patterns; a line is masked whole (without its line break).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stancegraph.model import Document

__all__ = ["BoilerplateRule", "BOILERPLATE_RULES", "boilerplate_matches", "boilerplate_spans", "masked_text",
           "headline_span"]


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """One boilerplate pattern: ``pattern`` is searched in a stripped line (or paragraph, if ``paragraph``)."""

    name: str
    pattern: re.Pattern[str]
    doc: str
    paragraph: bool = False


_AGENCIES = (
    r"(?:AFP|AP|AP Photo|Associated Press|Reuters|Getty Images|Getty|VCG|Xinhua|CFP|IC|EPA|EPA-EFE|dpa|"
    r"Sputnik|TASS|RIA Novosti|Anadolu Agency|Anadolu|Bloomberg|Shutterstock|Alamy|Imaginechina|"
    r"Kyodo|Yonhap|PA|PA Images|UPI|NurPhoto|SOPA Images|Pool|Handout|CNS|China Daily|CGTN)"
)

_DATE_TOKEN = (
    r"\d{1,4}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|gmt|utc|bst|cet|cest|est|edt|msk|bjt|[+-]\d{2}:?\d{2}"
)

_UI_WORDS = (
    r"download|share|share this(?: article| story| page)?|(?:click to )?share (?:on|via|to|with) [\w ]{1,30}"
    r"(?: \(opens in new window\))?|shares?\s+\d+|advertisement|advertising|ad|"
    r"sponsored(?: content)?|search trends|trending(?: now| topics)?|hot search|print|email|e-mail|tweet|"
    r"comments?|\d+\s+comments?|listen(?: to (?:this|the) (?:article|story))?|play(?: video)?|"
    r"watch(?: (?:video|live|now))?|video|close|menu|copy link|link copied|save|bookmark|sign in|log in|"
    r"skip to (?:main )?content|back to top|loading\.*|scroll to continue(?: with content)?|"
    r"story continues below(?: advertisement)?|continue reading|show more|see more|more|home|top"
)

BOILERPLATE_RULES: tuple[BoilerplateRule, ...] = (
    BoilerplateRule(
        "ui",
        re.compile(rf"^(?:{_UI_WORDS})\s*[:»>|.…]*$", re.IGNORECASE),
        "a line that is only a page-UI word (Download, Share, Advertisement, Search Trends ...)",
    ),
    BoilerplateRule(
        "footer",
        re.compile(
            r"^(?:(?:Follow|Like|Join) (?:us|[A-Z][\w&. ]{0,30}) on\b.{0,150}"
            r"|(?:Subscribe|Sign up)\b.{0,150}"
            r"|(?:Copyright\b|©|\(c\)\s?\d{4}).{0,200}"
            r"|.{0,150}\bAll rights reserved\.?"
            r"|(?:Related(?: (?:stories|articles|news|coverage|content|reading|links))?|Read more|Read also|"
            r"Also read|See also|More on this(?: story)?|You may also like|Recommended(?: for you)?|"
            r"Most (?:read|popular|viewed))\s?(?::.{0,200}|[.…»>]*))$",
            re.IGNORECASE,
        ),
        "a site footer line (Follow us on ..., Subscribe ..., copyright, Related: ..., Read more ...)",
    ),
    BoilerplateRule(
        "caption",
        re.compile(
            r"(?:\s/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}"  # "... 2021. /VCG", "/Getty Images"
            r"|\((?:Photos?|Image|Picture|Credit|File(?: photo)?)\b[^()]{0,80}\)"  # "(Photo: Reuters)"
            r"|(?:^|[.)]\s)(?:Photos?|Photograph|Image|Picture|Pictured|Credit|File photo)"
            r"(?:\s(?:by|courtesy of|credit))?\s?:\s?[^.]{1,80}"  # "... Photo: AP"
            r"|\([A-Z][\w&.'’ -]{1,25}/[^()]{1,40}\)"  # "(Xinhua/Li Ming)"
            rf"|[.)]\s{_AGENCIES}(?:\s?(?:/|via)\s?[^.]{{1,50}})?"  # "... Zolote. Reuters/Name"
            r"|©\s?[^.]{1,80}"  # "... © Reuters"
            r")\s*$"
        ),
        "a photo caption: a line ending with a credit (/VCG, /Getty, (Photo: ...), Photo: ..., © ...)",
    ),
    BoilerplateRule(
        "credit",
        re.compile(
            rf"^(?:(?:Photos?|Image|Picture)\s?(?:by|:)?\s?)?{_AGENCIES}(?:\s?(?:/|via)\s?[^.]{{1,50}})?$"
        ),
        "a line that is only a photo or agency credit (Getty Images, Reuters/Name, Photo: AP)",
    ),
    BoilerplateRule(
        "byline",
        re.compile(
            r"^(?:By\s+(?:[A-Z][\w'’.-]*\s?){1,4}(?:(?:,|\||and|&|—|-)\s*(?:[A-Z][\w'’.-]*\s?){1,5})*"
            r"|(?:Additional )?(?:Reporting|Editing|Writing|Written|Edited|Compiled|Text|Words) by\s[A-Z].{0,150}"
            r"|(?:Editor|Author|Reporter|Producer|Photographer|Translator|Writer)s?\s?:\s?[^.]{1,80}"
            r"|Sources?\s?:\s?[^.]{1,80})$"
        ),
        "a byline or credit-only line (By Jane Doe, Reporting by ..., Editor: ..., Source: ...)",
    ),
    BoilerplateRule(
        "timestamp",
        re.compile(
            r"^(?:Updated|Published|Posted|Last updated|First published|Created|Modified|Released)"
            rf"(?:\s(?:on|at))?\s?:?\s?(?:{_DATE_TOKEN})(?:[\s,:./|()-]+(?:{_DATE_TOKEN}))*[\s).]*$",
            re.IGNORECASE,
        ),
        "a publication time stamp (Updated 17:36, 04-Jan-2022; Published: January 4, 2022)",
    ),
    BoilerplateRule(
        "footer",
        re.compile(
            r"^\(?\s*If you (?:want|would like|wish|are interested) to (?:contribute|write)\b.*"
            r"\b(?:contact|e-?mail|write to|reach)\b.*$",
            re.IGNORECASE | re.DOTALL,
        ),
        'a call for contributions: "(If you want to contribute ... contact us at ...)"',
        paragraph=True,
    ),
)
"""The boilerplate rules, in the order they are tried; the first rule that matches names the span."""

_BYLINE_NAME = re.compile(
    r"^(?:By\s+)?(?:[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?|[A-Z]\.)"
    r"(?:\s(?:[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)?|[A-Z]\.|de|da|van|von|al|bin|ibn)){1,3}"
    r"(?:\s?[,|]\s?[A-Z][\w .&'’-]{0,40})?$"
)
_HEADLINE_END = re.compile(r"(?:[^.:;,]|\b(?:[A-Z]\.){2,})[\"'”’)]?$")
_BREAK = re.compile(r"\r\n?|[\n\x85\u2028\u2029]")
_MAX_PARAGRAPH = 1000  # characters: paragraph rules (footers) only look at paragraphs this short
_LONG_LINE = 300  # characters: longer lines are matched on their last 300 (with a NUL standing for the rest)
_MIN_REPEAT = 40  # characters: shorter repeated lines ("Share", "Thank you very much.") are not compared
_MAX_CAPTION = 300  # characters: a line repeated right after itself is a caption only if this short


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line's content, without its line break (\\n, \\r\\n or \\r)."""
    out, pos = [], 0
    for m in _BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _content(text: str, start: int, end: int) -> str:
    return text[start:end].strip().lstrip("\ufeff").strip()


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 200
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
        and bool(_HEADLINE_END.search(line))
    )


def boilerplate_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """Return ``(start, end, rule)`` for every boilerplate stretch of ``text``, sorted by start.

    >>> text = "Share\\nPutin met Biden.\\nPutin and Biden in Moscow. /VCG\\n"
    >>> [(text[s:e], rule) for s, e, rule in boilerplate_matches(text)]
    [('Share', 'ui'), ('Putin and Biden in Moscow. /VCG', 'caption')]
    """
    found: dict[tuple[int, int], str] = {}
    if text.startswith("\ufeff"):
        found[(0, 1)] = "bom"
    all_lines = _lines(text)
    lines = [(s, e) for s, e in all_lines if _content(text, s, e)]
    line_rules = [r for r in BOILERPLATE_RULES if not r.paragraph]
    for s, e in lines:
        line = _content(text, s, e)
        if len(line) > _LONG_LINE:  # every rule is bounded or end-anchored: the tail decides
            line = "\0" + line[-_LONG_LINE:]
        for rule in line_rules:
            if rule.pattern.search(line):
                found[(s, e)] = rule.name
                break
    # paragraphs: runs of non-blank lines, possibly soft-wrapped
    for rule in (r for r in BOILERPLATE_RULES if r.paragraph):
        for s, e in _paragraphs(text, all_lines):
            if e - s <= _MAX_PARAGRAPH and rule.pattern.search(" ".join(text[s:e].split()).lstrip("\ufeff")):
                found[(s, e)] = rule.name
    # a bare name on the line right after the headline
    inside = _Cover(found)
    unmasked = [(n, (s, e)) for n, (s, e) in enumerate(lines[:8]) if not inside(s, e)][:2]
    if len(unmasked) >= 2 and _looks_like_headline(_content(text, *unmasked[0][1])):
        n, (s, e) = unmasked[1]
        if _BYLINE_NAME.match(_content(text, s, e)) and n <= 6:
            found[(s, e)] = "byline_name"
    # lines repeated verbatim
    copies: dict[str, list[int]] = {}
    for i, (s, e) in enumerate(lines):
        key = text[s:e].strip().lstrip("\ufeff")
        if len(key) >= _MIN_REPEAT:
            copies.setdefault(key, []).append(i)
    for idx in copies.values():
        if len(idx) < 2:
            continue
        caption = any(found.get(lines[i]) == "caption" for i in idx) or (
            len(text[slice(*lines[idx[0]])].strip()) <= _MAX_CAPTION and any(b == a + 1 for a, b in zip(idx, idx[1:])))
        for k, i in enumerate(idx):
            if caption:
                found[lines[i]] = "repeated_caption"
            elif k > 0:
                found.setdefault(lines[i], "repeated")
    return tuple(sorted((s, e, rule) for (s, e), rule in found.items()))


class _Cover:
    """Whether a stretch lies inside one of the given spans: a binary search, not a scan of every span."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.ends[k]


def _paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = end = None
    for s, e in lines:
        if text[s:e].strip():
            start = s if start is None else start
            end = e
        elif start is not None:
            out.append((start, end))
            start = None
    if start is not None:
        out.append((start, end))
    return out


def boilerplate_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the boilerplate of ``text`` as sorted, non-overlapping ``(start, end)`` offsets into ``text``.

    >>> text = "Download\\nRussia, U.S. lock horns\\nThe talks began.\\n\\nSearch Trends"
    >>> [text[s:e] for s, e in boilerplate_spans(text)]
    ['Download', 'Search Trends']
    """
    merged: list[list[int]] = []
    for s, e, _ in boilerplate_matches(text):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return tuple((s, e) for s, e in merged)


_NOT_BREAK = re.compile(r"[^\r\n]")


def masked_text(document: Document | str) -> str:
    """Return the text with every masked span replaced by spaces (line breaks kept): same length, same offsets.

    A :class:`~stancegraph.model.Document` is masked by its ``masked`` spans; a plain string by
    :func:`boilerplate_spans`.

    >>> masked_text("Share\\nPutin spoke.")
    '     \\nPutin spoke.'
    """
    if isinstance(document, str):
        text, spans = document, boilerplate_spans(document)
    else:
        text, spans = document.text, document.masked
    parts, pos = [], 0
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, len(text))
        if s >= e:
            continue
        parts.append(text[pos:s])
        parts.append(_NOT_BREAK.sub(" ", text[s:e]))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def headline_span(text: str, spans: tuple[tuple[int, int], ...] | None = None) -> tuple[int, int] | None:
    """Return the offsets of the headline: the first non-boilerplate line, if it looks like one, else None.

    A headline has 2 to 30 words, starts with a capital, a digit or a quote, and does not end like a
    sentence (".", ":", ";", ","; "U.S." is fine); some text must follow it.

    >>> text = "Share\\nRussia, U.S. lock horns over Ukraine\\nThe talks began on Monday."
    >>> s, e = headline_span(text); text[s:e]
    'Russia, U.S. lock horns over Ukraine'
    """
    spans = boilerplate_spans(text) if spans is None else spans
    inside = _Cover(spans)
    lines = []
    for s, e in _lines(text):  # the first two lines that are neither blank nor masked
        if _content(text, s, e) and not inside(s + _lead(text, s, e), e - _trail(text, s, e)):
            lines.append((s, e))
            if len(lines) == 2:
                break
    if len(lines) < 2:
        return None
    s, e = lines[0]
    s, e = s + _lead(text, s, e), e - _trail(text, s, e)
    return (s, e) if _looks_like_headline(text[s:e]) else None


def _lead(text: str, s: int, e: int) -> int:
    seg = text[s:e]
    return len(seg) - len(seg.lstrip().lstrip("\ufeff").lstrip())


def _trail(text: str, s: int, e: int) -> int:
    seg = text[s:e]
    return len(seg) - len(seg.rstrip())
