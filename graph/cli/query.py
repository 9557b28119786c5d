"""Commands that ask a built graph: query, queries, explain, actor, evaluate (imports as in cli.build: lazy)."""
from __future__ import annotations

import csv
import json
import os
import re
import sys

import click

from stancegraph.cli.common import existing, fail, graph_source, store_option
from stancegraph.errors import InputError, StanceGraphError

__all__ = ["query", "queries", "explain", "actor", "evaluate", "print_rows", "cell", "printable"]


@click.command()
@click.argument("graph", type=click.Path(), required=False)
@click.argument("query", required=False)
@store_option
@click.option("--sparql", help="SPARQL text to run instead of a named query or .rq file.")
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (actors by label, alias, ISO3 or Wikidata id).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--max-rows", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Print at most N rows (a line on stderr says when the query had more).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Stop waiting for the result after SECONDS (a server store: per HTTP attempt).")
@click.option("--list", is_flag=True, expose_value=False, is_eager=True, callback=lambda ctx, _p, v: list_queries(ctx, v),
              help="List the packaged queries (name and what each answers) and exit.")
def query(graph, query, store, sparql, param, fmt, max_rows, timeout):
    """Run a named query (see --list), a .rq file or --sparql on GRAPH.

    \b
    Example:
        stancegraph query out/graph.ttl who-did-what-to-whom
        stancegraph query out/graph.ttl statements-of-actor -p actor=Russia
        stancegraph query --store http://127.0.0.1:7878 who-did-what-to-whom
    """
    from stancegraph.kb.resources import query_names
    from stancegraph.rdf.query import run_query
    from stancegraph.rdf.sparql import RowLimit
    from stancegraph.rdf.store import open_store

    if store and graph and not query and not sparql:
        graph, query = None, graph  # query --store URL NAME: the one argument is the query
    if not (query or sparql):
        raise click.UsageError(f"give a query name ({', '.join(query_names())}), a .rq file or --sparql")
    graph_source(graph, store, "query")
    if graph in query_names() and query and os.path.exists(query) and not os.path.exists(graph):
        raise click.UsageError(f"GRAPH comes first, then the query: stancegraph query {query} {graph}")
    try:
        params = dict(split_param(p) for p in param)
        limits = {"as_text": True, "max_rows": max_rows, "timeout": timeout}
        if store:
            with open_store(store) as st:
                names, rows = run_query(st, sparql or query, **limits, **params)
        else:
            names, rows = run_query(existing(graph), sparql or query, **limits, **params)
    except StanceGraphError as exc:
        raise fail(exc) from None
    print_rows(names, [[cell(v, short=fmt == "table") for v in row] for row in rows], fmt)
    if not rows and not store:  # 0 rows: say so if the file is no stancegraph graph at all
        from stancegraph.cli.common import rdf_input

        rdf_input(graph, None)
    if isinstance(rows, RowLimit):
        click.echo(f"Warning: the query has more than {rows.limit} rows; printed the first {rows.limit} "
                   "(raise the limit with --max-rows N, or add LIMIT/ORDER BY to the query)", err=True)


def list_queries(ctx: click.Context, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    echo_queries()
    ctx.exit()


def echo_queries() -> None:
    from stancegraph.kb.resources import query_names, query_summary

    for name in query_names():
        click.echo(f"{name:26} {query_summary(name)}")


def split_param(text: str) -> tuple[str, str]:
    """``--param NAME=VALUE`` as ``(NAME, VALUE)``.

    >>> split_param("actor=Russia")
    ('actor', 'Russia')
    """
    if "=" not in text:
        raise InputError(f"--param {text!r} is not NAME=VALUE; e.g. --param actor=Russia")
    name, value = text.split("=", 1)
    return name.strip(), value


def cell(value, *, short: bool = False) -> str:
    """A result term as text; in tables, IRIs are shortened to prefixed names (actor:RUS)."""
    from stancegraph.kb.vocab import PREFIXES

    if value is None:
        return ""
    text = str(value)
    if short:
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(ns) and "/" not in text[len(ns):]:
                return f"{prefix}:{text[len(ns):]}"
    return text


_CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    r"""``text`` for a terminal: C0 and C1 control characters (but tab) and DEL as ``\\xNN``, so an
    escape sequence in news text (``ESC[31m``) is shown, never obeyed.

    >>> printable("a\x1b[31mb\x9bc")
    'a\\x1b[31mb\\x9bc'
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def print_rows(names, rows, fmt) -> None:
    out = sys.stdout
    if fmt == "json":
        out.write(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt in ("csv", "tsv"):
        w = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
    else:
        names = [printable(n) for n in names]
        rows = [[printable(" ".join(c.split())) for c in r] for r in rows]
        widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]

        def line(cells):
            return "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths)).rstrip()

        out.write(line(names) + "\n" + line(["-" * w for w in widths]) + "\n")
        for r in rows:
            out.write(line(r) + "\n")
        click.echo(f"{len(rows)} row(s)", err=True)


@click.command()
def queries():
    """List the packaged SPARQL queries and what each answers (same as query --list).

    \b
    Example:
        stancegraph queries
    """
    echo_queries()


@click.command()
@click.argument("graph", type=click.Path())
@click.argument("statement")
def explain(graph, statement):
    """Show how STATEMENT (IRI, st:HASH or HASH) of GRAPH was read: sentences, cues, rules, parse paths.

    \b
    Example:
        stancegraph explain out/graph.ttl st:f8ace5eccb2356df
    """
    from stancegraph.rdf.io import load_graph
    from stancegraph.rdf.explain import explain_statement, format_explanation

    try:
        info = explain_statement(load_graph(existing(graph)), statement)
    except StanceGraphError as exc:
        raise fail(exc) from None
    click.echo(format_explanation(info))


@click.command()
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
        raise fail(exc) from None
    for a, how in found:
        click.echo(f"{a.id}\t{a.label}\t{a.kind.value}\t{a.iso3 or ''}\t{a.wikidata or ''}\t({how})")


@click.command()
@click.option("--gold", required=True, type=click.Path(), help="Gold JSONL (seed items or events records).")
@click.argument("statements", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", is_flag=True, help="List misses and false positives grouped by error class instead.")
@click.option("--level", type=click.Choice(["strict", "lenient", "actors"]), default="lenient", show_default=True,
              help="With --errors: the level an item must reach to count as found.")
def evaluate(gold, statements, fmt, errors, level):
    """Score exported STATEMENTS (JSONL) against a gold file: strict, lenient and actors-only P/R/F1.

    \b
    Example:
        stancegraph evaluate --gold gold.jsonl statements.jsonl
        stancegraph evaluate --errors --gold gold.jsonl statements.jsonl
    """
    from stancegraph.analysis.error_classes import error_classes, format_errors
    from stancegraph.analysis.evaluate import evaluate as run_evaluation, format_report

    try:
        if errors:
            result = error_classes(read_jsonl(gold), read_jsonl(statements), level=level)
        else:
            result = run_evaluation(read_jsonl(gold), read_jsonl(statements))
    except StanceGraphError as exc:
        raise fail(exc) from None
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, default=str))
    else:
        click.echo(format_errors(result) if errors else format_report(result))


def read_jsonl(path: str) -> list[dict]:
    stream = sys.stdin if path == "-" else None
    if stream is None:
        existing(path, "check the path (a JSONL file, e.g. out/statements.jsonl from stancegraph build)")
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
