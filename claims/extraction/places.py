"""Where a claim is about: the places its sentence names, as written, nearest first.

General rules, not a gazetteer: a capitalised phrase after a place preposition ("in
Jilin province", "from North Korea", "across the Gaza Strip"), a common place phrase
("the capital", "the border area"), and a demonym before a noun ("North Korean
escapees"). Phrases that name an organisation ("the Ministry of Unification"), a month or
a weekday are not places.
"""

from __future__ import annotations

import re

from .vocabulary import COMPASS_POINTS, LEX, MONTHS, NOT_DEMONYMS, PERSON, WEEKDAYS, longest_first

__all__ = ["PLACE_REACH", "article_scope", "find_places", "pick_places", "places_in"]

# Places are read nearer the number than sources: a clause each side at most.
PLACE_REACH = 90

_ORGANISATIONS = frozenset(w.lower() for w in LEX["organisation_words"])
# Bodies whose names hold no organisation's word: "the Red Cross", "the Xunta" (Galicia's government).
_BODY_NAMES = frozenset(LEX["not_place_names"])
_KINDS = frozenset(LEX["place_kind_words"])
DEMONYM_ENDINGS = tuple(LEX["demonym_endings"])
_NOT_PLACE_START = (
    MONTHS | WEEKDAYS | frozenset(("the", "a", "an", "this", "that", "i", "he", "she", "it", "they", "we"))
)

_CAP = r"[A-Z][\w'’.-]*[\w]|[A-Z]"
_PREPOSITIONS = frozenset(LEX["place_prepositions"])
_KIND_AFTER = re.compile(r" +(" + "|".join(longest_first(_KINDS)) + r")(?![A-Za-z])")
# The small words inside a place's name: "Castel del Monte", "Porte de la Chapelle", "Santo Stefano di Sessanio",
# "Val d'Aosta"; a name cut before them is a fragment of it ("Porte"), no place of its own.
_JOINERS = r"of(?: the)?|de(?: la| las| los)?|del|della|di|du|des|da|do|dos|al|el"
_PHRASE = r"(?P<name>(?:" + _CAP + r")(?:(?: +(?:" + _JOINERS + r") +| +|-| +d['’])(?:" + _CAP + r")){0,4})"
_PREP_ALTERNATION = "|".join(longest_first(_PREPOSITIONS))
# A place after a preposition: the leading blank is a literal, so the search skips ahead quickly.
_NAMED_INSIDE = re.compile(r"[ \n](?P<prep>" + _PREP_ALTERNATION + r") +(?:the +)?" + _PHRASE)
# The same at a sentence's start, its preposition capitalised ("In Seoul, ...").
_NAMED_FIRST = re.compile(
    r"(?P<prep>" + "|".join(p.capitalize() for p in longest_first(_PREPOSITIONS)) + r") +(?:the +)?" + _PHRASE
)
# The most letters of a body's initials ("KMH", "UCLA").
_ACRONYM_MAX = 5
# The capital first, the look-behind after it: the search then skips ahead to a capital, as it does to a literal.
_DEMONYM = re.compile(
    r"[A-Z](?<![A-Za-z][A-Z])(?:(?:"
    + "|".join(
        f"(?<={w[0]}){w[1:]}" for w in ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western")
    )
    + r") +[A-Z])?[a-z]{2,}(?:"
    + "|".join(sorted(DEMONYM_ENDINGS, key=len, reverse=True))
    + r")(?= +[a-z])"
)
_COMMON = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(re.escape(p) for p in sorted(LEX["place_common_phrases"], key=len, reverse=True))
    + r")(?![A-Za-z])"
)
# The last words of the common place phrases: a window whose bag of words has none of them has none.
_COMMON_LAST = frozenset(p.rsplit(" ", 1)[-1] for p in LEX["place_common_phrases"])
COMPASS_WORDS = frozenset((*COMPASS_POINTS, *(point + "ern" for point in COMPASS_POINTS)))
# A region by its compass point: "southern Peru", "central Mozambique" (the adjective in lower case).
_COMPASS_REGIONS = (
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
)
_COMPASS_PLACE = re.compile(r"(?<![\w'’-])(?:" + "|".join(_COMPASS_REGIONS) + r") +" + _PHRASE)


# A verb of saying right after a word: "Hasan said", "Kumari told".
_NEXT_WORD = re.compile(r" +([a-z]+)(?![A-Za-z])")
_SAYING = frozenset(LEX["attribution_verbs"])


def _demonym(name: str) -> bool:
    """Return whether a capitalised phrase ends in a demonym ("Chinese", "North Korean")."""
    return is_demonym(name.rsplit(" ", 1)[-1]) and all(w.lower() in COMPASS_WORDS for w in name.split()[:-1])


def is_demonym(word: str) -> bool:
    """Return whether one word is a demonym ("Chinese", "Korean", "Nepali"), not a word that only ends like one
    ("human", "Christian").

    >>> is_demonym("Eritrean"), is_demonym("Chinese"), is_demonym("Christian"), is_demonym("Iran")
    (True, True, False, False)
    """
    lower = word.lower()
    return len(lower) >= 5 and lower.isalpha() and lower not in NOT_DEMONYMS and lower.endswith(DEMONYM_ENDINGS)


def _is_place(name: str) -> bool:
    """Return whether a capitalised phrase can be a place: not an organisation, a month or a weekday."""
    words = name.split()
    first, last = words[0].lower(), words[-1].lower().rstrip(".")
    if first in _NOT_PLACE_START or last in _ORGANISATIONS:
        return False
    if any(f" {body} " in f" {name.lower()} " for body in _BODY_NAMES):
        return False
    return not any(w.lower() in _ORGANISATIONS for w in words)


# A place named after its kind: "the town of Caravelí", "the coastal district of Chala", "the Italian island of
# Lampedusa" (up to two words between "the" and the kind).
_KIND_OF = re.compile(
    r"(?<![A-Za-z])the +(?:[A-Za-z][a-z-]* +){0,2}?(?:"
    + "|".join(longest_first(_KINDS))
    + r") +of +(?:the +)?"
    + _PHRASE
)


# A place a direction is read from: "south of Lampedusa", "north-east of Caravelí".
_DIRECTIONS = frozenset(
    (
        *COMPASS_POINTS,
        *(f"{a}{dash}{b}" for a in ("north", "south") for b in ("east", "west") for dash in ("-", "")),
    )
)
_COMPASS_OF = re.compile(r"(?<![\w'’-])(?:" + "|".join(longest_first(_DIRECTIONS)) + r") +of +(?:the +)?" + _PHRASE)


# A place that owns the next: "Zimbabwe's " of "Zimbabwe's Hwange".
_OWNER = re.compile(r"(?P<owner>[^'’]+)['’]s +(?=[A-Z])")


def places_in(
    text: str, lo: int, hi: int, bag: frozenset[str] | None = None, *, owners: bool = True
) -> list[tuple[int, int, str]]:
    """Return (start, end, place) for every place named in [lo, hi), read once for all the claims there.

    ``bag`` (the words of the span, lower-cased) saves the search for common place phrases
    when none of their words is there; ``owners``: "Zimbabwe's Hwange" is two places, Hwange and Zimbabwe
    (else one, as written).
    """
    found: list[tuple[int, int, str]] = []
    named = list(_NAMED_INSIDE.finditer(text, lo, hi))
    first = _NAMED_FIRST.match(text, lo, hi)
    if first is not None:
        named.append(first)
    for m in named:
        name, s = m.group("name"), m.start("name")
        if m.group("prep") == "to" and text[max(0, m.start() - 9) : m.start() + 1].lower().startswith("according"):
            continue
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if m.group("prep") == "at" and name.isupper() and len(name) <= _ACRONYM_MAX:
            # "a nurse at KMH", "a lecturer at MIT": a body's initials, where one works, not a place.
            continue
        if _is_place(name):
            kind = _KIND_AFTER.match(text, s + len(name))
            place = name + kind.group() if kind else name
            owner = _OWNER.match(place)
            if owners and owner is not None and _is_place(place[owner.end() :]):
                # "Zimbabwe's Hwange", "Kumasi's Baba Yara stadium": the place owned, and its owner, a wider one.
                found.append((s + owner.end(), s + len(place), place[owner.end() :]))
                found.append((s, s + len(owner.group("owner")), owner.group("owner")))
                continue
            found.append((s, s + len(place), place))
    # "the town of Caravelí": read only where the sentence has an "of".
    kinds_of = (
        list(_KIND_OF.finditer(text, lo, hi)) if bag is None or ("of" in bag and not _KINDS.isdisjoint(bag)) else []
    )
    for m in kinds_of:
        # "the town of Caravelí" is Caravelí, not "the town" (nor "Italian island" of "the Italian island of").
        name = m.group("name")
        if _is_place(name):
            found = [f for f in found if not (f[0] < m.end() and m.start() < f[1])]
            found.append((m.start("name"), m.end("name"), name))
    if bag is None or ("of" in bag and not _DIRECTIONS.isdisjoint(bag)):
        for m in _COMPASS_OF.finditer(text, lo, hi):
            # "from the sea south of Lampedusa", "18 km north-east of Caravelí": the place a direction is read from.
            name = m.group("name")
            if _is_place(name) and not any(f[0] < m.end() and m.start() < f[1] for f in found):
                found.append((m.start("name"), m.end("name"), name))
    spans = [(s, e) for s, e, _ in found]
    # A compass region is a word of the bag: a window whose bag has none has none.
    regions = _COMPASS_PLACE.finditer(text, lo, hi) if bag is None or not bag.isdisjoint(_COMPASS_REGIONS) else ()
    for m in regions:
        # "struck southern Peru", "across central Mozambique": a region by its compass point is a place wherever it
        # stands.
        name = m.group("name")
        if _is_place(name) and not _demonym(name) and not any(s < m.end() and m.start() < e for s, e in spans):
            found.append((m.start(), m.end(), m.group()))
    spans = [(s, e) for s, e, _ in found]
    for m in _DEMONYM.finditer(text, lo + 1, hi):
        if _demonym(m.group()) and not any(s < m.end() and m.start() < e for s, e in spans):
            if _OPENS.search(text, max(lo, m.start() - 8), m.start()):
                # "11:15 - Shellfish gatherers", "counted 1,200. Traffic is": a word capitalised by its place at a
                # sentence's or an entry's start is no nationality's name.
                continue
            if not _is_nationality_of_place(text, m.start(), m.end()):
                continue
            after = _NEXT_WORD.match(text, m.end())
            if after is not None and after.group(1) in _SAYING:
                # "spokesman Kamrul Hasan said": a name before a verb of saying is a person's, not a nationality.
                continue
            found.append((m.start(), m.end(), m.group()))
    # "the town" inside "the town of Caravelí" is no place of its own.
    named_spans = [(m.start(), m.end()) for m in kinds_of]
    if bag is None or not _COMMON_LAST.isdisjoint(bag):
        for m in _COMMON.finditer(text, lo, hi):
            if not any(s <= m.start() and m.end() <= e for s, e in named_spans):
                found.append((m.start(), m.end(), m.group()))
    return found


# A person's description after a name, before "from": "Ana Ruiz, 29, a taxi driver from", ", an elderly woman from" (up
# to three words after "a").
_ONE_FROM = re.compile(r",(?: +\d+,)? +(?:a|an) +(?:[a-z][\w'’-]* +){1,3}from +\Z")
# What opens a sentence or a live entry right before a word: a stop, a line's start, an entry's time and dash ("11:15 -").
_OPENS = re.compile(r"(?:[.!?\n]|\d[ \t]*[—–-])[ \t]*\Z")


# The word right before a nationality, and what stands before that word: "an Australian", "Associazione Pastori".
_WORD_BEFORE = re.compile(r"(?P<lead>[.!?:;\n\"“(]?)[ \t]*(?P<word>[A-Za-z][\w'’-]*) +\Z")
# A name going on after a nationality's word: "Pastori d'Abruzzo", "Contadini di Puglia".
_NAME_GOES_ON = re.compile(r" +(?:d['’]|(?:" + _JOINERS + r") +)[A-Z]")


def _is_nationality_of_place(text: str, start: int, end: int) -> bool:
    """Return whether a nationality's word at [start, end) stands for its country: not one person's or thing's ("an
    Australian tourist"), nor a word of a longer capitalised name ("the Associazione Pastori d'Abruzzo").

    >>> t = "An Australian tourist and 40 Chinese workers joined the Unione Contadini d'Umbria at a Greek farm."
    >>> [_is_nationality_of_place(t, t.index(w), t.index(w) + len(w)) for w in ("Australian", "Chinese", "Contadini",
    ...                                                                          "Greek")]
    [False, True, False, True]
    """
    if _NAME_GOES_ON.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return True
    word = before.group("word")
    if word.lower() in ("a", "an"):
        # "an Australian tourist": one person's nationality; "a Romanian hospital" is still in its country.
        after = _NEXT_WORD.match(text, end)
        return after is None or not (after.group(1) in PERSON or after.group(1) + "s" in PERSON)
    # A capitalised word before it that does not open its sentence: the nationality is a word of a name.
    opens = bool(before.group("lead")) or before.start("word") == max(0, start - 40) == 0
    return not (word[0].isupper() and word.lower() not in _NOT_PLACE_START and not opens)


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
# A byline's name is no dateline, nor is a hyphen inside a name ("By Marie-Ange Joseph"): a dash after a blank is.
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?!By )(?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*){0,3})"
    r"(?:,[^\n(—–-]{1,40})?"
    r"(?: \([^)\n]{1,40}\))?(?: [—–-]|[—–])"
)
# How far into an article its own place is looked for.
SCOPE_REACH = 600


def article_scope(text: str) -> str:
    """Return the article's own place: the first place its dateline's sentence names, else the dateline's, else the
    first place its opening names (then a place named as an owner, "Madrid's 150,000", and a nationality only when
    it names neither, never its people: "Velmorans"), or "".

    A dateline says where the story was filed; the sentence after it says where it happened ("ACCRA - A crush at
    Kumasi's stadium ...": Kumasi).

    >>> article_scope("Floods rise\\n\\nDHAKA, Bangladesh (Wire) - Floods killed 41 across Sylhet division.")
    'Sylhet division'
    >>> article_scope("Floods rise\\n\\nSYLHET, Bangladesh (Wire) - Floods killed 41 across Sylhet division.")
    'SYLHET'
    >>> article_scope("Floods rise\\n\\nDHAKA (Wire) - Floods killed 41 people, officials said.")
    'DHAKA'
    >>> article_scope("Headline\\n\\nFloods killed 41 people across Sylhet division on Monday.")
    'Sylhet division'
    >>> article_scope("Floods rise\\n\\nBy Ana-Maria Pop, Wire\\n\\nSYLHET, Bangladesh - Floods killed 41.")
    'SYLHET'
    >>> article_scope("How big was Velmora's strike?\\n\\nThe unions say 90 percent stopped work.")
    'Velmora'
    """
    m = _DATELINE.search(text, 0, SCOPE_REACH)
    if m is not None and _is_place(m.group("place")):
        place = m.group("place")
        # The sentence ends at its stop or at its paragraph's end, whichever comes first.
        stops = [at for at in (text.find(". ", m.end()), text.find("\n", m.end())) if at >= 0]
        end = min(stops) + 1 if stops else len(text)
        if place.lower() in text[m.end() : end].lower():
            # The sentence names the dateline's place ("KUMASI - ... at Kumasi's stadium"): the story is there.
            return place
        found = _first_place(text, m.end(), end, demonyms=False)
        if found:
            return found
        # A sentence that names no place: the story is where the text goes on to name, before the filing place.
        end = text.find(". ", m.end())
        end = len(text) if end < 0 else end + 1
        if place.lower() in text[m.end() : end].lower():
            return place
        found = _first_place(text, m.end(), end, demonyms=False)
        if found or place.lower() in text[: text.find("\n")].lower():
            # A dateline's place the headline names is where the story is ("Brava fire ...", "BRAVA - ...").
            return found or place
        # "VELMORA CITY - Arvenia's central bank said ...": the body's owner is the count's place, not the filing city.
        return _first_owner(text, m.end(), end, bodies=True) or place
    reach = min(len(text), SCOPE_REACH)
    return (
        _first_place(text, 0, reach, demonyms=False)
        or _first_owner(text, 0, reach)
        or _first_place(text, 0, reach, demonyms=True)
    )


# A capitalised owner: "Madrid's 150,000", "Argentina's general strike".
_OWNER_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})['’]s (?=[a-z0-9])")


def _first_owner(text: str, lo: int, hi: int, *, bodies: bool = False) -> str:
    """Return the first capitalised owner in [lo, hi) that can be a place ("what Madrid's 150,000 want"), or "".

    The owner of a public body comes first ("Arvenia's central bank", "Velmora's capital"): a company's or a person's
    name owns other things ("Lokar Credit's missing millions"). ``bodies``: only such an owner.
    """
    owners = [
        m for m in _OWNER_NAME.finditer(text, lo, hi) if _is_place(m.group("name")) and not _demonym(m.group("name"))
    ]
    of_bodies = [m for m in owners if _PUBLIC_BODY.match(text, m.end())]
    found = of_bodies or ([] if bodies else owners)
    return found[0].group("name") if found else ""


# A public body owned, up to two words before it: "central bank", "interior ministry", "own civil protection agency".
_PUBLIC_BODY = re.compile(
    r"(?:[a-z][\w-]* +){0,2}?(?:" + "|".join(longest_first(frozenset(LEX["public_body_words"]))) + r")(?![A-Za-z])"
)


def _first_place(text: str, lo: int, hi: int, *, demonyms: bool) -> str:
    """Return the first capitalised place named in [lo, hi), a nationality ("North Korean") only with ``demonyms``.

    A place "in" which something is comes first ("at Narmada Agrochem's plant in Dahej": Dahej).
    """
    # "Ana Ruiz, 29, a taxi driver from Ardel": where one person comes from is no story's place.
    found = [f for f in places_in(text, lo, hi, owners=False) if not _ONE_FROM.search(text, max(lo, f[0] - 48), f[0])]
    named = sorted(f for f in found if f[2][0].isupper() and demonyms == _demonym(f[2]))
    if demonyms:
        # "thousands of Velmorans": a nationality's people, no place.
        named = [f for f in named if not f[2].endswith("s")]
    inside = [f for f in named if _IN_BEFORE.search(text, max(0, f[0] - 8), f[0])]
    return (inside or named)[0][2] if named else ""


# The preposition of a place something is in, right before its name: "in Dahej", "in the Dahej industrial estate".
_IN_BEFORE = re.compile(r"(?<![A-Za-z])in (?:the )?\Z")
