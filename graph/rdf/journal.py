"""How a store change is made atomic: staged graphs, a journal, and one SPARQL Update that commits.

A change (``build --store``, ``remove``) first writes each new graph under a *staging* name
(``stancegraph:graph/staging/<hash>``), which no query, export or document listing sees. Before the
first staging write, a journal in the graph ``stancegraph:graph/state`` records that a change is
pending and which staging graphs it writes. Then one SPARQL Update request commits everything:
old documents out of the union and dropped, staged graphs moved to their names, the union updated,
mention counts recounted, the vocabulary graph rebuilt and the journal dropped. Oxigraph (embedded or
served) applies one update request in one transaction, so a stop at any moment leaves the old or
the new store. A later change that finds a journal drops the staging graphs it names and rebuilds
the derived graphs (union, counts, vocabulary) from the document graphs: that also repairs a server
that applies update requests piece by piece.

>>> staging_name("https://w3id.org/stancegraph/document/0123456789abcdef").startswith(STAGING)
True
"""
from __future__ import annotations

import hashlib

from stancegraph.kb.vocab import BASE, DOCUMENT, SG

__all__ = ["STATE_GRAPH", "STAGING", "PENDING", "STAGED", "BUILDS_GRAPH", "BUILD_KEY", "staging_name", "begin_text",
           "journal_query", "build_keys_query", "build_keys_text",
           "drop_document_text", "union_insert_text", "recount_text", "vocabulary_text", "finish_text", "repair_text"]

STATE_GRAPH = BASE + "graph/state"
"""The journal: present only while a change is in progress (or after a stopped one)."""
STAGING = BASE + "graph/staging/"
"""Prefix of the graphs a change writes before it commits."""
PENDING = BASE + "store#pendingChange"
STAGED = BASE + "store#stagedGraph"
BUILDS_GRAPH = BASE + "graph/builds"
"""The build key of each stored document (:mod:`stancegraph.run.resume`): what ``build --store`` need not parse."""
BUILD_KEY = BASE + "store#buildKey"
_OLD_TEXTS_GRAPH = BASE + "graph/canonical"
"""Where stancegraph once kept each graph as an N-Triples literal: dropped at a store's next change."""


def staging_name(name: str) -> str:
    """The staging graph of the graph ``name`` (a fixed name: a re-run overwrites its own leftovers)."""
    return STAGING + hashlib.sha256(name.encode("utf-8")).hexdigest()[:32]


def begin_text(staged: list[str]) -> str:
    """The journal entry written before the first staging write."""
    state = f"<{STATE_GRAPH}>"
    lines = [f"{state} <{PENDING}> true ."] + [f"{state} <{STAGED}> <{s}> ." for s in staged]
    return f"INSERT DATA {{ GRAPH {state} {{\n" + "\n".join(lines) + "\n} }"


def journal_query() -> str:
    """SELECT ?p ?o: the journal's entries (none when no change was stopped)."""
    return f"SELECT ?p ?o WHERE {{ GRAPH <{STATE_GRAPH}> {{ <{STATE_GRAPH}> ?p ?o }} }}"


def drop_document_text(g: str, union: str) -> str:
    """Drop document graph ``g`` (``<iri>``): the union loses the triples no other document graph holds."""
    return (f"DELETE {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h != {g} && STRSTARTS(STR(?h), \"{DOCUMENT}\")) }} }} ;\n"
            f"DROP SILENT GRAPH {g}")


def union_insert_text(graphs: list[str], union: str) -> str:
    """Add the triples of the document graphs ``graphs`` (``<iri>`` each) to the union."""
    return f"INSERT {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?g {{ {' '.join(graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}"


def recount_text(union: str) -> str:
    """Set every graph's ``sg:mentionCount`` of a statement to its distinct mentions in the union."""
    return (f"DELETE {{ GRAPH ?g {{ ?s <{SG.mentionCount}> ?old }} }}\n"
            f"INSERT {{ GRAPH ?g {{ ?s <{SG.mentionCount}> ?n }} }}\n"
            f"WHERE {{ {{ SELECT ?s (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH {union} {{ ?s <{SG.hasMention}> ?m }} }} "
            f"GROUP BY ?s }} GRAPH ?g {{ ?s <{SG.mentionCount}> ?old }} FILTER (?old != ?n) }}")


def vocabulary_text(vocab: str, union: str, support: list[str]) -> str:
    """Rebuild the vocabulary graph: the support graphs' triples that the union does not hold."""
    return (f"DROP SILENT GRAPH {vocab} ;\n"
            f"INSERT {{ GRAPH {vocab} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?v {{ {' '.join(support)} }} "
            f"GRAPH ?v {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH {union} {{ ?s ?p ?o }} }} }}")


def finish_text() -> str:
    """The last operations of every commit: the journal (and an old version's literal copies) dropped."""
    return f"DROP SILENT GRAPH <{STATE_GRAPH}> ;\nDROP SILENT GRAPH <{_OLD_TEXTS_GRAPH}>"


def repair_text(staged: list[str], union: str) -> str:
    """After a stopped change: drop its staging graphs and rebuild the union from the document graphs."""
    drops = [f"DROP SILENT GRAPH <{s}>" for s in staged if s.startswith(STAGING)]
    rebuild = (f"DROP SILENT GRAPH {union} ;\nINSERT {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
               f"FILTER (STRSTARTS(STR(?g), \"{DOCUMENT}\")) }}")
    return " ;\n".join([*drops, rebuild])


def build_keys_query() -> str:
    """SELECT ?d ?k: each document's build key."""
    return f"SELECT ?d ?k WHERE {{ GRAPH <{BUILDS_GRAPH}> {{ ?d <{BUILD_KEY}> ?k }} }}"


def build_keys_text(keys: dict[str, str], forget: list[str]) -> list[str]:
    """Operations that set the build keys ``keys`` (``<iri>`` -> hex key) and forget those of ``forget``.

    >>> build_keys_text({}, [])
    []
    """
    names = sorted({*keys, *forget})
    if not names:
        return []
    ops = [f"DELETE {{ GRAPH <{BUILDS_GRAPH}> {{ ?d <{BUILD_KEY}> ?k }} }} WHERE {{ VALUES ?d {{ {' '.join(names)} }} "
           f"GRAPH <{BUILDS_GRAPH}> {{ ?d <{BUILD_KEY}> ?k }} }}"]
    if keys:
        lines = "\n".join(f'{d} <{BUILD_KEY}> "{k}" .' for d, k in sorted(keys.items()) if k.isalnum())
        ops.append(f"INSERT DATA {{ GRAPH <{BUILDS_GRAPH}> {{\n{lines}\n}} }}")
    return ops
