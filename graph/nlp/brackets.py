"""Brackets as tokens of their own: news has no emoticons, and a transcript's speaker label has brackets.

spaCy's English tokenizer keeps emoticons whole ("):", "(:", "8)") and splits no bracket inside a word, so
the transcript label "Francesco Rocca(retranslated):" became "Rocca(retranslated" + "):" and the turn it
opens was not seen (the guest's "we" ran on as the host's). :func:`split_brackets` drops the emoticon
exceptions that hold a bracket and adds a bracket between word characters as an infix, so the label
reads "Rocca", "(", "retranslated", ")", ":".
"""
from __future__ import annotations

import re

from spacy.language import Language

__all__ = ["split_brackets"]

_BRACKETS = "()[]"
# an opening bracket after a word character and before one; a closing one between word characters
_INFIXES = (r"(?<=[\w.])[\(\[](?=\w)", r"(?<=\w)[\)\]](?=\w)")


def split_brackets(nlp: Language) -> None:
    """Tokenize every bracket of ``nlp``'s texts as a token of its own (idempotent).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> split_brackets(nlp)
    >>> [t.text for t in nlp("Francesco Rocca(retranslated): Thank you (see item 8).")]
    ['Francesco', 'Rocca', '(', 'retranslated', ')', ':', 'Thank', 'you', '(', 'see', 'item', '8', ')', '.']
    >>> [t.text for t in nlp("Minister[Nikol Pashinyan]: Yes.")]
    ['Minister', '[', 'Nikol', 'Pashinyan', ']', ':', 'Yes', '.']
    """
    tokenizer = nlp.tokenizer
    rules = tokenizer.rules or {}
    kept = {k: v for k, v in rules.items() if not any(c in k for c in _BRACKETS)}
    if len(kept) != len(rules):
        tokenizer.rules = kept
    finditer = tokenizer.infix_finditer
    current = [finditer.__self__.pattern] if finditer is not None else []
    if not current or _INFIXES[0] not in current[0]:
        tokenizer.infix_finditer = re.compile("|".join(current + list(_INFIXES))).finditer
