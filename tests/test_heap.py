"""stancegraph.nlp.heap.settle: live objects leave the collector's passes; no garbage is kept for good."""
import gc
import weakref

from stancegraph.nlp.heap import settle


class _Node:
    """An object in a reference cycle: freed by the cyclic collector only, never by its reference count."""

    def __init__(self):
        self.me = self


def test_settle_collects_garbage_then_freezes_what_lives():
    garbage = _Node()
    dead = weakref.ref(garbage)
    del garbage  # (a cycle: still there until a collection)
    live = _Node()
    frozen = settle()
    assert dead() is None
    # (not equal: a frozen object may die by its reference count meanwhile, e.g. in a thread another test left)
    assert 0 < gc.get_freeze_count() <= frozen
    assert not any(o is live for o in gc.get_objects())  # alive, in the permanent generation: not in the three


def test_an_object_dropped_after_settle_is_collected_by_the_next():
    kept = _Node()
    settle()
    gone = weakref.ref(kept)
    del kept
    gc.collect()
    assert gone() is not None  # frozen: the collector skips it (this is the point: the pipeline is never walked)
    settle()
    assert gone() is None  # the next settle returns the frozen objects to the collector first


def test_objects_made_after_settle_are_collected_as_usual():
    settle()
    made = _Node()
    gone = weakref.ref(made)
    del made
    gc.collect()
    assert gone() is None


def test_make_nlp_leaves_the_loaded_pipeline_out_of_the_collectors_passes(nlp):
    """(the session pipeline, made by make_nlp: frozen, and frozen again by every later make_nlp)"""
    assert not any(o is nlp for o in gc.get_objects())
