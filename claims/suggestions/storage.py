"""The suggester's database side: read claims and documents in bulk, write suggestions in bulk.

Reads return plain rows and ``SuggestionInput``; writes take what the pure modules
decided. ``suggesting`` calls these; nothing here decides what is suggested.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

from django.db import connection
from django.db.models import Q, QuerySet
from simple_history.utils import bulk_update_with_history

from claims import conflicts
from claims.models import Claim, Equivalence, Figure, FigureStatus, LearnedEquivalence, ReviewStatus
from claims.reconciliation import bump_versions, claim_value, conflict_member
from claims.suggestions.blocking import MIN_COMMON_WORD_CLAIMS
from claims.suggestions.features import (
    ClaimWords,
    Context,
    DocumentText,
    SuggestionInput,
    describe_claim,
    distinctive_numbers,
    document_text,
)
from claims.suggestions.scoring import MAX_DAYS_APART, MAX_RIVAL_RATIO
from claims.suggestions.terms import BUILT_IN, Terms
from corpus.models import Document

# The claim fields the suggester reads (no document text: documents are read once each). The conflict roll-up
# reads them too (``reconciliation.conflict_member``): a field it reads that is missing here costs one query per claim.
CLAIM_FIELDS = (
    "id",
    "anchor",
    "document_id",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "noun",
    "status",
    "rank",
    "corrected_low",
    "corrected_high",
    "corrected_qualifier",
    "corrected_unit",
    "figure_id",
    "suggested_figure_id",
    "subject",
    "event",
    "place",
    "period_start",
    "period_end",
    "period_text",
    "period_precision",
    "attribution",
    "suggested_conflict",
)
# The claim fields an incremental run reads of every stored claim within reach: what ``ClaimWords`` needs.
WINDOW_FIELDS = (
    *("id", "document_id", "start", "end", "unit", "status", "corrected_unit", "subject", "event"),
    *("low", "high", "qualifier"),
)
DOCUMENT_CHUNK = 500
MAX_INCREMENTAL_CLAIMS = 3000
# A stored claim whose value is this many times away from every new claim's cannot score: past the farthest
# rival counts (``scoring.MAX_RIVAL_RATIO``), with room for the ±10% widening of approximate values.
INCREMENTAL_VALUE_REACH = MAX_RIVAL_RATIO * 2


def learned_terms() -> Terms:
    """Return the built-in terms with the equivalences editors taught (``LearnedEquivalence``)."""
    same, different = [], []
    for first, second, relation in LearnedEquivalence.objects.values_list("first", "second", "relation"):
        (same if relation == Equivalence.SAME else different).append((first, second))
    return BUILT_IN.learn(same, different) if same or different else BUILT_IN


def claim_context(claim: Claim) -> Context:
    """Return a stored claim's context as the suggester reads it."""
    return Context(
        claim.subject,
        claim.event,
        claim.place,
        claim.period_start,
        claim.period_end,
        claim.period_precision,
        claim.attribution,
        bool(claim.period_text),
    )


def claim_input(claim: Claim, figure_id: int | None = None, terms: Terms = BUILT_IN) -> SuggestionInput:
    """Return the suggester's view of a stored claim (its document fetched with it)."""
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
        context=claim_context(claim),
        terms=terms,
    )


class DocumentTexts:
    """Documents' texts (split into sentences once, as ``DocumentText``) and publication dates, read in bulk.

    An incremental run keeps one for the whole run: the documents of the claims it reads
    words of are the documents of the claims it then describes.
    """

    def __init__(self) -> None:
        self.found: dict[int, tuple[DocumentText, datetime.date | None]] = {}

    def read(self, document_ids: Iterable[int]) -> None:
        """Read the documents among ``document_ids`` not read yet, ``DOCUMENT_CHUNK`` per query."""
        missing = sorted(set(document_ids) - self.found.keys())
        for at in range(0, len(missing), DOCUMENT_CHUNK):
            chunk = missing[at : at + DOCUMENT_CHUNK]
            for document_id, text, published in Document.objects.filter(pk__in=chunk).values_list(
                "pk", "text", "published"
            ):
                self.found[document_id] = (document_text(text), published)

    def __getitem__(self, document_id: int) -> tuple[DocumentText, datetime.date | None]:
        return self.found[document_id]


def describe_stored_claims(
    claims: Sequence[Claim],
    *,
    keep_suggestions: bool = False,
    terms: Terms | None = None,
    documents: DocumentTexts | None = None,
) -> list[SuggestionInput]:
    """Return the suggester's view of stored claims, reading each document's text once, in bulk.

    With ``keep_suggestions`` each input carries its claim's current suggestion (incremental
    runs). ``terms`` default to ``learned_terms()``; ``documents`` (kept by the caller) are
    read once for several calls, else each chunk of documents is read and let go.
    """
    terms = learned_terms() if terms is None else terms
    by_document: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_document[claim.document_id].append(claim)
    described: dict[int, SuggestionInput] = {}
    document_ids = sorted(by_document)
    for at in range(0, len(document_ids), DOCUMENT_CHUNK):
        chunk = document_ids[at : at + DOCUMENT_CHUNK]
        texts = DocumentTexts() if documents is None else documents
        texts.read(chunk)
        for document_id in chunk:
            document, published = texts[document_id]
            told = Counter(claim.effective_unit for claim in by_document[document_id] if claim.effective_unit)
            # A number whose counted noun the extractor did not find counts what its article counts most
            # (``features.SuggestionInput.unit_read``).
            article_unit = min(told, key=lambda unit: (-told[unit], unit)) if told else ""
            for claim in by_document[document_id]:
                value = claim_value(claim)
                follows = not value.unit and bool(article_unit)
                if follows:
                    value = dataclasses.replace(value, unit=article_unit)
                described[claim.pk] = document.describe(
                    claim.pk,
                    document_id,
                    claim.start,
                    claim.end,
                    value,
                    noun=claim.noun,
                    published=published,
                    figure_id=claim.figure_id,
                    suggested_figure_id=claim.suggested_figure_id if keep_suggestions else None,
                    context=claim_context(claim),
                    terms=terms,
                )
                if follows:
                    described[claim.pk] = dataclasses.replace(described[claim.pk], unit_read=True)
    return [described[claim.pk] for claim in claims]


def stored_claim_words(claims: Sequence[Claim], documents: DocumentTexts, terms: Terms) -> list[ClaimWords]:
    """Return stored claims' ``ClaimWords`` (read with ``WINDOW_FIELDS``), reading their documents once."""
    documents.read(claim.document_id for claim in claims)
    words = []
    for claim in claims:
        document, _ = documents[claim.document_id]
        words.append(
            document.claim_words(
                claim.pk,
                claim.document_id,
                claim.start,
                claim.end,
                claim.effective_unit,
                subject=claim.subject,
                event=claim.event,
                terms=terms,
                numbers=distinctive_numbers(claim_value(claim)),
            )
        )
    return words


def claims_by_id(ids: Sequence[int]) -> list[Claim]:
    """Return the suggestable claims of ``ids`` (read with ``CLAIM_FIELDS``), in the order of ``ids``."""
    found: dict[int, Claim] = {}
    for chunk in in_chunks(ids):
        found.update((claim.pk, claim) for claim in suggestable_claims().filter(pk__in=chunk))
    return [found[pk] for pk in ids if pk in found]


def suggestable_claims() -> QuerySet[Claim]:
    """Return the claims the suggester considers: not rejected, still anchored in their document."""
    return Claim.objects.exclude(status=ReviewStatus.REJECTED).exclude(anchor="orphaned").only(*CLAIM_FIELDS)


def units_of_dimensions(dimensions: Iterable[str]) -> list[str]:
    """Return the stored claims' units that measure one of ``dimensions`` or stand for one (``conflicts.unit_kin``)."""
    wanted = set(dimensions)
    return sorted(unit for unit in stored_units() if conflicts.unit_kin(unit) in wanted)


def stored_units() -> list[str]:
    """Return the distinct units of the stored claims, one step of the unit index per unit.

    ``SELECT DISTINCT unit`` reads every claim (tens of milliseconds per hundred thousand);
    a recursive query asking for the next unit up reads a few index entries per unit, on
    SQLite and PostgreSQL alike.
    """
    table = connection.ops.quote_name(Claim._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH RECURSIVE units(unit) AS (SELECT MIN(unit) FROM {table}"
            f" UNION ALL SELECT (SELECT MIN(unit) FROM {table} WHERE unit > units.unit) FROM units"
            " WHERE units.unit IS NOT NULL) SELECT unit FROM units WHERE unit IS NOT NULL"
        )
        return [unit for (unit,) in cursor.fetchall()]


def stored_claims_within_reach(document_ids: Sequence[int], new_inputs: Sequence[SuggestionInput]) -> list[Claim]:
    """Return the stored claims the new documents' claims are scored against (incremental runs).

    Same unit dimension, documents published within ``MAX_DAYS_APART`` of the new ones (or
    undated), a value within ``INCREMENTAL_VALUE_REACH`` times, the most recent first,
    ``MAX_INCREMENTAL_CLAIMS`` in all (shared among the dimensions, at least 500 each).
    Read with ``WINDOW_FIELDS`` only: their words decide which of them are described in full.
    """
    dimensions = {conflicts.unit_kin(item.unit) for item in new_inputs if item.value.unit}
    units = units_of_dimensions(dimensions)
    dates = list(Document.objects.filter(pk__in=document_ids).values_list("published", flat=True))
    stored = suggestable_claims().exclude(document_id__in=document_ids).only(*WINDOW_FIELDS)
    if dates and None not in dates:
        reach = datetime.timedelta(days=MAX_DAYS_APART)
        stored = stored.filter(
            Q(document__published__isnull=True) | Q(document__published__range=(min(dates) - reach, max(dates) + reach))  # type: ignore[operator]
        )
    rows: list[Claim] = []
    for dimension in sorted(dimensions):
        within = [item for item in new_inputs if item.value.unit and conflicts.unit_kin(item.unit) == dimension]
        wanted = [unit for unit in units if conflicts.unit_kin(unit) == dimension]
        reachable = Q(status="corrected", corrected_unit__in=wanted) | value_reach(within, wanted)
        # The latest documents first: the (document, start) index read backwards stops at the limit.
        rows += stored.filter(reachable).order_by("-document_id", "-start")[
            : max(MIN_COMMON_WORD_CLAIMS * 10, MAX_INCREMENTAL_CLAIMS // len(dimensions))
        ]
    return rows


def unread_members(inputs: Sequence[SuggestionInput]) -> list[Claim]:
    """Return the members not among ``inputs`` of the editors' figures and suggestions that ``inputs`` are in.

    Groups new claims may join are compared whole.
    """
    figure_ids = {item.figure_id for item in inputs if item.figure_id}
    suggestion_ids = {item.suggested_figure_id for item in inputs if item.suggested_figure_id and not item.figure_id}
    if not (figure_ids or suggestion_ids):
        return []
    known = {item.claim_id for item in inputs}
    return [
        claim
        for claim in suggestable_claims()
        .filter(Q(figure_id__in=figure_ids) | Q(figure__isnull=True, suggested_figure_id__in=suggestion_ids))
        .order_by("document_id", "start")
        if claim.pk not in known
    ]


def value_reach(claims: Sequence[SuggestionInput], units: Sequence[str]) -> Q:
    """Return a filter for stored claims of ``units`` whose value may be within reach of one of ``claims``.

    A stored value more than ``INCREMENTAL_VALUE_REACH`` times below the lowest or above the
    highest new value (on the dimension's base scale) is past ``MAX_RIVAL_RATIO`` even
    after widening, so it cannot score. Open ends and values at or below zero set no bound.
    """
    intervals = [conflicts.base_interval(item.value) for item in claims]
    lows = [interval.low for interval in intervals]
    highs = [interval.high for interval in intervals]
    lowest = None if None in lows else min(low for low in lows if low is not None)
    highest = None if None in highs else max(high for high in highs if high is not None)
    reach = Q()
    for unit in units:
        scale = conflicts.unit_scale(unit)
        condition = Q(unit=unit)
        if lowest is not None and lowest > 0:
            bound = lowest / INCREMENTAL_VALUE_REACH / scale
            condition &= Q(high__isnull=True) | Q(high__lte=0) | Q(high__gte=decimal_floor(bound))
        if highest is not None and highest > 0:
            bound = highest * INCREMENTAL_VALUE_REACH / scale
            condition &= Q(low__isnull=True) | Q(low__lte=decimal_ceiling(bound))
        reach |= condition
    return reach


def decimal_floor(number: Fraction) -> Decimal:
    """Return a decimal at or just below a fraction (six places, as claims store values).

    >>> decimal_floor(Fraction(1, 3)), decimal_ceiling(Fraction(1, 3))
    (Decimal('0.333333'), Decimal('0.333334'))
    """
    return Decimal(math.floor(number * 10**6)) / 10**6


def decimal_ceiling(number: Fraction) -> Decimal:
    return Decimal(math.ceil(number * 10**6)) / 10**6


def in_chunks(ids: Sequence[int], size: int = 900) -> Iterable[list[int]]:
    ids = list(ids)
    for at in range(0, len(ids), size):
        yield ids[at : at + size]


def store_suggestion_conflicts(
    figures: Sequence[Figure], members: Mapping[int, Sequence[Claim]], unsuggested: Iterable[Claim] = ()
) -> None:
    """Store each suggested figure's conflict and each of its claims' ``suggested_conflict`` (``conflicts.roll_up``).

    One UPDATE per conflict state and chunk, not per figure. ``members`` maps each figure's
    id to the claims it holds for the roll-up (an editor's figure: its claims and those
    suggested for it), read with ``CLAIM_FIELDS``: the roll-up sees them exactly as
    ``recompute_conflicts`` does. Only claims in no editor's figure take a suggested
    conflict; ``unsuggested`` claims (in no suggestion now) have theirs cleared.
    """
    figure_states: dict[str, list[int]] = defaultdict(list)
    claim_states: dict[str, list[int]] = defaultdict(list)
    for figure in figures:
        held = members[figure.pk]
        rolled = conflicts.roll_up([conflict_member(claim) for claim in held])
        if figure.status == FigureStatus.SUGGESTED and figure.conflict != rolled.conflict:
            figure.conflict = rolled.conflict
            figure_states[rolled.conflict].append(figure.pk)
        for claim, state in zip(held, rolled.member_conflicts, strict=True):
            if claim.figure_id is None and claim.suggested_conflict != state:
                claim.suggested_conflict = state
                claim_states[state].append(claim.pk)
    for claim in unsuggested:
        if claim.suggested_conflict:
            claim.suggested_conflict = ""
            claim_states[""].append(claim.pk)
    for state, ids in figure_states.items():
        for chunk in in_chunks(ids):
            Figure.objects.filter(pk__in=chunk).update(conflict=state)
    for state, ids in claim_states.items():
        for chunk in in_chunks(ids):
            Claim.objects.filter(pk__in=chunk).update(suggested_conflict=state)


def store_suggested_figures(targets: Mapping[int, int | None]) -> None:
    """Point claims at their suggested figures: one UPDATE ... FROM (VALUES ...) per 5,000 claims.

    Django's ``bulk_update`` builds a CASE over every row, which costs seconds per ten
    thousand claims; both SQLite (3.33+) and PostgreSQL join a VALUES list instead.
    """
    table = connection.ops.quote_name(Claim._meta.db_table)
    items = sorted(targets.items())
    with connection.cursor() as cursor:
        for at in range(0, len(items), 5000):
            chunk = items[at : at + 5000]
            rows = ", ".join(["(%s, %s)"] * len(chunk))
            cursor.execute(
                # The version is bumped as ``reconciliation.bump_versions`` does: an editor's open form goes stale.
                f"UPDATE {table} SET suggested_figure_id = CAST(v.column2 AS BIGINT), version = version + 1"
                f" FROM (VALUES {rows}) AS v"
                f" WHERE {table}.id = CAST(v.column1 AS BIGINT)",
                [number for pair in chunk for number in pair],
            )


# What a run writes of a suggestion it keeps (``explaining.suggestion_fields`` and the version it bumps).
SUGGESTION_FIELDS = ("title", "unit", "scope", "period", "suggestion_reason", "version")


def store_kept_suggestions(figures: Sequence[Figure]) -> None:
    """Write the ``SUGGESTION_FIELDS`` of suggestions a full run keeps, with history: one UPDATE per 1,000 figures.

    An UPDATE ... FROM (VALUES ...), as ``store_suggested_figures`` does: Django's
    ``bulk_update`` builds a CASE per field over every row, seconds per few thousand figures.
    """
    table = connection.ops.quote_name(Figure._meta.db_table)
    assignments = ", ".join(
        f"{connection.ops.quote_name(Figure._meta.get_field(name).column)} = CAST(v.column{at} AS "
        f"{'INTEGER' if name == 'version' else 'TEXT'})"
        for at, name in enumerate(SUGGESTION_FIELDS, start=2)
    )
    with connection.cursor() as cursor:
        for at in range(0, len(figures), 1000):
            chunk = figures[at : at + 1000]
            rows = ", ".join(["(" + ", ".join(["%s"] * (len(SUGGESTION_FIELDS) + 1)) + ")"] * len(chunk))
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM (VALUES {rows}) AS v WHERE {table}.id = CAST(v.column1 AS BIGINT)",
                [value for figure in chunk for value in (figure.pk, *(getattr(figure, n) for n in SUGGESTION_FIELDS))],
            )
    # No fields: the rows are written above; django-simple-history records each figure as it now stands.
    bulk_update_with_history(figures, Figure, [], batch_size=500)


def save_suggestion(fields: Mapping[str, str], suggestion_id: int | None) -> Figure:
    """Update an earlier suggestion's fields (with history), or create a new suggestion; return it."""
    if suggestion_id is None:
        return Figure.objects.create(status=FigureStatus.SUGGESTED, **fields)
    figure = Figure.objects.select_for_update().get(pk=suggestion_id)
    if any(getattr(figure, field) != value for field, value in fields.items()):
        bump_versions([figure])
    for field, value in fields.items():
        setattr(figure, field, value)
    figure.save()
    return figure


def move_claims(targets: Mapping[int, int | None], rows: Mapping[int, Claim]) -> set[int]:
    """Point claims (by id, among ``rows``) at new suggested figures; return the suggestions they left."""
    changed = []
    left_behind = set()
    for claim_id, figure_id in targets.items():
        claim = rows[claim_id]
        if claim.suggested_figure_id != figure_id:
            if claim.suggested_figure_id is not None:
                left_behind.add(claim.suggested_figure_id)
            claim.suggested_figure_id = figure_id
            changed.append(claim)
    store_suggested_figures({claim.pk: claim.suggested_figure_id for claim in changed})
    store_suggestion_conflicts([], {}, [claim for claim in changed if claim.suggested_figure_id is None])
    return left_behind


def earlier_suggestions(ids: Sequence[int]) -> dict[int, Figure]:
    """Return the suggested figures among ``ids``, by id."""
    found: dict[int, Figure] = {}
    for chunk in in_chunks(ids):
        found.update(
            (figure.pk, figure)
            for figure in Figure.objects.select_for_update().filter(pk__in=chunk, status=FigureStatus.SUGGESTED)
        )
    return found


def delete_empty_suggestions(ids: Sequence[int]) -> None:
    """Delete the suggested figures among ``ids`` that no claim points at any more."""
    for chunk in in_chunks(ids):
        Figure.objects.filter(status=FigureStatus.SUGGESTED, pk__in=chunk).filter(
            suggested_claims__isnull=True, claims__isnull=True
        ).delete()
