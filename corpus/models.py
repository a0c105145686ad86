"""Outlets and documents: the articles Tally has read, as stored text plus metadata."""

import hashlib
import re
import zlib

from django.db import models
from django.urls import reverse


def hash_text(text: str) -> str:
    """Return the SHA-256 hex digest of a document text, the identity of one version.

    >>> hash_text("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_web_url(url: str) -> bool:
    """Return whether a stored URL is an http(s) address (anything else is never linked).

    >>> is_web_url("https://example.org/a"), is_web_url("javascript:alert(1)"), is_web_url("")
    (True, False, False)
    """
    return bool(re.match(r"https?://[^\s]+$", url or "", flags=re.IGNORECASE))


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    domain = models.CharField(max_length=253, blank=True, db_index=True)
    reliability_note = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"
    UNKNOWN = "unknown", "unknown"


class DocumentQuerySet(models.QuerySet["Document"]):
    def with_claim_counts(self) -> "DocumentQuerySet":
        """Return the documents annotated with ``claim_count`` (claims not rejected)."""
        return self.annotate(claim_count=models.Count("claims", filter=~models.Q(claims__status="rejected")))


class Document(models.Model):
    """One ingested article: the cleaned text the claims point into, and its metadata."""

    source_name = models.CharField(
        max_length=1000, unique=True, help_text="The file name it was ingested from, or its URL."
    )
    title = models.CharField(max_length=1000, blank=True)
    byline = models.CharField(max_length=500, blank=True)
    outlet = models.ForeignKey(Outlet, null=True, blank=True, on_delete=models.PROTECT, related_name="documents")
    url = models.URLField(max_length=2000, blank=True)
    published = models.DateField(null=True, blank=True)
    published_precision = models.CharField(max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN)
    text = models.TextField()
    content_hash = models.CharField(max_length=64, db_index=True)
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # JSON kept as text: a JSONField would make Django's checks query SQLite for JSON support.
    # Null: not rendered yet; never the empty string.
    citations = models.TextField(  # noqa: DJ001
        null=True,
        blank=True,
        editable=False,
        help_text="APA, MLA and Chicago (JSON) as rendered at ingest for the metadata they were rendered from (null: not yet).",
    )

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-ingested_at", "id"]
        # Newest first (publication date, undated last, then id) is the order of every list of documents;
        # keyset pages walk this index backwards from where the last page stopped on SQLite (corpus
        # migration 0008), and claims migration 0002's ``document_newest_idx`` on PostgreSQL.
        indexes = [models.Index(fields=["published", "id"], name="document_published_id_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(published_precision__in=DatePrecision.values),
                name="document_precision_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(published__isnull=False) | models.Q(published_precision="unknown"),
                name="document_precision_needs_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.source_name

    def get_absolute_url(self) -> str:
        return reverse("document-detail", args=[self.pk])

    @property
    def published_display(self) -> str:
        """Return the publication date at the precision it is known ("2023", "Sept. 2023", "n.d.")."""
        if self.published is None:
            return "n.d."
        if self.published_precision == DatePrecision.YEAR:
            return f"{self.published:%Y}"
        if self.published_precision == DatePrecision.MONTH:
            return f"{self.published:%B %Y}"
        return f"{self.published:%-d %B %Y}"


class DocumentVersion(models.Model):
    """An earlier text of a document, kept when a changed version replaces it."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    text = models.TextField()
    content_hash = models.CharField(max_length=64)
    title = models.CharField(max_length=1000, blank=True)
    replaced_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["document", "-replaced_at"]

    def __str__(self) -> str:
        return f"{self.document} as of {self.replaced_at:%Y-%m-%d %H:%M}"


class PageText(models.Model):
    """The text a document's original web page shows (all of it, chrome included), kept compressed.

    A deep link to the original is checked against this, the text a browser searches, not
    against the article text Tally keeps; only documents read from HTML have one. It is the
    article plus the page's chrome (menus, related stories, footers), stored zlib-compressed
    (text compresses to about a third) in a table of its own, so that no query for documents
    reads it; earlier versions keep none (their orphaned claims get no deep link).
    """

    document = models.OneToOneField(Document, on_delete=models.CASCADE, primary_key=True, related_name="page_text")
    compressed = models.BinaryField(help_text="The page's visible text, one block a line, UTF-8, zlib-compressed.")

    def __str__(self) -> str:
        return f"page text of {self.document_id}"

    @property
    def text(self) -> str:
        return zlib.decompress(self.compressed).decode("utf-8", "surrogatepass")

    @staticmethod
    def compress(text: str) -> bytes:
        """Return a page's visible text as stored.

        >>> PageText(compressed=PageText.compress("Top 700 stories")).text
        'Top 700 stories'
        """
        return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)
