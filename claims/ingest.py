"""Ingestion's store stage: articles become documents with their extracted claims, a whole document at a time.

``corpus`` reads sources (files, URLs) into articles and stores documents (``corpus.storing``);
this module extracts each article's claims and stores the document and its claims together,
re-anchoring the claims of a document whose text changed. It is one stage of
``claims.pipeline.ingest``, which the ``ingest`` command, the Celery workers, ``setup_demo``
and the benchmarks call; the pipeline adds citations and suggestions and chooses where the
work runs.

A document is never stored in part: ``ingest_article`` is one transaction, and
``ingest_articles`` writes a batch of whole documents in one transaction, falling back to
one transaction per document when anything in the batch fails, so that one bad document
never costs the others.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import DateTimeField, QuerySet, Value
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from claims.anchoring import Selector, anchor_selectors
from claims.extraction import LEXICON_VERSION, PREFIX_LENGTH, ExtractedClaim, extract_claims
from claims.extraction.sentences import SentenceIndex, sentence_bounds
from claims.models import Anchor, Claim
from claims.reconciliation import bump_versions, review_figures_of_orphans
from corpus.models import Document, DocumentVersion, hash_text
from corpus.reading import Article, ReadError, read_source_file, read_url, stored_name
from corpus.storing import (
    create_document,
    create_documents,
    find_duplicate,
    find_known_document,
    known_names_and_urls,
    replace_text,
    stored_hashes,
)

INGESTED = "ingested"
UPDATED = "updated"
DUPLICATE = "duplicate"
FAILED = "failed"
BATCH_SIZE = 100
FIRST_HISTORY_REASON = "ingested"
# What re-anchoring a claim into a new text may change.
ANCHORING_FIELDS = ("anchor", "anchor_distance", "start", "end", "quote", "prefix", "suffix")

log = logging.getLogger(__name__)
Source = Path | str


@dataclasses.dataclass(frozen=True)
class IngestOutcome:
    """What happened to one source."""

    source: str
    status: str
    document_id: int | None = None
    claims: int = 0
    message: str = ""
    orphaned: int = 0
    # Why an article that named a stored document (by file name or URL) became a new document instead.
    note: str = ""


@dataclasses.dataclass
class IngestReport:
    """The outcomes of one ingest run, in the order the sources were read, and what the later stages did.

    ``cited`` counts the documents whose citations were rendered; ``suggested`` the figures
    suggested or updated (None when suggesting did not run); ``notes`` says what a stage
    could not do.
    """

    outcomes: list[IngestOutcome] = dataclasses.field(default_factory=list)
    cited: int = 0
    suggested: int | None = None
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def changed_document_ids(self) -> list[int]:
        """Return the ids of the documents this run stored or updated, in order, once each."""
        ids = (o.document_id for o in self.outcomes if o.status in {INGESTED, UPDATED} and o.document_id)
        return list(dict.fromkeys(ids))

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failures(self) -> list[IngestOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == FAILED]

    @property
    def claims(self) -> int:
        return sum(outcome.claims for outcome in self.outcomes)

    def summary(self) -> str:
        """Return a line counting ingested, updated, duplicate and failed sources, then one per identity note.

        A note says why a source that named a stored document became a new document instead.
        """
        orphaned = sum(outcome.orphaned for outcome in self.outcomes)
        counts = (
            f"{self.count(INGESTED)} ingested, {self.count(UPDATED)} updated, "
            f"{self.count(DUPLICATE)} skipped as duplicates, {self.count(FAILED)} failed; "
            f"{self.claims} claims stored" + (f", {orphaned} claims orphaned" if orphaned else "")
        )
        notes = [f"new document: {o.source}: {o.note}" for o in self.outcomes if o.note]
        return "\n".join([counts, *notes])


# The claim's context (issue 11): the extractor's readings of the words around the number. They are
# machine readings, never an editor's decision, so they follow the text the claim stands in: refreshed
# when a claim is re-anchored into a new version and when ``manage.py reextract`` reads it again.
CONTEXT_FIELDS = (
    "sentence",
    "subject",
    "event",
    "place",
    "period_text",
    "period_start",
    "period_end",
    "period_precision",
    "attribution",
    "attribution_start",
    "attribution_end",
    "hedge",
)
PLACE_SEPARATOR = "; "


def fitted(name: str, value: str) -> str:
    """Return a text value cut to the length of the claim field ``name`` (a text field is never cut)."""
    length = Claim._meta.get_field(name).max_length
    return value[:length] if length else value


def joined_places(places: Sequence[str]) -> str:
    """Return the places as the claim stores them: "; "-joined, whole places only, as many as the field holds.

    >>> joined_places(("Jilin", "China")), joined_places(()), joined_places(("x" * 200, "y" * 200)) == "x" * 200
    ('Jilin; China', '', True)
    """
    length = Claim._meta.get_field("place").max_length or 0
    kept: list[str] = []
    for place in places:
        if len(PLACE_SEPARATOR.join([*kept, place])) > length:
            break
        kept.append(place)
    return PLACE_SEPARATOR.join(kept)


def needs_sentences(extracted: Iterable[ExtractedClaim]) -> bool:
    """Return whether any result comes without its sentence's span (an extractor that does not find sentences)."""
    return any(found.sentence_end <= found.sentence_start for found in extracted)


def sentence_index(text: str, extracted: Sequence[ExtractedClaim]) -> SentenceIndex | None:
    """Return ``text``'s sentences indexed once, when some of ``extracted`` need them; else None."""
    return SentenceIndex(text) if needs_sentences(extracted) else None


def sentence_around(text: str, start: int, end: int, sentences: SentenceIndex | None = None) -> str:
    """Return the sentence of ``text`` holding ``[start, end)`` as the shared splitter cuts it (``sentences`` indexes ``text``).

    >>> sentence_around("Yes. 2,000 fled. No.", 5, 10)
    '2,000 fled.'
    """
    left, right = sentences.bounds(start, end) if sentences else sentence_bounds(text, start, end)
    return text[left:right]


def sentence_of(found: ExtractedClaim, text: str, sentences: SentenceIndex | None = None) -> str:
    """Return the sentence a result stands in: the extractor's span, else the shared splitter's sentence around it."""
    if found.sentence_end > found.sentence_start:
        return text[found.sentence_start : found.sentence_end]
    return sentence_around(text, found.start, found.end, sentences)


def extracted_values(found: ExtractedClaim, text: str, sentences: SentenceIndex | None = None) -> dict[str, object]:
    """Return the claim field values one extractor result sets in its document's ``text``, cut to the fields' lengths.

    The one place an extractor result becomes claim fields: every write path (ingest in bulk
    and by COPY, re-anchoring, ``reextract``) goes through it. ``sentences`` indexes ``text``
    once for callers storing many results (``sentence_index``); without it the sentence is
    found by one scan of the text.
    """
    return {
        "start": found.start,
        "end": found.end,
        "quote": found.quote,
        "prefix": found.prefix,
        "suffix": found.suffix,
        "low": found.low,
        "high": found.high,
        "qualifier": found.qualifier,
        "unit": found.unit,
        "noun": fitted("noun", found.noun),
        "rule": fitted("rule", found.rule),
        **context_values(found, text, sentences),
    }


def context_values(found: ExtractedClaim, text: str, sentences: SentenceIndex | None = None) -> dict[str, object]:
    """Return the claim's context fields (``CONTEXT_FIELDS``) as one extractor result reads them in ``text``."""
    return {
        "sentence": sentence_of(found, text, sentences),
        "subject": fitted("subject", found.subject),
        "event": fitted("event", found.event),
        "place": joined_places(found.places),
        "period_text": fitted("period_text", found.period_text),
        "period_start": found.period_start,
        "period_end": found.period_end,
        "period_precision": found.period_precision,
        "attribution": fitted("attribution", found.attribution),
        "attribution_start": found.attribution_start,
        "attribution_end": found.attribution_end,
        "hedge": fitted("hedge", found.hedge),
    }


def claim_values(text: str, extracted: Sequence[ExtractedClaim]) -> Iterator[dict[str, object]]:
    """Yield ``extracted_values`` of each result in ``text``, its sentences indexed once when any result needs it."""
    sentences = sentence_index(text, extracted)
    for found in extracted:
        yield extracted_values(found, text, sentences)


def claims_from_extracted(
    document: Document, text: str, extracted: Sequence[ExtractedClaim], extractor_version: str = LEXICON_VERSION
) -> list[Claim]:
    """Return unsaved claims of ``document`` for extractor results read in ``text`` (its current text)."""
    return [
        Claim(document=document, extractor_version=extractor_version, **values)
        for values in claim_values(text, extracted)
    ]


def write_first_history(claims: QuerySet[Claim], reason: str = FIRST_HISTORY_REASON) -> None:
    """Write the first history record ("created", by no editor) of each of ``claims``, in one INSERT … SELECT.

    Ingest stores claims in bulk (``bulk_create``, COPY on PostgreSQL), where no ``save()``
    runs and django-simple-history writes nothing; without this record an editor's first
    change would have nothing to be compared with. The database copies the rows itself, so
    the cost is one statement per batch, whatever its size.
    """
    history = Claim.history.model
    tracked = [field.attname for field in history.tracked_fields]
    rows = (
        claims.order_by()
        .annotate(
            first_date=Value(timezone.now(), output_field=DateTimeField()),
            first_type=Value("+"),
            first_reason=Value(reason[:100]),
        )
        .values_list(*tracked, "first_date", "first_type", "first_reason")
    )
    try:
        select, params = rows.query.sql_with_params()
    except EmptyResultSet:  # no claims (an ``__in`` of nothing)
        return
    names = [*tracked, "history_date", "history_type", "history_change_reason"]
    columns = ", ".join(connection.ops.quote_name(history._meta.get_field(name).column) for name in names)
    table = connection.ops.quote_name(history._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({columns}) {select}", params)


def reanchor_claims(document: Document, new_text: str, extracted: Sequence[ExtractedClaim] = ()) -> list[Claim]:
    """Anchor every claim of ``document`` into ``new_text``; return them all, re-anchored or orphaned.

    Each claim becomes anchored, moved (with its selector's edit distance) or orphaned.
    Orphans keep the offsets, quote and context they had in the old text (kept as a
    ``DocumentVersion``), so editors see what they said; they are tried again on every
    later version. Moved claims take the quote as the new text writes it, so
    ``text[start:end] == quote`` holds; every change is kept in the claim's history.
    A claim still in the text takes the context read at its new place (``reread_context``):
    ``extracted`` is what the extractor reads in ``new_text``.
    """
    claims = list(document.claims.select_for_update())
    if not claims:
        return []
    before = {claim.pk: anchoring_of(claim) for claim in claims}
    selectors = [Selector(claim.quote, claim.prefix, claim.suffix, claim.start) for claim in claims]
    sentences = SentenceIndex(new_text)
    by_span = {(found.start, found.end): found for found in extracted}
    for claim, found in zip(claims, anchor_selectors(new_text, selectors), strict=True):
        claim.anchor = found.status
        if found.start is None or found.end is None:
            claim.anchor_distance = None
            continue
        moved_by = found.start - claim.start
        claim.anchor_distance = found.distance
        claim.start, claim.end = found.start, found.end
        claim.quote = new_text[found.start : found.end]
        claim.prefix = new_text[max(0, found.start - PREFIX_LENGTH) : found.start]
        claim.suffix = new_text[found.end : found.end + PREFIX_LENGTH]
        found_here = by_span.get((claim.start, claim.end)) or next((f for f in extracted if overlaps(claim, f)), None)
        reread_context(claim, new_text, found_here, sentences, moved_by)
    bump_versions(claim for claim in claims if anchoring_of(claim) != before[claim.pk])
    bulk_update_with_history(
        claims,
        Claim,
        [*ANCHORING_FIELDS, *CONTEXT_FIELDS, "version"],
        default_change_reason="re-anchored into a new version of the document",
    )
    return claims


def reread_context(
    claim: Claim,
    text: str,
    found: ExtractedClaim | None,
    sentences: SentenceIndex | None = None,
    moved_by: int = 0,
) -> None:
    """Give a claim now at ``claim.start`` in ``text`` the context read there.

    The context is ``found``, the extractor's reading of the claim's span in ``text`` (the
    same span, else one overlapping it), when it has one. Otherwise the words read before
    stay (what is counted, where, when and who), the sentence is the one the claim now stands
    in, and the attribution's span moves with the claim (``moved_by``) when the source's words
    are still there, else it is cleared: a span never points at other words.
    """
    if found is not None:
        for name, value in context_values(found, text, sentences).items():
            setattr(claim, name, value)
        return
    claim.sentence = sentence_around(text, claim.start, claim.end, sentences)
    if claim.attribution_start is None or claim.attribution_end is None:
        return
    start, end = claim.attribution_start + moved_by, claim.attribution_end + moved_by
    if start >= 0 and text[start:end] == claim.attribution:
        claim.attribution_start, claim.attribution_end = start, end
    else:
        claim.attribution_start = claim.attribution_end = None


def anchoring_of(claim: Claim) -> tuple[object, ...]:
    """Return the values re-anchoring may change on a claim (``ANCHORING_FIELDS``)."""
    return tuple(getattr(claim, name) for name in ANCHORING_FIELDS)


def orphan_version(claim: Claim) -> DocumentVersion | None:
    """Return the latest earlier text of an orphaned claim's document that its offsets point into."""
    for version in claim.document.versions.all():
        if version.text[claim.start : claim.end] == claim.quote:
            return version
    return None


def overlaps(claim: Claim, found: ExtractedClaim) -> bool:
    return claim.start < found.end and found.start < claim.end


def update_document(
    document: Document, article: Article, content_hash: str, extracted: Sequence[ExtractedClaim]
) -> IngestOutcome:
    """Replace a document's text by a new version: keep the old one, re-anchor, add new claims."""
    claims = reanchor_claims(document, article.text, extracted)
    kept = [claim for claim in claims if claim.anchor != Anchor.ORPHANED]
    orphaned = len(claims) - len(kept)
    replace_text(document, article, content_hash)
    if orphaned:
        review_figures_of_orphans(claims)
    new_claims = claims_from_extracted(
        document, article.text, [found for found in extracted if not any(overlaps(claim, found) for claim in kept)]
    )
    Claim.objects.bulk_create(new_claims)
    write_first_history(Claim.objects.filter(pk__in=[claim.pk for claim in new_claims]))
    return IngestOutcome(
        article.source_name,
        UPDATED,
        document.pk,
        len(new_claims),
        message=f"{len(kept)} claims re-anchored, {orphaned} orphaned",
        orphaned=orphaned,
    )


def ingest_article(article: Article, extracted: Sequence[ExtractedClaim] | None = None) -> IngestOutcome:
    """Store one article and its claims, or update a changed one; all of it or nothing.

    A text already stored (same content hash) is a duplicate and changes nothing. A known
    source (``corpus.storing.find_known_document``: same source name, or a URL believed) with a
    new text keeps its old text as a ``DocumentVersion``, re-anchors its claims, and gains
    claims for numbers the new text adds; one refused gets a note saying why.
    """
    if extracted is None:
        extracted = extract_claims(article.text, article.published)
    content_hash = hash_text(article.text)
    with transaction.atomic():
        same_text = find_duplicate(content_hash)
        if same_text is not None:
            return IngestOutcome(
                article.source_name, DUPLICATE, same_text.pk, message=f"same text as document {same_text.pk}"
            )
        known = find_known_document(article)
        if known.document is not None:
            return update_document(known.document, article, content_hash, extracted)
        document = create_document(article, content_hash, url_refused=bool(known.note))
        Claim.objects.bulk_create(claims_from_extracted(document, article.text, extracted))
        write_first_history(Claim.objects.filter(document=document))
        return IngestOutcome(article.source_name, INGESTED, document.pk, len(extracted), note=known.note)


def ingest_article_safely(article: Article, extracted: Sequence[ExtractedClaim] | None = None) -> IngestOutcome:
    """Return ``ingest_article``'s outcome, or a failed outcome with the reason: never raise."""
    try:
        return ingest_article(article, extracted)
    except Exception as error:
        log.exception("ingest of %s failed", article.source_name)
        reason = f"{error.__class__.__name__}: {error}".splitlines()[0][:300]
        return IngestOutcome(article.source_name, FAILED, message=f"{article.source_name}: not stored ({reason})")


def insert_new_claims(documents: Sequence[Document], extracted: Sequence[Sequence[ExtractedClaim]]) -> None:
    """Insert the claims found in new documents, with their first history records.

    COPY on PostgreSQL, bulk_create elsewhere. COPY rows start from the database values of an
    unsaved default claim, so defaults and timestamps match what ``bulk_create`` writes; no
    ``save()`` or signal runs either way, so ``write_first_history`` writes the history.
    """
    _insert_new_claims(documents, extracted)
    write_first_history(Claim.objects.filter(document_id__in=[document.pk for document in documents]))


def _insert_new_claims(documents: Sequence[Document], extracted: Sequence[Sequence[ExtractedClaim]]) -> None:
    if connection.vendor != "postgresql":
        Claim.objects.bulk_create(
            [
                claim
                for document, found_in in zip(documents, extracted, strict=True)
                for claim in claims_from_extracted(document, document.text, found_in)
            ],
            batch_size=500,
        )
        return
    fields = [field for field in Claim._meta.concrete_fields if not field.primary_key]
    template = Claim(extractor_version=LEXICON_VERSION)
    defaults = [field.get_db_prep_save(field.pre_save(template, True), connection) for field in fields]
    at = {field.attname: i for i, field in enumerate(fields)}
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(Claim._meta.db_table)
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for document, found_in in zip(documents, extracted, strict=True):
            for values in claim_values(document.text, found_in):
                row = list(defaults)
                row[at["document_id"]] = document.pk
                for name, value in values.items():
                    row[at[name]] = value
                copy.write_row(row)


def store_new_batch(articles: Sequence[tuple[Article, str, Sequence[ExtractedClaim]]]) -> list[Document]:
    """Insert documents never seen before with all their claims, in bulk; return the documents."""
    documents = create_documents([(article, content_hash) for article, content_hash, _ in articles])
    insert_new_claims(documents, [extracted for _, _, extracted in articles])
    return documents


def ingest_batch_in_one_transaction(articles: Sequence[Article]) -> list[IngestOutcome]:
    """Store a batch of articles in one transaction: new ones in bulk, known ones one by one."""
    prepared = [
        (article, hash_text(article.text), extract_claims(article.text, article.published)) for article in articles
    ]
    outcomes: dict[int, IngestOutcome] = {}
    with transaction.atomic():
        stored = stored_hashes(content_hash for _, content_hash, _ in prepared)
        known_names, known_urls = known_names_and_urls(
            (article.source_name for article in articles), (article.url for article in articles)
        )
        fresh: list[int] = []
        seen_names: set[str] = set()
        seen_hashes: set[str] = set()
        for at, (article, content_hash, _) in enumerate(prepared):
            if content_hash in stored:
                document_id = stored[content_hash]
                outcomes[at] = IngestOutcome(
                    article.source_name, DUPLICATE, document_id, message=f"same text as document {document_id}"
                )
            elif (
                article.source_name in known_names
                or (article.url and article.url in known_urls)
                or article.source_name in seen_names
                or content_hash in seen_hashes
            ):
                # A new version of a stored document, or a repeat inside this batch: the careful path.
                continue
            else:
                fresh.append(at)
                seen_names.add(article.source_name)
                seen_hashes.add(content_hash)
                if article.url:
                    known_urls.add(article.url)
        documents = store_new_batch([prepared[at] for at in fresh])
        for at, document in zip(fresh, documents, strict=True):
            article, _, extracted = prepared[at]
            outcomes[at] = IngestOutcome(article.source_name, INGESTED, document.pk, len(extracted))
        for at, (article, _, extracted) in enumerate(prepared):
            if at not in outcomes:
                outcomes[at] = ingest_article(article, extracted)
    return [outcomes[at] for at in range(len(prepared))]


def ingest_articles(articles: Sequence[Article]) -> list[IngestOutcome]:
    """Store a batch of articles, each whole or not at all; return an outcome for each, in order.

    The batch is written in one transaction; if that fails (a database error, or an
    extractor error on one article) every article is tried again in its own transaction.
    """
    if not articles:
        return []
    try:
        return ingest_batch_in_one_transaction(articles)
    except Exception as error:
        log.info("batch of %d failed (%s); storing one document per transaction", len(articles), error)
        return [ingest_article_safely(article) for article in articles]


def read_source(source: Source) -> Article:
    """Return the article in a file (a path) or a web page (a URL string)."""
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        return read_url(source, **fetch_options())
    return read_source_file(source if isinstance(source, Path) else Path(source))


def fetch_options() -> dict[str, object]:
    """Return the fetcher's limits from the settings (``TALLY_FETCH_*``), defaults otherwise."""
    options: dict[str, object] = {}
    for name, key in (
        ("timeout", "TALLY_FETCH_TIMEOUT"),
        ("max_bytes", "TALLY_FETCH_MAX_BYTES"),
        ("max_redirects", "TALLY_FETCH_MAX_REDIRECTS"),
        ("user_agent", "TALLY_FETCH_USER_AGENT"),
    ):
        value = getattr(settings, key, None)
        if value is not None:
            options[name] = value
    return options


def source_label(source: Source) -> str:
    return stored_name(source) if isinstance(source, Path) else str(source)


def read_sources(sources: Iterable[Source]) -> Iterator[Article | IngestOutcome]:
    """Yield the article of each source, or a failed outcome naming it and saying why."""
    for source in sources:
        try:
            yield read_source(source)
        except ReadError as error:
            yield IngestOutcome(source_label(source), FAILED, message=str(error))
        except Exception as error:
            log.exception("reading %s failed", source)
            yield IngestOutcome(
                source_label(source), FAILED, message=f"{source}: unreadable ({error.__class__.__name__}: {error})"
            )


def chunked[T](items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest_read(items: Sequence[Article | IngestOutcome]) -> list[IngestOutcome]:
    """Store the articles among ``items`` in one batch; return an outcome per item, in order."""
    articles = [item for item in items if isinstance(item, Article)]
    stored = iter(ingest_articles(articles))
    return [item if isinstance(item, IngestOutcome) else next(stored) for item in items]
