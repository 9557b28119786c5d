"""Names as the registry compares them: accents, typographic apostrophes, initials' dots and "the" folded away."""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["normalise_name", "name_key", "plain_word"]

# ’ ‘ ʼ ´ ` -> '; letters that Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                       "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})
_INITIAL_DOT = re.compile(r"\b([^\W\d_])\.")  # the dots of "U.S.", "D.C.", not of "St."
_SPACES = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """Return ``text`` without accents, initials' dots, a leading "the" and extra spaces (case kept).

    >>> normalise_name("the  U.S.")
    'US'
    >>> normalise_name("Côte d’Ivoire")
    "Cote d'Ivoire"
    """
    if text.isascii() and "`" not in text:
        s = text  # nothing to fold (most names): the fast path
    else:
        s = unicodedata.normalize("NFKD", text.translate(_FOLD))
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _SPACES.sub(" ", _INITIAL_DOT.sub(r"\1", s)).strip()
    if len(s) > 4 and s[:4].casefold() == "the ":
        s = s[4:]
    return s


def name_key(name: str) -> str:
    """Comparison key of a name: normalised, case-folded, hyphens as spaces ("al-Assad" = "Al Assad").

    >>> name_key("the Al-Assad  family") == name_key("Al Assad family")
    True
    """
    return " ".join(normalise_name(name).casefold().replace("-", " ").split())


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the word, called for every name word of a document
def plain_word(word: str) -> str:
    """Lower case, no accents, no possessive: "Zelenskyy's" -> "zelenskyy".

    >>> plain_word("Zelenskyy's"), plain_word("Nausėda")
    ('zelenskyy', 'nauseda')
    """
    word = re.sub(r"[’']s$", "", word)
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
