"""The public fields of a claim, a document and a figure: one list each, shared by the API, the export and the downloads.

A field added to a list here reaches every surface: the API's serializers, ``manage.py
export`` and the CSV and JSON downloads. Where a surface differs on purpose (its own name
for the id, links and counts, the export's figure and document columns) the difference is
written here too, once. Names only: how each surface writes a value is its own business
(the API through its serializers, export and downloads through ``claims.exporting``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# What readers may know of a claim, in the order every surface lists it.
CLAIM_FIELDS = (
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "low",
    "high",
    "qualifier",
    "unit",
    "noun",
    # The claim's context, the extractor's reading (its sentence is searchable, too long for a list).
    "subject",
    "event",
    "place",
    "period_text",
    "period_start",
    "period_end",
    "period_precision",
    "attribution",
    "hedge",
    "rule",
    "extractor_version",
    "status",
    "corrected_low",
    "corrected_high",
    "corrected_qualifier",
    "corrected_unit",
    "anchor",
    "figure",
    "suggested_figure",
    "rank",
    "rank_reason",
    "conflict",
    "suggested_conflict",
)
DOCUMENT_FIELDS = (
    "source_name",
    "title",
    "byline",
    "outlet",
    "url",
    "published",
    "published_precision",
    "content_hash",
    "ingested_at",
)
FIGURE_FIELDS = (
    "title",
    "unit",
    "scope",
    "period",
    "status",
    "accepted_low",
    "accepted_high",
    "accepted_qualifier",
    "rationale",
    "conflict",
    "reconciled_at",
)

# --- how the surfaces differ, on purpose -------------------------------------------------

# The export row: the claim with its provenance (source and ids first) and its figure's decision,
# for ``manage.py export`` and the claims download (DESIGN.md, "Interfaces people and scripts rely on").
# The corrected unit has never been an export column; scripts read these columns as they are.
EXPORT_LEAVES_OUT = ("corrected_unit",)
EXPORT_FIGURE_FIELDS = ("title", "status", "accepted_low", "accepted_high", "accepted_qualifier", "conflict")
EXPORT_FIGURE_PREFIX = "figure_"
EXPORT_DOCUMENT_FIELDS = ("title", "outlet", "url", "published")
# The downloads name a row's id after its kind, and a document's source name "source".
DOWNLOAD_NAMES = {"source_name": "source"}


def named(fields: Iterable[str], names: Mapping[str, str]) -> list[str]:
    """Return field names with some renamed.

    >>> named(["source_name", "title"], {"source_name": "source"})
    ['source', 'title']
    """
    return [names.get(field, field) for field in fields]


def inserted(fields: Iterable[str], after: str, *extra: str) -> list[str]:
    """Return field names with ``extra`` put right after ``after``.

    >>> inserted(["a", "b", "c"], "b", "x")
    ['a', 'b', 'x', 'c']
    """
    result: list[str] = []
    for field in fields:
        result.append(field)
        if field == after:
            result.extend(extra)
    assert after in result, after
    return result


# The API: ids as ``id``, the value in words and the page's address; a figure lists its claims by URL.
API_CLAIM_FIELDS = ["id", "document", *CLAIM_FIELDS, "value_text", "page"]
API_DOCUMENT_FIELDS = ["id", *DOCUMENT_FIELDS, "page"]
API_DOCUMENT_DETAIL_FIELDS = [*API_DOCUMENT_FIELDS, "text"]
API_FIGURE_FIELDS = ["id", *inserted(FIGURE_FIELDS, "accepted_qualifier", "accepted_text"), "claims", "page"]

EXPORT_CLAIM_FIELDS = [field for field in CLAIM_FIELDS if field not in EXPORT_LEAVES_OUT]
EXPORT_FIELDS = [
    "source",
    "document",
    "claim",
    *EXPORT_CLAIM_FIELDS,
    *(EXPORT_FIGURE_PREFIX + field for field in EXPORT_FIGURE_FIELDS),
    *EXPORT_DOCUMENT_FIELDS,
]

# The downloads: claims as the export writes them; documents and figures with their claim counts.
DOWNLOAD_DOCUMENT_FIELDS = ["document", *named(DOCUMENT_FIELDS, DOWNLOAD_NAMES), "claims"]
DOWNLOAD_FIGURE_FIELDS = ["figure", *FIGURE_FIELDS, "claims"]
