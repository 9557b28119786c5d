"""A person named after a woman's title is a woman: "he" does not refer to "the First Lady of Ukraine Olena Zelenska".

The extractor knows no person's gender; a title before the name says it in press releases ("First Lady", "Queen",
"Mrs", "spokeswoman": ``female_titles`` in ontology/lexicon/constructions.toml). Real text: "Andriy Yermak reminded that
the First Lady of Ukraine Olena Zelenska takes great care of children's problems ... He also informed Angelina Jolie":
he is Yermak, not the nearer subject Zelenska.
"""
from __future__ import annotations

from spacy.tokens import Doc

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.names import plain_word
from stancegraph.rules.title_phrase_names import title_before

__all__ = ["MASCULINE_PRONOUNS", "woman_by_title"]

MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})


def woman_by_title(doc: Doc, start: int) -> bool:
    """The name at ``start`` follows a woman's title, right before it ("Queen Elizabeth", "Mrs Clinton") or with its
    "of" phrase ("The First Lady of Ukraine Olena Zelenska").

    >>> import spacy
    >>> doc = spacy.blank("en")("The First Lady of Ukraine Olena Zelenska met Mrs Clinton and President Biden")
    >>> woman_by_title(doc, 5), woman_by_title(doc, 9), woman_by_title(doc, 12)
    (True, True, False)
    """
    if start == 0:
        return False
    title = title_before(doc, start) or doc[start - 1]
    return plain_word(title.text).rstrip(".") in lexicon().words("female_titles")
