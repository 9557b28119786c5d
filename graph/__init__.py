"""stancegraph: news about international politics -> an actor-stance knowledge graph (RDF)."""
if __name__ != "stancegraph":
    raise ImportError("use 'import stancegraph', not 'import graph'")

import logging

from stancegraph.model import Actor, ActorKind, ActorRef, Document, Role, Span, Statement, Status

__all__ = ["Actor", "ActorKind", "ActorRef", "Document", "Role", "Span", "Statement", "Status"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
