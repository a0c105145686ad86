"""Re-anchor claims' quotes in a changed text (pure Python, no Django).

A claim keeps its quote, a short prefix and suffix (the W3C TextQuoteSelector) and its
old offsets. In the new text it is looked for in two ways:

1. exactly: the quote as it was, anywhere;
2. fuzzily: wherever the quote's numbers occur (the same numbers, written the same way
   up to thousands separators), widened to cover the words the quote had around them,
   even when those words or the spacing changed.

Every candidate is scored on how well the text around it matches the old prefix and
suffix, how close it is to the old quote and how near it is to the old position. The
best one is taken when its context agrees enough; otherwise the claim is an orphan: kept,
never dropped, and an editor decides. A quote whose number changed is never moved onto
the new number: candidates must carry exactly the quote's numbers, so the claim is
orphaned and the new number becomes a new claim.

Candidates come from one scan of the new text for number tokens, so re-anchoring all the
claims of a document takes time linear in the text plus a small cost per candidate.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from claims.extraction.vocabulary import NUMBER_WORDS as LEXICON_NUMBER_WORDS
from claims.extraction.vocabulary import SCALE_WORDS

ANCHORED = "anchored"
MOVED = "moved"
ORPHANED = "orphaned"

# Number words are the lexicon's (digits' words, tens, scales and their plurals); "score" too, since an
# edit may write "a score" for twenty.
NUMBER_WORDS = sorted(
    {*LEXICON_NUMBER_WORDS, *SCALE_WORDS, *(word + "s" for word in SCALE_WORDS), "dozen", "dozens", "score", "scores"},
    key=lambda word: (-len(word), word),
)
NUMBER_TOKEN = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
# How well the text around a candidate must match the old prefix and suffix (0 to 1).
EXACT_MIN_CONTEXT = 0.45
FUZZY_MIN_CONTEXT = 0.6
FUZZY_MIN_ALIGNMENT = 70.0
WEIGHT_CONTEXT, WEIGHT_QUOTE, WEIGHT_NEAR = 0.55, 0.3, 0.15


@dataclasses.dataclass(frozen=True)
class Anchoring:
    """Where a claim's quote now is; ``distance`` is the selector's edit distance when moved."""

    status: str
    start: int | None = None
    end: int | None = None
    distance: int | None = None


@dataclasses.dataclass(frozen=True)
class Selector:
    """A claim's quote, its context and its old start offset."""

    quote: str
    prefix: str
    suffix: str
    start: int


@dataclasses.dataclass(frozen=True)
class Candidate:
    score: float
    start: int
    end: int
    exact: bool


def squash(text: str) -> str:
    """Return ``text`` with every run of whitespace made one space and the ends stripped.

    >>> squash(" as many as\\n 2,000 ")
    'as many as 2,000'
    """
    return " ".join(text.split())


def normalize_number(token: str) -> str:
    """Return a number token as compared: digits without thousands separators, words in lower case.

    >>> normalize_number("2,000"), normalize_number("2000"), normalize_number("Dozens"), normalize_number("4.5")
    ('2000', '2000', 'dozens', '4.5')
    """
    if token[0].isdigit():
        return re.sub(r",(?=\d{3}\b)", "", token)
    return token.lower()


def number_tokens(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, normalized) for every number written in ``text``.

    >>> [t[2] for t in number_tokens("as many as 2,000 of some 54 groups, dozens more; COVID-19")]
    ['2000', '54', 'dozens', '19']
    """
    return [(m.start(), m.end(), normalize_number(m.group(0))) for m in NUMBER_TOKEN.finditer(text)]


def side_similarity(old: str, new: str, from_end: bool) -> float | None:
    """Return how alike an old context string and the new text beside a candidate are (0 to 1).

    None when the old context is empty (a quote at the very start or end says nothing).
    """
    old_squashed = squash(old)
    if not old_squashed:
        return None
    new_squashed = squash(new)
    new_squashed = new_squashed[-len(old_squashed) :] if from_end else new_squashed[: len(old_squashed)]
    return fuzz.ratio(old_squashed, new_squashed) / 100


def context_similarity(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """Return the mean similarity of the old prefix and suffix to the text around ``[start, end)``."""
    slack = 16
    before = side_similarity(prefix, text[max(0, start - len(prefix) - slack) : start], from_end=True)
    after = side_similarity(suffix, text[end : end + len(suffix) + slack], from_end=False)
    sides = [s for s in (before, after) if s is not None]
    return sum(sides) / len(sides) if sides else 1.0


def spaced_pattern(part: str) -> str:
    r"""Return a regex matching ``part`` with any run of whitespace standing for any other.

    >>> print(spaced_pattern("as many as "))
    as\s+many\s+as\s+
    """
    return "".join(r"\s+" if piece.isspace() else re.escape(piece) for piece in re.split(r"(\s+)", part) if piece)


def match_spaced(text: str, at: int, part: str, backwards: bool) -> int | None:
    """Return where ``part`` starts (backwards) or ends (forwards) when it sits at ``at`` up to spacing."""
    pattern = spaced_pattern(part)
    if backwards:
        window_start = max(0, at - len(part) * 3 - 8)
        found = re.search(pattern + r"\Z", text[window_start:at])
        return window_start + found.start() if found else None
    found = re.compile(pattern).match(text, at, min(len(text), at + len(part) * 3 + 8))
    return found.end() if found else None


def extend_left(text: str, at: int, lead: str) -> int:
    """Return where a quote's words before its first number now start, left of ``at``."""
    if not lead:
        return at
    spaced = match_spaced(text, at, lead, backwards=True)
    if spaced is not None:
        return spaced
    window_start = max(0, at - len(lead) - 8)
    window = text[window_start:at]
    found = fuzz.partial_ratio_alignment(lead.strip(), window)
    if found is not None and found.score >= FUZZY_MIN_ALIGNMENT and not window[found.dest_end :].strip():
        start = window_start + found.dest_start
        while start < at and text[start].isspace():
            start += 1
        return start
    return at


def extend_right(text: str, at: int, trail: str) -> int:
    """Return where a quote's words after its first number now end, right of ``at``."""
    if not trail:
        return at
    spaced = match_spaced(text, at, trail, backwards=False)
    if spaced is not None:
        return spaced
    window = text[at : at + len(trail) + 8]
    found = fuzz.partial_ratio_alignment(trail.strip(), window)
    if found is not None and found.score >= FUZZY_MIN_ALIGNMENT and not window[: found.dest_start].strip():
        end = at + found.dest_end
        while end > at and text[end - 1].isspace():
            end -= 1
        return end
    return at


class TextIndex:
    """A new text with its number tokens found once, shared by every claim anchored into it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.numbers: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for start, end, value in number_tokens(text):
            self.numbers[value].append((start, end))

    def candidates(self, selector: Selector) -> list[Candidate]:
        """Return the places ``selector`` could now point to, best first."""
        text, quote = self.text, selector.quote
        wanted = [value for _, _, value in number_tokens(quote)]
        spans: dict[tuple[int, int], bool] = {}
        if wanted:
            first_start, first_end, first_value = number_tokens(quote)[0]
            lead, trail = quote[:first_start], quote[first_end:]
            for at, at_end in self.numbers.get(first_value, ()):
                start = at - first_start
                if start >= 0 and text.startswith(quote, start):
                    spans[(start, start + len(quote))] = True
                    continue
                start, end = extend_left(text, at, lead), extend_right(text, at_end, trail)
                if [value for _, _, value in number_tokens(text[start:end])] == wanted:
                    spans.setdefault((start, end), False)
        else:
            for found in re.finditer(spaced_pattern(quote), text):
                spans[(found.start(), found.end())] = text[found.start() : found.end()] == quote
        scale = max(len(text), 1000)
        found_candidates = []
        for (start, end), exact in spans.items():
            context = context_similarity(text, start, end, selector.prefix, selector.suffix)
            if context < (EXACT_MIN_CONTEXT if exact else FUZZY_MIN_CONTEXT):
                continue
            quote_similarity = 1.0 if exact else fuzz.ratio(squash(quote), squash(text[start:end])) / 100
            nearness = 1 - min(1.0, abs(start - selector.start) / scale)
            score = WEIGHT_CONTEXT * context + WEIGHT_QUOTE * quote_similarity + WEIGHT_NEAR * nearness
            found_candidates.append(Candidate(score, start, end, exact))
        found_candidates.sort(key=lambda c: (-c.score, abs(c.start - selector.start), c.start))
        return found_candidates


def selector_distance(text: str, selector: Selector, start: int, end: int) -> int:
    """Return the edit distance between the old prefix + quote + suffix and the text now there."""
    old = selector.prefix + selector.quote + selector.suffix
    new = text[max(0, start - len(selector.prefix)) : start] + text[start:end] + text[end : end + len(selector.suffix)]
    return Levenshtein.distance(old, new)


class Spans:
    """Spans already given to a claim, so that two claims never take the same words."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def is_free(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.starts, end)
        return at == 0 or self.ends[at - 1] <= start

    def take(self, start: int, end: int) -> None:
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def anchor_selectors(text: str, selectors: Sequence[Selector]) -> list[Anchoring]:
    """Return an anchoring for each selector in ``text``, in the order given.

    Claims are placed best match first and no two claims take overlapping words (claims
    with the very same selector share a place).

    >>> old = "Some 30 defectors and 54 groups."
    >>> new = "Police said some 30 defectors and 55 groups."
    >>> [a.status for a in anchor_selectors(new, [Selector("30", "Some ", " defectors and 54 g", 5), Selector("54", "defectors and ", " groups.", 22)])]
    ['moved', 'orphaned']
    """
    index = TextIndex(text)
    unique = list(dict.fromkeys(selectors))
    ranked = {selector: index.candidates(selector) for selector in unique}
    order = sorted(unique, key=lambda s: -(ranked[s][0].score if ranked[s] else 0))
    taken = Spans()
    placed: dict[Selector, Anchoring] = {}
    for selector in order:
        choice = next((c for c in ranked[selector] if taken.is_free(c.start, c.end)), None)
        if choice is None:
            placed[selector] = Anchoring(ORPHANED)
            continue
        taken.take(choice.start, choice.end)
        distance = selector_distance(text, selector, choice.start, choice.end)
        if choice.exact and choice.start == selector.start and distance == 0:
            placed[selector] = Anchoring(ANCHORED, choice.start, choice.end)
        else:
            placed[selector] = Anchoring(MOVED, choice.start, choice.end, distance)
    return [placed[selector] for selector in selectors]


def anchor_quote(text: str, quote: str, prefix: str, suffix: str, old_start: int) -> Anchoring:
    """Return where one quote belongs in ``text``: anchored in place, moved, or orphaned.

    >>> anchor_quote("Some 2,000 people", "2,000", "Some ", " people", 5)
    Anchoring(status='anchored', start=5, end=10, distance=None)
    >>> anchor_quote("New lead. Some 2,000 people", "2,000", "Some ", " people", 5)
    Anchoring(status='moved', start=15, end=20, distance=0)
    >>> anchor_quote("Some 3,000 people", "2,000", "Some ", " people", 5).status
    'orphaned'
    >>> anchor_quote("As many as\\n2,000 people", "As many as 2,000", "", " people", 0)
    Anchoring(status='moved', start=0, end=16, distance=1)
    """
    return anchor_selectors(text, [Selector(quote, prefix, suffix, old_start)])[0]
