"""Source data: hand-curated actors (read by scripts/build_registry.py) and regions (read by stancegraph.kb.places)."""
