"""Names right after a title's "of" phrase are persons' names: "The First Lady of Ukraine Olena Zelenska", "Deputy
Head of the Office of the President of Ukraine Ihor Zhovkva".

Press releases write a person's full title, its "of" phrase ending in the name of a state or an organ, and the
person's name right after it, with no comma. The NER often reads such a name as an organisation's ("Olena Zelenska"
after "The First Lady of Ukraine" is an ORG) or leaves it out when an organ's name runs into it ("... the Office of
the President of Ukraine | Ihor Zhovkva" has no entity). A name in that place, of two to four capitalised words
that name no portfolio, organ, body or title, is a person's whatever the NER's label
(:mod:`stancegraph.rules.title_runs` cuts a person's name out of an entity that holds the title's last words).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from stancegraph.kb.body_nouns import body_nouns
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.names import plain_word
from stancegraph.model import ActorKind
from stancegraph.rules.doc_index import doc_index, ents, sentence_of

__all__ = ["after_title_phrase", "person_after_title", "person_ending_run", "state_word", "title_before",
           "unnamed_after_titles"]

_JOINERS = frozenset({"of", "the", "and", "for", "&", "on"})
_LOOK_BACK = 14  # tokens of a title and its "of" phrase ("Deputy Head of the Office of the President of Ukraine")
_NAME_WORDS = (2, 4)  # a given name and a surname, with a patronymic or a second surname
_LONGEST_RUN = 30  # tokens of a person's titles before the name, each with its "of" phrase


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _title(tok: Token) -> bool:
    word = plain_word(tok.text)
    return tok.text[:1].isupper() and (word in lexicon().title_nouns or word in lexicon().words("of_phrase_titles"))


def after_title_phrase(doc: Doc, start: int) -> bool:
    """The tokens before ``start`` are a title and its "of" phrase, ending in a capitalised name.

    >>> import spacy
    >>> doc = spacy.blank("en")("The First Lady of Ukraine Olena Zelenska spoke with the wife of Mr Duda")
    >>> after_title_phrase(doc, 5), after_title_phrase(doc, 4), after_title_phrase(doc, 13)
    (True, False, False)
    """
    return title_before(doc, start) is not None


def title_before(doc: Doc, start: int) -> Token | None:
    """The title whose "of" phrase ends right before ``start`` ("Lady" of "The First Lady of Ukraine | Olena
    Zelenska"), or None."""
    i = start - 1
    if i < 2 or not _capitalised(doc[i]) or doc[i].lower_ in _JOINERS or _title(doc[i]):
        return None
    lowest = max(0, start - _LOOK_BACK)
    while i > lowest and not doc[i].is_sent_start:  # (unset sentence starts are None)
        i -= 1
        tok = doc[i]
        if tok.lower_ == "of" and i > 0 and _title(doc[i - 1]):
            return doc[i - 1]
        if not (tok.lower_ in _JOINERS or _capitalised(tok)):
            return None  # a comma, a verb: "... of Ukraine, Olena Zelenska" is an apposition, read elsewhere
    return None


def state_word(tok: Token, registry) -> bool:
    """``tok`` names a registered state, so it ends a title's "of" phrase and starts no person's name: "the First Lady
    of Poland | Agata Kornhauser-Duda" (``registry``: a :class:`stancegraph.kb.registry.ActorRegistry`)."""
    return tok.ent_type_ == "GPE" or any(a.kind is ActorKind.STATE for a, _ in registry.lookup(tok.text))


def _person_shaped(span: Span) -> bool:
    """Two to four capitalised words ("Kornhauser-Duda" is one), none a word of a portfolio, organ, body or title and
    no acronym, and the name does not go on after the span."""
    doc = span.doc
    words = [t for t in span if t.text != "-"]
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or span[0].text == "-" or span[-1].text == "-":
        return False
    lex = lexicon()
    banned = (lex.words("portfolio_words") | lex.words("organ_words") | lex.title_nouns | lex.words("title_words")
              | lex.words("of_phrase_titles") | lex.words("female_titles") | body_nouns())  # ("First | Lady Olena Zelenska")
    if span.end < len(doc) and (_capitalised(doc[span.end]) or doc[span.end].text == "-"):
        return False  # "... Olena Zelenska Foundation"
    return all(_capitalised(t) and not t.text.isupper() and plain_word(t.text) not in banned for t in words)


def person_after_title(ent: Span) -> bool:
    """``ent`` is a person's name right after a title's "of" phrase or a title: "The First Lady of Ukraine | Olena
    Zelenska", "President Volodymyr Zelenskyy and First Lady | Olena Zelenska".

    >>> import spacy
    >>> doc = spacy.blank("en")("The First Lady of Ukraine Olena Zelenska spoke with the Cabinet of Ministers of Ukraine")
    >>> person_after_title(doc[5:7]), person_after_title(doc[12:14])
    (True, False)
    """
    doc = ent.doc
    return (after_title_phrase(doc, ent.start) or ent.start > 0 and _title(doc[ent.start - 1])) and _person_shaped(ent)


def unnamed_after_titles(doc: Doc, taken: set[int]) -> list[Span]:
    """Persons' names no entity holds, right after an entity that ends a title's "of" phrase: "Deputy Head of the
    Office of the President of Ukraine | Ihor Zhovkva met ..." (the NER's ORG ends at "Ukraine"); ``taken`` are the
    tokens in entities."""
    out, index = [], doc_index(doc)  # (its columns: no Token made for the words tested)
    for ent in ents(doc):
        end = ent.end
        while end < len(doc) and end not in taken and end - ent.end <= _NAME_WORDS[1] + 1 and (
                index.pos[end] == "PROPN" and _capitalised(index.tokens[end]) or index.text[end] == "-"):
            end += 1
        if end - ent.end >= 2 and (end == len(doc) or end not in taken) and after_title_phrase(doc, ent.end) and _person_shaped(doc[ent.end:end]):
            out.append(Span(doc, ent.end, end, label="PERSON"))
    return out


def person_ending_run(title: Token, by_token: dict) -> object | None:
    """The person named right after the last of a run of titles that ``title`` opens, when no name follows
    ``title``'s own "of" phrase: "met with Chair of the European Parliament Delegation to the Euronest Parliamentary
    Assembly, Member of the European Parliament Andrius Kubilius" is Kubilius, not the European Parliament.
    ``by_token`` maps tokens to the mentions (:class:`stancegraph.rules.actors.ActorMention`) that hold them.
    The run is capitalised words, joiners and commas before a capitalised word; the person's name directly follows
    the last title's "of" phrase and ends the run. None if the run breaks before a person.
    """
    doc = title.doc
    i, end = title.right_edge.i + 1, min(sentence_of(title).end, title.i + _LONGEST_RUN)
    while i < end:
        tok, m = doc[i], by_token.get(i)
        if m is not None and m.start == i and len(m.actors) == 1 and m.actors[0].kind is ActorKind.PERSON:
            ends_run = m.end >= len(doc) or not (_capitalised(doc[m.end]) or doc[m.end].lower_ in _JOINERS)
            return m if m.how in ("name", "alias", "minted") and ends_run and after_title_phrase(doc, m.start) else None
        if not (_capitalised(tok) or tok.lower_ in _JOINERS or tok.lower_ == "to"
                or tok.text == "," and i + 1 < end and _capitalised(doc[i + 1])):
            return None
        i = m.end if m is not None and m.start == i else i + 1
    return None
