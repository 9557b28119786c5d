"""The other participant of an event when the syntax names none (pure, over the parse): guesses in order of
reliability, each marked by its rule (``+nearest``) and a lower confidence."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.places import contested
from stancegraph.model import ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.addressees import names_own_partner, speaks_to_listener
from stancegraph.rules.beneficiaries import fought_for
from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.discussed import topic_tokens
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.eventtype import violence_type
from stancegraph.rules.guess_limits import opposed, source_or_standard, voice_of
from stancegraph.rules.discourse import ADDRESSED_TYPES
from stancegraph.rules.participants import MATERIAL_CONFLICT
from stancegraph.rules.syntax import SUBJECTS, clause_verb, is_passive
from stancegraph.rules.withstood import withstander
from stancegraph.rules.doc_index import children_of, doc_index, sentence_of

__all__ = ["fallback_targets"]

_ABOUT = frozenset({"about", "concerning", "regarding", "regard", "respect"})


def fallback_targets(sent: SpacySpan, cue: Cue, cond: Token | None, ctx: Context, exclude: set[str],
                      speaker_m: ActorMention | None = None) -> list[ActorMention]:
    """The other participant when the syntax names none, in order of reliability: the subject of a
    condition ("... threat of a heavy price if it attacks Ukraine"); an actor in the subject of the
    clause the cue's phrase completes ("progress on issues for Moscow has been met with U.S.
    opposition"); for violence, the state where it happens ("aggression in Ukraine"); else the
    nearest actor in the cue's own clause. Never the subject of a verb above the cue (the reporter
    in "..., South Korea's military said") and never inside the condition.

    Examples
    --------
    "Russia warned of consequences if Ukraine attacks": no object names a target; the condition's subject does.

    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Russia", "warned", "of", "consequences", "if", "Ukraine", "attacks"], [1, 1, 1, 2, 6, 6, 1],
    ...               ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl"], ["PROPN", "VERB", "ADP", "NOUN", "SCONJ", "PROPN", "VERB"],
    ...               ["Russia", "warn", "of", "consequence", "if", "Ukraine", "attack"], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    >>> from stancegraph.rules.syntax import condition_clause
    >>> doc = ctx.doc
    >>> [m.actors[0].id for m in fallback_targets(doc[:], verb_cue(doc[1]), condition_clause(doc[1]), ctx, {"RUS"})]
    ['UKR']
    """
    # violence, withdrawals ("withdrew its troops from the Kherson region") and aid ("arrived in Turkey to
    # help") are placed by where they happen
    violent = cue.type in MATERIAL_CONFLICT or cue.type in ("RETREAT", "AID")

    def ok(m: ActorMention, *, allow_locative: bool = False, force: bool = violent) -> bool:
        return _guessable(m, exclude, force, allow_locative)

    if cond is not None and not _cooperative(cue.type):
        # "warned of consequences if Ukraine attacks" aims at Ukraine; "promised united action if Russia
        # invades" is no agreement with Russia: only a conflictual act is aimed at its condition's subject
        for s in children_of(cond):
            if s.dep_ in ("nsubj", "nsubjpass"):
                cands = [m for m in ctx.index.of_phrase(s) if ok(m)]
                if cands:
                    return cands[:1]
    drawn = _drawn_by(cue, ctx) or (withstander(cue, ctx) if cue.type in MATERIAL_CONFLICT else [])
    if drawn or _personal_party(cue):  # (a party named by "us" or "the previous speakers": no name to guess)
        return [m for m in drawn if ok(m)][:1]
    ancestors = list(cue.head.ancestors)
    reporters = {c.i for a in ancestors if a.lemma_.lower() in lexicon().reporting_verbs
                 for c in children_of(a) if c.dep_ in SUBJECTS for c in c.subtree}
    clause = clause_verb(cue.head)
    if cue.kind == "noun" and cue.head.dep_ == "pobj" and clause.pos_ == "VERB" and is_passive(clause):
        for c in children_of(clause):  # "... have been met with firm U.S. opposition"
            if c.dep_ == "nsubjpass":
                cands = [m for m in ctx.index.within(c) if ok(m)]
                if cands:
                    return cands[:1]
    root = sentence_of(cue.head).root
    # never a name inside the speaker's own phrase ("supporters of Imran Khan attacked ...")
    own_phrase = set(range(ctx.doc[speaker_m.head].left_edge.i, ctx.doc[speaker_m.head].right_edge.i + 1)) if (
        speaker_m is not None and speaker_m.how in ("group", "name", "alias", "minted", "demonym")) else set()
    if _completes_governing_act(cue):
        # "Biden called Erdogan to offer his condolences": the one the governing act was aimed at
        for c in children_of(cue.head.head):
            if c.dep_ in ("dobj", "dative"):
                aimed = [m for m in ctx.index.of_phrase(c) if ok(m)]
                if aimed:
                    return aimed[:1]
    if root.lemma_.lower() not in lexicon().reporting_verbs and not _in_subject(cue.head, root):  # (not the speaker's
        for c in children_of(root):  # own subject: "A member of the Syrian parliament ... started a hunger strike")
            if c.dep_ in SUBJECTS and not (speaker_m is not None and c.left_edge.i <= speaker_m.head <= c.right_edge.i):
                cands = [m for m in ctx.index.within(c) if ok(m) and m.head not in own_phrase and not voice_of(m, cue, root)]
                if cands:
                    return [] if _bystander(cands[0], cue, root, ctx) else cands[:1]
    scope = clause if clause.pos_ in ("VERB", "AUX") else cue.head
    lo, hi = scope.left_edge.i, scope.right_edge.i
    # clauses with a subject of their own are other events ("..., while Washington sees it as an ally"), so are descriptions
    other = {t.i for c in children_of(scope) if c.dep_ in ("advcl", "conj", "parataxis")
             and any(g.dep_ in SUBJECTS for g in children_of(c)) for t in c.subtree} | _descriptions(scope, ctx)
    placed = violent or _measure_in_place(cue)
    near = [m for m in ctx.index.mentions if lo <= m.head <= hi and m.head not in reporters and m.head not in other
            and m.head not in own_phrase and ok(m, allow_locative=placed, force=False) and not _of_other_event(m, cue, ctx)
            and not source_or_standard(ctx.doc[m.head]) and not (cond is not None and cond.left_edge.i <= m.head <= cond.right_edge.i)]
    in_clause = [m for m in near if ok(m, allow_locative=placed)]
    if cue.type in ADDRESSED_TYPES and ctx.discourse.counterpart_of(exclude, ctx.sentence, spoken=True) is not None:
        # "made no commitments on limiting NATO expansion": an actor that only qualifies the issue is no
        # addressee when the discourse names one (the counterpart is then taken by the caller)
        in_clause = [m for m in in_clause if not _issue_modifier(m, ctx)]
    if (against := _protested(near, cue, clause, ctx)) or violent and _unnamed_enemy(cue):
        return against  # (none when the fight's other side is unnamed)
    if violent:  # "shelled residential areas in Kharkiv": the state where it happened
        located = [m for m in in_clause if m.locative] + [
            p for p in ctx.index.places if lo <= p.head <= hi and p.head not in other and p.head not in own_phrase
            and not ({a.id for a in p.actors} & exclude)]
        if cue.type not in MATERIAL_CONFLICT:  # aid to "residents of the Donetsk and Lugansk republics" goes to no state
            located = [m for m in located if not contested(doc_index(ctx.doc).span_text(m.start, m.end))]  # by its place alone
        if located:
            return _own_place(located, cue) or located[:1]
    deployment = _deployment(cue)
    placed = [m for m in ctx.index.mentions if m.locative and m.head in deployment and ok(m, allow_locative=True)]
    if placed:  # "refused to deploy peacekeepers in Iraq": the state the troops would be sent to
        return placed[:1]
    if cue.kind == "noun" or (cue.kind == "verb" and any(c.dep_ == "dobj" for c in children_of(cue.head))):
        return []  # the participants are in the phrase itself ("the militia"); the nearest name is a guess too far
    return _nearest(in_clause, cue, clause, ctx)




def _unnamed_enemy(cue: Cue) -> bool:
    """Whether the fight's other side is a group of people no registry names ("fighting international terrorists
    in Syria": they are whom it is aimed at, so the place where it happens is not), the words name only whom
    it is for ("fighting for the Fatherland, for our people": the enemy is left unsaid), or the war is internal
    ("the end of the Russian Civil War in Sevastopol": no war on the place where it ended)."""
    lex = lexicon()
    if cue.kind == "noun":
        return any(c.dep_ in ("amod", "compound") and c.lower_ in lex.words("internal_conflict_modifiers") for c in children_of(cue.head))
    groups = lex.combatant_nouns | lex.insurgent_nouns | lex.words("fought_group_nouns")
    # (a fight's: "withdrew its troops from the Kherson region" names the withdrawer's own forces, placed by the place)
    return cue.kind == "verb" and cue.type in MATERIAL_CONFLICT and any(c.dep_ == "dobj" and {c.lower_, c.lemma_.lower()} & groups
                                                                     and not any(p.dep_ == "poss" for p in children_of(c))
                                                                     or (c.dep_ == "prep" and fought_for(c)) for c in children_of(cue.head))


_PERSONAL = frozenset({"i", "me", "we", "us", "you"})


def _personal_party(cue: Cue) -> bool:
    """The act's other side is a first- or second-person pronoun the reading could not resolve ("Ukraine proactively
    imposed sanctions on us even before the West") or people no registry names ("I will agree with the previous
    speakers"): it is named, so no other name nearby is guessed."""
    heads, people = [cue.head] + ([cue.noun] if cue.noun is not None else []), lexicon().words("unnamed_party_nouns")
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "to", "with", "at") and any(
        p.dep_ == "pobj" and (p.lower_ in _PERSONAL or p.lemma_.lower() in people) for p in children_of(c))
        for h in heads for c in children_of(h))


def _named_doer(tok: Token, verb: Token) -> bool:
    """``tok`` heads the object of a "by" phrase of ``verb`` (or of a "by" joined to one): "killed not by us and not by
    the representatives of these republics" (not a place inside it: "shelling by Russian troops in Ukraine")."""
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    by = tok.head
    return tok.dep_ == "pobj" and by.lower_ == "by" and (by.head.i == verb.i or by.head.lower_ == "by")


def _own_place(located: list[ActorMention], cue: Cue) -> list[ActorMention]:
    """The place nearest a violent noun inside its own phrase: "Russia's annexation attempts and illegal occupation
    of the territories of Georgia, its aggression in the east of Ukraine": Ukraine, not the first place of the
    clause."""
    if cue.kind != "noun":
        return []
    own = [m for m in located if cue.head.left_edge.i <= m.head <= cue.head.right_edge.i and m.head != cue.head.i]
    return sorted(own, key=lambda m: abs(m.head - cue.head.i))[:1]


def _descriptions(scope: Token, ctx: Context) -> set[int]:
    """The tokens of the relative clauses under ``scope`` that describe a named actor: "promised to assist in
    organizing a meeting between Olena Zelenska and Queen Mathilde of Belgium, who is an active UN ambassador for
    mental health": the UN is no party of the promise."""
    index = doc_index(scope.doc)
    # (the relative clauses are found on the dependency column within the subtree's edges, not by walking it:
    # the scope is often the sentence's root)
    relcls = [index.tokens[i] for i in range(scope.left_edge.i, scope.right_edge.i + 1) if index.dep[i] == "relcl"]
    return {t.i for r in relcls if r.head.i in ctx.index.by_token and (r.i == scope.i or scope.is_ancestor(r)) for t in r.subtree}


def _in_subject(head: Token, root: Token) -> bool:
    """The cue at ``head`` is (in) a subject of the sentence's root: it completes no clause, and the root's other
    subjects are its fellows ("Russia's war against Ukraine and ... Russia's aggression against all the rules of
    life in Europe have had dire consequences": Ukraine is the war's, not the aggression's)."""
    return any(c.dep_ in SUBJECTS and c.left_edge.i <= head.i <= c.right_edge.i for c in children_of(root))


def _completes_governing_act(cue: Cue) -> bool:
    """The cue's clause completes the verb above it with no subject of its own ("called Erdogan to offer his
    condolences"); a clause with its own subject is another event ("expelled IAEA inspectors after U.S.
    officials alleged that ...")."""
    return (cue.head.dep_ in ("advcl", "xcomp") and cue.head.head.pos_ == "VERB"
            and not any(c.dep_ in SUBJECTS for c in children_of(cue.head)))


def _bystander(m: ActorMention, cue: Cue, root: Token, ctx: Context) -> bool:
    """A state or body that is itself the sentence's subject is no one a conflict noun is aimed at unless its verb says
    it withstands the conflict (lexicon ``withstanding_verbs``: "Ukraine is fighting against Russian aggression"): "The
    United Kingdom stands shoulder to shoulder with Ukraine in the face of ongoing Russian aggression", "Since the
    beginning of the Russian aggression, the Republic of Lithuania has sheltered 50,000 Ukrainians". A name that only
    qualifies the subject stays the place it happened: "every Ukrainian city affected by the Russian invasion"."""
    return (cue.kind == "noun" and cue.type in MATERIAL_CONFLICT and ctx.doc[m.head].dep_ in SUBJECTS
            and root.lemma_.lower() not in lexicon().words("withstanding_verbs"))


def _measure_in_place(cue: Cue) -> bool:
    """A measure lifted or suspended in a state is lifted or suspended for it: "lifted a night curfew in
    Montenegro", "suspended deliveries in Iraq" (the nearest guess keeps only names in the cue's own phrase)."""
    return cue.kind == "light" and cue.type in ("CONCEDE", "SANCTION")


def _guessable(m: ActorMention, exclude: set[str], force: bool, allow_locative: bool) -> bool:
    """May ``m`` be a guessed participant: a known actor not excluded; for force, no person or organisation
    named nearby; a place only where allowed (a state named as the place of violence)."""
    if {a.id for a in m.actors} & exclude or not all(a.registered for a in m.actors):
        return False  # a guessed participant must at least be a known actor
    if force and any(a.kind in (ActorKind.PERSON, ActorKind.IGO, ActorKind.BLOC, ActorKind.ORGAN) for a in m.actors):
        return False  # a person or an organisation named nearby is no guessed target of force
    return not m.locative or (allow_locative and m.how in ("name", "alias") and m.actors[0].kind is ActorKind.STATE)


def _protested(in_clause: list[ActorMention], cue: Cue, clause: Token, ctx: Context) -> list[ActorMention]:
    """Whom a protest is against, not where it is: "blocked streets in Hong Kong in defiance of Chinese
    authorities", "Demonstrators in Baghdad blocked a road to show their disapproval for the United States'
    policies" (the nearest actor that is no place; empty if there is none)."""
    if cue.kind != "verb" or violence_type(cue, cue.head, {cue.head.i: cue}) != "PROTEST":
        return []
    return _nearest([m for m in in_clause if not m.locative], cue, clause, ctx)


def _deployment(cue: Cue) -> set[int]:
    """The tokens of a deployment the cue's act is about ("refused to deploy peacekeepers in Iraq",
    "agreed to send troops to Mali"), empty if there is none."""
    if cue.kind != "verb":
        return set()
    return {t.i for c in children_of(cue.head) if c.dep_ == "xcomp"
            and c.lemma_.lower() in lexicon().construction_words["deploying_verbs"] for t in c.subtree}


def _drawn_by(cue: Cue, ctx: Context) -> list[ActorMention]:
    """The doer of the act that drew a reaction: "Myanmar's military declared a state of emergency,
    prompting condemnation from Washington" (Washington condemns Myanmar); the subject of the clause the
    participle hangs on."""
    noun = cue.noun or cue.head
    verb = noun.head
    while noun.dep_ == "conj" and verb.pos_ == "NOUN":  # "condemnation from X and calls from Y"
        noun, verb = verb, verb.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().drawing_verbs or verb.dep_ not in ("advcl", "conj"):
        return []
    act = verb.head
    subject = next((c for c in children_of(act) if c.dep_ in SUBJECTS), None)
    while subject is None and act.dep_ == "conj" and act.head.i != act.i:
        act = act.head  # "detained X and declared ..., prompting"
        subject = next((c for c in children_of(act) if c.dep_ in SUBJECTS), None)
    return ctx.index.of_phrase(subject) if subject is not None else []


# Acts aimed at the doer of the act they are about: "concern over attacks by Russia" is concern at Russia.
_ABOUT_ANOTHER_ACT = frozenset({"DISAPPROVE", "REJECT", "THREATEN", "DEMAND", "APPEAL", "SANCTION"})


def _of_other_event(m: ActorMention, cue: Cue, ctx: Context) -> bool:
    """The actor is the doer of another event noun of the sentence, and so no guessed participant of
    ``cue`` ("..., prompting condemnation from Washington": Washington condemns, it is no target of the
    emergency declared; "a meeting on repelling the aggression of the Russian Federation" is no meeting
    with Russia). Acts about another act keep its doer: "concern over attacks by Russia". Whom a fight is for
    is none of its sides either ("Ukraine is fighting for us"), nor is a doer of the act in its own "by" phrase."""
    tok = ctx.doc[m.head]
    if any(a.dep_ == "prep" and a.head.i == cue.head.i and cue.type in MATERIAL_CONFLICT and fought_for(a) for a in tok.ancestors):
        return True
    if cue.kind == "verb" and _named_doer(tok, cue.head):
        return True  # "They were killed not by us ... but by the current Kiev authorities": a doer named or denied
    if cue.type in _ABOUT_ANOTHER_ACT:
        return False
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by", "of"):
        noun = tok.head.head
        if tok.head.lower_ == "of" and noun_type(noun) not in MATERIAL_CONFLICT:
            return False  # "the aggression of X" is X's; "the support of X" may be for X
        return noun.i != cue.head.i and noun.pos_ == "NOUN" and noun_type(noun) is not None and (
            cue.noun is None or noun.i != cue.noun.i)
    return False


def _cooperative(type_: str) -> bool:
    """A cooperative event type (verbal or material cooperation in the code book)."""
    return getattr(load_codebook().get(type_), "quad", "").endswith("coop")


def _addressed(m: ActorMention, top: Token, ctx: Context) -> bool:
    """The mention is inside a "with"/"to" phrase of ``top``'s: "spoke with representatives of the US Congress"."""
    return any(a.dep_ == "prep" and a.lower_ in ("with", "to") for a in ctx.doc[m.head].ancestors
               if top.left_edge.i <= a.i <= top.right_edge.i)


def _nearest(in_clause: list[ActorMention], cue: Cue, clause: Token, ctx: Context) -> list[ActorMention]:
    """The last guess, the nearest name, kept only where the evidence is strong."""
    # the nearest name is kept only inside the cue's own phrase ("lifted a curfew in Montenegro"), not
    # anywhere in its clause ("Pakistan, a key U.S. ally, has refused to deploy"): a guess needs evidence
    own = cue.head if cue.kind != "noun" else clause
    if cue.kind in ("verb", "phrasal") and names_own_partner(cue.head, ctx.index) or (
            cue.type in ADDRESSED_TYPES and speaks_to_listener(cue.head)):
        return []  # "Speaking with the media following the meeting with Nauseda": the media, not Lithuania;
        # "I am asking for your permission to raise the flag of the Russian Federation": the listener, not Russia
    if own.dep_ == "acl":  # "Ukrainian cities destroyed by the Russian army": the noun it describes
        own = own.head
    in_clause = [m for m in in_clause if own.left_edge.i <= m.head <= own.right_edge.i and m.head not in
                 {t.i for c in children_of(own) if c.dep_ in SUBJECTS for t in c.subtree}
                 and not (_cooperative(cue.type) and _issue_modifier(m, ctx) and not _addressed(m, own, ctx))]
    # "made no such commitments ... with regard to Ukraine": what the act is about is no participant
    in_clause = [m for m in in_clause if not any(a.lower_ in _ABOUT for a in ctx.doc[m.head].ancestors
                                                 if own.left_edge.i <= a.i <= own.right_edge.i)
                 and not (_cooperative(cue.type) and (_buried(ctx.doc[m.head], own) or opposed(ctx.doc[m.head], own)))]
    topic = topic_tokens(cue)  # "agreeing on sanctions against Russia": what is agreed on is no partner
    in_clause = [m for m in in_clause if m.head not in topic and not _relative_subject(ctx.doc[m.head], own)]
    in_clause.sort(key=lambda m: abs(m.head - cue.head.i))
    return in_clause[:1]


def _relative_subject(tok: Token, own: Token) -> bool:
    """``tok`` is the subject of a relative clause below ``own``, another event: "It will also help avoid a protracted
    war, for which Russia has already prepared" (Russia prepares; the help is not aimed at it)."""
    return tok.dep_ in SUBJECTS and tok.head.dep_ == "relcl" and tok.head.i != own.i and any(
        a.i == own.i for a in tok.head.ancestors)


def _issue_modifier(m: ActorMention, ctx: Context) -> bool:
    """The actor only qualifies a thing the act is about ("limiting NATO expansion", "Ukraine's
    sovereignty"): it is part of the issue, not a participant. The actor of an event noun ("over
    Russia's invasion") and a group named by its state ("Russian troops") stay participants."""
    tok = ctx.doc[m.head]
    if tok.dep_ not in ("compound", "poss", "amod", "nmod"):
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun_type(noun) is not None:
        return False
    return m not in ctx.index.of_phrase(noun)


def _buried(tok: Token, own: Token) -> bool:
    """``tok`` lies deep inside what the act is about, not beside the act: three phrases down ("agreeing on the
    package | of sanctions | against Russia", "gratitude for facilitating the evacuation of citizens from
    Ukraine"), or the doer of a conflict the act is about ("informed about the needs of the army to counter
    Russian aggression"): Russia and Ukraine are no partners of these acts, where "lifted a curfew in
    Montenegro" is one phrase down and "gratitude for the assistance provided by the United States" two. Read
    for cooperation only: a protest reaches deep for whom it is against ("in protest against violations by X")."""
    if tok.dep_ in ("amod", "poss", "compound") and tok.head.i != own.i and noun_type(tok.head) in MATERIAL_CONFLICT:
        return True  # "informed about the needs of the army to counter Russian aggression": Russia's own act
    preps = 0
    while tok.i != own.i and tok.head.i != tok.i:
        preps += tok.dep_ == "prep"
        tok = tok.head
    return preps > 2
