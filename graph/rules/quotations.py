"""Who speaks in a quotation or a transcript turn, and whom its first person names.

A quotation's speaker is the subject of the reporting verb outside the quotation marks, in its own sentence
('"We will respond," Peskov said'), or in the sentence right after it when the quotation fills its sentence
('"They lie." The minister said this on Monday'), or in the sentence before that ends with a colon
('Zelensky said: "..."'); a quotation that continues one whose speaker is known has the same speaker.
In a transcript, "Vladimir Putin: ..." opens a turn of that speaker up to the next "Name:".

Inside them, "I", "me", "my" are the speaker, and "we", "us", "our" the state or organisation the
speaker acts for (a person's state, else the speaker's own organisation).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention, is_locative
from stancegraph.rules.doc_index import children_of, doc_index, select, select_any, sentences, span_tokens

__all__ = ["quotations", "quoted_speakers", "quotation_reporter", "first_person_mentions", "voiced_ranges"]

_OPEN = {"“", "«", "``"}
_CLOSE = {"”", "»", "''"}
_SINGULAR = {"i", "me", "my", "mine", "myself"}
_PLURAL = {"we", "us", "our", "ours", "ourselves"}
_FIRST_PERSON = frozenset(_SINGULAR | _PLURAL)
_MARKS = _OPEN | _CLOSE | {'"'}


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` between quotation marks, the marks left out.

    >>> import spacy
    >>> doc = spacy.blank("en")('He said: "We will respond." Then he left.')
    >>> [doc[s:e].text for s, e in quotations(doc)]
    ['We will respond.']
    """
    return doc_index(doc).kept("quotations", lambda: _quotation_ranges(doc))  # (read by several passes: made once)


def _quotation_ranges(doc: Doc) -> list[tuple[int, int]]:
    out, opened = [], None
    for t in select_any(doc, text=_MARKS, is_space={True}):
        if t.text in _OPEN or (t.text == '"' and opened is None):
            opened = t.i
        elif (t.text in _CLOSE or t.text == '"') and opened is not None:
            if t.i > opened + 1:
                out.append((opened + 1, t.i))
            opened = None
        elif t.text == "\n\n" or (t.is_space and t.text.count("\n") > 1):
            opened = None  # a quotation does not run over a paragraph without its mark
    return out


def _reporting_subject(verbs: list[Token], by_token: dict[int, ActorMention] | None, outside):
    """The speaker named as the subject of a reporting verb among ``verbs`` outside the quotation: its
    mention, or with no ``by_token`` its subject token and the verb."""
    lex = lexicon()  # (one look-up for the many rules below: this runs for every candidate)
    index = doc_index(verbs[0].doc) if verbs else None  # (each word's lemma and part of speech read from the columns)
    for verb in verbs:
        if index.lemma[verb.i] not in lex.reporting_verbs or index.pos[verb.i] not in ("VERB", "AUX") or not outside(verb.i):
            continue
        for c in children_of(verb):
            if c.dep_ in ("nsubj", "nsubjpass") and outside(c.i):
                if by_token is None:
                    return c, verb
                m = by_token.get(c.i) or next((by_token[g.i] for g in c.subtree if g.i in by_token and outside(g.i)), None)
                if m is not None and len(m.actors) == 1:
                    return m
    return None


def quotation_reporter(tok: Token) -> tuple[Token | None, str | None]:
    """The subject of the reporting verb of the quotation ``tok`` stands in and the verb's lemma, found
    as :func:`quoted_speakers` finds a speaker (its sentences, the next one, a colon before); (None, None)
    outside a quotation or with no reporting verb.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=['"', "They", "lie", ".", '"', "Peskov", "said", "this", "."],
    ...           heads=[2, 2, 2, 2, 2, 6, 6, 6, 6], deps=["punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ROOT", "dobj", "punct"],
    ...           pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
    ...           lemmas=['"', "they", "lie", ".", '"', "Peskov", "say", "this", "."])
    >>> subject, how = quotation_reporter(doc[2])
    >>> subject.text, how
    ('Peskov', 'say')
    """
    doc = tok.doc
    found = doc.user_data.get("stancegraph.quotation_reporters")
    if found is None:
        found = {i: (subject, verb.lemma_.lower()) for s, e, (subject, verb) in _speakers(doc, None) for i in range(s, e)}
        doc.user_data["stancegraph.quotation_reporters"] = found
    return found.get(tok.i, (None, None))


def voiced_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` spoken by someone the narration quotes: every quotation and every transcript
    turn, whether its speaker is known or not.

    >>> import spacy
    >>> doc = spacy.blank("en")('He said: "We will respond." Then he left.')
    >>> [doc[s:e].text for s, e in voiced_ranges(doc)]
    ['We will respond.']
    """
    return quotations(doc) + [(s, e) for s, e, _ in _turns(doc, {})]


def _turns(doc: Doc, by_token: dict[int, ActorMention]) -> list[tuple[int, int, ActorMention | None]]:
    """Transcript turns: "Name:" at the start of a sentence or a paragraph opens a turn up to the next one."""
    starts = []
    for t in select(doc, text={":"}):
        if t.text != ":" or t.i == 0:
            continue
        prev = _before_note(doc, t.i - 1)
        if prev is None:
            continue
        m = by_token.get(prev.i)
        label_start = m.start if m is not None else prev.i
        opener = doc[label_start - 1] if label_start > 0 else None
        # the name opens its line: after a paragraph break, a full stop, or a title ("President of Russia Vladimir Putin:")
        at_start = opener is None or opener.is_space or opener.text in (".", "!", "?", "*") or opener.is_sent_start \
            or doc[label_start].is_sent_start or opener.pos_ in ("PROPN", "NOUN", "ADP")
        if not at_start or not prev.text[:1].isupper():
            continue
        speaker = m if m is not None and len(m.actors) == 1 and m.actors[0].kind is ActorKind.PERSON else None
        starts.append((t.i + 1, speaker))
    out = []
    for n, (start, speaker) in enumerate(starts):
        end = starts[n + 1][0] - 1 if n + 1 < len(starts) else len(doc)
        out.append((start, end, speaker))
    return out


def _before_note(doc: Doc, i: int) -> Token | None:
    """The last word of a turn label ending at token ``i``: over a bracketed note ("Francesco Rocca
    (retranslated):", "Nikol Pashinyan [in Russian]:") to the name before it; None for a note alone."""
    tok = doc[i]
    if tok.text not in (")", "]"):
        return tok
    opening = "(" if tok.text == ")" else "["
    for j in range(i - 1, max(-1, i - 6), -1):
        if doc[j].text == opening:
            return doc[j - 1] if j > 0 else None
    return None


def quoted_speakers(doc: Doc, mentions: list[ActorMention]) -> list[tuple[int, int, ActorMention]]:
    """``(start, end, speaker mention)`` of every quotation and transcript turn whose speaker is known.

    Examples
    --------
    >>> import spacy
    >>> from stancegraph.model import Actor, ActorKind
    >>> doc = Doc(spacy.blank("en").vocab, words=['"', "We", "will", "respond", ",", '"', "Peskov", "said", "."],
    ...           heads=[3, 3, 3, 7, 7, 7, 7, 7, 7], deps=["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"],
    ...           pos=["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
    ...           lemmas=['"', "we", "will", "respond", ",", '"', "Peskov", "say", "."])
    >>> peskov = ActorMention(6, 7, 6, (Actor(id="dmitry-peskov", label="Dmitry Peskov", kind=ActorKind.PERSON),), "alias")
    >>> [(doc[s:e].text, m.actors[0].id) for s, e, m in quoted_speakers(doc, [peskov])]
    [('We will respond ,', 'dmitry-peskov')]
    """
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out = _speakers(doc, by_token)
    quoted = {i for s, e, _ in out for i in range(s, e)}
    out += [(s, e, m) for s, e, m in _turns(doc, by_token) if m is not None and not any(i in quoted for i in (s, e - 1))]
    return sorted(out, key=lambda x: x[0])


def _speakers(doc: Doc, by_token: dict[int, ActorMention] | None) -> list:
    """(start, end, speaker) of the quotations whose speaker is named (see :func:`_reporting_subject`)."""
    sents = sentences(doc)
    sent_starts = doc_index(doc).sent_starts
    out: list = []
    last: tuple[int, object] | None = None  # (sentence number, speaker) of the last quotation
    for start, end in quotations(doc):
        k = max(0, bisect.bisect_right(sent_starts, start) - 1)
        k_end = max(0, bisect.bisect_right(sent_starts, max(start, end - 1)) - 1)
        inside = range(start, end)

        def outside(i: int, inside=inside) -> bool:
            return i not in inside

        verbs = [t for s in sents[k:k_end + 1] for t in span_tokens(s)]
        speaker = _reporting_subject(verbs, by_token, outside)
        if speaker is None and k_end + 1 < len(sents) and _fills(sents[k_end], start, end):
            # '"They lie." The minister said this on Monday.'
            speaker = _reporting_subject(span_tokens(sents[k_end + 1]), by_token, outside)
        if speaker is None and k > 0 and sents[k - 1][-1].text == ":":
            speaker = _reporting_subject(span_tokens(sents[k - 1]), by_token, outside)
        if speaker is None and start > 1 and doc[start - 2].text == ":":
            speaker = _reporting_subject(list(doc[start - 2].sent), by_token, outside)
        if speaker is None and last is not None and k - last[0] <= 1:
            speaker = last[1]  # '"We will not give up," he said. "We will fight."'
        if speaker is not None:
            out.append((start, end, speaker))
            last = (k_end, speaker)
    return out


def _fills(sent, start: int, end: int) -> bool:
    """The quotation is all of its sentence but its marks and punctuation."""
    return all(start <= t.i < end or t.is_punct or t.is_space for t in sent)


def _organisation(m: ActorMention, registry: ActorRegistry) -> Actor | None:
    """Whom "we" stands for in the words of the speaker of ``m``."""
    speaker = m.actors[0]
    if speaker.kind is not ActorKind.PERSON:
        return speaker
    state = registry.state_of(speaker.id) or m.state_hint or registry.home_state_of(speaker.id)
    if state is not None:
        return state
    post = registry.post_of(speaker.id)
    return registry.get(post.organisation) if post is not None else None


def first_person_mentions(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry) -> list[ActorMention]:
    """Mentions of the first-person pronouns inside quotations and turns whose speaker is known: "I" is
    the speaker, "we" the speaker's state or organisation (see the module's docstring)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out, index = [], doc_index(doc)
    for start, end, speaker in quoted_speakers(doc, mentions):
        organisation = _organisation(speaker, registry)
        for i in range(start, min(end, index.length)):  # (each word of the quotations: tested on the columns)
            lower = index.lower[i]
            if i in taken or index.pos[i] != "PRON" or lower not in _FIRST_PERSON:
                continue
            tok = index.tokens[i]
            actor = speaker.actors[0] if lower in _SINGULAR else organisation
            if actor is None:
                continue
            hint = speaker.state_hint if lower in _SINGULAR else None
            out.append(ActorMention(tok.i, tok.i + 1, tok.i, (actor,), "pronoun", is_locative(tok),
                                    (speaker.start, speaker.end), hint))
    return out
