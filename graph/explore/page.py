"""The explorer page: one self-contained HTML file (template, CSS, JavaScript, Cytoscape.js and the data inlined).

Nothing is fetched when the page is viewed: the vendored Cytoscape.js (``vendor/``, see its README) and the
page's own script and style are copied into the file, and a Content-Security-Policy forbids any connection.
"""
from __future__ import annotations

import html
import json
import os
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

from rdflib import Graph

from stancegraph.analysis.table import StatementTable
from stancegraph.atomic import atomic_write
from stancegraph.explore.data import explorer_data

__all__ = ["explorer_html", "write_explorer", "embed_json", "CYTOSCAPE_VERSION"]

CYTOSCAPE_VERSION = "3.35.0"
"""The vendored Cytoscape.js (graph/explore/vendor/cytoscape.min.js); see vendor/README.md to update it."""

_MARKER = re.compile(r"\{\{([A-Z]+)\}\}")


def embed_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` are written as
    ``\\u003c``-style escapes (the same string to ``JSON.parse``), so news text holding ``</script>`` or
    ``<!--`` cannot end or change the element.

    >>> embed_json({"s": "a </script><b>"})
    '{"s":"a \\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _asset(*parts: str) -> str:
    node = files("stancegraph.explore")
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")


def explorer_html(graph: Graph | StatementTable | dict, *, title: str = "stancegraph explorer") -> str:
    """The explorer page of ``graph`` (a built graph, its statement table, or :func:`explorer_data`) as HTML text.

    Examples
    --------
    >>> from rdflib import Graph
    >>> page = explorer_html(Graph(), title="Empty <graph>")
    >>> "<title>Empty &lt;graph&gt;</title>" in page, 'id="explorer-data"' in page, "https://" in page.split("<script")[0]
    (True, True, False)
    """
    data = graph if isinstance(graph, dict) else explorer_data(graph, title=title)
    parts = {
        "TITLE": html.escape(data.get("title") or title),
        "CSS": _asset("static", "explorer.css"),
        "DATA": embed_json(data),
        "CYTOSCAPE": _asset("vendor", "cytoscape.min.js"),
        "APP": _asset("static", "explorer.js"),
    }
    return _MARKER.sub(lambda m: parts[m.group(1)], _asset("static", "explorer.html"))


def write_explorer(graph: Graph | StatementTable | dict, path: str | os.PathLike[str], *,
                   title: str = "stancegraph explorer") -> Path:
    """Write the explorer page of ``graph`` to ``path`` atomically and return the path."""
    out = Path(path)
    atomic_write(out, explorer_html(graph, title=title).encode("utf-8"))
    return out
