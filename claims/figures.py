"""Figure suggestions: propose which claims report one real-world quantity, and say why.

Two claims are likely to report one quantity when

- their units measure the same thing (durations compared in one unit),
- their counted nouns are compatible and the words of their sentences overlap, weighted
  by how rare a word is among the claims compared (``similarity``),
- their values are of one magnitude (a hard conflict is allowed, "about 200" against
  "about 600" is exactly what an editor must see, but not a factor of five or more), and
- they are close in time: years named in their sentences do not differ, and known
  publication dates are less than ``MAX_DAYS_APART`` apart.

Two numbers in one sentence never report one quantity ("54 organizations and seven
individuals"). Claims are grouped by average linkage: a group grows while the mean
score over all its pairs stays above ``THRESHOLD``. Claims already in an editor's figure
pull new claims into a suggestion for that figure; other groups of two or more become
figures with status "suggested". Nothing joins a figure for good until an editor accepts.

The pure part (``SuggestionInput``, ``score_pair``, ``group_claims``) uses no database;
``suggest_figures`` and ``suggest_figures_for_documents`` read and write the rows.
"""
from __future__ import annotations

import dataclasses
import datetime
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from claims import conflicts

THRESHOLD = 0.45
MAX_DAYS_APART = 400
MAX_MAGNITUDE_RATIO = 5
NEAR_TOKENS = 4
TEXT_WEIGHT = 0.55
NOUN_WEIGHT = 0.2
VALUE_WEIGHT = 0.25
SAME_DOCUMENT_BONUS = 0.1
MIN_COMMON_WORD_CLAIMS = 50

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our ours out over own same she should so some
    such than that the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours said says
    say according told tell one two three four five six seven eight nine ten eleven twelve dozen dozens
    hundred hundreds thousand thousands million millions billion percent per cent many as least most
    nearly around roughly approximately almost estimated reportedly up than mr ms mrs yet still even
    including include includes ago last next new year years month months day days week weeks time
    may might must shall being get got like well back since ever""".split()
)
GENERIC_NOUNS = frozenset("people person persons others individual individuals one ones such them those".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ees", "ies", "ied", "ers", "es", "ed", "er", "s")


def stem(word: str) -> str:
    """Return a crude stem so that inflections of one word meet.

    >>> [stem(w) for w in ["detained", "detainees", "Organizations", "countries", "China's"]]
    ['detain', 'detain', 'organiz', 'countr', 'china']
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> list[str]:
    """Return the stems of the words of a text that carry meaning (no stopwords, no numbers).

    >>> content_stems("Some 2,000 such people have been detained in China")
    ['people', 'detain', 'china']
    """
    return [stem(word) for word in _WORD.findall(text) if word.lower() not in STOPWORDS and len(word) > 1]


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence holding ``text[start:end]``.

    >>> text = "First one. Some 30 defectors face repatriation. Next."
    >>> left, right = sentence_bounds(text, 16, 18)
    >>> text[left:right]
    'Some 30 defectors face repatriation.'
    """
    left, right = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def counted_noun(text: str, end: int, noun: str = "") -> str:
    """Return the counted noun: the one given, or the words right after the number.

    >>> counted_noun("Dozens of human rights organizations and experts", 6)
    'human rights organizations'
    >>> counted_noun("54 participating organizations", 2, "organizations")
    'organizations'
    """
    if noun:
        return noun
    words = _WORD.findall(text[end : end + 60])
    if words and words[0].lower() == "of":
        words = words[1:]
    picked: list[str] = []
    for i, word in enumerate(words[:3]):
        if word.lower() in STOPWORDS and word.lower() not in GENERIC_NOUNS:
            break
        picked.append(word)
        following = words[i + 1] if i + 1 < len(words) else ""
        if word.lower().endswith("s") and not following.lower().endswith("s"):
            break
    return " ".join(picked)


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

    @property
    def dimension(self) -> str:
        return conflicts.unit_dimension(self.value.unit)


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
    words: dict[str, float] = {}
    for i, word in enumerate(reversed(before)):
        words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
    for i, word in enumerate(after):
        words[word] = max(words.get(word, 0.0), 2.0 if i < NEAR_TOKENS else 1.0)
    noun_words = _WORD.findall(counted_noun(text, end, noun))
    noun_stems = frozenset(content_stems(" ".join(noun_words)))
    head = noun_head(noun_words)
    years = frozenset(int(y) for y in _YEAR.findall(text[left:right]))
    surface: dict[str, str] = {}
    for word in _WORD.findall(text[left:right]):
        surface.setdefault(stem(word), word.lower())
    return SuggestionInput(
        claim_id, document_id, (left, right), value, words, noun_stems, years, head, published, figure_id,
        " ".join(noun_words), surface,
    )


def noun_head(words: Sequence[str]) -> str:
    """Return the stem of a counted noun's head word; "" when it is generic or a nationality.

    >>> noun_head(["human", "rights", "organizations"]), noun_head(["North", "Koreans"]), noun_head(["people"])
    ('organiz', '', '')
    """
    if not words:
        return ""
    last = words[-1]
    if last.lower() in GENERIC_NOUNS or last.lower() in STOPWORDS or last[:1].isupper():
        return ""
    return stem(last)


def idf_weights(inputs: Sequence[SuggestionInput]) -> dict[str, float]:
    """Return each word's inverse document frequency among the claims compared."""
    counts = Counter(word for item in inputs for word in item.words)
    total = len(inputs)
    return {word: math.log((1 + total) / (1 + count)) + 1 for word, count in counts.items()}


def representative(value: conflicts.Value) -> Fraction | None:
    interval = conflicts.widened_interval(value)
    ends = [end for end in (interval.low, interval.high) if end is not None]
    return sum(ends, Fraction(0)) / len(ends) if ends else None


def magnitude_ratio(a: conflicts.Value, b: conflicts.Value) -> Fraction:
    """Return how far apart two values are as a ratio (1 when their widened intervals overlap).

    >>> magnitude_ratio(conflicts.Value.of(200, 200, "approximate"), conflicts.Value.of(600, 600, "approximate"))
    Fraction(27, 11)
    >>> magnitude_ratio(conflicts.Value.of(24, 99, "vague"), conflicts.Value.of(54, 54))
    Fraction(1, 1)
    """
    wa, wb = conflicts.widened_interval(a, b), conflicts.widened_interval(b, a)
    if wa.overlaps(wb):
        return Fraction(1)
    if wa.high is not None and wb.low is not None and wa.high < wb.low:
        small, large = wa.high, wb.low
    else:
        assert wb.high is not None and wa.low is not None
        small, large = wb.high, wa.low
    if small <= 0:
        return Fraction(10**9)
    return large / small


def are_nouns_compatible(head_a: str, head_b: str) -> bool:
    """Return whether two counted nouns may count the same things (by their head words).

    A generic noun ("people", "others") or a nationality ("North Koreans") fits anything.

    >>> are_nouns_compatible("defector", ""), are_nouns_compatible("athlet", "activist")
    (True, False)
    """
    return not head_a or not head_b or head_a == head_b


def is_time_compatible(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims can be about one time: named years agree, publication dates are close."""
    if a.years and b.years:
        return bool(a.years & b.years)
    if a.published and b.published and abs((a.published - b.published).days) > MAX_DAYS_APART:
        return False
    return True


@dataclasses.dataclass(frozen=True)
class PairScore:
    score: float
    shared: tuple[str, ...]


def anchor_numbers(value: conflicts.Value) -> frozenset[Decimal]:
    return frozenset(end for end in (value.low, value.high) if end is not None)


def value_agreement(a: conflicts.Value, b: conflicts.Value) -> float:
    """Return how well two values agree, from 1 (the same numbers) down to 0.

    Two exact values that differ agree not at all: one article rarely states one quantity
    as 17 and as 63, while "about 200" against "about 600" is a conflict worth showing.

    >>> V = conflicts.Value.of
    >>> value_agreement(V(None, 2000, "at_most"), V(2000, 2000, "approximate"))
    1.0
    >>> value_agreement(V(24, 99, "vague"), V(30, 30, "approximate")), value_agreement(V(17, 17), V(63, 63))
    (0.6, 0.0)
    """
    if a.qualifier != "vague" and b.qualifier != "vague" and anchor_numbers(a) == anchor_numbers(b):
        return 1.0
    if conflicts.base_interval(a).overlaps(conflicts.base_interval(b)):
        return 0.6
    ratio = magnitude_ratio(a, b)
    if ratio == 1:
        return 0.3
    if a.qualifier == "exact" and b.qualifier == "exact":
        return 0.0
    return 0.3 / float(ratio)


def noun_agreement(head_a: str, head_b: str) -> float:
    """Return 1 when two counted nouns have one head word, 0.5 when one is generic or unknown."""
    return 1.0 if head_a and head_a == head_b else 0.5


def cosine(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    va = {word: weight * idf.get(word, 1.0) for word, weight in a.items()}
    vb = {word: weight * idf.get(word, 1.0) for word, weight in b.items()}
    dot = sum(va[word] * vb[word] for word in set(va) & set(vb))
    norm = math.sqrt(sum(v * v for v in va.values())) * math.sqrt(sum(v * v for v in vb.values()))
    return dot / norm if norm else 0.0


def score_pair(a: SuggestionInput, b: SuggestionInput, idf: Mapping[str, float]) -> PairScore:
    """Return how likely two claims report one quantity (0 when a rule rules it out) and the shared words.

    The score mixes the similarity of the two sentences (rare words weigh more, words next
    to the number double), agreement of counted nouns and of values, and a small bonus for
    two claims of one document. With neither a specific noun nor a word next to the number
    in common ("two people killed" against "two people injured") it is halved.
    """
    none = PairScore(0.0, ())
    if a.dimension != b.dimension or not a.value.unit:
        return none
    if a.document_id == b.document_id and a.sentence == b.sentence:
        return none
    if not is_time_compatible(a, b) or not are_nouns_compatible(a.head, b.head):
        return none
    if magnitude_ratio(a.value, b.value) >= MAX_MAGNITUDE_RATIO:
        return none
    shared = set(a.words) & set(b.words)
    if not shared:
        return none
    text = cosine(a.words, b.words, idf)
    nouns = noun_agreement(a.head, b.head)
    values = value_agreement(a.value, b.value)
    score = TEXT_WEIGHT * text + NOUN_WEIGHT * nouns + VALUE_WEIGHT * values
    if a.document_id == b.document_id and values >= 0.6:
        # One article repeats its own figures (a headline and the body); it rarely restates them differently.
        score += SAME_DOCUMENT_BONUS
    near_a = {word for word, weight in a.words.items() if weight > 1}
    near_b = {word for word, weight in b.words.items() if weight > 1}
    if nouns < 1 and not (near_a & near_b) - GENERIC_NOUNS:
        score /= 2
    top = sorted(shared, key=lambda word: -(a.words[word] * b.words[word] * idf.get(word, 1.0) ** 2))
    return PairScore(score, tuple(top[:5]))


@dataclasses.dataclass
class Group:
    """Claims the suggester puts together, the editor's figure they join (if any), and why."""

    members: list[SuggestionInput]
    figure_id: int | None = None
    reason: str = ""

    @property
    def claim_ids(self) -> list[int]:
        return [member.claim_id for member in self.members]


def group_claims(inputs: Sequence[SuggestionInput], threshold: float = THRESHOLD) -> list[Group]:
    """Return the groups of claims likely to report one quantity, with a reason for each.

    Claims with a ``figure_id`` are an editor's figures: each such figure starts as one
    group, two of them never merge, and a group that holds one proposes its new claims for
    it. Groups with no editor's figure are returned only when they hold two or more claims.

    >>> V = conflicts.Value.of
    >>> text = "Some 2,000 people were detained in China. Officials denied it. About 2,100 people are detained in China."
    >>> a = describe_claim(1, 1, text, 0, 10, V(2000, 2000, "approximate", "person"))
    >>> b = describe_claim(2, 1, text, 64, 75, V(2100, 2100, "approximate", "person"))
    >>> [g.claim_ids for g in group_claims([a, b])]
    [[1, 2]]
    """
    idf = idf_weights(inputs)
    by_dimension: dict[str, list[int]] = defaultdict(list)
    for index, item in enumerate(inputs):
        if item.value.unit:
            by_dimension[item.dimension].append(index)
    scores: dict[tuple[int, int], PairScore] = {}
    for indexes in by_dimension.values():
        index_by_word: dict[str, list[int]] = defaultdict(list)
        for index in indexes:
            for word in inputs[index].words:
                index_by_word[word].append(index)
        candidates = set()
        # A word shared by most claims ("government") finds no pair the rarer words miss, at quadratic cost.
        common = max(MIN_COMMON_WORD_CLAIMS, len(indexes) // 5)
        for members in index_by_word.values():
            if len(members) > common:
                continue
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    candidates.add((min(i, j), max(i, j)))
        for i, j in candidates:
            pair = score_pair(inputs[i], inputs[j], idf)
            if pair.score > 0:
                scores[(i, j)] = pair

    cluster_of = list(range(len(inputs)))
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(inputs))}
    anchored: dict[int, int | None] = {i: inputs[i].figure_id for i in range(len(inputs))}
    for i in range(len(inputs)):
        figure_id = inputs[i].figure_id
        if figure_id is None:
            continue
        first = next(k for k in range(len(inputs)) if inputs[k].figure_id == figure_id)
        if first != i:
            clusters[first].append(i)
            del clusters[i]
            cluster_of[i] = first

    def mean_link(x: int, y: int) -> float:
        total = 0.0
        for i in clusters[x]:
            for j in clusters[y]:
                pair = scores.get((min(i, j), max(i, j)))
                if pair is None:
                    if inputs[i].document_id == inputs[j].document_id and inputs[i].sentence == inputs[j].sentence:
                        return 0.0
                    continue
                total += pair.score
        return total / (len(clusters[x]) * len(clusters[y]))

    for (i, j), _pair in sorted(scores.items(), key=lambda item: -item[1].score):
        x, y = cluster_of[i], cluster_of[j]
        if x == y or (anchored[x] is not None and anchored[y] is not None):
            continue
        if mean_link(x, y) < threshold:
            continue
        keep, gone = (x, y) if anchored[y] is None else (y, x)
        clusters[keep].extend(clusters.pop(gone))
        for k in clusters[keep]:
            cluster_of[k] = keep

    groups = []
    for key, indexes in clusters.items():
        figure_id = anchored[key]
        members = [inputs[i] for i in sorted(indexes, key=lambda i: (inputs[i].document_id, inputs[i].sentence))]
        if figure_id is None and len(members) < 2:
            continue
        if figure_id is not None and all(member.figure_id is not None for member in members):
            continue
        pair_words = Counter(
            word for (i, j), pair in scores.items() if i in indexes and j in indexes for word in pair.shared
        )
        groups.append(Group(members, figure_id, explain_group(members, pair_words)))
    return groups


def format_number(number: Decimal | None) -> str:
    if number is None:
        return "open"
    return f"{number.normalize():,f}"


def explain_group(members: Sequence[SuggestionInput], shared_words: Counter[str]) -> str:
    """Return a sentence or three saying why these claims were grouped."""
    units = sorted({conflicts.normalize_unit(m.value.unit) for m in members})
    documents = len({m.document_id for m in members})
    values = sorted(
        {f"{m.value.qualifier} [{format_number(m.value.low)}, {format_number(m.value.high)}]" for m in members}
    )
    dates = sorted({m.published for m in members if m.published})
    years = sorted({year for m in members for year in m.years})
    parts = [
        f"{len(members)} claims from {documents} document{'s' if documents != 1 else ''}",
        f"unit {' = '.join(units)}" + (" (durations compared in one unit)" if len(units) > 1 else ""),
    ]
    noun_texts = Counter(m.noun_text.lower() for m in members if m.noun_text)
    if noun_texts:
        parts.append("counted noun " + " / ".join(f"“{text}”" for text, _ in noun_texts.most_common(3)))
    if shared_words:
        surface = {stem_: word for m in members for stem_, word in m.surface.items()}
        shown = [surface.get(word, word) for word, _ in shared_words.most_common(6)]
        parts.append("shared words in the sentences: " + ", ".join(shown))
    parts.append("values " + "; ".join(values[:6]))
    if dates:
        parts.append(f"published {dates[0]:%Y-%m-%d}" + (f" to {dates[-1]:%Y-%m-%d}" if dates[-1] != dates[0] else ""))
    if years:
        parts.append("years named: " + ", ".join(str(y) for y in years))
    values_in = [conflicts.classify_conflict(a.value, b.value) for i, a in enumerate(members) for b in members[i + 1 :]]
    state = conflicts.worst(values_in)
    parts.append({"": "no conflict", "soft": "a soft conflict", "hard": "a hard conflict"}[state] + " among them")
    return "Grouped: " + "; ".join(parts) + "."


def suggest_title(members: Sequence[SuggestionInput], words: Iterable[str] = ()) -> str:
    """Return a working title for a suggested figure: its counted noun and most telling words.

    >>> m = describe_claim(1, 1, "Some 30 defectors were detained.", 0, 7, conflicts.Value.of(30, 30, "approximate", "person"))
    >>> suggest_title([m], ["detain"])
    'defectors (person): detained'
    """
    nouns = Counter(m.noun_text.lower() for m in members if m.head)
    unit = conflicts.normalize_unit(members[0].value.unit)
    noun = nouns.most_common(1)[0][0] if nouns else unit
    surface = {stem_: word for m in members for stem_, word in m.surface.items()}
    extra = [surface.get(w, w) for w in words if w not in {m.head for m in members}][:3]
    return f"{noun} ({unit})" + (": " + ", ".join(extra) if extra else "")


# --- the database side -------------------------------------------------------------------


def claim_input(claim: Any, figure_id: int | None = None) -> SuggestionInput:
    """Return the suggester's view of a stored claim (its document fetched with it)."""
    from claims.reconciliation import claim_value

    document = claim.document
    return describe_claim(
        claim.pk,
        claim.document_id,
        document.text,
        claim.start,
        claim.end,
        claim_value(claim),
        noun=claim.noun,
        published=document.published,
        figure_id=figure_id,
    )


def suggest_figures(units: Iterable[str] | None = None) -> list[Any]:
    """Propose figures for the claims no editor has put in a figure; return the suggested figures.

    Earlier suggestions for the same claims are reused when they hold the same claims, and
    dropped when nothing points at them any more. ``units`` limits the run to claims of
    those units' dimensions (for new documents); by default every claim is considered.
    """
    from django.db import transaction

    from claims.models import Claim, Figure, FigureStatus, ReviewStatus
    from claims.reconciliation import recompute_conflicts

    claims = Claim.objects.exclude(status=ReviewStatus.REJECTED).exclude(anchor="orphaned").select_related("document")
    if units is not None:
        dimensions = {conflicts.unit_dimension(unit) for unit in units if unit}
        wanted = [unit for unit in Claim.objects.values_list("unit", flat=True).distinct()
                  if conflicts.unit_dimension(unit) in dimensions]
        claims = claims.filter(unit__in=wanted)
    rows = list(claims.order_by("document_id", "start"))
    inputs = [claim_input(claim, claim.figure_id) for claim in rows]
    groups = group_claims(inputs)

    with transaction.atomic():
        unassigned = [claim for claim in rows if claim.figure_id is None]
        old_suggestions: dict[int, set[int]] = defaultdict(set)
        for claim in unassigned:
            if claim.suggested_figure_id is not None:
                old_suggestions[claim.suggested_figure_id].add(claim.pk)
        suggested_by_id = {
            figure.pk: figure
            for figure in Figure.objects.filter(pk__in=list(old_suggestions), status=FigureStatus.SUGGESTED)
        }
        new_target: dict[int, int | None] = {claim.pk: None for claim in unassigned}
        made: list[Any] = []
        for group in groups:
            new_ids = [m.claim_id for m in group.members if m.figure_id is None]
            if group.figure_id is not None:
                figure = Figure.objects.get(pk=group.figure_id)
            else:
                figure = None
                best = max(suggested_by_id.values(), default=None,
                           key=lambda f: len(old_suggestions[f.pk] & set(new_ids)))
                if best is not None and old_suggestions[best.pk] & set(new_ids):
                    figure = suggested_by_id.pop(best.pk)
                words = [w for w, _ in Counter(
                    w for m in group.members for w, weight in m.words.items() if weight > 1
                ).most_common(6) if not w.isdigit()]
                fields = {
                    "title": suggest_title(group.members, words)[:300],
                    "unit": conflicts.normalize_unit(group.members[0].value.unit),
                    "suggestion_reason": group.reason,
                }
                if figure is None:
                    figure = Figure.objects.create(status=FigureStatus.SUGGESTED, **fields)
                else:
                    for field, value in fields.items():
                        setattr(figure, field, value)
                    figure.save()
                made.append(figure)
            for claim_id in new_ids:
                new_target[claim_id] = figure.pk
        changed = [claim for claim in unassigned if claim.suggested_figure_id != new_target[claim.pk]]
        for claim in changed:
            claim.suggested_figure_id = new_target[claim.pk]
        Claim.objects.bulk_update(changed, ["suggested_figure"])
        stale = Figure.objects.filter(status=FigureStatus.SUGGESTED, pk__in=list(suggested_by_id))
        stale.filter(suggested_claims__isnull=True, claims__isnull=True).delete()
        for figure in made:
            if figure.status == FigureStatus.SUGGESTED:
                recompute_conflicts(figure)
    return made


def suggest_figures_for_documents(document_ids: Iterable[int]) -> list[Any]:
    """Propose figures after new documents arrive: rerun suggestions for the units their claims use."""
    from claims.models import Claim

    units = set(Claim.objects.filter(document_id__in=list(document_ids)).values_list("unit", flat=True))
    units.discard("")
    if not units:
        return []
    return suggest_figures(units)
