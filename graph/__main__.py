"""python -m stancegraph"""
from stancegraph.cli import cli

cli()
