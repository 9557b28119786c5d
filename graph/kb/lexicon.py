"""Cue lexicon: words and phrases that signal an event, mapped to code-book types (constants only).

General English news vocabulary, grouped by PLOVER category (plus APPEAL, CAMEO 02). Keys are lemmas
as spaCy's English lemmatizer gives them. ``coverage`` lists the words seen near actors that no entry maps.
"""
from __future__ import annotations

__all__ = [
    "VERB_CUES", "PHRASAL_CUES", "DOMESTIC_DOCUMENTS", "NOUN_CUES", "TRANSFER_VERBS", "FORCE_NOUNS", "LIGHT_VERBS", "LIGHT_VERB_OVERRIDES", "REPORTING_VERBS",
    "REPORTING_NOUNS", "TITLE_NOUNS", "GROUP_NOUNS", "DOMESTIC_GROUPS", "LOCATIVE_PREPS", "PLACE_NOUNS", "TIME_PREPS", "CONDITION_MARKS",
    "SCHEDULING_WORDS", "REPORTED_MARKERS", "MEDIATION_VERBS", "RULE_VERBS", "RECIPROCAL_WORDS", "CONTAINER_NOUNS", "LIGHT_ONLY_NOUNS", "ENDING_VERBS", "ENDING_NOUN_TYPES", "TRADE_NOUNS", "QUANTITY_NOUNS", "COMBATANT_NOUNS", "MARCHERS", "WEAPON_NOUNS", "IRREGULAR_ATTACKERS", "CIVILIAN_NOUNS", "INSURGENT_NOUNS", "SPEECH_NOUNS", "WANT_VERBS", "JUDGING_VERBS", "NEGATIVE_WORDS", "AID_NOUNS", "CAPTIVE_NOUNS", "FORCE_MEANS", "DIPLOMAT_NOUNS", "EXERCISE_NOUNS", "ENFORCER_NOUNS", "PROTEST_CROWDS", "SELF_TARGETING", "NEGATED_TYPE", "SYMMETRIC_TYPES",
]


def _by_type(table: dict[str, str]) -> dict[str, str]:
    """Expand {"TYPE": "lemma lemma ..."} into {lemma: TYPE}."""
    out: dict[str, str] = {}
    for type_, words in table.items():
        for w in words.split():
            out[w.replace("_", " ")] = type_
    return out


# A verb alone names the event: "Russia demanded ...", "NATO rejected ...".
VERB_CUES = _by_type({
    "DEMAND": "demand insist require press pressure ultimatum",
    "APPEAL": "urge appeal request implore exhort plead beseech invite ask persuade convince propose",
    "THREATEN": "threaten warn menace vow",
    "REJECT": "reject refuse oppose rebuff dismiss veto decline deny spurn repudiate snub block",
    "DISAPPROVE": "criticize criticise condemn accuse blame denounce slam decry deplore censure "
                  "rebuke chide fault lambast castigate reproach disapprove complain object berate "
                  "summon",
    "PROTEST": "protest rally picket riot demonstrate",
    "AGREE": "agree reassure assure promise pledge guarantee accept sign ratify",
    "CONSULT": "meet talk negotiate discuss consult visit host confer phone telephone inform brief mediate",
    "SUPPORT": "support back endorse praise welcome commend hail applaud reaffirm thank congratulate "
               "defend recognize recognise award apologize apologise",
    "CONCEDE": "concede yield ease relent compromise resign",
    "COOPERATE": "cooperate collaborate coordinate partner ally extradite",
    "AID": "aid assist help supply donate airdrop",
    "RETREAT": "withdraw retreat demobilize demobilise",
    "INVESTIGATE": "investigate probe inspect",
    "MOBILIZE": "mobilize mobilise deploy amass mass station reinforce",
    "SANCTION": "sanction expel embargo boycott blacklist suspend freeze",
    "COERCE": "seize arrest detain blockade annex ban confiscate deport force coerce demolish raze bulldoze besiege "
              "dissolve outlaw disqualify bar surround encircle "
              "sentence jail imprison ram",
    "ASSAULT": "kill assassinate abduct kidnap torture massacre execute rampage behead lynch",
    "FIGHT": "attack invade shell bomb strike fight clash raid bombard occupy shoot fire destroy storm ambush "
             "pound hit target repel "
             "capture recapture retake liberate",
    "CRIME": "loot steal smuggle",
})

# A verb with a particle or preposition: "called for", "spoke with", "cracked down on".
PHRASAL_CUES = {
    ("call", "for"): "APPEAL", ("call", "on"): "APPEAL", ("call", "upon"): "APPEAL",
    ("speak", "with"): "CONSULT", ("speak", "to"): "CONSULT", ("talk", "with"): "CONSULT",
    ("talk", "to"): "CONSULT", ("meet", "with"): "CONSULT", ("sit", "down"): "CONSULT",
    ("reach", "out"): "CONSULT", ("side", "with"): "SUPPORT", ("stand", "with"): "SUPPORT",
    ("stand", "by"): "SUPPORT", ("crack", "down"): "COERCE", ("pull", "out"): "RETREAT",
    ("pull", "back"): "RETREAT", ("back", "down"): "CONCEDE", ("give", "in"): "CONCEDE",
    ("build", "up"): "MOBILIZE", ("open", "fire"): "FIGHT", ("lash", "out"): "DISAPPROVE",
    ("hit", "out"): "DISAPPROVE", ("turn", "down"): "REJECT", ("walk", "out"): "REJECT",
    ("cut", "off"): "SANCTION", ("shoot", "down"): "FIGHT", ("call", "up"): "MOBILIZE", ("agree", "on"): "AGREE", ("agree", "to"): "AGREE", ("commit", "to"): "AGREE",
}

# A noun names the event: "Biden's threat of ...", "firm U.S. opposition", "talks between ...".
NOUN_CUES = _by_type({
    "DEMAND": "demand ultimatum insistence",
    "APPEAL": "appeal call plea request proposal",
    "THREATEN": "threat warning",
    "REJECT": "rejection refusal opposition veto denial",
    "DISAPPROVE": "criticism condemnation accusation irritation protest complaint objection "
                  "disapproval concern",
    "AGREE": "agreement deal accord assurance pledge promise guarantee treaty ceasefire truce",
    "CONSULT": "talk talks meeting conversation phone_call visit summit negotiation "
               "consultation dialogue videoconference telephone_conversation",
    "SUPPORT": "support commitment backing solidarity endorsement recognition praise condolence condolences "
               "congratulations gratitude",
    "CONCEDE": "concession compromise",
    "COOPERATE": "cooperation partnership alliance collaboration drill drills exercise relations relation "
                 "ties tie contact contacts",
    "AID": "aid assistance help supply delivery",
    "RETREAT": "withdrawal pullout de-escalation departure",
    "INVESTIGATE": "investigation probe inquiry inspection",
    "MOBILIZE": "build-up buildup mobilization mobilisation deployment",
    "SANCTION": "sanction sanctions embargo boycott expulsion tariff tariffs freeze restriction restrictions blacklist "
                "control controls",
    "COERCE": "blockade annexation arrest detention seizure crackdown warrant siege curfew",
    "ASSAULT": "killing assassination massacre",
    "FIGHT": "attack invasion offensive shelling strike airstrike bombing incursion aggression "
             "occupation war fire fighting clash clashes hostilities battle battles bombardment",
    "PROTEST": "protest protests demonstration rally march",
})

# Verbs of handing over: AID when what is sent is goods or money, MOBILIZE when it is forces
# ("will send 5,000 helmets to Ukraine" / "sent troops to the border").
TRANSFER_VERBS = frozenset("send provide deliver supply donate give ship transfer grant allocate".split())
# (personnel: sending equipment such as jets or tanks to another state is military aid)
FORCE_NOUNS = frozenset("troop troops soldier soldiers force forces marine marines paratrooper paratroopers battalion "
                        "brigade unit units division army navy".split())

# Verbs whose object noun carries the event: "held talks", "made a commitment", "imposed sanctions".
LIGHT_VERBS = frozenset(
    "hold have make conduct initiate express voice issue reaffirm reiterate announce launch impose "
    "level file extend offer sign reach give provide deliver seal strike stage carry_out begin start "
    "resume continue renew receive accept lodge send pay repeat confirm exchange trade swap pledge promise "
    "carry mount use attend unveil approve open order declare drop waive lift "
    "vow apply restore establish normalize normalise upgrade sever break cut downgrade suspend freeze "
    "revoke scrap annul cancel terminate abandon quit halt end raise increase hike slap tighten "
    "voice".split()
)
# Nouns that only hold the event noun of their "of" phrase: "exchanged lists of demands".
CONTAINER_NOUNS = frozenset("list lists set series round rounds string number package batch wave message day days state "
                            "messages letter letters note expression words".split())
# Event nouns that are too vague alone and count only as objects of a light verb ("expressed concern").
LIGHT_ONLY_NOUNS = frozenset("concern call exercise strike help supply delivery word promise fire march freeze emergency "
                             "blacklist control controls "
                             "restriction restrictions "
                             "relations relation ties tie contact contacts".split())
# Light verb + noun pairs whose type differs from the noun's own: "reaffirmed its commitment" is SUPPORT.
LIGHT_VERB_OVERRIDES = {("sign", "agreement"): "AGREE", ("pay", "visit"): "CONSULT",
                        # declaring a truce de-escalates (CAMEO 0871); agreeing to one is AGREE
                        ("declare", "ceasefire"): "RETREAT", ("declare", "truce"): "RETREAT",
                        ("order", "ceasefire"): "RETREAT", ("order", "truce"): "RETREAT",
                        ("announce", "ceasefire"): "RETREAT", ("announce", "truce"): "RETREAT",
                        ("receive", "call"): "CONSULT", ("make", "call"): "CONSULT"}
# Light verbs that turn a cooperative noun into its end: "severed ties", "broke the ceasefire".
ENDING_VERBS = {"sever": "SANCTION", "break": "SANCTION", "cut": "SANCTION", "downgrade": "SANCTION",
                "suspend": "SANCTION", "freeze": "SANCTION", "revoke": "SANCTION", "scrap": "SANCTION",
                "annul": "SANCTION", "cancel": "SANCTION", "terminate": "SANCTION", "abandon": "SANCTION",
                "quit": "SANCTION", "halt": "SANCTION", "end": "SANCTION"}
# Ending an agreement, talks or aid reduces relations (CAMEO 16: SANCTION), as breaking ties does.
# Ending a war or an offensive de-escalates (CAMEO 087: RETREAT).
ENDING_NOUN_TYPES = {"COOPERATE": "SANCTION", "AGREE": "SANCTION", "CONSULT": "SANCTION", "AID": "SANCTION",
                     "FIGHT": "RETREAT"}
# Documents a leader signs at home: "signed a decree", "signed the bill into law" are no agreement with anyone.
DOMESTIC_DOCUMENTS = frozenset("decree law bill order legislation act amendment budget ukase executive".split())
# Objects that make a ban or a restriction economic: "banned imports from Belarus" is a SANCTION.
TRADE_NOUNS = frozenset("import imports export exports trade flight flights goods product products entry "
                        "airline airlines carrier carriers company companies firm firms bank banks "
                        "transit shipment shipments investment investments oil gas".split())
# What is "given" in speech, not as aid: "gave an interview to The Washington Post".
SPEECH_NOUNS = frozenset("interview speech address statement briefing lecture comment answer answers "
                         "press conference talk floor word example instruction instructions message letter "
                         "greeting greetings telegram signal".split())
# Verbs of wanting: with "from" someone they are demands ("wants guarantees from Moscow").
WANT_VERBS = frozenset("want seek expect need require await".split())
# Verbs of judging: "saw it as an offensive move", "called the vote illegal"; negative words make them DISAPPROVE.
JUDGING_VERBS = frozenset("see view regard consider call describe label brand deem term characterize "
                          "characterise denounce compare liken recognize recognise declare designate".split())
NEGATIVE_WORDS = frozenset("offensive aggressive hostile provocative provocation threat threatening unacceptable illegal "
                           "illegitimate unlawful dangerous destabilizing destabilising irresponsible absurd mistake "
                           "aggression escalation violation interference blackmail lie lies propaganda sham farce "
                           "crime criminal terrorist unjustified unfounded baseless delusional foe enemy holocaust "
                           "nazi nazis genocide apartheid fascist".split())
# What a pledge gives when it is aid: "pledged $500 million in humanitarian aid".
AID_NOUNS = frozenset("aid assistance help funding fund funds loan loans grant grants weapon weapons arms "
                      "ammunition equipment vaccine vaccines supplies money system systems missile missiles tank "
                      "tanks jet jets howitzer howitzers drone drones shell shells food medicine medicines tent "
                      "tents blanket blankets fuel shelter relief".split())
# Who is freed when a release is a concession: "released six American detainees".
CAPTIVE_NOUNS = frozenset("detainee detainees prisoner prisoners hostage hostages captive captives citizen citizens "
                          "national nationals journalist journalists sailor sailors soldier soldiers".split())
# Means of force: "used water cannon against demonstrators", "fired tear gas".
FORCE_MEANS = frozenset("cannon gas bullets batons force".split())
DIPLOMAT_NOUNS = frozenset("ambassador ambassadors envoy envoys diplomat diplomats consul attaché".split())
EXERCISE_NOUNS = frozenset("drill drills exercise exercises manoeuvre manoeuvres maneuver maneuvers wargame".split())
# Subjects whose violence is law enforcement: "police raided", "security forces detained".
ENFORCER_NOUNS = frozenset("police policeman policemen officer officers authority authorities prosecutor "
                           "prosecutors court guard guards".split())
PROTEST_CROWDS = frozenset("protester protesters demonstrator demonstrators crowd crowds mob rioter rioters "
                           "supporter supporters".split())
# Who uses unconventional violence: "gunmen stormed", "suicide bombers attacked" are assaults, not combat.
IRREGULAR_ATTACKERS = frozenset("gunman gunmen bomber bombers assailant assailants attacker attackers "
                                "settler settlers mob".split())
# Victims that make a shooting an assault: "security forces shot dead dozens of people".
CIVILIAN_NOUNS = frozenset("people civilian civilians protester protesters demonstrator demonstrators villager "
                           "villagers resident residents worshipper worshippers student students child children "
                           "woman women man men pilgrim pilgrims passenger passengers".split())
# Quantity nouns whose "of" phrase names the actor: "thousands of Georgians".
QUANTITY_NOUNS = frozenset("thousands hundreds dozens scores millions tens group groups crowd crowds "
                           "number members".split())

# Verbs of saying: they carry no event themselves but make the event in their complement "reported".
REPORTING_VERBS = frozenset(
    "say tell state stress note add claim report announce declare emphasize emphasise underline "
    "explain write argue suggest point assert maintain reiterate repeat confirm "
    "acknowledge admit believe think see express hope voice".split()
)
REPORTING_NOUNS = frozenset("announcement statement declaration report remark comment claim word".split())

# Nouns that stand for a person or a group of a state: "Russian President", "Israeli soldiers".
TITLE_NOUNS = frozenset(
    "president minister premier chancellor leader secretary spokesman spokeswoman spokesperson "
    "ambassador envoy diplomat counterpart head chief king queen emperor prince official officer "
    "general commander negotiator representative delegate senator lawmaker mp governor mayor "
    "adviser advisor aide chairman chairwoman chair charge chargé attache attaché".split()
)
GROUP_NOUNS = frozenset(
    "troops forces force army military soldiers soldier government authorities authority officials "
    "side diplomats delegation leadership administration lawmakers parliament navy police ministry "
    "embassy people nation state regime junta cabinet militants fighters jets warplanes aircraft "
    "ships warships tanks artillery drones missiles units battalion brigade servicemen "
    "guards guard intelligence security services prosecutors court settlers protesters "
    "demonstrators officials office offices missile rocket rockets drone warplane jet tank ship warship "
    "shell shells boat boats vessel vessels tanker tankers plane planes convoy coalition team teams expert experts "
    "doctor doctors medic medics rescuer rescuers peacekeeper peacekeepers volunteer volunteers engineer engineers "
    "militia militias mediator mediators partner partners ally allies neighbour neighbours neighbor neighbors".split()
)
# Weapons whose use is military force: "a drone killed three people" is FIGHT, as CAMEO's aerial weapons.
WEAPON_NOUNS = frozenset("missile missiles rocket rockets drone drones shell shells bomb bombs artillery warplane "
                         "warplanes jet jets aircraft helicopter helicopters tank tanks mortar mortars".split())
# What is killed in combat, not as a civilian: "killed dozens of soldiers" is fighting, not assault.
COMBATANT_NOUNS = frozenset("soldier soldiers troop troops fighter fighters militant militants serviceman servicemen "
                            "insurgent insurgents rebel rebels combatant combatants jihadist jihadists".split())
# Who marches in protest: "thousands of people marched through Tbilisi" (troops marching is no protest).
MARCHERS = PROTEST_CROWDS | frozenset("people resident residents supporter supporters activist activists student "
                                      "students worker workers citizen citizens woman women farmer farmers".split())

# Domestic groups that country-level coding places by where they act: "police in Nairobi" are Kenyan.
DOMESTIC_GROUPS = frozenset("police protester protesters demonstrator demonstrators authorities authority government "
                            "opposition activist activists student students worker workers resident residents villager "
                            "villagers lawmaker lawmakers parliament court prosecutor prosecutors rebel rebels "
                            "crowd crowds mob voters people civilians militants insurgents gunmen extremists gang gangs "
                            "jihadist jihadists bandit bandits attacker attackers assailant assailants bomber bombers "
                            "thousands hundreds guerrilla guerrillas union unions".split())
# Armed groups whose violence against civilians is an assault, against soldiers a fight.
INSURGENT_NOUNS = frozenset("militant militants insurgent insurgents jihadist jihadists rebel rebels gang gangs "
                            "bandit bandits fighter fighters guerrilla guerrillas".split())

# Prepositions whose object is a place or a time, not a participant: "talks in Moscow".
LOCATIVE_PREPS = frozenset(
    "in at near into inside outside across around throughout within via along "
    "amid off onto beyond behind beside over under".split()
)
# Nouns of places: "the streets of Tbilisi", "the outskirts of Kyiv" name places, not actors.
PLACE_NOUNS = frozenset("city cities town towns village villages port region regions area areas border borders road "
                        "roads corridor harbour harbor airport street streets outskirts suburb suburbs centre center "
                        "province provinces district districts capital coast territory territories".split())
TIME_PREPS = frozenset("on during before after since until till by".split())
CONDITION_MARKS = frozenset("if unless provided once".split())
# Governing words that make an event future/planned: "talks scheduled to begin", "plans to meet".
SCHEDULING_WORDS = frozenset("schedule plan expect set due intend prepare upcoming future planned "
                             "forthcoming next".split())
# Words that mark a report rather than an assertion: "a reported build-up", "according to".
REPORTED_MARKERS = frozenset("reportedly allegedly reported alleged purported purportedly "
                             "apparently".split())
# Verbs that trigger a cue only in a construction stancegraph.rules.cues.find_cues checks ("ordered troops into",
# "received the foreign minister", "granted asylum", "added companies to its blacklist", "lifted sanctions",
# "released prisoners", "fired missiles into the sea"): the prefilter counts their forms as cue words too.
# Very common verbs of such rules (go, take, use, stop, hold, call, open) are left out on purpose: the
# prefilter would keep nearly every sentence (the documented difference in bench/README.md).
RULE_VERBS = frozenset("order dispatch send deploy move receive greet march grant offer add allege blame stage restrict "
                       "curb limit halt suspend lift ease relax remove seize abduct kidnap release free recall want "
                       "seek expect need require await broker mediate facilitate host reopen launch test put place keep accept "
                       "approve heed".split())
# Verbs of mediation: the mediator consults each party ("a deal brokered by China", CAMEO 045).
MEDIATION_VERBS = frozenset("mediate broker facilitate host".split())
# Nouns and adverbs that make an event mutual: "mutual agreement", "exchanged demands".
RECIPROCAL_WORDS = frozenset("mutual mutually exchange bilateral joint jointly".split())
# Event types that are symmetric when two coordinated actors do them with no object: "Russia and NATO met".
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "FIGHT"})
# Types for which an actor acting on itself is meaningful ("Russia mobilized" has no target).
SELF_TARGETING = frozenset({"MOBILIZE"})
# A negated act of these types is coded as its opposite: "did not agree" / "made no commitments".
NEGATED_TYPE = {"AGREE": "REJECT", "SUPPORT": "REJECT", "CONCEDE": "REJECT", "ACCEPT": "REJECT"}
