"""Rule word lists (*.toml), read by stancegraph.kb.lexicon."""
