"""Numbers in words: "three hundred", "a dozen", "tens of thousands", "one-in-100", and when "one" counts."""

from __future__ import annotations

import re
from decimal import Decimal

from .atom import Atom
from .context import HYPHEN_WORD, NEXT_WORD, last_left_word, prev_word
from .money import GLUED_MONEY_LEFT, read_money_left, read_money_right
from .nouns import is_count_noun, read_hyphen_or_noun
from .numerals import parse_digits, parse_number_words, tidy
from .qualifiers import left_qualifier
from .sentences import is_sentence_start
from .units import SPACED_AFTER, apply_spaced, refine_unit
from .vocabulary import (
    COUNT_NOUNS,
    FRACTIONS,
    GLUED_CURRENCIES,
    LEX,
    NUMBER_WORDS,
    NW,
    ONE_DETERMINERS,
    ONE_IDIOMS,
    ONE_PRONOUN_BEFORE,
    SCALE_WORDS,
    STOP,
    TIME_UNITS,
    VAGUE,
    VAGUE_HEADS,
    VAGUE_NEEDS_OF,
    WS,
    spaced,
)

__all__ = ["AND_HALF", "read_return_period", "read_words"]

_WORD_CONT = re.compile(
    r"(?:(?:-|" + WS + r"{1,3})(?:and" + WS + r"{1,3})?(?:" + NW + r")(?![A-Za-z])"
    r"|(?:-point-|" + WS + r"point" + WS + r")(?:[0-9]{1,12}|(?:" + NW + r")(?:-(?:" + NW + r")){0,8})"
    r"(?![A-Za-z])){1,10}",
    re.IGNORECASE,
)
_A_BEFORE = re.compile(r"(?<![A-Za-z])(?:half" + WS + r"+an?|an?)" + WS + r"+\Z", re.IGNORECASE)
_NOT_COUNT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:" + spaced(LEX["not_counts_before_scale"]) + r")" + WS + r"+\Z", re.IGNORECASE
)


def _vague_tails() -> dict[str, re.Pattern[str]]:
    """Return, for each vague word that opens a longer one ("tens" of "tens of thousands"), its continuations."""
    tails: dict[str, list[str]] = {}
    for key in VAGUE:
        head, _, rest = key.partition(" ")
        if rest:
            tails.setdefault(head, []).append(rest)
    return {
        head: re.compile(
            "|".join(
                "".join(WS + "+" + re.escape(part) for part in rest.split(" "))
                for rest in sorted(rests, key=lambda r: (-len(r), r))
            )
            + "(?![A-Za-z])",
            re.IGNORECASE,
        )
        for head, rests in tails.items()
    }


_VAGUE_CONT = _vague_tails()
_OF_AFTER = re.compile(WS + r"+of(?![A-Za-z])", re.IGNORECASE)
AND_HALF = re.compile(WS + r"{1,2}and" + WS + r"{1,2}a" + WS + r"{1,2}half(?![A-Za-z])", re.IGNORECASE)
# A scale word right after "and a half" scales the whole: "one and a half million" is 1,500,000.
_SCALE_AFTER = re.compile(WS + r"{1,2}(" + "|".join(SCALE_WORDS) + r")(?![A-Za-z])", re.IGNORECASE)
# Quarters of a scale word: "a quarter of a million" is 250,000, "three-quarters of a billion" 750,000,000.
_QUARTERS_OF_BEFORE = re.compile(
    r"(?<![A-Za-z])(a|one|three)[- ]quarters?" + WS + r"+of" + WS + r"+an?" + WS + r"+\Z", re.IGNORECASE
)
_RETURN_PERIOD = re.compile(
    r"-in-([1-9][0-9]{0,2}(?:,[0-9]{3})*(?![0-9.,])|(?:" + NW + r")(?![A-Za-z]))", re.IGNORECASE
)
_CENTURY_BEFORE = re.compile(
    r"(?:[0-9]+(?:st|nd|rd|th)|first|second|third|maiden|his|her|their|Test|ODI|T20I?|international)"
    r"(?:" + WS + r"(?:Test|ODI|T20I?|international|career|first-class|county))?" + WS + r"\Z"
)
_CLOCK_CONTEXT = re.compile(r"[0-9](?:am|pm|a\.m\.|p\.m\.)|o['’]clock|noon|midnight|[0-9]:[0-5][0-9]", re.IGNORECASE)
_AT_A_TIME = re.compile(WS + r"at" + WS + r"a" + WS + r"time(?![A-Za-z])", re.IGNORECASE)
_TO_NUMBER = re.compile(WS + r"{1,3}to" + WS + r"{1,3}(?:[0-9]|(?:" + NW + r")(?![A-Za-z]))", re.IGNORECASE)
_IN_NUMBER = re.compile(
    WS
    + r"{1,3}(?:in|out"
    + WS
    + r"{1,3}of)"
    + WS
    + r"{1,3}(?:every"
    + WS
    + r"{1,3})?(?:[0-9]|(?:"
    + NW
    + r")(?![A-Za-z]))",
    re.IGNORECASE,
)


def read_return_period(text: str, s: int, e: int) -> Atom | None:
    """Read "one-in-100" ("a one-in-100-year flood") as the ratio 1/100.

    >>> read_return_period("a one-in-1,000-year event", 2, 5).value
    Decimal('0.001')
    """
    m = _RETURN_PERIOD.match(text, e)
    if m is None:
        return None
    den = parse_digits(m.group(1)) if m.group(1)[0].isdigit() else parse_number_words(m.group(1))
    if den is None or den < 2:
        return None
    return Atom(
        s,
        m.end(),
        tidy((Decimal(1) / den).quantize(Decimal("0.0001"))),
        unit="ratio",
        rule="ratio:in",
        unit_locked=True,
    )


def _read_vague(text: str, s: int, e: int, word: str) -> tuple[Atom | None, int]:
    """Read a vague plural ("dozens", "tens of thousands") as its interval from the lexicon."""
    key = word
    end = e
    cont = _VAGUE_CONT[word].match(text, e) if word in _VAGUE_CONT else None
    if cont is not None:
        key = word + " " + " ".join(cont.group().lower().split())
        end = cont.end()
    if key in VAGUE_NEEDS_OF and not _OF_AFTER.match(text, end):
        return None, end
    if key not in VAGUE:
        return None, end
    low, high = VAGUE[key]
    atom = Atom(s, end, low, low=low, high=high, vague=True, rule="vague_plural", qualifier="vague")
    read_hyphen_or_noun(text, atom)
    if atom.rejected:
        return None, end
    # A bare vague plural counts what the count before it counted ("15 homes lost ... dozens had burned"), else
    # people ("Thousands fled"): ``units.inherit_units``.
    return atom, end


def _phrase_start(text: str, s: int, e: int, end: int, word: str) -> int:
    """Return where a number phrase opening with a scale word starts ("a hundred"), or -1 when it counts nothing."""
    quarters = _QUARTERS_OF_BEFORE.search(text, max(0, s - 28), s)
    if quarters is not None:
        return quarters.start()
    a = _A_BEFORE.search(text, max(0, s - 10), s)
    if a is not None:
        return a.start()
    if _NOT_COUNT_BEFORE.search(text, max(0, s - 14), s):
        return -1
    if word == "hundred" and end == e and _CENTURY_BEFORE.search(text, max(0, s - 30), s):
        # "his 33rd Test hundred", "a maiden hundred": a cricket century, not the number 100.
        return -1
    return s


def _read_glued_money(text: str, s: int, end: int, value: Decimal) -> tuple[Atom | None, int] | None:
    """Read "Sh2 billion", "KSh1.5 million": a currency prefix glued to the digits hides them from the scan."""
    glued = GLUED_MONEY_LEFT.search(text, max(0, s - 24), s)
    if glued is not None:
        digits = parse_digits(glued.group(2))
        if digits is not None:
            money = Atom(
                glued.start(),
                end,
                digits * value,
                has_scale=True,
                is_money=True,
                unit_locked=True,
                unit=GLUED_CURRENCIES[glued.group(1).rstrip(".")],
            )
            read_hyphen_or_noun(text, money)
            return money, end
    if text[s - 2 : s - 1].isdigit() and text[s - 1] in " \u00a0":
        # The digits before the scale word were skipped (glued to letters): "billion" alone is no count.
        return None, end
    return None


_PHRASE_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")


def _cut_at_bare_and(text: str, s: int, end: int) -> int:
    """Return where a number phrase ends: "and" joins only after a hundred or a scale word.

    "three hundred and twenty-one" is one number; "ten and fifteen" are two.

    >>> t = "between ten and fifteen"
    >>> t[8:_cut_at_bare_and(t, 8, len(t))]
    'ten'
    """
    prev_end, prev = s, ""
    for m in _PHRASE_TOKEN.finditer(text, s, end):
        word = m.group().lower()
        if word == "and" and prev != "hundred" and prev not in SCALE_WORDS:
            return prev_end
        prev_end, prev = m.end(), word
    return end


def read_words(text: str, s: int, e: int) -> tuple[Atom | None, int]:
    """Read the number in words starting at [s, e); return it (or None) and where reading stopped."""
    word = text[s:e].lower()
    if word == "one" and text[e : e + 4].lower() == "-in-":
        period = read_return_period(text, s, e)
        if period is not None:
            return period, period.end
    if word in VAGUE_HEADS and word not in NUMBER_WORDS:
        return _read_vague(text, s, e, word)
    cont = _WORD_CONT.match(text, e)
    end = _cut_at_bare_and(text, s, cont.end()) if cont else e
    first_scale = word in SCALE_WORDS or word == "dozen"
    start = _phrase_start(text, s, e, end, word) if first_scale else s
    if start < 0:
        return None, end
    phrase = text[start:end]
    # "two-thirds": a fraction, not a count.
    hy = HYPHEN_WORD.match(text, end)
    if hy is not None and hy.group(1).lower() in FRACTIONS:
        return None, hy.end()
    # "a quarter of a million": the quarters ``_phrase_start`` found open the phrase, up to its scale word.
    quarters = _QUARTERS_OF_BEFORE.match(text, start, s) if first_scale and start < s else None
    value = parse_number_words(text[s:end] if quarters else phrase)
    if value is None:
        return None, end
    if quarters is not None:
        value = tidy(value * (3 if quarters.group(1).lower() == "three" else 1) / 4)
    half = AND_HALF.match(text, end)
    if half is not None:
        # "three and a half years": the fraction belongs to the number; "one million and a half" halves the scale;
        # "one and a half million" scales the whole.
        last = phrase.lower().replace("-", " ").split()[-1]
        value = value + (Decimal(SCALE_WORDS[last]) / 2 if last in SCALE_WORDS else Decimal("0.5"))
        end = half.end()
        scale = None if last in SCALE_WORDS else _SCALE_AFTER.match(text, end)
        if scale is not None:
            value = tidy(value * SCALE_WORDS[scale.group(1).lower()])
            end = scale.end()
    atom = Atom(start, end, value, is_word=True)
    if first_scale and start == s and s >= 3 and text[s - 2].isdigit():
        glued = _read_glued_money(text, s, end, value)
        if glued is not None:
            return glued
    stop = _read_word_suffix(text, atom, phrase, end)
    if stop >= 0:
        return None, stop
    if not read_money_left(text, atom, start):
        read_money_right(text, atom)
    return _check_word_reading(text, atom, s, e, end, phrase)


def _read_word_suffix(text: str, atom: Atom, phrase: str, end: int) -> int:
    """Mark "a dozen" and scale words, and read a percent or unit after the words; return where a time stops them."""
    low = phrase.lower()
    if "dozen" in low:
        atom.qualifier = "approximate"
        atom.rule = "hedge:dozen"
    if any(w in low for w in SCALE_WORDS) and not low.endswith("hundred"):
        atom.has_scale = True
    sp = SPACED_AFTER.match(text, end)
    if sp is not None and sp.lastgroup in ("pct", "pp", "unit"):
        atom.end, _ = apply_spaced(text, atom, sp, end)
    elif sp is not None and sp.lastgroup == "time":
        return sp.end()
    return -1


def _check_word_reading(text: str, atom: Atom, s: int, e: int, end: int, phrase: str) -> tuple[Atom | None, int]:
    """Read the noun of a number in words, then drop it when it names something or tells the time."""
    word = text[s:e].lower()
    first = text[s:e]
    is_one = phrase.lower() == "one"
    nm = NEXT_WORD.match(text, atom.end)
    nxt = nm.group(1) if nm else ""
    if first[0].isupper() and s > 0 and _opens_a_name(text, s, nxt, is_one):
        return None, atom.end
    read_hyphen_or_noun(text, atom)
    if atom.rejected:
        return None, atom.end
    refine_unit(text, atom)
    free = not atom.is_money and not atom.is_percent and not atom.unit_locked
    if first[0].isupper() and not atom.noun and free and not is_sentence_start(text, atom.start):
        # "the Group of Seven", "Air Force One": a capitalised number word mid-sentence names something.
        if not left_qualifier(text, atom.start)[1]:
            return None, atom.end
    if (
        not atom.noun
        and e == end
        and word in NUMBER_WORDS
        and 1 <= NUMBER_WORDS[word] <= 12
        and _is_clock_word(text, s, end)
    ):
        # "on a picket line by nine" after "at 6am": a time of day.
        return None, end
    if is_one and free and not _one_counts(text, atom, nxt):
        return None, atom.end
    if phrase.lower() in ("zero", "nought", "naught") and not atom.noun:
        return None, atom.end
    return atom, atom.end


def _opens_a_name(text: str, s: int, nxt: str, is_one: bool) -> bool:
    """Return whether a capitalised number word and the capitalised word after it make a name ("One Korea")."""
    if not nxt or not nxt[0].isupper() or is_count_noun(nxt):
        return False
    return not is_sentence_start(text, s) or (is_one and nxt.lower() not in COUNT_NOUNS)


def _is_clock_word(text: str, s: int, e: int) -> bool:
    """Return whether a number word is a clock time: "by nine" with a time of day just before it."""
    if (
        last_left_word(text, s) not in ("by", "at", "until", "till", "before", "after", "past")
        or text[e : e + 1].isalnum()
        or (text[e : e + 1] == " " and text[e + 1 : e + 2].isalpha() and not text.startswith(("o'", "o’"), e + 1))
    ):
        return False
    return _CLOCK_CONTEXT.search(text, max(0, s - 100), e + 20) is not None


def _one_counts(text: str, atom: Atom, nxt: str) -> bool:
    """Return whether "one" counts something here rather than standing as a pronoun or in an idiom."""
    if prev_word(text, atom.start).lower() in ONE_PRONOUN_BEFORE:
        # "No one in that dressing room", "every one of you": a pronoun.
        return False
    if _AT_A_TIME.match(text, atom.noun_end if atom.noun_end > 0 else atom.end):
        # "One game at a time": an idiom.
        return False
    if atom.rule.startswith("hyphen") and atom.unit:
        return atom.noun.split("-")[0].lower() in COUNT_NOUNS or atom.unit in TIME_UNITS.values()
    low = nxt.lower()
    if low in ("in", "out") and _IN_NUMBER.match(text, atom.end):
        return True
    if low == "to" and _TO_NUMBER.match(text, atom.end):
        # "one to five years": the low end of a range.
        return True
    counts_noun = bool(atom.noun) and atom.noun.split()[-1].lower() in COUNT_NOUNS
    if prev_word(text, atom.start).lower() in ONE_DETERMINERS and low not in COUNT_NOUNS and not counts_noun:
        # "the previous one in April", "this one": a pronoun after a determiner.
        return False
    if low in ONE_IDIOMS:
        return False
    if counts_noun or low in COUNT_NOUNS:
        return True
    # "at least one dose", "more than one vaccine": a hedge makes "one" a count before any noun.
    return (
        bool(nxt)
        and nxt[0].islower()
        and low not in STOP
        and left_qualifier(text, atom.start)[1] in ("at_least", "at_most")
    )
