"""Unit tests of the extraction rules on hand-built parses (a package, so its test modules may share
names with the model-bound tests in tests/)."""
