"""Named SPARQL queries (*.rq)."""
