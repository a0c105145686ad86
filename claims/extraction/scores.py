"""Scores and polls: which sport's unit a score or margin counts, by the words around it."""

from __future__ import annotations

from decimal import Decimal

from .atom import Atom
from .context import WORD_SPLIT
from .sentences import sentence_head
from .vocabulary import (
    CRICKET_WORDS,
    FUNCTION_WORDS,
    POLL_WORDS,
    RESULT_VERBS,
    SCORE_CONTEXT,
    SCORE_WORDS,
    TENNIS_WORDS,
)

__all__ = [
    "has_result_verb",
    "is_batting_score",
    "is_poll_context",
    "margin_unit",
    "score_unit",
    "sport_hits",
    "sport_units",
]


def sport_hits(text: str, s: int, words: frozenset[str]) -> bool:
    """Return whether at least two distinct words of one sport occur within 400 characters of ``s``.

    >>> sport_hits("He bowled two overs.", 0, CRICKET_WORDS), sport_hits("He bowled.", 0, CRICKET_WORDS)
    (True, False)
    """
    wide = set(WORD_SPLIT.findall(text[max(0, s - 400) : s + 400].lower()))
    return len(wide & words) >= 2


def is_batting_score(text: str, name: str, atom: Atom) -> bool:
    """Return whether a number after a player's name is a batting score: "Brook (61)", "(Root 147, Brook 61; ...)".

    Sets the unit to run when it is.
    """
    if (
        not name
        or not name[0].isupper()
        or name.lower() in FUNCTION_WORDS
        or not sport_hits(text, atom.start, CRICKET_WORDS)
    ):
        return False
    atom.unit = "run"
    atom.unit_locked = True
    return True


def has_result_verb(text: str, s: int) -> bool:
    """Return whether the sentence before ``s`` says a side won, lost or drew ("won five in a row").

    >>> has_result_verb("They won five", 13), has_result_verb("They ate five", 13)
    (True, False)
    """
    return bool(set(WORD_SPLIT.findall(sentence_head(text, s, 50).lower())) & RESULT_VERBS)


def is_poll_context(text: str, s: int, e: int) -> bool:
    """Return whether a poll or survey is named around [s, e)."""
    window = text[max(0, s - 200) : e + 120].lower()
    return any(w in window for w in POLL_WORDS)


def margin_unit(text: str, s: int, e: int, value: Decimal) -> str:
    """Return the unit of a bare lead or score ("led by 22"): percentage_point in a poll, else the sport's."""
    if is_poll_context(text, s, e):
        return "percentage_point"
    return score_unit(text, s, e, value)


def score_unit(text: str, s: int, e: int, top: Decimal) -> str:
    """Return the unit of a score "a-b": vote, point or goal by the words around it, or "" with no sport in sight.

    >>> score_unit("Arsenal beat Chelsea 3-1.", 21, 24, Decimal(3))
    'goal'
    >>> score_unit("The Comets beat the Stallions 112-104.", 30, 37, Decimal(112))
    'point'
    >>> score_unit("Republicans won 30-40 in the House.", 16, 21, Decimal(40))
    'point'
    >>> score_unit("Expect 30-40 in the House.", 7, 12, Decimal(40))
    ''
    """
    near = set(WORD_SPLIT.findall(text[max(0, s - 60) : e + 60].lower()))
    if near & SCORE_CONTEXT["vote"]:
        return "vote"
    wide = set(WORD_SPLIT.findall(text[max(0, s - 400) : e + 400].lower()))
    point_hits = len(wide & SCORE_CONTEXT["point"])
    goal_hits = len(wide & SCORE_CONTEXT["goal"])
    if point_hits or goal_hits:
        if top > 15:
            # No football score runs past 15; basketball, rugby and gridiron scores do.
            return "point"
        return "point" if point_hits > goal_hits else "goal"
    if near & SCORE_WORDS:
        return "point" if top > 15 else "goal"
    return ""


def _tennis_units(a: Atom, b: Atom) -> tuple[str, str]:
    if (a.value <= 7 and b.value <= 7 and not {a.value, b.value} <= {0, 15, 30, 40}) or {a.value, b.value} <= {
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
    }:
        return "game", "game"
    return "point", "point"


def sport_units(text: str, a: Atom, b: Atom, unit: str) -> tuple[str, str]:
    """Return the units of the two sides of a score by its sport: series, records, tennis sets, cricket totals.

    >>> t = "Navarro beat Kasatkina 6-4 in the third set after a tiebreak and two breaks of serve."
    >>> sport_units(t, Atom(23, 24, Decimal(6)), Atom(25, 26, Decimal(4)), "point")
    ('game', 'game')
    """
    if unit == "vote":
        return unit, unit
    if text[a.start - 1 : a.start] == "(" and text[b.end : b.end + 1] == ")":
        # "The Comets (6-3)": a win-loss record.
        return "game", "game"
    left = text[max(0, a.start - 14) : a.start].lower()
    if "series " in left or "head-to-head " in left:
        # "lead the five-match series 2-0", "leads their head-to-head 3-0".
        return (
            ("game", "game")
            if unit == "point"
            and not sport_hits(text, a.start, CRICKET_WORDS)
            and not sport_hits(text, a.start, TENNIS_WORDS)
            else ("match", "match")
        )
    if sport_hits(text, a.start, CRICKET_WORDS):
        if a.value > 10 >= b.value:
            return "run", "wicket"
        if b.value > 10 >= a.value:
            return "wicket", "run"
    if sport_hits(text, a.start, TENNIS_WORDS):
        return _tennis_units(a, b)
    return unit, unit
