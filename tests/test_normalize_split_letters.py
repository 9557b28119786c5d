"""A space a web page put before the last, accented letter of a name ("Sauli Niinist ö", two Kremlin releases) is
taken out for matching, with every offset still mapped into the original text; "à" stays a word."""
from stancegraph.read.normalize import normalized


def test_normalize_joins_a_split_accented_letter_keeping_offsets():
    text = "Putin informed Sauli Niinist \u00f6 about Russia's approaches."
    n = normalized(text)
    assert "Sauli Niinist\u00f6 about" in n.text
    start = n.text.index("Sauli")
    start0, end0 = n.original(start, start + len("Sauli Niinist\u00f6"))
    assert text[start0:end0] == "Sauli Niinist \u00f6"
    after = n.text.index("about")
    assert text[slice(*n.original(after, after + 5))] == "about"


def test_normalize_keeps_words_of_one_accented_letter_and_plain_text():
    assert normalized("a la carte \u00e0 la Russe").text == "a la carte \u00e0 la Russe"
    assert normalized("Caf\u00e9 \u00f6l").text == "Caf\u00e9 \u00f6l"  # the letter starts a word
    assert normalized("Russia accused NATO.").starts is None
