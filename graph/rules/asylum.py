"""Asylum (pure, over the parse): whom "granted asylum" names as its recipient ("granted asylum to ousted Syrian
President Bashar al-Assad", "to five Panamanian army officers")."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.doc_index import children_of

__all__ = ["asylum_granted"]


def asylum_granted(verb: Token, ctx: Context, exclude: frozenset[str]) -> list[ActorMention]:
    """The one ``verb`` ("granted") gives asylum to: the first actor named after it, not of ``exclude``; none
    when its object is no asylum.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["granted", "aid"], heads=[0, 0], deps=["ROOT", "dobj"], lemmas=["grant", "aid"])
    >>> asylum_granted(doc[0], None, frozenset())
    []
    """
    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "asylum" for c in children_of(verb)):
        return []
    after = [m for m in ctx.index.mentions if verb.i < m.head <= verb.right_edge.i and not m.locative
             and not ({a.id for a in m.actors} & exclude)]
    return _first_granted(sorted(after, key=lambda m: m.start), ctx)


def _first_granted(after: list[ActorMention], ctx: Context) -> list[ActorMention]:
    """The first actor named after "granted asylum": a person named in the phrase of a demonym ("ousted Syrian
    President Bashar al-Assad"), else the demonym's own phrase ("five Panamanian army officers": Panama's
    military), never a later name outside it ("... since the U.S. invasion")."""
    if not after or after[0].how != "demonym":
        return after[:1]
    noun = ctx.doc[after[0].head].head
    while noun.dep_ in ("compound", "amod", "flat") and noun.head.i != noun.i:
        noun = noun.head
    inside = [m for m in after[1:] if noun.left_edge.i <= m.head <= noun.right_edge.i]
    return inside[:1] or ctx.index.of_phrase(noun)[:1] or after[:1]
