"""What the suggester knows about one claim (``SuggestionInput``), read from its document's text.

Pure; no Django. ``DocumentText`` reads one document's sentences once for all its claims.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping, Sequence

from claims import conflicts
from claims.extraction.sentences import SentenceIndex
from claims.suggestions.shared_stand_ins import sentence_bounds
from claims.suggestions.words import (
    STOPWORDS,
    WORD,
    YEAR,
    cached_stem,
    content_stems,
    converted_number_end,
    counted_noun,
    effective_head,
    noun_head,
    stem,
)

# Words this close to the number (in content words) weigh double.
NEAR_TOKENS = 4


@dataclasses.dataclass(frozen=True)
class SuggestionInput:
    """What the suggester knows about one claim."""

    claim_id: int
    document_id: int
    sentence: tuple[int, int]
    value: conflicts.Value
    words: Mapping[str, float]
    noun: frozenset[str]
    years: frozenset[int] = frozenset()
    head: str = ""
    published: datetime.date | None = None
    figure_id: int | None = None
    noun_text: str = ""
    surface: Mapping[str, str] = dataclasses.field(default_factory=dict)
    suggested_figure_id: int | None = None
    span: tuple[int, int] = (0, 0)
    converts: int | None = None

    @property
    def dimension(self) -> str:
        return conflicts.unit_dimension(self.value.unit)


def weigh_words(before: Sequence[str], after: Sequence[str]) -> dict[str, float]:
    """Return the content words around a number, weighted: 2 for the ``NEAR_TOKENS`` nearest on each side, else 1.

    >>> weigh_words(["far", "a", "b", "c", "d"], ["e"])
    {'d': 2.0, 'c': 2.0, 'b': 2.0, 'a': 2.0, 'far': 1.0, 'e': 2.0}
    """
    words: dict[str, float] = {}
    for i, word in enumerate(reversed(before)):
        words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
    for i, word in enumerate(after):
        words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
    return words


def describe_claim(
    claim_id: int,
    document_id: int,
    text: str,
    start: int,
    end: int,
    value: conflicts.Value,
    *,
    noun: str = "",
    published: datetime.date | None = None,
    figure_id: int | None = None,
) -> SuggestionInput:
    """Return the suggester's view of a claim: its sentence's words (those near the number count double).

    >>> d = describe_claim(1, 1, "Yes. Some 2,000 such people were detained in China. No.", 5, 15,
    ...                    conflicts.Value.of(2000, 2000, "approximate", "person"))
    >>> sorted(d.words.items()), sorted(d.noun)
    ([('china', 2.0), ('detain', 2.0), ('people', 2.0)], ['people'])
    """
    left, right = sentence_bounds(text, start, end)
    before = content_stems(text[left:start])
    after = content_stems(text[end:right])
    words = weigh_words(before, after)
    noun_words = WORD.findall(counted_noun(text, end, noun))
    noun_stems = frozenset(content_stems(" ".join(noun_words)))
    head = noun_head(noun_words)
    years = frozenset(int(y) for y in YEAR.findall(text[left:right]))
    surface: dict[str, str] = {}
    for word in WORD.findall(text[left:right]):
        surface.setdefault(stem(word), word.lower())
    return SuggestionInput(
        claim_id,
        document_id,
        (left, right),
        value,
        words,
        noun_stems,
        years,
        effective_head(head, value.unit),
        published,
        figure_id,
        " ".join(noun_words),
        surface,
        span=(start, end),
        converts=converted_number_end(text, start),
    )


_Sentence = tuple[list[tuple[int, int, str]], frozenset[int], dict[str, str], list[tuple[int, int]]]


class DocumentText:
    """One document's text, split into sentences once, to describe many of its claims quickly.

    ``describe`` returns exactly what ``describe_claim`` returns; it finds the sentence by
    bisection and reads each sentence's words once, not once per claim.

    >>> text = "Yes. Some 2,000 such people were detained in China. No."
    >>> value = conflicts.Value.of(2000, 2000, "approximate", "person")
    >>> DocumentText(text).describe(1, 1, 5, 15, value) == describe_claim(1, 1, text, 5, 15, value)
    True
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = SentenceIndex(text)
        self.sentences: dict[tuple[int, int], _Sentence] = {}

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        return self.index.bounds(start, end)

    def sentence(self, left: int, right: int) -> _Sentence:
        """Return a sentence's content words (start, end, stem), years, surface words and word spans."""
        found = self.sentences.get((left, right))
        if found is None:
            tokens = []
            spans = []
            surface: dict[str, str] = {}
            for match in WORD.finditer(self.text, left, right):
                word = match.group()
                stemmed = cached_stem(word)
                surface.setdefault(stemmed, word.lower())
                spans.append((match.start(), match.end()))
                if word.lower() not in STOPWORDS and len(word) > 1:
                    tokens.append((match.start(), match.end(), stemmed))
            years = frozenset(int(y) for y in YEAR.findall(self.text[left:right]))
            found = self.sentences[(left, right)] = (tokens, years, surface, spans)
        return found

    def describe(
        self,
        claim_id: int,
        document_id: int,
        start: int,
        end: int,
        value: conflicts.Value,
        *,
        noun: str = "",
        published: datetime.date | None = None,
        figure_id: int | None = None,
        suggested_figure_id: int | None = None,
    ) -> SuggestionInput:
        """Return the suggester's view of a claim of this text (as ``describe_claim``)."""
        text = self.text
        left, right = self.sentence_bounds(start, end)
        tokens, years, surface, _ = self.sentence(left, right)
        if self.is_word_cut(left, right, start) or self.is_word_cut(left, right, end):
            # A word running across the number's edge reads differently when cut there: read it as describe_claim does.
            before = content_stems(text[left:start])
            after = content_stems(text[end:right])
        else:
            before = [word for _, token_end, word in tokens if token_end <= start]
            after = [word for token_start, _, word in tokens if token_start >= end]
        words = weigh_words(before, after)
        noun_words = WORD.findall(counted_noun(text, end, noun))
        noun_stems = frozenset(content_stems(" ".join(noun_words)))
        return SuggestionInput(
            claim_id,
            document_id,
            (left, right),
            value,
            words,
            noun_stems,
            years,
            effective_head(noun_head(noun_words), value.unit),
            published,
            figure_id,
            " ".join(noun_words),
            surface,
            suggested_figure_id,
            (start, end),
            converted_number_end(text, start),
        )

    def is_word_cut(self, left: int, right: int, edge: int) -> bool:
        """Return whether a word of the sentence runs across ``edge`` (rare: the number is inside a word)."""
        if not left < edge < right:
            return False
        return any(start < edge < end for start, end in self.sentence(left, right)[3])
