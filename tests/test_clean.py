"""Boilerplate spans and masked text (stancegraph.read.clean)."""
import json
import re
from pathlib import Path

import pytest

from stancegraph.read.clean import (
    BOILERPLATE_RULES,
    boilerplate_matches,
    boilerplate_spans,
    headline_span,
    masked_text,
)
from stancegraph.model import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"
GOLD = ROOT.parent / "shared" / "gold" / "seed-statements.jsonl"
CAPTION_1 = ("Russian President Vladimir Putin is seen during a meeting with U.S. President Joe Biden via "
             "videoconference in Moscow, Russia, December 7, 2021. /VCG")
CAPTION_2 = "Ukrainian soldiers in a bunker in Zolote, Ukraine, December 12, 2021. /Getty"
FOOTER = "(If you want to contribute and have specific expertise, please contact us at opinions@cgtn.com.)"


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_bytes().decode("utf-8")


def _paragraphs(text):
    return [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+(?:\r?\n[^\r\n]+)*", text)]


def test_clean_seed_masks_the_boilerplate(seed_text):
    found = [(seed_text[s:e], rule) for s, e, rule in boilerplate_matches(seed_text)]
    assert found == [
        ("Download", "ui"),
        ("Danil Bochkov", "byline_name"),
        (CAPTION_1, "repeated_caption"),
        (CAPTION_1, "repeated_caption"),
        (CAPTION_2, "repeated_caption"),
        (CAPTION_2, "repeated_caption"),
        (FOOTER, "footer"),
        ("Search Trends", "ui"),
    ]
    assert boilerplate_spans(seed_text) == (
        (0, 8), (78, 91), (92, 241), (243, 392), (2545, 2621), (2623, 2699), (5784, 5880), (5882, 5895))


def test_clean_seed_keeps_every_body_paragraph(seed_text):
    spans = boilerplate_spans(seed_text)
    body = [(s, e) for s, e in _paragraphs(seed_text)
            if seed_text[s:e].startswith(("Editor's note:", "On December", "On December 7", "This rhetorical",
                                          "Now", "One of", "The intention", "It is becoming", "The first",
                                          "In order", "Such private", "For example", "Russia and the U.S.",
                                          "There are some"))]
    assert len(body) == 15
    for s, e in body:
        assert not any(a < e and s < b for a, b in spans), seed_text[s:e][:60]
    masked = masked_text(seed_text)
    for s, e in body:
        assert masked[s:e] == seed_text[s:e]
    assert "On December 30, 2021, Russian President Vladimir Putin initiated" in masked
    assert "Editor's note: Danil Bochkov is an expert" in masked
    assert "Russia, U.S. lock horns over Ukraine with little room for compromise" in masked


def test_clean_masked_text_keeps_offsets(seed_text):
    masked = masked_text(seed_text)
    assert len(masked) == len(seed_text)
    assert masked.count("\n") == seed_text.count("\n")
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(seed_text) if c == "\n"]
    s, e = 835, 911
    assert seed_text[s:e] == masked[s:e] == "Putin initiated a telephone conversation with his U.S. counterpart Joe Biden"
    s, e = 1298, 1377
    assert masked[s:e] == "Russia demanded that Washington guarantee that NATO stop its eastward expansion"
    assert masked[0:8] == " " * 8
    assert "/VCG" not in masked and "/Getty" not in masked and "Search Trends" not in masked


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold is absent")
def test_clean_masked_text_keeps_every_gold_quote(seed_text):
    masked = masked_text(seed_text)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        assert masked[item["start"]:item["end"]] == item["quote"], item["id"]


def test_clean_masked_text_of_a_document_uses_its_spans():
    doc = Document(id="d", text="Share\r\nPutin spoke.\r\n", masked=((7, 12),))
    assert masked_text(doc) == "Share\r\n      spoke.\r\n"
    assert masked_text(doc.text) == "     \r\nPutin spoke.\r\n"


def test_clean_multiline_span_keeps_line_breaks():
    text = "Putin spoke.\n\n(If you want to contribute,\r\nplease contact us at a@b.com.)\n"
    (s, e), = boilerplate_spans(text)
    assert text[s:e] == "(If you want to contribute,\r\nplease contact us at a@b.com.)"
    assert masked_text(text) == "Putin spoke.\n\n" + " " * 27 + "\r\n" + " " * 30 + "\n"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Download", "ui"),
        ("Share", "ui"),
        ("Share on Facebook", "ui"),
        ("ADVERTISEMENT", "ui"),
        ("Search Trends", "ui"),
        ("Skip to content", "ui"),
        ("Biden speaks in Washington, January 4, 2022. /AP", "caption"),
        ("Soldiers near Donetsk. /Getty Images", "caption"),
        ("Biden speaks in Washington, January 4, 2022. (Photo: Reuters)", "caption"),
        ("Biden speaks in Washington. Photo: AP Photo/Evan Vucci", "caption"),
        ("Soldiers in Kiev, Ukraine, Jan 3, 2022. (Xinhua/Li Ming)", "caption"),
        ("Soldiers in Kiev. © Reuters", "caption"),
        ("Getty Images", "credit"),
        ("AFP via Getty Images", "credit"),
        ("Reuters/Evelyn Hockstein", "credit"),
        ("By Danil Bochkov, CGTN", "byline"),
        ("Reporting by Andrew Osborn; Editing by Tom Hogue", "byline"),
        ("Source: Xinhua", "byline"),
        ("Updated 17:36, 04-Jan-2022", "timestamp"),
        ("Published: Tuesday, January 4, 2022 10:32 GMT", "timestamp"),
        ("Follow us on Twitter @CGTNOfficial", "footer"),
        ("Subscribe to our newsletter", "footer"),
        ("Copyright © 2022 CGTN. All rights reserved.", "footer"),
        ("Related: Putin warns of rupture", "footer"),
        ("Read more", "footer"),
        ("(If you want to contribute and have specific expertise, please contact us at x@y.com.)", "footer"),
    ],
)
def test_clean_boilerplate_line(line, rule):
    text = f"Russia demanded guarantees from NATO.\n\n{line}\n\nThe talks begin on Monday."
    start = text.index(line)
    assert boilerplate_matches(text) == ((start, start + len(line), rule),)


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: Danil Bochkov is an expert with the Russian International Affairs Council.",
        "Published in 2019, the report said Russia demanded talks.",
        "Related to this, Russia demanded talks.",
        "By December 30, Russia demanded talks.",
        "The U.S. and/or NATO will respond.",
        "Russia said it would respond 24/7.",
        "Subscribers in Russia lost access to the service.",
        "Share prices fell after Russia warned the U.S.",
        "The photo was published by Reuters.",
    ],
)
def test_clean_keeps_text_line(line):
    text = f"Russia demanded guarantees from NATO.\n\n{line}\n\nThe talks begin on Monday."
    assert boilerplate_spans(text) == ()


def test_clean_repeated_paragraph_keeps_first_copy():
    para = "Russia demanded that Washington guarantee that NATO stop its eastward expansion."
    text = f"{para}\n\nThe talks begin on Monday.\n\n{para}\n"
    second = text.rindex(para)
    assert boilerplate_matches(text) == ((second, second + len(para), "repeated"),)


def test_clean_repeated_caption_masks_every_copy():
    caption = "Putin and Biden talk via videoconference, December 7, 2021."  # no credit: repeated right after itself
    text = f"Putin met Biden.\n{caption}\n\n{caption}\n\nThe talks begin on Monday."
    first, second = text.index(caption), text.rindex(caption)
    assert boilerplate_matches(text) == ((first, first + len(caption), "repeated_caption"),
                                         (second, second + len(caption), "repeated_caption"))


def test_clean_bom_is_kept_and_masked():
    text = "\ufeffShare\nPutin spoke to Biden on the phone."
    assert boilerplate_spans(text) == ((0, 6),)
    assert masked_text(text) == "      \nPutin spoke to Biden on the phone."


def test_clean_byline_name_only_after_a_headline():
    assert boilerplate_spans("Putin and Biden talk again\nJane Doe\nThe talks began.") == ((27, 35),)
    assert boilerplate_spans("Jane Doe\nThe talks began.\nMore talks followed.") == ()


def test_clean_headline_span(seed_text):
    s, e = headline_span(seed_text)
    assert seed_text[s:e] == "Russia, U.S. lock horns over Ukraine with little room for compromise"
    assert headline_span("Russia demanded talks with NATO.\nThe talks began.") is None
    assert headline_span("Only one line") is None


def test_clean_rules_are_documented():
    assert all(rule.doc and rule.name for rule in BOILERPLATE_RULES)
