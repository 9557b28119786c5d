"""The stancegraph ontology, code book, actor registry, SHACL shapes and SPARQL queries (data only)."""
