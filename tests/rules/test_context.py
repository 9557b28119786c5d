"""stancegraph.rules.context: whom a mention stands for on a day (posts, the state named beside a person) and
which side an actor is on."""
import datetime as dt

from stancegraph.model import Span
from stancegraph.rules.context import actor_ref, own_side

from .docs import context, parse

STOLTENBERG = """
    0  Stoltenberg  _     PROPN  NNP  1  nsubj  B-PERSON
    1  warned       warn  VERB   VBD  1  ROOT
    2  Russia       _     PROPN  NNP  1  dobj   B-GPE
    3  .            _     PUNCT  .    1  punct
"""


def ref_of(listing, registry, word, day, published=dt.date(2022, 1, 20)):
    doc = parse(listing, registry)
    ctx = context(doc, registry, published=published)
    m = next(m for m in ctx.index.mentions if doc[m.start:m.end].text == word)
    return actor_ref(m, m.actors[0], day, ctx)


def test_context_actor_ref_carries_the_words_and_the_post_on_the_day(registry):
    ref = ref_of(STOLTENBERG, registry, "Stoltenberg", dt.date(2022, 1, 20))
    assert (ref.actor.id, ref.state.id, ref.mention) == ("jens-stoltenberg", "NATO", Span(text="Stoltenberg", start=0, end=11))


def test_context_actor_ref_after_the_post_is_the_home_state(registry):
    assert ref_of(STOLTENBERG, registry, "Stoltenberg", dt.date(2025, 1, 1)).state.id == "NOR"


def test_context_actor_ref_without_a_date_uses_the_publication_date(registry):
    assert ref_of(STOLTENBERG, registry, "Stoltenberg", None).state.id == "NATO"
    assert ref_of(STOLTENBERG, registry, "Stoltenberg", None, published=dt.date(2025, 1, 1)).state.id == "NOR"


def test_context_actor_ref_of_an_unknown_person_is_the_state_named_beside_them(registry):
    ref = ref_of("""
    0  Russian    russian   ADJ    JJ   2  amod      B-NORP
    1  activist   _         NOUN   NN   3  compound
    2  Ivan       _         PROPN  NNP  3  compound  B-PERSON
    3  Petrov     _         PROPN  NNP  4  nsubj     I-PERSON
    4  protested  protest   VERB   VBD  4  ROOT
    5  .          _         PUNCT  .    4  punct
    """, registry, "Ivan Petrov", None)
    assert (ref.actor.id, ref.actor.registered, ref.state.id) == ("x-ivan-petrov", False, "RUS")


def test_context_actor_ref_of_a_state_has_no_state(registry):
    ref = ref_of(STOLTENBERG, registry, "Russia", None)
    assert (ref.actor.id, ref.state) == ("RUS", None)


def test_context_own_side(registry):
    doc = parse(STOLTENBERG, registry)
    ctx = context(doc, registry)
    day = dt.date(2022, 1, 20)
    assert own_side(registry.get("vladimir-putin"), day, ctx) == {"vladimir-putin", "RUS"}
    assert own_side(registry.get("jens-stoltenberg"), day, ctx) == {"jens-stoltenberg", "NATO"}
    assert own_side(registry.get("hezbollah"), day, ctx) == {"hezbollah"}  # a group does not act for its state
    assert own_side(registry.get("RUS"), day, ctx) == {"RUS"}
