"""Actors in a document on the real pipeline, from short quotes of real press releases (the corpus in
../shared/corpus): no minted actor from fragments, portfolios, products, places or numbers; short person
names linked to the full name met in the document; organs in their common word orders; first person
inside a quotation or a transcript turn as its speaker's state."""
import pytest

from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.coreference import actor_mentions

REGISTRY = ActorRegistry.load()


def mentions(nlp, text):
    doc = nlp(text)
    return [(doc[m.start:m.end].text, m.actors[0].id, m.how) for m in actor_mentions(doc, REGISTRY)]


@pytest.mark.parametrize("text, not_actor", [
    ("After November 9, Russian peacekeepers were deployed in Nagorno-Karabakh, along the Lachin corridor.", "Nagorno"),
    ("At the venue, the Russian Federation was represented by Foreign Minister Sergei Lavrov, Finance Minister "
     "Anton Siluanov and others.", "Finance"),
    ("President of Ukraine Volodymyr Zelenskyy met with US Secretary of State Antony Blinken and US Secretary of "
     "Defense Lloyd Austin who arrived in Kyiv.", "Defense"),
    ("Over 1,400 tonnes of medical equipment and medicines, 120 tonnes of food and over 380,000 doses of Sputnik V "
     "and Sputnik Light vaccines were delivered.", "Sputnik"),
    ("(Minister of Labour and Social Protection Anton Kotyakov Kotyakov AntonLabour and Social Protection Minister "
     "reported on the new benefits.)", "AntonLabour"),
    ("Poltava Way, Belgorod Highway, Myronosytska Street, Regional Children's Hospital, Labor Palace were shelled.",
     "Highway"),
    ("Freedom Square will be such that everyone, all of us, all Europeans will be there!", "Freedom Square"),
    ("The fact that Russia is not looking for peace and is demonstratively killing even on Easter shows that greater "
     "sanctions pressure is needed.", "Easter"),
])
def test_actors_no_minted_actor_from_non_names(nlp, text, not_actor):
    minted = [words for words, _, how in mentions(nlp, text) if how == "minted"]
    assert not any(not_actor in words for words in minted), minted


def test_actors_a_surname_ending_another_name_is_not_the_earlier_persons(nlp):
    """(Kremlin, 17 May 2022) "Al Nahyan" ends Mohammed bin Zayed's name, not the late Khalifa bin Zayed Al Nahyan's."""
    text = ("As a follow-up to an earlier message, the President of Russia extended his condolences on the passing of "
            "President Khalifa bin Zayed Al Nahyan. During the conversation, Vladimir Putin warmly congratulated "
            "Mohammed bin Zayed Al Nahyan on taking office.")
    found = mentions(nlp, text)
    assert [actor_id for words, actor_id, _ in found if words == "Nahyan"] == []
    assert ("Khalifa bin Zayed Al Nahyan", "khalifa-bin-zayed-al-nahyan", "name") in found


@pytest.mark.parametrize("text, short, actor", [
    # an honorific with the surname, after the full name (a Kremlin transcript)
    ("The meeting was attended by Prime Minister Mikhail Mishustin. Vladimir Putin: Please go ahead, Mr Mishustin.",
     "Mr Mishustin", "mikhail-mishustin"),
    # an unknown person's surname after the full name, whatever the NER's label
    ("The meeting was attended by Finance Minister Anton Siluanov. Mr Siluanov, please go ahead.",
     "Siluanov", "x-anton-siluanov"),
    # a title before the registry's name of a person, and the surname alone after it
    ("CIA Director Bill Burns arrived in Kyiv. Burns met the President.", "Burns", "william-burns"),
    # a first name used as an address after the full name
    ("Prime Minister of the United Kingdom Boris Johnson called. I told Boris about our meeting.", "Boris",
     "boris-johnson"),
])
def test_actors_short_names_link_to_the_full_name(nlp, text, short, actor):
    found = {words: actor_id for words, actor_id, _ in mentions(nlp, text)}
    assert found[short] == actor
    assert not any(actor_id.startswith("x-") and actor_id != actor for words, actor_id, _ in mentions(nlp, text)
                   if short in words)


@pytest.mark.parametrize("text, organ, actor", [
    ("The Ministry of Foreign Affairs of Russia issued a statement.", "Ministry", "russian-foreign-ministry"),
    ("The Foreign Ministry of Russia issued a statement.", "Ministry", "russian-foreign-ministry"),
    ("Russia's foreign ministry issued a statement.", "ministry", "russian-foreign-ministry"),
    ("Pursuant to a Government resolution, the Russian Emergencies Ministry delivered 280 tonnes of cargo.",
     "Emergencies Ministry", "x-rus-emergencies-ministry"),
    ("Ukraine thanked the Government of Poland.", "Government", "POL"),
])
def test_actors_organs_in_their_word_orders(nlp, text, organ, actor):
    found = [(words, actor_id) for words, actor_id, _ in mentions(nlp, text) if organ in words]
    assert found and found[0][1] == actor, found


@pytest.mark.parametrize("text, pronoun, actor", [
    ('"We will rebuild a European state that will be a member of the European Union. But with a powerful defense '
     'like that of the State of Israel," Volodymyr Zelenskyy stressed.', "We", "UKR"),
    ('"I understand the need to continue financial support for Ukraine," said Boris Johnson.', "I", "boris-johnson"),
    # the speaker in the next sentence
    ('"We will never accept the choice in favor of war." Volodymyr Zelenskyy said this in Kyiv.', "We", "UKR"),
    # a transcript turn
    ("President of Russia Vladimir Putin: Colleagues, friends, we believe that it is very useful to hold such "
     "meetings.", "we", "RUS"),
])
def test_actors_first_person_in_quotations_is_the_speakers_state(nlp, text, pronoun, actor):
    found = {words: actor_id for words, actor_id, how in mentions(nlp, text) if how == "pronoun"}
    assert found.get(pronoun) == actor, found


def test_actors_first_person_outside_quotations_is_nobody(nlp):
    text = "We believe that it is very useful to hold such meetings."
    assert not [m for m in mentions(nlp, text) if m[2] == "pronoun"]


@pytest.mark.parametrize("text, sentence", [
    # a Kremlin caption run into the transcript's first speaker label, with no full stop between them
    ("Speech by the President of the Russian Federation at the BRICS+ meeting President of Russia Vladimir Putin: "
     "Colleagues, friends, First, I would like to welcome the guests.",
     "Colleagues, friends, First, I would like to welcome the guests."),
    ("Welcome. President of the Republic of Armenia Vahagn Khachaturyan: Mr Putin, I certainly feel very good here.",
     "Mr Putin, I certainly feel very good here."),
])
def test_actors_sentences_start_at_caption_seams(nlp, text, sentence):
    assert sentence in [s.text for s in nlp(text).sents]


def test_actors_colon_after_a_name_in_prose_is_no_seam(nlp):
    text = "The President laid flowers at the obelisks of Hero Cities in the Alexander Garden: Leningrad, Kiev, Minsk."
    starts = [s.text for s in nlp(text).sents]
    assert not any(s.startswith("Alexander Garden") for s in starts)


def test_actors_quotation_speaker_in_the_next_sentence_reports_it(read):
    # the speaker is named only in the sentence after the quotation: the demand is the speaker's
    text = ('"Russia must withdraw its troops from Ukraine." Volodymyr Zelenskyy said this in Kyiv.')
    found = [(s.speaker.actor.id, s.type, [t.actor.id for t in s.targets]) for s in read(text)]
    assert ("volodymyr-zelenskyy", "DEMAND", ["RUS"]) in found
