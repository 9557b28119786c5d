"""A surname the NER left out links to the full name met before it, unless it ends another person's name
(rules.names.link_person_names): "Iryna | Vereshchuk" is Iryna Vereshchuk; "Mohammed bin Zayed Al | Nahyan" after
"Khalifa bin Zayed Al Nahyan" is not Khalifa (Kremlin, 17 May 2022)."""
import spacy
from spacy.tokens import Doc

from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.actors import ActorMention, mint_actor
from stancegraph.rules.names import link_person_names

EMPTY = ActorRegistry.from_records([], [], [])


def _doc(words):
    pos = ["PROPN" if w[:1].isupper() or w in ("bin",) else "PUNCT" if w == "." else "VERB" for w in words]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos)


def _linked(doc, mentions):
    return [(doc[m.start:m.end].text, m.actors[0].id) for m in link_person_names(doc, mentions, EMPTY)]


def test_a_surname_after_the_persons_own_given_name_links():
    doc = _doc(["Minister", "Iryna", "Vereshchuk", "spoke", ".", "Iryna", "Vereshchuk", "called", "."])
    person = mint_actor("Iryna Vereshchuk", "PERSON")
    assert ("Vereshchuk", person.id) in _linked(doc, [ActorMention(1, 3, 2, (person,), "minted")])


def test_a_surname_ending_another_persons_name_does_not_link():
    words = ["Khalifa", "bin", "Zayed", "Al", "Nahyan", "died", ".", "Mohammed", "bin", "Zayed", "Al", "Nahyan", "spoke"]
    doc = _doc(words)
    khalifa, mohammed = mint_actor("Khalifa bin Zayed Al Nahyan", "PERSON"), mint_actor("Mohammed bin Zayed", "PERSON")
    found = _linked(doc, [ActorMention(0, 5, 4, (khalifa,), "minted"), ActorMention(7, 10, 9, (mohammed,), "minted")])
    assert ("Nahyan", khalifa.id) not in found, found
