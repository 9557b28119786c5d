"""Report the shape of graph/: module sizes, long functions, private names imported across modules, and
import cycles between modules (issue 10's targets: modules <= ~400 lines, functions <= ~80, neither of
the last two). Run by hand: ``python scripts/check_layout.py``; exit 1 when a target is missed."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent / "graph"
MAX_MODULE, MAX_FUNCTION = 400, 80


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(("stancegraph",) + tuple(p for p in parts if p != "__init__"))


def main() -> int:
    imports, problems, sizes, longest = nx.DiGraph(), [], [], []
    for path in sorted(ROOT.rglob("*.py")):
        name, text = module_name(path), path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        sizes.append((len(text.splitlines()), name))
        imports.add_node(name)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = node.body[0] if ast.get_docstring(node) else None  # the docstring's example is no code
                skip = doc.end_lineno - doc.lineno + 1 if doc else 0
                longest.append((node.end_lineno - node.lineno + 1 - skip, f"{name}.{node.name}"))
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("stancegraph"):
                package = ROOT / Path(*node.module.split(".")[1:])
                for alias in node.names:  # "from stancegraph.rdf import io" imports the module rdf.io
                    is_module = (package / f"{alias.name}.py").exists() or (package / alias.name).is_dir()
                    imports.add_edge(name, f"{node.module}.{alias.name}" if is_module else node.module)
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        problems.append(f"private name {node.module}.{alias.name} imported by {name}")
    for lines, name in sizes:
        if lines > MAX_MODULE:
            problems.append(f"{name}: {lines} lines")
    for lines, name in longest:
        if lines > MAX_FUNCTION:
            problems.append(f"{name}: {lines}-line function")
    # a package's __init__ re-exporting its modules is no cycle of concepts: only module -> module edges count
    modules = imports.subgraph(n for n in imports if not (ROOT / Path(*n.split(".")[1:]) / "__init__.py").exists())
    problems += [f"import cycle: {' -> '.join(c)}" for c in nx.simple_cycles(modules)]
    sizes.sort(reverse=True)
    longest.sort(reverse=True)
    print(f"{len(sizes)} modules, {sum(s for s, _ in sizes)} lines; largest: "
          + ", ".join(f"{n} {s}" for s, n in sizes[:5]))
    print("longest functions (lines without docstring): " + ", ".join(f"{n} {s}" for s, n in longest[:5]))
    print("\n".join(problems) or "no module over 400 lines, no function over 80, no private import, no cycle")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
