"""The interactive explorer: a self-contained HTML page of a built graph, and the corrections its readers make.

>>> from rdflib import Graph
>>> explorer_html(Graph()).startswith("<!DOCTYPE html>")
True
"""
from stancegraph.explore.corrections import (
    Correction, apply_corrections, read_corrections, review_quads, CorrectionReport,
)
from stancegraph.explore.data import explorer_data
from stancegraph.explore.page import explorer_html, write_explorer

__all__ = ["explorer_data", "explorer_html", "write_explorer", "Correction", "CorrectionReport", "read_corrections",
           "apply_corrections", "review_quads"]
