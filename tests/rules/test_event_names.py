"""Names of meetings, days, road maps and launch sites are no actors (seen minted in press releases:
"commended the results of the Eastern Partnership Summit", "the Roadmap presented on May 9")."""
import spacy

from stancegraph.rules.mintable import mintable


def test_event_names_names_of_summits_days_and_road_maps_are_not_mintable():
    nlp = spacy.blank("en")
    for name in ["Eastern Partnership Summit", "Roadmap", "International Women's Day", "Vostochny Cosmodrome"]:
        assert not mintable(nlp(name)[:]), name
    assert mintable(nlp("Olivér Várhelyi")[:])
