"""A participle after a quote and its verb of saying belongs to the one who said it, not to the quote's own
subject: '"It brings us closer," the minister said, thanking the envoy' is the minister thanking the envoy.
The sentence is a real one of the press releases (president.gov.ua, May 2022), where the parser hangs
the participle on the quote's verb."""
import datetime as dt

PUBLISHED = dt.date(2022, 5, 5)


def _pairs(found):
    return {(s.speaker.actor.label, tuple(t.actor.label for t in s.targets), s.type) for s in found}


def test_participle_after_the_verb_of_saying_is_the_sayers(read):
    found = read('"The security support from the United States is unprecedented. It brings us closer to a common '
                 'victory over the Russian aggressor," Volodymyr Zelenskyy said, thanking Joseph Biden for his '
                 'leadership in mobilizing international security support for Ukraine.')
    thanks = {p for p in _pairs(found) if p[2] == "SUPPORT" and p[1] == ("Joe Biden",)}
    assert thanks and all(p[0] == "Volodymyr Zelensky" for p in thanks), sorted(_pairs(found))


def test_participle_inside_the_quote_keeps_its_clause(read):
    # no verb of saying between the clause and its participle: the clause's subject acts
    found = read("Jean Quxley opened the session, thanking Pierre Vandamme for his leadership.")
    assert ("Jean Quxley", ("Pierre Vandamme",), "SUPPORT") in _pairs(found), sorted(_pairs(found))


def test_vocative_before_the_subject_is_no_speaker(read):
    # "Madam Chairperson, colleagues, ... I would like to thank": two subjects of one verb, the nearer acts
    # (a real sentence of a Kremlin transcript, November 2021)
    found = read("Madam Chairperson, colleagues, Like the other speakers, first I would like to thank our partners "
                 "from New Zealand, the current chair of the APEC forum, for the work they carried out this year.")
    assert not any(s.speaker.actor.label == "Madam Chairperson" for s in found), sorted(_pairs(found))
