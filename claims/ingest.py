"""Ingestion: store articles as documents and their extracted claims, one transaction each.

``corpus`` reads sources into articles; this module is the one place where an article
becomes a ``Document`` with ``Claim`` rows. The ``ingest`` command, the task workers and
the tests all call ``ingest_article``.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path

from django.db import transaction

from claims.anchoring import anchor_quote
from claims.extraction import LEXICON_VERSION, PREFIX_LENGTH, ExtractedClaim, extract_claims
from claims.models import Anchor, Claim
from corpus.models import Document, DocumentVersion, Outlet, hash_text
from corpus.reading import Article, ReadError, iter_source_files, read_text_file

INGESTED = "ingested"
UPDATED = "updated"
DUPLICATE = "duplicate"
FAILED = "failed"


@dataclasses.dataclass(frozen=True)
class IngestOutcome:
    """What happened to one source."""

    source: str
    status: str
    document_id: int | None = None
    claims: int = 0
    message: str = ""


@dataclasses.dataclass
class IngestReport:
    """The outcomes of one ingest run, in the order the sources were read."""

    outcomes: list[IngestOutcome] = dataclasses.field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failures(self) -> list[IngestOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == FAILED]

    @property
    def claims(self) -> int:
        return sum(outcome.claims for outcome in self.outcomes)

    def summary(self) -> str:
        """Return one line counting ingested, updated, duplicate and failed sources."""
        return (
            f"{self.count(INGESTED)} ingested, {self.count(UPDATED)} updated, "
            f"{self.count(DUPLICATE)} skipped as duplicates, {self.count(FAILED)} failed; "
            f"{self.claims} claims stored"
        )


def claim_from_extracted(document: Document, found: ExtractedClaim) -> Claim:
    """Return an unsaved claim for one extractor result."""
    return Claim(
        document=document,
        start=found.start,
        end=found.end,
        quote=found.quote,
        prefix=found.prefix,
        suffix=found.suffix,
        low=found.low,
        high=found.high,
        qualifier=found.qualifier,
        unit=found.unit,
        noun=found.noun[:200],
        attribution=found.attribution[:500],
        rule=found.rule[:100],
        extractor_version=LEXICON_VERSION,
    )


def find_outlet(article: Article) -> Outlet | None:
    """Return the outlet an article names, created on first sight; None when it names none."""
    if not article.outlet_name:
        return None
    outlet, _ = Outlet.objects.get_or_create(
        name=article.outlet_name[:200], defaults={"domain": article.outlet_domain}
    )
    return outlet


def apply_metadata(document: Document, article: Article) -> None:
    document.title = article.title[:1000]
    document.byline = article.byline[:500]
    document.published = article.published
    document.published_precision = article.published_precision if article.published else "unknown"
    document.url = article.url or document.url
    document.outlet = find_outlet(article) or document.outlet


def reanchor_claims(document: Document, new_text: str) -> list[Claim]:
    """Anchor every claim of ``document`` into ``new_text``; return the claims still anchored.

    Orphaned claims keep their old offsets and quote so editors can see what they said.
    """
    kept = []
    claims = list(document.claims.all())
    for claim in claims:
        if claim.anchor == Anchor.ORPHANED:
            continue
        found = anchor_quote(new_text, claim.quote, claim.prefix, claim.suffix, claim.start)
        claim.anchor = found.status
        claim.anchor_distance = found.distance
        if found.start is not None and found.end is not None:
            claim.start, claim.end = found.start, found.end
            claim.prefix = new_text[max(0, found.start - PREFIX_LENGTH) : found.start]
            claim.suffix = new_text[found.end : found.end + PREFIX_LENGTH]
            kept.append(claim)
    Claim.objects.bulk_update(claims, ["anchor", "anchor_distance", "start", "end", "prefix", "suffix"])
    return kept


def overlaps(claim: Claim, found: ExtractedClaim) -> bool:
    return claim.start < found.end and found.start < claim.end


@transaction.atomic
def ingest_article(article: Article) -> IngestOutcome:
    """Store one article and its claims, or update a changed one; all of it or nothing.

    A text already stored (same content hash) is a duplicate and changes nothing. A known
    source with a new text keeps its old text as a ``DocumentVersion``, re-anchors its
    claims, and gains claims for numbers the new text adds.
    """
    content_hash = hash_text(article.text)
    same_text = Document.objects.filter(content_hash=content_hash).first()
    if same_text is not None:
        return IngestOutcome(
            article.source_name, DUPLICATE, same_text.pk, message=f"same text as document {same_text.pk}"
        )
    document = Document.objects.select_for_update().filter(source_name=article.source_name).first()
    extracted = extract_claims(article.text)
    if document is None:
        document = Document(source_name=article.source_name, text=article.text, content_hash=content_hash)
        apply_metadata(document, article)
        document.save()
        Claim.objects.bulk_create([claim_from_extracted(document, found) for found in extracted])
        return IngestOutcome(article.source_name, INGESTED, document.pk, len(extracted))

    DocumentVersion.objects.create(
        document=document, text=document.text, content_hash=document.content_hash, title=document.title
    )
    kept = reanchor_claims(document, article.text)
    document.text, document.content_hash = article.text, content_hash
    apply_metadata(document, article)
    document.save()
    new_claims = [
        claim_from_extracted(document, found)
        for found in extracted
        if not any(overlaps(claim, found) for claim in kept)
    ]
    Claim.objects.bulk_create(new_claims)
    return IngestOutcome(
        article.source_name, UPDATED, document.pk, len(new_claims), message=f"{len(kept)} claims re-anchored"
    )


def ingest_source(path: Path, read: Callable[[Path], Article] = read_text_file) -> IngestOutcome:
    """Read and store one file; a bad file becomes a failed outcome naming it, never an exception."""
    try:
        article = read(path)
    except ReadError as error:
        return IngestOutcome(path.name, FAILED, message=str(error))
    return ingest_article(article)


def ingest_paths(
    paths: Iterable[Path], on_outcome: Callable[[IngestOutcome], None] | None = None
) -> IngestReport:
    """Ingest every file named and every file in the folders named; return what happened to each."""
    report = IngestReport()
    for path in iter_source_files(list(paths)):
        outcome = ingest_source(path)
        report.outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return report
