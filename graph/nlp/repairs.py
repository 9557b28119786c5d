"""Repairs of parse errors the small English pipelines make in a known, checkable shape (a pipeline
component after the parser, so every reader of the Doc sees one consistent tree).

Each repair rewrites heads and labels only where the words leave one reading: a past-tense verb after
"and" that the parser hung on the next noun as an adjective ("exchanged lists of demands and
threatened repercussions") is the second verb of the clause, with that noun as its object; a noun right
after a verb with no object, read as the subject of a participle ("killed 33 people sheltering in a
school"), is the verb's object, described by the participle; a to-infinitive hung on a verb such as
"vow" or "agree" as an adverbial clause ("vowed on Tuesday to launch") is its complement; a bare subjunctive
read as a noun compound ("demanded that the finance minister resign") is the clause's verb and subject.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["repair_parse", "coordinated_verb", "participle_object", "infinitive_complement", "verbless_predicate",
           "coordinated_noun", "subjunctive_verb", "seam_starts"]

_COORDINATORS = frozenset({"and", "but", "or"})
# Verbs that take a to-infinitive as their complement: "vowed on Tuesday to launch" is not a purpose clause.
_INFINITIVE_VERBS = frozenset("vow threaten promise pledge agree decide plan refuse offer seek try aim intend "
                              "want hope expect prepare move undertake commit".split())


# Verbs of demand whose that-clause takes the bare subjunctive: "demanded that the minister resign".
_MANDATIVE_VERBS = frozenset("demand insist urge ask request recommend propose suggest require order "
                             "command move petition".split())


def _previous_word(tok: Token) -> Token | None:
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return tok.doc[i] if i >= 0 else None


def coordinated_verb(tok: Token) -> Token | None:
    """The first verb of the clause when ``tok`` is a second, coordinated verb the parser read as an
    adjective of its object; None otherwise.

    The shape: ``VERB ... and <tok:VBD/VBN amod> <noun:conj of VERB>`` — "had exchanged lists and
    threatened repercussions", where "threatened repercussions" cannot be a noun phrase coordinated
    with a verb.
    """
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.pos_ != "VERB":
        return None
    noun = tok.head
    if noun.dep_ != "conj" or noun.i != tok.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.head
    if first.pos_ != "VERB" or first.i >= tok.i:
        return None
    before = _previous_word(tok)
    if before is None or before.text.lower() not in _COORDINATORS or before.head.i not in (first.i, noun.i):
        return None
    return first


def participle_object(verb: Token) -> tuple[Token, Token] | None:
    """(object, participle) when the parser read a verb's object as the subject of a participle clause:
    "killed at least 33 people sheltering in a school" (-> people, sheltering); None otherwise."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i < verb.i:
            continue
        if any(c.dep_ == "mark" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or subject.i > clause.i:
            continue
        between = [t for t in verb.doc[verb.i + 1:subject.left_edge.i] if not t.is_space]
        if not between:  # the noun phrase follows the verb directly: it is its object
            return subject, clause
    return None


def infinitive_complement(clause: Token) -> bool:
    """A to-infinitive the parser attached as an adverbial clause to a verb that takes it as its
    complement ("vowed on Tuesday to launch a ground operation")."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VB" and clause.head.lemma_.lower() in _INFINITIVE_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "mark", "nsubjpass") for c in clause.children)
            and not any(c.dep_ == "xcomp" for c in clause.head.children))


def coordinated_noun(tok: Token) -> Token | None:
    """The object noun that ``tok`` is coordinated with when the parser read a plural noun as a present-
    tense verb conjoined to a participle or past verb: "prompting condemnation from Washington and calls
    from the United Nations for ..." ("calls" is no verb: "prompting ... and calls" mixes tenses, and it
    has no subject or object of its own); None otherwise."""
    if tok.tag_ != "VBZ" or tok.dep_ != "conj" or not tok.text.lower().endswith("s"):
        return None
    first = tok.head
    if first.tag_ not in ("VBG", "VBN", "VBD") or first.i >= tok.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "aux", "neg") for c in tok.children):
        return None
    if not any(c.dep_ == "prep" for c in tok.children):
        return None
    before = _previous_word(tok)
    if before is None or before.text.lower() not in _COORDINATORS or before.head.i != first.i:
        return None
    objects = [c for c in first.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < tok.i]
    return objects[-1] if objects else None


def verbless_predicate(sent_root: Token) -> Token | None:
    """The past-tense verb of a sentence the parser built around a noun: "Venezuela's Supreme Court barred
    opposition candidate Maria Corina Machado from running" (root Machado, "barred" an adjective with a
    subject of its own). None when the sentence has a verb root or no such verb."""
    if sent_root.pos_ not in ("NOUN", "PROPN"):
        return None
    for tok in sent_root.sent:
        if tok.tag_ == "VBD" and tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.head.i > tok.i and any(
                c.dep_ == "nsubj" for c in tok.children):
            return tok
    return None


_LABEL_LINKS = frozenset({"of", "the"})
_TITLES = frozenset("president prime minister chancellor king queen emperor governor mayor chairman chairwoman chair speaker "
                    "secretary head moderator minister premier ambassador spokesman spokeswoman spokesperson director "
                    "commissioner general commander question answer remark reply".split())


def _label_start(doc: Doc, colon: int) -> int | None:
    """The first token of a speaker label "President of Russia Vladimir Putin" ending right before ``colon``."""
    i = colon - 1
    if i < 0 or doc[i].tag_ not in ("NNP", "NNPS") or not doc[i].text[:1].isupper():
        return None
    start, titled = None, None
    while i >= 0 and (doc[i].tag_ in ("NNP", "NNPS") and doc[i].text[:1].isupper() or doc[i].text.lower() in _LABEL_LINKS):
        if doc[i].tag_ in ("NNP", "NNPS"):
            start = i
            if doc[i].text.lower() in _TITLES:
                titled = i
        i -= 1
    if titled is not None and titled != start and colon - titled <= 8:
        start = titled  # "... at the BRICS Summit President of Russia Vladimir Putin:" starts at "President"
    if start is None or colon - start < 2 and doc[start].text.lower() not in _TITLES:
        return None
    return start


def seam_starts(doc: Doc) -> list[int]:
    """Tokens that start a sentence at a seam the text lost its full stop at (read before the parser, on
    tags): after a "* * *" divider, and at a transcript's speaker label run into the caption before it
    ("Speech ... at the BRICS+ meeting President of Russia Vladimir Putin: Colleagues, ..."), both at the
    label and after its colon. A colon after "the ... Union:" introduces words, no speaker.

    >>> from spacy.vocab import Vocab
    >>> words = ["the", "BRICS", "meeting", "President", "of", "Russia", "Vladimir", "Putin", ":", "Colleagues", ",", "we", "agree"]
    >>> doc = Doc(Vocab(), words=words, tags=["DT", "NNP", "NN", "NNP", "IN", "NNP", "NNP", "NNP", ":", "NNS", ",", "PRP", "VBP"])
    >>> seam_starts(doc)
    [3, 9]
    """
    out = []
    for tok in doc[:-1]:
        if tok.text == "*" and doc[tok.i + 1].text != "*" and not doc[tok.i + 1].is_space:
            if tok.i >= 2 and doc[tok.i - 2].text == "*":
                out.append(tok.i + 1)
        if tok.text != ":" or doc[tok.i + 1].is_space:
            continue
        start = _label_start(doc, tok.i)
        if start is None:
            continue
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.tag_ in ("DT", "IN", "PRP$", "POS", "CC", "TO") or before.text.lower() in _LABEL_LINKS):
            continue  # "in the Alexander Garden:", "about the European Union:"
        if start > 0:
            out.append(start)
        out.append(tok.i + 1)
    return out


def subjunctive_verb(tok: Token) -> Token | None:
    """The subject of a bare subjunctive the parser read as a noun compound: in "demanded that the finance
    minister resign", "resign" came out a noun with "finance minister" as its compounds, so the clause had no
    verb. A that-clause of a verb of demand with no verb at all cannot be right; its last word is the verb and
    the compound before it the subject. Returns that subject, or None.

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["They", "demanded", "that", "the", "minister", "resign"], heads=[1, 1, 5, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "mark", "det", "compound", "ccomp"],
    ...           pos=["PRON", "VERB", "SCONJ", "DET", "NOUN", "NOUN"], tags=["PRP", "VBD", "IN", "DT", "NN", "NN"],
    ...           lemmas=["they", "demand", "that", "the", "minister", "resign"])
    >>> subjunctive_verb(doc[5]).text
    'minister'
    """
    if tok.dep_ != "ccomp" or tok.tag_ != "NN" or tok.head.lemma_.lower() not in _MANDATIVE_VERBS:
        return None
    if not any(c.dep_ == "mark" and c.text.lower() == "that" for c in tok.children):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in tok.subtree):
        return None
    compounds = [c for c in tok.lefts if c.dep_ == "compound"]
    return compounds[-1] if compounds else None


def repair_parse(doc: Doc) -> Doc:
    """Rewrite the coordinated-verb misparse (see :func:`coordinated_verb`) in place and return ``doc``.

    >>> from spacy.vocab import Vocab
    >>> words = ["They", "exchanged", "demands", "and", "threatened", "repercussions", "."]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 5, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "cc", "amod", "conj", "punct"],
    ...           pos=["PRON", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"],
    ...           tags=["PRP", "VBD", "NNS", "CC", "VBN", "NNS", "."])
    >>> _ = repair_parse(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc[4:6]]
    [('threatened', 'conj', 'exchanged'), ('repercussions', 'dobj', 'threatened')]
    """
    for sent in list(doc.sents):
        verb = verbless_predicate(sent.root)
        if verb is not None:
            root = sent.root
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "dobj"  # the noun root is the object ("... Machado")
            for c in [c for c in root.children if c.dep_ == "prep" and c.i > verb.i]:
                c.head = verb  # "from running for office" belongs to the verb
    for tok in doc:
        if infinitive_complement(tok):
            tok.dep_ = "xcomp"
    for tok in doc:
        subject = subjunctive_verb(tok)
        if subject is not None:
            for c in [c for c in tok.lefts if c.i < subject.i and c.dep_ in ("det", "amod", "compound", "poss")]:
                c.head = subject  # "the finance minister": the words before the subject are its own
            subject.dep_ = "nsubj"
            tok.pos_, tok.tag_ = "VERB", "VB"
    for tok in doc:
        found = participle_object(tok)
        if found is not None:
            obj, clause = found
            obj.head, obj.dep_ = tok, "dobj"
            clause.head, clause.dep_ = obj, "acl"
    for tok in doc:
        noun = coordinated_noun(tok)
        if noun is not None:
            cc = _previous_word(tok)
            tok.pos_, tok.tag_, tok.head, tok.dep_ = "NOUN", "NNS", noun, "conj"
            cc.head = noun
    for tok in doc:
        first = coordinated_verb(tok)
        if first is None:
            continue
        noun = tok.head
        # an if-clause right after the object belongs to the nearer verb: "threatened X if ..."
        trailing = [c for c in first.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1]
        tok.head, tok.dep_ = first, "conj"
        noun.head, noun.dep_ = tok, "dobj"
        for clause in trailing:
            clause.head = tok
    return doc
