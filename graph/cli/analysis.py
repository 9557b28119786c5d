"""Commands that read a built graph into networks and pictures: draw, analyze, export (imports lazy, as in cli.build).

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(analyze, ["no-such-graph.ttl"])
>>> result.exit_code, result.output.split(";")[0]
(1, 'Error: no-such-graph.ttl: no such file')
"""
from __future__ import annotations

import json

import click

from stancegraph.cli.common import analysis_options, fail, graph_input
from stancegraph.errors import StanceGraphError

__all__ = ["draw", "analyze", "export", "ANALYSIS_ERRORS"]

# stancegraph.analysis raises StanceGraphError subclasses for bad user input; anything else is a bug and keeps
# its traceback, as in every command.
ANALYSIS_ERRORS = (StanceGraphError,)


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@click.option("-o", "--output", default="diagram.png", show_default=True, type=click.Path(),
              help="Image file: .png, .svg or .pdf.")
@click.option("--view", type=click.Choice(["actors", "issues", "timeline", "ego", "windows"]), default="actors",
              show_default=True, help="Relationship diagram, actor x issue agreement, statements per dyad over "
              "time, one actor's ego network, or small multiples per time window.")
@click.option("--actor", default=None, help="The ego of --view ego: label, id (RUS) or IRI.")
@click.option("--concept", type=click.Choice(["issue", "target"]), default="issue", show_default=True,
              help="For --view issues: what actors agree or disagree with.")
@click.option("--window", "size", default=None, type=click.IntRange(min=1),
              help="For --view windows: window length in days (default: a day, week, fortnight, month ... "
              "whichever gives at most 12 panels over the documents' dates).")
@click.option("--step", "step_days", default=None, type=click.IntRange(min=1), help="For --view windows: days between window starts "
              "(default: the window length).")
@click.option("--title", default=None, help="Diagram title.")
@analysis_options
def draw(graph, output, view, actor, concept, size, step_days, title, roll_up, start, end):
    """Draw a diagram of GRAPH (PNG, SVG or PDF by the suffix of -o).

    \b
    Example:
        stancegraph draw out/graph.ttl -o diagram.png
        stancegraph draw out/graph.ttl --view ego --actor Russia -o russia.svg
        stancegraph draw out/graph.trig --view windows --window 7 --from 2021-12-01 -o weeks.png
    """
    import matplotlib

    matplotlib.use("Agg")  # drawn off-screen
    import matplotlib.pyplot as plt

    from stancegraph.analysis.plot import draw_view, save_figure
    from stancegraph.progress import steps

    try:
        with steps(["reading the graph", f"drawing {view}", f"saving {output}"], desc="draw") as step:
            step("reading the graph")
            source = graph_input(graph, "draw")
            step(f"drawing {view}")
            fig = draw_view(source, view, actor=actor, start=start, end=end, roll_up=roll_up,
                            title=title, concept=concept, size=size, step=step_days)
            step(f"saving {output}")
            save_figure(fig, output)
        plt.close(fig)
    except ANALYSIS_ERRORS as exc:
        raise fail(exc) from None
    click.echo(f"wrote {output}", err=True)


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="How many central actors to list.")
@click.option("--period", type=click.Choice(["week", "month"]), default="month", show_default=True,
              help="Period of the cooperation-conflict balance over time.")
@analysis_options
def analyze(graph, fmt, top, period, roll_up, start, end):
    """Report who is central, reciprocity, structural balance and polarisation of GRAPH.

    \b
    Example:
        stancegraph analyze out/graph.ttl
        stancegraph analyze out/graph.trig --roll-up --format json > report.json
    """
    from stancegraph.analysis.metrics import analyze as run_analysis, format_report

    try:
        report = run_analysis(graph_input(graph, "analyze"), roll_up=roll_up, start=start, end=end, top=top, period=period)
    except ANALYSIS_ERRORS as exc:
        raise fail(exc) from None
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report), nl=False)


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "dna", "plover"]), required=True,
              help="graphml/gexf (Gephi), csv (nodes.csv + edges.csv in a folder), dna (statement table, CSV), "
              "plover (event records, JSON Lines).")
@click.option("-o", "--output", required=True, type=click.Path(), help="File to write; a folder for --format csv.")
@click.option("--view", type=click.Choice(["actors", "signed", "issues", "congruence"]), default="actors",
              show_default=True, help="For graphml, gexf and csv: which network.")
@analysis_options
def export(graph, fmt, output, view, roll_up, start, end):
    """Export a network of GRAPH for Gephi or pandas/R, or its statements for DNA or PLOVER tools.

    \b
    Example:
        stancegraph export out/graph.ttl --format gexf -o actors.gexf
        stancegraph export out/graph.ttl --format csv --view issues -o issues/
        stancegraph export out/graph.ttl --format plover -o events.jsonl
    """
    from stancegraph.analysis.networks import export as run_export

    try:
        written = run_export(graph_input(graph, "export"), fmt, output, view=view, roll_up=roll_up, start=start, end=end)
    except ANALYSIS_ERRORS as exc:
        raise fail(exc) from None
    click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)
