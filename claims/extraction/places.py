"""Where a claim is about: the places its sentence names, as written, nearest first.

General rules, not a gazetteer: a capitalised phrase after a place preposition ("in
Jilin province", "from North Korea", "across the Gaza Strip"), a common place phrase
("the capital", "the border area"), and a demonym before a noun ("North Korean
escapees"). Phrases that name an organisation ("the Ministry of Unification"), a month or
a weekday are not places.
"""

from __future__ import annotations

import re

from .vocabulary import LEX, MONTHS, WEEKDAYS

__all__ = ["PLACE_REACH", "article_scope", "find_places", "pick_places", "places_in"]

# Places are read nearer the number than sources: a clause each side at most.
PLACE_REACH = 90

_ORGANISATIONS = frozenset(w.lower() for w in LEX["organisation_words"])
_KINDS = frozenset(LEX["place_kind_words"])
_DEMONYM_ENDINGS = tuple(LEX["demonym_endings"])
_NOT_DEMONYMS = frozenset(LEX["demonym_exceptions"])
_NOT_PLACE_START = (
    MONTHS | WEEKDAYS | frozenset(("the", "a", "an", "this", "that", "i", "he", "she", "it", "they", "we"))
)

_CAP = r"[A-Z][\w'’.-]*[\w]|[A-Z]"
_PREPOSITIONS = frozenset(LEX["place_prepositions"])
_KIND_AFTER = re.compile(r" +(" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")(?![A-Za-z])")
# A capitalised phrase ("North Korea", "Democratic Republic of the Congo"); a capital is rare, so the scan is quick.
_CAPITALISED = re.compile(r"(?:" + _CAP + r")(?:(?: +(?:of(?: the)?|de|del|al|el) +| +|-)(?:" + _CAP + r")){0,4}")
_COMMON = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(re.escape(p) for p in sorted(LEX["place_common_phrases"], key=len, reverse=True))
    + r")(?![A-Za-z])"
)
# The last words of the common place phrases: a window whose bag of words has none of them has none.
_COMMON_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in LEX["place_common_phrases"])
_COMPASS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western"))


def _preposition_before(text: str, s: int, lo: int) -> bool:
    """Return whether a place preposition stands right before ``s`` ("in ", "from the ")."""
    end = s - 1
    begin = text.rfind(" ", max(lo, end - 12), end) + 1
    if begin <= 0 or end <= begin:
        begin = max(lo, begin)
    word = text[begin:end].lower()
    if word == "the":
        end = begin - 1
        begin = max(lo, text.rfind(" ", max(lo, end - 12), end) + 1)
        word = text[begin:end].lower()
    if word not in _PREPOSITIONS:
        return False
    return not (word == "to" and text[max(lo, begin - 10) : begin].rstrip().endswith("according"))


def _demonym(name: str) -> bool:
    """Return whether a capitalised phrase ends in a demonym ("Chinese", "North Korean")."""
    last = name.rsplit(" ", 1)[-1].lower()
    if len(last) < 5 or last in _NOT_DEMONYMS or not last.isalpha():
        return False
    words = name.split()
    return last.endswith(_DEMONYM_ENDINGS) and all(w.lower() in _COMPASS for w in words[:-1])


def _is_place(name: str) -> bool:
    """Return whether a capitalised phrase can be a place: not an organisation, a month or a weekday."""
    words = name.split()
    first, last = words[0].lower(), words[-1].lower().rstrip(".")
    if first in _NOT_PLACE_START or last in _ORGANISATIONS:
        return False
    return not any(w.lower() in _ORGANISATIONS for w in words)


def places_in(text: str, lo: int, hi: int, bag: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Return (start, end, place) for every place named in [lo, hi), read once for all the claims there.

    ``bag`` (the words of the span, lower-cased) saves the search for common place phrases
    when none of their words is there.
    """
    found: list[tuple[int, int, str]] = []
    for m in _CAPITALISED.finditer(text, lo, hi):
        name, s = m.group(), m.start()
        first, _, rest = name.partition(" ")
        if rest and first.lower() in _PREPOSITIONS:
            # "In Seoul" at a sentence start: the preposition is capitalised too.
            name, s = rest, s + len(first) + 1
            if name.lower().startswith("the "):
                name, s = name[4:], s + 4
            prepositioned = True
        else:
            prepositioned = _preposition_before(text, s, lo)
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if prepositioned:
            if _is_place(name):
                kind = _KIND_AFTER.match(text, s + len(name))
                place = name + kind.group() if kind else name
                found.append((s, s + len(place), place))
        elif (
            _demonym(name)
            and s > lo
            and text[m.end() : m.end() + 1] == " "
            and text[m.end() + 1 : m.end() + 2].islower()
        ):
            found.append((s, m.end(), name))
    if bag is None or not _COMMON_LAST.isdisjoint(bag):
        for m in _COMMON.finditer(text, lo, hi):
            found.append((m.start(), m.end(), m.group()))
    return found


def pick_places(start: int, end: int, found: list[tuple[int, int, str]], reach: int = PLACE_REACH) -> tuple[str, ...]:
    """Return the places among ``found`` within ``reach`` of the claim at [start, end), nearest first, each once."""
    near: list[tuple[int, str]] = []
    for s, e, place in found:
        if s < end and e > start:
            continue
        gap = start - e if e <= start else s - end
        if gap <= reach:
            near.append((gap, place))
    near.sort(key=lambda item: item[0])
    seen: set[str] = set()
    out: list[str] = []
    for _, place in near:
        key = place.lower()
        if key not in seen:
            seen.add(key)
            out.append(place)
    return tuple(out)


def find_places(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, ...]:
    """Return the places named in the sentence [lo, hi) of the claim at [start, end), as written, nearest first.

    >>> t = "About 2,000 North Korean escapees are detained in China, the Ministry of Unification said."
    >>> find_places(t, 0, 11, 0, len(t))
    ('North Korean', 'China')
    >>> find_places("Some 40 people fled the capital on Monday.", 0, 7, 0, 42)
    ('the capital',)
    """
    return pick_places(start, end, places_in(text, lo, hi))


# A dateline: a capitalised place at the start of a line, then a comma or an agency in brackets, then a dash.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,3})(?:,[^\n(—–-]{1,40})?(?: \([^)\n]{1,40}\))? ?[—–-]"
)
# How far into an article its own place is looked for.
SCOPE_REACH = 600


def article_scope(text: str) -> str:
    """Return the article's own place: its dateline, else the first place its opening names, or "".

    >>> article_scope("Floods rise\\n\\nSYLHET, Bangladesh (Wire) - Floods killed 41 across Sylhet division.")
    'SYLHET'
    >>> article_scope("Headline\\n\\nFloods killed 41 people across Sylhet division on Monday.")
    'Sylhet division'
    """
    m = _DATELINE.search(text, 0, SCOPE_REACH)
    if m is not None and _is_place(m.group("place")):
        return m.group("place")
    found = places_in(text, 0, min(len(text), SCOPE_REACH))
    named = [f for f in found if f[2][0].isupper()]
    return min(named)[2] if named else ""
