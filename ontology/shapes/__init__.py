"""SHACL shapes (*.ttl)."""
