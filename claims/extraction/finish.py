"""Turn a number as read into a claim: its qualifier from the hedges around it, its unit, its attribution."""

from __future__ import annotations

import re
from decimal import Decimal

from .atom import Atom
from .context import NEXT_WORD, last_left_word
from .model import PREFIX_LENGTH, ClaimDraft
from .nouns import unit_from_sentence
from .numerals import tidy
from .qualifiers import (
    join_rules,
    left_qualifier,
    over_governs_time,
    right_qualifier,
    top_verb_start,
)
from .runs import bare_draft
from .sentences import sentence_head
from .vocabulary import DURATION_UNITS, LOOSE_BEFORE, MEASURES, MOTION_VERBS, MULTIPLIER_AFTER, POSSESSIVE_ENDINGS, WS

__all__ = ["finish", "make_claim"]


def _verb_bound(text: str, a: Atom, start: int) -> tuple[int, str, str]:
    """Return (start, qualifier, rule) for a reach verb that bounds the number ("cases top 200", "passed 7,200")."""
    top = top_verb_start(text, start)
    if top >= 0:
        return top, "at_least", "hedge:top"
    if (
        a.rule != "score"
        and start >= 7
        and text[start - 1] in " \u00a0"
        and text[start - 7 : start - 1].lower() in ("passed", "passes")
        and not text[start - 8 : start - 7].isalpha()
        and (a.is_money or a.is_percent or not a.noun or a.unit in MEASURES)
        and a.unit not in DURATION_UNITS
    ):
        # "the price had passed 7,200 won": a reach verb reads like "topped"; "passed 218-214" is a vote.
        return start - 7, "at_least", "hedge:passed"
    return start, "", ""


def _qualify(text: str, a: Atom, inherited: str) -> tuple[int, int, str, str, str]:
    """Return (start, end, qualifier, rule, attribution) of a number from the hedges before and after it."""
    start, end = a.start, a.end
    qualifier, rule = a.qualifier, a.rule
    new_start, q, r, attribution = left_qualifier(text, start)
    if r == "hedge:over" and a.unit in DURATION_UNITS and a.noun and over_governs_time(text, new_start, end):
        q, attribution = "", ""
    elif r == "hedge:above" and a.unit == "person" and last_left_word(text, new_start) in MOTION_VERBS:
        # "rose above two defenders": a place, not a bound.
        q, attribution = "", ""
    elif not q and start >= 5 and text[start - 1] in " \u00a0":
        new_start, q, r = _verb_bound(text, a, start)
    if q:
        return new_start, end, q, join_rules(rule, r), attribution
    new_end, q2, r2 = right_qualifier(text, end)
    if q2:
        return start, new_end, q2, join_rules(rule, r2), attribution
    if inherited:
        return start, end, inherited, join_rules(rule, "inherit:" + inherited), attribution
    return start, end, qualifier, rule, attribution


# A gap or a difference named right before a number of times: "a gap of", "The gap,", "the difference is".
_GAP_BEFORE = re.compile(
    r"(?<![\w'’-])(?:gap|difference)(?:,|"
    + WS
    + r"+(?:of|is|was))"
    + WS
    + r"+"
    + LOOSE_BEFORE
    + r"(?:more"
    + WS
    + r"+than"
    + WS
    + r"+)?$",
    re.IGNORECASE,
)


def _times_unit(text: str, a: Atom, end: int) -> tuple[str, int]:
    """Return the unit and end of "four times": occasions, or a multiplier ("three times the cap")."""
    noun = a.noun.lower()
    nxt = NEXT_WORD.match(text, a.noun_end)
    left = sentence_head(text, a.start, 150, lines=False)
    if (
        noun == "times"
        and not a.has_scale
        and " times " not in left
        and (nxt is None or nxt.group(1).lower() not in MULTIPLIER_AFTER)
        # "four times UNHCR's 21,300": a possessive after "times" owns the amount multiplied, as "its" does.
        and (nxt is None or not nxt.group(1).lower().endswith(POSSESSIVE_ENDINGS))
        # "a gap of five times", "The gap, six times, comes from": a gap told in times is a multiple.
        and _GAP_BEFORE.search(left) is None
    ):
        # "met agents four times in Beijing", "performed it three times and toured": occasions.
        return "time", end
    # "roughly three times the cap": a multiplier; "times" is written as part of it.
    if noun == "times" and a.noun_end > end:
        end = a.noun_end
    return "ratio", end


def finish(text: str, a: Atom, inherited: str = "") -> ClaimDraft:
    """Return the claim for one number, qualified by its hedges or by ``inherited`` (a conversion's)."""
    start, end = a.start, a.end
    if a.bare:
        # A number in a table of numbers: nothing around it to read (digits.py, ``_is_bare``).
        return bare_draft(text, start, end, a.value)
    qualifier, rule, attribution = a.qualifier, a.rule, ""
    low: Decimal | None
    high: Decimal | None
    if a.vague:
        low, high = a.low, a.high
    else:
        low = high = a.value
        start, end, qualifier, rule, attribution = _qualify(text, a, inherited)
        if qualifier == "at_most":
            low = None
        elif qualifier == "at_least":
            high = None
    unit = a.unit
    if a.noun and not a.unit_locked and a.noun.lower() in ("times", "fold"):
        unit, end = _times_unit(text, a, end)
    if not unit and not a.noun:
        unit = unit_from_sentence(text, a.start)
    return make_claim(text, start, end, low, high, qualifier, unit, a.noun, attribution, rule)


def make_claim(
    text: str,
    start: int,
    end: int,
    low: Decimal | None,
    high: Decimal | None,
    qualifier: str,
    unit: str,
    noun: str,
    attribution: str,
    rule: str,
) -> ClaimDraft:
    """Return the draft of the claim for a span; its attribution and the rest of its context are read by ``framing``."""
    if low is not None:
        low = tidy(low)
    if high is not None:
        high = tidy(high)
    return ClaimDraft(
        start,
        end,
        text[start:end],
        low,
        high,
        qualifier,
        unit,
        noun,
        attribution,
        rule,
        text[max(0, start - PREFIX_LENGTH) : start],
        text[end : end + PREFIX_LENGTH],
    )
