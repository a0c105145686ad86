"""Attribution: who a number is credited to ("according to the ministry", "police said"), and its hedge.

The source is read on the words of the claim's sentence (``words``): a verb of saying
(lexicon ``attribution_verbs``) with the naming phrase before it ("the health ministry
said") or after it (", said the ministry"), "according to" and its phrase, "X was cited by
Y as saying", and a source's own count ("the ministry's count", "by police figures"). A count
that its own source, named right after it, gave ("the 41 the company first gave", "the 73 given
by police") is that source's. Of the other
sources in the sentence the nearest to the number wins, so a clause's own source governs
its numbers; a number inside a direct quotation takes the speaker named outside it. A
clause that opens with a name and goes on ", saying" ("Residents disputed the figure, saying")
is that name's saying. The
naming phrase is cut at word boundaries only and never holds the number or a hedge
adverb ("reportedly"), which is kept apart as the hedge.
"""

from __future__ import annotations

import re

from .corrections import FIRST_WORDS, is_corrected
from .vocabulary import (
    BE_FORMS,
    COMPASS_POINTS,
    LEX,
    LOOSE_BEFORE,
    MONTHS,
    NUMBER_WORDS,
    OPENERS,
    PERSON,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDINGS,
    SCALE_WORDS,
    STOP,
    TIME_UNITS,
    VAGUE_HEADS,
    WEEKDAYS,
    longest_first,
    on_first_use,
)
from .words_around import REACH, Word, words_in

__all__ = [
    "HEDGE_ADVERBS",
    "TRIGGERS",
    "Source",
    "closes_quotation",
    "find_attribution",
    "find_hedge",
    "find_source",
    "hedges_in",
    "is_name_word",
    "name_left",
    "pick_hedge",
    "pick_source",
    "sources_in",
]

Source = tuple[str, int, int]

ATTRIBUTION_VERBS = frozenset(LEX["attribution_verbs"])
_NEEDS_AT = frozenset(LEX["attribution_verbs_needing_at"])
# "Witnesses spoke of at least five": verbs that say a number only with "of" right after them.
_NEEDS_OF = frozenset(LEX["attribution_verbs_needing_of"])
_TAKES_OBJECT = frozenset(LEX["attribution_verbs_taking_object"])
_INVERTED = frozenset(LEX["attribution_verbs_inverted"])
# Verbs whose subject gives the number it did, holds or thinks: "Police seized 190", "The hospital treated 22", "The
# mine employs 21,000", "The association thinks there are 600". The number is the doer's own, so the doer is its
# source. A demand, an offer or a payment ("The union wants 300", "The company has offered 160") is a position, not
# a count: its party set against another's would read as two sources' rival counts.
_AGENT_VERBS = frozenset(LEX["attribution_agent_verbs"]) - ATTRIBUTION_VERBS
_SOURCE_NOUNS = frozenset(LEX["source_nouns"])
_SOURCE_PREPOSITIONS = frozenset(LEX["source_prepositions"])
_NAME_CONNECTORS = frozenset(LEX["name_connectors"])
_NP_CONNECTORS = frozenset(LEX["np_connectors"])
PRONOUN_SOURCES = frozenset(LEX["pronoun_sources"])
_PERSONAL = PRONOUN_SOURCES - frozenset(("which", "who"))
_AUX = frozenset(LEX["aux_words"])
HEDGE_ADVERBS = frozenset(w.lower() for w in [*LEX["hedge_adverbs"], *LEX["attribution_hedges"]])
_HEDGE = re.compile(r"(?<![A-Za-z])(?:" + "|".join(longest_first(HEDGE_ADVERBS)) + r")(?![A-Za-z])", re.IGNORECASE)
_HEDGE_REACH = 60
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"))
_NUMBERISH = frozenset(NUMBER_WORDS) | frozenset(SCALE_WORDS) | frozenset(VAGUE_HEADS) | {"dozen"}
# "45 percent said": a share of respondents names no one ("per cent" is read as its last word).
_PERCENT = frozenset(w.split()[-1] for w in LEX["percent_words"] if w[0].isalpha())
# Words that never stand in a naming phrase: function words, verbs of saying, numbers, times.
_NOT_NAME = (
    (STOP - _DETERMINERS - PRONOUN_SOURCES - {"last"})
    | ATTRIBUTION_VERBS
    | _AUX
    | HEDGE_ADVERBS
    | _NUMBERISH
    | _PERCENT
    | WEEKDAYS
    | MONTHS
    | {"we", "i", "you", "that", "which", "who", "there", "according", "as", "saying", "while", "whereas", "but"}
    | {"them", "him"}
) - _SOURCE_NOUNS
_NAME_OK: frozenset[str] = frozenset()
# Irregular past forms of the event verbs (lexicon ``event_verbs``) that are no nouns ("held", unlike "set" or "cut").
_IRREGULAR_PASTS = frozenset(LEX["event_verbs"]) & frozenset(
    (
        *("held", "fell", "rose", "took", "gave", "made", "came", "went", "ran", "spent", "sent", "paid", "sold"),
        *("kept", "brought", "built", "caught", "fought", "bought", "stood", "drew", "grew", "shrank", "sank"),
        *("won", "lost", "met", "struck", "swept", "slid"),
    )
)
# Nouns in -ly, no adverbs: "The family said", "the assembly said", "Its ally said".
_LY_NOUNS = frozenset(w for w in LEX["organisation_words"] if w.endswith("ly")) | frozenset(
    ("family", "ally", "rally", "supply", "monopoly", "anomaly")
)
_MAX_NAME = 8
INVERTED = "inverted"
_MODALS = frozenset(("will", "would", "could", "may", "might", "should", "must", "shall"))
_PASSIVE = frozenset(("been", "was", "were", "is", "are", "being", "be", "not", "never"))
_MAX_APPOSITIVE = 14
_MAX_RELATIVE = 24
_RELATIVES = frozenset(("which", "who"))
# "the ministry's final count": words between a source's name and its count.
_COUNT_ADJECTIVES = frozenset(
    ("final", "own", "official", "latest", "initial", "preliminary", "revised", "new", "first", "morning", "daily")
)
# Where one clause turns to another's source: a semicolon, "while", "whereas" ("while crossing" is a time, no turn).
_CLAUSE_TURN = re.compile(
    r";|(?<![\w'’-])(?:while(?![ \t\u00a0]+[a-z]+ing(?![\w'’-]))|whereas)(?![\w'’-])", re.IGNORECASE
)
# ", and " or ", but " right before a source: it opens a clause of its own.
_AND_OPENS = re.compile(r",[ \t\u00a0]+(?:and|but)[ \t\u00a0]+\Z")
# The count a correction replaces and the source that gave it, after the count that replaces it: ", not four as ".
_AS_REPLACED = re.compile(r",[ \t\u00a0]+not[ \t\u00a0]+[^,;]{1,40}?[ \t\u00a0]as[ \t\u00a0]+\Z")
_AS_REPLACED_REACH = 64  # the longest text _AS_REPLACED can match, and some

# Nouns of a count that its giver holds or gives ("kept its count at", "gave a higher toll of").
_HELD_NOUNS = _SOURCE_NOUNS | frozenset(("toll", "total"))
# Nouns of one count given "as N" or after a comma ("gave the number as 22", "gave a far lower count, 380"); a
# report or survey given is no count ("published its report, 40 pages long").
_GIVEN_NOUNS = frozenset(
    ("count", "counts", "tally", "figure", "figures", "estimate", "estimates", "toll", "total", "number", "numbers")
)
_QUOTE_REACH = 800
_QUOTES_OPEN = "“«"
_QUOTES_CLOSE = "”»"
# The next quotation mark after a number: a closing one (curly, or straight after punctuation) or an opening one.
_CLOSING = re.compile(r"[”»“«]|[,.!?]\"")
# Verbs that hold to a count, with the particle that joins them to it: "Coldiretti stood by about 120,000 hectares",
# "the police stuck to at least 300", "The union maintains that more than 160,000".
_HOLDING = {
    **dict.fromkeys(("stood", "stands", "stand"), ("by",)),
    **dict.fromkeys(("stuck", "sticks", "stick", "kept", "keeps", "keep"), ("to",)),
    **dict.fromkeys(("maintained", "maintains", "maintain", "reiterated", "reiterates"), ("that",)),
}


# Nouns of a label that opens a sentence and names who tells what follows its colon ("Coast Guard update: 31 people
# off the ice", "Correction from the health ministry: 101 deaths").
_LABEL_NOUNS = _SOURCE_NOUNS | frozenset(
    ("correction", "update", "statement", "briefing", "bulletin", "notice", "announcement", "release")
)
# Gerunds of saying or counting whose subject "with" or a comma names ("with police putting the crowd at 4,000", ", the
# union saying 85%").
_WITH_GERUNDS = frozenset(
    ("counting", "putting", "recording", "estimating", "reporting", "claiming", "giving", "saying", "listing")
)
# A counter's record ("The union's record is 760 patients").
_OWNED_NOUNS = frozenset(("record",))
# The words that may name a source; a window without any of them has none.
TRIGGERS = (
    frozenset(("according", "saying", "by"))
    | ATTRIBUTION_VERBS
    | _AGENT_VERBS
    | _SOURCE_NOUNS
    | _GIVEN_NOUNS
    | _LABEL_NOUNS
    | _WITH_GERUNDS
    | _NEEDS_OF
    | _OWNED_NOUNS
    | frozenset(_HOLDING)
)


def is_name_word(w: Word) -> bool:
    """Return whether a word may stand in a naming phrase ("ministry", "Kim", "U.N", "police's")."""
    if not w.word[0].isalpha() or (w.lower not in _NAME_OK and w.lower in _NOT_NAME):
        return False
    # "killed, police said", "the hackers held records": a lower-case past form narrates; it names no one.
    past = w.lower.endswith("ed") or w.lower in _IRREGULAR_PASTS
    return not (w.word[0].islower() and past and w.lower not in _SOURCE_NOUNS)


def _head_ok(w: Word) -> bool:
    """Return whether a word may end a naming phrase before its verb: a name, a noun, a pronoun, not a verb form."""
    if w.lower in PRONOUN_SOURCES:
        return True
    if not is_name_word(w):
        return False
    if w.word[0].isupper():
        return True
    adverb = w.lower.endswith("ly") and w.lower not in _LY_NOUNS
    return not (w.lower.endswith("ed") or w.lower.endswith("ing") or adverb)


def _glued(ws: list[Word], i: int) -> bool:
    """Return whether word ``i`` is a stop glued to an abbreviation before it ("U.N" + ".")."""
    w = ws[i]
    if w.word != "." or i == 0:
        return False
    prev = ws[i - 1]
    return prev.end == w.start and prev.word[0].isupper() and (len(prev.word) <= 4 or "." in prev.word)


def name_left(ws: list[Word], i: int, floor: int) -> int:
    """Return the index where the naming phrase ending at word ``i`` starts, or -1 when there is none."""
    if i >= floor and ws[i].word == ")":
        pass
    elif i - 1 >= floor and ws[i].word.isdigit() and len(ws[i].word) <= 2 and ws[i - 1].word[0].isupper():
        # "WLKE Channel 7 reports": a short number after a capitalised word ends a name.
        return name_left(ws, i - 1, floor)
    elif i < floor or not _head_ok(ws[i]):
        if not (i >= floor and _glued(ws, i) and i - 1 >= floor and _head_ok(ws[i - 1])):
            return -1
    if ws[i].lower in PRONOUN_SOURCES:
        return i if (i == floor or not is_name_word(ws[i - 1])) else -1
    first = i
    j = i
    count = 0
    while j >= floor and count < _MAX_NAME:
        w = ws[j]
        if _glued(ws, j):
            j -= 1
            continue
        if w.word == ")" and j - 2 >= floor:
            # "the North Korea Refugee Aid Network (NKRAN) said": an acronym in brackets.
            opening = next((k for k in range(j - 1, max(floor, j - 4) - 1, -1) if ws[k].word == "("), -1)
            if opening > floor:
                j = opening - 1
                count += 1
                continue
            break
        if w.lower in _DETERMINERS:
            first = j
            # "a spokesman for the ministry": a connector before the determiner keeps the phrase going.
            # Its words of linking are not counted: "A team of sociologists from the University of Warsaw".
            if j - 2 >= floor and ws[j - 1].lower in _NP_CONNECTORS and is_name_word(ws[j - 2]):
                j -= 2
                continue
            break
        if w.lower in _NAME_CONNECTORS and j - 1 >= floor and j + 1 <= i:
            before, after = ws[j - 1], ws[j + 1]
            inside_name = before.word[:1].isupper() and after.word[:1].isupper()
            if inside_name or (w.lower in _NP_CONNECTORS and is_name_word(before)):
                j -= 1
                continue
            break
        if not is_name_word(w):
            break
        first = j
        j -= 1
        count += 1
    if first > floor and ws[first - 1].is_number and ws[first].lower not in _DETERMINERS:
        # "two residents told ...": the count is part of the naming phrase (and never its own source).
        first -= 1
    while first < i and ws[first].lower in _NAME_CONNECTORS:
        first += 1
    if all(ws[k].lower in _DETERMINERS or not ws[k].word[0].isalnum() for k in range(first, i + 1)):
        # "Those found": a demonstrative alone names no one.
        return -1
    return first


def _name_right(ws: list[Word], i: int, ceiling: int, open_ended: bool = False) -> int:
    """Return the index of the last word of the naming phrase starting at word ``i``, or -1."""
    j = i
    if j + 1 < ceiling and ws[j].is_number and ws[j].word[0].isalpha() and is_name_word(ws[j + 1]):
        # "said one resident", "told two officials"
        j += 1
    last = -1
    count = 0
    while j < ceiling and count < _MAX_NAME + 2:
        w = ws[j]
        if _glued(ws, j):
            j += 1
            continue
        if w.lower in _DETERMINERS and (j == i or ws[j - 1].lower in _NAME_CONNECTORS | _NP_CONNECTORS):
            j += 1
            count += 1
            continue
        if w.lower in _DETERMINERS and last >= 0:
            # "told reporters her staff had counted": a determiner after a name opens another phrase.
            break
        if (w.lower in _NAME_CONNECTORS or w.lower in _NP_CONNECTORS) and last >= 0 and j + 1 < ceiling:
            before, after = ws[j - 1], ws[j + 1]
            if after.lower in MONTHS or after.lower in WEEKDAYS:
                break
            inside_name = before.word[:1].isupper() and after.word[:1].isupper()
            np_join = w.lower in _NP_CONNECTORS and (after.lower in _DETERMINERS or is_name_word(after))
            if inside_name or (open_ended and np_join):
                j += 1
                count += 1
                continue
            break
        if _is_year(w) and j > i and ws[j - 1].lower in _DETERMINERS and j + 1 < ceiling and is_name_word(ws[j + 1]):
            # "according to a 2025 report by the Centre": a year that dates the source is part of its name.
            j += 1
            count += 1
            continue
        if not is_name_word(w):
            break
        last = j
        j += 1
        count += 1
    # Trim a trailing participle ("a report published"): the phrase names, it does not narrate.
    while last > i and not ws[last].word[0].isupper() and ws[last].lower.endswith(("ed", "ing")):
        last -= 1
    return last


# Verb forms that are also plural nouns ("records", "reports", "counts", "claims").
_NOUN_OR_VERB = frozenset(w for w in ATTRIBUTION_VERBS & (_SOURCE_NOUNS | {"claims"}) if w.endswith("s"))


def _is_year(w: Word) -> bool:
    return len(w.word) == 4 and w.word.isdigit() and w.word[:2] in ("19", "20")


def _candidates(ws: list[Word], floor: int, ceiling: int) -> list[Source]:
    """Return every source phrase among words [floor, ceiling), each with its span."""
    out: list[Source] = []
    for v in range(floor, ceiling):
        w = ws[v]
        low = w.lower
        if low == "according" and v + 1 < ceiling and ws[v + 1].lower == "to":
            last = _name_right(ws, v + 2, ceiling, open_ended=True)
            if last >= 0:
                out.append(("", w.start, ws[last].end))
            continue
        if low == "saying" and v >= 1 and ws[v - 1].lower == "as":
            span = _cited_as_saying(ws, v, floor)
            if span is not None:
                out.append(span)
            continue
        if low == "saying" and v >= floor + 3 and ws[v - 1].word == ",":
            span = _subject_saying(ws, v, floor)
            if span is not None:
                out.append(span)
            continue
        if w.word == ":" and v > floor:
            label = _label_before(ws, v, floor)
            if label is not None:
                out.append(label)
            continue
        ellipsis = _count_left_out(ws, v, floor, ceiling)
        if ellipsis is not None:
            out.append(ellipsis)
            continue
        given = _given_as(ws, v, ceiling)
        if given or (low in _HELD_NOUNS and v + 2 < ceiling and ws[v + 1].lower in ("of", "at")):
            held = _held_count(ws, v, floor, given)
            if held is not None:
                out.append(held)
                continue
        kept = low in _OWNERS_COUNTS and _counter_owns(ws, v, floor)
        if (low in _SOURCE_NOUNS or kept) and (v + 1 >= ceiling or ws[v + 1].lower not in ATTRIBUTION_VERBS):
            span = _own_count(ws, v, floor)
            if span is not None:
                out.append((COUNT, span[1], span[2]))
                continue
        if low in _HOLDING and v + 2 < ceiling and ws[v + 1].lower in _HOLDING[low]:
            held = _held_to(ws, v, floor)
            if held is not None:
                out.append(held)
            continue
        if low in _WITH_GERUNDS and v - 2 >= floor:
            gerund = _gerund_source(ws, v, floor)
            if gerund is not None:
                out.append(gerund)
            continue
        if low in _AGENT_VERBS and w.word[0].islower():
            # "Police said officers seized 1,200": what a source before it in its clause says is that source's.
            said = out and not any(ws[x].word == ";" and ws[x].start >= out[-1][2] for x in range(floor, v))
            agent = None if said else _agent_source(ws, v, floor, ceiling)
            if agent is not None:
                out.append(agent)
            continue
        spoke = low in _NEEDS_OF and v + 1 < ceiling and ws[v + 1].lower == "of"
        if not (low in ATTRIBUTION_VERBS or spoke) or not w.word[0].islower():
            continue
        found = _verb_source(ws, v, floor, ceiling)
        if found is not None:
            out.append(found)
    return out


def _gerund_source(ws: list[Word], v: int, floor: int) -> Source | None:
    """Return who says what the gerund at ``v`` gives, or None.

    "Some 4,000 marched, with the union counting 9,000", "..., their union saying 85%": the gerund's subject after
    "with", a comma or "and" says it ("with the union saying 85% and the ministry putting it at 32%"). "The bank
    suspended the lender, putting the investors at 7,400": a participle after a comma continues its clause's subject,
    who gives the count.

    >>> ws = words_in("The board closed the quay, putting the drivers at 300.", 0, 54)
    >>> _gerund_source(ws, 6, 0)
    ('', 0, 9)
    """
    first = name_left(ws, v - 1, floor)
    opener = first - 1 >= floor and ws[first - 1].lower in ("with", ",", "and")
    if opener and ws[first].lower not in _RELATIVE_OPENERS:
        return (WITH, ws[first].start, ws[v].end)
    if ws[v - 1].word == "," and v >= floor + 3:
        return _subject_saying(ws, v, floor)
    return None


# "talks of 160 million": the particle that joins such a verb to its number.
_AGENT_PARTICLES = frozenset(("for", "of"))
_AGENT_OBJECT = 4
_EACH = frozenset(("each", "every", "some", "many", "most", "all", "both", "other"))


def _agent_source(ws: list[Word], v: int, floor: int, ceiling: int) -> Source | None:
    """Return the doer named before the verb at ``v`` whose object holds a number ("Police have seized 190 guns", "The
    union talks of about 160 million dead bees"), or None.

    The doer is a body, a person or a name ("the company", "officers", "Trenitalia", "it"); a thing ("the storm") or
    a passive ("were paid 300") names no one.

    >>> ws = words_in("The hospital treated a further 30 people.", 0, 41)
    >>> _agent_source(ws, 2, 0, len(ws))
    ('agent', 0, 20)
    >>> _agent_source(words_in("The storm treated 300 trees badly.", 0, 34), 2, 0, 7) is None
    True
    """
    j = v + 1
    if j < ceiling and ws[j].lower in _AGENT_PARTICLES:
        j += 1
    words = 0
    while j < ceiling and not ws[j].is_number:
        w = ws[j]
        words += 1
        if words > _AGENT_OBJECT or w.word in (",", ";", ":", ".", "(", ")") or w.lower in SOURCE_VERBS:
            return None
        j += 1
    if j >= ceiling:
        return None
    k = v - 1
    between: set[str] = set()
    while k >= floor and (ws[k].lower in _AUX or ws[k].lower in HEDGE_ADVERBS) and v - k <= 3:
        between.add(ws[k].lower)
        k -= 1
    if not BE_FORMS.isdisjoint(between) and not ws[v].lower.endswith("ing"):
        # "were treated for 30 burns": a passive names who got the number, not who gives it.
        return None
    k = _time_left(ws, k, floor)
    if k < floor:
        return None
    head = ws[k]
    first = name_left(ws, k, floor)
    each = ws[first].lower in _EACH or (first > floor and ws[first - 1].lower in _EACH)
    if first < 0 or ws[first].lower in _RELATIVE_OPENERS or each:
        # "Each club received 19,000 tickets": what every one of them got, no one's count.
        return None
    # A sentence's first word is written in capitals whatever it is ("Hospitals treated 81"): a body, a name in
    # more words or an acronym is a doer; a person doing something ("Teachers received", "she treated") gives no count.
    named = head.word[0].isupper() and (k > floor or first < k or head.word.isupper())
    if not (named or head.lower in _COUNTERS or head.lower in ("it", "they")):
        return None
    end = ws[v + 1].end if ws[v + 1].lower in _AGENT_PARTICLES else ws[v].end
    return (AGENT, ws[first].start, end)


_MAX_LABEL = 8


def _label_before(ws: list[Word], colon: int, floor: int) -> Source | None:
    """Return the label before the colon at word ``colon`` that opens its sentence and names a teller ("Coast Guard
    update:", "Correction from the health ministry:"), or None; a time stamp and its dash may come first.

    >>> ws = words_in("Correction from the health ministry: 101 died.", 0, 46)
    >>> _label_before(ws, 5, 0)
    ('', 0, 35)
    >>> _label_before(words_in("The reason: 40 died.", 0, 20), 2, 0) is None
    True
    """
    first = floor
    dash = next((k for k in range(floor, colon) if ws[k].word in _DASHES), -1)
    if dash >= 0 and all(ws[k].is_number or ws[k].word in (":", ".") for k in range(floor, dash)):
        # "15:55 — Coast Guard update:": a time stamp before the label.
        first = dash + 1
    if not 0 < colon - first <= _MAX_LABEL or any(not ws[k].word[0].isalnum() for k in range(first, colon)):
        return None
    label = ("", ws[first].start, ws[colon - 1].end)
    # "Correction from the health ministry:", "Final figures for Wednesday from the Xunta:": a label noun, after up
    # to two words that describe it, then "from" and the teller's name, which ends the label.
    source = next((k for k in range(first, min(colon, first + 3)) if ws[k].lower in _LABEL_NOUNS), -1)
    then = (
        next((k for k in range(source + 1, min(colon, source + 4)) if ws[k].lower == "from"), -1) if source >= 0 else -1
    )
    if then >= 0 and then + 1 < colon:
        last = _name_right(ws, then + 1, colon, open_ended=True)
        return label if last == colon - 1 else None
    if ws[colon - 1].lower not in _LABEL_NOUNS or colon - first < 2:
        return None
    if _counter_owns(ws, colon - 1, first) or (first + 1 < colon - 1 and _counter_owns(ws, first + 2, first)):
        # "The commission's morning briefing:", "The HSE's 8am TrolleyGAR figure:": a counter's own.
        return label
    head = name_left(ws, colon - 2, first)
    named = head == first and ws[first].word[0].isupper() and ws[first].lower not in _DETERMINERS
    return label if named else None


def _held_to(ws: list[Word], v: int, floor: int) -> Source | None:
    """Return the source whose verb at ``v`` holds to the count right after its particle, or None.

    >>> ws = words_in("The police stuck to at least 300.", 0, 33)
    >>> _held_to(ws, 2, 0)
    ('', 0, 10)
    """
    after = ws[v + 2]
    if after.word in OPENERS and v + 3 < len(ws):
        # 'sticks to "more than 40,000"': the count quoted.
        after = ws[v + 3]
    if ws[v + 1].lower != "that" and not (after.is_number or after.lower in _QUANTITY_OPENERS):
        # "stood by its figure" is ``_held_count``'s; "held to account" holds no count.
        return None
    k = _time_left(ws, v - 1, floor)
    while k >= floor and (ws[k].lower in _AUX or ws[k].lower in HEDGE_ADVERBS) and v - k <= 3:
        k -= 1
    k = _time_left(ws, k, floor)
    first = name_left(ws, k, floor) if k >= floor else -1
    if first < 0:
        return None
    return ("", ws[first].start, ws[k].end)


_DASHES = frozenset(("—", "–", "-", "--"))


def _after_dateline(ws: list[Word], floor: int, ceiling: int) -> int:
    """Return where a sentence's own words start after a dateline in capitals and its dash ("PATNA — The police
    said", "XALAPA, Mexico, February 10 — Veracruz authorities"), or ``floor`` when it opens with none.

    >>> ws = words_in("PUNE, March 4 — The state said", 0, 30)
    >>> ws[_after_dateline(ws, 0, 7)].word
    'The'
    """
    head = ws[floor].word
    if not (len(head) >= 3 and head.isupper() and head.isalpha()):
        return floor
    dash = next((k for k in range(floor + 1, min(ceiling, floor + 12)) if ws[k].word in _DASHES), -1)
    return dash + 1 if dash >= 0 and dash + 1 < ceiling else floor


def _subject_saying(ws: list[Word], v: int, floor: int) -> Source | None:
    """Return the span of "Residents" in "Residents disputed the figure, saying" (the clause's subject says what
    follows), or None:
    the clause opens with a name, and holds no number nor verb of saying of its own; a verb that says a count only
    with "at" or "to" ("The airline revised the number of passengers affected, saying") says none there."""
    floor = _after_dateline(ws, floor, v)
    if ws[floor].word in _DASHES and floor + 1 < v:
        # "- The bank suspended the lender, putting ...": a list item's dash opens no name.
        floor += 1
    last = _name_right(ws, floor, v - 1)
    if not ws[floor].word[0].isupper() or last < 0:
        return None
    if any(
        w.is_number or (w.lower in ATTRIBUTION_VERBS and w.lower not in _NEEDS_AT) or w.lower in _NUMBERISH
        for w in ws[floor : v - 1]
    ):
        return None
    # The source is the clause's subject, its name: what it did and "saying" name no one.
    return ("", ws[floor].start, ws[last].end)


def _verb_source(ws: list[Word], v: int, floor: int, ceiling: int) -> Source | None:
    """Return the source whose verb of saying is word ``v``, or None."""
    w = ws[v]
    low = w.lower
    if low in _NEEDS_AT and not _at_follows(ws, v, ceiling):
        return None
    if (
        low in _SOURCE_NOUNS
        and v > floor
        and ws[v - 1].lower in _COUNT_ADJECTIVES | POSSESSIVE_DETERMINERS | _DETERMINERS
    ):
        # "in its own report", "the latest figures": a noun, no verb of saying.
        return None
    k = _time_left(ws, v - 1, floor)
    while k >= floor and (ws[k].lower in _AUX or ws[k].lower in HEDGE_ADVERBS) and v - k <= 3:
        k -= 1
    k = _time_left(ws, k, floor)
    between = {ws[x].lower for x in range(k + 1, v)}
    # "were counted on Tuesday by the coast guard": a time may stand between the passive verb and "by".
    b = _time_right(ws, v + 1, ceiling)
    by = b < ceiling and ws[b].lower == "by"
    unsaid = not _PASSIVE.isdisjoint(between)
    if (unsaid and not by) or not _MODALS.isdisjoint(between):
        # "had been counted", "had not confirmed": no one is named as saying it; "a committee would
        # report within 30 days": a saying still to come credits nothing yet.
        return None
    # "40 aftershocks had been recorded by the institute": before a passive verb stands what was counted.
    first = name_left(ws, k, floor) if k >= floor and not unsaid else -1
    described = first >= 0 and _is_reduced_relative(ws, first, v, ceiling)
    if described:
        first = -1
    if first >= 2 + floor and ws[first].lower in _RELATIVES and ws[first - 1].word == ",":
        # "the CGT union, which said 1.1 million ...": the relative pronoun stands for the name before it.
        named = name_left(ws, first - 2, floor)
        if named >= 0:
            return (RELATIVE, ws[named].start, w.end)
    if first < 0 and k > floor and ws[k].lower == "and" and _opens_report(ws, v):
        floor = _after_dateline(ws, floor, k)
    if first < 0 and k > floor and ws[k].lower == "and" and ws[floor].word[0].isupper() and _opens_report(ws, v):
        # "The CGT stood by its figure, and said 250,000 ...": the verb shares the sentence's subject.
        last = _name_right(ws, floor, k)
        while last > floor and ws[last].word[0].islower() and ws[last].lower not in _COUNTERS | _DETERMINERS:
            # "The CGT stood by its figure": the name ends before its own verb, and holds more than a determiner
            # ("The cooperative asked").
            if ws[last - 1].lower in _DETERMINERS:
                break
            last -= 1
        if last >= 0 and ws[last].lower not in _DETERMINERS:
            return ("", ws[floor].start, ws[last].end)
    if (
        first >= 0
        and low in _NOUN_OR_VERB
        and all(ws[x].word.isalpha() and ws[x].word.islower() for x in range(first, v))
    ):
        # "duplicate records", "filed late reports", "satellite counts": after bare lower-case words, a plural
        # noun; the verb ("the ministry counts", "UNHCR records") takes a subject with a determiner or a name.
        # A counter is named bare in a headline ("unions claim 1.1 million, ministry counts 312,000").
        bare = all(ws[x].lower not in _DETERMINERS and ws[x].lower not in PRONOUN_SOURCES for x in range(first, v))
        if bare and ws[k].lower not in _COUNTERS:
            return None
    if k > floor and (first < 0 or (first > floor and ws[first - 1].lower not in _RELATIVE_OPENERS)):
        # "Nurses who worked the night say": the name is before the "who" clause, not its object.
        who = _before_who(ws, k, floor)
        first = who if who >= 0 else first
    if first >= 0:
        end = w.end
        if low in _TAKES_OBJECT and v + 1 < ceiling:
            last = _name_right(ws, v + 1, min(ceiling, v + 4))
            if last >= 0:
                end = ws[last].end
        first, kind = _in_relative(ws, first, k, floor)
        if first > floor and ws[first - 1].lower == "as" and (v + 1 == ceiling or not ws[v + 1].word[0].isalnum()):
            # "400,000 people, as the union says, or 65,000": an aside that says the count before it.
            kind = ASIDE
        return (kind, ws[first].start, end)
    if k >= floor + 2 and ws[k].word == ",":
        # "X, which has demanded US$15m, says", "a rights group, Migrant Workers Solidarity (MWS), claimed".
        span = _appositive(ws, k, floor, w.end)
        if span is not None:
            return span
    passive = v - 1 >= floor and (ws[v - 1].lower in _AUX or low.endswith("ed"))
    if b + 1 < ceiling and passive and by and ws[b + 1].lower not in _TIMES_OF_DAY:
        # "was confirmed by the coast guard", "the 120,000 claimed by organisers": the source after "by".
        last = _name_right(ws, b + 1, ceiling)
        # "cases confirmed by laboratory tests": after a described noun, only a counter or a name is a source.
        named = last >= 0 and (ws[last].word[0].isupper() or ws[last].lower in _COUNTERS)
        if last >= 0 and (named or not described):
            return (BY, w.start, ws[last].end)
    if low in _INVERTED:
        return _inverted(ws, v, floor, ceiling)
    return None


# The parts of a day ("on Monday night"), as the period reader knows them (``period_day_parts``), but the word "day".
_DAY_PARTS = frozenset(LEX["period_day_parts"]) - {"day"}
_DAY_WORDS = frozenset(("yesterday", "today", "tonight"))
_LAST_OR_THIS = frozenset(("last", "this"))
_SPANS = frozenset(("week", "month", "year", "weekend"))


def _time_left(ws: list[Word], k: int, floor: int) -> int:
    """Return the word before a time set between a source's name and its verb ("The ministry on Wednesday said",
    "Police on Monday night counted", "The bank last week said"), or ``k`` when word ``k`` ends no time.

    >>> ws = words_in("The ministry on Tuesday night said", 0, 34)
    >>> _time_left(ws, 4, 0), _time_left(ws, 1, 0)
    (1, 1)
    """
    j = k
    if j >= floor and ws[j].lower in _DAY_WORDS:
        return j - 1
    if j - 1 >= floor and ws[j].lower in _SPANS and ws[j - 1].lower in _LAST_OR_THIS:
        return j - 2
    if j >= floor and ws[j].lower in _DAY_PARTS:
        j -= 1
    if j - 1 >= floor and ws[j].word.isdigit() and ws[j - 1].lower in MONTHS:
        # "on March 3"
        j -= 1
    if j - 1 >= floor and (ws[j].lower in WEEKDAYS or ws[j].lower in MONTHS) and ws[j - 1].lower == "on":
        return j - 2
    return k


def _time_right(ws: list[Word], j: int, ceiling: int) -> int:
    """Return the word after a time that starts at word ``j`` ("on Tuesday", "on Monday night", "yesterday", "last
    week", "on March 3"), or ``j`` when none starts there.

    >>> ws = words_in("counted on Tuesday night by police", 0, 34)
    >>> _time_right(ws, 1, 6), _time_right(ws, 4, 6)
    (4, 4)
    """
    if j >= ceiling:
        return j
    if ws[j].lower in _DAY_WORDS:
        return j + 1
    if j + 1 < ceiling and ws[j].lower in _LAST_OR_THIS and ws[j + 1].lower in _SPANS | _DAY_PARTS:
        return j + 2
    if not (j + 1 < ceiling and ws[j].lower == "on" and (ws[j + 1].lower in WEEKDAYS or ws[j + 1].lower in MONTHS)):
        return j
    k = j + 2
    if k < ceiling and ws[k - 1].lower in MONTHS and ws[k].word.isdigit():
        k += 1
    if k < ceiling and ws[k].lower in _DAY_PARTS:
        k += 1
    return k


# "recorded by midday": a time after "by" names no one.
_TIMES_OF_DAY = frozenset(("midday", "noon", "midnight", "dawn", "dusk", "nightfall", "morning", "evening", "night"))
# "stood by its figure of", "kept their count of": whose count the verb holds to.
# "gave a lower figure of", "cited an estimate of": verbs that give a count named with "a".
GIVING_VERBS = frozenset(
    ("gave", "gives", "give", "offered", "offers", "cited", "cites", "issued", "issues", "published", "released")
)
# Every verb by which a source says, gives or holds to a count ("said", "gave", "stood by", "held its count at",
# "saying", "the 73 given by police"): none of them is a word of the source's name.
SOURCE_VERBS = (
    ATTRIBUTION_VERBS | frozenset(_HOLDING) | GIVING_VERBS | frozenset(("held", "holds", "hold", "given", "saying"))
)
# A particle of a phrasal verb ("stood by", "stuck to") or a reflexive ("the force itself has stood by").
_PARTICLES = frozenset(("by", "to", "with"))
# "Police did not update their figure of 35,000": the auxiliary "do" before a verb and its subject.
_DO = frozenset(("do", "does", "did"))
_REFLEXIVES = frozenset(("itself", "themselves", "himself", "herself"))


def _given_as(ws: list[Word], v: int, ceiling: int) -> bool:
    """Whether the noun at ``v`` names a count given right after it, "as N" or after a comma or a colon ("gave the
    number as 22", "gave a far lower count, 380", "gave a third figure, about 2,600", "gives a first count: 18").

    >>> _given_as(words_in("gave a lower count, 380", 0, 23), 3, 6)
    True
    >>> _given_as(words_in("gave the report, which", 0, 22), 2, 5)
    False
    """
    if v + 2 >= ceiling or ws[v].lower not in _GIVEN_NOUNS or ws[v + 1].word not in ("as", ",", ":"):
        return False
    after = ws[v + 2]
    return after.is_number or (after.lower in _QUANTITY_OPENERS and after.lower not in ("as", "at"))


def _held_count(ws: list[Word], v: int, floor: int, given: bool = False) -> Source | None:
    """Return the source that holds to its own count, named at word ``v`` before "of N" or "at N", or None.

    "The union stood by its figure of 150,000", "It kept its count of 48,000", "A spokeswoman,
    Ana Leal, gave a lower figure of 1,350", "The association held its own count at 150", "The fire
    service gave a toll of five": the subject before its verb.
    """
    d = v - 1
    while d > floor and v - d <= 2 and ws[d].word[0].islower() and ws[d].lower not in _DETERMINERS:
        # "its own figure", "a lower figure", "their final count"
        d -= 1
    owner = ws[d].lower
    p = d - 1
    # "gave the number as 22": a count given "as" or after a comma may be named with "the" too.
    articles = ("a", "an", "the") if given else ("a", "an")
    if p <= floor or not (owner in POSSESSIVE_DETERMINERS or (owner in articles and ws[p].lower in GIVING_VERBS)):
        return None
    if ws[p].lower in _PARTICLES:
        p -= 1
    verb = ws[p]
    if not (verb.word.isalpha() and verb.word[0].islower()) or verb.lower in _NOT_NAME - _AUX - ATTRIBUTION_VERBS:
        return None
    if verb.lower.endswith("ing") and not (p - 1 > floor and ws[p - 1].lower in BE_FORMS):
        # "..., correcting its first figure of 38": a participle whose subject is the sentence's; "is sticking to its
        # count of 120" is the subject's own.
        return None
    k = _time_left(ws, p - 1, floor)
    while k > floor and (
        ws[k].lower in _AUX or ws[k].lower in _DO or ws[k].lower in _REFLEXIVES or ws[k].lower in HEDGE_ADVERBS
    ):
        k -= 1
    first = name_left(ws, k, floor)
    if first >= 0:
        # The source is its name: the verb that holds the count ("stood by", "gave") names no one.
        return ("", ws[first].start, ws[k].end)
    if k >= floor + 2 and ws[k].word == ",":
        return _appositive(ws, k, floor, ws[k - 1].end)
    return None


# What a past participle of a reduced relative opens ("the strain found in patients", "cases confirmed by tests").
_PARTICIPLE_OPENS = frozenset(("in", "on", "at", "by", "from", "during", "across", "since", "among", "over", "near"))
_IRREGULAR_PARTICIPLES = frozenset(("found", "cut", "put", "told"))


def _is_reduced_relative(ws: list[Word], first: int, v: int, ceiling: int) -> bool:
    """Return whether the verb at ``v`` is a past participle that describes the lower-case noun before it ("the
    strain found in patients", "the largest recorded in Spain", "cases confirmed by laboratory tests"): what was
    found names no one. A counter or a person before it says ("rescuers found in the rubble", "doctors recorded").

    >>> ws = words_in("the strain found in patients", 0, 28)
    >>> _is_reduced_relative(ws, 0, 2, 5), _is_reduced_relative(words_in("rescuers found in it", 0, 20), 0, 1, 4)
    (True, False)
    """
    low = ws[v].lower
    if v + 1 >= ceiling or ws[v + 1].lower not in _PARTICIPLE_OPENS:
        return False
    if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES):
        return False
    head = ws[v - 1].lower
    if head in _COUNTERS or head in PERSON or head in PRONOUN_SOURCES:
        return False
    return all(ws[x].word[0].islower() for x in range(first, v))


def _before_who(ws: list[Word], k: int, floor: int) -> int:
    """Return where a name starts before a short "who" clause that ends at word ``k`` ("A conductor who
    survived told", "Doctors who fought it say"), or -1."""
    for j in range(k, max(floor, k - 4) - 1, -1):
        w = ws[j]
        if w.lower == "who":
            return name_left(ws, j - 1, floor) if j > floor else -1
        if not w.word[0].isalpha() or w.is_number or w.lower in ATTRIBUTION_VERBS:
            return -1
    return -1


def _in_relative(ws: list[Word], first: int, k: int, floor: int) -> tuple[int, str]:
    """Return where the naming phrase at ``first`` (ending at ``k``) starts and its kind: RELATIVE inside a
    relative clause ("a strike that unions said": "that" opens the clause and is no part of the name)."""
    if ws[first].lower == "that" and first < k:
        return first + 1, RELATIVE
    if first > floor and ws[first - 1].lower in _RELATIVE_OPENERS:
        return first, RELATIVE
    return first, ""


def _inverted(ws: list[Word], v: int, floor: int, ceiling: int) -> Source | None:
    """Return the source named after its verb at ``v`` (", said the ministry"), or None."""
    if v + 1 < ceiling and (v == floor or ws[v - 1].word in (",", "”", '"', "’")):
        last = _name_right(ws, v + 1, ceiling)
        if last == v + 1 and ws[last].lower in _PERSONAL and last + 1 < ceiling and ws[last + 1].word[0].isalpha():
            # ", said he had seen": the pronoun is the subject of what is said, not a source after its verb; the
            # speaker is the name set off before the verb ("..., Thomas Weiss, said they would"), if any.
            named = name_left(ws, v - 2, floor) if v - 2 >= floor and ws[v - 1].word == "," else -1
            if named >= 0 and ws[named].word[0].isupper():
                return ("", ws[named].start, ws[v].end)
            return None
        if last >= 0:
            return (INVERTED, ws[v].start, ws[_named_after(ws, last, ceiling)].end)
    elif v > floor and v + 2 < ceiling and _is_share(ws[v - 1]):
        # "Between 55 and 60 percent said the pollster Delphos, and 45 percent said shop employers.": a
        # name that closes its clause right after the verb says the count before it, unlike "said the
        # economy was".
        last = _name_right(ws, v + 1, ceiling)
        closes = last >= 0 and (last + 1 == ceiling or ws[last + 1].word in (",", ".", ";", "!", "?"))
        if closes and (last > v + 1 or ws[v + 1].word[0].isupper()):
            return (INVERTED, ws[v].start, ws[last].end)
    return None


def _is_share(w: Word) -> bool:
    """Return whether a word ends a count of people or a share of them ("60 percent", "1,200", "45%")."""
    return w.is_number or w.lower in _PERCENT or w.word == "%"


def _clause_closed(text: str, e: int, start: int) -> bool:
    """Return whether a comma closes the clause between ``e`` and the number at ``start``, more than a count's
    apposition (", about $2,900") following it."""
    comma = text.rfind(",", e, start)
    return comma >= 0 and any(w.lower() not in _QUANTITY_OPENERS for w in text[comma + 1 : start].split())


def _opens_report(ws: list[Word], v: int) -> bool:
    """Return whether the verb at ``v`` after "and" reports, not modifies a noun ("rain and repeated aftershocks").

    After a comma it reports; else only when what follows opens what it says: "that", a
    number, a quantity, a determiner, a pronoun or a preposition ("and said two", "and claims about 90,000").
    """
    if ws[v - 2].word == "," or v + 1 >= len(ws):
        return True
    after = ws[v + 1]
    return (
        after.is_number
        or not after.word[0].isalpha()
        or after.lower in _QUANTITY_OPENERS
        or after.lower in _DETERMINERS
        or after.lower in PRONOUN_SOURCES
        or after.lower in STOP
    )


def _named_after(ws: list[Word], last: int, ceiling: int) -> int:
    """Return the last word of a name set off after a title ("said the firm's director, Javier Olmedo")."""
    if last + 2 >= ceiling or ws[last + 1].word != "," or not ws[last + 2].word[0].isupper():
        return last
    k = last + 2
    while k + 1 < ceiling and k - last < 6 and ws[k + 1].word[0].isupper() and ws[k + 1].word[0].isalpha():
        k += 1
    if k + 1 >= ceiling or ws[k + 1].word in (".", ",", ";", "!", "?", "”", '"'):
        return k
    return last


def _appositive(ws: list[Word], comma: int, floor: int, verb_end: int) -> Source | None:
    """Return "John Smith, a spokesman for the agency, said": a name, its appositive, the verb.

    The words between the two commas may be any (a relative clause, "in a statement on
    Sunday") but no verb of saying, number or quotation mark.
    """
    aged = _age_before(ws, comma, floor)
    if aged >= 0:
        # "Ana Ruiz, 34, said": a person's age set off after the name.
        named = name_left(ws, aged - 1, floor)
        if named >= 0 and ws[named].word[0].isupper():
            return ("", ws[named].start, verb_end)
    # Past a number, a verb of saying or the usual length, only a relative clause may run on
    # ("The Observatory, which relies on reports from about 90 lawyers, counted").
    loose = saying = False
    for c in range(comma - 1, max(floor, comma - _MAX_RELATIVE) - 1, -1):
        w = ws[c]
        if w.word == "," and c - 1 >= floor:
            # "The union, whose head Ana Ruiz said 40 were hurt, put": a "whose" clause with a saying of its own.
            whose = ws[c + 1].lower == "whose" and not saying
            if loose and ws[c + 1].lower not in _RELATIVES and not whose:
                break
            # "Ana Ruiz, 34, a nurse, said": the name before the age.
            aged = _age_before(ws, c, floor)
            named = name_left(ws, (c if aged < 0 else aged) - 1, floor)
            if named >= 0 and (ws[named].word[0].isupper() or ws[named].lower in _DETERMINERS):
                return ("", ws[named].start, verb_end)
            break
        if w.word in ('"', "“", "”", ".", ";", ":") and not _glued(ws, c):
            # A stop glued to an abbreviation ("Dr. Ana Ruiz") ends nothing.
            break
        # "Police in Blantyre, some 40 miles south of Zomba, said": a distance places the name; it is no count.
        counted = w.is_number and not _is_distance(ws, c)
        # "whose lists include": the word after "whose" is its noun, no verb of saying.
        saying = saying or (_says(ws, c, floor) and ws[c - 1].lower != "whose")
        loose = loose or saying or counted or comma - c > _MAX_APPOSITIVE
    first = name_left(ws, comma - 1, floor)
    if first < 0 or comma - first > _MAX_NAME:
        return None
    if first - 2 >= floor and ws[first - 1].word == ",":
        named = name_left(ws, first - 2, floor)
        if named >= 0 and ws[named].word[0].isupper():
            return ("", ws[named].start, verb_end)
    if ws[first].lower in _DETERMINERS:
        return ("", ws[first].start, verb_end)
    return None


def _says(ws: list[Word], c: int, floor: int) -> bool:
    """Return whether word ``c`` is a verb of saying: not a name ("the CUT union") nor a noun ("in a report")."""
    w = ws[c]
    if w.lower not in ATTRIBUTION_VERBS or not w.word[0].islower():
        return False
    return not (w.lower in _SOURCE_NOUNS and c > floor and ws[c - 1].lower in _DETERMINERS | _SOURCE_PREPOSITIONS)


def _is_distance(ws: list[Word], n: int) -> bool:
    """Return whether the number at word ``n`` is a distance with its direction ("40 miles south of")."""
    return n + 2 < len(ws) and ws[n + 1].lower in _DISTANCE_UNITS and ws[n + 2].lower.startswith(COMPASS_POINTS)


def _age_before(ws: list[Word], comma: int, floor: int) -> int:
    """Return the comma before an age set off by commas ("Ana Ruiz, 34, said"), or -1."""
    if comma - 2 < floor or ws[comma - 2].word != ",":
        return -1
    age = ws[comma - 1].word
    return comma - 2 if age.isdigit() and len(age) <= 3 else -1


# Words that open a hedged quantity ("at about 105,000", "at more than 500,000").
_QUANTITY_OPENERS = frozenset(
    (
        "about",
        "some",
        "nearly",
        "around",
        "roughly",
        "almost",
        "approximately",
        "more",
        "over",
        "fewer",
        "less",
        "up",
        "as",
        "at",
        "just",
        "only",
        "under",
    )
)


def _at_follows(ws: list[Word], v: int, ceiling: int) -> bool:
    """Return whether "at" or "to" follows a verb such as "put" within a few words ("put the toll at")."""
    if v + 2 < ceiling and ws[v + 1].lower == "at" and (ws[v + 2].is_number or ws[v + 2].lower in _QUANTITY_OPENERS):
        # "a march that organisers said drew 550,000 and the city police put at 105,000": its object left out.
        return True
    # "put the number forced from their homes across the province at": an object of up to a dozen words; "corrected
    # Wednesday's figure: 30 people" sets the count after a colon.
    return any(ws[k].lower in ("at", "to") or ws[k].word == ":" for k in range(v + 2, min(ceiling, v + 14)))


def _cited_as_saying(ws: list[Word], v: int, floor: int) -> Source | None:
    """Return the span of "X was cited by Y as saying" (or "quoted"), ending at "saying"."""
    k = v - 2
    while k >= floor and k > v - 8 and ws[k].lower not in ("cited", "quoted"):
        k -= 1
    if k < floor or ws[k].lower not in ("cited", "quoted"):
        return None
    j = k - 1
    while j >= floor and ws[j].lower in _AUX:
        j -= 1
    first = name_left(ws, j, floor) if j >= floor else -1
    if first < 0:
        return None
    return ("", ws[first].start, ws[v].end)


def _own_count(ws: list[Word], v: int, floor: int) -> Source | None:
    """Return a source's own count ("the ministry's count", "the ministry's final count", "by police figures",
    "UNHCR's highest one-day count", "the city police count of 65,000")."""
    if v - 1 < floor or ws[v - 1].lower in _DETERMINERS:
        return None
    noun = v
    if v - 2 >= floor and ws[v - 1].lower in _COUNT_ADJECTIVES:
        # "the interior ministry's final count": the owner is before the adjective.
        v -= 1
    elif v - 3 >= floor and _is_plain(ws[v - 1]) and (_is_possessive(ws[v - 2]) or _is_plain(ws[v - 2])):
        # "UNHCR's highest one-day count": up to two words of description after a possessive owner.
        owner_at = v - 2 if _is_possessive(ws[v - 2]) else v - 3
        v = owner_at + 1 if _is_possessive(ws[owner_at]) else v
    owner = ws[v - 1]
    # "walked out in large numbers": a size says how many came, not whose count it is.
    first = name_left(ws, v - 1, floor) if is_name_word(owner) and owner.lower not in _SIZES else -1
    if first < 0:
        return None
    # "roughly twice UNHCR's figure": the owner's name starts after the words of comparison.
    first = max([first] + [k + 1 for k in range(first, v - 1) if ws[k].lower in _COMPARISON_WORDS])
    by = first - 1 >= floor and ws[first - 1].lower in _SOURCE_PREPOSITIONS
    # "the city police count of 65,000", "The police count was 35,000": a counter's count named with its value,
    # unless a multiple is set against it ("six times the police figure of 25,000", which says what the speaker
    # compares with).
    counted = (
        noun == v
        and noun + 2 < len(ws)
        and (ws[noun + 1].lower == "of" or ws[noun + 1].lower in _STOOD)
        and owner.lower in _COUNTERS
        and not any(ws[k].lower in _COMPARISON_WORDS for k in range(max(floor, first - 2), first))
    )
    if not (_is_possessive(owner) or by or counted):
        return None
    if ws[noun].lower in _OWNERS_COUNTS:
        # "the directorate's running total": the source is its owner.
        return ("", ws[first].start, owner.end)
    return ("", ws[first].start, ws[noun].end)


# The verbs that set a count to its value ("The police count was 35,000", "the city's count stood at 31").
_STOOD = BE_FORMS | frozenset(("stood", "stands", "stays", "stayed", "remains", "remained"))
# A counter's kept count ("the directorate's running total", "the service's toll"); a toll of anything else ("the
# storm's toll") is what it did, no one's count. A list ("the company's list of passengers") is what was listed.
_KEPT_NOUNS = frozenset(("toll", "total"))
# Either: a noun whose owner is its source.
_OWNERS_COUNTS = _KEPT_NOUNS | _OWNED_NOUNS


def _count_left_out(ws: list[Word], v: int, floor: int, ceiling: int) -> Source | None:
    """Return the owner at word ``v`` whose count, its noun left out, is the number after "is" or "was" ("The
    ministry's count is 640; the union's is 1,500", "ASAC's was about 2,600"), or None; like a doer's, it gives
    only what follows it in its clause.

    >>> ws = words_in("The union's is more than 1,500.", 0, 31)
    >>> _count_left_out(ws, 1, 0, len(ws))
    ('agent', 0, 11)
    >>> _count_left_out(words_in("the dog's is 40", 0, 15), 1, 0, 4) is None
    True
    """
    if not (_is_possessive(ws[v]) and v + 2 < ceiling and ws[v + 1].lower in BE_FORMS):
        return None
    j = v + 2
    if ws[j].word in OPENERS and j + 1 < ceiling:
        j += 1
    after = ws[j]
    if not (after.is_number or (after.lower in _QUANTITY_OPENERS and after.lower not in ("as", "at"))):
        return None
    w = ws[v]
    stem = possessor(w.word)
    if not (stem[:1].isupper() or stem.lower() in _COUNTERS) or stem.lower() in WEEKDAYS | MONTHS:
        return None
    first = name_left(ws, v, floor)
    return (AGENT, ws[first].start, w.end) if first >= 0 else None


def _counter_owns(ws: list[Word], v: int, floor: int) -> bool:
    """Return whether the noun at ``v`` is owned by a counter, up to two words before it ("the directorate's running
    total", "the service's toll"; not "the quake's toll").

    >>> ws = words_in("The agency's own toll rose", 0, 26)
    >>> _counter_owns(ws, 3, 0), _counter_owns(words_in("the quake's toll", 0, 16), 2, 0)
    (True, False)
    """
    for k in range(v - 1, max(floor, v - 3) - 1, -1):
        w = ws[k]
        if _is_possessive(w):
            stem = possessor(w.word)
            return stem.lower() in _COUNTERS or (len(stem) >= 2 and stem.isupper())
        if not _is_plain(w):
            return False
    return False


_SIZES = frozenset(
    ("large", "larger", "small", "big", "huge", "great", "greater", "vast", "record", "growing", "rising")
)


def _is_possessive(w: Word) -> bool:
    return w.lower.endswith(POSSESSIVE_ENDINGS)


def _is_plain(w: Word) -> bool:
    """Return whether a word may describe a count between its owner and its noun ("highest", "one-day")."""
    return w.word[0].islower() and not _is_possessive(w) and w.lower not in _NOT_NAME


def _last_of(text: str, marks: str, lo: int, hi: int) -> int:
    return max(text.rfind(mark, lo, hi) for mark in marks)


def _quote_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the direct quotation that holds the number, or None when it stands outside one."""
    opened = _last_of(text, _QUOTES_OPEN, lo, start)
    if opened >= 0 and _last_of(text, _QUOTES_CLOSE, opened, start) >= 0:
        opened = -1
    closed = _closing_quote(text, end, hi)
    if opened < 0 and closed < 0:
        straight = text.count('"', lo, start)
        if straight % 2 == 0:
            return None
        opened = text.rfind('"', lo, start)
        close = text.find('"', end, hi)
        return opened, close if close >= 0 else hi
    if opened < 0:
        opened = lo
    return opened, (closed if closed >= 0 else hi)


def sources_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Return the spans of every source phrase in the sentence [lo, hi), read once for all its claims.

    >>> t = "The ministry said 30 died; police said 40."
    >>> [t[s:e] for s, e, _ in sources_in(t, 0, len(t))]
    ['The ministry said', 'police said']
    """
    ws = words_in(text, lo, hi)
    found = [(s, e, kind) for kind, s, e in _candidates(ws, 0, len(ws))]
    if "'" in text[lo:hi] or "’" in text[lo:hi]:
        counts = _OWNER_BEFORE.finditer(text, lo, hi) if _OWNED_COUNT.search(text, lo, hi) is not None else ()
        owners = (m for m in counts if _is_counter(m.group("source")))
        found += [(m.start("source"), m.end("source"), OWNER) for m in owners]
        found.sort()
    if " by " in text[lo:hi]:
        for w in ws:
            by = _BY_AFTER.match(text, w.end, hi) if w.is_number else None
            if by is not None and _counts_by(by.group("source")):
                found.append((by.start("by"), by.end("source"), BY_AFTER))
        found.sort()
    return _outermost(text, found)


def _outermost(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop reported speech inside reported speech: the speaker of "the ministry said it had recorded 40",
    "the mayor said the city's own count found 40" or "X told reporters her staff had counted 40" is the outer one.
    """
    out = []
    for s, e, kind in found:
        inner = any(0 <= s - e2 <= 6 and text[e2:s].strip() in ("", "that") for _, e2, _ in found)
        if not inner:
            out.append((s, e, kind))
    return out


def pick_source(text: str, start: int, end: int, lo: int, hi: int, found: list[tuple[int, int, str]]) -> Source:
    """Return the source among ``found`` (spans in the sentence [lo, hi)) that governs the claim at [start, end).

    The nearest wins, within ``REACH``; one inside the claim's own direct quotation does
    not count, and a quotation that runs past the sentence takes the speaker after it.
    """
    if _is_age(text, start, end, lo) or _is_background(text, start, end, lo):
        # "Ibrahima, 19, had called", ", a town of about 38,000,", "18 km to the south": a person's
        # age, a place's size or distance, told by the writer, is no one's count.
        return ("", -1, -1)
    quote = _quote_bounds(text, lo, hi, start, end) if _has_quote(text, lo, hi) else None
    if quote is not None and quote[1] >= hi and hi < len(text):
        # A quotation that runs past the sentence: its speaker comes after it closes ("... 300," he said).
        q_end = _closing_quote(text, end, min(len(text), hi + 400))
        if q_end >= 0 and text[q_end - 1 : q_end] in ".!?":
            # '"... more tonight." He added that ...': a quotation closed after its stop ends its sentence, and
            # the words after it are the next one's; its speaker was named before it.
            quote = (quote[0], q_end)
        elif q_end >= 0:
            # Its speaker is named in its paragraph ("...," he said), never in the next one.
            paragraph_end = text.find("\n", q_end, q_end + 120)
            after = words_in(text, q_end + 1, paragraph_end if paragraph_end >= 0 else min(len(text), q_end + 120))
            stop = next((k for k, w in enumerate(after) if w.word in (".", "!", "?", ";")), len(after))
            found = found + [(s, e, kind) for kind, s, e in _candidates(after, 0, stop)]
            quote = (quote[0], q_end)
    gapped = _GAPPED_SOURCE.search(text, max(lo, start - 60), start)
    if gapped is not None and any(e <= gapped.start() for _, e, _ in found):
        # "organisers put attendance at 100,000 and police at 15,000": the verb is said once, each source named.
        words = gapped.group("source").split()
        head = words[-1].lower()
        # A counter ("police"), a name ("the CGT"), or a body the text names with its article ("the observatory").
        named = words[-1][0].isupper() or (words[0].lower() == "the" and head.isalpha() and head not in _NOT_BODIES)
        # "..., and in Paris about 5,000": a phrase opened by a preposition places the count; it names no one.
        placed = words[0].lower() in STOP and words[0].lower() not in _DETERMINERS
        if not placed and (head in _COUNTERS or (named and head not in STOP and len(words) > 1)):
            return gapped.group("source"), gapped.start("source"), gapped.end("source")
    rival = _FOR_SOURCE.match(text, end, hi)
    if rival is not None and _is_counter(rival.group("source")) and _AGAINST.search(text, max(lo, start - 80), start):
        # "61,500 people, against 48,000 for the police and 250,000 for the union": each count's own source.
        return rival.group("source"), rival.start("source"), rival.end("source")
    given = _SOURCE_AFTER.match(text, end, hi)
    if given is not None and not is_corrected(text, start):
        # "the 41 the company first gave", "the 73 given by police": the count's own source, whoever reports it.
        return given.group("source"), given.start("source"), given.end("source")
    by = _BY_AFTER.match(text, end, hi)
    if by is not None and _counts_by(by.group("source")):
        # "put at 4,000 by the union and about 1,800 by police", "26 by that of the rights group": each count's source.
        return text[by.start("by") : by.end("source")], by.start("by"), by.end("source")
    # "Asked about the union's 4,000 marchers and 900 buses, the mayor said ...": a count the speaker is asked about
    # is its owner's, not the speaker's.
    described = _asked_about(text, start, lo) or _described_source(text, start, end, found)
    if described is not None:
        return described
    best: Source = ("", -1, -1)
    best_kind = ""
    best_gap = 10**9
    # The sources outside the claim's quotation that name someone, for a pronoun to stand for.
    speakers: list[tuple[int, int]] = []
    closing: Source | None = None
    for s, e, kind in found:
        if kind == BY_AFTER or (s < end and e > start):
            # A source after "by" is the count's right before it, read above.
            continue
        if quote is not None and s >= quote[0] and e <= quote[1] + 1:
            continue
        if kind != OWNER and not _is_pronoun(text[s:e]):
            speakers.append((s, e))
        if _governs_not(text, start, end, lo, (s, e, kind), found):
            continue
        if s >= end and _says_another_clause(text, end, s, e, hi):
            continue
        if closing is None and s >= end and _closes(text, s, e, hi):
            closing = (text[s:e], s, e)
        gap = start - e if e <= start else s - end
        if gap < best_gap:
            best, best_kind, best_gap = (text[s:e], s, e), kind, gap
    named = best[0].lower().split()
    if named and best_kind != COUNT and named[-1] in ATTRIBUTION_VERBS:
        # "Spain records 1,500 cases a year, according to the network": the verb is no record named.
        named = named[:-1]
    if closing is None and best[1] >= end:
        aimed = _aimed_at(text, start, found)
        if aimed is not None:
            # "City hall raised its count of towers to 19 after a survey found five": the count a verb puts "to" or
            # "at" is that verb's source's, over a nearer source after it.
            return aimed
    if closing is not None and _SOURCE_NOUNS.isdisjoint(named) and not (best_kind == OWNER and best[2] <= start):
        # "Haiti has recorded 702 cases ..., the health ministry said": the source that closes the
        # sentence after a comma reports all of it, over the verbs inside what it reports; a record
        # named nearer ("Police figures showed 22,000 ..., a spokesman said") is the nearer source, and so is the
        # owner of the count right after it ("The union's 180,000 is wrong, the minister said").
        return closing
    stood_for = _stood_for(text, start, lo, best, best_kind, speakers) if _is_pronoun(best[0]) else None
    if stood_for is not None:
        return stood_for
    if not best[0] and (quote is not None or closes_quotation(text, hi)):
        # A number in a quotation, or in a sentence that ends one ('... 38,000, not 150,000.”'), takes its speaker.
        return _speaker_before(text, start, lo)
    return best


# A sentence opened by the question put to its speaker about another's count: "Asked about the brigade's ".
_ASKED_ABOUT = re.compile(
    r"(?:asked|questioned|pressed)[ \t\u00a0]+(?:about|on|over)[ \t\u00a0]+"
    r"(?P<owner>(?:the[ \t\u00a0]+)?[\w-]+(?:[ \t\u00a0]+[\w-]+){0,3}?)['’]s?[ \t\u00a0]",
    re.IGNORECASE,
)


# A comma that closes a phrase, not one inside a number ("4,000").
_SET_OFF_COMMA = re.compile(r",(?!\d)")


def _asked_about(text: str, start: int, lo: int) -> Source | None:
    """Return the owner of the count at ``start`` when its sentence opens by asking its speaker about it, or None.

    >>> t = "Asked about the union's 4,000 marchers, the mayor said 2,000."
    >>> _asked_about(t, t.index("4,000"), 0), _asked_about(t, t.index("2,000"), 0)
    (('the union', 12, 21), None)
    """
    asked = _ASKED_ABOUT.match(text, _opening(text, lo), start)
    if asked is None or _SET_OFF_COMMA.search(text, asked.end(), start) is not None:
        return None
    return asked.group("owner"), asked.start("owner"), asked.end("owner")


def _stood_for(
    text: str, start: int, lo: int, best: Source, kind: str, speakers: list[tuple[int, int]]
) -> Source | None:
    """Return the body the pronoun source ``best`` stands for as the source of the count at ``start``, or None to
    keep the pronoun.

    >>> t = "The club said the pitch flooded. It counted 12 puddles and said repairs cost 300 euros."
    >>> found = sources_in(t, 33, len(t))
    >>> [pick_source(t, t.index(n), t.index(n) + len(n), 33, len(t), found)[0] for n in ("12", "300")]
    ['It counted', 'The club said']
    """
    before = [(s, e) for s, e in speakers if e <= best[1]]
    if before:
        # "not 48 as it had first reported": the pronoun stands for the source the sentence named last before it.
        s, e = max(before, key=lambda span: span[1])
        return (text[s:e], s, e)
    if kind == OWNER or not 0 <= best[2] <= start or _AND_SAID.search(text, best[2], start) is None:
        return None
    # "The group said the picture was worse. It counted 31 beaches and said pumps ran for 212 hours": a verb of
    # telling joined to the pronoun's own verb tells for the body its paragraph named last before it (the pronoun
    # with its own verb is the words that name the source, kept as written).
    return _named_before(text, lo)


def _opening(text: str, lo: int) -> int:
    """Return where the words of the sentence at ``lo`` open, after a time stamp, dash or quotation mark."""
    words = words_in(text, lo, min(len(text), lo + 40))
    first = next((w for w in words if w.word[:1].isalpha()), None)
    return first.start if first is not None else lo


# Verbs that only tell (no "posted", "lowered" or "counted", which may also act).
_TELLING = ("said", "says", "told", "tells", "added", "adds")
# A verb of telling joined to another, its subject left out: "and said ", "and also told ".
_AND_SAID = re.compile(r"(?<![\w'’-])and[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:" + "|".join(_TELLING) + r")(?![\w'’-])")
# How far back in its paragraph a pronoun's body may be named: a sentence or two.
_PRONOUN_REACH = 400


def _named_before(text: str, lo: int) -> Source | None:
    """Return the last source that names someone in the sentences of the paragraph before ``lo``, or None.

    >>> t = "The union, which has 900 members, said the count was wrong. It counted 4,000."
    >>> _named_before(t, t.index("It"))[0]
    'The union, which has 900 members, said'
    """
    floor = max(0, lo - _PRONOUN_REACH)
    paragraph = text.rfind("\n", floor, lo) + 1 or floor
    if paragraph == floor and floor > 0:
        # The reach cuts a sentence: start at the first whole one.
        stop = _SENTENCE_END.search(text, floor, lo)
        paragraph = stop.end() if stop is not None else lo
    found = sources_in(text, paragraph, lo)
    # A source inside another's naming words ("The group, which publishes the company's data, said") is not the one
    # that speaks.
    named = [
        (s, e)
        for s, e, kind in found
        if kind not in (OWNER, BY_AFTER)
        and not _is_pronoun(text[s:e])
        and not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in found)
    ]
    if not named:
        return None
    s, e = named[-1]
    return (text[s:e], s, e)


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?[ \t\u00a0]+(?=[A-Z\"“])")


# The words between a verb that puts a count and the count: its object, then "to" or "at" ("raised its count to ").
_AIMED = re.compile(r"[^;:!?\"“”]{0,120}(?<![\w'’-])(?:to|at)[ \t\u00a0]+\Z")


def _aimed_at(text: str, start: int, found: list[tuple[int, int, str]]) -> Source | None:
    """Return the source whose verb puts the count at ``start`` ("put the toll at", "raised its count to"), or None.

    >>> t = "Police raised the toll to 12 after divers found two more."
    >>> found = sources_in(t, 0, len(t))
    >>> _aimed_at(t, t.index("12"), found), _aimed_at(t, t.index("two"), found)
    (('Police raised', 0, 13), None)
    """
    for s, e, _ in reversed(found):
        if e > start or text[s:e].split()[-1].lower() not in _NEEDS_AT:
            continue
        if _AIMED.match(text, e, start) is not None:
            return (text[s:e], s, e)
        return None
    return None


def _says_another_clause(text: str, end: int, s: int, e: int, hi: int) -> bool:
    """Return whether the source at [s, e), after the count that ends at ``end``, says another clause than the count's.

    >>> t = "Four died, and the army said 12 were hurt."
    >>> _says_another_clause(t, 4, t.index("the army"), t.index(" 12"), len(t))
    True
    """
    if _BOUND_COUNT.search(text, max(end, s - 30), s):
        # "$900 each, on top of the $300 the council has promised": the source names the count before it.
        return True
    if _AND_OPENS.search(text, max(end, s - 8), s) or _AS_REPLACED.search(text, max(end, s - _AS_REPLACED_REACH), s):
        # "Roads to four towns were cut, and the army said food was dropped", "The toll reached 18, but the union
        # said 24 had died": a source that opens a clause after ", and" or ", but" says that clause, not the one
        # before; "Three died, not four as the Red Cross reported":
        # the source after "as" gave the count replaced, not the count that replaces it.
        return True
    # "the CGT put the crowd at 250,000; police counted 48,000": a source past a turn of clause is another's,
    # unless past a "while" it closes the sentence ("Three lines were shut while workers ..., it said.").
    return _CLAUSE_TURN.search(text, end, s) is not None and (";" in text[end:s] or not _closes(text, s, e, hi))


def _said_within(text: str, s: int, start: int, found: list[tuple[int, int, str]]) -> bool:
    """Return whether a relative clause's verb of saying ("X, which said") stands in [s, start), before the
    number; a verb that needs "at" says no count ("which has cut spending to bring debt down from"), unless it puts
    this one at it ("The union, which puts the missing at 44, says").

    >>> _said_within("The union, which puts the missing at 44, says", 0, 37, [(0, 21, RELATIVE)])
    True
    >>> _said_within("The state, which has cut spending to bring debt down from 200 percent, says", 0, 58, [(0, 24, RELATIVE)])
    False
    """
    return any(
        kind == RELATIVE
        and s <= s2
        and e2 <= start
        and (text[s2:e2].split()[-1].lower() not in _NEEDS_AT or _PUT_AT.search(text, e2, start) is not None)
        for s2, e2, kind in found
    )


def _described_source(text: str, start: int, end: int, found: list[tuple[int, int, str]]) -> Source | None:
    """Return the source of a number in the words that describe a source, between its name and its verb, or None
    for a number outside them.

    "The government, which has cut spending to bring inflation down from 200 percent, says": such a number is the
    writer's, no one's count; unless those words say it ("The union, which said that 340 farms were flooded, put"):
    the clause's own source; or give the name's own count ("Regional police, whose count of 52 is the only one,
    said"): the name's.
    """
    owned = _whose_count(text, start, found)
    if owned is not None:
        return owned
    if any(s < start and end < e and not _said_within(text, s, start, found) for s, e, _ in found):
        return ("", -1, -1)
    return None


def _whose_count(text: str, start: int, found: list[tuple[int, int, str]]) -> Source | None:
    """Return the name and its count that a "whose" clause gives right before the number ("Regional police, whose
    count of 52 people underground is the only one, said"), inside the words of a source found around it, or None.

    >>> t = "Regional police, whose count of 52 is the only one, said so."
    >>> _whose_count(t, 32, [(0, 56, "")])
    ('Regional police, whose count', 0, 28)
    """
    for s, e, _ in found:
        if s < start < e:
            m = _WHOSE_COUNT.search(text, s, start)
            if m is not None:
                return text[s : m.end("noun")], s, m.end("noun")
    return None


# ", whose count of ", ", whose own tally stood at ": a name's count, given in a clause that describes the name.
_WHOSE_COUNT = re.compile(
    r",[ \t\u00a0]+whose[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+)?(?P<noun>"
    + "|".join(sorted(_SOURCE_NOUNS | {"toll", "tolls", "list", "lists", "total"}))
    + r")[ \t\u00a0]+(?:of|stood[ \t\u00a0]+at|was|is|at)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


# The words between a verb that needs "at" and the count it puts there, in one clause ("puts the missing at ").
_PUT_AT = re.compile(r"[^,;:!?\"“”()]{0,80}(?<![\w'’-])at[ \t\u00a0]+\Z")


def _governs_not(
    text: str, start: int, end: int, lo: int, source: tuple[int, int, str], found: list[tuple[int, int, str]]
) -> bool:
    """Return whether a source of its kind says nothing of the claim at [start, end), wherever it stands."""
    s, e, kind = source
    if "\n" in text[min(e, start) : max(s, end)]:
        # "- The bank put the investors at 7,400.\n- The association says ...": a line of a list is its own
        # statement; a source on another line says nothing of it.
        return True
    if kind == OWNER and not (e <= start <= e + 12 and _ENDS_BARE.match(text, end)):
        # "the city police's 105,000": an owner's count is the number right after it, and no noun's.
        return True
    if kind == COUNT and _COMPARED.search(text, max(lo, s - 12), s) and not (e <= start <= e + 12):
        # "five times the ministry's count", "twice UNHCR's figure": a count compared with, not who says it.
        return True
    if kind == RELATIVE and (s >= end or (_SET_OFF.search(text, max(0, s - 10), e) and _clause_closed(text, e, start))):
        # "a $300m project that Dostan says will cut": a relative clause's source says nothing before it,
        # nor, set off by commas, after it ("The union, which claims 9,000 members, held four strikes").
        return True
    if kind == AGENT and (s >= end or _NEXT_VERB.search(text, e, start) is not None):
        # "Hardanger Havbruk employs 64 people and produced about 21,000 tonnes": another verb's count.
        return True
    if kind == WITH and s >= end:
        # "Some 4,000 marched, with police counting 2,500": the count before the "with" phrase is not its.
        return True
    if kind == ASIDE and e <= start and any(k2 == ASIDE and s2 >= end for s2, _, k2 in found):
        # "either 400,000, as the union says, or 65,000, as police counted": between two asides, a count is
        # the later one's (an aside says what came before it).
        return True
    if kind == BY and e <= start and _AND_THAT.search(text, e, start):
        # "said 20 were held, against the 14 reported by police, and that four were minors": ", and that" goes on
        # with what an earlier verb says; a passive participle opens no "that".
        return True
    if kind == INVERTED and e <= start and _ADDING.match(text, e) is None:
        # "..., said Ana Ruiz, 34, a nurse": a source after its verb governs what came before it, unless it goes on
        # to say more (", said the mayor's office, adding that nine hotels ...").
        return True
    return False


# A name and its comma just before a number: "Ana Ruiz, " of "Ana Ruiz, 34, said".
_name_comma = on_first_use(r"(?:[A-Z][\w'’.-]*|(?<![\w-])(?:" + "|".join(LEX["person_nouns"]) + r")),[ \t\u00a0]*\Z")


def _is_age(text: str, start: int, end: int, lo: int) -> bool:
    """Return whether the number at [start, end) is a person's age set off after a name or a person
    ("Ana Ruiz, 34, said", "a woman, 29, told") or after "aged" ("two men, aged 24 and 31").

    >>> t = "Two men, aged 24 and 31, were held."
    >>> _is_age(t, 14, 16, 0), _is_age(t, 21, 23, 0), _is_age("A woman, 29, said", 9, 11, 0)
    (True, True, True)
    """
    if end - start > 3 or not text[start:end].isdigit():
        return False
    if _AGED.search(text, max(lo, start - 16), start) is not None:
        return True
    return text[end : end + 1] == "," and _name_comma().search(text, max(lo, start - 40), start) is not None


# "aged 24", "aged 24 and ": the age after "aged".
_AGED = re.compile(r"(?<![\w-])aged[ \t\u00a0]+(?:\d{1,3}[ \t\u00a0]+(?:and|or|to)[ \t\u00a0]+)?\Z")


# ", a city of about 38,000", ", a farming village of 2,000": a place's size set off after its name.
_PLACE_OF = re.compile(
    r",[ \t\u00a0]+an?[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,2}(?:"
    + "|".join(LEX["place_kind_words"])
    + r")[ \t\u00a0]+of[ \t\u00a0]+"
    + LOOSE_BEFORE
    + r"\Z",
    re.IGNORECASE,
)
# "18 km to the south", "about 150 miles north of": a distance that places somewhere.
_DISTANCE_UNITS = frozenset(
    ("km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters")
)
_DISTANCE_AFTER = re.compile(
    r"[ \t\u00a0]*(?:" + "|".join(longest_first(_DISTANCE_UNITS)) + r")?[ \t\u00a0]+"
    r"(?:to[ \t\u00a0]+the[ \t\u00a0]+)?(?:" + "|".join(COMPASS_POINTS) + r")(?![a-z]*[A-Z])",
)


# A comma or a place's kind shortly before a number, with no other comma between.
_AFTER_PLACE = re.compile(r"(?:,|(?<![\w-])(?:" + "|".join(LEX["place_kind_words"]) + r")(?![\w-]))[^,.;]{0,25}\Z")


def _is_background(text: str, start: int, end: int, lo: int) -> bool:
    """Return whether the number at [start, end) describes a place: its size or how far it lies."""
    if _PLACE_OF.search(text, max(lo, start - 60), start) is not None:
        return True
    # A distance set off after a place ("Kelowna, 25 km to the north-east", "a mining town some 250 miles
    # north of"), not one a sentence states ("Its epicentre was 18 km north-east of the town").
    return (
        _DISTANCE_AFTER.match(text, end) is not None
        and _AFTER_PLACE.search(text, max(lo, start - 40), start) is not None
    )


# What may follow a source that closes its sentence: a time or place phrase, then the end.
_CLOSING_TAIL = re.compile(
    r"(?:[ \t\u00a0]+(?:on|in|at|late|early|last|this|from)[ \t\u00a0][^,;:]*)?[.!?]?[”\"’)]*\s*"
)


def _closes(text: str, s: int, e: int, hi: int) -> bool:
    """Return whether the source at [s, e) closes its sentence after a comma (", the ministry said on Monday."),
    or closes what the sentence said before it, set off by commas (", according to ANEPC, roughly double")."""
    if not text[max(0, s - 8) : s].rstrip().endswith(","):
        return False
    if _CLOSING_TAIL.fullmatch(text, e, hi) is not None:
        return True
    # "men who, she said, were not farmers": set off inside a relative clause, it says that clause only.
    return _SET_OFF_TAIL.match(text, e, hi) is not None and _AFTER_RELATIVE.search(text, max(0, s - 12), s) is None


_ADDING = re.compile(r",[ \t\u00a0]+adding(?![\w'’-])")
_AFTER_RELATIVE = re.compile(r"(?<![\w'’-])(?:who|which|that)[ \t\u00a0]*,[ \t\u00a0]*\Z")
# What may follow a source set off by commas: a time or place phrase, then the comma.
_SET_OFF_TAIL = re.compile(r"(?:[ \t\u00a0]+(?:on|in|at|late|early|last|this|from)[ \t\u00a0][^,;:]*)?[,;]")


def _is_pronoun(source: str) -> bool:
    """Return whether a source phrase opens with a personal pronoun ("it had first reported", "they said")."""
    first = source.split(maxsplit=1)[0].lower() if source else ""
    return first in _PERSONAL


# "the $300 " right before a source: a count the source's clause describes.
_BOUND_COUNT = re.compile(r"(?<![\w'’-])the[ \t\u00a0]+[^\s\d]?\d[\d,.]*[ \t\u00a0]+\Z", re.IGNORECASE)
# Words after "the" that name who was counted or when, not a body that counts ("and the injured 400").
_NOT_BODIES = (
    frozenset(LEX["person_nouns"])
    | frozenset(LEX["person_verbs_after"])
    | frozenset(
        ("day", "week", "month", "year", "night", "rest", "others", "remainder", "previous", "next", "following")
    )
)
# "..., and police at 15,000", "...; police 200,000": a second source whose verb the sentence said once.
_GAPPED_SOURCE = re.compile(
    r"(?:,|;|\band|\bwhile|\bbut|\bwhereas)[ \t\u00a0]+"
    r"(?P<source>(?:the[ \t\u00a0]+)?[A-Za-z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,2})"
    r"[ \t\u00a0]+(?:at[ \t\u00a0]+)?" + LOOSE_BEFORE + r"\Z"
)
# Words that link phrases, never part of a name before a possessive ("from the city police's 105,000").
_LINKS = r"(?:to|from|and|or|of|in|on|at|by|with|than|against|for|the)(?![\w'’-])"
# "the city police's 105,000", "the organisers' 550,000": a count and, before it, whose count it is.
_OWNER_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<source>(?:the[ \t\u00a0]+)?(?:(?!" + _LINKS + r")[A-Za-z][\w-]*[ \t\u00a0]+){0,2}"
    r"(?!" + _LINKS + r")[A-Za-z][\w-]*?)"
    r"(?:['’]s|(?<=s)['’])[ \t\u00a0]+(?=" + LOOSE_BEFORE + r"\d)"
)
# How ``_OWNER_BEFORE``'s match ends, found first: its search tries each word of the sentence, this one each
# apostrophe.
_OWNED_COUNT = re.compile(r"['’]s?[ \t\u00a0]+" + LOOSE_BEFORE + r"\d")
# The kind of a source inside a relative clause ("a project that Dostan says will cost", "which the rectors say
# covers"): it says what its clause says, after it, and nothing the sentence said before it.
RELATIVE = "relative"
_RELATIVE_OPENERS = frozenset(("that", "which", "who", "whom"))
_SET_OFF = re.compile(r",[ \t\u00a0]+(?:which|who)(?![\w'’-])")
# The kind of a doer whose verb's object holds the number ("The union wants 300"): it gives what follows it in its
# clause only, not a count another verb after "and" or a comma goes on to ("employs 64 and produced 21,000 tonnes").
AGENT = "agent"
_NEXT_VERB = re.compile(
    r"(?:,|(?<![\w'’-])and)[ \t\u00a0]+(?:(?:has|have|had|is|are|was|were|also)[ \t\u00a0]+)?[a-z]+(?:ed|s)(?![\w'’-])"
)
# The kind of a source a "with" phrase or a comma names before its gerund ("with police counting 2,500", ", the union
# saying 85%"): it says what follows it only.
WITH = "with"
# The kind of a source named after "by" with its passive verb ("was confirmed by the coast guard").
BY = "by"
# The kind of a source named after "by" right after its count ("4,000 by the union").
BY_AFTER = "by_after"
_AND_THAT = re.compile(r",[ \t\u00a0]+and[ \t\u00a0]+that(?![\w'’-])")
# The kind of a source in an aside opened by "as" (", as the union says,"): it says the count before it.
ASIDE = "aside"
# The kind of a source that owns the count after it ("the organisers' 550,000").
OWNER = "owner"
# The kind of a source's own count ("the ministry's count", "by police figures").
COUNT = "count"
# A word that sets a count against another just before it ("five times the ministry's count", "twice UNHCR's figure").
_COMPARISON_WORDS = frozenset(("times", "twice", "than", "against", "as"))
_COMPARED = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(longest_first(_COMPARISON_WORDS)) + r")[ \t\u00a0]+\Z", re.IGNORECASE
)
# A count that ends its phrase: punctuation or a word that opens another phrase, not a counted noun.
# "The union's 180,000 is wrong": a verb right after the count ends it too.
_ENDS_BARE = re.compile(
    r"[ \t\u00a0]*(?:[,.;:)]|$|(?:to|and|but|against|with|in|on|by|is|was|were|are|has|had|have|would|will|may|might"
    r"|could|seems|seemed|looks|looked|remains|remained|stands|stood)(?![\w'’-]))"
)
# "against 48,000 for the police": a rival count and, after "for", whose count it is.
_AGAINST = re.compile(r"(?<![\w'’-])(?:against|versus|compared[ \t\u00a0]+with)(?![\w'’-])")
_FOR_SOURCE = re.compile(
    r"[ \t\u00a0]+(?:for|from)[ \t\u00a0]+(?P<source>(?:the[ \t\u00a0]+)?"
    r"(?:[A-Z][\w'’-]*(?:[ \t\u00a0]+[A-Z][\w'’-]*){0,3}|[a-z][\w'’-]*))(?![\w'’-])"
)

# A count's own source named in the words right after it, the count being what it gave: "the 41 the company first
# gave", "the $4 million that the gang announced", "the 73 given by police", "9,000-plus tonnes claimed by the
# conservancy". Up to two words of the counted noun come between (no preposition or verb), and the giving verb takes
# no object of its own ("five of the patients reported symptoms"). A pronoun ("450 that they had reported") stands for
# the source the sentence named before it.
_S = r"[ \t\u00a0]+"
_GIVING_AFTER = r"(?:gave|given|announced|reported|claimed|counted|recorded|stated|published|listed|estimated)"
_NOT_NOUN = r"(?:of|in|at|on|for|to|from|with|by|and|or|but|as|than|the|that|it|they|police|was|were|is|are|had|has|have|been|be)"
_NOUN_WORDS = rf"(?:{_S}(?!{_NOT_NOUN}\b)[a-z][a-z-]*){{0,2}}"
_GIVEN_BY = rf"{_GIVING_AFTER}{_S}by{_S}(?:the{_S})?[\w'’-]+(?:{_S}[\w'’-]+){{0,3}}"
_WHO_GAVE = (
    rf"(?:police|the(?:{_S}[\w'’-]+){{1,3}}?)(?:{_S}(?:had|has|have))?(?:{_S}(?:{FIRST_WORDS}))?{_S}{_GIVING_AFTER}"
)
_SOURCE_AFTER = re.compile(
    rf"{_NOUN_WORDS}{_S}(?:that{_S})?(?P<source>{_GIVEN_BY}|{_WHO_GAVE})"
    r"(?=[ \t\u00a0]*(?:[,.;:!?)\"”]|on\b|in\b|last\b|earlier\b|but\b|and\b|\Z))"
)


# "remanded for three months by a court": a time given by someone is what they ordered, no count of theirs.
_DURATION = "(?:" + "|".join(longest_first(TIME_UNITS)) + ")"
# A count's source named right after it with "by", a word for what was counted maybe between ("eight dead by the
# Coast Guard's count", "4,000 by the union"); no verb between ("11 injured by police gunfire" says who did it).
_BY_AFTER = re.compile(
    rf"(?:{_S}(?!{_NOT_NOUN}\b)(?!{_DURATION}\b)[a-z]+(?<!ed)(?<!ing))?{_S}(?P<by>by){_S}"
    rf"(?P<source>that{_S}of{_S}(?:the{_S})?[A-Z][\w'’-]*(?:{_S}[A-Z][\w'’-]*){{0,4}}"
    rf"|(?:the{_S})?(?:[\w'’-]+{_S}){{0,3}}?[\w'’-]+)(?![\w'’-])"
    r"(?=[ \t\u00a0]*(?:[,.;:)]|and\b|on\b|in\b|\Z))"
)


def _counts_by(source: str) -> bool:
    """Return whether a phrase after "by" names who counted: a counter, a counter's count or "that of" one.

    >>> _counts_by("the union"), _counts_by("the Coast Guard's count"), _counts_by("that of Open Gates")
    (True, True, True)
    >>> _counts_by("nightfall"), _counts_by("the end of the day")
    (False, False)
    """
    words = source.split()
    if words[0] == "that":
        return True
    if words[-1].lower() in _SOURCE_NOUNS and len(words) >= 2:
        words = words[:-1]
    if _is_possessive_text(words[-1]):
        words[-1] = possessor(words[-1])
    if any(w.lower() in STOP for w in words[1:]):
        # "by the end of the day": a time, no counter.
        return False
    named = words[0] == "the" and len(words) > 1 and all(w[:1].isupper() for w in words[1:])
    return _is_counter(" ".join(words)) or (named and words[-1].lower() not in WEEKDAYS | MONTHS)


def _is_possessive_text(word: str) -> bool:
    return word.lower().endswith(POSSESSIVE_ENDINGS)


def possessor(word: str) -> str:
    """Return the owner a possessive word names, its mark of possession cut ("union's", "organisers'").

    >>> possessor("union's"), possessor("organisers’")
    ('union', 'organisers')
    """
    return word[:-2] if word.lower().endswith(("'s", "’s")) else word[:-1]


def _is_counter(source: str) -> bool:
    """Return whether a name after "for" is who counts: an acronym ("the CGT") or a counter ("the Market Office")."""
    words = source.split()
    return words[-1].lower() in _COUNTERS or (len(words[-1]) >= 2 and words[-1].isupper())


# Who counts, named without a verb in a gapped clause: an organisation word or one of these.
_COUNTERS = frozenset(LEX["organisation_words"]) | frozenset(
    ("organisers", "organizers", "authorities", "officials", "rescuers", "activists", "unions", "witnesses", "medics")
)


def _speaker_before(text: str, start: int, lo: int) -> Source:
    """Return the speaker named just before the quotation that holds ``start`` (it may open sentences earlier)."""
    opened = _quotation_opened(text, start)
    if opened < 0:
        return ("", -1, -1)
    found = sources_in(text, max(0, opened - REACH), opened)
    if not found:
        return ("", -1, -1)
    s, e, _ = found[-1]
    return (text[s:e], s, e)


def _quotation_opened(text: str, start: int) -> int:
    """Return where the quotation that holds ``start`` opens, or -1 when it stands outside one.

    A curly quotation may open sentences earlier; a straight one is read in its paragraph,
    where an odd count of marks before ``start`` leaves one open.

    >>> t = '"We fed them," said Ana. "Some 90 came today."'
    >>> _quotation_opened(t, t.index("90"))
    25
    """
    floor = max(0, start - _QUOTE_REACH)
    opened = text.rfind("“", floor, start)
    if opened >= 0:
        return opened if text.find("”", opened, start) < 0 else -1
    paragraph = max(floor, text.rfind("\n", floor, start) + 1)
    if text.count('"', paragraph, start) % 2 == 0:
        return -1
    return text.rfind('"', paragraph, start)


def closes_quotation(text: str, hi: int) -> bool:
    """Return whether a closing quotation mark follows the sentence that ends at ``hi`` ('... of them."')."""
    return text[hi : hi + 1] in ('"', "”", "»") and hi > 0 and text[hi - 1] in ".!?,"


def _has_quote(text: str, lo: int, hi: int) -> bool:
    return any(text.find(mark, lo, hi) >= 0 for mark in '"“”«»')


def find_source(text: str, start: int, end: int, lo: int, hi: int) -> Source:
    """Return (attribution, start, end) for the claim at [start, end) in the sentence [lo, hi), or ("", -1, -1).

    >>> find_source("About 30 died, police said.", 0, 8, 0, 27)
    ('police said', 15, 26)
    >>> find_source("The ministry said 30 died; police said 40.", 18, 20, 0, 42)
    ('The ministry said', 0, 17)
    >>> find_source("Some 2,000 were reportedly held.", 0, 10, 0, 32)
    ('', -1, -1)
    """
    return pick_source(text, start, end, lo, hi, sources_in(text, lo, hi))


def _closing_quote(text: str, end: int, hi: int) -> int:
    """Return the position of the quotation mark that closes a quotation holding ``end``, or -1."""
    m = _CLOSING.search(text, end, hi)
    if m is None or m.group()[-1] in _QUOTES_OPEN:
        return -1
    return m.end() - 1


def hedges_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the spans of the hedge adverbs in the sentence [lo, hi)."""
    return [m.span() for m in _HEDGE.finditer(text, lo, hi)]


def pick_hedge(text: str, start: int, end: int, found: list[tuple[int, int]]) -> str:
    """Return the hedge among ``found`` nearest the claim at [start, end) in its clause (no comma between), or ""."""
    best = ""
    best_gap = _HEDGE_REACH + 1
    for s, e in found:
        gap = start - e if e <= start else max(0, s - end)
        if gap < best_gap and "," not in text[min(e, end) : max(s, start)]:
            best, best_gap = text[s:e], gap
    return best


def find_hedge(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """Return the hedge adverb nearest the claim in its clause ("reportedly", "allegedly"), or "".

    >>> find_hedge("Some 2,000 were reportedly held.", 0, 10, 0, 32)
    'reportedly'
    """
    return pick_hedge(text, start, end, hedges_in(text, lo, hi))


def find_attribution(text: str, start: int, end: int) -> str:
    """Return who the sentence credits the number in [start, end) to, or "".

    >>> find_attribution("About 30 died, police said.", 0, 8)
    'police said'
    >>> find_attribution("Some 2,000 were held, according to the ministry.", 0, 10)
    'according to the ministry'
    """
    from .sentences import sentence_around

    lo, hi = sentence_around(text, start, end)
    return find_source(text, start, end, lo, hi)[0]
