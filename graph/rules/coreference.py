"""Pronouns ("he", "its"), pair descriptions ("the two presidents", "both sides") and definite
descriptions ("the group", "the bloc", "the defence minister") resolved to the actors named before them:
a rule-based resolver over the parse (recency, agreement, subject focus across sentences, and the rule
that an object pronoun does not refer to its own clause's subject)."""
from __future__ import annotations

import bisect
import functools
from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.named_bodies import named_bodies
from stancegraph.rules.actors import ActorMention, is_locative, named_mentions
from stancegraph.rules.doc_index import children_of, doc_index, select_any, sentence_at, sentence_of
from stancegraph.rules.house_bodies import house_bodies
from stancegraph.rules.names import link_person_names
from stancegraph.rules.titled_surnames import titled_surnames
from stancegraph.rules.titled_gender import MASCULINE_PRONOUNS, woman_by_title
from stancegraph.rules.office_antecedents import office_antecedents
from stancegraph.rules.organs import organ_mentions
from stancegraph.rules.content_doers import informed_listener
from stancegraph.rules.publisher import house_mentions
from stancegraph.rules.publisher_voice import publisher_voice
from stancegraph.rules.quotations import first_person_mentions, quotations
from stancegraph.rules.subject_it import in_subject, phrase_head, subject_it_candidates
from stancegraph.rules.quote_sayers import not_in_said
from stancegraph.model import Actor, ActorKind, Document
from stancegraph.kb.registry import ActorRegistry

__all__ = ["actor_mentions"]

PERSONAL_PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
             "it": "thing", "its": "thing"}


def actor_mentions(doc: Doc, registry: ActorRegistry, *, window: int = 3,
                   document: Document | None = None) -> list[ActorMention]:
    """All actor mentions of ``doc`` in text order, pronouns and pair descriptions resolved against
    mentions of the same and the ``window`` previous sentences (recency, agreement, and the rule that
    an object pronoun does not refer to its own clause's subject). With the ``document``, its publisher is
    context: "the President" of a presidency's own release is its president (:mod:`stancegraph.rules.publisher`);
    and its date names the holders of titles for "he", "him" and "she" ("The President of Kazakhstan informed
    ... he thanked": :mod:`stancegraph.rules.office_antecedents`), not for "his" ("gratitude to the Turkish
    leader for his assistance": a leader no post title names).

    Examples
    --------
    "NATO met. Putin spoke. He warned the alliance.": he is Putin, the alliance NATO (named before).

    >>> import spacy
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="NATO", label="NATO", kind=ActorKind.IGO),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("NATO", "NATO", "name"), ("Putin", "vladimir-putin", "alias")], [])
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "met", ".", "Putin", "spoke", ".", "He", "warned", "the", "alliance", "."],
    ...           heads=[1, 1, 1, 4, 4, 4, 7, 7, 9, 7, 7],
    ...           deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
    ...           pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
    ...           tags=["NNP", "VBD", ".", "NNP", "VBD", ".", "PRP", "VBD", "DT", "NN", "."],
    ...           lemmas=["NATO", "meet", ".", "Putin", "speak", ".", "he", "warn", "the", "alliance", "."],
    ...           ents=["B-ORG", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    >>> [(doc[m.start:m.end].text, m.actors[0].id, m.how) for m in actor_mentions(doc, registry)]
    [('NATO', 'NATO', 'name'), ('Putin', 'vladimir-putin', 'alias'), ('He', 'vladimir-putin', 'pronoun'), ('the alliance', 'NATO', 'description')]
    """
    # "The Nigerian Union of Teachers (NUT)", "President Reagan": stancegraph.rules.named_bodies, rules.titled_surnames
    named = _named(doc, registry, document)
    if document is not None:  # "the President" in a presidency's own release (stancegraph.rules.publisher)
        named = publisher_voice(doc, house_bodies(doc, house_mentions(doc, named, document, registry), document, registry), document, registry)
    taken = {i for m in named for i in range(m.start, m.end)}
    offices = office_antecedents(doc, named, registry, document.date if document is not None else None)
    by_head = {m.head: m for m in named}
    sent_starts = doc_index(doc).sent_starts
    mentions, quoted = list(named), quotations(doc)  # '"Thank you, Michel," he said': not Michel (rules.quote_sayers)
    for tok in select_any(doc, lower=PERSONAL_PRONOUNS, lemma=_referring_nouns()):  # the only tokens a branch takes
        if tok.i in taken:
            continue
        lower = tok.lower_
        if tok.pos_ == "PRON" and lower in PERSONAL_PRONOUNS and not (lower == "it" and (
                tok.dep_ in ("dobj", "pobj", "attr", "expl") or _expletive(tok))):
            # an object "it" is mostly a thing ("the West saw it as an offensive move"), not a state
            sent_index = _sentence_index(sent_starts, tok.i)
            lo = sent_starts[max(0, sent_index - window)]
            titled = offices if PERSONAL_PRONOUNS[lower] == "person" and tok.dep_ != "poss" else []  # not "his"
            earlier = not_in_said(sorted((m for m in mentions + titled if lo <= m.start < tok.i), key=lambda m: m.start), tok, quoted)
            exclude = set() if tok.dep_ == "poss" else _clause_subject_actors(tok, by_head)
            ante = _resolve(tok, earlier, PERSONAL_PRONOUNS[lower], exclude)
            if ante is not None:
                m = ActorMention(tok.i, tok.i + 1, tok.i, ante.actors, "pronoun", is_locative(tok), (ante.start, ante.end), ante.state_hint)
                mentions.append(m)
                by_head[tok.i] = m
        elif _pair_description(tok):
            sent_index = _sentence_index(sent_starts, tok.i)
            lo = sent_starts[max(0, sent_index - window)]
            want_person = tok.lemma_.lower() in lexicon().construction_words["leader_nouns"]
            want_state = tok.lemma_.lower() in lexicon().construction_words["country_nouns"]
            seen: list[Actor] = []
            for m in sorted((m for m in mentions if lo <= m.start < tok.i and not m.locative), key=lambda m: -m.start):
                for a in m.actors:
                    if not want_person and a.kind is ActorKind.PERSON:
                        # "X met his Australian counterpart Y, and the two sides agreed": the persons' states
                        a = registry.state_of(a.id) or (m.state_hint if len(m.actors) == 1 else None) or a
                    ok = (a.kind is ActorKind.PERSON) if want_person else (
                        a.kind is not ActorKind.PERSON and (a.kind is ActorKind.STATE or not want_state)
                        and (m.how != "demonym" or want_state))  # "U.S. and British warplanes ... the two countries"
                    if ok and a.id not in {s.id for s in seen}:
                        seen.append(a)
                if len(seen) == 2:
                    break
            if len(seen) == 2:
                left = min(c.i for c in tok.subtree)
                m = ActorMention(left, tok.i + 1, tok.i, tuple(reversed(seen)), "description", False)
                mentions.append(m)
                by_head[tok.i] = m
        elif _definite_description(tok) is not None:
            kinds = _definite_description(tok)
            quote = _said_quote(tok)  # ('..., the seventh package is needed," the President said': not in it)
            lo = sent_starts[max(0, _sentence_index(sent_starts, quote[0] if quote else tok.i) - window)]
            earlier = sorted((m for m in mentions if lo <= m.start < tok.i and len(m.actors) == 1 and not (quote and quote[0] <= m.start < quote[1])
                              and m.actors[0].kind in kinds and m.actors[0].registered and m.how != "description"),
                             key=lambda m: m.start)
            organ = tok.lemma_.lower() in lexicon().state_organs
            if organ:  # "The President thanked the Italian Prime Minister": not the state its own clause names
                named_here = _clause_object_actors(tok, by_head)
                earlier = [m for m in earlier if m.actors[0].id not in named_here]
            if earlier:  # "the group" -> Hezbollah, "the bloc" -> the EU, "the country" -> Nigeria
                # an organ ("the defence minister said") speaks for the state in focus: the last subject,
                # a state or the state of a person ("President Zelenskyy had a call ... The President thanked")
                subjects = [m for m in earlier if in_subject(doc[m.head])]
                if organ:
                    persons = [_person_state(m, registry) for m in mentions if lo <= m.start < tok.i and len(m.actors) == 1
                               and m.actors[0].kind is ActorKind.PERSON and in_subject(doc[m.head])]
                    subjects = sorted(subjects + [p for p in persons if p is not None and p.actors[0].id not in named_here],
                                      key=lambda m: m.start)
                ante = _in_focus(subjects, doc) if subjects and organ else earlier[-1]
                left = min(c.i for c in tok.subtree if c.i <= tok.i)
                m = ActorMention(left, tok.i + 1, tok.i, ante.actors, "description", is_locative(tok),
                                 (ante.start, ante.end), ante.state_hint)
                mentions.append(m)
                by_head[tok.i] = m
    mentions += first_person_mentions(doc, mentions, registry)  # "we" in a quotation: the speaker's state
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


_NO_ONE = ActorMention(0, 0, 0, (), "none")  # a possessive bound to a subject no actor stands for


def _person_state(m: ActorMention, registry: ActorRegistry) -> ActorMention | None:
    """The mention ``m`` of a person as a mention of their state (registry post, else the state named beside them)."""
    person = m.actors[0]
    state = registry.state_of(person.id) or m.state_hint or registry.home_state_of(person.id)
    return replace(m, actors=(state,)) if state is not None and state.kind is ActorKind.STATE else None


def _clause_object_actors(tok: Token, by_head: dict[int, ActorMention]) -> set[str]:
    """Actors in the objects of the clause whose subject is ``tok`` ("the President thanked the Italian PM")."""
    verb = tok.head
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")] + [
        g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in children_of(c) if g.dep_ == "pobj"]
    # the object's own words ("the Italian Prime Minister"), not what its phrases are about
    words = [w for o in objects for w in [o, *children_of(o)] if w.i == o.i or w.dep_ in ("compound", "amod", "poss", "appos", "nmod")]
    return {a.id for w in words if w.i in by_head for a in by_head[w.i].actors}


def _pair_description(tok: Token) -> bool:
    """'the two presidents', 'both leaders', 'both sides'."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon().pair_nouns or tok.tag_ != "NNS":
        return False
    return any(c.lower_ in ("two", "both") for c in children_of(tok)) or any(c.lower_ == "both" for c in tok.lefts)


def _resolve(tok: Token, earlier: list[ActorMention], want: str, exclude: set[str]) -> ActorMention | None:
    """The antecedent of a pronoun: the most recent mention that agrees; but a subject pronoun opening a
    new sentence continues the previous sentence's subject ("Zelensky thanked the U.S. and Biden. He also
    thanked ...": he is Zelensky), as subjects stay in focus across sentences."""
    def fits(m: ActorMention) -> bool:
        if m.locative or len(m.actors) != 1 or m.actors[0].id in exclude:
            return False
        kind = m.actors[0].kind
        if want == "person":  # ("he" is no "First Lady of Ukraine Olena Zelenska": rules.titled_gender)
            return kind is ActorKind.PERSON and not (tok.lower_ in MASCULINE_PRONOUNS and woman_by_title(tok.doc, m.start))
        return kind in (ActorKind.STATE, ActorKind.IGO, ActorKind.ORGAN, ActorKind.BLOC) and m.how != "demonym"

    candidates = [m for m in reversed(earlier) if fits(m)]
    if want == "thing" and tok.dep_ in ("nsubj", "nsubjpass"):  # a subject, or a name of its sentence (rules.subject_it)
        candidates = subject_it_candidates(tok, candidates)
    if not candidates or (want == "thing" and _thing_in_focus(tok, earlier)):
        return None
    bound = _bound_possessive(tok, candidates, earlier if want == "thing" else [])
    if bound is not None:
        return None if bound is _NO_ONE else bound
    relative = _relative_antecedent(tok)
    if relative is not None:
        # "the Taliban faction that controls Afghanistan for its support of ...": its is the faction's
        return next((m for m in candidates if relative.left_edge.i <= m.head <= relative.i), None)
    doc = tok.doc
    if tok.dep_ == "nsubj" and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her") for c in children_of(tok.head)):
        commanding = _commanding_subject(tok, candidates)
        if commanding is not None:
            return commanding
    latest_sent = sentence_at(doc, candidates[0].head).start
    if tok.dep_ in ("nsubj", "nsubjpass") and latest_sent != sentence_of(tok).start:
        subjects = [m for m in candidates if sentence_at(doc, m.head).start == latest_sent and in_subject(doc[m.head])]
        if subjects:
            return subjects[0]
    return candidates[0]


def _thing_in_focus(tok: Token, earlier: list[ActorMention]) -> bool:
    """A subject "it" after a sentence whose subject is a singular noun no actor stands for: "Therefore, the free
    world has the right to self-defense. And that is why it will help Ukraine": it is the free world."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or sentence_of(tok).start == 0:
        return False
    previous = sentence_at(tok.doc, sentence_of(tok).start - 1)
    subject = next((c for c in children_of(previous.root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ not in ("NN", "NNP"):
        return False
    return not any(subject.left_edge.i <= m.head <= subject.right_edge.i for m in earlier)


def _commanding_subject(tok: Token, candidates: list[ActorMention]) -> ActorMention | None:
    """A subject pronoun with an object pronoun in its clause ("he offered him") continues a subject of its own
    sentence before it, over nearer non-subjects, and the object takes the other person: "The Head of State noted
    that he could not know the intentions of Vladimir Putin, so he offered him a meeting": he is the Head of State,
    him Putin. (Without "him", recency decides: "grateful to Pope Francis ..., he supports Ukraine" is the Pope.)
    None if no earlier subject of the sentence agrees."""
    for m in candidates:  # nearest first
        word = tok.doc[m.head]
        if sentence_at(tok.doc, m.head).start != sentence_of(tok).start:
            return None
        if in_subject(word):
            return m
    return None


def _relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative clause describes when possessive ``tok`` is in it and its subject is the relative
    pronoun ("the faction that controls Afghanistan for its support"), else None."""
    if tok.dep_ != "poss":
        return None
    verb = tok.head
    while verb.dep_ not in ("relcl", "ROOT") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(verb)):
        return None
    return verb.head


def _bound_possessive(tok: Token, candidates: list[ActorMention], earlier: list[ActorMention]) -> ActorMention | None:
    """A possessive in the object of a clause is its subject's: "Pakistan, a key U.S. ally, ... has urged its
    citizens" (Pakistan's, not the nearer U.S.), "Russia decided to withdraw its troops", "Aliyev informed
    Putin of his meeting" (the informer's, not the nearer object's); the subject is
    inherited across "and" and control verbs. A singular subject named by its state's demonym (among ``earlier``,
    for "its") binds it too: "the Russian leadership will abandon its plans" are Russia's, not the plans of the
    state named last. None if that subject is no candidate."""
    noun = tok.head
    if tok.dep_ != "poss":
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about", "on") and noun.head.head.pos_ == "VERB":
        verb = noun.head.head  # "Aliyev informed Putin of his meeting with Pashinyan": Aliyev's meeting
    elif (told := informed_listener(tok)) is not None:
        verb = told[0]  # "Putin told Niinisto about the results of his talks with Biden": Putin's (rules.content_doers)
    else:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    # "President of Russia Vladimir Putin told ...": the name in apposition to the subject's title is the subject
    named = {subject.i} | {c.i for c in children_of(subject) if c.dep_ == "appos"}
    found = next((m for m in candidates if m.head == subject.i), None) or next((m for m in candidates if m.head in named), None)
    demonyms = {c.i for c in children_of(subject) if c.dep_ in ("amod", "compound")} if subject.tag_ == "NN" else set()
    found = found or next((m for m in reversed(earlier) if m.head in demonyms and m.how == "demonym" and len(m.actors) == 1
                           and m.actors[0].kind is ActorKind.STATE), None)
    if found is None and subject.pos_ == "NOUN":  # "the delegation outlined its proposals": the delegation's, no
        found = next((m for m in candidates if subject.left_edge.i <= m.head <= subject.right_edge.i), _NO_ONE)  # other's
    return found


def _in_focus(subjects: list[ActorMention], doc: Doc) -> ActorMention:
    """The last subject of a main clause among ``subjects`` (in order), else the last subject: "Ukrainian Foreign
    Minister Dmytro Kuleba called on states ... until Russia is stopped. The foreign minister also invited ..." is
    Kuleba's, not Russia's of the subordinate clause."""
    def main(m: ActorMention) -> bool:
        verb = phrase_head(doc[m.head]).head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"
    return next((m for m in reversed(subjects) if main(m)), subjects[-1])


def _clause_subject_actors(tok: Token, by_head: dict[int, ActorMention]) -> set[str]:
    """Actors that are subject of the pronoun's clause: 'Biden spoke with him' — him is not Biden."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    ids = set()
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass") and c.i in by_head:
            ids |= {a.id for a in by_head[c.i].actors}
    return ids



# Definite descriptions that refer back to an actor of a known kind: "the group", "the bloc", "the country".
DESCRIPTION_KINDS = {
    "group": (ActorKind.GROUP,), "movement": (ActorKind.GROUP,), "militia": (ActorKind.GROUP,),
    "organisation": (ActorKind.GROUP, ActorKind.IGO), "organization": (ActorKind.GROUP, ActorKind.IGO),
    "alliance": (ActorKind.IGO, ActorKind.BLOC), "bloc": (ActorKind.IGO, ActorKind.BLOC),
    "agency": (ActorKind.IGO,), "body": (ActorKind.IGO, ActorKind.ORGAN),
    "country": (ActorKind.STATE,), "kingdom": (ActorKind.STATE,), "island": (ActorKind.STATE,),
    "republic": (ActorKind.STATE,), "nation": (ActorKind.STATE,), "emirate": (ActorKind.STATE,),
}


@functools.lru_cache(maxsize=4)
def _referring(pair_nouns: frozenset[str], organs: frozenset[str]) -> frozenset[str]:
    return pair_nouns | organs | frozenset(DESCRIPTION_KINDS)


def _referring_nouns() -> frozenset[str]:
    """Every lemma of a pair noun or a definite description (:func:`_pair_description`, :func:`_definite_description`)."""
    return _referring(lexicon().pair_nouns, lexicon().state_organs)


def _definite_description(tok: Token) -> tuple[ActorKind, ...] | None:
    """The kinds an anaphoric "the group" / "the rebel group" / "the alliance" may refer to, or None;
    "the defence minister", "the foreign ministry" (an organ with no state named) stand for the state last
    named. Only singular nouns with "the" and no name of their own ("the Kurdish group" is another group)."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon().state_organs and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NN", "NNP") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)) and not any(
            c.dep_ in ("compound", "amod", "poss", "prep") and (c.pos_ == "PROPN" or c.ent_type_ or c.dep_ == "prep")
            for c in children_of(tok)):
        return (ActorKind.STATE,)  # "Poland has deployed soldiers, the defence minister said"
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma not in DESCRIPTION_KINDS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
        return None
    if any(c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.ent_type_) for c in children_of(tok)):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)):
        return None  # "the country of origin", "the group of seven"
    return DESCRIPTION_KINDS[tok.lemma_.lower()]


def _said_quote(tok: Token) -> tuple[int, int] | None:
    """The quotation that ``tok`` says, closed just before its clause ('..., it should be even more powerful," the
    President said'): the sayer is named before the quotation, never inside it (the quotation's "Russia" is what
    is said about, not who says it)."""
    if tok.lemma_.lower() not in lexicon().state_organs or tok.head.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    before = [q for q in quotations(tok.doc) if q[1] <= tok.i <= q[1] + 3]
    return before[-1] if before else None


def _expletive(tok: Token) -> bool:
    """A dummy "it": "it is necessary to impose sanctions", "it was stressed that ...", "it seems that"."""
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.i == tok.i:
        return False
    if head.lemma_.lower() in lexicon().construction_words["linking_verbs"] and any(c.dep_ == "ccomp" for c in children_of(head)):
        return True
    clause = any(c.dep_ in ("xcomp", "ccomp", "csubj") or (c.dep_ == "advcl" and c.tag_ == "VB") for c in children_of(head))
    predicate = head.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in children_of(head))
    return clause and (predicate or tok.dep_ == "nsubjpass")



def _named(doc: Doc, registry: ActorRegistry, document: Document | None) -> list[ActorMention]:
    """The mentions ``doc`` names: bodies by their own names, titles + surnames on the document's date and persons'
    short names linked, organs read."""
    named = titled_surnames(doc, named_bodies(doc, named_mentions(doc, registry), registry), registry,
                            document.date if document is not None else None)
    return organ_mentions(doc, link_person_names(doc, named, registry), registry)


def _sentence_index(starts: list[int], i: int) -> int:
    return max(0, bisect.bisect_right(starts, i) - 1)
