"""Names the entity recogniser takes for actors that name a place, a memorial or a title.

- A place that describes a noun of people names no actor: "a meeting with Chornobyl workers", "Bucha residents" are
  people of that place (the place is unknown to the gazetteer, so no state either), not an actor called "Chornobyl".
- A name that ends in a title is a title, not a name: "pop singer and National Artist of the RSFSR Lev Leshchenko",
  "Merited Artist" (``honorary_titles`` in ontology/lexicon/constructions.toml, beside the title nouns).
- A name cut before its last word or glued into another: "the International Council of Russian | Compatriots" (the
  entity's last word describes the capitalised word after it), "the Presidential Council for[Civil Society and] Human
  Rights" (an editor's insertion in brackets inside another name).
- A code of three capitals before a number is a currency: "the electricity tariff of UAH 1.44".
- A place's own name: "the Sea of Azov", "the Gulf of Finland" (a capitalised head of a place's name before "of":
  ``place_of_heads``) make no actor of the name after "of", whatever the registry knows by that word (the Azov
  regiment); "the Central Bank of Russia" is no place ("Bank" heads places only after a name: "the West Bank").
- A figure an image shows: "Above the image of Oranta are the words ...", "the Oranta icon" (``depiction_nouns``) name
  a depicted figure, and so does the same name anywhere in the document ("As long as there is Oranta, ... Kyiv stands
  with her").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from stancegraph.kb.given_names import surname_after_given
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.names import plain_word
from stancegraph.rules.doc_index import doc_index, select, text_of

__all__ = ["names_no_actor", "in_place_name", "after_glued_bracket"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def names_no_actor(ent: Span) -> bool:
    """True if ``ent`` is a place describing people, a title, a cut name or the name after a geographic head.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="a meeting with Chornobyl workers".split(), heads=[1, 1, 1, 4, 2],
    ...           deps=["det", "ROOT", "prep", "compound", "pobj"], pos=["DET", "NOUN", "ADP", "PROPN", "NOUN"],
    ...           ents=["O", "O", "O", "B-GPE", "O"])
    >>> names_no_actor(doc.ents[0])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words="singer and National Artist of the RSFSR".split(),
    ...           ents=["O", "O", "B-ORG", "I-ORG", "O", "O", "B-GPE"])
    >>> names_no_actor(doc.ents[0])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words="the International Council of Russian Compatriots".split(),
    ...           heads=[2, 2, 2, 2, 5, 3], deps=["det", "amod", "ROOT", "prep", "amod", "pobj"],
    ...           pos=["DET", "PROPN", "PROPN", "ADP", "ADJ", "PROPN"], ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    >>> names_no_actor(doc.ents[0])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words="Ihor Zhovkva met workers".split(), heads=[1, 2, 2, 2],
    ...           deps=["compound", "nsubj", "ROOT", "dobj"], pos=["PROPN", "PROPN", "VERB", "NOUN"],
    ...           ents=["B-PERSON", "I-PERSON", "O", "O"])
    >>> names_no_actor(doc.ents[0])
    False
    """
    return (_place_of_people(ent) or _ends_in_title(ent) or in_place_name(ent)
            or _cut_before_word(ent) or after_glued_bracket(ent.doc, ent.start) or _amount_unit(ent)
            or text_of(ent).strip() in _depicted(ent.doc))


def _depicted(doc: Doc) -> frozenset[str]:
    """The names of figures the document's images show: the proper name in the "of" phrase of a depiction noun ("the
    image of Oranta") or compounded before one ("the Oranta icon"), with its compounds ("the icon of Our Lady").

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words="Above the image of Oranta are the words".split(), heads=[0, 2, 0, 2, 3, 0, 7, 5],
    ...           deps=["ROOT", "det", "pobj", "prep", "pobj", "ROOT", "det", "nsubj"], pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "AUX", "DET", "NOUN"])
    >>> sorted(_depicted(doc))
    ['Oranta']
    """
    def scan() -> frozenset[str]:
        nouns, out = lexicon().words("depiction_nouns"), set()
        for tok in select(doc, pos={"PROPN"}, dep={"pobj", "compound"}):
            image = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "compound" else None
            if image is not None and image.lower_ in nouns and image.pos_ == "NOUN" and tok.text[:1].isupper():
                out.add(doc[tok.left_edge.i:tok.i + 1].text if tok.dep_ == "pobj" else tok.text)
        return frozenset(w.removeprefix("the ").removeprefix("The ") for w in out)
    return doc_index(doc).kept("depicted names", scan)


def _cut_before_word(ent: Span) -> bool:
    """The entity's last word describes a capitalised word right after it: "International Council of Russian |
    Compatriots" (not a person's name: "Ihor Zhovkva Tuesday" is no name run on)."""
    doc = ent.doc
    last = ent[-1]
    if ent.label_ == "PERSON" or ent.end >= len(doc) or last.dep_ not in ("amod", "compound"):
        return False
    nxt = doc[ent.end]
    return nxt.is_alpha and nxt.is_title and last.head.i >= ent.end and nxt.pos_ in ("PROPN", "NOUN")


def after_glued_bracket(doc: Doc, start: int) -> bool:
    """A name opens at ``start`` right after a bracket glued to the word before: "Council for[Civil Society and] Human
    Rights" (an editor's insertion inside another name).

    >>> import spacy
    >>> words = ["the", "Council", "for", "[", "Civil", "Society", "and", "]", "Human", "Rights"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, False, True, True, False, True, True, False])
    >>> after_glued_bracket(doc, 4), after_glued_bracket(doc, 1)
    (True, False)
    """
    return start >= 2 and doc[start - 1].text == "[" and not doc[start - 2].whitespace_


def _amount_unit(ent: Span) -> bool:
    """A code of three capitals right before a number is a currency or unit: "the tariff of UAH 1.44"."""
    doc = ent.doc
    text = text_of(ent).strip()
    return len(text) == 3 and text.isupper() and ent.end < len(doc) and doc[ent.end].like_num


def _place_of_people(ent: Span) -> bool:
    """A place entity that modifies a common noun after it: "Chornobyl workers", "Kherson residents"."""
    root = ent.root
    return (ent.label_ in _PLACE_LABELS and root.dep_ in ("compound", "amod", "nmod") and root.head.i >= ent.end
            and root.head.pos_ == "NOUN")


def _ends_in_title(ent: Span) -> bool:
    """Several words ending in a title, with no "of"/"for" inside: "National Artist", "Merited Artist"."""
    words = [t for t in ent if t.is_alpha]
    if len(words) < 2 or any(t.lower_ in ("of", "for") for t in words):
        return False
    lex = lexicon()
    last = plain_word(words[-1].text)
    if last in lex.title_nouns and surname_after_given([t.text for t in words]):
        return False  # "Defence Secretary Tom King", "John Major": a surname that is also a title
    return last in lex.words("honorary_titles") or last in lex.title_nouns


def in_place_name(ent: Span) -> bool:
    """The entity is the name after a geographic head and "of": "the Sea of | Azov", "the Gulf of | Finland"."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    head = doc[ent.start - 2]
    return head.text[:1].isupper() and head.lower_ in lexicon().words("place_of_heads")
