"""Commands that read articles: build, extract, coverage.

Each command imports its part of the library when it runs: ``stancegraph --help`` and the light commands
would otherwise wait some 3 s for spaCy, rdflib and the rest to load.

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(build, ["no-such-article.txt"])
>>> result.exit_code, result.output.split(";")[0]
(1, 'Error: no such file or folder: no-such-article.txt')
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

import click

from stancegraph.cli.common import (
    Skipped, data_options, date_option, documents, fail, keep_going_option, many, model_option, progress_documents,
    scale_options, server_options, user_data,
)
from stancegraph.errors import StanceGraphError
from stancegraph.rules.confidence import DEFAULT_MIN_CONFIDENCE

__all__ = ["build", "extract", "coverage"]


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--output", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.trig, statements.jsonl, diagram.png and explorer.html  [default: out, none with --store]")
@click.option("--no-diagram", is_flag=True, help="Do not draw diagram.png.")
@click.option("--no-explorer", is_flag=True, help="Do not write explorer.html.")
@click.option("--corrections", default=None, type=click.Path(dir_okay=False),
              help="JSONL of a reader's marks (the explorer's download): drop wrong statements, apply fixes.")
@model_option
@date_option
@click.option("--store", default=None, metavar="PATH|URL",
              help="Also add the documents to a graph store (Oxigraph folder, created if missing, or SPARQL server URL): "
                   "new ones added, changed ones replaced, unchanged ones left alone; without -o, documents "
                   "stored already are not parsed again.")
@server_options
@scale_options
@data_options
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Extract on a Dask cluster (needs the dask extra); the graph is the same as a local build's.")
@click.option("--stream", is_flag=True,
              help="Write statements and RDF shards as documents finish, then merge: flat memory on large corpora "
                   "(same files; no diagram.png - draw it with stancegraph draw).")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Leave out statements whose confidence is below this (0 keeps all; the default was chosen on "
                   "the PLOVER dev half: precision up, little recall lost).")
@keep_going_option
def build(inputs, out_dir, no_diagram, no_explorer, corrections, model, pub_date, store, prefilter, workers,
          lexicon_files, actor_files, scheduler, stream, min_confidence, keep_going):
    """Build the graph of INPUTS (.txt, .html, .jsonl, folders, - for stdin) into a folder.

    \b
    Example:
        stancegraph build examples/cgtn-russia-us-ukraine-2022-01.txt -o out/
    """
    import matplotlib

    matplotlib.use("Agg")  # diagram.png is drawn off-screen

    from stancegraph.explore.corrections import read_corrections
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.rdf.store import open_store
    from stancegraph.run.build import build_graph, prepare_folder, write_build
    from stancegraph.run.corrected import correct_build
    from stancegraph.run.distributed import check_scheduler

    if stream and corrections:
        raise click.UsageError("--stream writes statements as they come: build without it to apply --corrections")
    if stream and store:
        raise click.UsageError("--stream writes files only: give -o FOLDER and no --store "
                               "(load out/graph.trig into the store afterwards)")
    try:
        out = Path(out_dir) if out_dir else (None if store else Path("out"))
        if out is not None:
            prepare_folder(out)
        graph_store = open_store(store, create=True) if store else None  # before the slow part: fails at once
        if scheduler:
            check_scheduler(scheduler)  # connecting is the first thing the build does
        registry = user_data(lexicon_files, actor_files)
        marks = read_corrections(corrections) if corrections else None  # before the slow part: fails at once
        # --store without -o: documents already stored by the same extractor are not parsed again (run.resume);
        # the model is loaded only if a document needs parsing
        store_only = graph_store is not None and out is None and marks is None
        nlp = make_nlp(model, registry) if workers == 1 and not scheduler and not store_only else None
        skipped = Skipped(many(inputs), keep_going)
        docs = progress_documents(documents(inputs, pub_date, skipped), many(inputs), inputs)
        options = dict(prefilter=prefilter, workers=workers, scheduler=scheduler, model=model, registry=registry,
                       min_confidence=min_confidence)
        if stream:
            return build_streaming(docs, nlp, out, skipped, inputs, **options)
        if store_only:
            return build_store(docs, graph_store, skipped, inputs, [*lexicon_files, *actor_files], **options)
        result = build_graph(docs, nlp, on_error=skipped, **options)
        if not result.documents:
            raise skipped.nothing_read(inputs)
        skipped.flush()
        if marks is not None:
            result = correct_build(result, marks, registry=registry)
            click.echo(result.report.summary(), err=True)
        if out is not None:
            write_build(result, out, diagram=not no_diagram, explorer=not no_explorer)
        if graph_store is not None:
            with graph_store:
                report = graph_store.add(result.quads)
            click.echo(f"store {store}: {report.summary()}", err=True)
    except StanceGraphError as exc:
        raise fail(exc) from None
    where = f" -> {out}/" if out is not None else ""
    click.echo(f"{len(result.documents)} document(s), {len(result.statements)} statement(s){where}", err=True)
    skipped.finish()


def build_streaming(docs, nlp, out, skipped, inputs, **options) -> None:
    """build --stream: statements and RDF shards written as documents finish (stancegraph.run.shards)."""
    from stancegraph.run.build import extract_documents
    from stancegraph.run.shards import build_streaming as write_streaming

    counts = write_streaming(extract_documents(docs, nlp, on_error=skipped, **options), out,
                             on_empty=lambda: skipped.nothing_read(inputs))
    skipped.flush()
    click.echo(f"{counts.documents} document(s), {counts.statements} statement(s) -> {out}/ "
               f"(streamed; draw the diagram with: stancegraph draw {out}/graph.ttl)", err=True)
    skipped.finish()


def build_store(docs, graph_store, skipped, inputs, data_files, **options) -> None:
    """build --store without -o: documents stored already are skipped, the rest committed in batches
    (stancegraph.run.resume), so a stopped build resumes where it was."""
    from stancegraph.run.resume import build_into_store

    with graph_store:
        done = build_into_store(docs, graph_store, data_files=data_files, on_error=skipped, **options)
    if not done.parsed and not done.known:
        raise skipped.nothing_read(inputs)
    skipped.flush()
    again = f" ({done.known} stored already, not parsed again)" if done.known else ""
    click.echo(f"store {graph_store.location}: {done.report.summary()}{again}", err=True)
    click.echo(f"{done.parsed} document(s) parsed, {done.statements} statement(s)", err=True)
    skipped.finish()


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default="-", type=click.Path(allow_dash=True), help="File to write (default: stdout).")
@model_option
@date_option
@scale_options
@data_options
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Leave out statements whose confidence is below this (0 keeps all; the default was chosen on "
                   "the PLOVER dev half: precision up, little recall lost).")
@keep_going_option
def extract(inputs, fmt, output, model, pub_date, prefilter, workers, lexicon_files, actor_files, min_confidence,
            keep_going):
    """Print the statements of INPUTS as JSONL or CSV (no graph).

    \b
    Example:
        stancegraph extract article.txt --format jsonl > statements.jsonl
    """
    from stancegraph.atomic import atomic_open
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.run.build import extract_documents
    from stancegraph.run.outputs import write_statements

    try:
        registry = user_data(lexicon_files, actor_files)
        nlp = make_nlp(model, registry) if workers == 1 else None  # else each worker loads it
        skipped = Skipped(many(inputs), keep_going)
        docs = progress_documents(documents(inputs, pub_date, skipped), many(inputs) and output != "-", inputs)
        found_by_document = extract_documents(docs, nlp, on_error=skipped, prefilter=prefilter, workers=workers,
                                              model=model, registry=registry, min_confidence=min_confidence)
        first = next(found_by_document, None)  # before any output: no document read = an error, no empty file
        if first is None:
            raise skipped.nothing_read(inputs)
        statements = (st for _, found in itertools.chain([first], found_by_document) for st in found)
        if output == "-":
            write_statements(statements, sys.stdout, format=fmt)
        else:
            with atomic_open(output, newline="") as f:
                write_statements(statements, f, format=fmt)
    except StanceGraphError as exc:
        raise fail(exc) from None
    skipped.finish()


@click.command()
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
    from stancegraph.analysis.coverage import uncovered_cues
    from stancegraph.kb.registry import ActorRegistry
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.read.clean import masked_text

    try:
        nlp = make_nlp(model)
        docs = progress_documents(documents(inputs, pub_date), many(inputs), inputs)
        report = uncovered_cues(nlp.pipe((masked_text(d) for d in docs), batch_size=16), ActorRegistry.load())
    except StanceGraphError as exc:
        raise fail(exc) from None
    click.echo(f"{report.sentences} sentence(s) with actors")
    for kind, counter in (("verb", report.verbs), ("noun", report.nouns)):
        click.echo(f"\nunmapped {kind}s (count, lemma, example):")
        for lemma, n in counter.most_common(top):
            click.echo(f"  {n:5}  {lemma:18} {report.examples[(kind, lemma)][:110]}")
