"""Country-level codes of extracted statements, as the eval sets code events (shared by the extraction tests)."""


def code(ref):
    """The ISO3 code (or registry id) of whom a speaker or target represented: their state, else themselves."""
    a = ref.state or ref.actor
    return a.iso3 or a.id


def triples(found):
    """{(speaker code, target codes, type)} of statements."""
    return {(code(s.speaker), tuple(code(t) for t in s.targets), s.type) for s in found}
