"""Re-reading stored documents after a rule change: the current extractor and lexicon over every stored text.

Every editor decision stays: a claim an editor has reviewed, corrected, ranked or placed in a
figure keeps its reading, and the new one is recorded beside it (``ReadingChange``, not
applied) for the editor to look at. A claim no editor has touched takes the new reading, and
the old one is recorded. Numbers newly read become new claims. A claim the extractor no
longer reads is kept, marked ``unread_since`` the lexicon version, and counted; it is never
deleted. Orphaned claims point into an earlier text and are left alone. Running it again with
the same extractor and lexicon changes nothing.

A claim's context (``claims.ingest.CONTEXT_FIELDS``: its sentence, what is counted, the event,
where, when, the source named and the hedge) is refreshed for every claim still read, edited or
not, and no ``ReadingChange`` records it. The context is the machine's reading of the words
around the number, not a decision: editors review and correct a claim's value, unit and
qualifier and place it in figures, never its context, so a better extractor's context takes
nothing from them; and the records exist for editors to look at changed values, which a
record per refreshed subject or place would bury. A claim whose value or unit changed is
recorded as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation

from django.db import transaction
from simple_history.utils import bulk_update_with_history

from claims import extraction
from claims.extraction import ExtractedClaim
from claims.ingest import (
    CONTEXT_FIELDS,
    claims_from_extracted,
    extracted_values,
    overlaps,
    sentence_index,
    write_first_history,
)
from claims.models import VALUE_PLACES, Anchor, Claim, ReadingChange, ReadingKind
from claims.reconciliation import bump_versions
from corpus.models import Document

# The fields that make a reading; a claim whose stored values differ from these was read differently.
# Its context (``CONTEXT_FIELDS``) is refreshed apart, never recorded (see the module's docstring).
COMPARED = ("start", "end", "quote", "low", "high", "qualifier", "unit", "noun", "rule")
READING_FIELDS = (*COMPARED, "prefix", "suffix", "extractor_version", "unread_since", *CONTEXT_FIELDS)
STEP = Decimal(1).scaleb(-VALUE_PLACES)


@dataclasses.dataclass
class ReextractReport:
    """Counts of one re-reading: documents read, and claims unchanged, changed, added and no longer read.

    ``changed`` counts the claims whose new reading was recorded in this run; ``held`` those of
    them that kept their reading because an editor had decided about them; ``context`` the
    claims still read whose context was read differently and refreshed (recorded nowhere).
    """

    lexicon_version: str = ""
    documents: int = 0
    unchanged: int = 0
    changed: int = 0
    held: int = 0
    added: int = 0
    unread: int = 0
    context: int = 0

    def add(self, other: ReextractReport) -> None:
        for field in ("documents", "unchanged", "changed", "held", "added", "unread", "context"):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def summary(self) -> str:
        """Return one line with every count."""
        return (
            f"{self.documents} documents read again with lexicon {self.lexicon_version}: "
            f"{self.unchanged} claims unchanged, {self.changed} changed ({self.held} kept as editors decided), "
            f"{self.added} added, {self.unread} no longer read; "
            f"{self.context} with their context read again"
        )


def as_stored(value: object) -> object:
    """Return a value as the database keeps it (decimals to ``VALUE_PLACES`` places), to compare with a stored one.

    >>> as_stored(Decimal("0.3333333333")), as_stored("person")
    (Decimal('0.333333'), 'person')
    """
    if isinstance(value, Decimal):
        try:
            return value.quantize(STEP)
        except InvalidOperation:
            return value
    return value


def is_read_the_same(claim: Claim, values: dict[str, object]) -> bool:
    return all(as_stored(getattr(claim, name)) == as_stored(values[name]) for name in COMPARED)


def pair_readings(
    claims: Sequence[Claim], found: Sequence[ExtractedClaim]
) -> tuple[list[tuple[Claim, ExtractedClaim]], list[ExtractedClaim], list[Claim]]:
    """Pair stored claims with what the extractor reads now: same span first, then overlapping spans.

    Return the pairs, the readings no stored claim has (new claims) and the claims no reading
    has (no longer read).
    """
    by_span = {(claim.start, claim.end): claim for claim in claims}
    paired: list[tuple[Claim, ExtractedClaim]] = []
    used: set[int] = set()
    unmatched: list[ExtractedClaim] = []
    for reading in found:
        claim = by_span.get((reading.start, reading.end))
        if claim is not None and claim.pk not in used:
            paired.append((claim, reading))
            used.add(claim.pk)
        else:
            unmatched.append(reading)
    new: list[ExtractedClaim] = []
    for reading in unmatched:
        claim = next((c for c in claims if c.pk not in used and overlaps(c, reading)), None)
        if claim is None:
            new.append(reading)
        else:
            paired.append((claim, reading))
            used.add(claim.pk)
    return paired, new, [claim for claim in claims if claim.pk not in used]


def record(
    claim: Claim, kind: str, version: str, *, applied: bool, new: dict[str, object] | None = None
) -> ReadingChange:
    """Return an unsaved record of a claim's reading before (as stored now) and after."""
    new = new or {}
    return ReadingChange(
        claim=claim,
        kind=kind,
        lexicon_version=version,
        applied=applied,
        old_quote=claim.quote,
        old_low=claim.low,
        old_high=claim.high,
        old_qualifier=claim.qualifier,
        old_unit=claim.unit,
        new_quote=str(new.get("quote", "")),
        new_low=new.get("low"),
        new_high=new.get("high"),
        new_qualifier=str(new.get("qualifier", "")),
        new_unit=str(new.get("unit", "")),
    )


def is_already_recorded(claim: Claim, values: dict[str, object], version: str) -> bool:
    """Return whether an earlier run recorded this same unapplied reading for an edited claim."""
    latest = next(iter(claim.reading_changes.all()), None)  # prefetched, newest first
    return (
        latest is not None
        and not latest.applied
        and latest.lexicon_version == version
        and (
            latest.new_quote,
            as_stored(latest.new_low),
            as_stored(latest.new_high),
            latest.new_qualifier,
            latest.new_unit,
        )
        == (values["quote"], as_stored(values["low"]), as_stored(values["high"]), values["qualifier"], values["unit"])
    )


def take_context(claim: Claim, values: dict[str, object]) -> bool:
    """Give a claim the context fields of a reading (``values``); return whether any of them changed."""
    changed = False
    for name in CONTEXT_FIELDS:
        if as_stored(getattr(claim, name)) != as_stored(values[name]):
            setattr(claim, name, values[name])
            changed = True
    return changed


def reextract_document(document: Document) -> ReextractReport:
    """Read one stored document again and store what changed, in one transaction; return its counts.

    Every claim still read takes the context read now, even one an editor decided about, and
    no record is kept of it (the module's docstring says why); its value and unit follow the
    rules for readings.
    """
    version = extraction.LEXICON_VERSION
    found = extraction.extract_claims(document.text, document.published)
    sentences = sentence_index(document.text, found)
    report = ReextractReport(lexicon_version=version, documents=1)
    with transaction.atomic():
        claims = list(
            document.claims.exclude(anchor=Anchor.ORPHANED)
            .select_for_update()
            .prefetch_related("reading_changes")
            .order_by("start", "id")
        )
        paired, new, unread = pair_readings(claims, found)
        updated: dict[int, Claim] = {}  # by id: a claim may change in its context and its reading
        changes: list[ReadingChange] = []
        for claim, reading in paired:
            values = extracted_values(reading, document.text, sentences)
            if take_context(claim, values):
                report.context += 1
                updated[claim.pk] = claim
            if is_read_the_same(claim, values) and not claim.unread_since:
                report.unchanged += 1
                continue
            if claim.is_edited:
                # The claim keeps its reading; the editor is told once what the extractor reads now.
                told = is_read_the_same(claim, values) or is_already_recorded(claim, values, version)
                if not told:
                    changes.append(record(claim, ReadingKind.CHANGED, version, applied=False, new=values))
                    report.held += 1
                was_unread = bool(claim.unread_since)
                if was_unread:
                    if told:
                        changes.append(record(claim, ReadingKind.READ_AGAIN, version, applied=True, new=values))
                    claim.unread_since = ""
                    updated[claim.pk] = claim
                if told and not was_unread:
                    report.unchanged += 1
                else:
                    report.changed += 1
                continue
            is_read_again = bool(claim.unread_since) and is_read_the_same(claim, values)
            kind = ReadingKind.READ_AGAIN if is_read_again else ReadingKind.CHANGED
            changes.append(record(claim, kind, version, applied=True, new=values))
            for name, value in values.items():
                setattr(claim, name, value)
            claim.extractor_version, claim.unread_since = version, ""
            updated[claim.pk] = claim
            report.changed += 1
        for claim in unread:
            report.unread += 1
            if not claim.unread_since:
                changes.append(record(claim, ReadingKind.UNREAD, version, applied=True))
                claim.unread_since = version
                updated[claim.pk] = claim
        if updated:
            bulk_update_with_history(
                bump_versions(updated.values()),
                Claim,
                [*READING_FIELDS, "version"],
                default_change_reason=f"read again with lexicon {version} (manage.py reextract)",
            )
        ReadingChange.objects.bulk_create(changes)
        added = Claim.objects.bulk_create(claims_from_extracted(document, document.text, new, version))
        write_first_history(
            Claim.objects.filter(pk__in=[claim.pk for claim in added]),
            f"read with lexicon {version} (manage.py reextract)",
        )
        report.added = len(new)
    return report


def reextract_documents(
    documents: Iterable[Document], on_document: Callable[[Document, ReextractReport], None] | None = None
) -> ReextractReport:
    """Read stored documents again, one transaction each; return the summed counts."""
    total = ReextractReport(lexicon_version=extraction.LEXICON_VERSION)
    for document in documents:
        counts = reextract_document(document)
        total.add(counts)
        if on_document is not None:
            on_document(document, counts)
    return total
