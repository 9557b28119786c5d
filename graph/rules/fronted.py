"""Fronted clauses (pure): a clause before a verb whose act takes no content is no complement of it.

The parser reads an independent clause put before another with a dash or a comma as the second verb's clausal
complement: "But we cannot do that because the most terrible has happened - Russia has stolen our peace" hangs
"do" under "stolen" as its ccomp. A verb of saying, demanding or promising can have its content before it ("Russia
will withdraw, Putin promised"); an act whose type takes no content (``takes_content`` in the code book: talks,
aid, force, crime ...) cannot, so the clause lends it no modality ("cannot"), no issue and no target.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.codebook import types_with

__all__ = ["fronted_clause"]


def fronted_clause(clause: Token, cue_type: str) -> bool:
    """``clause`` is a clausal complement before its verb, and the act of type ``cue_type`` takes no content.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["we", "cannot", "rest", "-", "Russia", "attacked", "Kharkiv"],
    ...           heads=[2, 2, 5, 5, 5, 5, 5], deps=["nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT", "dobj"])
    >>> fronted_clause(doc[2], "FIGHT"), fronted_clause(doc[2], "DEMAND")
    (True, False)
    """
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and cue_type not in types_with("takes_content")
