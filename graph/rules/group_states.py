"""The state of a group named by a bare common noun ("civilians", "universities", "journalists"): lent only by a
body that acts at home, else none.

CAMEO coders give an agent with no country the country of the actor that precedes it ("Egyptian police
arrested demonstrators": Egypt's). That holds for bodies inside one state (police, courts, a legislature,
rebels, an opposition: :data:`stancegraph.rules.lent_states.LENDING_SECTORS`), not for a military, a
government or a foreign firm, which act abroad as often as at home: "Russian troops bombed universities" in a
Ukrainian release are Ukraine's universities, "Russian troops are deliberately killing civilians" Ukraine's
civilians, yet the demonym "Russian" belongs to the troops. Read on the press releases, the victims' state was
never the troops' own; it is the publisher's only in the victim's own releases (the Kremlin's "Ukrainian
nationalists shell civilians" are no Russian civilians either). So such a group keeps its sector and no
state (:func:`stateless_group`: "civilians", "education"), which a reader can trust, rather than a state
read off another noun.

>>> from stancegraph.model import ActorKind
>>> military = Actor(id="x-rus-mil", label="military (Russia)", kind=ActorKind.ORGAN, part_of="RUS", sector="MIL")
>>> police = Actor(id="x-egy-cop", label="police (Egypt)", kind=ActorKind.ORGAN, part_of="EGY", sector="COP")
>>> lends_to_objects(military, "CVL"), lends_to_objects(police, "CVL"), lends_to_objects(military, "OPP")
(False, True, True)
>>> stateless_group("CVL").label, stateless_group("EDU").id
('civilians', 'x-any-edu')

A body of several states ("the parliaments of the member states", "the governments of EU countries") is no body
of the one state its sentence places elsewhere (:func:`of_many_states`): "called on the parliaments of the member
states to recognize Russia's crimes in Ukraine" addressed no Ukrainian parliament.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import SECTORS, STATE_SECTORS
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.lent_states import lends_state
from stancegraph.rules.doc_index import children_of

__all__ = ["DOMESTIC_SECTORS", "lends_to_objects", "of_many_states", "stateless_group"]

#: Sectors that are some state's own whoever acts on them: a political opposition opposes the government of the
#: state whose actor bans, arrests or threatens it ("President Museveni threatened to arrest opposition leaders").
DOMESTIC_SECTORS = frozenset({"OPP"})


def lends_to_objects(subject: Actor, sector: str) -> bool:
    """``subject`` (a sector actor with a state) gives its state to a bare group noun of ``sector`` it acts on:
    an opposition always; other groups only when ``subject`` is a body that acts at home."""
    return sector in DOMESTIC_SECTORS or lends_state(subject)


def stateless_group(sector: str) -> Actor | None:
    """The group of ``sector`` whose state the text does not say ("civilians"), or None for a state's own sector
    (a military or a police is some state's organ, never a free-floating group)."""
    if sector in STATE_SECTORS or sector not in SECTORS:
        return None
    return Actor(id=f"x-any-{sector.lower()}", label=SECTORS[sector].lower(), kind=ActorKind.GROUP, sector=sector)


def of_many_states(noun: Token) -> bool:
    """``noun`` ("parliaments") has an of-phrase naming states in the plural: "of the member states", "of EU countries".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["parliaments", "of", "the", "member", "states"], heads=[0, 0, 4, 4, 1],
    ...           deps=["ROOT", "prep", "det", "compound", "pobj"], lemmas=["parliament", "of", "the", "member", "state"])
    >>> of_many_states(doc[0])
    True
    """
    words = lexicon().construction_words["state_plurals"]
    return any(g.dep_ == "pobj" and g.lower_ in words for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("of", "from")
               for g in children_of(c))
