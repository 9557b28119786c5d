"""RDF vocabulary of stancegraph: ``SG`` mirrors ontology/stancegraph.ttl; IRI bases for minted nodes.

Examples
--------
>>> SG.speaker, ACTOR["RUS"], CODEBOOK.DEMAND
(rdflib.term.URIRef('https://w3id.org/stancegraph/ontology#speaker'), rdflib.term.URIRef('https://w3id.org/stancegraph/actor/RUS'), rdflib.term.URIRef('https://w3id.org/stancegraph/codebook/DEMAND'))
>>> PREFIXES["sg"] == str(SG._NS), PREFIXES["st"]
(True, 'https://w3id.org/stancegraph/statement/')

``SG`` holds only the terms the ontology declares: a misspelt one is an error, not a new IRI.

>>> SG.speakr
Traceback (most recent call last):
AttributeError: term 'speakr' not in namespace 'https://w3id.org/stancegraph/ontology#'
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "SG", "BASE", "ACTOR", "STATEMENT", "MENTION", "DOCUMENT", "ISSUE", "CODEBOOK", "ROLE", "SECTOR",
    "OA", "ORG", "PROV", "SCHEMA", "WD", "PREFIXES",
]

BASE = "https://w3id.org/stancegraph/"


class SG(DefinedNamespace):
    """The stancegraph ontology (``sg:``). Every term here is declared in ontology/stancegraph.ttl.

    Examples
    --------
    >>> SG.Statement, SG.speaker in SG
    (rdflib.term.URIRef('https://w3id.org/stancegraph/ontology#Statement'), True)
    """

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Actor: URIRef  # anything that can act or speak
    State: URIRef  # sovereign state
    InternationalOrganisation: URIRef  # UN, NATO, EU, OSCE ...
    Bloc: URIRef  # collective without a secretariat: "the West"
    GovernmentBody: URIRef  # organ of a state: ministry, army, parliament
    Person: URIRef
    OtherGroup: URIRef  # any other group
    Post: URIRef  # a dated role (subclass of org:Membership)
    Statement: URIRef  # n-ary node: speaker, targets, type, issue ... (one per distinct act)
    Mention: URIRef  # one text span of one document that reports a statement
    Document: URIRef  # a source article
    Issue: URIRef  # what a statement is about (skos:Concept)
    EventType: URIRef  # code-book concept (PLOVER + APPEAL)
    StatementStatus: URIRef  # asserted / reported / scheduled / hypothetical
    # statement properties
    speaker: URIRef
    target: URIRef
    onBehalfOf: URIRef  # state the speaker represented at the statement date
    targetOnBehalfOf: URIRef  # state a target represented at the statement date
    speakerSector: URIRef  # CAMEO sector the speaker acted in at the statement date (sector:COP)
    targetSector: URIRef  # CAMEO sector a target acted in at the statement date
    eventType: URIRef
    issue: URIRef
    negated: URIRef
    modality: URIRef
    condition: URIRef
    status: URIRef
    date: URIRef
    mentionCount: URIRef
    hasMention: URIRef
    # mention properties
    document: URIRef
    sentenceSelector: URIRef
    cueSelector: URIRef
    conditionSelector: URIRef
    issueSelector: URIRef
    speakerText: URIRef
    targetText: URIRef
    rule: URIRef
    confidence: URIRef
    flag: URIRef
    # document properties
    contentHash: URIRef
    # actor properties
    iso3: URIRef
    iso2: URIRef
    demonym: URIRef
    metonym: URIRef
    partOf: URIRef
    basedIn: URIRef
    minted: URIRef
    roleTitle: URIRef
    startDate: URIRef
    endDate: URIRef
    sector: URIRef  # CAMEO sector of a post or group: a concept of ontology/sectors.ttl (SECTOR.GOV)
    cameoCode: URIRef  # the CAMEO actor code the event-data dictionaries give ("IGOUNO", "COLREB")
    # code book properties
    cameoRoot: URIRef
    quadClass: URIRef
    weight: URIRef
    takesContent: URIRef  # the complement is content, not a separate event
    symmetric: URIRef  # two coordinated actors do it to each other
    selfTargeting: URIRef  # meaningful with no target
    negatedAs: URIRef  # the type a negated act is coded as
    # status individuals
    asserted: URIRef
    reported: URIRef
    scheduled: URIRef
    hypothetical: URIRef
    denied: URIRef
    # attribution, stance, time and explanation
    reportedBy: URIRef  # actor the text attributes the statement to ("according to Russia")
    stance: URIRef  # sg:support / sg:oppose: the speaker's stance toward the statement's issue
    Stance: URIRef
    support: URIRef
    oppose: URIRef
    dateGranularity: URIRef  # "day", "month", "year"
    dateRelation: URIRef  # "before" / "after" the publication date, when no date can be fixed
    quoted: URIRef  # the cue or its object is in quotation marks (scare quotes: not endorsed)
    parsePath: URIRef  # dependency path from cue to speaker and target
    # human review (explorer corrections, stancegraph.explore.corrections)
    HumanReview: URIRef  # a reader's review of a statement (a prov:Activity)
    review: URIRef  # statement -> its HumanReview (sub-property of prov:wasInfluencedBy)
    verdict: URIRef  # "right" or "fixed"
    correctedField: URIRef  # what a fix changed: "speaker", "targets", "type"


ACTOR = Namespace(BASE + "actor/")
STATEMENT = Namespace(BASE + "statement/")
MENTION = Namespace(BASE + "mention/")
DOCUMENT = Namespace(BASE + "document/")
ISSUE = Namespace(BASE + "issue/")
CODEBOOK = Namespace(BASE + "codebook/")  # CODEBOOK.DEMAND, CODEBOOK.eventTypes (the scheme)
ROLE = Namespace(BASE + "post/")
SECTOR = Namespace(BASE + "sector/")  # SECTOR.GOV, SECTOR.sectors (the scheme)
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "sg": str(SG._NS),
    "actor": str(ACTOR),
    "st": str(STATEMENT),
    "mention": str(MENTION),
    "doc": str(DOCUMENT),
    "issue": str(ISSUE),
    "iv": BASE + "issuevocab/",  # the curated issue vocabulary (ontology/issues.ttl)
    "sgc": str(CODEBOOK),
    "post": str(ROLE),
    "sector": str(SECTOR),
    "oa": str(OA),
    "org": str(ORG),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
