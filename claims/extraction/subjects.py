"""What a claim counts: a readable subject ("North Korean escapees detained in China") and its event ("detained").

The subject is the counted noun with the words that modify it between the number and
the noun, then the predicate that governs it: a verb after the noun, past any auxiliary
or adverb ("were currently detained"), with the place or object phrase that follows it
("in China"); else a verb before the number ("police detained 32 protesters"). A number
without a counted noun (a percentage, a sum) takes the phrase the verb before it has as
its subject ("the unemployment rate rose to 5.2%").
"""

from __future__ import annotations

import re

from .attribution import GIVING_VERBS, HEDGE_ADVERBS
from .context import may_end_with
from .vocabulary import (
    AREA_UNITS,
    BE_FORMS,
    CHANGE_VERBS,
    COUNTING_NOUNS,
    CURRENCY_CODES,
    LENGTH_UNITS,
    LENGTH_WORDS,
    LETTER,
    LEX,
    MEASURE_UNITS,
    MONTHS,
    PERSON,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    POSSESSIVE_ENDINGS,
    STOP,
    TIME_UNITS,
    UNIT_WORDS,
    WEEKDAYS,
    alternation,
    longest_first,
    on_first_use,
    spaced_trie,
)

__all__ = [
    "count_named",
    "find_subject",
    "holds_any_day",
    "is_owned_count",
    "is_reach_verb",
    "is_stand_in",
    "is_told_as_part",
    "magnitude_subject",
    "measured_subject",
    "opens_clause",
    "share_subject",
    "toll_subject",
    "with_fronted_place",
]

_AUX = frozenset(LEX["aux_words"]) | HEDGE_ADVERBS | frozenset(("who", "that", "which", "to"))
_EVENT_VERBS = frozenset(LEX["event_verbs"]) | PERSON_VERBS_AFTER | PERSON_VERBS_BEFORE | CHANGE_VERBS
_REACH = frozenset(LEX["reach_verbs"])
_NOT_VERBS = frozenset(LEX["event_not_verbs"])
_PHRASE_PREPOSITIONS = frozenset(
    ("in", "from", "to", "at", "into", "across", "on", "over", "during", "near", "inside", "outside", "for", "of")
)
_BEFORE_NUMBER = frozenset(("to", "at", "by", "of", "from", "about", "some", "nearly", "around", "than"))
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "such"))


# What ends a verb's subject phrase read backwards: a clause opener or a verb of saying.
_CLAUSE_OPENERS = frozenset(
    (
        "that",
        "which",
        "who",
        "whose",
        "where",
        "while",
        "whereas",
        "but",
        "as",
        "when",
        "after",
        "if",
        "though",
        "although",
        "because",
    )
)
# The words that may open a number's quantity ("about 40,000", "more than 300"), optional, right before it.
_OPENER_WORDS = ("about", "around", "some", "nearly", "almost", "roughly", "more than", "at least")
_OPENER = r"(?:(?:" + "|".join(w.replace(" ", r"[ \t\u00a0]+") for w in _OPENER_WORDS) + r")[ \t\u00a0]+)?"
_SAYING = frozenset(LEX["attribution_verbs"])
# Verbs by which a source gives a bare number ("The alliance gave 36,000", "the mayor had given about 320"): who gave
# it, not what it counts.
_GIVING = GIVING_VERBS | frozenset(("given",))
# Words that count what follows them ("the number of people"): never what is counted.
_COUNTING_WORDS = COUNTING_NOUNS | frozenset(("figure", "figures", "estimate", "estimates"))
_OWNER_WORDS = 10
# Verbs that give the size of what comes before them: "the attackers, numbering about 20".
_SIZE_VERBS = frozenset(LEX["size_verbs"])
# Words of a state a verb of becoming takes: "had fallen ill", "were left homeless".
_STATE_WORDS = frozenset(LEX["state_words"])
# How many words ("the true", "the official") may stand before a counting word that opens an owner phrase.
_COUNTING_AT = 3
# Openers of a clause that tells which of the noun before it are meant: "people killed when ...", "refugees who ...".
_RELATIVE_OPENERS = frozenset(("when", "who", "whose", "which", "where", "after", "while"))
# "bringing the toll to 58", "the death toll of 40": the toll is what is counted.
_TOLL_TO = re.compile(
    r"(?<![A-Za-z])(?P<phrase>(?:death[ \t\u00a0]+)?toll)[ \t\u00a0]+(?:to|at|of)[ \t\u00a0]+" + _OPENER + r"\Z",
    re.IGNORECASE,
)
# "127 of them were Nepalis", "98 are Bangladeshis", "Four of the dead were children".
_PARTITIVE_IS = re.compile(
    r"(?:[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+|those[ \t\u00a0]+)?(?:[\d,]+[ \t\u00a0]+)?(?P<whole>[a-z][\w'’-]*))?"
    r"[ \t\u00a0]+(?:are|were|was|is)[ \t\u00a0]+(?P<part>[A-Z][a-z]+(?:ese|ans|ians|is|s)|children|women|men|minors"
    r"|[a-z]{3,}(?<!ss)(?<!us)s)"
    r"(?![\w'’-])"
)
# The whole a part is taken of, right after the part's number: " of the 14 dead were".
_WHOLE_PARTED = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the|those)[ \t\u00a0]")
# "Eleven people were hurt, nine of them firefighters": a part named right after "of them", with no verb between.
_OF_THEM_PART = re.compile(
    r"[ \t\u00a0]+of[ \t\u00a0]+(?:them|whom)[ \t\u00a0]+(?P<part>[A-Z][a-z]+(?:ese|ans|ians|is)|children|women|men"
    r"|[a-z]{2,}(?<!ss)(?<!us)s)(?![\w'’-])"
)
_PRONOUNS = frozenset(("them", "those", "these", "us", "it"))
_PERSONAL = frozenset(("he", "she", "they", "we", "i", "you", "who", "which", "that"))
# A form of "have" right before a number, as the verb of what a thing has: "the building had 11 floors".
# A verb of reaching that opens a quote ("has passed 7,200 won"): the "have" before it is an auxiliary.
_REACH_AT = re.compile(r"(?:" + alternation(sorted(_REACH)) + r")(?![\w'’-])", re.IGNORECASE)
_HAD = re.compile(r"(?<![\w'’-])(?:has|have|had)[ \t\u00a0]+(?:only[ \t\u00a0]+|just[ \t\u00a0]+)?\Z")
# "26 of whom", "eleven of them": a part of a whole named before, its predicate after.
_OF_WHOM = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:whom|them)(?![\w'’-])")
# "including 23 children", "among them two minors": a part of a whole told before, the number after.
_INCLUDING = re.compile(r"(?<![\w'’-])(?:including|among[ \t\u00a0]+(?:them|whom))[ \t\u00a0]*\Z", re.IGNORECASE)
# "died in less than a week": words of degree after a preposition make no place or object.
_DEGREE_WORDS = frozenset(("less", "more", "than", "least", "most", "all", "total"))
# "the number of missing people to 19", "the total of displaced families stood at 4,000".
_NUMBER_OF_PHRASE = re.compile(
    r"(?<![A-Za-z])(?:"
    + alternation(sorted(COUNTING_NOUNS))
    + r")[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|its|their)[ \t\u00a0]+)?"
    r"(?P<phrase>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Za-z][\w'’-]*){0,6}?)"
    r"(?:[ \t\u00a0]+(?:has|have|had|was|were|is|are|now))*"
    r"[ \t\u00a0]+(?:(?:stood|stands|rose|fell|reached|was|is|hit|climbed|increased|dropped|jumped|topped)"
    r"(?:[ \t\u00a0]+(?:to|at))?|to|at)"
    r"[ \t\u00a0]+" + _OPENER + r"\Z",
    re.IGNORECASE,
)
# A phrase of place after a counted noun: "48,000 people in shelters".
_place_phrase = on_first_use(
    r"[ \t\u00a0]+(?:in|at|across|inside|from)[ \t\u00a0]+(?:(?:the|its|their)[ \t\u00a0]+)?[A-Za-z][\w'’-]*"
    r"(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3}"
)
# A common noun right after a place's name: "the Paris march", "the Kelowna fire".
_named_kind = on_first_use(r"[ \t\u00a0]+([a-z][\w'’-]*)(?![\w'’-])")
# Verbs and the particle or phrase after them that name an event of their own ("sent back", "took part").
_PHRASAL: dict[str, str] = LEX["phrasal_events"]
_PHRASAL_RE = re.compile(
    r"(?:"
    + "|".join(sorted((re.escape(k).replace(r"\ ", r"[ \t\u00a0]+") for k in _PHRASAL), key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
# "a stadium built for", "a ferry licensed to carry up to": what a thing was made to hold, right before the number.
_BUILT_TO = ("hold", "house", "seat", "carry", "take", "accommodate")
_BUILT_UP_TO = ("about", "around", "some", "nearly", "roughly", "up to", "more than")
_BUILT_FOR = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Za-z][\w'’-]*),?[ \t\u00a0]+(?:(?:was|is)[ \t\u00a0]+)?"
    r"(?:built|designed|made|meant|licensed|certified|equipped|rated)[ \t\u00a0]+"
    r"(?:for|to[ \t\u00a0]+(?:" + "|".join(_BUILT_TO) + r"))(?P<made>)[ \t\u00a0]+"
    r"(?:(?:" + "|".join(w.replace(" ", r"[ \t\u00a0]+") for w in _BUILT_UP_TO) + r")[ \t\u00a0]+)?\Z",
    re.IGNORECASE,
)
# The words ``_BUILT_FOR``'s match ends with, before its blanks: tried first (``may_end_with``).
_BUILT_FOR_ENDS = ("for", *_BUILT_TO, *(w.split()[-1] for w in _BUILT_UP_TO))
# "put the crowd at", "estimated attendance at": the phrase between the verb and "at" is what is counted.
_PUT_AT = re.compile(
    r"(?<![\w'’-])(?:put|puts|putting|estimated|estimates|placed|places|set|sets|counted|pegged)[ \t\u00a0]+"
    r"(?P<phrase>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Za-z][\w'’-]*){0,11}?)[ \t\u00a0]+at[ \t\u00a0]+" + _OPENER + r"\Z"
)
# "the crowd was put at", "The cost has been estimated at": a passive verb that sets its subject at the number.
_PUT_AT_PASSIVE = re.compile(
    r"(?<![\w'’-])(?:is|are|was|were|been|being)[ \t\u00a0]+(?:[a-z]+ly[ \t\u00a0]+)?"
    r"(?:put|estimated|placed|set|counted|pegged|reckoned|valued|calculated|assessed)[ \t\u00a0]+at[ \t\u00a0]+"
    + _OPENER
    + r"\Z"
)

# The words ``_PUT_AT``'s and ``_CHANGED_TO``'s matches end with, before their blanks: tried first (``may_end_with``).
_AT_TO_ENDS = ("at", "to", *(w.split()[-1] for w in _OPENER_WORDS))

_AUX_ALT = spaced_trie(sorted(_AUX))
# A comma and a verb of size right before a number: ", now numbering ".
_SIZE_AFTER = re.compile(
    r",(?:[ \t\u00a0]+(?:"
    + _AUX_ALT
    + r"))*[ \t\u00a0]+(?:"
    + alternation(sorted(_SIZE_VERBS))
    + r")[ \t\u00a0]+"
    + _OPENER
    + r"\Z"
)
_PHRASE_ALT = "|".join(longest_first(_PHRASE_PREPOSITIONS))
# After the counted noun: auxiliaries and adverbs, then a word that may be the predicate, then a short phrase.
_AFTER_NOUN = re.compile(
    r"(?P<aux>(?:[ \t\u00a0]+(?:" + _AUX_ALT + r"|[a-z]{2,}ly)(?![\w'’-])){0,4})[ \t\u00a0]+(?P<verb>[a-z][a-z'’-]*)"
    r"(?P<phrase>[ \t\u00a0]+(?:" + _PHRASE_ALT + r")[ \t\u00a0]+(?:(?:the|a|an|its|their)[ \t\u00a0]+)?"
    r"(?:[A-Za-z][\w'’-]*)(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3})?"
)
# What may follow a counted noun as its own: an "of" phrase or other nouns joined to it, a word at a time.
_NOUN_OWN_PHRASE = re.compile(
    r"(?:[ \t\u00a0]+(?:of|and(?:[ \t\u00a0]+other)?)[ \t\u00a0]+(?:(?:the|its|their|his|her|our)[ \t\u00a0]+)?"
    r"[A-Za-z][\w'’-]*)(?:[ \t\u00a0]+(?!(?:" + _AUX_ALT + r")(?![\w'’-]))[A-Za-z][\w'’-]*){0,3}"
)
# Words that leave a phrase unfinished ("on a single", "in rough"), and the words that finish it.
_UNFINISHED = frozenset(LEX["unfinished_phrase_words"])
_RUN_ON = re.compile(r"[ \t\u00a0]+[a-z][\w'’-]*(?![\w'’-])")
# A noun, then a participle in -ing whose object is the number: "a boat carrying (about) ".
_CARRIER = re.compile(
    r"[a-z][\w'’-]*[ \t\u00a0]+(?P<verb>[a-z]{3,}ing)[ \t\u00a0]+"
    r"(?:(?:about|some|nearly|around|almost|roughly|more[ \t\u00a0]+than|at[ \t\u00a0]+least|up[ \t\u00a0]+to|as[ \t\u00a0]+many[ \t\u00a0]+as)[ \t\u00a0]+)?\Z"
)
# "widened the evacuation zone to", "cut its forecast to": a verb of change, its object, then "to".
_CHANGED_TO = re.compile(
    r"(?<![\w'’-])(?:"
    + alternation(sorted(CHANGE_VERBS | frozenset(("extended", "expanded", "reduced", "revised"))))
    + r")[ \t\u00a0]+(?P<phrase>(?:the|its|their|his|her|a|an)[ \t\u00a0]+[A-Za-z][\w'’-]*"
    r"(?:[ \t\u00a0]+[A-Za-z][\w'’-]*){0,7}?)[ \t\u00a0]+to[ \t\u00a0]+" + _OPENER + r"\Z"
)
# A form of "be" right before the number, an opening quotation mark between them: "the crowd was “".
_COPULA = re.compile(
    r"(?<![\w'’-])(?<![Tt]here[ \t\u00a0])(?P<verb>is|was|are|were)[ \t\u00a0]+"
    # "the crowd was likely about 40,000": an adverb of likelihood between.
    + r"(?:(?:"
    + alternation(LEX["likelihood_adverbs"])
    + r")[ \t\u00a0]+)?[\"“‘]?"
    + _OPENER
    + r"\Z"
)
# A noun, its possessive owner before it, then "of" right before the number: "the stadium's capacity of ".
_NOUN_OF = re.compile(
    r"(?<![\w'’-])(?:(?P<owner>[A-Za-z][\w-]*(?:'s|s'|’s|s’))[ \t\u00a0]+)?(?P<noun>[a-z][\w-]*)[ \t\u00a0]+of"
    r"[ \t\u00a0]+[\"“‘]?" + _OPENER + r"\Z"
)
# Words before "of" that take a part of what follows or are no thing counted: "one of", "in excess of"; a verb of
# speaking ("had spoken of 60") or a list ("published a list of 53") names nothing the number counts.
_NOT_OWNERS = frozenset(
    (
        "spoke",
        "spoken",
        "speak",
        "speaks",
        "talked",
        "talk",
        "talks",
        "list",
        "one",
        "some",
        "all",
        "any",
        "none",
        "each",
        "most",
        "many",
        "both",
        "half",
        "part",
        "out",
        "excess",
        "more",
        "less",
        "upwards",
        "because",
        "instead",
        "ahead",
        "front",
        "top",
        "terms",
        "think",
        "sort",
        "kind",
    )
)
# "up from 41", "down from 12": the base a change is measured from.
_CHANGE_BASE = re.compile(
    r"(?<![\w'’-])(?:up|down)[ \t\u00a0]+from[ \t\u00a0]+(?:(?:about|some|nearly|around)[ \t\u00a0]+)?\Z"
)
# A share of a whole after a percentage: "24.6 percent of primary and secondary teachers (were ...)", "61% of
# Portuguese", "40% of Americans" (a people named by its demonym), "64 percent of its members" (a possessive ending in
# "s" is no plural).
_SHARE_OF = re.compile(
    r"(?<=[%t])[ \t\u00a0]+of[ \t\u00a0]+(?P<whole>(?:[a-z][\w'’-]*[ \t\u00a0]+){0,4}?"
    r"(?:(?!(?:its|this|his|us)(?![\w'’-]))[a-z][\w'’-]*s|[A-Z][a-z]+(?:ans|ese)))(?![\w'’-])"
)
# Words that make a phrase a time ("on Monday", "in October", "last year"), not part of the subject.
_TIMELESS = (
    MONTHS | WEEKDAYS | frozenset(("last", "this", "yesterday", "today", "early", "late", "mid", "day", "night"))
)
_TIME_NAMES = MONTHS | WEEKDAYS | frozenset(("yesterday", "today", "tonight"))
_TIME_PREPOSITIONS = frozenset(("on", "by", "since", "until", "in"))
# Between the number and its noun: modifiers ("2,000 such North Korean escapees").
_MODIFIER = re.compile(r"[A-Za-z][\w'’-]*")


# Adverbs of place that say where the counted are, as a predicate would ("60,000 people inside").
_WHERE_ADVERBS = frozenset(("inside", "outside", "indoors", "outdoors", "abroad", "underground", "aboard"))


# The noun phrase after such an adverb used as a preposition: "inside the stadium", "outside Kumasi".
_WHERE_PHRASE = re.compile(
    r"[ \t\u00a0]+(?:(?:the|a|an|its|their)[ \t\u00a0]+[A-Za-z][\w'’-]*|[A-Z][\w'’-]*)(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3}"
)


# Units that measure out a stuff or a stretch of something named after "of": "30 tonnes of acid", "900 cubic metres of
# water", "300 metres of track"; and "head" of livestock. An area is the area, whatever covers it (``measured_subject``).
_MEASURED_OUT = frozenset(
    unit
    for unit, name in MEASURE_UNITS.items()
    if unit in LENGTH_UNITS
    or name.endswith(("gram", "metric_ton", "pound", "ounce", "liter", "gallon", "barrel", "** 3"))
) | frozenset(("ton",))
_MEASURED_OUT_NOUNS = frozenset(("head",))
# Words that end the stuff: a degree ("all week") or a span of time ("a year", "an hour") after it.
_NO_STUFF = _DEGREE_WORDS | frozenset(TIME_UNITS) | frozenset(f"{word}s" for word in TIME_UNITS)
# "3,000 head of cattle", when no unit reading took "head" as the number's noun.
_HEAD_OF = re.compile(r"[ \t\u00a0]+head(?=[ \t\u00a0]+of[ \t\u00a0])")
# The stuff after the unit: "of", then up to four words (a name first only after a unit of matter: "of Ukrainian grain").
_STUFF_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?P<stuff>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Za-z][\w'’-]*){0,3})")


def _stuff_measured(text: str, after: int, hi: int, noun: str) -> tuple[str, int] | None:
    """Return the stuff a unit of matter or length ending at ``after`` measures out, and where its words end, or None.

    A length measures a stuff only when no determiner or name follows "of" ("within 3 km of the plant" is a reach).

    >>> t = "About 12 tonnes of sulphuric acid leaked, and 300 metres of track and 2 km of the road were shut."
    >>> _stuff_measured(t, t.index(" of"), len(t), "tonnes"), _stuff_measured(t, t.index(" of track"), len(t), "metres")
    (('sulphuric acid', 33), ('track', 65))
    >>> _stuff_measured(t, t.index(" of the"), len(t), "km"), _stuff_measured(t, 8, len(t), "people")
    (None, None)
    """
    low = noun.lower()
    unit = UNIT_WORDS.get(low, low)
    if unit not in _MEASURED_OUT and low not in _MEASURED_OUT_NOUNS:
        return None
    of = _STUFF_OF.match(text, after, hi)
    if of is None or (unit in LENGTH_UNITS and not of.group("stuff")[:1].islower()):
        return None
    words: list[str] = []
    end = of.start("stuff")
    for word in _MODIFIER.finditer(text, of.start("stuff"), of.end("stuff")):
        w = word.group().lower()
        if (
            w in STOP
            or w in _DETERMINERS
            or w in _AUX
            or w in _TIMELESS_LOWER
            or w in _COUNTING_WORDS
            or w in _NO_STUFF
        ):
            break
        if words and (_is_event_word(word.group(), False) or (word.group()[:1].isupper() and words[-1][:1].islower())):
            # "of sulphuric acid overturned": the verb after the stuff is its predicate, or another's.
            break
        words.append(word.group())
        end = word.end()
    return (" ".join(words), end) if words else None


# Prepositions that open a phrase saying where or in what state the counted are ("people in the south", "people on
# the floe", "people in acute hunger across Malawi"), and the ones that may carry it on ("in acute hunger across").
_WHERE_OPENERS = frozenset(("in", "on", "at", "across", "inside", "outside", "aboard"))
_WHERE_ON = _WHERE_OPENERS | frozenset(("of",))
_WHERE_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][\w'’-]*)")
_WHERE_WORDS = 6
# Times of day and seasons that end such a phrase as a time would ("in L'Aquila this morning").
_WHERE_TIMES = frozenset(("morning", "afternoon", "evening", "weekend", "summer", "winter", "spring", "autumn"))


def _where_counted(text: str, after: int, hi: int) -> int:
    """Return where a phrase of place or state right after the counted noun ending at ``after`` ends, else ``after``.

    The phrase says which of the counted are counted ("4.2 million people in acute hunger across Malawi"); a time
    ("on Monday", "in two weeks") is the period's, and a verb or a clause mark ends the phrase.

    >>> t = "About 90 people in the hill villages were cut off; 12 people on Monday; 3 people on a busy day."
    >>> [t[t.index(w) + len(w) : _where_counted(t, t.index(w) + len(w), len(t))] for w in ("90 people", "12 people", "3 people")]
    [' in the hill villages', '', '']
    """
    first = _WHERE_WORD.match(text, after, hi)
    if first is None or first.group(1).lower() not in _WHERE_OPENERS:
        return after
    end = after
    at = first.end()
    for _ in range(_WHERE_WORDS):
        w = _WHERE_WORD.match(text, at, hi)
        if w is None:
            break
        low = w.group(1).lower()
        if low in _DETERMINERS or (low in _WHERE_ON and end > after):
            at = w.end()
            continue
        if low in _TIMELESS_LOWER or low in _NO_STUFF or low in _WHERE_TIMES:
            # "on a good day", "at a stretch": a phrase of time or degree says when or how much, not which.
            return after
        if low in STOP or low in _AUX or low in _RELATIVE_OPENERS or _is_event_word(w.group(1), False):
            break
        at = end = w.end()
    return end


def _is_event_word(word: str, after_aux: bool, *, where: bool = False) -> bool:
    """Return whether a word reads as the predicate: a known event verb or a past form ("repatriated").

    ``where``: after the counted noun, an adverb of place is one too ("60,000 people inside").
    """
    if not word or not word[0].isalpha() or word[0].isupper():
        return False
    low = word.lower()
    if low in _NOT_VERBS:
        return False
    if low in _EVENT_VERBS or low in _REACH or (where and low in _WHERE_ADVERBS):
        return True
    if len(low) >= 5 and low.endswith("ed"):
        return True
    return after_aux and len(low) >= 6 and low.endswith("ing")


# Words that may stand between an auxiliary and its participle ("have all been ordered"): never a participle.
_QUANTIFIERS = frozenset(("both", "each", "none", "either", "neither", "together"))
# Auxiliaries of the perfect: the word after them is a past participle, regular or not ("had come", "have gone").
_PERFECT = frozenset(("has", "have", "had"))
# Words that are never that participle ("had no", "have all", "had their").
_NO_PARTICIPLE = STOP | _DETERMINERS | _NOT_VERBS | _DEGREE_WORDS | _QUANTIFIERS


def _is_participle(word: str, aux: str) -> bool:
    """Return whether ``word``, after the auxiliaries ``aux``, reads as a past participle: "had come", not "had no".

    >>> _is_participle("come", " had"), _is_participle("come", " were"), _is_participle("their", " had")
    (True, False, False)
    """
    low = word.lower()
    return (
        not _PERFECT.isdisjoint(aux.lower().split()) and len(low) >= 3 and low.isalpha() and low not in _NO_PARTICIPLE
    )


def _counted_head(text: str, end: int, noun: str, hi: int) -> tuple[str, int, str]:
    """Return the counted noun after a number ending at ``end`` with its modifiers, where it ends, and the noun.

    A unit of matter or length measures out the stuff named after "of" ("12 tonnes of acid"); "3,000 head of
    cattle" counts the cattle.

    >>> t = "About 12 tonnes of crude oil leaked; 900 head of cattle died."
    >>> _counted_head(t, 8, "tonnes", len(t)), _counted_head(t, t.index(" head"), "", len(t))
    (('tonnes of crude oil', 28, 'tonnes'), ('cattle', 55, 'cattle'))
    """
    head = ""
    after = end
    livestock = _HEAD_OF.match(text, end, hi)
    if livestock is not None:
        # The unit reading's livestock ("head of cattle") is read as "head" of livestock below.
        noun = ""
    if noun:
        at = text.find(noun, end, min(hi, end + 80))
        if at >= 0:
            mods = [
                w for w in _MODIFIER.findall(text, end, at) if w.lower() not in STOP and w.lower() not in _DETERMINERS
            ]
            head = " ".join([*mods, noun])
            after = at + len(noun)
        else:
            head = noun
    stuff = (
        _stuff_measured(text, livestock.end() if livestock is not None else after, hi, noun or "head")
        if noun or livestock
        else None
    )
    if stuff is not None:
        # "12 tonnes of acid leaked": the stuff is what is counted, its unit how; "3,000 head of cattle": the cattle.
        head, after = (f"{head} of {stuff[0]}" if noun else stuff[0]), stuff[1]
        noun = noun or stuff[0].split()[-1]
    return head, after, noun


def _past_place(
    text: str, noun: str, head: str, after: int, hi: int, m: re.Match[str] | None
) -> tuple[str, int, re.Match[str] | None, int]:
    """Return the counted ``head``, where it ends, its ``_AFTER_NOUN`` match, and where a phrase of place after it ends.

    "2.9 million people in the southern region faced acute hunger", "all 46 people on the floe have been brought
    ashore": the phrase of place says which are counted, and the predicate after it still governs them; the head then
    holds the phrase. A span of time has its own reading ("years in prison" is a term, not years spent in a place).

    >>> t = "About 90 people in the hill villages were cut off."
    >>> head, after, m, where = _past_place(t, "people", "people", 15, len(t), _AFTER_NOUN.match(t, 15))
    >>> head, m.group("verb"), after == where
    ('people in the hill villages', 'cut', True)
    """
    if not (noun and head and m is not None and not m.group("aux")) or noun.lower() in _NO_STUFF:
        return head, after, m, after
    where = _where_counted(text, after, hi)
    later = _AFTER_NOUN.match(text, where, hi) if where > after else None
    if later is None or not (
        later.group("aux") or _is_event_word(later.group("verb"), False) or _PHRASAL_RE.match(text, later.start("verb"))
    ):
        return head, after, m, where
    return head + text[after:where], where, later, where


def find_subject(text: str, start: int, end: int, noun: str, lo: int, hi: int) -> tuple[str, str]:
    """Return (subject, event) for the claim at [start, end) with counted ``noun`` in the sentence [lo, hi).

    >>> t = "As many as 2,000 North Korean escapees were currently detained in China."
    >>> find_subject(t, 0, 16, "North Korean escapees", 0, len(t))
    ('North Korean escapees detained in China', 'detained')
    >>> t = "Police detained 32 protesters on Monday."
    >>> find_subject(t, 16, 18, "protesters", 0, len(t))
    ('protesters detained', 'detained')
    >>> t = "The unemployment rate rose to 5.2% in May."
    >>> find_subject(t, 30, 34, "", 0, len(t))
    ('unemployment rate', 'rose')
    """
    head, after, noun = _counted_head(text, end, noun, hi)
    share = _share_of(text, end, hi) if not noun else None
    if share is not None:
        # "24.6 percent of primary and secondary teachers were on strike": the share counts its whole.
        whole, after = share
        noun, head = whole[-1], " ".join(whole)
    # "Seven of the 14 dead were children": a part of a whole with its own noun is counted by that noun.
    part = _part_of_whole(text, end, hi) if not noun or _WHOLE_PARTED.match(text, end, hi) else None
    if part is not None:
        return part
    # A table of bare numbers names nothing before a number: the searches below look for words.
    worded = LETTER.search(text, max(lo, start - 100), start) is not None
    counted = None if noun or not worded else _named_before(text, lo, start)
    if counted is not None:
        return counted, ""
    m = _AFTER_NOUN.match(text, after, hi)
    if noun and head and (m is None or not m.group("aux")):
        # "62 members of the security forces have been injured", "180 of its members and other labourers
        # were unaccounted for": the noun's own phrase, then its predicate.
        for own in _NOUN_OWN_PHRASE.finditer(text, after, min(hi, after + 60)):
            if own.start() != after:
                break
            later = _AFTER_NOUN.match(text, own.end(), hi)
            if later is not None and later.group("aux") and _is_event_word(later.group("verb"), True):
                head, after, m = head + own.group().rstrip(), own.end(), later
                break
    head, after, m, where = _past_place(text, noun, head, after, hi, m)
    be = m is not None and not BE_FORMS.isdisjoint(m.group("aux").split())
    known = m is not None and m.group("verb").lower() in _EVENT_VERBS
    phrasal = _PHRASAL_RE.match(text, m.start("verb"), hi) if m is not None else None
    carrier = _carrier(text, lo, start) if noun and (m is None or not m.group("aux")) else None
    if carrier is not None:
        # "A boat carrying about 50 migrants capsized": the migrants are carried; the capsizing is the boat's.
        verb = carrier.group("verb")
        event = _PHRASAL.get(verb.lower(), as_done(verb))
        return f"{head} {event}", event
    if (
        m is not None
        and (
            phrasal
            or _is_event_word(m.group("verb"), be, where=True)
            or _is_participle(m.group("verb"), m.group("aux"))
        )
        and (noun or m.group("aux") or known)
    ):
        event = _PHRASAL[" ".join(phrasal.group().lower().split())] if phrasal is not None else m.group("verb")
        tail = _predicate(text, m, hi)
        state = _state_known(text, m, hi)
        if state:
            # "nine people were confirmed dead", "were listed as missing": the state is what is counted, not how it
            # is known.
            event = tail = state
        if phrasal is not None and phrasal.end() > m.start("verb") + len(tail):
            # "had taken part": the verb with its particle.
            tail = phrasal.group()
        # "90 percent of workers stopped": the share of those that did it.
        tail = f"that {tail}" if share is not None and not be else tail
        return (f"{head} {tail}" if head else tail), event
    held = _held(text, m, lo, start, hi, head, be=be) if noun and head else ""
    if held:
        return held, ""
    if not worded:
        return head, ""
    put = None if noun else _set_at(text, lo, start)
    if put is not None:
        # "police put the crowd at 22,000", "the ministry put the number evacuated at 285,000", "widened the
        # evacuation zone to 5 km", "Monday's walkout was put at 4,000".
        return put
    if _CHANGE_BASE.search(text, max(lo, start - 30), start):
        # "to seven, up from three": the base of a change counts what the change counts (read from that count).
        return "", ""
    # A verb before the number ("detained 32 protesters", "rose to 5.2%").
    before = text[max(lo, start - 60) : start].split()[-4:]
    told = False
    while before and (before[-1].lower() in _AUX or before[-1].lower() in _BEFORE_NUMBER):
        # "repeated that 150,000 people had come": a verb before "that" says or thinks what follows.
        told = before.pop().lower() == "that" or told
    if not before or not _is_event_word(before[-1], True) or before[-1].lower() in _COUNTING_WORDS:
        # "The agency counts 4.2 million people in acute hunger", "a first count: about 18 people on the floe": with no
        # predicate, the phrase of place or state says which are counted.
        return _copula_owner(text, lo, start, head, text[after:where]), ""
    if told or _is_saying(before[-1]) or (not head and before[-1].lower() in _GIVING):
        # "police counted 35,000", "the count showed 48,000 people in shelters": who counts, not what is counted.
        if not head:
            return "", ""
        if m is not None and m.group("verb").lower().endswith(("ing", "ed")) and len(m.group("verb")) > 5:
            # "counted 5,000 people marching": the participle after the noun is its predicate.
            return f"{head} {text[m.start('verb') : m.end()]}", m.group("verb")
        place = _place_phrase().match(text, after, hi)
        if place is None:
            return head, ""
        named = place.group().split()[-1][:1].isupper()
        kind = _named_kind().match(text, place.end(), hi) if named else None
        # "61,500 people in the Paris march": the noun after a place's name says which of its events.
        return head + place.group() + (
            kind.group() if kind is not None and kind.group(1).lower() not in STOP else ""
        ), ""
    event = before[-1]
    if share is not None:
        # "made up about 20 percent of cases": the share is what is counted, whatever verb comes before it.
        return head, ""
    if head:
        # "the march drew 550,000 people": a verb that names an event of its own names it; "killing 11
        # people": the people are those killed (but "the remaining 40 people" remain).
        adjective = len(before) > 1 and before[-2].lower() in _DETERMINERS
        done = event if adjective or event.lower() in _PHRASAL else as_done(event)
        return f"{head} {done}", _PHRASAL.get(event.lower(), done)
    # "killed 48 people and injured 1,200": a verb joined to another predicate has no subject phrase of its own;
    # "and kill nearly 10,000": those it kills are those killed.
    owner = owner_phrase(text, lo, text.rfind(event, max(lo, start - 60), start))
    done = as_done(event) if event.lower() in PERSON_VERBS_BEFORE else event
    if owner and event.lower() in PERSON_VERBS_BEFORE and not owner.split()[-1].lower().endswith("ly"):
        # "Floods kill 41": those the floods killed are counted, not the floods.
        return f"{done} by {owner}", done
    return (owner, event) if owner else (done, done)


_OF_AFTER = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]")


def is_told(text: str, lo: int, start: int, end: int) -> bool:
    """Return whether the number at ``start`` is told by who gives it and by nothing it counts: right after a verb of
    saying, counting or giving, or a word of counting and "of" ("The observatory estimated 150 km/h", "a poll found
    57 percent", "stood by its figure of 90%"), hedges and bounds between. A number a part is told "of" names its whole
    ("said 73 of the injured").

    >>> t = "A poll found about 57 percent; it found 40 of the voters."
    >>> is_told(t, 0, t.index("57"), t.index("57") + 10), is_told(t, 0, t.index("40"), t.index("40") + 2)
    (True, False)
    """
    if names_whole(text, end):
        return False
    before = text[max(lo, start - 60) : start].split()[-5:]
    while before and (
        before[-1].lower() in _AUX or before[-1].lower() in _BEFORE_NUMBER or before[-1].lower() in _DEGREE_WORDS
    ):
        before.pop()
    if not before:
        return False
    last = before[-1].lower().strip("\"“‘'")
    if last in _NOT_TELLING:
        return False
    return _is_saying(last) or last in _GIVING or last in _COUNTING_WORDS


# Verbs that give a number as no count of what was told before: an offer, a sum raised or claimed, a forecast.
_NOT_TELLING = frozenset(
    ("offer", "offers", "offered", "offering", "raise", "raises", "raised", "raising", "claim", "forecast", "forecasts")
)


def names_whole(text: str, end: int) -> bool:
    """Return whether "of" follows the number ending at ``end``: a part of a whole named after it ("73 of the
    injured", "31 of them").

    >>> names_whole("said 73 of the injured", 7), names_whole("said 73 on Monday", 7)
    (True, False)
    """
    return _OF_AFTER.match(text, end) is not None


def _state_of_being(text: str, m: re.Match[str], hi: int) -> str:
    """Return the state a form of "be" in ``m`` (an ``_AFTER_NOUN`` match) puts the counted in, else "": a word of
    state ("were sick") or "in" and a bare lower-case noun, a place one stays in ("were still in shelters", "in
    hospital"; not "in the town", a place, nor "in Huixtla").

    >>> t = "40 people were sick; 23 were still in hospital; 9 were in the town; 4 were in critical condition."
    >>> [_state_of_being(t, _AFTER_NOUN.match(t, t.index(w) + len(w)), len(t)) for w in ("people", "23", "9", " 4")]
    ['sick', 'in hospital', '', 'in critical condition']
    """
    verb = m.group("verb").lower()
    if verb in _STATE_WORDS:
        return verb
    if verb != "in" or m.group("phrase") is not None:
        return ""
    place = _RUN_ON.match(text, m.end("verb"), hi)
    if place is None:
        return ""
    word = place.group().strip()
    if word.lower() in _NO_STATE:
        return ""
    more = _RUN_ON.match(text, place.end(), hi)
    noun = more.group().strip() if more is not None else ""
    if noun and noun.lower() not in _NO_STATE:
        # "in critical condition", "in intensive care", "in emergency accommodation": a phrase runs on to its noun.
        return f"in {word} {noun}"
    return f"in {word}"


# Words that name no state after "in": function words, times, and words that take a part or a place ("in other
# districts", "in any of them", "in both towns").
_NO_STATE = (
    STOP
    | _DETERMINERS
    | _QUANTIFIERS
    | frozenset(w.lower() for w in _TIMELESS | _TIME_NAMES)
    | frozenset(("other", "any", "some", "all", "many", "several"))
)


def _carrier(text: str, lo: int, start: int) -> re.Match[str] | None:
    """Return the match of a verb in -ing right before ``start`` that carries what is counted ("carrying about"), if any."""
    a = max(lo, start - 40)
    # Most windows hold no "ing": a glance saves the search.
    return _CARRIER.search(text, a, start) if text.find("ing", a, start) >= 0 else None


def _is_saying(word: str) -> bool:
    """Return whether a word is a verb of saying or counting, in -ing too ("after first reporting four").

    >>> _is_saying("said"), _is_saying("reporting"), _is_saying("estimating"), _is_saying("killing")
    (True, True, True, False)
    """
    low = word.lower()
    stem = low[:-3] if low.endswith("ing") else ""
    return low in _SAYING or (bool(stem) and not _SAYING.isdisjoint((stem, stem + "s", stem + "ed", stem + "es")))


def _held(text: str, m: re.Match[str] | None, lo: int, start: int, hi: int, head: str, *, be: bool) -> str:
    """Return ``head`` with the post its counted hold or the thing that has them, or "".

    "38 men were on the shift", "on the night shift": the post the counted held names them (``be``: a form of "be"
    stands in ``m``, the ``_AFTER_NOUN`` match); "the building had 11 floors": what a thing has counts as its own.
    """
    # "500 passengers were sick", "2,150 people were still in shelters": the state "be" puts the counted in is what is
    # counted of them.
    post = (_post_held(text, m, hi) or _state_of_being(text, m, hi)) if be and m is not None else ""
    return f"{head} {post}" if post else _had_subject(text, lo, start, head)


def _had_subject(text: str, lo: int, start: int, head: str) -> str:
    """Return ``head``, counted at ``start`` right after a form of "have", as what the phrase before it has, or "".

    >>> t = "The old mill had 40 looms."
    >>> _had_subject(t, 0, t.index("40"), "looms"), _had_subject("It had 40 looms.", 0, 7, "looms")
    ('looms of the old mill', '')
    """
    had = _HAD.search(text, max(lo, start - 30), start) if not _REACH_AT.match(text, start) else None
    owner = owner_phrase(text, lo, had.start()) if had is not None else ""
    if not owner or owner.lower() in _PRONOUNS or owner.lower() in _PERSONAL:
        return ""
    return f"{head} of {'' if owner[:1].isupper() else 'the '}{owner}"


# A relative clause inside the object of a verb that sets it at a number: "the number of miners there when".
_CLAUSE_IN = re.compile(r"[ \t\u00a0](?:when|who|whose|which|where|while)[ \t\u00a0]")


def _put_subject(text: str, put: re.Match[str]) -> tuple[str, str]:
    """Return (subject, event) of a count a verb sets at a number (a ``_put_at`` match): what its object names.

    "put the number abducted at 121": a count of those who had something done names only what was done, its event.

    >>> t = "They put the number abducted at 121."
    >>> _put_subject(t, _put_at(t, 0, t.index("121"))), _put_subject("Police put the crowd at 9,000.", _put_at("Police put the crowd at 9,000.", 0, 24))
    (('abducted', 'abducted'), ('crowd', ''))
    """
    clause = _CLAUSE_IN.search(text, put.start("phrase") + 1, put.end("phrase"))
    owner = owner_phrase(text, put.start("phrase"), clause.start() if clause is not None else put.end("phrase"))
    if clause is not None and owner:
        # "put the number of miners inside the territory when the operation began at 3,500": the clause says which
        # of the miners are counted; its own subject and verb are no thing counted.
        return owner + text[clause.start() : put.end("phrase")], ""
    return owner, owner if " " not in owner and owner.endswith("ed") and _is_event_word(owner, True) else ""


def _share_of(text: str, end: int, hi: int) -> tuple[list[str], int] | None:
    """Return the words of the whole a percentage ending at ``end`` is a share of, and where they end, or None.

    >>> t = "About 30% of the nurses left; 45 percent of its members' staff stayed; 8% of its members quit."
    >>> _share_of(t, t.index(" of the"), len(t)), _share_of(t, t.index(" of its"), len(t))
    ((['nurses'], 23), None)
    >>> _share_of(t, t.rindex(" of its"), len(t))
    (['members'], 88)
    """
    share = _SHARE_OF.match(text, end, hi)
    whole = share.group("whole").split() if share is not None else []
    while whole and whole[0].lower() in _DETERMINERS:
        whole.pop(0)
    if share is None or not whole or whole[-1].lower().endswith(("'s", "’s")):
        # "45 percent of its members' staff": no whole is named before the possessive.
        return None
    return whole, share.end("whole")


# Past participles that are no stem with "-ed": "holding 40 tonnes" holds tonnes held.
_DONE_IRREGULAR = {
    "holding": "held",
    "sending": "sent",
    "leaving": "left",
    "bringing": "brought",
    "taking": "taken",
    "making": "made",
    "keeping": "kept",
    "putting": "put",
    "cutting": "cut",
    "hitting": "hit",
    "setting": "set",
    "finding": "found",
    "giving": "given",
    "seeing": "seen",
    "drawing": "drawn",
    "shooting": "shot",
    "striking": "struck",
    "losing": "lost",
    "catching": "caught",
    "selling": "sold",
    "seeking": "sought",
    "buying": "bought",
    "fighting": "fought",
    "paying": "paid",
    "spending": "spent",
    "building": "built",
    "feeding": "fed",
    "leading": "led",
    "shutting": "shut",
}
_PERSON_VERBS_DONE = sorted(w for w in PERSON_VERBS_BEFORE if w.endswith("ed"))


def as_done(verb: str) -> str:
    """Return the past participle of a verb in -ing, or of one that takes people as its object, else ``verb``.

    >>> as_done("killing"), as_done("kill"), as_done("holding"), as_done("carrying"), as_done("pumping")
    ('killed', 'killed', 'held', 'carried', 'pumped')
    >>> as_done("drew"), as_done("rescued")
    ('drew', 'rescued')
    """
    low = verb.lower()
    if low in CHANGE_VERBS:
        # "rising to 35 percent": a change, not a thing done to what is counted.
        return verb
    if low in _DONE_IRREGULAR:
        return _DONE_IRREGULAR[low]
    same = [w for w in _PERSON_VERBS_DONE if w[:4] == low[:4]] if low in PERSON_VERBS_BEFORE else []
    if same:
        return same[0]
    if not low.endswith("ing") or len(low) < 6 or not low.isalpha():
        return verb
    stem = low[:-3]
    return stem[:-1] + "ied" if stem.endswith("y") and stem[-2] not in "aeiou" else stem + "ed"


def _post_held(text: str, m: re.Match[str], hi: int) -> str:
    """Return the post a form of "be" in ``m`` (an ``_AFTER_NOUN`` match) puts the counted at: "on the night shift".

    Only a phrase with its determiner or a name: "on strike", "on duty" name a state, which many counts share.

    >>> t = "52 weavers were on the night shift."
    >>> _post_held(t, _AFTER_NOUN.match(t, 10), len(t)), _post_held("9 were on strike.", _AFTER_NOUN.match("9 were on strike.", 1), 17)
    ('on the night shift', '')
    """
    if m.group("verb").lower() not in _POSTS:
        return ""
    post = _WHERE_PHRASE.match(text, m.end("verb"), hi)
    if post is None:
        return ""
    more = _RUN_ON.match(text, post.end(), hi)
    word = more.group().strip().lower() if more is not None else ""
    tail = post.group() + (more.group() if more is not None and word not in STOP and word not in _TIMELESS else "")
    return m.group("verb") + tail


# Prepositions that put the counted at a post after a form of "be": "on the shift", "at the clinic".
_POSTS = frozenset(("on", "at", "aboard"))


def is_told_as_part(text: str, start: int, end: int) -> bool:
    """Return whether a number is told as a part of a count told before it ("86 patients, among them 23 children",
    "14 were arrested, four of them minors", "30 people, 12 of whom"): another quantity than that count, or any count
    set beside it.

    >>> text = "Medics treated 86 people, including 23 children, and 40 others, 12 of whom were burned."
    >>> [is_told_as_part(text, text.index(n), text.index(n) + len(n)) for n in ("86", "23", "40", "12")]
    [False, True, False, True]
    """
    return _INCLUDING.search(text, max(0, start - 20), start) is not None or _OF_WHOM.match(text, end) is not None


def _part_of_whole(text: str, end: int, hi: int) -> tuple[str, str] | None:
    """Return (subject, event) of a number without a noun that counts a part of a whole, named after it, or None.

    >>> _part_of_whole("Four of the dead were children.", 4, 31)
    ('children among the dead', '')
    >>> _part_of_whole("26 of whom escaped on their own.", 2, 32)
    ('escaped on their own', 'escaped')
    """
    part = _PARTITIVE_IS.match(text, end, hi)
    if part is not None:
        # "127 of them were Nepalis", "Four of the dead were children": the part is what is counted.
        whole = part.group("whole")
        among = f" among the {whole}" if whole and whole.lower() not in _PRONOUNS else ""
        return part.group("part") + among, ""
    named = _OF_THEM_PART.match(text, end, hi)
    if named is not None and named.group("part").lower() not in STOP and not _is_event_word(named.group("part"), True):
        # "Eleven people were hurt, nine of them firefighters": the firefighters are counted.
        return named.group("part"), ""
    whom = _OF_WHOM.match(text, end, hi)
    if whom is not None:
        # "38 men were on the shift, 26 of whom escaped": the part counts what the part did, not the whole.
        m = _AFTER_NOUN.match(text, whom.end(), hi)
        if m is not None and _is_event_word(m.group("verb"), True):
            return _predicate(text, m, hi), m.group("verb")
    return None


def _named_before(text: str, lo: int, start: int) -> str | None:
    """Return what the words right before a number with no noun say it counts, or None.

    "cut the number of missing people to 19": the sentence names what it counts; "a stadium
    built for 40,000", "a ferry licensed to carry 300": what a thing can hold, not who is in it.

    >>> t = "Fans packed an arena built for 6,500."
    >>> _named_before(t, 0, t.index("6,500")), _named_before("Police counted 9,000.", 0, 15)
    ("arena's capacity", None)
    """
    counted = _NUMBER_OF_PHRASE.search(text, max(lo, start - 100), start) or _TOLL_TO.search(
        text, max(lo, start - 40), start
    )
    if counted is not None:
        return counted.group("phrase")
    size = _SIZE_AFTER.search(text, max(lo, start - 60), start)
    if size is not None:
        # "the attackers, numbering about 20", "the schools, now numbering 17": the size of what the phrase before
        # the verb names.
        words = owner_phrase(text, lo, size.start()).split()
        at = len(words)
        while at and words[at - 1].lower() not in STOP and not _is_event_word(words[at - 1], False):
            # "a questionnaire sent to parents at the affected schools, now numbering 17": the noun right before.
            at -= 1
        return " ".join(words[at:]) or None
    window = max(lo, start - 60)
    built = _BUILT_FOR.search(text, window, start) if may_end_with(text, window, start, _BUILT_FOR_ENDS, True) else None
    return f"{built.group('owner')}'s capacity" if built is not None else None


# "its count of people sickened at a wedding, saying 276", "the municipality's figure for evacuees, some 12,000":
# a counting word and the phrase it counts, anywhere before a bare number of its sentence (not past a ";").
_COUNT_NAMED = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Za-z]+[ \t\u00a0]+)?(?:"
    + alternation(sorted(_COUNTING_WORDS))
    + r")[ \t\u00a0]+(?:of|for)[ \t\u00a0]+(?:(?:the|its|their|those)[ \t\u00a0]+)?"
    r"(?P<phrase>[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Za-z][\w'’-]*)*)",
    re.IGNORECASE,
)
# How far before a bare number the counting word may stand, and how many words its phrase may hold.
_COUNT_NAMED_REACH = 160
_COUNT_NAMED_WORDS = 6
# Words that end a counted phrase: what the count did or who gave it, not what it counts.
_PLACE_PREPOSITIONS = _PHRASE_PREPOSITIONS - {"of"}
_COUNT_NAMED_ENDS = (
    _AUX
    | _CLAUSE_OPENERS
    | _SAYING
    | _REACH
    | CHANGE_VERBS
    | frozenset(("stood", "stands", "range", "ranged", "vary", "varied"))
)


_TIMELESS_LOWER = frozenset(w.lower() for w in _TIMELESS | _TIME_NAMES)


def opens_clause(text: str, lo: int, start: int, phrase: str) -> bool:
    """Return whether ``phrase``, the last time it stands in the sentence [lo, start), follows a clause opener.

    >>> t = "The number of people hurt when a jet overshot the runway rose to 58."
    >>> opens_clause(t, 0, t.index("58"), "jet overshot the runway"), opens_clause(t, 0, 60, "people hurt")
    (True, False)
    """
    at = text.rfind(phrase, lo, start)
    before = [word.lower() for word in text[max(lo, at - 40) : at].split()] if at > lo else []
    while before and before[-1] in _DETERMINERS:
        # "when an Aerovia jet": the clause opens before its noun's determiner.
        before.pop()
    return bool(before) and before[-1] in _CLAUSE_OPENERS


def is_reach_verb(word: str) -> bool:
    """Return whether ``word`` says a quantity reached or changed to a number ("rose", "topped", "climbed").

    >>> is_reach_verb("Rose"), is_reach_verb("killed")
    (True, False)
    """
    return word.lower() in _REACH or word.lower() in CHANGE_VERBS


def count_named(text: str, lo: int, start: int, *, across_commas: bool = True) -> str:
    """Return what the counting word before a bare number of its sentence says it counts ("its count of people
    sickened"), else "".

    "corrected its count of people sickened at a wedding, saying 276, not 287", "the number of tractors had been
    "2,800, not 3,000"", "the number of people out of their homes has fallen: from about 600 to 410": the count the
    sentence names is what its bare numbers count, however far the number stands from it. "A number of" is no count.
    ``across_commas``: False to read only the number's own clause.

    >>> t = 'The union said the number of tractors had been "2,800, not 3,000".'
    >>> count_named(t, 0, t.index("2,800")), count_named(t, 0, t.index("3,000"))
    ('tractors', 'tractors')
    >>> t = "The ministry's figure for evacuees, some 12,000, was not revised; a total of 40 died."
    >>> count_named(t, 0, t.index("12,000")), count_named(t, 0, t.index("40"))
    ('evacuees', '')
    >>> count_named("A number of residents said 30 had left.", 0, 27), count_named("Its count of 118 stood.", 0, 13)
    ('', '')
    >>> t = "It corrected its count for Tuesday to 47, not 48."
    >>> count_named(t, 0, t.index("47"))
    ''
    """
    window = max(lo, start - _COUNT_NAMED_REACH)
    stops = ";" if across_commas else ";,:"
    window = max([window, *(text.rfind(stop, window, start) + 1 for stop in stops)])
    found = ""
    for m in _COUNT_NAMED.finditer(text, window, start):
        before = (m.group("before") or "").strip().lower()
        if before in ("a", "an"):
            # "a number of residents", "a total of 40": a quantity, not a count named.
            continue
        words: list[str] = []
        if m.group("phrase").split()[0].lower().rstrip("'’s") in _TIMELESS_LOWER:
            # "its count for Tuesday": the count's day, not what it counts.
            continue
        phrase = m.group("phrase").split()
        if [word.lower() for word in phrase[:2]] in (["how", "many"], ["how", "much"]):
            # "estimates of how many runners needed care": the runners who needed care.
            phrase = phrase[2:]
        for word in phrase[:_COUNT_NAMED_WORDS]:
            if word.lower() in _COUNT_NAMED_ENDS or (len(words) > 1 and word.lower() in _PLACE_PREPOSITIONS):
                # "people sickened at a wedding": the counted and their predicate, not where.
                break
            words.append(word)
        while words and (words[-1].lower() in STOP or words[-1].lower() in _DETERMINERS):
            words.pop()
        found = " ".join(words)
    return found


# "the death toll from the floods", "Death toll", "the official toll": a count of the dead named by its toll, with what
# follows it (a word of the count's standing, "official", "revised", says nothing of what it counts).
_toll = on_first_use(
    r"(?:the[ \t\u00a0]+)?(?:(?:"
    + alternation(LEX["count_state_words"])
    + r")[ \t\u00a0]+)?(?:death[ \t\u00a0]+)?toll(?:[ \t\u00a0]+(?P<by>from|in|of|after)[ \t\u00a0]+(?P<rest>.+))?",
    re.IGNORECASE,
)
# How a toll's phrase reads after "people killed": "the toll from the floods" counts people killed by the floods.
_TOLL_PREPOSITIONS = {"from": "by", "of": "in"}


def toll_subject(subject: str, unit: str) -> str:
    """Return what a death toll counts, as an editor names it: the people killed, by what the toll is from.

    >>> toll_subject("death toll from Monday's earthquake in Peru", "person"), toll_subject("Death toll upward", "")
    ("people killed by Monday's earthquake in Peru", 'people killed')
    >>> toll_subject("ferry's toll", "person"), toll_subject("toll", "USD"), toll_subject("official death toll", "")
    ("ferry's toll", 'toll', 'people killed')
    """
    words = subject.split()
    if unit not in ("person", "") or not words or "toll" not in (w.lower() for w in words[:4]):
        return subject
    m = _toll().match(subject)
    if m is None:
        return subject
    if m.end() < len(subject) and m.group("by") is None:
        # "Death toll upward": an adverb of the verb that changed it ("revised the death toll upward"), no phrase.
        if len(subject[m.end() :].split()) > 1 or not subject[m.end() :].strip().endswith("ward"):
            return subject
    by = m.group("by")
    return "people killed" + (f" {_TOLL_PREPOSITIONS.get(by.lower(), by.lower())} {m.group('rest')}" if by else "")


# A plural noun of people: the whole a share that names only its predicate is a share of.
_PEOPLE_PLURAL = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+s|people|men|women|children)(?![\w'’-])")


def share_subject(text: str, lo: int, start: int, subject: str, event: str) -> str:
    """Return the subject of a percentage that names only its predicate, with the people its sentence named before it.

    "Nurses began a strike, with their union saying 85% had walked out": a share of the nurses, those that walked out.

    >>> t = "Nurses began a strike, their union saying 85% had walked out."
    >>> share_subject(t, 0, t.index("85%"), "walked out", "struck"), share_subject(t, 0, 0, "walked out", "struck")
    ('nurses that walked out', 'walked out')
    """
    words = subject.split()
    if not words or event not in _DEEDS or words[0] not in (event, *_PHRASAL_FIRST.get(event, ())):
        # "rising to 12 percent", "would cost about 0.14 percent": only what people do names them.
        return subject
    people = [
        m.group(1)
        for m in _PEOPLE_PLURAL.finditer(text, lo, start)
        if m.group(1).lower() in PERSON and not m.group(1).endswith("ss")
    ]
    return f"{_common_case(people[0])} that {subject}" if people else subject


# The events people do: "died", "joined", "struck" (of "walked out"), "attended".
_DEEDS = PERSON_VERBS_AFTER | frozenset(_PHRASAL.values())
# The first words of the phrasal verbs that name each event: "walked" of "walked out" (struck).
_PHRASAL_FIRST: dict[str, tuple[str, ...]] = {}
for _phrase, _event in _PHRASAL.items():
    _PHRASAL_FIRST[_event] = (*_PHRASAL_FIRST.get(_event, ()), _phrase.split()[0])


def is_stand_in(subject: str) -> bool:
    """Return whether a subject only points at a count named before: a pronoun or a bare counting word.

    "put it at 60,000", "the true number was 300": what is counted is what that count counts.

    >>> is_stand_in("it"), is_stand_in("true number"), is_stand_in("number of escapees"), is_stand_in("crowd")
    (True, True, False, False)
    >>> is_stand_in("Bay County sheriff's count"), is_stand_in("union's"), is_stand_in("union's members")
    (True, True, False)
    """
    words = subject.lower().split()
    if words == ["it"]:
        return True
    owned = next((at + 1 for at in range(len(words) - 1, -1, -1) if words[at].endswith(POSSESSIVE_ENDINGS)), 0)
    if 0 < owned == len(words):
        # "the coroner's went from 14 to 26": whose count, the count itself left out.
        return _PHRASE_PREPOSITIONS.isdisjoint(words)
    # "the official figure", "the Cullman County coroner's count" (its owner says whose count, not what it counts),
    # not "the number of escapees" nor "citizens among them".
    words = words[owned:]
    return 0 < len(words) <= _STAND_IN_WORDS and words[-1] in _COUNTING_WORDS and _PHRASE_PREPOSITIONS.isdisjoint(words)


def is_owned_count(subject: str) -> bool:
    """Return whether a subject is a stand-in that names only whose count it is: "the agency's count", "the union's".

    >>> is_owned_count("coroner's tally"), is_owned_count("union's"), is_owned_count("true number")
    (True, True, False)
    """
    return is_stand_in(subject) and any(word.endswith(POSSESSIVE_ENDINGS) for word in subject.lower().split())


# A stand-in is a short phrase ("the official figure"); its last word points back.
_STAND_IN_WORDS = 3


def _put_at(text: str, lo: int, start: int) -> re.Match[str] | None:
    """Return the match of a verb that sets what its object names at or to the number at ``start``, if any.

    >>> t = "Officials widened the exclusion zone to 8 km."
    >>> _put_at(t, 0, t.index("8 km")).group("phrase")
    'the exclusion zone'
    """
    window = max(lo, start - 80)
    if not may_end_with(text, window, start, _AT_TO_ENDS):
        return None
    return _PUT_AT.search(text, window, start) or _CHANGED_TO.search(text, window, start)


def _set_at(text: str, lo: int, start: int) -> tuple[str, str] | None:
    """Return (subject, event) of a number a verb sets something at or to (``_put_at``, ``_put_at_passive``), or None."""
    passive = _put_at_passive(text, lo, start)
    if passive:
        # "Monday's walkout was put at 4,000": the subject set at the number is what is counted.
        return passive, ""
    put = _put_at(text, lo, start)
    return _put_subject(text, put) if put is not None else None


def _put_at_passive(text: str, lo: int, start: int) -> str:
    """Return the subject of a passive verb that sets it at the number at ``start`` ("was put at"), or "".

    >>> t = "The cost of the repairs was put at $40,000."
    >>> _put_at_passive(t, 0, t.index("$40,000")), _put_at_passive("Police put it at 40.", 0, 17)
    ('cost of the repairs', '')
    """
    window = max(lo, start - 50)
    if not may_end_with(text, window, start, _AT_TO_ENDS):
        return ""
    passive = _PUT_AT_PASSIVE.search(text, window, start)
    owner = owner_phrase(text, lo, passive.start()) if passive is not None else ""
    return "" if owner.lower() in _PRONOUNS or owner.lower() in _PERSONAL else owner


def _copula_owner(text: str, lo: int, start: int, head: str, where: str = "") -> str:
    """Return the phrase a number with no counted noun (``head``) is said of right before ``start``, else ``head``.

    "the crowd inside was “about 40,000”", "the real number was 300": a number after "be"
    counts the phrase before it ("there were 60" names none); "the stadium's capacity of
    40,000", "an appeal of $12 million": a number after a noun and "of" is that noun's. A counted
    noun stays what is counted, with what a thing was made to hold ("passengers the ferry was
    licensed to carry"), else with the phrase of place or state after it (``where``).

    >>> t = "The crowd inside was about 9,000."
    >>> _copula_owner(t, 0, t.index("9,000"), "")
    'crowd inside'
    >>> t = "Fans filled the arena's capacity of 8,000."
    >>> _copula_owner(t, 0, t.index("8,000"), "")
    "arena's capacity"
    """
    if head:
        window = max(lo, start - 60)
        built = (
            _BUILT_FOR.search(text, window, start) if may_end_with(text, window, start, _BUILT_FOR_ENDS, True) else None
        )
        before = text[max(lo, built.start("owner") - 12) : built.start("owner")].split()[-1:] if built else []
        if built is None or (before and before[0].lower() in _PHRASE_PREPOSITIONS):
            # "a prison in Blantyre built for 800 men": the word before the verb is no owner, but a place.
            return head + where
        # "the ferry was licensed to carry 180 passengers": what it may hold, not who was in it.
        return f"{head} the {text[built.start('owner') : built.end('made')].replace(',', '')}"
    copula = _COPULA.search(text, max(lo, start - 30), start)
    if copula is not None:
        return owner_phrase(text, lo, copula.start("verb"))
    of = _NOUN_OF.search(text, max(lo, start - 60), start)
    if of is None or of.group("noun").lower() in _NOT_OWNERS or _is_plural(of.group("noun")):
        # "in groups of dozens", "teams of five": the number is the size of each, not a count of them.
        return head
    return f"{of.group('owner')} {of.group('noun')}" if of.group("owner") else of.group("noun")


def _is_plural(noun: str) -> bool:
    """Return whether a lower-case noun reads as a plural.

    >>> _is_plural("groups"), _is_plural("capacity"), _is_plural("census")
    (True, False, False)
    """
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


# Verbs by which a state of the counted is known, and the states they name: "were confirmed dead", "were listed as
# missing", "were believed to have been killed".
_KNOWING = frozenset(
    ("confirmed", "listed", "reported", "believed", "feared", "presumed", "declared", "registered", "recorded", "known")
)
_KNOWN_STATES = _STATE_WORDS | frozenset(
    ("dead", "missing", "alive", "injured", "hurt", "killed", "trapped", "infected")
)
_KNOWN_AS = re.compile(
    r"(?:[ \t\u00a0]+(?:as|to|be|have|been|still))*[ \t\u00a0]+(?P<state>[a-z]+)(?![\w'’-])", re.IGNORECASE
)


def _state_known(text: str, m: re.Match[str], hi: int) -> str:
    """Return the state a verb of knowing in ``m`` (an ``_AFTER_NOUN`` match) names, else "".

    >>> t = "Six people were confirmed dead; four were believed to be still missing; two were reported on Monday."
    >>> [_state_known(t, _AFTER_NOUN.match(t, t.index(w) + len(w)), len(t)) for w in ("people", "four", "two")]
    ['dead', 'missing', '']
    """
    if m.group("verb").lower() not in _KNOWING:
        return ""
    known = _KNOWN_AS.match(text, m.end("verb"), hi)
    state = known.group("state") if known is not None else ""
    return state if state.lower() in _KNOWN_STATES else ""


def _predicate(text: str, m: re.Match[str], hi: int) -> str:
    """Return the predicate ``m`` (an ``_AFTER_NOUN`` match) reads: its verb and the phrase after it, if any.

    "detained on Monday": the time is the period's, not part of what is counted; "died in
    less than a week": a phrase of function words says nothing of it either; "on a single
    day", "in rough seas": a phrase runs on to its noun.
    """
    phrase = m.group("phrase")
    phrase_end = m.end()
    where = _WHERE_PHRASE.match(text, phrase_end, hi) if m.group("verb").lower() in _WHERE_ADVERBS else None
    if phrase is None and where is not None:
        # "cases outside the Artibonite department": an adverb of place with its noun is a place phrase.
        phrase, phrase_end = where.group(), where.end()
    if phrase is not None and (phrase.split()[-1].lower() in _UNFINISHED or phrase.endswith(("'s", "’s"))):
        # "in rough seas", "in Saturday's clashes": the phrase runs on to its noun.
        more = _RUN_ON.match(text, phrase_end, hi)
        if more is not None:
            phrase, phrase_end = phrase + more.group(), more.end()
    words = phrase.lower().split()[1:] if phrase is not None else []
    said_when = not _TIMELESS.isdisjoint(words) or bool(words and words[0] in _DEGREE_WORDS)
    particle = _PARTICLE.match(text, m.end("verb"), hi) if phrase is None else None
    state = _RUN_ON.match(text, m.end("verb"), hi) if phrase is None and particle is None else None
    if state is not None and state.group().strip().lower() in _STATE_WORDS:
        # "had fallen ill": the state the counted are in is part of the predicate.
        return text[m.start("verb") : state.end()]
    if particle is not None:
        # "were cut off", "had been pulled out alive", "unaccounted for.": the verb is not whole without it.
        return text[m.start("verb") : particle.end()]
    return m.group("verb") if said_when else text[m.start("verb") : phrase_end]


# A particle that completes the verb before it: "cut off", "pulled out", "took place", "unaccounted for."
_PARTICLE = re.compile(r"[ \t\u00a0]+(?:off|out|away|place|underground|abroad|for(?=[.,;:]))(?![\w'’-])")


# The word a subject's time may stand before: "be", a verb of reaching or of change, or the "at" of "put ... at" ("turnout
# on Monday was", "the toll on Tuesday rose to", "put the number detained on Tuesday at").
_VERB_WORD = re.compile(r"[ \t\u00a0]*(?P<word>[A-Za-z]+)")
_COUNT_VERBS = BE_FORMS | _REACH | CHANGE_VERBS | frozenset(("stood", "stands", "stand", "at"))


def owner_phrase(text: str, lo: int, verb: int) -> str:
    """Return the noun phrase a verb at ``verb`` has as its subject, with the phrases that modify it.

    Read back from the verb past auxiliaries to a clause mark, a saying verb or "that", at
    most ``_OWNER_WORDS`` words; determiners and counting words ("the number of") in front
    are dropped: what the number counts is what stays.

    >>> t = "Deaths from the floods in Bangladesh's northeast rose to 79."
    >>> owner_phrase(t, 0, t.index("rose"))
    "Deaths from the floods in Bangladesh's northeast"
    >>> t = "Officials said the number of people killed in the floods stands at 78."
    >>> owner_phrase(t, 0, t.index("stands"))
    'people killed in the floods'
    """
    words = text[max(lo, verb - 120) : verb].split()
    verb_word = _VERB_WORD.match(text, verb)
    dates_count = verb_word is not None and verb_word.group("word").lower() in _COUNT_VERBS
    while words and words[-1].lower() in _AUX:
        words.pop()
    if words and words[-1].lower() in ("and", "or"):
        return ""
    owner: list[str] = []
    limit = _OWNER_WORDS
    while words and len(owner) < limit:
        w = words.pop()
        bare = w.rstrip(",;:")
        low = bare.lower()
        if (
            low in _RELATIVE_OPENERS
            and bare == w
            and owner
            and words
            and words[-1][-1:].isalpha()
            and words[-1].lower() not in _SAYING
            and words[-1].lower() not in _CLAUSE_OPENERS
            and words[-1].lower() not in STOP
            and any(_is_event_word(word, False) for word in owner)
        ):
            # "the number of people killed when a block collapsed rose to 14", "refugees who crossed rose to 60,000":
            # a clause with a verb of its own tells which of the noun before it are counted; the noun is what counts.
            owner.insert(0, bare)
            limit = len(owner) + _OWNER_WORDS
            continue
        if bare != w or not bare[:1].isalpha() or low in _CLAUSE_OPENERS or low in _SAYING:
            break
        if low in _TIME_NAMES and not owner and words and words[-1].lower() in _TIME_PREPOSITIONS and dates_count:
            # "turnout on Wednesday was 81%": a time right before "be" or a verb of change dates what is counted; its
            # noun is before ("a judge in Porto on Tuesday ordered" is no count).
            words.pop()
            continue
        if low in _TIME_NAMES and words and (words[-1].lower() in _TIME_PREPOSITIONS or words[-1].lower() in _SAYING):
            # "said on Thursday the toll had risen": the time of the saying is no part of what is counted
            # ("rainfall this June" keeps its time).
            break
        owner.insert(0, bare.strip("\"“”'‘’("))
    if len(owner) >= limit and words and (owner[0].lower() not in _DETERMINERS or words[-1] in _PHRASE_PREPOSITIONS):
        owner = _phrase_opened(words, owner)
    while owner and (owner[0].lower() in _DETERMINERS or owner[0].lower() in _PHRASE_PREPOSITIONS):
        owner.pop(0)
    counting = next((at for at, w in enumerate(owner[:_COUNTING_AT]) if w.lower() in _COUNTING_WORDS), -1)
    if 0 <= counting < len(owner) - 2 and owner[counting + 1].lower() == "of":
        # "the number of people killed", "the true number of people who fell ill": the people are counted, not the
        # number.
        owner = owner[counting + 2 :]
        while owner and owner[0].lower() in _DETERMINERS:
            owner.pop(0)
    elif owner and owner[0].lower() in _COUNTING_WORDS:
        owner = owner[1:]
    return " ".join(owner)


def _phrase_opened(words: list[str], owner: list[str]) -> list[str]:
    """Return ``owner``, a phrase cut at its length limit, run back over ``words`` to its determiner when one is near.

    >>> _phrase_opened("NAIROBI - The death toll from the".split(), "collapse of a block".split())
    ['The', 'death', 'toll', 'from', 'the', 'collapse', 'of', 'a', 'block']
    >>> _phrase_opened("they said toll from".split(), ["floods"])
    ['floods']
    """
    more: list[str] = []
    for at in range(len(words) - 1, max(-1, len(words) - 1 - _OWNER_MORE), -1):
        bare = words[at].rstrip(",;:")
        low = bare.lower()
        if bare != words[at] or not bare[:1].isalpha() or low in _CLAUSE_OPENERS or low in _SAYING:
            return owner
        more.insert(0, bare)
        if low in _DETERMINERS and (at == 0 or words[at - 1].lower() not in _PHRASE_PREPOSITIONS):
            # "the death toll from the collapse ...": the phrase opens at the determiner no preposition leads to.
            return more + owner
    return owner


# How many more words a phrase cut at its length limit may run back to open at its determiner.
_OWNER_MORE = 6


# A place phrase that opens the sentence and sets the scope of all of it: "In Sfax alone, ...".
_FRONTED_PLACE = re.compile(
    r"(?:In|Across|Inside)[ \t\u00a0]+(?P<place>(?:the[ \t\u00a0]+)?[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,2})"
    r"(?:[ \t\u00a0]+alone)?,[ \t\u00a0]"
)


def with_fronted_place(text: str, lo: int, start: int, subject: str) -> str:
    """Return ``subject`` with the place that opens its sentence at ``lo`` ("In Sfax alone, 110 were held").

    >>> t = "In Sfax alone, 110 people had been arrested."
    >>> with_fronted_place(t, 0, t.index("110"), "people arrested")
    'people arrested in Sfax'
    >>> t = "In October, 230 people applied."
    >>> with_fronted_place(t, 0, t.index("230"), "people applied")
    'people applied'
    """
    if not subject:
        return subject
    m = _FRONTED_PLACE.match(text, lo, start)
    if m is None:
        return subject
    place = m.group("place")
    if not _TIME_NAMES.isdisjoint(w.lower() for w in place.split()) or place.lower() in subject.lower():
        return subject
    return f"{subject} in {place}"


_SHAKING = re.compile(r"(?<![\w'’-])(?:" + alternation(LEX["magnitude_of"]) + r")(?![\w'’-])", re.IGNORECASE)


def magnitude_subject(text: str, start: int, lo: int, hi: int) -> str:
    """Return what a magnitude at ``start`` measures: the shaking its sentence [lo, hi) names nearest it.

    >>> t = "The agency measured the quake at magnitude 6.1, while the institute put it at 6.3."
    >>> magnitude_subject(t, t.index("6.3"), 0, len(t))
    'magnitude of the quake'
    """
    near = min(_SHAKING.finditer(text, lo, hi), key=lambda m: abs(m.start() - start), default=None)
    return f"magnitude of the {near.group().lower()}" if near is not None else "magnitude"


_WS = r"[ \t\u00a0]+"
_NAME = r"[A-Z][\w'’-]*(?:" + _WS + r"[A-Z][\w'’-]*){0,3}"
# After a length: where it leads ("from Kelowna", "south-east of Victoria Falls", "from the border").
_DISTANCE_TO = re.compile(
    r"(?:"
    + _WS
    + r"(?:away|(?:north|south|east|west)(?:-?(?:east|west))?))?"
    + _WS
    + r"(?:from|of)"
    + _WS
    + r"(?P<target>the"
    + _WS
    + r"[a-z][\w'’-]*(?:"
    + _WS
    + r"(?!of[ \t\u00a0])[a-z][\w'’-]*)?"
    r"(?:" + _WS + r"of" + _WS + _NAME + r")?|" + _NAME + r")"
)
# After a length: the way it points ("Kelowna, 25 km to the north-east").
_TO_THE_POINT = re.compile(
    _WS + r"to" + _WS + r"the" + _WS + r"(?:north|south|east|west)(?:-?(?:east|west))?(?![\w'’-])"
)
# "within 3 km of the plant": a reach around a place.
_WITHIN = re.compile(r"(?<![\w'’-])[Ww]ithin[ \t\u00a0]")
# After a length: how deep it lies ("below the surface", "underground", "down").
_DEPTH = re.compile(_WS + r"(?:below|beneath|under|underground|down|deep)(?![\w'’-])")
# A name set off before a number with a comma: "Hwange, about 100 km from ...", "Adré, a town of about 45,000".
_APPOSED_NAME = re.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),[ \t\u00a0]+" + _OPENER + r"\Z")
# A thing named right before a depth: "the flooded section lies", "a section", "the flooded section,".
_DEEP_THING = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)" + _WS + r"(?P<thing>(?:[a-z][\w-]*" + _WS + r")??[a-z][\w-]*)"
    r"(?:,|" + _WS + r"(?:lies|lay|is|was|sits|sat))?" + _WS + _OPENER + r"\Z"
)
# A length glued to the noun it measures by a hyphen ("the 4-kilometre route"): the noun after its unit word.
_MEASURED_THING = re.compile(r"-[a-z]+" + _WS + r"(?P<thing>[a-z][\w'’-]*)")
# A place a count of people is the population of: "Adré, a town of about", "Karachi, home to some".
_SETTLEMENT = re.compile(
    r"(?:(?<![\w'’-])(?P<name>"
    + _NAME
    + r"|[Tt]he"
    + _WS
    + r"[a-z][\w-]*),[ \t\u00a0]+)?(?:(?:a|an)"
    + _WS
    + r"(?:[a-z][\w-]*"
    + _WS
    + r"){0,3}?"
    r"(?P<kind>"
    + alternation(sorted((*LEX["place_kind_words"], "country", "nation")))
    + r")"
    + _WS
    + r"of|home"
    + _WS
    + r"to)"
    + _WS
    + _OPENER
    + r"\Z"
)


def measured_subject(text: str, start: int, end: int, noun: str, unit: str, lo: int, hi: int, subject: str) -> str:
    """Return what a length, an area or a place's count of people at [start, end) measures, else ``subject``.

    A length that leads from a place is a distance, one below the surface a depth, one
    glued to a noun by a hyphen that noun's length; an age is whose it is; an area is the area, with the
    predicate that names it ("hectares burnt": the area burnt); a count of people after "a town of" or "home to" is a population.

    >>> t = "Hwange, about 100 km from Victoria Falls, mines coal."
    >>> measured_subject(t, 8, 20, "", "km", 0, len(t), "")
    'distance from Hwange to Victoria Falls'
    >>> t = "Police set up roadblocks to Blantyre, about 65 km to the south."
    >>> measured_subject(t, 38, 49, "", "km", 0, len(t), "")
    'distance to Blantyre'
    >>> t = "The flooded section lies some 280 metres below the surface."
    >>> measured_subject(t, 25, 33, "metres", "m", 0, len(t), "metres")
    'depth of the flooded section'
    >>> t = "They marched along the 4-kilometre route."
    >>> measured_subject(t, 23, 24, "kilometre", "km", 0, len(t), "kilometre")
    'length of the route'
    >>> t = "A 19-year-old protester died."
    >>> measured_subject(t, 2, 4, "year-old", "year", 0, len(t), "year-old")
    'age of the protester'
    >>> t = "Adré, a town of about 45,000, hosts them."
    >>> measured_subject(t, 16, 28, "", "person", 0, len(t), "town")
    'population of Adré'
    """
    if unit == "year":
        return _age_subject(text, start, end, lo, hi) or subject
    if unit in ("person", ""):
        if noun and noun.lower() not in ("people", "inhabitants", "residents"):
            return subject
        place = _SETTLEMENT.search(text, max(lo, start - 80), start)
        if place is None:
            return subject
        return f"population of {_as_named(place.group('name') or '', place.group('kind') or '')}".rstrip()
    after = end
    if noun:
        at = text.find(noun, end, min(hi, end + 30))
        after = at + len(noun) if at >= 0 else end
    if unit in AREA_UNITS:
        words = subject.split()
        # "hectares burned": the area is what is counted, however it is measured.
        return " ".join(["area", *words[1:]]) if words and words[0] == noun else subject
    if unit not in LENGTH_UNITS:
        return subject
    glued = _MEASURED_THING.match(text, end, hi) if text.startswith("-", end) else None
    if glued is not None and glued.group("thing").lower() not in STOP:
        thing = glued.group("thing")
        # "a 3-km radius" is the radius; "the 8-metre boat" the boat's length.
        return thing if thing.lower() in LENGTH_WORDS else f"length of the {thing}"
    leads = _DISTANCE_TO.match(text, after, hi)
    if leads is not None:
        name = _APPOSED_NAME.search(text, max(lo, start - 60), start)
        source = f"{_as_named(name.group('name'), '')} to " if name is not None else ""
        target = leads.group("target").split()
        if "of" in target:
            # "from the port city of Beira": the place's name.
            target = target[target.index("of") + 1 :]
        while target and target[-1].lower() in STOP:
            # "from the plant on the coast": the phrase ends before a function word.
            target.pop()
        if not target:
            return subject
        if _WITHIN.search(text, max(lo, start - 8), end) is not None:
            # "residents within 3 km of the plant": the reach of a zone around a place, not a way to it.
            return f"radius around {' '.join(target)}"
        return f"distance from {source}{' '.join(target)}"
    if _TO_THE_POINT.match(text, after, hi) is not None:
        # "Blantyre, about 65 km to the south": how far away the place set off before it lies.
        name = _APPOSED_NAME.search(text, max(lo, start - 60), start)
        return f"distance to {_as_named(name.group('name'), '')}" if name is not None else "distance"
    if _DEPTH.match(text, after, hi) is not None:
        thing = _DEEP_THING.search(text, max(lo, start - 60), start)
        return f"depth of the {thing.group('thing')}" if thing is not None else "depth"
    return subject


# What a measured subject names that stays as it is from day to day: whose age, a place's population, the
# distance between places, a depth, what a building holds; and the floors and seats a building has.
_STANDING_OPENERS = ("age of ", "population of ", "distance from ", "distance to ", "depth of ")
_STANDING_WORDS = frozenset(("age", "depth", "capacity", "distance"))
_STANDING_UNITS = frozenset(("year", "floor", "storey", "seat"))


def holds_any_day(unit: str, subject: str) -> bool:
    """Return whether a count holds whatever the day: an age or a span of years, a population, a distance, a
    depth, a capacity, a building's floors or seats (no day the text names is its day: "Ana Ruiz, 34, said on
    Monday").

    >>> holds_any_day("year", ""), holds_any_day("person", "population of Adré")
    (True, True)
    >>> holds_any_day("km", "distance from Hwange to Victoria Falls"), holds_any_day("person", "stadium's capacity")
    (True, True)
    >>> holds_any_day("floor", "floors of the building"), holds_any_day("seat", "seat")
    (True, True)
    >>> holds_any_day("person", "people killed"), holds_any_day("km", "length of the stretch")
    (False, False)
    """
    if unit in _STANDING_UNITS:
        return True
    lowered = subject.lower()
    return lowered.startswith(_STANDING_OPENERS) or lowered.rsplit(" ", 1)[-1] in _STANDING_WORDS


def _as_named(name: str, kind: str) -> str:
    """Return a place or a person as a subject names it: the name without a leading function word ("In Sfax"),
    "the region", or the place's kind ("the town") when it has no name.

    >>> _as_named("In Sfax", ""), _as_named("The region", ""), _as_named("", "town"), _as_named("", "")
    ('Sfax', 'the region', 'the town', '')
    """
    words = name.split()
    if words and words[0].lower() == "the":
        return "the " + " ".join(words[1:])
    while len(words) > 1 and words[0].lower() in STOP:
        words.pop(0)
    if words:
        return " ".join(words)
    return f"the {kind}" if kind else ""


# After an age: "-year-old protester", " years old"; before it, "a man aged".
_YEAR_OLD = re.compile(
    r"[ \t\u00a0-]years?-old(?:" + _WS + r"(?P<who>[a-z][\w'’-]*))?|" + _WS + r"years?" + _WS + r"old"
)
_AGED = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?)" + _WS + r"(?P<who>[a-z][\w'’-]*)" + _WS + r"aged" + _WS + r"\Z")
# A name set off by commas around an age: "Ana Ruiz, 34, a nurse".
_NAMED_AGE = re.compile(r"(?<![\w'’-])(?P<name>" + _NAME + r"),[ \t\u00a0]+\Z")
# A person named by a noun, an age set off after it: "the driver, 41,", "a Guinean woman, 29,", "the woman, aged 86,".
_NOUN_AGE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir|[Oo]ne)"
    + _WS
    + r"(?:[A-Z][a-z]+"
    + _WS
    + r")?(?P<who>[a-z][a-z'’-]*),"
    + _WS
    + r"(?:aged"
    + _WS
    + r")?\Z"
)


def _age_subject(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Return whose age a number of years at [start, end) is ("a 19-year-old protester", "Ana Ruiz, 34,"), or "".

    >>> t = "Ana Ruiz, 34, a nurse, marched."
    >>> _age_subject(t, 10, 12, 0, len(t)), _age_subject("He served 12 years.", 10, 12, 0, 19)
    ('age of Ana Ruiz', '')
    >>> t = "Police said the driver, 41, had slept."
    >>> _age_subject(t, 24, 26, 0, len(t))
    'age of the driver'
    """
    old = _YEAR_OLD.match(text, end, hi)
    if old is not None:
        who = old.group("who")
        return f"age of the {who}" if who and who.lower() not in STOP else "age"
    aged = _AGED.search(text, max(lo, start - 40), start)
    if aged is not None:
        return f"age of the {aged.group('who')}"
    named = _NAMED_AGE.search(text, max(lo, start - 60), start)
    if named is not None and text.startswith((",", "."), end):
        # "Ana Ruiz, 34, a nurse", "said Kevin Shaw, 47.": the age of the one named.
        return f"age of {_as_named(named.group('name'), '')}"
    noun = _NOUN_AGE.search(text, max(lo, start - 40), start)
    if noun is not None and text.startswith(",", end) and noun.group("who") not in STOP:
        return f"age of the {noun.group('who')}"
    return ""


_RISE_VERBS = frozenset(
    ("rose", "rise", "rises", "risen", "rising", "increased", "climbed", "jumped", "grew", "grown", "surged")
) | frozenset(("soared", "gained", "up"))
_FALL_VERBS = frozenset(
    ("fell", "fall", "falls", "fallen", "falling", "dropped", "declined", "decreased", "slid", "sank", "plunged")
) | frozenset(("slipped", "tumbled", "lost", "shed", "down"))
# "gone up 40 percent", not "made up 20 percent of": only after a form of "go" is "up" or "down" a change.
_GO = frozenset(("go", "goes", "gone", "went", "going"))
# The verb of change, then "by" or nothing, right before the number: "fell by about 4 percent", "rose 11.8%".
_CHANGE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?P<go>[a-z]+)[ \t\u00a0]+)?(?P<verb>[a-z]+)[ \t\u00a0]+(?:by[ \t\u00a0]+)?\Z", re.IGNORECASE
)
# The clause a relative "which" hangs on: "the bread price, which rose by".
_WHICH = re.compile(
    r",[ \t\u00a0]+which[ \t\u00a0]+(?:(?:has|had|have)[ \t\u00a0]+)?[a-z]+[ \t\u00a0]+(?:by[ \t\u00a0]+)?\Z"
)
# The noun phrase a relative clause follows, from its determiner: "made no mention of the bread price".
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|a|an|its|their)[ \t\u00a0]+(?P<phrase>[\w'’-]+(?:[ \t\u00a0]+[\w'’-]+){0,3})\Z", re.IGNORECASE
)
# Words of a level, not a change, at the head of a quote: "fell below 10 percent".
_LEVEL_WORDS = frozenset(("below", "above", "under", "over", "to"))


def changed_subject(text: str, lo: int, start: int, quote: str, unit: str, subject: str, event: str) -> str:
    """Return what a percentage at ``start`` measures when it is a change: "rise in X", "fall in X", else ``subject``.

    "my rent has gone up 40 percent", "the price, which rose by 30 percent": the rise is what is
    counted, when the subject names no more than the verb; "the rate rose to 5.2%" or "fell below
    10 percent" gives a level, not a change.

    >>> t = "My rent has gone up 40 percent since May."
    >>> changed_subject(t, 0, t.index("40"), "40 percent", "percent", "rent has gone", "up")
    'rise in rent'
    >>> t = "The bread price, which rose by 30 percent, is capped."
    >>> changed_subject(t, 0, t.index("30 percent"), "30 percent", "percent", "rose", "rose")
    'rise in bread price'
    >>> t = "The rate rose to 5.2%."
    >>> changed_subject(t, 0, t.index("5.2%"), "5.2%", "percent", "rate", "rose")
    'rate'
    """
    if unit != "percent" or quote.split(" ", 1)[0].lower() in _LEVEL_WORDS:
        return subject
    m = _CHANGE_BEFORE.search(text, max(lo, start - 30), start)
    if m is None:
        return subject
    verb = m.group("verb").lower()
    if verb in ("up", "down") and (m.group("go") or "").lower() not in _GO:
        return subject
    kind = "rise" if verb in _RISE_VERBS else "fall" if verb in _FALL_VERBS else ""
    if not kind:
        return subject
    words = subject.split()
    if words and words[-1].lower() not in _AUX and words[-1].lower() not in _GO and words[-1] != event:
        # "Average rents rose 11.8%": a subject that names what changes stays as it is (a subject that names the
        # change shares "rise" with every other rise, and the suggester then joins them).
        return subject
    while words and (words[-1].lower() in _AUX or words[-1].lower() in _GO or words[-1] == event):
        # "rent has gone": the owner, not its verb.
        words.pop()
    which = _WHICH.search(text, max(lo, start - 40), start) if not words else None
    named = _NAMED_BEFORE.search(text, max(lo, which.start() - 40), which.start()) if which is not None else None
    owner = " ".join(words) or (named.group("phrase") if named is not None else "")
    if not owner:
        return subject
    return f"{kind} in {_common_case(owner)}"


def _sum_of_thing(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Return the thing a sum at [start, end) is the value of: named before "worth" or right after the sum, or "".

    >>> t = "It offered a severance package worth €80 million."
    >>> _sum_of_thing(t, t.index("€"), t.index("."), 0, len(t))
    'severance package'
    >>> t = "The fund's $2 billion rescue plan stalled."
    >>> _sum_of_thing(t, t.index("$"), t.index(" rescue"), 0, len(t))
    'rescue plan'
    """
    worth = _WORTH.search(text, max(lo, start - 40), start)
    if worth is not None:
        named = _NAMED_BEFORE.search(text, max(lo, worth.start() - 60), worth.start())
        owner = named.group("phrase") if named is not None else owner_phrase(text, lo, worth.start())
        named_words = owner.split()
        # "offered the growers a settlement worth": the phrase from its last determiner.
        last = max((at + 1 for at, w in enumerate(named_words) if w.lower() in _DETERMINERS), default=0)
        owner = " ".join(named_words[last:])
        return _common_case(owner) if owner else ""
    if _DETERMINED.search(text, max(lo, start - 12), start) is None:
        return ""
    words: list[str] = []
    word = _RUN_ON.match(text, end, hi)
    while word is not None and len(words) < _THING_WORDS:
        low = word.group().strip()
        if low in STOP or low in _TIMELESS or _is_event_word(low, True):
            break
        words.append(low)
        word = _RUN_ON.match(text, word.end(), hi)
    return " ".join(words)


# A sum is the value of the noun phrase before this: "a social plan worth", "the deal was valued at".
_WORTH = re.compile(
    r"(?:[ \t\u00a0]+(?:is|was|are|were|be|been))?[ \t\u00a0]+(?:worth|valued[ \t\u00a0]+at)[ \t\u00a0]+"
    + _OPENER
    + r"\Z"
)
# A determiner right before a sum that modifies the noun after it: "the €120 million social plan".
_DETERMINED = re.compile(r"(?<![\w'’-])(?:the|a|an|its|their|his|her|our|this|[A-Za-z]+(?:'s|’s))[ \t\u00a0]+\Z")
# How many words after a sum may name the thing it is the value of.
_THING_WORDS = 3


def _common_case(phrase: str) -> str:
    """Return a phrase read from a sentence's start with its first word in lower case, unless it reads as a name.

    >>> _common_case("Average rents"), _common_case("Tunisia's economy"), _common_case("Narmada Agrochem shares")
    ('average rents', "Tunisia's economy", 'Narmada Agrochem shares')
    """
    words = phrase.split(" ")
    first = words[0]
    if not first[1:].islower() or "'" in first or "’" in first or (len(words) > 1 and words[1][:1].isupper()):
        return phrase
    return " ".join([first.lower(), *words[1:]])


_CURRENCIES = frozenset(CURRENCY_CODES.values())
# After a sum (and its currency word): a conversion in brackets or between commas, "(about $3,300)", ", roughly $2,000,".
_CONVERSION_AFTER = re.compile(r"(?:[ \t\u00a0]*\([^()\n]{1,40}\)|,[ \t\u00a0]+[^,.;\n]{1,30},|\)|,)?")
# A verb that gives a sum, then who gets it, right before it: "has offered the families of the dead".
_given_before = on_first_use(
    r"(?<![\w'’-])(?P<verb>offered|paid|pledged|promised|donated|granted|allocated)"
    r"(?:[ \t\u00a0]+[A-Za-z][\w'’-]*){0,6}?[ \t\u00a0]+" + _OPENER + r"\Z"
)
# What a sum is given as: "€1.5m in humanitarian aid", "€40 billion in savings".
_SUM_IN = re.compile(r"[ \t\u00a0]+in[ \t\u00a0]+(?P<phrase>[a-z][\w-]*(?:[ \t\u00a0]+[a-z][\w-]*){0,2})")
# The verb of a cost right before a sum, its object between: "The strike cost the SNCF about".
_COST_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<verb>cost|costs|costing)(?:[ \t\u00a0]+(?:the|a|an|its|their)?[ \t\u00a0]*[a-z][\w'’-]*){0,2}?"
    r"[ \t\u00a0]+" + _OPENER + r"\Z",
    re.IGNORECASE,
)


def sum_subject(text: str, start: int, end: int, noun: str, unit: str, lo: int, hi: int, subject: str) -> str:
    """Return what a sum of money at [start, end) is: a cost, or what it is given in, else ``subject``.

    >>> t = "The strike cost the railway about €15 million, it said."
    >>> sum_subject(t, t.index("about"), t.index(","), "", "EUR", 0, len(t), "")
    'cost of the strike'
    >>> t = "The EU announced €1.5m in humanitarian aid on Monday."
    >>> sum_subject(t, 17, 22, "", "EUR", 0, len(t), "")
    'humanitarian aid'
    """
    if unit not in _CURRENCIES:
        return subject
    after = end
    if noun:
        at = text.find(noun, end, min(hi, end + 30))
        after = at + len(noun) if at >= 0 else end
    conversion = _CONVERSION_AFTER.match(text, after, hi)
    after = conversion.end() if conversion is not None else after
    cost = _COST_BEFORE.search(text, max(lo, start - 40), start)
    if cost is not None:
        words = owner_phrase(text, lo, cost.start("verb")).split()
        while words and words[-1].lower().endswith("ly"):
            # "the trip typically costs": the owner without its adverb.
            words.pop()
        if not words:
            return "cost"
        owner = _common_case(" ".join(words))
        plain = owner[:1].isupper() or owner.split()[0] in _DETERMINERS or owner.split()[0] in ("each", "every")
        return " ".join(["cost", "of", *([] if plain else ["the"]), owner])
    worth = _sum_of_thing(text, start, end, lo, hi) if not noun else ""
    if worth:
        return worth
    given = _SUM_IN.match(text, after, hi)
    if given is not None:
        words = []
        for w in given.group("phrase").split():
            if w.lower() in STOP or w.lower() in _TIMELESS or w.lower() in _DEGREE_WORDS:
                break
            words.append(w)
        if words:
            return " ".join(words)
    giver = _given_before().search(text, max(lo, start - 60), start) if not noun else None
    if giver is not None:
        # "Lubimbi has offered $5,000", "the company has offered the families of the dead $5,000": money given.
        verb = giver.group("verb").lower()
        owner = owner_phrase(text, lo, giver.start("verb"))
        while owner.split(" ", 1)[0].lower() in ("and", "or", "the"):
            # "the EU and the United Kingdom pledged": the last of them.
            owner = owner.split(" ", 1)[1] if " " in owner else ""
        if not owner or owner.lower() in _PRONOUNS or owner.lower() in ("he", "she", "they", "we"):
            return f"money {verb}"
        return f"money {verb} by {'' if owner[:1].isupper() else 'the '}{owner}"
    return subject
