"""Which unknown names may become minted actors at all.

A minted actor needs a name that names someone: not a title before "of" ("Designer of Almaz-Antey"), not
a place run into a name ("Kamchatka Territory Vladimir Solodov"), not a fragment of a hyphenated or glued name
("Nagorno-", "Kotyakov AntonLabour"), not a run of words with a lower-case word other than a name's particles
("Andrzej - to", "Urgent Need to Modernize ...") or ending in one ("Industry and Technology of"), not a product, weapon or programme ("Sputnik V vaccines",
"Javelin anti-tank missiles", "Cooperation Program"), not a place or building ("Freedom Square"), not a feast ("Easter"), not
the portfolio of a title ("Finance Minister", "Secretary of Defense"), not a number, and not a place describing
people, a title or a cut name ("Chornobyl workers", "National Artist", "International Council of Russian":
:func:`stancegraph.rules.non_actor_names.names_no_actor`). The word lists
are in ontology/lexicon/constructions.toml (artifact_nouns, facility_heads, portfolio_words,
generic_name_words).
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.names import plain_word
from stancegraph.kb.given_names import given_names
from stancegraph.kb.places import countries_of_place
from stancegraph.rules.non_actor_names import names_no_actor
from stancegraph.rules.doc_index import doc_index, span_tokens, text_of

__all__ = ["mintable"]




def mintable(ent: Span) -> bool:
    """The entity may name an unknown actor: no fragment, product, weapon, programme, place, portfolio
    or number (see the module's docstring).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [mintable(nlp(text)[:]) for text in ["Ihor Zhovkva", "Nagorno-", "Patrushev Patrushev", "Freedom Square", "1,500"]]
    [True, False, False, False, False]
    >>> mintable(nlp("Kamchatka Territory Vladimir Solodov")[:]), mintable(nlp("Designer of Almaz-Antey")[:1])
    (False, False)
    >>> mintable(nlp("Easter")[:]), mintable(nlp("Orthodox Christmas")[:])
    (False, False)
    """
    doc, index = ent.doc, doc_index(ent.doc)  # (the Doc's shared Tokens and text column: iterating a Span makes Tokens)
    words = [t for t in span_tokens(ent) if not t.is_punct and not t.is_space]
    if not words or not any(t.is_alpha for t in words) or any(t.like_num and not t.is_alpha for t in words[:1]):
        return False  # "1,500", "thousands" are no names
    text = text_of(ent)
    if text.rstrip().endswith("-") or any("(" in w or ")" in w for w in index.text[ent.start:ent.end]):
        return False  # "Nagorno-" of "Nagorno-Karabakh", "G20(Russia"
    if ent.end < len(doc) and doc[ent.end].text.startswith("-") and not doc[ent.end - 1].whitespace_:
        return False  # a name cut at its hyphen
    lowers = [plain_word(t.text) for t in words]
    if len(set(lowers)) < len(lowers) or any(re.search(r"[a-z][A-Z][a-z]", t.text) for t in words):
        return False  # "Patrushev Patrushev", "Kotyakov AntonLabour": caption words run together
    if lowers[0] in lexicon().quantity_nouns or names_no_actor(ent):
        return False
    if words[0].pos_ == "VERB":
        return False  # "Greeting Zuzana Čaputová in Kyiv, he stressed": a participle run into a name
    if ent.label_ == "PERSON" and len(words) >= 2 and countries_of_place(text) and lowers[0] not in given_names():
        return False  # "when visiting Nizhny Novgorod": a city the NER took for a person (no given name first)
    artifacts, places = lexicon().words("artifact_nouns"), lexicon().words("facility_heads")
    if lowers[-1] in artifacts or lowers[-1] in places or words[-1].lemma_.lower() in artifacts:
        return False  # "Cooperation Program", "Freedom Square", "Belgorod Highway"
    head = ent.root.head
    if ent.root.dep_ in ("compound", "nmod", "amod") and head.i >= ent.end and (
            head.lemma_.lower() in artifacts or head.lower_ in artifacts):
        return False  # "Sputnik V vaccines", "Javelin anti-tank missiles"
    if len(words) == 1 and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of" and doc[ent.end + 1].text[:1].isupper():
        return False  # "General Designer of Almaz-Antey ...": a title before "of", the name comes later
    if any(w in places for w in lowers[1:-2]):
        return False  # "Kamchatka Territory Vladimir Solodov": a place run into a name
    portfolio = lexicon().words("portfolio_words")
    if lowers[0] in portfolio and all(w in portfolio or w in lexicon().words("name_connectors") for w in lowers):
        return False  # "Finance Minister", "Secretary of Defense", "the Interior", "Secretary of | State for Defence"
    if len(words) <= 2 and lowers[-1] in lexicon().words("holiday_names"):
        return False  # "killing even on Easter", "Orthodox Christmas": a feast
    if len(words) == 1 and lowers[0] in lexicon().words("homeland_nouns"):
        return False  # "attacked our Motherland": a word for one's country, no actor of that name
    if len(words) == 1 and lowers[0] in lexicon().title_nouns:
        return False  # "The Advisor to the Head of the President's Office noted": a title, the person unnamed
    if ent.label_ != "PERSON" and ent.root.lower_ in lexicon().title_nouns:
        return False  # "a meeting with Federal Minister for Foreign Affairs of Germany ...": a title's phrase (not "Tom King")
    before = doc[ent.start - 2:ent.start] if ent.start >= 2 else None
    if len(words) == 1 and before is not None and before[1].lower_ in ("of", "and") and before[0].is_title and not (
            before[0].ent_type_ in ("PERSON", "GPE", "NORP") or before[0].is_sent_start):
        return False  # "the Shalimov National Institute of Surgery and | Transplantology": the end of a name
    after = [t.lower_ for t in doc[ent.end:ent.end + 5]]
    if len(words) == 1 and after[:2] == ["in", "the"] and any(w in places for w in after[3:5]):
        return False  # "visited Borodyanka in the Kyiv region": a town the index does not know
    if any(countries_of_place(c.text) for c in ent.root.conjuncts if c.pos_ == "PROPN"):
        return False  # "visited Bucha, Borodyanka and Dmytrivka": listed with towns, a town no index knows
    particles = lexicon().words("name_particles") | lexicon().words("name_connectors")
    if lowers[-1] in particles or any(t.is_lower and t.is_alpha and t.lower_ not in particles for t in words):
        return False  # "Andrzej - to pay a visit", "Urgent Need to Modernize ...", "Industry and Technology of"
    return not (len(words) == 1 and lowers[0] in lexicon().words("generic_name_words"))
