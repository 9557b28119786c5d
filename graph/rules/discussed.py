"""What a talk or an agreement is about (pure): "will discuss what measures are needed to support Russian
businesses", "the EU is agreeing on the sixth package of sanctions against Russia". An actor named in the
topic is what the parties talk or agree about, not a party: the businesses are no partner of the talk, and
Russia, the target of the sanctions, is no partner of the agreement (the EU's members agree among themselves).
The sides of a relation in the topic ("discuss how to promote cooperation between Argentina and Russia") stay
the parties. So too a pledge to act against someone is about them, not to them: "Baerbock promised that Berlin
would end imports of Russian oil" is no agreement with Russia."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.codebook import event_type
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.cues import Cue, verb_cue
from stancegraph.rules.doc_index import children_of

__all__ = ["off_topic", "topic_tokens"]

_TALKING = frozenset({"CONSULT", "AGREE"})
_ABOUT = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic_tokens(cue: Cue) -> frozenset[int]:
    """Token indices of the topic of a talk or agreement verb ``cue``: the clause of a verb of talking
    ("discussed what measures are needed") and the object of an "on"/"about" particle ("agreeing on the
    package of sanctions against Russia"); empty for other cues.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["EU", "agreed", "on", "sanctions", "against", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["EU", "agree", "on", "sanction", "against", "Russia"])
    >>> sorted(topic_tokens(Cue(doc[1], (doc[1], doc[2]), "AGREE", "phrasal")))
    [2, 3, 4, 5]
    >>> topic_tokens(Cue(doc[1], (doc[1],), "FIGHT", "verb"))
    frozenset()
    """
    if cue.kind not in ("verb", "phrasal") or cue.type not in _TALKING:
        return frozenset()
    found: set[int] = set()
    if cue.type == "AGREE":  # "pledged to cut imports of Russian gas": what the pledge is against
        found.update(t.i for c in children_of(cue.head) if c.dep_ in ("ccomp", "xcomp") and _against(c) for t in c.subtree)
    for c in children_of(cue.head):
        if (c.dep_ == "ccomp" and cue.type == "CONSULT") or (  # "discussed Afghanistan": a topic, no partner
                c.dep_ == "dobj" and cue.type == "CONSULT" and cue.head.lemma_.lower() in lexicon().words("discussing_verbs")) or (
                c.dep_ == "prep" and c.lower_ in _ABOUT and (cue.kind == "phrasal" and c in cue.words)):
            found.update(t.i for t in c.subtree)
    # "discuss how we should promote cooperation between Argentina and Russia": the two sides are the parties
    doc = cue.head.doc
    found -= {t.i for i in found if doc[i].dep_ == "prep" and doc[i].lower_ == "between" for t in doc[i].subtree}
    return frozenset(found)


def off_topic(cue: Cue, targets: list[ActorMention], how: str | None) -> tuple[list[ActorMention], str | None]:
    """``targets`` without those named in the topic of ``cue``, and how the first was found (None if none is left).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["EU", "agreed", "on", "sanctions", "against", "Russia"],
    ...           heads=[1, 1, 1, 2, 3, 4], deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"])
    >>> off_topic(Cue(doc[1], (doc[1], doc[2]), "AGREE", "phrasal"), [ActorMention(5, 6, 5, (), "name")], "prep-inside")
    ([], None)
    """
    topic = topic_tokens(cue)
    if not topic or not any(m.head in topic for m in targets):
        return targets, how
    kept = [m for m in targets if m.head not in topic]
    return kept, how if kept else None


def _against(verb: Token) -> bool:
    """A promised act that ends, restricts or fights: "end imports", "cut supplies", "impose sanctions"."""
    lemma = verb.lemma_.lower()
    lex = lexicon()
    if lemma in lex.ending_verbs or lemma in lex.words("restricting_verbs") or lemma in lex.words("closing_verbs"):
        return True
    cue = verb_cue(verb)
    return cue is not None and event_type(cue.type).quad in ("verbal-conflict", "material-conflict")
