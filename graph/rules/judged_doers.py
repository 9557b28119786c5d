"""Whom a judgement is aimed at when the syntax names it only through a stance adjective or through what was
done (pure, over the parse).

- The prepositional phrases of a stance predicate adjective: "is grateful *to Croatia*", "was disappointed
  *with the German government*", "is outraged *by Russia's decision*" (the adjective, not the copula the cue
  stands on, governs the phrase).
- The doer of a participle that modifies the judged object: "condemned the atrocities *committed by Russian
  troops*", "welcomed the decision *taken by the Council*" (a reduced relative's "by" agent did what is praised
  or condemned).

- The holder of a stance noun named by its "of" phrase when another phrase names whom it is for: "the support
  of Estonia for Ukraine" (Estonia supports).

- Not the victim of a judged act: "welcomed the sanctions against Russia" praises no Russia.

:mod:`stancegraph.rules.participants` reads them.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of

__all__ = ["predicate_preps", "participle_agents", "held_stance", "aimed_at"]

# how deep below the judged noun a participle's noun may sit: "the killing | of civilians | committed by"
_MAX_NOUN_DEPTH = 2


def predicate_preps(words: tuple[Token, ...], verb: Token) -> list[Token]:
    """The prepositions of the stance adjectives among a cue's ``words`` that complement its copula ``verb``
    ("is grateful *to* Ankara"); none for a cue that is a verb itself.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "is", "grateful", "to", "Ankara"], heads=[1, 1, 1, 2, 3],
    ...           deps=["nsubj", "ROOT", "acomp", "prep", "pobj"], pos=["PROPN", "AUX", "ADJ", "ADP", "PROPN"])
    >>> [t.text for t in predicate_preps((doc[2],), doc[1])]
    ['to']
    >>> predicate_preps((doc[1],), doc[1])
    []
    """
    return [c for w in words if w.i != verb.i and w.dep_ == "acomp" and w.head.i == verb.i
            for c in children_of(w) if c.dep_ == "prep"]


def participle_agents(noun: Token, ctx: Context, depth: int = 0) -> list[ActorMention]:
    """The "by" agents of the past participles that modify the judged ``noun`` or a noun of its "of" phrase:
    "condemned the atrocities committed by Russian troops" (Russia's military).

    Examples
    --------
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Turkey", "condemned", "crimes", "committed", "by", "Russia"], [1, 1, 1, 2, 3, 4],
    ...               ["nsubj", "ROOT", "dobj", "acl", "agent", "pobj"], ["PROPN", "VERB", "NOUN", "VERB", "ADP", "PROPN"],
    ...               ["Turkey", "condemn", "crime", "commit", "by", "Russia"], ["B-GPE", "O", "O", "O", "O", "B-GPE"])
    >>> ctx.doc[3].tag_ = "VBN"
    >>> [m.actors[0].id for m in participle_agents(ctx.doc[2], ctx)]
    ['RUS']
    >>> participle_agents(ctx.doc[0], ctx)
    []
    """
    for c in children_of(noun):
        if c.dep_ == "acl" and c.tag_ == "VBN":
            found = [m for a in children_of(c) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"
                     for m in ctx.index.of_phrase(p)]
            if found:
                return found
    if depth + 1 >= _MAX_NOUN_DEPTH:
        return []
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in children_of(c):
                found = participle_agents(p, ctx, depth + 1) if p.dep_ == "pobj" and p.pos_ == "NOUN" else []
                if found:
                    return found
    return []


def held_stance(noun: Token) -> bool:
    """A stance noun whose "of" phrase is its holder because another phrase names whom it is for: "the support of
    Estonia for Ukraine", "the solidarity of the Czech people with Ukraine" (not "his support of Ukraine", not
    "support of the sanctions").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["support", "of", "Estonia", "for", "Ukraine"], heads=[0, 0, 1, 0, 3],
    ...           deps=["ROOT", "prep", "pobj", "prep", "pobj"], lemmas=["support", "of", "Estonia", "for", "Ukraine"])
    >>> held_stance(doc[0])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["support", "of", "Ukraine"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], lemmas=["support", "of", "Ukraine"])
    >>> held_stance(doc[0])
    False
    """
    if noun.lemma_.lower() not in lexicon().words("stated_stance_nouns"):
        return False
    preps = {c.lower_ for c in children_of(noun) if c.dep_ == "prep"}
    return "of" in preps and bool(preps & {"for", "to", "with"})


def aimed_at(tok: Token, top: Token) -> bool:
    """``tok`` (below ``top``) is in the phrase a conflict event noun is aimed at: "welcomed the sanctions *against
    Russia*", "condemned the attack *on Ukraine*". Who is sanctioned or attacked is not whom praise or
    condemnation of the act is aimed at (its doer is: "condemned Russia's attack on Ukraine").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["welcomed", "sanctions", "against", "Russia"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"], pos=["VERB", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["welcome", "sanction", "against", "Russia"])
    >>> aimed_at(doc[3], doc[1]), aimed_at(doc[1], doc[1])
    (True, False)
    """
    t = tok
    while t.i != top.i and t.head.i != t.i:
        p = t.head
        if t.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ in lexicon().words("aimed_preps") and (
                _conflict_noun(p.head) or p.lower_ == "against"  # "all military and hybrid actions against Ukraine"
                or p.head.lemma_.lower() in lexicon().words("aimed_nouns")):  # "maintaining pressure on Russia"
            return True
        t = p
    return False


def _conflict_noun(tok: Token) -> bool:
    type_ = noun_type(tok)
    return type_ is not None and load_codebook()[type_].quad in ("verbal-conflict", "material-conflict")
