"""Clause-level helpers over a dependency parse (pure): clause verbs, passives, subjects, conditions, spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.thanks import thanked_doer
from stancegraph.model import Span
from stancegraph.rules.doc_index import DocIndex, children_of, doc_index, span_tokens
from stancegraph.rules.issuers import issuing_verb
from stancegraph.rules.passive_voice import participle_patient, passive_doer
from stancegraph.rules.reduced_relatives import reduced_relative_head

__all__ = ["clause_verb", "is_passive", "is_condition", "in_condition", "reported_by_verb", "subject_of",
           "condition_clause", "condition_tokens", "span_of", "subtree_tokens", "question_kind", "SUBJECTS"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def clause_verb(tok: Token) -> Token:
    """The nearest verb at or above ``tok`` (the cue's clause).

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "urged", "NATO", "to", "stop", "."],
    ...           heads=[1, 1, 1, 4, 1, 1], deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"], lemmas=["Russia", "urge", "NATO", "to", "stop", "."])
    >>> clause_verb(doc[2]), clause_verb(doc[4])
    (urged, stop)
    """
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_passive(verb: Token, index: DocIndex | None = None) -> bool:
    """The verb has a passive subject or auxiliary ("NATO was warned"), or is a participle the parser read as an
    active verb with its patient as subject ("the Boeing shot down by the occupiers",
    :func:`stancegraph.rules.passive_voice.participle_patient`). ``index``: the DocIndex of its Doc, if the caller has it.

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "was", "warned", "by", "Putin", "."],
    ...           heads=[2, 2, 2, 2, 3, 2], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], lemmas=["NATO", "be", "warn", "by", "Putin", "."])
    >>> is_passive(doc[2])
    True
    """
    index = doc_index(verb.doc) if index is None else index  # (a caller's: verb_cue; columns, no string look-ups)
    return any(index.dep[c.i] in ("nsubjpass", "auxpass") for c in index.children[verb.i]) or participle_patient(verb) is not None


def _stative_subject(verb: Token) -> Token | None:
    """The subject of a stative participle of the lexicon (``stative_participles``) with no agent: "Vietnam is
    committed to ..." names Vietnam's stance, not an act done to Vietnam."""
    if verb.lemma_.lower() not in lexicon().construction_words.get("stative_participles", ()) or any(
            c.dep_ == "agent" for c in children_of(verb)):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)


def is_condition(tok: Token) -> bool:
    """An if/unless clause, "as soon as Ukraine withdrew" (a condition on a promise) or "until it gives up" (a limit).

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "will", "respond", "if", "NATO", "expands", "."],
    ...           heads=[2, 2, 2, 5, 5, 2, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    ...           lemmas=["Russia", "will", "respond", "if", "NATO", "expand", "."])
    >>> is_condition(doc[5]), is_condition(doc[2])
    (True, False)
    """
    # and "until it gives up its aggressive intentions": a limit in the present tense is a condition still to be met
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and (m.lower_ in lexicon().condition_marks or (
        m.lower_ == "as" and any(a.lower_ == "soon" for a in children_of(m)) or (m.i > 1 and tok.doc[m.i - 1].lower_ == "soon"))
        or (m.lower_ in lexicon().words("limit_marks") and tok.tag_ in ("VBZ", "VBP"))) for m in children_of(tok))




def question_kind(sent: SpacySpan) -> str | None:
    """"polar" ("Will NATO fight against Russia", "Does Russia recognize common interests"), "wh" ("What
    can Russia guarantee", "Why did Russia reject it?") or None for a statement. The question mark is not
    needed: transcripts lose it at sentence breaks, so an auxiliary before the main clause's subject,
    first or after a question word, marks a question too.

    Examples
    --------
    >>> import spacy
    >>> vocab = spacy.blank("en").vocab
    >>> asked = Doc(vocab, words=["Will", "NATO", "fight", "?"], heads=[2, 2, 2, 2], deps=["aux", "nsubj", "ROOT", "punct"],
    ...             tags=["MD", "NNP", "VB", "."], pos=["AUX", "PROPN", "VERB", "PUNCT"])
    >>> said = Doc(vocab, words=["NATO", "will", "fight", "."], heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "punct"],
    ...            tags=["NNP", "MD", "VB", "."], pos=["PROPN", "AUX", "VERB", "PUNCT"])
    >>> question_kind(asked[:]), question_kind(said[:])
    ('polar', None)
    """
    words = [t for t in span_tokens(sent) if not (t.is_punct or t.is_space)]
    while words and words[0].tag_ in ("RB", "CC", "UH") and len(words) > 3:
        words = words[1:]  # "Otherwise, what can ...", "And will ...", "So does ..."
    marked = doc_index(sent.doc).span_text(sent.start, sent.end).rstrip().endswith("?")  # (sent.text makes its tokens)
    if len(words) < 3:
        return "wh" if marked else None
    wh = words[0].tag_ in ("WP", "WDT", "WRB")
    aux = words[1 if wh else 0]
    root = sent.root
    inverted = (aux.lower_ in lexicon().inverting_auxiliaries and aux.tag_ in ("MD", "VBZ", "VBP", "VBD") and root.i > aux.i
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in children_of(root)))
    if inverted:
        return "wh" if wh else "polar"
    return "wh" if marked else None


def in_condition(tok: Token) -> bool:
    """Inside an if/unless clause (stopping at an independent clause such as '..., while X did Y').

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "will", "respond", "if", "NATO", "expands", "."],
    ...           heads=[2, 2, 2, 5, 5, 2, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    ...           lemmas=["Russia", "will", "respond", "if", "NATO", "expand", "."])
    >>> in_condition(doc[4]), in_condition(doc[0])
    (True, False)
    """
    node = tok
    while node.head.i != node.i:
        if is_condition(node) or (node.dep_ == "conj" and is_condition(node.head)):
            return True  # "if a licence expires and Western partners refuse to extend it": both are the condition
        if node.dep_ in ("advcl", "conj", "parataxis", "relcl"):
            return False
        node = node.head
    return False


def reported_by_verb(tok: Token) -> bool:
    """The event is the complement of a verb of saying: 'officials said Russia attacked ...'.

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Officials", "said", "Russia", "attacked", "."],
    ...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
    ...           pos=["NOUN", "VERB", "PROPN", "VERB", "PUNCT"], lemmas=["official", "say", "Russia", "attack", "."])
    >>> reported_by_verb(doc[3]), reported_by_verb(doc[1])
    (True, False)
    """
    node = tok
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lexicon().reporting_verbs and node.pos_ == "VERB":
            return True
    return False


_QUOTES = frozenset({'"', "“", "”", "»", "''", "'"})


def _passive_agent(verb: Token) -> tuple[Token | None, bool]:
    """The agent of a passive verb and whether any "by" phrase is there: "killed not by us ..., but by the current
    Kiev authorities" names the authorities; a denied agent ("not by us") is none."""
    bys = [b for c in children_of(verb) if c.dep_ == "agent" for b in (c, *c.conjuncts)] + [
        c for c in children_of(verb) if c.dep_ == "conj" and c.lower_ == "by"]
    for by in bys:
        if not any(n.dep_ == "neg" for n in children_of(by)):
            agent = next((p for p in children_of(by) if p.dep_ == "pobj"), None)
            if agent is not None:
                return agent, True
    return None, bool(bys)

def subject_of(verb: Token) -> tuple[Token | None, str]:
    """The acting phrase of ``verb`` and how it was found (climbing through xcomp/conj/advcl/relcl).

    Examples
    --------
    "Russia urged NATO to stop": NATO is to stop (object control).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "urged", "NATO", "to", "stop", "."],
    ...           heads=[1, 1, 1, 4, 1, 1], deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"], lemmas=["Russia", "urge", "NATO", "to", "stop", "."])
    >>> subject_of(doc[1]), subject_of(doc[4])
    ((Russia, 'nsubj'), (NATO, 'xcomp-object'))

    The agent of a passive:

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "was", "warned", "by", "Putin", "."],
    ...           heads=[2, 2, 2, 2, 3, 2], deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"], lemmas=["NATO", "be", "warn", "by", "Putin", "."])
    >>> subject_of(doc[2])
    (Putin, 'agent')
    """
    stative = _stative_subject(verb)
    if stative is not None:  # "Vietnam is committed to opening up": the subject commits
        return stative, "nsubj"
    if is_passive(verb):
        agent, given = _passive_agent(verb)
        if agent is not None or given:
            return (agent, "agent") if agent is not None else (None, "")
        agent = _stray_agent(verb)
        return (agent, "agent") if agent is not None else (None, "")
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")]
    if subjects:  # two subjects are a misparse ("Fighters from the RSF killed"): the nearer one is the name
        subjects = [s for s in subjects if not _apposed(s, subjects)] or subjects
        c = reduced_relative_head(min(subjects, key=lambda s: abs(verb.i - s.i)))  # "The Red Cross operating in Iraq said"
        if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":  # "Orban, who praised Beijing": Orban
            return verb.head, "relcl"
        return c, "nsubj"
    agent = next((p for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"), None)
    if agent is not None:  # "a deal brokered by China"
        return agent, "agent"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT":
        # "aid workers killed in Gaza": the noun a participle describes suffered the act (but in
        # "Hundreds of people protested", parsed with the noun as root, the participle is the predicate)
        return None, ""
    node, hops = verb, 0
    while hops < 4 and node.head.i != node.i:
        hops += 1
        dep, parent = node.dep_, node.head
        if dep == "conj" and node.tag_ == "VBD" and parent.dep_ == "ccomp" and (parent.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in children_of(parent)) or (
                node.lemma_.lower() in lexicon().reporting_verbs and parent.head.lemma_.lower() in lexicon().reporting_verbs)):
            # "the ministry said aircraft had flown ..., and called on Beijing": a conjunct of the verb of saying
            # ("Japarov said that Kiev was responsible ... and expressed his support": he expressed it)
            sayer = next((c for c in children_of(parent.head) if c.dep_ == "nsubj"), None)
            if sayer is not None:
                return sayer, "conj-inherited"
        if dep == "conj" and node.tag_ in ("VBD", "VBZ") and parent.tag_ == "VB" and parent.dep_ in ("xcomp", "advcl"):
            # "ordered the ambassador to leave and accused Paris": a finite verb is no conjunct of the
            # infinitive the parser hung it on, but of the verb above
            node = parent
            continue
        issuer = issuing_verb(node) if dep == "acl" else None
        if issuer is not None:  # "issued a declaration demanding": the issuer demands
            found, _ = subject_of(issuer)
            if found is not None:
                return found, "acl-issuer"
        if (thanked := thanked_doer(node, parent)) is not None:  # "gratitude for providing aid": the thanked's
            return thanked
        if dep in ("relcl", "acl") and parent.pos_ in ("NOUN", "PROPN", "PRON"):
            return parent, dep
        if dep == "xcomp" and parent.pos_ == "VERB" and parent.lemma_.lower() not in lexicon().subject_control_verbs:
            for c in children_of(parent):  # "urged Washington to stop": Washington is to stop (object control)
                if c.dep_ == "dobj" and c.i < node.i:  # (an "object" after the infinitive is a misparse)
                    return c, "xcomp-object"
        # "X said A, urged B and warned C": a finite clause with no subject is a misparsed conjunct
        finite = (dep == "ccomp" and node.tag_ in ("VBD", "VBZ", "VBP") and node.i > 0
                  and node.doc[node.i - 1].text in (",", "and", "but")
                  and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in children_of(node)))
        if dep == "advcl" and node.i < parent.i and parent.lemma_.lower() in lexicon().reporting_verbs and any(
                t.text in _QUOTES for t in node.doc[node.right_edge.i:parent.i]):
            # '"Fully supporting us, condemning the aggression," said the President': a fragment of the
            # quote, whose actor is not the one who quotes it ("Condemning the attack, the ministry said": is)
            break
        if dep == "advcl" and (sayer := _quoting_sayer(node, parent)) is not None:
            return sayer, "advcl-inherited"  # '"It brings us closer," Zelenskyy said, thanking Biden': he thanks
        if dep in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj") or parent.pos_ == "ADP" or finite:
            if parent.pos_ in ("VERB", "AUX"):
                if (passive := passive_doer(node, parent)) is not None:  # "was indicted and will resign"
                    return passive
                # the subject of a participle read as active is its patient, no doer: "the Menorah damaged by shelling"
                subjects = [c for c in children_of(parent) if c.dep_ == "nsubj"] if participle_patient(parent) is None else []
                if subjects:  # the nearer of two, as above ("Madam Chairperson, ... I would like to thank": I)
                    return min(subjects, key=lambda s: abs(parent.i - s.i)), f"{dep}-inherited"
            node = parent
            continue
        break
    return None, ""


def _quoting_sayer(node: Token, parent: Token) -> Token | None:
    """The subject of the verb of saying between a quote and a participle the parser hung on the quote's verb
    ('"It brings us closer," Zelenskyy said, thanking Biden': "thanking" belongs to the one who said it)."""
    if node.i < parent.i or not any(t.text in _QUOTES for t in node.doc[parent.i:node.i]):
        return None
    for c in children_of(parent):
        if (c.dep_ in ("parataxis", "ccomp") and parent.i < c.i < node.i
                and c.lemma_.lower() in lexicon().reporting_verbs):
            return next((s for s in children_of(c) if s.dep_ == "nsubj"), None)
    return None


def _stray_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive that the parser hung on a noun of the verb's complements:
    "sanctions were imposed on Iran's programmes by the United States"."""
    frontier, depth = [c for c in children_of(verb) if c.dep_ in ("prep", "dobj", "pobj")], 0
    while frontier and depth < 4:
        nxt = []
        for t in frontier:
            if t.dep_ == "prep" and t.lower_ == "by":
                pobj = next((p for p in children_of(t) if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and pobj.pos_ in ("PROPN", "NOUN"):
                    return pobj
            nxt.extend(c for c in children_of(t) if c.dep_ in ("prep", "pobj"))
        frontier, depth = nxt, depth + 1
    return None


def condition_clause(head: Token) -> Token | None:
    """An 'if'/'unless' clause attached to ``head`` or to its object/complement.

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "will", "respond", "if", "NATO", "expands", "."],
    ...           heads=[2, 2, 2, 5, 5, 2, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    ...           lemmas=["Russia", "will", "respond", "if", "NATO", "expand", "."])
    >>> condition_clause(doc[2]), condition_clause(doc[5])
    (expands, None)
    """
    for t in [head, *[c for c in children_of(head) if c.dep_ in ("dobj", "ccomp", "xcomp", "pobj", "prep", "advcl")]]:
        for c in children_of(t):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon().condition_marks for m in children_of(c)):
                return c
            if c.dep_ == "prep":
                for p in children_of(c):
                    if p.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon().condition_marks for m in children_of(p)):
                        return p
    return None


def condition_tokens(cond: Token) -> list[Token]:
    """The words of an if-clause without clauses hung on it by the parser ('... while Russia demanded').

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "will", "respond", "if", "NATO", "expands", "."],
    ...           heads=[2, 2, 2, 5, 5, 2, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    ...           lemmas=["Russia", "will", "respond", "if", "NATO", "expand", "."])
    >>> condition_tokens(doc[5])
    [if, NATO, expands]
    """
    nested = [c for c in children_of(cond) if c.dep_ in ("advcl", "conj", "parataxis") and c.i > cond.i]
    cut = min((c.left_edge.i for c in nested), default=cond.right_edge.i + 1)
    return [t for t in cond.subtree if t.i < cut]


def span_of(tokens: list[Token], doc: Doc) -> Span | None:
    """The text span of ``tokens`` (first to last, leading and trailing punctuation dropped, but not
    quotation marks nor a final full stop), or None for no words.

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "urged", "NATO", "to", "stop", "."],
    ...           heads=[1, 1, 1, 4, 1, 1], deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"], lemmas=["Russia", "urge", "NATO", "to", "stop", "."])
    >>> span_of(list(doc[2:5]), doc)
    Span(text='NATO to stop', start=13, end=25)
    >>> span_of(list(doc[5:]), doc) is None
    True
    """
    tokens = [t for t in tokens if not t.is_space]
    while tokens and tokens[0].is_punct and tokens[0].text not in ('"', "“"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ('"', "”", "."):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc_index(doc).span_text(tokens[0].i, tokens[-1].i + 1)  # doc[a:b].text, without a Token per word
    return Span(text=text, start=start, end=end)  # (not doc.text: rebuilt per access)


def subtree_tokens(tok: Token, exclude: Token | None = None) -> list[Token]:
    """The phrase of ``tok`` without ``exclude`` (a condition) and without coordinated clauses.

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "will", "respond", "if", "NATO", "expands", "."],
    ...           heads=[2, 2, 2, 5, 5, 2, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "punct"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
    ...           lemmas=["Russia", "will", "respond", "if", "NATO", "expand", "."])
    >>> subtree_tokens(doc[2]), subtree_tokens(doc[5])
    ([Russia, will, respond, .], [if, NATO, expands])
    """
    skip = set(t.i for t in exclude.subtree) if exclude is not None else set()
    for c in children_of(tok):
        if c.dep_ in ("conj", "cc", "relcl", "advcl") and c.i > tok.i:
            skip |= {t.i for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def _apposed(subject: Token, subjects: list[Token]) -> bool:
    """``subject`` is an indefinite noun phrase right after a comma that closes another subject's phrase ("Members
    of X, a body linked to Y, investigated"): an apposition the parser made a second subject."""
    left = subject.left_edge
    return (left.lower_ in ("a", "an") and left.i > 0 and subject.doc[left.i - 1].text == ","
            and any(s.i < subject.i and s.right_edge.i == left.i - 2 for s in subjects))
