"""Judgements (pure, over the parse): a verb that judges its object negatively ("called the move a provocation",
"saw it as an offensive move") and a verdict that recognises or declares something as a negative thing."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["verdict", "judged_negatively", "negative_verdict", "to_blame", "stated_stance"]


def verdict(verb: Token) -> bool | None:
    """True when the verb's "as"-phrase or object complement is negative (:func:`judged_negatively`); False when a verb
    of naming (lexicon ``naming_verbs``) gives its object a name that is not ("He called the visit of the Prime
    Minister of the United Kingdom to Kyiv an example": no act of the object's kind); None otherwise.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["He", "called", "the", "visit", "an", "example"], heads=[1, 1, 3, 1, 5, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "det", "oprd"], pos=["PRON", "VERB", "DET", "NOUN", "DET", "NOUN"],
    ...           lemmas=["he", "call", "the", "visit", "an", "example"])
    >>> verdict(doc[1]), verdict(doc[3])
    (False, None)
    """
    if judged_negatively(verb):
        return True
    # (a name is no object predicate: "Alexander Lukashenko called President of Ukraine Volodymyr Zelenskyy" phoned him)
    named = verb.lemma_.lower() in lexicon().words("naming_verbs") and any(
        c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") for c in children_of(verb))
    return False if named else None


def judged_negatively(verb: Token) -> bool:
    """The verb's "as"-phrase or object complement holds a negative word: "saw it as an offensive move".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Moscow", "saw", "it", "as", "a", "mistake"],
    ...           heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
    ...           pos=["PROPN", "VERB", "PRON", "ADP", "DET", "NOUN"], lemmas=["Moscow", "see", "it", "as", "a", "mistake"])
    >>> judged_negatively(doc[1])
    True
    """
    # (the parser often hangs the "as" on the object: "recognizes Russia's actions | as genocide")
    objects_as = [c for o in children_of(verb) if o.dep_ == "dobj" for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "as"]
    for c in (*children_of(verb), *objects_as):
        phrase = None
        if c.dep_ == "prep" and (c.lower_ == "as" or (verb.lemma_.lower() in lexicon().construction_words["comparing_verbs"] and c.lower_ in ("to", "with"))):
            phrase = c  # "saw it as an offensive move", "compared the offensive to the Holocaust"
        elif c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ in ("NOUN", "ADJ"):
            phrase = c
        # (the phrase short of its clauses: "consider it important to continue ... stopping ... terrorism" is no verdict)
        if phrase is not None and any(t.lemma_.lower() in lexicon().negative_words or t.lower_ in lexicon().negative_words for t in _phrase(phrase)):
            return True
    return False




def negative_verdict(verb: Token) -> bool:
    """A verb of saying whose complement judges something negatively: "said the sanctions would be a
    mistake", "stated that the referendum was illegal" (the complement is not itself negated).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Moscow", "said", "sanctions", "were", "a", "mistake"],
    ...           heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "attr"],
    ...           pos=["PROPN", "VERB", "NOUN", "AUX", "DET", "NOUN"], lemmas=["Moscow", "say", "sanction", "be", "a", "mistake"])
    >>> negative_verdict(doc[1])
    True
    """
    for c in children_of(verb):
        if c.dep_ != "ccomp" or c.lemma_.lower() not in lexicon().equating_verbs or any(g.dep_ == "neg" for g in children_of(c)):
            continue
        if to_blame(c):
            return True
        for g in children_of(c):
            # a verdict is a noun or an adjective: "bodies lying in the open air" tells no lie
            if g.dep_ in ("attr", "acomp", "dobj", "oprd", "prep") and any(t.pos_ != "VERB" and (
                    t.lemma_.lower() in lexicon().negative_words or t.lower_ in lexicon().negative_words) for t in _phrase(g)):
                return True
    return False


def _phrase(tok: Token) -> list[Token]:
    """The words of ``tok``'s phrase short of the clauses it governs: the verdict of "is ready to negotiate ... with
    a view to de-escalation" is "ready", not a word of what one is ready to do (but a noun's own infinitive is
    its content: "was an attempt to legalize the illegal deportation")."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in children_of(t) if c.dep_ not in ("xcomp", "ccomp", "advcl", "relcl"))
    return out


def to_blame(be: Token) -> bool:
    """A named subject "is to blame": "said Russia is to blame for the crisis" (a verdict of guilt on the subject);
    not a pronoun or a question ("who was to blame", "we are to blame"), not hedged ("are allegedly to blame").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "is", "to", "blame"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp"], pos=["PROPN", "AUX", "PART", "VERB"], lemmas=["Russia", "be", "to", "blame"])
    >>> to_blame(doc[1])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["we", "are", "allegedly", "to", "blame"], heads=[1, 1, 1, 4, 1],
    ...           deps=["nsubj", "ROOT", "advmod", "aux", "xcomp"], pos=["PRON", "AUX", "ADV", "PART", "VERB"],
    ...           lemmas=["we", "be", "allegedly", "to", "blame"])
    >>> to_blame(doc[1])
    False
    """
    lex = lexicon()
    hedges = lex.reported_markers | lex.words("alleging_words")
    if not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in children_of(be)):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.words("blame_infinitives") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) and not any(
        a.dep_ in ("advmod", "neg") and a.lower_ in hedges | {"not", "n't", "never"} for a in (*children_of(c), *children_of(be)))
        for c in children_of(be))


def stated_stance(lemma: str, obj: Token) -> bool:
    """A verb of stressing whose object is the subject's own stance: "underscored their support for Ukraine"
    (the verb carries the noun as a light verb does); not a stance with its own holder ("stressed the support of
    the ICC", "emphasized Poland's solidarity"), not another event noun ("stressed the cooperation").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Rama", "stressed", "his", "support", "of", "Kyiv"], heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "poss", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Rama", "stress", "his", "support", "of", "Kyiv"])
    >>> stated_stance("stress", doc[3]), stated_stance("stress", doc[0])
    (False, False)
    >>> doc = Doc(spacy.blank("en").vocab, words=["Rama", "stressed", "his", "support"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "poss", "dobj"], pos=["PROPN", "VERB", "PRON", "NOUN"], lemmas=["Rama", "stress", "his", "support"])
    >>> stated_stance("stress", doc[3])
    True
    """
    lex = lexicon()
    if lemma not in lex.words("stating_verbs") or obj.lemma_.lower() not in lex.words("stated_stance_nouns"):
        return False
    return not any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ in ("of", "by", "from"))
                   for c in children_of(obj))
