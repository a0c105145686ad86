"""Counted nouns: the noun after a number ("2,000 people", "a 3-year-old"), its unit, ages and people by verb."""

from __future__ import annotations

import re

from .atom import Atom
from .context import (
    HYPHEN_WORD,
    NEXT_WORD,
    NEXT_WORDS,
    WORD_SPLIT,
    last_left_word,
    prev_word,
)
from .measures import degree_unit, is_weight_pound
from .numerals import IRREGULAR_PLURALS, lemmatize
from .qualifiers import HYPHEN_HEDGES, left_qualifier
from .sentences import sentence_head
from .vocabulary import (
    AGE_HEDGES,
    AGE_WORDS,
    COUNT_NOUNS,
    COUNT_VERBS,
    COUNTING_NOUNS,
    COUNTING_UNITS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    FRACTIONS,
    FUNCTION_WORDS,
    HEDGE_LAST_WORDS,
    HEDGES,
    LETTER,
    LEX,
    LOOSE_BEFORE,
    MEASURE_UNITS,
    NON_HEAD,
    NOT_DEMONYMS,
    NOUN_UNITS,
    PARENT_NOUNS,
    PEOPLE_COLLECTIVES,
    PERSON,
    PERSON_SUFFIX_EXCEPTIONS,
    PERSON_SUFFIXES,
    PERSON_VERBS_AFTER,
    PERSON_VERBS_BEFORE,
    POSSESSIVE_DETERMINERS,
    SCALE_WORDS,
    SHOT_NAMES,
    SINGULAR_PERSONS,
    SKIP_FIRST,
    STOP,
    TIME_UNITS,
    UNIT_WORDS,
    WEEKDAYS,
    WS,
    YEAR_BEFORE,
    alternation,
    on_first_use,
    spaced,
)

__all__ = [
    "is_count_noun",
    "is_counted_year",
    "is_plain_plural",
    "read_hyphen_or_noun",
    "unit_for",
    "unit_from_sentence",
]

# "Kim Young-soo, 93,", "the driver, 52,": a name or a noun for one person (``SINGULAR_PERSONS``, checked after the
# match: a long alternation here would cost every number a scan) between commas.
_AGE_LEFT = re.compile(
    r"(?:(?<![A-Za-z])(?P<noun>[a-z]+)"
    r"|[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]*)?(?:" + WS + r"[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]*)?){0,2})"
    r"(?:" + WS + r"\([^()\n]{1,30}\))?,\s?\Z"
)
_AGE_VERB_LEFT = re.compile(
    r"(?<![A-Za-z])(?:(?:died|dies|(?<!the )(?<!its )(?<!their )dead|retired|retires|married|debuted|school|death)"
    + WS
    + r"(?:aged"
    + WS
    + r"|at"
    + WS
    + r"(?:the"
    + WS
    + r"age"
    + WS
    + r"of"
    + WS
    + r")?)|(?:turns|turned|turning)"
    + WS
    + r")\Z"
)
# "a boy of 12", "a child of about seven": one person's age.
_AGE_OF = re.compile(
    r"(?<![A-Za-z])(?:a|an|the|one|her|his|their)"
    + WS
    + r"(?:[a-z]+"
    + WS
    + r")?(?P<noun>[a-z]+)"
    + WS
    + r"of"
    + WS
    + r"(?:(?:"
    + spaced(list(HEDGES))
    + r")"
    + WS
    + r")?\Z",
    re.IGNORECASE,
)
# Nouns for two people, whose ages follow joined by "and": "a couple, 71 and 68", "the twins, 19 and 19".
_PAIR_NOUNS = frozenset(("couple", "pair", "twins"))
_AND_AGE_AFTER = re.compile(WS + r"and" + WS + r"\d{1,3}(?![\d.,]\d)")
# "I was 26", "she is 86", "said Ortega, who is 58": one person's age.
_PRONOUN_AGE = re.compile(
    r"(?:(?<![A-Za-z])(?:I|[Hh]e|[Ss]he)|," + WS + r"who)(?:" + WS + r"(?:am|is|was)|['’]m|['’]s)" + WS + r"\Z"
)
# "five of us", "two of you": people. "two of them", "700 of whom" count what the count before counted
# (``units.inherit_units``).
_OF_PEOPLE = re.compile(WS + r"{1,2}of" + WS + r"{1,2}(?:us|you)(?![A-Za-z])", re.IGNORECASE)
# "the number of people killed", "the number of its citizens among them": a determiner is never the counted noun.
_number_of = on_first_use(
    r"(?<![A-Za-z])(?:"
    + alternation(sorted(COUNTING_NOUNS))
    + r")"
    + WS
    + r"of"
    + WS
    + r"(?:(?:the|its|their|his|her|our|these|those|all)"
    + WS
    + r")?(?:[A-Za-z-]+['’]?"
    + WS
    + r"){0,2}?(people|men|women|children|(?!(?:its|this|his|was|has|is|as|thus|"
    # "the count of injured stands at 105": a count's verb is no plural.
    + alternation(sorted(COUNT_VERBS))
    + r")(?![A-Za-z]))[A-Za-z-]*[a-z]s)"
    # "the tally of Legionnaires' disease cases": a possessive before the head modifies it.
    r"(?![A-Za-z'’])",
    re.IGNORECASE,
)
# "The number detained was 312", "the total killed rose to 40", "the number of missing at 31": a count of the people
# a verb names.
_NUMBER_VERBED = re.compile(
    r"(?<![A-Za-z])(?:"
    + alternation(sorted(COUNTING_NOUNS))
    + r")"
    + WS
    + r"(?:of"
    + WS
    + r"(?:the"
    + WS
    + r")?)?("
    + alternation(LEX["person_verbs_after"])
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
_AND_OR = frozenset(("and", "or"))
_APOSTROPHES = frozenset("'’")
# Nouns a plural modifies as whose it is ("the exams council", "the railways figure"): a body, or a count of counts.
_BODY_HEADS = frozenset(LEX["organisation_words"]) | frozenset(LEX["source_nouns"]) | COUNTING_UNITS
# Prepositions that start a modifier of the subject ("deaths from the floods in the northeast").
_SUBJECT_PREPOSITIONS = frozenset(("from", "in", "of", "at", "on", "across", "after", "during", "among", "since"))
# Prepositions that open a modifier right after a capitalised plural at a sentence's start ("Calls to the hotline",
# "Applications for asylum"): the plural is a common noun, not a name.
_HEAD_PREPOSITIONS = _SUBJECT_PREPOSITIONS | frozenset(("to", "for"))
# "its count of vehicles stranded to 1,600, and of people to 4,100": a second count that leaves out the word for a
# count and names its own noun after "of", maybe with a participle, right before "to" or "at" and the number (or the
# number it changed from: "to 4,100 from 3,500").
_and_of_noun = on_first_use(
    r"(?:,|(?<![A-Za-z])and)"
    + WS
    + r"+(?:and"
    + WS
    + r"+)?of"
    + WS
    + r"+(?:the"
    + WS
    + r"+)?([a-z]+)(?:"
    + WS
    + r"+[a-z]+)?"
    + WS
    + r"+(?:to|at)"
    + WS
    + r"+(?:"
    + LOOSE_BEFORE
    + r"\d[\d,.]*"
    + WS
    + r"+from"
    + WS
    + r"+)?"
    + LOOSE_BEFORE
    + r"\Z"
)


def _noun_unit_of(word: str) -> str:
    """Return the unit of a plural or a people noun that heads a count ("people", "vehicles"), or "".

    >>> _noun_unit_of("people"), _noun_unit_of("vehicles"), _noun_unit_of("those")
    ('person', 'vehicle', '')
    """
    if word in FUNCTION_WORDS or word in NON_HEAD:
        return ""
    return unit_for(word) if word in PERSON or is_plain_plural(word) else ""


# Prepositions that open a time phrase fronted before a sentence's subject ("Over the following days", "In recent
# weeks", "Within hours").
_TIME_PHRASE_OPENERS = frozenset(("over", "in", "during", "for", "within", "after", "across", "throughout", "through"))
_CLOSING_QUOTES = frozenset("\"”’'")
# "some as young as 14", "as old as 90": an age.
_AS_YOUNG_AS = re.compile(r"(?<![A-Za-z])as" + WS + r"+(?:young|old)" + WS + r"+as" + WS + r"+\Z", re.IGNORECASE)
# "of its members' stations", "of the company's vehicles": a possessive names whose the whole is, not the whole.
_OWNER = r"(?:(?:[a-z][a-z-]*" + WS + r"{1,2})?[a-z][a-z-]*(?:s['’]|['’]s)" + WS + r"{1,2})?"
_PARTITIVE = re.compile(
    WS
    + r"{1,2}of"
    + WS
    + r"{1,2}(?:the|its|their|his|her|our|these|those)"
    + WS
    + r"{1,2}"
    + _OWNER
    + r"(?:(?P<modifier>[a-z][a-z-]*)"
    + WS
    + r"{1,2}(?=[a-z][a-z-]*s(?![A-Za-z])))?(?P<whole>[a-z][a-z-]*)(?![A-Za-z])"
)
# The same with a one-word whole, where the two words after "of the" are no noun phrase ("of the migrants drowned").
_PARTITIVE_ONE = re.compile(
    WS
    + r"{1,2}of"
    + WS
    + r"{1,2}(?:the|its|their|his|her|our|these|those)"
    + WS
    + r"{1,2}"
    + _OWNER
    + r"(?P<modifier>)(?P<whole>[a-z][a-z-]*)(?![A-Za-z])"
)
# "31 of the most seriously injured", "fewer than 40,000 of those separated": the whole, up to two adverbs after
# its determiner.
_PARTITIVE_PEOPLE = re.compile(
    WS
    + r"of"
    + WS
    + r"(?P<det>"
    + alternation(["the", "those", *POSSESSIVE_DETERMINERS])
    + r")"
    + WS
    + r"(?:[a-z]+ly"
    + WS
    + r"|most"
    + WS
    + r"){0,2}(?P<whole>[a-z]+)(?![\w'’-])",
    re.IGNORECASE,
)
# "the death toll rose to 40", "Toll Climbs To 4,210" (a headline's toll is the dead).
_toll = on_first_use(
    r"(?<![A-Za-z])(?:(?:death|casualty)"
    + WS
    + r")?toll(?![A-Za-z])(?!"
    + WS
    + r"(?:road|roads|booth|free|gate|plaza)(?![a-z]))",
    re.IGNORECASE,
)
_REACH_LEFT = re.compile(
    r"(?<![A-Za-z])(?:" + alternation(LEX["reach_verbs"]) + r")(?:" + WS + r"{1,2}(?:to|at|by|from))?"
    r"(?:" + WS + r"{1,2}(?:" + spaced(list(HEDGES)) + r"))?" + WS + r"{0,2}\Z",
    re.IGNORECASE,
)


def _is_men_word(tail: str) -> bool:
    """Return whether a word is a plural noun for people ending in "men" ("fishermen", "gunmen").

    >>> _is_men_word("fishermen"), _is_men_word("specimen"), _is_men_word("men")
    (True, False, False)
    """
    return tail.endswith("men") and len(tail) > 4 and tail not in PERSON_SUFFIX_EXCEPTIONS


def _is_known_head(word: str) -> bool:
    """Return whether a word is a noun the lexicon knows a number to count ("patients", "houses", "fishermen").

    >>> _is_known_head("patients"), _is_known_head("lifts")
    (True, False)
    """
    tail = word.rsplit("-", 1)[-1]
    return tail in PERSON or tail in COUNT_NOUNS or tail in NOUN_UNITS or tail in UNIT_WORDS or _is_men_word(tail)


# Words that follow a verb, not a noun: "lifts them", "wins the".
_OBJECT_WORDS = frozenset(("them", "the", "a", "an", "his", "her", "its", "their", "it", "us", "him", "our", "this"))


def _has_head_after(split: list[str], at: int) -> bool:
    """Return whether a noun a number counts stands among the three words from ``at`` (coordinated modifiers' head).

    >>> _has_head_after("and heat exhaustion patients".split(), 1), _has_head_after("and lifts them off".split(), 1)
    (True, False)
    >>> _has_head_after("and border locations across".split(), 1)
    True
    """
    for j in range(at, min(at + 3, len(split))):
        word = split[j].lower()
        after = split[j + 1].lower() if j + 1 < len(split) else ""
        if _is_known_head(word) or (is_plain_plural(split[j]) and after not in _OBJECT_WORDS):
            return True
    return False


def is_count_noun(word: str) -> bool:
    """Return whether ``word`` reads as a noun a number counts ("people", "houses", "km").

    >>> is_count_noun("people"), is_count_noun("Street"), is_count_noun("houses"), is_count_noun("fishermen")
    (True, False, True, True)
    """
    w = word.lower()
    if w in COUNT_NOUNS or w in UNIT_WORDS:
        return True
    tail = w.rsplit("-", 1)[-1]
    if tail in COUNT_NOUNS or (word[0].islower() and _is_men_word(tail)):
        return True
    return word[0].islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in NON_HEAD


def is_plain_plural(word: str) -> bool:
    """Return whether ``word`` is a lower-case plural that can head a count.

    >>> is_plain_plural("launchers"), is_plain_plural("glass")
    (True, False)
    """
    w = word.lower()
    return (
        word[0].islower()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and w not in STOP
        and w not in NON_HEAD
    )


def _is_people_whole(det: str, word: str) -> bool:
    """Return whether a partitive's whole names people by an adjective or participle ("the injured", "those held") or
    is a body of people ("its crew", "the team").

    >>> _is_people_whole("the", "injured"), _is_people_whole("those", "separated"), _is_people_whole("the", "red")
    (True, True, False)
    >>> _is_people_whole("its", "crew")
    True
    """
    return (
        (word in PERSON and not word.endswith("s"))
        or (det == "those" and word.endswith("ed"))
        or word in PEOPLE_COLLECTIVES
    )


def _is_plural_whole(word: str) -> bool:
    """Return whether a partitive's whole is a plural: "of the victims", "of the people detained"."""
    return is_plain_plural(word) or word in IRREGULAR_PLURALS


def _is_strict_noun(word: str) -> bool:
    tail = word.rsplit("-", 1)[-1]
    return (
        word in NOUN_UNITS
        or tail in PERSON
        or word in UNIT_WORDS
        or (word in COUNT_NOUNS and word not in TIME_UNITS and word not in SCALE_WORDS)
    )


def _is_person_word(word: str, tail: str) -> bool:
    if word.endswith(("ans", "ians", "ese")) or _is_demonym_plural(word):
        return True
    # "economists", "shareholders", "firemen", "festival-goers": nouns for people by their ending.
    return (
        tail.endswith(PERSON_SUFFIXES) and tail not in PERSON_SUFFIX_EXCEPTIONS and (len(tail) > 5 or tail != word)
    ) or (tail.endswith(("men", "women")) and tail not in PERSON_SUFFIX_EXCEPTIONS and len(tail) > 4)


def _is_demonym_plural(word: str) -> bool:
    """Return whether a word ending in "is" reads as a people's name ("Israelis", "Somalis"): not a Greek singular
    ("dialysis", "crisis") nor the plural of a word that names no people ("taxis").

    >>> _is_demonym_plural("iraqis"), _is_demonym_plural("taxis"), _is_demonym_plural("dialysis")
    (True, False, False)
    """
    return word.endswith("is") and len(word) > 4 and not word.endswith("sis") and word[:-1] not in NOT_DEMONYMS


def unit_for(word: str) -> str:
    """Return the unit a counted noun names.

    >>> unit_for("soldiers"), unit_for("three-year"), unit_for("economists"), unit_for("countries")
    ('person', 'year', 'person', 'country')
    """
    tail = word.rsplit("-", 1)[-1]
    if word in TIME_UNITS:
        return TIME_UNITS[word]
    if tail in TIME_UNITS:
        return TIME_UNITS[tail]
    if word in PERSON or tail in PERSON:
        return "person"
    if word in CURRENCY_WORDS:
        return CURRENCY_WORDS[word]
    if word in NOUN_UNITS:
        return NOUN_UNITS[word]
    if word in UNIT_WORDS:
        return UNIT_WORDS[word]
    if _is_person_word(word, tail):
        return "person"
    lemma = lemmatize(tail)
    if lemma in PERSON:
        return "person"
    if lemma in NOUN_UNITS:
        return NOUN_UNITS[lemma]
    if lemma in TIME_UNITS:
        return TIME_UNITS[lemma]
    return lemma


def _read_hyphen_word(text: str, atom: Atom, hy: re.Match[str]) -> None:
    """Read the word hyphenated to the number ("a 3-year-old", "a 1.2 million-strong army")."""
    first = hy.group(1)
    low = first.lower()
    if low in FRACTIONS:
        atom.rejected = True
        return
    if low in HYPHEN_HEDGES:
        return
    if low in ("percent", "pct") and not atom.unit_locked:
        # "a three-point-five-percent rise": the percent is part of the number.
        atom.unit = "percent"
        atom.is_percent = True
        atom.end = hy.end() - len(hy.group(2))
        return
    if low == "strong" and not atom.unit_locked:
        # "a 1.2 million-strong military": the members, not "strong".
        atom.unit = "person"
        atom.noun = hy.group(0)[1:]
        atom.noun_end = hy.end()
        atom.rule = "hyphen_modifier"
        return
    if (
        low in ("of", "in")
        and not hy.group(2)
        and text[hy.end() : hy.end() + 1] == "-"
        and text[hy.end() + 1 : hy.end() + 2].isalnum()
    ):
        # "6-of-19 shooting", "one-in-100": the next number is read on its own.
        return
    if first[0].isupper() and low not in TIME_UNITS:
        atom.rejected = True
        return
    if low in ("point", "pointer", "pointers") and atom.value in (2, 3):
        shot = NEXT_WORD.match(text, hy.end())
        if low != "point" or (shot is not None and shot.group(1).lower() in SHOT_NAMES):
            # "3-point range", "a 3-pointer": the name of a basketball shot, not a count.
            atom.rejected = True
            return
    atom.noun = hy.group(0)[1:]
    atom.noun_end = hy.end()
    atom.rule = "hyphen_modifier"
    if low == "magnitude":
        atom.unit = "magnitude"
    elif low in TIME_UNITS:
        atom.unit = TIME_UNITS[low]
    elif low in ("pound", "pounds") and is_weight_pound(text, atom.start, hy.end(), atom.has_scale):
        # "a twenty-pound bag": a weight.
        atom.unit = "lb"
    elif not atom.unit_locked and not atom.is_percent:
        atom.unit = unit_for(low)


def _noun_words(text: str, atom: Atom, e: int) -> list[tuple[str, int, int]]:
    """Return the words after the number that may name what it counts, up to a stop word."""
    words: list[tuple[str, int, int]] = []
    run = NEXT_WORDS.match(text, e)
    if run is None:
        return words
    chunk = run.group()
    pos = 0
    saw_of = False
    split = chunk.split()
    for at, w in enumerate(split):
        pos = chunk.find(w, pos)
        ws = e + pos
        pos += len(w)
        # "six weeks' time": a plural possessive is its noun.
        w = w.rstrip("'’") if w.endswith(("s'", "s’")) else w
        wl = w.lower()
        if not words and ((wl == "of" and (atom.vague or atom.has_scale)) or wl in SKIP_FIRST):
            saw_of = saw_of or wl == "of"
            continue
        if not words and atom.vague and not saw_of and not is_count_noun(w):
            break
        if (
            wl in _AND_OR
            and 0 < len(words) <= 2
            and not any(is_count_noun(x) for x, _s, _e in words)
            and _has_head_after(split, at + 1)
        ):
            # "1,870 heatstroke and heat exhaustion patients", "9.7 million current and former customers": the
            # words before the conjunction modify the head after it ("a 2-1 win and lifts" has none).
            continue
        if wl in STOP or wl in WEEKDAYS:
            break
        words.append((w, ws, ws + len(w)))
    return words


def _set_age(atom: Atom) -> bool:
    atom.unit = "year"
    atom.rule = "age"
    return True


def _read_age_or_people(text: str, atom: Atom, words: list[tuple[str, int, int]]) -> bool:
    """Read an age ("died at 87", "she is 86") or people ("five of us") with no counted noun; return whether read."""
    free = not atom.unit_locked and not atom.is_percent
    no_noun = not words or not is_count_noun(words[0][0])
    if free and no_noun and atom.value <= _MOST_CHILDREN and _is_children_of(text, atom.start):
        # "a father of three": his children; "a grandmother of 80" is her age.
        atom.unit = "person"
        return True
    if free and atom.value <= 120 and no_noun and _AGE_VERB_LEFT.search(text, max(0, atom.start - 24), atom.start):
        # "who has died at 87", "who turns 37 next month", "left school at 15": an age.
        return _set_age(atom)
    if free and atom.value <= 120 and no_noun and _is_age_after(text, atom.start):
        # "a boy of 12", "children under five died": an age, whatever verb follows.
        return _set_age(atom)
    if not words and free and read_person_verbs(text, atom):
        return True
    if free and not atom.unit and no_noun:
        if atom.value <= 120 and _PRONOUN_AGE.search(text, max(0, atom.start - 12), atom.start):
            # "I was 26", "she is 86": an age.
            return _set_age(atom)
        if _OF_PEOPLE.match(text, atom.end):
            # "There were five of us": people.
            atom.unit = "person"
            return True
    return False


# The most children a parent's number counts; above it, "a mother of 40" tells her age.
_MOST_CHILDREN = 15


def _is_children_of(text: str, s: int) -> bool:
    """Return whether the number at ``s`` counts a parent's children ("a father of three", "a mother of two").

    >>> t = "Ruiz, 41, a mother of four, and a girl of nine."
    >>> _is_children_of(t, t.index("four")), _is_children_of(t, t.index("nine"))
    (True, False)
    """
    m = _AGE_OF.search(text, max(0, s - 50), s) if "of" in text[max(0, s - 30) : s] else None
    return m is not None and m.group("noun").lower() in PARENT_NOUNS


def _is_age_after(text: str, s: int) -> bool:
    """Return whether the number at ``s`` is an age by the words before it.

    "a boy of 12", "a child of about seven"; "children under five", "adults over 65".

    >>> t = "Eleven children under five died, and a girl of nine."
    >>> _is_age_after(t, t.index("five")), _is_age_after(t, t.index("nine")), _is_age_after(t, 0)
    (True, True, False)
    """
    m = _AGE_OF.search(text, max(0, s - 50), s) if "of" in text[max(0, s - 30) : s] else None
    if m is not None and m.group("noun").lower() in SINGULAR_PERSONS:
        return True
    q_start, _q, rule, _att = left_qualifier(text, s)
    return rule.startswith("hedge:") and rule[6:] in AGE_HEDGES and unit_for(last_left_word(text, q_start)) == "person"


def _is_age_left(text: str, s: int, e: int) -> bool:
    """Return whether a name or a noun for one person and a comma stand right before the number at ``s``..``e``.

    A noun for two people takes two ages joined by "and" ("a couple, 71 and 68,").

    >>> _is_age_left("The driver, 52, said", 12, 14), _is_age_left("The dead, 19, were", 10, 12)
    (True, False)
    >>> _is_age_left("a couple, 71 and 68, died", 10, 12), _is_age_left("a couple, 71, died", 10, 12)
    (True, False)
    """
    m = _AGE_LEFT.search(text, max(0, s - 40), s) if text[s - 2 : s].rstrip().endswith(",") else None
    if m is None:
        return False
    noun = m.group("noun")
    if noun in _PAIR_NOUNS:
        return _AND_AGE_AFTER.match(text, e) is not None
    return (noun is None or noun in SINGULAR_PERSONS) and text[e : e + 1] in (",", ")", ".", ";")


# "the retirement age to 67", "at the age of 19", "an age limit of 16": the noun "age" and a preposition before.
# "the age for men and women to 67", "the voting age was lowered to 16": a phrase for whom, and a verb of change.
_AGE_PREPOSITION_LEFT = re.compile(
    r"(?<![A-Za-z])ages?(?:"
    + WS
    + r"limit)?(?:"
    + WS
    + r"for(?:"
    + WS
    + r"[a-z]+){1,3}?)?(?:"
    + WS
    + r"(?:is|was|will"
    + WS
    + r"be|would"
    + WS
    + r"be|has"
    + WS
    + r"been))?(?:"
    + WS
    + r"(?:raised|lowered|set|cut|increased|reduced|rising|rises|rose|falling|falls|fell))?"
    + WS
    + r"(?:of|to|at|from|is|was)"
    + WS
    + r"\Z",
    re.IGNORECASE,
)


def _is_age_named(text: str, atom: Atom) -> bool:
    """Return whether the word "age" before the number names it an age: "aged 52", "the age of 67", "age to 67".

    >>> from decimal import Decimal
    >>> t = "raise the retirement age to 67, at the age of 19, aged 30 and an age of 5,000"
    >>> [_is_age_named(t, Atom(t.index(w), t.index(w) + len(w), Decimal(w.replace(",", ""))))
    ...  for w in ("67", "19", "30", "5,000")]
    [True, True, True, False]
    """
    if last_left_word(text, atom.start) in AGE_WORDS:
        return True
    return (
        atom.value <= 120
        and "age" in text[max(0, atom.start - 60) : atom.start].lower()
        and _AGE_PREPOSITION_LEFT.search(text, max(0, atom.start - 60), atom.start) is not None
    )


def _read_without_noun(text: str, atom: Atom) -> None:
    if (
        _is_age_left(text, atom.start, atom.end) and not atom.unit_locked and not atom.is_percent and atom.value <= 120
    ) or (
        not atom.unit_locked
        and (_is_age_named(text, atom) or _AS_YOUNG_AS.search(text, max(0, atom.start - 16), atom.start))
    ):
        _set_age(atom)
    elif "agnitude" in text[max(0, atom.start - 12) : atom.start]:
        atom.unit = "magnitude"


def read_hyphen_or_noun(text: str, atom: Atom) -> None:
    """Read what the number counts: a hyphenated word, the noun after it, or an age or people by the verbs."""
    e = atom.end
    if not LETTER.search(text, max(0, atom.start - 40), e + 60):
        # No word around: nothing to count (a table of bare numbers).
        return
    if e < len(text) and text[e] in "-‐" and not atom.is_money:
        hy = HYPHEN_WORD.match(text, e)
        if hy is not None:
            _read_hyphen_word(text, atom, hy)
            return
    if atom.unit_locked and atom.noun:
        return
    if (
        not atom.unit_locked
        and "agnitude" in text[max(0, atom.start - 12) : atom.start]
        and last_left_word(text, atom.start) == "magnitude"
    ):
        atom.unit = "magnitude"
        atom.unit_locked = True
    if text[e : e + 1] in _CLOSING_QUOTES and text[e + 1 : e + 2] in (" ", "\u00a0"):
        # '"more than 40,000" marchers': the noun follows the quotation.
        e += 1
    words = _noun_words(text, atom, e)
    if not atom.unit_locked and not atom.vague and not atom.is_percent and atom.value != 1:
        part = _PARTITIVE.match(text, e)
        if part is not None and part.group("modifier") and not _is_plural_whole(part.group("whole")):
            part = _PARTITIVE_ONE.match(text, e)
        if part is not None and _is_plural_whole(part.group("whole")):
            # "58 of the victims", "more than 30 of the asylum seekers": the part counts what the whole names.
            atom.noun = text[part.start("modifier") if part.group("modifier") else part.start("whole") : part.end()]
            atom.noun_end = part.end()
            atom.unit = unit_for(part.group("whole").lower())
            return
        if " of " in text[e : e + 4]:
            people = _PARTITIVE_PEOPLE.match(text, e)
            if people is not None and _is_people_whole(people.group("det").lower(), people.group("whole").lower()):
                # "31 of the most seriously injured", "40,000 of those separated": a part of people named by what
                # happened to them (no noun: the subject reads the whole and what the sentence says of the part).
                atom.unit = "person"
                return
    if _read_age_or_people(text, atom, words):
        return
    if not words:
        _read_without_noun(text, atom)
        return
    _read_head(text, atom, words)


# "12,000 head of cattle", "15,000 head were stolen": livestock counted by the head, what "of" names after it.
_HEAD_OF = re.compile(r"head" + WS + r"{1,2}of" + WS + r"{1,2}([a-z]+)(?![A-Za-z])")


def _read_livestock_head(text: str, atom: Atom, words: list[tuple[str, int, int]]) -> bool:
    """Read "N head (of X)": herds are counted by the head, cattle unless "of" names the animals; return whether read.

    "two head injuries", "three head coaches" name a noun after "head": not herds.
    """
    word, start, end = words[0]
    if word != "head" or len(words) > 1 or atom.vague or atom.value <= 1 or atom.unit_locked:
        return False
    of = _HEAD_OF.match(text, start)
    if of is not None and unit_for(of.group(1)) != "person":
        atom.noun, atom.noun_end, atom.unit = text[start : of.end()], of.end(), unit_for(of.group(1))
    else:
        atom.noun, atom.noun_end, atom.unit = word, end, "cattle"
    return True


def _read_head(text: str, atom: Atom, words: list[tuple[str, int, int]]) -> None:
    if _read_livestock_head(text, atom, words):
        return
    head = choose_head(words, singular=not atom.vague and atom.value == 1)
    if head < 0 and not atom.unit_locked and not atom.is_percent:
        read_person_verbs(text, atom)
    if head < 0:
        if _is_age_named(text, atom) and not atom.unit_locked:
            _set_age(atom)
        return
    w, _ws, we = words[head]
    k = head
    if w[0].isupper():
        while k > 0 and words[k - 1][0][0].isupper():
            k -= 1
    atom.noun = text[words[k][1] : we]
    atom.noun_end = we
    if atom.unit_locked or atom.is_percent:
        return
    _read_head_unit(text, atom, words, head)


def _read_head_unit(text: str, atom: Atom, words: list[tuple[str, int, int]], head: int) -> None:
    """Set the unit the head noun names, with the word before it ("light years", "square miles")."""
    w, _ws, we = words[head]
    wl = w.lower()
    before = words[head - 1][0].lower() if head > 0 else ""
    if (wl in ("light-years", "light-year") or (before == "light" and wl in ("years", "year"))) and not atom.unit:
        atom.unit = "light year"
        return
    if before == "nautical" and wl in ("miles", "mile") and not atom.unit:
        atom.unit = "nautical mile"
        return
    if before in ("square", "sq", "sq.", "cubic") and not atom.unit:
        power = before.rstrip(".")
        squared = ("square" if power == "sq" else power) + " " + wl
        if squared in UNIT_WORDS:
            atom.unit = UNIT_WORDS[squared]
            return
    if wl in UNIT_WORDS and not atom.unit:
        atom.unit = UNIT_WORDS[wl]
        if atom.unit == "degree":
            # "20 degrees Celsius", "106 degree fahrenheit", "50 deg. C".
            atom.unit = degree_unit(text, atom.start, we + (text[we : we + 1] == "."), atom.value)
        return
    if not atom.unit:
        atom.unit = unit_for(wl)


def read_person_verbs(text: str, atom: Atom) -> bool:
    """Set unit person for "killing 12", "37 had died"; return whether it did."""
    before = prev_word(text, atom.start).lower()
    if before not in PERSON_VERBS_BEFORE and before in HEDGE_LAST_WORDS:
        # "injuring more than 400": the verb sits before the hedge.
        q_start = left_qualifier(text, atom.start)[0]
        if q_start < atom.start:
            before = prev_word(text, q_start).lower()
    if before in PERSON_VERBS_BEFORE:
        atom.unit = "person"
        return True
    run = NEXT_WORDS.match(text, atom.end)
    if run is not None:
        for w in run.group().split()[:3]:
            if w.lower() in PERSON_VERBS_AFTER:
                atom.unit = "person"
                return True
    return False


def choose_head(words: list[tuple[str, int, int]], singular: bool = False) -> int:
    """Return the index of the noun the number counts among ``words``, or -1."""
    for i, (w, _, _) in enumerate(words):
        wl = w.lower()
        tail = wl.rsplit("-", 1)[-1]
        if wl in COUNT_NOUNS or wl in UNIT_WORDS or tail in PERSON or tail in NOUN_UNITS or _is_men_word(tail):
            if i > 0 and wl in PERSON_VERBS_AFTER and is_plain_plural(words[i - 1][0]):
                # "86 boats missing", "40 cars stranded": what happened to the plural before says no people.
                return i - 1
            if UNIT_WORDS.get(wl, "") in MEASURE_UNITS or wl in TIME_UNITS:
                # "a 2.5 million gallon tank": a unit of measure heads its count; the noun after is what it measures.
                # So does a unit of time: "the 27 minutes police gave" (police gave them, they count no police).
                return i
            while i + 1 < len(words) and _is_strict_noun(words[i + 1][0].lower()):
                i += 1
            if i + 1 < len(words) and not words[i][0].lower().endswith("s") and is_plain_plural(words[i + 1][0]):
                # "rocket launchers", "school buses": a singular noun modifying a plural head.
                i += 1
            return i
        if w[0].isupper() and (wl.endswith(("ans", "ians", "ese", "is")) and len(wl) > 4):
            return i
    for i, (w, _, _) in enumerate(words):
        wl = w.lower()
        if (
            w[0].islower()
            and len(wl) > 3
            and wl.endswith("s")
            and not wl.endswith(("ss", "ous", "sis"))
            and wl not in NON_HEAD
        ):
            return i
    w0 = words[0][0]
    if singular and w0[0].islower() and not w0.lower().endswith(("ed", "ing", "ly")):
        return 0
    return -1


def is_counted_year(atom: Atom, text: str) -> bool:
    """Return whether a year-shaped number ("2,000" aside) counts its noun ("1998 deaths") rather than dating it."""
    if not atom.noun:
        return False
    head = atom.noun.split()[-1]
    if atom.unit in ("person", "country", "organization") and atom.unit != "":
        pw = prev_word(text, atom.start).lower()
        return pw not in YEAR_BEFORE or (pw == "the" and head[0].islower())
    pw = prev_word(text, atom.start).lower()
    if pw.endswith(("'s", "’s")) or (atom.noun[0].isupper() and " " in atom.noun):
        # "N. Korea's 2023 ICBM launches": a possessive or a name before the head makes the number a year.
        return False
    return head[0].islower() and head.lower().endswith("s") and pw not in YEAR_BEFORE


def is_toll_count(text: str, start: int) -> bool:
    """Return whether the sentence before a number names a toll ("the death toll rose to", "put the toll at"): a count
    of the dead, people unless the text counted other dead before (``units.inherit_units``).

    >>> is_toll_count("The trust put the toll at 260", 26), is_toll_count("The toll road carried 260", 22)
    (True, False)
    """
    left = sentence_head(text, start, 120)
    return "oll" in left and _toll().search(left) is not None


def unit_from_sentence(text: str, start: int) -> str:
    """Return the unit named earlier in the sentence ("the number of defectors ... fell to 196").

    >>> unit_from_sentence("The number of defectors fell to 196", 32)
    'person'
    """
    left = sentence_head(text, start, 120)
    if not LETTER.search(left):
        # A table of bare numbers names nothing: skip the searches below (claim-dense text).
        return ""
    if "oll" in left and _toll().search(left):
        return "person"
    m = _and_of_noun().search(left) if "of" in left else None
    if m is not None and _noun_unit_of(m.group(1).lower()):
        # "raised its count of vehicles stranded to 1,600, and of people to 4,100": the second count names its own.
        return _noun_unit_of(m.group(1).lower())
    m = _number_of().search(left) if "of" in left else None
    if m is not None:
        word = m.group(1).lower()
        return unit_for(word) if word not in NON_HEAD else ""
    if _NUMBER_VERBED.search(left):
        return "person"
    verb = _REACH_LEFT.search(left)
    if verb is None:
        return ""
    # "Measles cases in Europe have topped 500", "Mortgage approvals dropped to 49,400": the subject is counted;
    # "Deaths from the floods rose to 79": its head stands before the phrase that modifies it.
    found = list(WORD_SPLIT.finditer(left, 0, verb.start()))
    words = [m.group() for m in found]
    for at, w in enumerate(words):
        if at > 1 and words[at - 1].lower() in _SUBJECT_PREPOSITIONS:
            break
        if at + 1 < len(words) and is_plain_plural(words[at + 1]):
            # "Measles cases", "rocket launchers": a plural before another plural modifies it.
            continue
        if left[found[at].end() : found[at].end() + 1] in _APOSTROPHES or (
            at + 1 < len(words) and words[at + 1].lower() in _BODY_HEADS
        ):
            # "The railways' figure rose to 41", "The exams council climbed to 6,580": a possessive, or a plural
            # naming a body or its count, tells whose count it is, not what it counts.
            continue
        if at == 0 and (
            unit_for(w.lower()) == "person" or (at + 1 < len(words) and words[at + 1].lower() in _HEAD_PREPOSITIONS)
        ):
            # "Deaths from the floods rose to 79", "Calls to the hotline passed 140,000": a sentence's first word,
            # capitalised, naming people or heading the phrase a preposition modifies (no name takes one there).
            w = w.lower()
        if is_plain_plural(w) and w.lower() not in FUNCTION_WORDS and not w.lower().endswith("ness"):
            unit = unit_for(w.lower())
            if unit in DURATION_UNITS and words[0].lower() in _TIME_PHRASE_OPENERS:
                # "Over the following days the company's count fell to 96,000": the days of a fronted time phrase
                # tell when, not what is counted.
                continue
            # "The agency's estimates rose from 21,000": a count of counts names no counted thing of its own (what
            # the text counted before lends it, ``units.inherit_units``).
            return "" if unit in COUNTING_UNITS else unit
    return ""
