"""stancegraph: news about international politics -> an actor-stance knowledge graph (RDF).

The front door (:mod:`stancegraph.api`): ``build_graph`` (texts, paths or Documents -> statements, RDF,
networkx), ``load`` (the spaCy pipeline with ``doc._.statements``), ``read_documents``, ``query`` and ``draw``.
They are imported on first use, so ``import stancegraph`` stays light (no spaCy) for the data classes.

>>> import stancegraph
>>> result = stancegraph.build_graph("Russia accused NATO of provoking the crisis.")
>>> [(s.speaker.actor.id, s.type) for s in result.statements]
[('RUS', 'DISAPPROVE')]
"""
if __name__ != "stancegraph":
    raise ImportError("use 'import stancegraph', not 'import graph'")

import importlib
import logging

from stancegraph.errors import InputError, ModelNotInstalled, OutputError, StanceGraphError, UnknownQuery
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Role, Span, Statement, Status

# name -> module of the front door's names, imported on first use (they pull in spaCy, rdflib, networkx)
_LAZY = {"build_graph": "stancegraph.api", "load": "stancegraph.api", "read_documents": "stancegraph.api",
         "query": "stancegraph.api", "draw": "stancegraph.api", "BuildResult": "stancegraph.run.build",
         "write_build": "stancegraph.run.build"}

__all__ = ["build_graph", "load", "read_documents", "query", "draw", "BuildResult", "write_build",
           "Actor", "ActorKind", "ActorRef", "Document", "Role", "Span", "Statement", "Status",
           "StanceGraphError", "InputError", "ModelNotInstalled", "OutputError", "UnknownQuery"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # the next access is a plain attribute
        return value
    raise AttributeError(f"module 'stancegraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
