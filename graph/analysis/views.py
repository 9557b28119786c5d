"""networkx views of a built stancegraph RDF graph: actor graph, signed graph, actor x concept, projections, windows.

Every view is built from one :class:`StatementTable` (one row per ``sg:Statement``, read with a few
flat SPARQL queries) and accepts either an rdflib graph or such a table, so a sequence of views
(:func:`time_windows`) reads the RDF only once. How statements are dated, how agreement (support /
oppose) follows from the code book and how weights add up is defined in :mod:`stancegraph.analysis.table`.

This module gathers the public names of the modules that do the work:

- :mod:`~stancegraph.rdf.io`: :func:`load_graph` (an RDF file -> rdflib graph, the one RDF loader)
- :mod:`~stancegraph.analysis.table`: :func:`statement_table`, :func:`agreement_of`
  (read by :mod:`~stancegraph.analysis.table_reader`, filtered by :mod:`~stancegraph.analysis.filters`)
- :mod:`~stancegraph.analysis.actor_graph`: :func:`actor_graph`, :func:`signed_graph`
- :mod:`~stancegraph.analysis.projections`: :func:`affiliation_graph`, :func:`congruence_graph`, :data:`VIEWS`
- :mod:`~stancegraph.analysis.windows`: :func:`time_windows`
- :mod:`~stancegraph.analysis.ego`: :func:`ego_graph`, :func:`find_actor`

>>> sorted(VIEWS)
['actors', 'congruence', 'issues', 'signed']
"""
from __future__ import annotations

from stancegraph.analysis.actor_graph import actor_graph, signed_graph
from stancegraph.analysis.ego import ego_graph, find_actor
from stancegraph.analysis.projections import NORMALIZATIONS, RELATIONS, VIEWS, affiliation_graph, congruence_graph
from stancegraph.rdf.io import load_graph  # noqa: F401  (re-exported: the views' input)
from stancegraph.analysis.table import AGREEMENT, StatementTable, agreement_of, statement_table
from stancegraph.analysis.table_reader import ACTOR_KINDS
from stancegraph.analysis.windows import Window, time_windows

__all__ = [
    "load_graph", "statement_table", "StatementTable", "actor_graph", "signed_graph", "affiliation_graph",
    "congruence_graph", "time_windows", "Window", "ego_graph", "find_actor", "agreement_of",
    "ACTOR_KINDS", "AGREEMENT", "NORMALIZATIONS", "RELATIONS", "VIEWS",
]
