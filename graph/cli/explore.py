"""The explore command: one self-contained HTML page to browse a built graph and mark its statements.

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(explore, ["no-such-graph.ttl"])
>>> result.exit_code, result.output.split(";")[0]
(1, 'Error: no-such-graph.ttl: no such file')
"""
from __future__ import annotations

import click

from stancegraph.cli.common import STORE_KEY, fail, graph_input
from stancegraph.errors import StanceGraphError

__all__ = ["explore"]


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@click.option("-o", "--output", default="explorer.html", show_default=True, type=click.Path(),
              help="HTML file to write (opens offline in any browser).")
@click.option("--title", default=None, help="Page title  [default: the graph's file name]")
@click.option("--store", default=None, metavar="PATH|URL", expose_value=False,
              callback=lambda ctx, _p, v: ctx.meta.__setitem__(STORE_KEY, v),
              help="Read the documents of a graph store (Oxigraph folder or SPARQL server URL) instead of GRAPH.")
def explore(graph, output, title):
    """Write an interactive explorer of GRAPH: filters, actor network, timeline, statements with their sentences.

    Readers mark statements right or wrong (or fix type, speaker, target) and download the marks as JSONL,
    which stancegraph evaluate --gold and stancegraph build --corrections read.

    \b
    Example:
        stancegraph explore out/graph.trig -o explorer.html
        stancegraph explore --store graphdb/ -o explorer.html
    """
    from stancegraph.explore.page import write_explorer

    try:
        source = graph_input(graph, "explore")
        write_explorer(source, output, title=title or f"stancegraph explorer: {graph or 'store'}")
    except StanceGraphError as exc:
        raise fail(exc) from None
    click.echo(f"wrote {output}", err=True)
