"""Announced acts as intents (pure): "the rebels said they will release the prime minister" is a promise to yield
(CAMEO 035 "express intent to yield", PLOVER AGREE), not yet the release.

An actor's own de-escalation announced for the future (status scheduled, modal "will" or "shall") is coded as the
intent, as CAMEO codes "will release the hostages" 0353 and "will withdraw its troops" 0356. Only the
cooperative material types of the lexicon's ``intent_types`` (ontology/lexicon/recall.toml) are retyped; "will resign" stays a concession and
"will impose sanctions" keeps its own type (conflictual intents are threats only with a condition: see
:func:`stancegraph.rules.act` and its "unless" rule).
"""
from __future__ import annotations

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Status

__all__ = ["intent_type"]

_PROMISING_MODALS = ("will", "shall")


def intent_type(type_: str, modality: str | None, status: Status, negated: bool) -> str | None:
    """The type an announced future act is coded as, or None when it keeps its own.

    >>> intent_type("RETREAT", "will", Status.SCHEDULED, False)
    'AGREE'
    >>> intent_type("RETREAT", None, Status.ASSERTED, False) is None  # "released the hostages": done
    True
    >>> intent_type("RETREAT", "will", Status.SCHEDULED, True) is None  # "will not withdraw": a refusal elsewhere
    True
    """
    if negated or status is not Status.SCHEDULED or modality not in _PROMISING_MODALS:
        return None
    return "AGREE" if type_ in lexicon().words("intent_types") else None
