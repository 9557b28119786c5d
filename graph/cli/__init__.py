"""The stancegraph command line (click): the only code that prints. One module per group of commands:

- :mod:`stancegraph.cli.build`: build, extract, coverage (articles in);
- :mod:`stancegraph.cli.query`: query, queries, explain, actor, evaluate;
- :mod:`stancegraph.cli.analysis`: draw, analyze, export;
- :mod:`stancegraph.cli.store`: validate, convert, remove;
- :mod:`stancegraph.cli.explore`: explore (the HTML explorer);
- :mod:`stancegraph.cli.common`: shared options, inputs, and our errors as one ``Error:`` line.

>>> from click.testing import CliRunner
>>> sorted(cli.commands)[:4]
['actor', 'analyze', 'build', 'convert']
>>> CliRunner().invoke(cli, ["actor", "Russia"]).output.split()[:2]
['RUS', 'Russia']
"""
from __future__ import annotations

import click

from stancegraph.cli.analysis import analyze, draw, export
from stancegraph.cli.build import build, coverage, extract
from stancegraph.cli.explore import explore
from stancegraph.cli.common import one_line_warnings
from stancegraph.cli.query import actor, evaluate, explain, queries, query
from stancegraph.cli.store import convert, remove, validate

__all__ = ["cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="stancegraph")
def cli():
    """Turn news about international politics into an actor-stance knowledge graph.

    \b
    Example:
        stancegraph build examples/cgtn-russia-us-ukraine-2022-01.txt -o out/
    """
    from stancegraph.progress import enable

    enable()  # progress bars on stderr, shown only when it is a terminal
    one_line_warnings()


for _command in (build, extract, coverage, query, queries, explain, actor, evaluate, draw, analyze, export, validate,
                 convert, remove, explore):
    cli.add_command(_command)
