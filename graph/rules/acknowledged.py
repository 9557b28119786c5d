"""Verbs that are acts only with an object (pure, over the parse): "recognised the independence of Croatia" is
recognition (SUPPORT) and "reaffirmed its backing" support, but with a that-clause and no object they acknowledge or
restate a fact, no act of their own: "We recognize that this would be a serious escalation in the war" (said of a
no-fly zone) recognises no NATO, "He reaffirmed that Russia's priority goals were demilitarisation and a neutral
status for Ukraine" supports no Ukraine (the four such statements of the press-release corpus were all wrong). What
the clause says is read as its own act. The verbs are the lexicon's ``object_cue_verbs``."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import DocIndex, doc_index

__all__ = ["acknowledges_a_fact"]


def acknowledges_a_fact(verb: Token, index: DocIndex | None = None) -> bool:
    """``verb`` is one of ``object_cue_verbs`` with a that-clause and no direct object (``index``: the
    :class:`~stancegraph.rules.doc_index.DocIndex` of its Doc, when the caller holds it).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["We", "recognize", "that", "it", "escalates"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp"], lemmas=["we", "recognize", "that", "it", "escalate"])
    >>> other = Doc(spacy.blank("en").vocab, words=["Croatia", "recognized", "Ukraine"], heads=[1, 1, 1],
    ...             deps=["nsubj", "ROOT", "dobj"], lemmas=["Croatia", "recognize", "Ukraine"])
    >>> acknowledges_a_fact(doc[1]), acknowledges_a_fact(other[1])
    (True, False)
    """
    index = doc_index(verb.doc) if index is None else index  # (its columns: no string look-up per attribute read)
    if index.lemma[verb.i] not in lexicon().words("object_cue_verbs"):
        return False
    deps = {index.dep[c.i] for c in index.children[verb.i]}
    return "ccomp" in deps and "dobj" not in deps
