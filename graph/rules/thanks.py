"""The doer of what someone is thanked or praised for: "thanked Poland for providing aid", "grateful to Japan for
helping", "expressed gratitude for providing assistance to Ukrainian citizens": the one thanked provided it, never
the one who thanks (who is the subject the parse would otherwise lend the gerund). Pure, over the parse; the
words are the lexicon's ``thanking_words``."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["thanked_doer"]


def thanked_doer(node: Token, parent: Token) -> tuple[Token | None, str] | None:
    """``(the one thanked, "thanked")`` when ``node`` is a gerund in the reason ("for ...") of thanks or praise
    and the one thanked is named, ``(None, "")`` when it is not named; None for any other ``node``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "thanked", "Oslo", "for", "helping"],
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pcomp"],
    ...           lemmas=["Kyiv", "thank", "Oslo", "for", "help"])
    >>> thanked_doer(doc[4], doc[3]), thanked_doer(doc[2], doc[1])
    ((Oslo, 'thanked'), None)
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "thanked", "Oslo", "for", "the", "idea", "to", "meet"],
    ...           heads=[1, 1, 1, 1, 5, 3, 7, 1], deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "aux", "advcl"],
    ...           lemmas=["Kyiv", "thank", "Oslo", "for", "the", "idea", "to", "meet"], tags=["", "", "", "", "", "", "TO", "VB"])
    >>> thanked_doer(doc[7], doc[1])
    (Oslo, 'thanked')
    """
    reason = next((c for c in children_of(parent) if c.dep_ == "prep" and c.lower_ == "for" and c.i < node.i),
                  None) if node.dep_ == "advcl" and node.tag_ == "VB" else None
    if reason is not None:
        parent = reason  # "thanked the President of the United States for the initiative to hold a summit": the parser
        # hangs the infinitive of the reason's noun on the verb of thanks; the initiative and the summit are the thanked's
    elif node.dep_ == "acl" and parent.dep_ == "pobj" and parent.head.lower_ == "for":
        parent = parent.head  # "thanked Biden for the decision to provide additional aid", "for the aid provided"
    elif node.dep_ != "pcomp" or parent.lower_ != "for":
        return None
    holder, words = parent.head, lexicon().words("thanking_words")
    if holder.lemma_.lower() not in words and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in words for c in children_of(holder)):
        return None
    thanked = next((c for c in children_of(holder) if c.dep_ == "dobj" and c.lemma_.lower() not in words), None)
    if thanked is None:  # "grateful to Japan for helping"
        thanked = next((p for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "to"
                        for p in children_of(c) if p.dep_ == "pobj"), None)
    return (thanked, "thanked") if thanked is not None else (None, "")
