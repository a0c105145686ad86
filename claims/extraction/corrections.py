"""A count corrected or revised in the same breath: "78, not 79", "raised its count to 341, from 318".

CLAIMS.md: a correction ("78, not 79 as reported") shares the figure of what it corrects, and its time; the two are
one quantity, in conflict. The extractor gives the corrected number the correction's unit and time (``units``,
``framing``, ``periods``); the suggester judges the two as one quantity (``claims.suggestions.features``). Both read
where the corrected number stands here, once.
"""

from __future__ import annotations

import re

from .vocabulary import COUNTING_UNITS, HEDGES, NW, WS

__all__ = [
    "CORRECTION",
    "FIRST_WORDS",
    "GIVING_WORDS",
    "NOT",
    "corrected_number_start",
    "is_corrected",
    "is_correction",
    "is_revision_count",
    "revised_number_start",
]

# The words that set a count against the number it corrects, right before that number: "78, not 79", "rather than
# 79", "instead of 79". ``NOT`` alone is the word ``units`` reads a clause away.
NOT = "not"
_CORRECTING = r"(?:" + NOT + r"|rather" + WS + r"+than|instead" + WS + r"+of)"
# A source's first count named as such (regular-expression alternations, each word once): the words that mark it its
# first ("first", "initially", "originally") and the verbs by which a source gives a count ("it first said 41,000").
# Each pattern reading them adds its own few (``units``: "estimated", "counted"): here "stated" ("it first stated
# 12"), and "given" where the first count is named after the new one ("19,300 (first given as 19,800)"); the old
# count read before the new one (``REVISED_BEFORE``) is not "first given" as it was measured.
FIRST_WORDS = r"first|initially|originally"
GIVING_WORDS = r"said|gave|reported|put|announced"
_GIVING_STATED = GIVING_WORDS + r"|stated"
_GIVING_OR_GIVEN = _GIVING_STATED + r"|given"
# The verbs by which a source gives a first count it later revises: "first claimed 80,000", "counted 18,400 at first".
_GIVING_FIRST = _GIVING_STATED + r"|claimed|estimated|counted"
# The source that gives it, named by a pronoun: "(it first said 8,500)", "the 61,000 they gave on Monday".
_PRONOUN = r"(?:it|they|he|she|we)"
_NO_CONJUNCTION = r"(?!\b(?:and|but|while|whereas)\b)"

# A number corrected in the same breath: right after it ("78, not 79"; "eight floors, \"not eleven as claimed\"") or
# at the end of its clause ("118 inmates escaped on Sunday, not 96 as it first announced"; "the toll to 15 deaths, not
# 14"), with no other number, "and" or "but" between. The corrected number may be written in words ("to eight, not
# nine"); a count corrected later in the sentence is one too ("nine on Tuesday, later corrected to eight").
_NUMBER_AHEAD = r"(?=\d|(?:" + NW + r")\b)"
# The words by which a source's first count is named after its new one: "(first given as 19,800)", "(it first said
# 8,500)", ", first reported as 58".
_FIRST_GIVEN = (
    r"(?:" + _PRONOUN + r"\s+)?(?:had\s+)?(?:" + FIRST_WORDS + r")\s+"
    r"(?:" + _GIVING_OR_GIVEN + r")\s+(?:(?:it\s+)?(?:as|at)\s+)?"
)
CORRECTION = re.compile(
    r"(?:\s*,?|(?:" + _NO_CONJUNCTION + r"[^\d.;:!?()\"“”]){0,80}?[,(])"
    r"\s*[\"“(]?(?:"
    + _CORRECTING
    + r"\s+(?:the\s+)?|(?:later\s+|since\s+)?(?:corrected|revised)\s+(?:to|from)\s+|"
    + _FIRST_GIVEN
    + r")"
    + _NUMBER_AHEAD,
    re.IGNORECASE,
)
# A correcting word and the "the" that may follow it ("not the 25"), shared by the two readings below; its group is
# left open for each to add its own alternatives ("as") and close.
_CORRECTING_THE = _CORRECTING + WS + r"+(?:the" + WS + r"+"
# The extractor's narrower reading, for the unit and time a correction lends the number it replaces: up to four words
# (its noun, its verb) before it ("15 deaths, not 14", "18 tonnes, not the 25"); a longer clause may hold another
# time or unit ("said on Wednesday that 3,400 tonnes leaked, not the 1,200 it reported on Monday").
_CORRECTED_NEXT = re.compile(
    r"(?P<words>(?:" + WS + r"+[^\W\d_][\w'’-]*){0,4}),?" + WS + r"+" + _CORRECTING_THE + r"|as" + WS + r"+)?"
)

# A replaced count set off by commas inside the clause of its correction ("126 flights, not 130, were cancelled on
# Wednesday"): an aside, no turn of clause.
_ASIDE = re.compile(
    r"," + WS + r"+" + _CORRECTING_THE + r")?(?:\d[\d,.]*\d|\d|(?:" + NW + r")\b)(?:" + WS + r"+[^\W\d_][\w'’-]*)?,",
    re.IGNORECASE,
)


def aside_end(text: str, comma: int, hi: int) -> int | None:
    """Return the index of the comma that closes a replaced count set off from the comma at ``comma``, before
    ``hi``, or None.

    >>> text = "126 flights, not 130, left on Monday."
    >>> aside_end(text, text.index(","), len(text)), aside_end("126 flights, not on Monday, left", 11, 30)
    (20, None)
    """
    match = _ASIDE.match(text, comma, hi)
    return match.end() - 1 if match is not None else None


# What stands right before the number a correction replaces ("78, not 79", "18 tonnes, not the 25 tonnes given by
# the collector"), read back from that number.
_CORRECTED_BEFORE = re.compile(r"(?<![\w'’-])" + _CORRECTING + WS + r"+(?:the" + WS + r"+)?\Z", re.IGNORECASE)

# A count revised by its own source in the same breath (one figure, in conflict): the source's verb of revising its
# count ("raised its count of people treated to 341, from 318", "revised the number ... to 94, from 87", "settled its
# count of dancers at 24,500, down from more than 28,000", "now says 74, up from about 60"; one word may name the count,
# "revised its Saturday figure"), or the old count named as its first ("at 27, up from an initial 23"). A count that
# grew ("the toll rose to 19 from 14") is no revision: two days' counts.
REVISING = re.compile(
    r"\b(?:(?:revis|correct|settl|adjust|updat)\w*\s+(?:its|their|the)|(?:rais|lower|lengthen|shorten)\w*\s+(?:its|their)"
    r"|cut\s+(?:its|their))\s+(?:own\s+|[\w'’]+\s+)?(?:count|figure|estimate|tally|toll|number|track)s?\b"
    r"|\bnow\s+(?:says?|puts?|gives?|counts?)\b",
    re.IGNORECASE,
)
# A source's first count named as such, before it: "Organisers first claimed 80,000 and then 105,000".
_FIRST_GIVING_WORDS = r"\b(?:" + FIRST_WORDS + r")\s+(?:" + _PRONOUN + r"\s+)?(?:" + _GIVING_FIRST + r")\b"
_FIRST_GIVING = re.compile(_FIRST_GIVING_WORDS, re.IGNORECASE)
# Where a revision's clause ends, read back from a number: another independent clause may be another source's.
_OTHER_CLAUSE = re.compile(r";|\b(?:but|while|whereas)\b", re.IGNORECASE)
_FIRST_COUNT = r"(?:initial|preliminary|earlier|first|previous|original)"
# What stands between a revised count and the old one after it, at the end of its clause as for ``CORRECTION``:
# ", from 318", "74 vehicles were buried, up from about 60", ", correcting its first figure of", "after correcting its
# morning figure of". The verb of revising there (``verb``), with the old count named ("its first figure of", ``named``),
# says the old count is the source's own; "up from" alone may be a count that grew.
# A count named by a unit that counts counts (``COUNTING_UNITS``); "number of" and "total of" name no count of its own.
_COUNT_NAMED = r"(?:" + "|".join(sorted(COUNTING_UNITS - {"number", "total"})) + r")s?\s+of\s+"
REVISED_AFTER = re.compile(
    r"(?:\s*,?|(?:" + _NO_CONJUNCTION + r"[^\d.;:!?()\"“”]){0,80}?(?:,|\s(?=after\s)))"
    r"\s*(?:after\s+)?(?:(?:up\s+|down\s+)?from|(?P<verb>revising|correcting))"
    r"\s+(?:(?:its|their|the|an?)\s+)?(?P<first>" + _FIRST_COUNT + r"\s+)?"
    r"(?:(?:own|[^\W\d_][\w'’]*)\s+(?=" + _COUNT_NAMED + r"))?(?P<named>" + _COUNT_NAMED + r")?[\"“]?(?=\S)",
    re.IGNORECASE,
)
# The old count before the revised one: "raised its count of vehicles that fell from 11 to 13", "First they said 12,
# now 19", "first said 2.1 million cubic metres had been released and then 3.8 million", "first said on Tuesday that
# 118,000 passengers had been hit, before cutting the figure to 104,000", "counted 18,400 at first, then 21,700".
# What stands between a first count and the new one after it: "..., then", "and now", "before cutting the figure to".
_NEW_COUNT_NEXT = r"[^\d.;:!?()]{0,80}?\b(?:now|then|later|before)\b[^\d.;:!?()]{0,40}?\Z"
_FIRST_NAMED_BEFORE = _FIRST_GIVING_WORDS + r"[^\d.;:!?]{0,30}?(?P<first>\d[\d,.]*)"
_FIRST_NAMED_AFTER = r"\b(?:" + _GIVING_FIRST + r")\s+(?P<then>\d[\d,.]*)(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+at\s+first\b"
REVISED_BEFORE = re.compile(
    r"\bfrom\s+(?P<old>\d[\d,.]*)\s+to\s+\Z|"
    + _FIRST_NAMED_BEFORE
    + _NEW_COUNT_NEXT
    + "|"
    + _FIRST_NAMED_AFTER
    + _NEW_COUNT_NEXT,
    re.IGNORECASE,
)


# The count a change is measured from, named as its source's own earlier one: "up from the 61,000 it gave on Monday".
_OWN_EARLIER_WORDS = r"\s+" + _PRONOUN + r"\s+(?:had\s+)?(?:first\s+)?(?:" + _GIVING_FIRST + r"|given)\b"
_OWN_EARLIER = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion))?" + _OWN_EARLIER_WORDS, re.IGNORECASE)
# ... and the source's own earlier count later in the clause of its new one, with no "from" before it (a count that
# grew is "up from" its last): "raised its count to 1.3 million, nearly three times the 480,000 it announced a day
# earlier", "more than the \"about 40\" they had given", "the 1,200 tonnes it announced". "The" names it as the one
# count given then; a hedge and a quotation mark may open it, and one noun may follow the number. The pronoun names
# the source of the new count: "the 41 the company gave" may be another's.
_HEDGE = "|".join(re.escape(hedge) for hedge in sorted(HEDGES, key=len, reverse=True) if hedge[0].isalpha())
_OWN_EARLIER_LATER = re.compile(
    r"(?:" + _NO_CONJUNCTION + r"[^\d.;:!?()\"“”]){0,80}?\bthe\s+[\"“]?(?=(?:(?:" + _HEDGE + r")\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|billion))?[\"”]?(?:\s+[^\W\d_][\w'’-]*)??" + _OWN_EARLIER_WORDS + r")",
    re.IGNORECASE,
)


def corrected_number_start(text: str, end: int) -> int | None:
    """Return where the number starts that the number ending at ``end`` corrects in the same breath, if any.

    >>> text = "The toll stands at 78, not 79 as reported earlier."
    >>> corrected_number_start(text, text.index("78") + 2) == text.index("79")
    True
    >>> text = "It said 118 inmates had escaped on Sunday, not 96 as it first announced."
    >>> corrected_number_start(text, text.index("118") + 3) == text.index("96")
    True
    >>> corrected_number_start("118 escaped on Sunday and 3 died, not 4.", 3) is None
    True
    >>> corrected_number_start("118 escaped on Sunday and three died, not 4.", 3) is None
    True
    >>> corrected_number_start("at 78, up from 79", 5) is None
    True
    >>> text = "It lowered its toll to eight, not nine."
    >>> corrected_number_start(text, text.index("eight") + 5) == text.index("nine")
    True
    >>> text = "It said four on Monday and nine on Tuesday, later corrected to eight."
    >>> corrected_number_start(text, text.index("nine") + 4) == text.index("eight")
    True
    >>> text = 'The building had eight floors, "not eleven as has been claimed."'
    >>> corrected_number_start(text, text.index("eight") + 5) == text.index("eleven")
    True
    """
    match = CORRECTION.match(text, end)
    return match.end() if match else None


def is_correction(text: str, end: int, start: int, *, worded: bool = True) -> bool:
    """Return whether the number starting at ``start`` is the one that the number ending at ``end`` corrects, a few
    words on ("15 deaths, not 14") or, not ``worded``, right after it ("18,900 hectares, not 18,400": the noun
    skipped).

    >>> text = "It counted 15 deaths, not 14."
    >>> is_correction(text, text.index("15") + 2, text.index("14")), is_correction("15 and 14", 2, 7)
    (True, False)
    >>> text = "81 farms lay in the 10 km zone, not the 64 the ministry gave."
    >>> is_correction(text, text.index("km") + 2, text.index("64"), worded=False)
    False
    """
    match = _CORRECTED_NEXT.fullmatch(text, end, start)
    return match is not None and (worded or not match.group("words"))


def is_corrected(text: str, start: int) -> bool:
    """Return whether the number starting at ``start`` is one a correction replaces, read back from it ("not 79").

    >>> text = "It held 18 tonnes, not the 25 tonnes given by the collector."
    >>> is_corrected(text, text.index("25")), is_corrected(text, text.index("18"))
    (True, False)
    """
    return _CORRECTED_BEFORE.search(text, max(0, start - 20), start) is not None


def revised_number_start(text: str, left: int, start: int, end: int) -> int | None:
    """Return where the number starts that a number's source revises in the same breath (``REVISING``), if any.

    >>> text = "The Red Cross raised its count of people treated to 341, from 318, after late reports."
    >>> revised_number_start(text, 0, text.index("341"), text.index("341") + 3) == text.index("318")
    True
    >>> text = "Police put the number detained at 27, up from an initial 23."
    >>> revised_number_start(text, 0, text.index("27"), text.index("27") + 2) == text.index("23")
    True
    >>> text = "The government raised its count of cars lost from 11 to 13."
    >>> revised_number_start(text, 0, text.index("13"), text.index("13") + 2) == text.index("11")
    True
    >>> text = "Account numbers were exposed for 210,000 people, up from the 61,000 it gave on Monday."
    >>> revised_number_start(text, 0, text.index("210,000"), text.index("210,000") + 7) == text.index("61,000")
    True
    >>> text = "Organisers first claimed 80,000 and then 105,000."
    >>> revised_number_start(text, 0, text.index("105,000"), len(text) - 1) == text.index("80,000")
    True
    >>> text = "The city counted 18,400 at first, then 21,700."
    >>> revised_number_start(text, 0, text.index("21,700"), len(text) - 1) == text.index("18,400")
    True
    >>> text = "The board raised its tally of members to 9,400, well above the 6,000 it gave in spring."
    >>> revised_number_start(text, 0, text.index("9,400"), text.index("9,400") + 5) == text.index("6,000")
    True
    >>> text = "The board counted 9,400 members, and the 6,000 it gave in spring were all adults."
    >>> revised_number_start(text, 0, text.index("9,400"), text.index("9,400") + 5) is None
    True
    >>> text = 'Police raised the number held to 63, far above the "about 40" they had given.'
    >>> revised_number_start(text, 0, text.index("63"), text.index("63") + 2) == text.index('"about 40"') + 1
    True
    >>> text = "The agency put the toll at 31 on Friday, after correcting its morning figure of 34."
    >>> revised_number_start(text, 0, text.index("31"), text.index("31") + 2) == text.index("34")
    True
    >>> text = "The spill had reached 90 tonnes by Friday, up from the estimate of about 50 tonnes it gave on Monday."
    >>> revised_number_start(text, 0, text.index("90"), text.index("90") + 2) is None
    True
    >>> text = "The death toll rose to 19 on Wednesday from 14, the agency said."
    >>> revised_number_start(text, 0, text.index("19"), text.index("19") + 2) is None
    True
    """
    before = REVISED_BEFORE.search(text, max(left, start - 160), start)
    if before is not None and (before.group("first") or before.group("then")):
        # The source's own first count, named as such: no verb of revising needed.
        return before.start("first") if before.group("first") else before.start("then")
    if before is not None and REVISING.search(text, left, before.start()):
        return before.start("old")
    after = REVISED_AFTER.match(text, end)
    if after is None:
        later = _OWN_EARLIER_LATER.match(text, end)
        return later.end() if later else None
    if not text[after.end() : after.end() + 1].strip():
        return None
    if (
        after.group("first")
        or (after.group("verb") and after.group("named"))
        or REVISING.search(text, left, start)
        or _OWN_EARLIER.match(text, after.end())
    ):
        return after.end()
    return None


def is_revision_count(text: str, left: int, start: int) -> bool:
    """Return whether the number starting at ``start`` (in the sentence from ``left``) is one of its source's
    successive counts of one quantity, as its own clause says before it: the source's verb of revising its count
    (``REVISING``: "raised its estimate of the march from 80,000", "now puts it at 105,000") or its first count named
    as such ("first claimed 80,000 and then 105,000"). Another clause (after ";", "but", "while") is not read: it may
    be another source's.

    >>> text = "Police said 9,000; the organisers raised their estimate to 40,000."
    >>> is_revision_count(text, 0, text.index("40,000")), is_revision_count(text, 0, text.index("9,000"))
    (True, False)
    >>> text = "The union first put turnout at 60%, then 64%."
    >>> is_revision_count(text, 0, text.index("60")), is_revision_count(text, 0, text.index("64"))
    (True, True)
    >>> text = "The agency revised its count to 12, but the governor said 19."
    >>> is_revision_count(text, 0, text.index("19"))
    False
    """
    breaks = [match.end() for match in _OTHER_CLAUSE.finditer(text, left, start)]
    first = breaks[-1] if breaks else left
    return bool(REVISING.search(text, first, start) or _FIRST_GIVING.search(text, first, start))
