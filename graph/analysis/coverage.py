"""Coverage of the cue lexicon: words near actors that no rule maps, by frequency (the loop for improving the lexicon)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc

from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.mention_index import MentionIndex
from stancegraph.kb.lexicon import (
    LIGHT_VERBS, NOUN_CUES, PHRASAL_CUES, REPORTING_NOUNS, REPORTING_VERBS, TRANSFER_VERBS, VERB_CUES,
)
from stancegraph.kb.registry import ActorRegistry

__all__ = ["CoverageReport", "uncovered_cues"]

# Endings of event nominalisations ("annexation", "deployment", "refusal", "assistance").
_NOMINAL_ENDINGS = ("tion", "sion", "ment", "al", "ance", "ence", "ure", "ing", "age")
_KNOWN_VERBS = set(VERB_CUES) | {v for v, _ in PHRASAL_CUES} | LIGHT_VERBS | REPORTING_VERBS | TRANSFER_VERBS | {
    "be", "have", "do", "become", "seem", "take", "get", "go", "come", "make"}


@dataclass
class CoverageReport:
    """Unmapped verbs and nominalisations with counts and one example sentence each.

    Examples
    --------
    >>> report = CoverageReport()
    >>> report.verbs["court"] += 2
    >>> report.verbs.most_common(), report.sentences
    ([('court', 2)], 0)
    """

    verbs: Counter = field(default_factory=Counter)
    nouns: Counter = field(default_factory=Counter)
    examples: dict[tuple[str, str], str] = field(default_factory=dict)
    sentences: int = 0  # sentences with at least one actor mention


def uncovered_cues(docs: Iterable[Doc], registry: ActorRegistry, report: CoverageReport | None = None) -> CoverageReport:
    """Count verbs whose subject or object is an actor and event-like nouns with an actor modifier
    ("Russia's annexation") that the lexicon does not map.

    ``report`` (if given) is added to and returned, so a corpus can be counted in batches.

    Examples
    --------
    A hand-built parse of "Russia courted China." ("court" is no cue verb of the lexicon):

    >>> import spacy
    >>> from stancegraph.model import Actor, ActorKind
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="CHN", label="China", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("China", "CHN", "name")], [])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "courted", "China", "."], spaces=[True, True, False, False],
    ...           heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    ...           lemmas=["Russia", "court", "China", "."], ents=["B-GPE", "O", "B-GPE", "O"])
    >>> report = uncovered_cues([doc], registry)
    >>> report.verbs, report.examples[("verb", "court")], report.sentences
    (Counter({'court': 1}), 'Russia courted China.', 1)
    """
    report = report or CoverageReport()
    for doc in docs:
        index = MentionIndex(actor_mentions(doc, registry))
        heads = {m.head for m in index.mentions if not m.locative}
        for sent in doc.sents:
            if not any(sent.start <= h < sent.end for h in heads):
                continue
            report.sentences += 1
            for tok in sent:
                lemma = tok.lemma_.lower()
                if tok.pos_ == "VERB" and lemma not in _KNOWN_VERBS and any(
                        c.dep_ in ("nsubj", "dobj", "agent", "nsubjpass") and index.of_phrase(c) for c in tok.children):
                    report.verbs[lemma] += 1
                    report.examples.setdefault(("verb", lemma), " ".join(sent.text.split()))
                elif (tok.pos_ == "NOUN" and lemma not in NOUN_CUES and lemma not in REPORTING_NOUNS
                      and lemma.endswith(_NOMINAL_ENDINGS) and any(
                          c.dep_ in ("poss", "compound", "amod") and c.i in index.by_token for c in tok.children)):
                    report.nouns[lemma] += 1
                    report.examples.setdefault(("noun", lemma), " ".join(sent.text.split()))
    return report
