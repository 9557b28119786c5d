"""A build with a reader's corrections applied (``stancegraph build --corrections FILE``).

The statements marked wrong are dropped, the fixed ones changed, and every reviewed statement kept carries an
``sg:review`` in its documents' graphs (:mod:`stancegraph.explore.corrections`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset

from stancegraph.explore.corrections import (
    Correction, CorrectionReport, apply_corrections, document_hashes, review_quads,
)
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.vocab import PREFIXES
from stancegraph.rdf.io import to_rdflib
from stancegraph.rdf.mint import to_quads
from stancegraph.rdf.ntriples import Quads
from stancegraph.run.build import BuildResult

__all__ = ["CorrectedBuild", "correct_build"]


@dataclass
class CorrectedBuild(BuildResult):
    """A :class:`~stancegraph.run.build.BuildResult` whose graph also holds the reviews of ``report``."""

    report: CorrectionReport = field(default_factory=CorrectionReport)

    @property
    def quads(self) -> Quads:
        if self._quads is None:
            base = to_quads(self.documents, self.statements)
            self._quads = review_quads(base, self.statements, self.report, document_hashes(self.documents))
        return self._quads

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            ds = Dataset(default_union=True)
            for prefix, ns in PREFIXES.items():
                ds.bind(prefix, ns, override=True, replace=True)
            self._dataset = to_rdflib(self.quads, graph=ds)
        return self._dataset


def correct_build(result: BuildResult, corrections: list[Correction], *,
                  registry: ActorRegistry | None = None) -> CorrectedBuild:
    """``result`` with ``corrections`` applied; ``registry`` (default: the packaged one) resolves fixed actors.

    >>> from stancegraph.model import Document
    >>> from stancegraph.run.build import build_graph
    >>> result = build_graph([Document(id="d1", text="Russia accused NATO of provoking the crisis.")])
    >>> c = Correction(statement="https://w3id.org/stancegraph/statement/x", verdict="wrong", document="d1",
    ...                cue=(result.statements[0].cue.start, result.statements[0].cue.end))
    >>> fixed = correct_build(result, [c])
    >>> len(fixed.statements), fixed.report.summary()
    (0, 'corrections: 0 right, 1 wrong (dropped), 0 fixed')
    """
    statements, report = apply_corrections(result.statements, corrections,
                                           registry=registry if registry is not None else ActorRegistry.load())
    return CorrectedBuild(documents=result.documents, statements=statements, skipped=result.skipped, report=report)
