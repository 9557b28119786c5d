"""Commands on graph files and stores: validate, convert, remove (imports lazy, as in cli.build).

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(validate, [])
>>> result.exit_code, result.output.splitlines()[-1]
(2, 'Error: give a GRAPH file (e.g. out/graph.ttl) or --store PATH|URL')
"""
from __future__ import annotations

import click

from stancegraph.cli.common import existing, fail, graph_source, rdf_input, server_options, store_option
from stancegraph.errors import StanceGraphError

__all__ = ["validate", "convert", "remove"]


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@store_option
def validate(graph, store):
    """Check GRAPH against the stancegraph SHACL shapes; exit 1 on violations.

    \b
    Example:
        stancegraph validate out/graph.ttl
    """
    from stancegraph.rdf.validate import validate as run_validation

    graph_source(graph, store, "validate")
    try:
        conforms, violations = run_validation(rdf_input(graph, store))
    except StanceGraphError as exc:
        raise fail(exc) from None
    for v in violations:
        click.echo(v)
    if not conforms:
        raise click.ClickException(f"{graph or store}: {len(violations)} violation(s) of the stancegraph shapes")
    click.echo(f"{graph or store}: conforms to the stancegraph shapes", err=True)


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@store_option
@click.option("-o", "--output", required=True, type=click.Path(),
              help="File to write; the syntax is chosen by its suffix: .ttl .trig .nt .nq .jsonld .rdf")
def convert(graph, store, output):
    """Write GRAPH (or a --store's documents) in another RDF syntax: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML.

    TriG, N-Quads and JSON-LD keep one named graph per document; the others hold their union.

    \b
    Example:
        stancegraph convert out/graph.trig -o graph.jsonld
        stancegraph convert --store stores/news -o news.ttl
    """
    from stancegraph.rdf.io import write_rdf
    from stancegraph.rdf.store import open_store

    graph_source(graph, store, "convert")
    try:
        if store:
            with open_store(store) as st:
                count = write_rdf(st, output)
        else:
            count = write_rdf(existing(graph), output)
    except StanceGraphError as exc:
        raise fail(exc) from None
    click.echo(f"wrote {output} ({count} statements)", err=True)


@click.command()
@click.option("--store", required=True, metavar="PATH|URL", help="The graph store (Oxigraph folder or SPARQL server URL).")
@server_options
@click.argument("documents", nargs=-1, required=True)
def remove(store, documents):
    """Remove DOCUMENTS (identifier, 16-hex hash or IRI) from a graph store; mention counts are recomputed.

    \b
    Example:
        stancegraph remove --store stores/news cgtn-russia-us-ukraine-2022-01
    """
    from stancegraph.rdf.store import open_store

    try:
        with open_store(store) as st:
            for doc in documents:
                report = st.remove(doc)
                click.echo(f"removed {', '.join(report.removed)}", err=True)
    except StanceGraphError as exc:
        raise fail(exc) from None
