"""Statements -> RDF and back: minting (mint, ntriples), the one read/write path (io), SPARQL (sparql, query,
results), graph stores (graphstore, docgraphs, journal,
store, remote), SHACL validation and explanations."""
