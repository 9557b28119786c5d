"""Condolences (pure): "Vladimir Putin conveyed his deepest condolences on the passing of Alexander Gradsky",
"expressed condolences over the death of Ukrainian soldiers". Condolences are offered to the bereaved (the
"to" phrase: "to the family", "to the people of Turkey"); whoever is named in what they are offered on, the
deceased or the event, is no target, nor is the one whose family they are offered to. The nouns are data (``condolence_nouns`` in
``ontology/lexicon/constructions.toml``)."""
from __future__ import annotations

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.cues import Cue
from stancegraph.rules.doc_index import children_of

__all__ = ["bereaved_only"]


def bereaved_only(cue: Cue, targets: list[ActorMention]) -> list[ActorMention]:
    """``targets`` without those named in what a condolence cue is offered on (every target of other cues).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["his", "condolences", "on", "the", "passing", "of", "Gradsky"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5],
    ...           deps=["poss", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
    ...           lemmas=["his", "condolence", "on", "the", "passing", "of", "Gradsky"])
    >>> gradsky = ActorMention(6, 7, 6, (), "name")
    >>> bereaved_only(Cue(doc[1], (doc[1],), "SUPPORT", "noun"), [gradsky])
    []
    >>> bereaved_only(Cue(doc[1], (doc[1],), "DISAPPROVE", "noun"), [gradsky]) == [gradsky]
    True
    """
    noun = cue.noun if cue.noun is not None else cue.head
    if cue.type != "SUPPORT" or noun.lemma_.lower() not in lexicon().words("condolence_nouns"):
        return targets
    # "expressed condolences to X over Y": the phrase may hang on the verb the condolences are the object of
    holders = {noun, cue.head} | ({noun.head} if noun.dep_ == "dobj" else set())
    about = {t.i for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ != "to" for t in c.subtree}
    # "to the family and friends of film director Sergei Solovyov": whose family it is, is the deceased
    bereaved = [b for h in holders for c in children_of(h) if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for b in c.subtree if b.lemma_.lower() in lexicon().words("bereaved_nouns")]
    about |= {t.i for b in bereaved for c in children_of(b) if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    return [m for m in targets if m.head not in about]
