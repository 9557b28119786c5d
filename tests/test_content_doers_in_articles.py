"""Who does an act told about, in a real article of kremlin.ru (2021-12-14) read by the pipeline with its publisher:
"his talks" in what "President of Russia Vladimir Putin" (a title with the name in apposition) tells Niinisto about
are Putin's (stancegraph.rules.content_doers, rules.coreference). The text is as the reader normalises it ("Niinist ö"
in the release is "Niinistö")."""
import datetime as dt

TEXT = ("Vladimir Putin had a telephone conversation with President of Finland Sauli Niinistö.\n\nThe main attention was "
        "paid to the issues related to the Ukrainian domestic crisis. President of Russia Vladimir Putin told Sauli "
        "Niinistö about the results of his talks with US President Joseph Biden via videoconference on December 7, "
        "2021, and made principled assessments of the developments regarding Ukraine.")


def test_a_possessive_in_what_a_titled_teller_tells_is_the_tellers(nlp):
    from stancegraph.kb.registry import ActorRegistry
    from stancegraph.model import Document
    from stancegraph.rules.extract import stance_statements

    registry = ActorRegistry.load()
    document = Document(id="kremlin-67359", text=TEXT, date=dt.date(2021, 12, 14), source="en.kremlin.ru")
    found = list(stance_statements(nlp(TEXT), document, registry))
    talks = [s for s in found if s.type == "CONSULT" and [t.actor.label for t in s.targets] == ["Joe Biden"]]
    assert talks and all(s.speaker.actor.label == "Vladimir Putin" for s in talks), [
        (s.speaker.actor.label, [t.actor.label for t in s.targets], s.type) for s in found]
