"""Ethnic groups named by a demonym ("ethnic Albanians", "ethnic Turks"): a people, not the state of that name.

"Serb forces killed three ethnic Albanians in southeastern Serbia" is no act against Albania. The mention
becomes a group of its own ("ethnic Albanians"); like other unregistered groups it is then coded to the
state the sentence places it in (:func:`stancegraph.rules.actors.named_mentions`), as country-level event
coding does; when the sentence names no place, to the state of the people's name ("Kosovo police arrested
ethnic Serbs near the border": Serbs).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.model import Actor, ActorKind
from stancegraph.rules.doc_index import children_of, doc_index

__all__ = ["ethnic_groups"]

_ETHNIC = frozenset({"ethnic"})


def ethnic_groups(doc: Doc, mentions: list) -> list:
    """``mentions`` (:class:`~stancegraph.rules.actors.ActorMention`) with each demonym modified by "ethnic" made an unregistered group of that people.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.actors import ActorMention
    >>> albania = Actor(id="ALB", label="Albania", kind=ActorKind.STATE, iso3="ALB")
    >>> doc = Doc(spacy.blank("en").vocab, words=["three", "ethnic", "Albanians"], heads=[2, 2, 2],
    ...           deps=["nummod", "amod", "ROOT"], pos=["NUM", "ADJ", "PROPN"])
    >>> [m] = ethnic_groups(doc, [ActorMention(2, 3, 2, (albania,), "demonym")])
    >>> m.actors[0].label, m.actors[0].kind.value, m.actors[0].registered, doc[m.start:m.end].text, m.state_hint.id
    ('ethnic Albanians', 'group', False, 'ethnic Albanians', 'ALB')
    """
    mentions = _resident_peoples(doc, mentions)
    out = []
    for m in mentions:
        tok = doc[m.head]
        ethnic = [c for c in children_of(tok) if c.dep_ == "amod" and c.lower_ in _ETHNIC]
        if m.how != "demonym" or len(m.actors) != 1 or m.actors[0].kind is not ActorKind.STATE or not ethnic:
            out.append(m)
            continue
        people = doc_index(doc).span_text(m.start, m.end)
        actor = Actor(id=f"x-ethnic-{people.lower().replace(' ', '-')}", label=f"ethnic {people}",
                      kind=ActorKind.GROUP, registered=False)
        out.append(replace(m, start=min(m.start, ethnic[0].i), actors=(actor,), how="group", state_hint=m.actors[0]))
    return out


def _resident_peoples(doc: Doc, mentions: list) -> list:
    """A people named by a plural demonym that another state's demonym or name modifies ("Bosnian Serbs", "Iraqi
    Kurds") is a group living in that other state, as country-level event coding reads it: "Bosnian Serbs
    demanded a truce" is no act of Serbia. The modifier is then part of the group's mention.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.actors import ActorMention
    >>> bosnia = Actor(id="BIH", label="Bosnia and Herzegovina", kind=ActorKind.STATE, iso3="BIH")
    >>> serbia = Actor(id="SRB", label="Serbia", kind=ActorKind.STATE, iso3="SRB")
    >>> doc = Doc(spacy.blank("en").vocab, words=["Bosnian", "Serbs", "demanded", "a", "truce"], heads=[1, 2, 2, 4, 2],
    ...           deps=["amod", "nsubj", "ROOT", "det", "dobj"], pos=["ADJ", "PROPN", "VERB", "DET", "NOUN"],
    ...           tags=["JJ", "NNPS", "VBD", "DT", "NN"])
    >>> [m] = _resident_peoples(doc, [ActorMention(0, 1, 0, (bosnia,), "demonym"), ActorMention(1, 2, 1, (serbia,), "demonym")])
    >>> m.actors[0].label, m.actors[0].kind.value, (m.start, m.end), m.state_hint.id
    ('Bosnian Serbs', 'group', (0, 2), 'BIH')
    """
    by_token = {m.head: m for m in mentions if len(m.actors) == 1 and m.actors[0].kind is ActorKind.STATE}
    absorbed: set[int] = set()
    out = []
    for m in mentions:
        tok = doc[m.head]
        home = next((by_token[c.i] for c in children_of(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i
                     and c.i in by_token and by_token[c.i].how in ("demonym", "name", "alias")), None)
        if (m.how != "demonym" or tok.tag_ not in ("NNPS", "NNS") or m.head not in by_token or home is None
                or home.actors[0].id == m.actors[0].id):
            out.append(m)
            continue
        people = f"{doc_index(doc).span_text(home.start, home.end)} {doc_index(doc).span_text(m.start, m.end)}"
        actor = Actor(id=f"x-people-{people.lower().replace(' ', '-')}", label=people, kind=ActorKind.GROUP, registered=False)
        out.append(replace(m, start=min(m.start, home.start), actors=(actor,), how="group", state_hint=home.actors[0]))
        absorbed.add(home.head)
    return [m for m in out if m.head not in absorbed]
