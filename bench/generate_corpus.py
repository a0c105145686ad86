"""Generate a large synthetic corpus straight into the database: outlets, documents, figures, claims.

Every sentence comes from templates written for this project (no third-party text), and
every claim's span is known as the sentence is built, so no extraction runs. PostgreSQL
is filled with COPY (psycopg 3); SQLite with executemany. The search indexes are dropped
during the load and built again at the end.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tally_bench \\
        .venv/bin/python bench/generate_corpus.py --documents 100000 --claims 1000000

The database must be migrated first; existing rows are removed with ``--replace``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from corpus import fulltext  # noqa: E402

OUTLETS = [
    f"The {a} {b}"
    for a in ("Northport", "Lakeview", "Riverton", "Hollowell", "Westmarch")
    for b in ("Times", "Herald", "Ledger", "Post")
]
PLACES = [
    "Northport",
    "Lakeview",
    "the eastern province",
    "Riverton",
    "the capital",
    "Port Ellis",
    "the border region",
    "Westmarch",
    "the coastal city",
    "Hollowell",
    "the northern camps",
    "Kestrel Bay",
]
NOUNS = [
    ("people", "person"),
    ("protesters", "person"),
    ("workers", "person"),
    ("students", "person"),
    ("refugees", "person"),
    ("escapees", "person"),
    ("families", "person"),
    ("patients", "person"),
    ("organizations", "organization"),
    ("buses", "bus"),
    ("schools", "school"),
    ("villages", "village"),
]
VERBS = [
    "detained",
    "displaced",
    "evacuated",
    "injured",
    "arrested",
    "counted",
    "registered",
    "relocated",
    "released",
    "sheltered",
    "deported",
    "missing",
]
ATTRIBUTIONS = [
    "according to local officials",
    "the ministry said",
    "police said",
    "according to rights groups",
    "a spokesperson told reporters",
    "the agency estimated",
    "witnesses said",
    "",
]
QUALIFIERS = [  # (words, qualifier, low/high maker)
    ("", "exact", lambda v: (v, v)),
    ("about ", "approximate", lambda v: (v, v)),
    ("some ", "approximate", lambda v: (v, v)),
    ("as many as ", "at_most", lambda v: (None, v)),
    ("up to ", "at_most", lambda v: (None, v)),
    ("more than ", "at_least", lambda v: (v, None)),
    ("at least ", "at_least", lambda v: (v, None)),
]
VAGUE = [("dozens", 24, 99), ("hundreds", 200, 999), ("thousands", 2000, 9999)]
ROUND = [
    10,
    20,
    30,
    40,
    50,
    54,
    60,
    75,
    100,
    120,
    150,
    200,
    250,
    300,
    500,
    700,
    1000,
    1200,
    1500,
    2000,
    2500,
    3000,
    5000,
    10000,
    20000,
]
FILLER = [
    "The decision drew criticism from opposition lawmakers, who called for an independent review.",
    "Observers said the situation remained tense as talks continued behind closed doors.",
    "Local media showed long queues outside government offices throughout the morning.",
    "Critics argued that the measures did not go far enough.",
    "Officials declined to comment further, citing an ongoing investigation.",
]
CONTEXT = 32
CLAIM_ROW_COLUMNS = (
    "id",
    "document_id",
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
    "attribution",
    "sentence",
    "subject",
    "event",
    "place",
    "period_text",
    "period_start",
    "period_end",
    "period_precision",
    "attribution_start",
    "attribution_end",
    "hedge",
    "rule",
    "extractor_version",
    "unread_since",
    "status",
    "corrected_low",
    "corrected_high",
    "corrected_qualifier",
    "corrected_unit",
    "review_note",
    "anchor",
    "anchor_distance",
    "figure_id",
    "suggested_figure_id",
    "rank",
    "rank_reason",
    "conflict",
    "suggested_conflict",
    "version",
    "created_at",
    "updated_at",
)
BATCH = 5000
FIRST = ["Ana", "Ben", "Chi", "Dev", "Eli", "Fay", "Gus"]
LAST = ["Park", "Stone", "Okafor", "Lind", "Moreau", "Sato"]


def check_columns(connection, table: str, columns: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Stop with a clear message if the table has a required column this generator does not fill."""
    with connection.cursor() as cursor:
        description = connection.introspection.get_table_description(cursor, table)
    missing = [c.name for c in description if c.name not in columns and not c.null_ok and c.default is None]
    if missing:
        raise SystemExit(f"{table} has required columns the generator does not fill: {missing}")


def number_text(value: int) -> str:
    return f"{value:,}"


def last_weekday(published: date, weekday: int) -> date:
    """Return the latest day before ``published`` that falls on ``weekday`` (Monday is 0).

    >>> last_weekday(date(2023, 10, 11), 0)
    datetime.date(2023, 10, 9)
    """
    return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)


def last_month(published: date) -> tuple[date, date]:
    """Return the first and last day of the month before ``published``'s."""
    end = published.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


# When a sentence says its claim happened: (words, how they resolve against the publication date).
Resolved = tuple[date | None, date | None, str]
PERIODS: list[tuple[str, object]] = [
    ("", None),
    ("", None),
    ("on Monday", lambda p: (last_weekday(p, 0), last_weekday(p, 0), "day")),
    ("on Friday", lambda p: (last_weekday(p, 4), last_weekday(p, 4), "day")),
    ("last month", lambda p: (*last_month(p), "month")),
    ("last year", lambda p: (date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), "year")),
]
HEDGES = ["reportedly", "allegedly"]


def resolve_period(words: str, resolve: object, published: date | None) -> Resolved:
    """Return a period's start, end and precision against the publication date (nothing when either is unknown)."""
    if not words or published is None or not callable(resolve):
        return None, None, ""
    return resolve(published)  # type: ignore[no-any-return]


def make_sentence(rng: random.Random, published: date | None) -> tuple[str, list[tuple]]:
    """Return one sentence and its claims as (start, end, quote, low, high, qualifier, unit, noun, attribution, context).

    ``context`` holds the claim's context columns as the extractor would read them from the
    sentence's template: what is counted, the event, the place, the period resolved against
    ``published``, the hedge, and the source's span (relative to the sentence).
    """
    noun, unit = rng.choice(NOUNS)
    verb = rng.choice(VERBS)
    place = rng.choice(PLACES)
    attribution = rng.choice(ATTRIBUTIONS)
    period_text, resolve = rng.choice(PERIODS)
    hedge = rng.choice(HEDGES) if rng.random() < 0.1 else ""
    if rng.random() < 0.08:
        word, low, high = rng.choice(VAGUE)
        quote, qualifier = word, "vague"
        lead = f"{word.capitalize()} of {noun}"
        quote = word.capitalize()
        values = (low, high)
        start = 0
    elif rng.random() < 0.1:
        low = rng.choice(ROUND[:12])
        high = low + rng.choice([5, 10, 20])
        quote = f"between {low} and {high}"
        qualifier = "range"
        values = (low, high)
        lead = f"Officials said {quote} {noun}"
        start = len("Officials said ")
    else:
        words, qualifier, maker = rng.choice(QUALIFIERS)
        value = rng.choice(ROUND)
        quote = f"{words}{number_text(value)}"
        values = maker(value)
        lead = f"In {place}, {quote} {noun}"
        start = len(f"In {place}, ")
    sentence = f"{lead} were {hedge + ' ' if hedge else ''}{verb}" + (
        f" in {place}" if not lead.startswith("In ") else ""
    )
    sentence += f" {period_text}" if period_text else ""
    attribution_start = len(sentence) + 2 if attribution else None
    sentence += f", {attribution}." if attribution else "."
    period_start, period_end, precision = resolve_period(period_text, resolve, published)
    context = {
        "sentence": sentence,
        "subject": f"{noun} {verb} in {place}",
        "event": verb,
        "place": place,
        "period_text": period_text,
        "period_start": period_start,
        "period_end": period_end,
        "period_precision": precision,
        "attribution_start": attribution_start,
        "attribution_end": attribution_start + len(attribution) if attribution_start is not None else None,
        "hedge": hedge,
    }
    claim = (start, start + len(quote), quote, values[0], values[1], qualifier, unit, noun, attribution, context)
    return sentence, [claim]


def make_document(
    rng: random.Random, claims_wanted: int, published: date | None = None
) -> tuple[str, str, list[tuple]]:
    """Return a title, a text and its claims with offsets into the text (the source's span too)."""
    noun, _ = rng.choice(NOUNS)
    verb = rng.choice(VERBS)
    title = f"{noun.capitalize()} {verb} in {rng.choice(PLACES)} as officials weigh response"
    parts = [title, ""]
    at = len(title) + 2
    claims: list[tuple] = []
    paragraph: list[str] = []
    while len(claims) < claims_wanted:
        sentence, found = make_sentence(rng, published)
        if paragraph:
            at += 1  # the space between sentences
        for start, end, *rest, context in found:
            if context["attribution_start"] is not None:
                context["attribution_start"] += at
                context["attribution_end"] += at
            claims.append((at + start, at + end, *rest, context))
        paragraph.append(sentence)
        at += len(sentence)
        if rng.random() < 0.3:
            filler = rng.choice(FILLER)
            paragraph.append(filler)
            at += 1 + len(filler)
        if len(paragraph) >= 4:
            parts.append(" ".join(paragraph))
            paragraph = []
            at += 1  # newline
    if paragraph:
        parts.append(" ".join(paragraph))
    text = parts[0] + "\n\n" + "\n".join(parts[2:])
    return title, text, claims


def connect():  # type: ignore[no-untyped-def]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    import django

    django.setup()
    from django.db import connection

    return connection


class Writer:
    """Rows into one table: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, connection, table: str, columns: list[str]) -> None:  # type: ignore[no-untyped-def]
        self.connection, self.table, self.columns = connection, table, columns
        self.rows: list[tuple] = []
        self.copy = None
        self.count = 0
        if connection.vendor == "postgresql":
            raw = connection.connection
            self.cursor = raw.cursor()
            self.copy_cm = self.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN")
            self.copy = self.copy_cm.__enter__()

    def write(self, row: tuple) -> None:
        self.count += 1
        if self.copy is not None:
            self.copy.write_row(row)
        else:
            self.rows.append(row)
            if len(self.rows) >= 5000:
                self.flush()

    def flush(self) -> None:
        if self.rows:
            marks = ", ".join("%s" for _ in self.columns)
            with self.connection.cursor() as cursor:
                cursor.executemany(f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})", self.rows)
            self.rows = []

    def close(self) -> None:
        if self.copy is not None:
            self.copy_cm.__exit__(None, None, None)
        else:
            self.flush()


# SQLite's full-text indexes (claims migration 0011, corpus migration 0007): their triggers are dropped
# during the load and the indexes rebuilt from the loaded rows at the end.
FULLTEXT_TABLES = ("claims_claim", "corpus_document")
# Declared on the model (``claims.models.rank_order``); dropped with the others around a bulk load.
LOOKUP_INDEX = "claim_lookup_covering_idx"


class SearchIndexes:
    """The search indexes of corpus migration 0002 (those still in use), claims migrations 0002 and 0004 (trigrams),
    the lookup order and the search window (claims migration 0016)."""

    def __init__(self) -> None:
        self.corpus = importlib.import_module("corpus.migrations.0002_search_indexes")
        self.claims = importlib.import_module("claims.migrations.0002_stored_search_vectors")
        self.trigrams = importlib.import_module("claims.migrations.0004_trigram_indexes")

    def remove_search_indexes(self, apps, editor) -> None:  # type: ignore[no-untyped-def]
        from claims.search import drop_window

        for table in FULLTEXT_TABLES:
            fulltext.drop_triggers(editor.connection, table)
        self.claims.remove_search_indexes(apps, editor)
        if editor.connection.vendor == "postgresql":
            for _app, _model, index in self.corpus.search_indexes():
                editor.execute(f"DROP INDEX IF EXISTS {index.name}")
            editor.execute(f"DROP INDEX IF EXISTS {LOOKUP_INDEX}")
            drop_window(editor.connection.alias)
            for name, _, _ in self.trigrams.INDEXES:
                editor.execute(f"DROP INDEX IF EXISTS {name}")

    def add_search_indexes(self, apps, editor) -> None:  # type: ignore[no-untyped-def]
        from claims.search import move_window

        if editor.connection.vendor == "postgresql":
            for app, model, index in self.corpus.search_indexes():
                if index.name not in self.claims.OLD_INDEXES:
                    editor.add_index(apps.get_model(app, model), index)
            from claims.models import Claim

            editor.add_index(Claim, next(index for index in Claim._meta.indexes if index.name == LOOKUP_INDEX))
        self.trigrams.add_trigram_indexes(apps, editor)
        self.claims.add_search_indexes(apps, editor)
        move_window(editor.connection.alias)  # PostgreSQL's search window over the newest loaded claims
        indexed = fulltext.indexed_tables(editor.connection)
        for table in FULLTEXT_TABLES:
            if table in indexed:  # SQLite: index the loaded rows, then keep the index in step again
                fulltext.rebuild(editor.connection, table)
                fulltext.add_triggers(editor.connection, table, indexed[table])


def search_migration() -> SearchIndexes:
    return SearchIndexes()


def generate(documents: int, claims: int, figures: int, seed: int, replace: bool) -> dict[str, float]:
    """Fill the database; return counts and seconds taken."""
    from django.apps import apps
    from django.db import connection, transaction

    rng = random.Random(seed)
    started = time.perf_counter()
    apps.get_model("claims", "Claim")
    Document = apps.get_model("corpus", "Document")
    migration = search_migration()
    with connection.schema_editor() as editor:
        migration.remove_search_indexes(apps, editor)
    if Document.objects.exists():
        if not replace:
            raise SystemExit("The database already holds documents; pass --replace to remove them.")
        tables = [t for t in connection.introspection.table_names() if t.startswith(("claims_", "corpus_"))]
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
            else:
                cursor.execute("PRAGMA foreign_keys = OFF")
                for table in tables:
                    cursor.execute(f"DELETE FROM {table}")
                cursor.execute("PRAGMA foreign_keys = ON")
    now = datetime.now(UTC)
    per_document = max(1, claims // max(documents, 1))
    extra = claims - per_document * documents
    with transaction.atomic():
        outlet_writer = Writer(connection, "corpus_outlet", ["id", "name", "domain", "reliability_note"])
        for i, name in enumerate(OUTLETS, start=1):
            outlet_writer.write((i, name, name.lower().replace(" ", "") + ".example", ""))
        outlet_writer.close()
        figure_writer = Writer(
            connection,
            "claims_figure",
            [
                "id",
                "title",
                "unit",
                "scope",
                "period",
                "status",
                "suggestion_reason",
                "review_reason",
                "accepted_low",
                "accepted_high",
                "accepted_qualifier",
                "rationale",
                "conflict",
                "version",
                "created_at",
                "updated_at",
            ],
        )
        for i in range(1, figures + 1):
            noun, unit = rng.choice(NOUNS)
            reconciled = rng.random() < 0.5
            high = Decimal(rng.choice(ROUND))
            figure_writer.write(
                (
                    i,
                    f"{noun.capitalize()} {rng.choice(VERBS)} in {rng.choice(PLACES)}, {2010 + i % 14} (#{i})",
                    unit,
                    "",
                    str(2010 + i % 14),
                    "reconciled" if reconciled else "open",
                    "",
                    "",
                    None,
                    high if reconciled else None,
                    "at_most" if reconciled else "",
                    "Editors accepted the upper bound most sources give." if reconciled else "",
                    rng.choice(["", "", "soft", "hard"]),
                    1,
                    now,
                    now,
                )
            )
        figure_writer.close()
        document_columns = [
            "id",
            "source_name",
            "title",
            "byline",
            "outlet_id",
            "url",
            "published",
            "published_precision",
            "text",
            "content_hash",
            "ingested_at",
            "updated_at",
        ]
        # The claim columns are the keys of the rows built below (CLAIM_ROW_COLUMNS), in that order.
        claim_columns = list(CLAIM_ROW_COLUMNS)
        check_columns(connection, "claims_claim", claim_columns)
        check_columns(connection, "corpus_document", document_columns)
        claim_columns = [f'"{c}"' for c in claim_columns]
        claim_id = 0
        base_day = date(2012, 1, 1)
        for batch_start in range(1, documents + 1, BATCH):
            document_writer = Writer(connection, "corpus_document", document_columns)
            batch_claims: list[tuple] = []
            for doc_id in range(batch_start, min(documents, batch_start + BATCH - 1) + 1):
                wanted = per_document + (1 if doc_id <= extra else 0)
                published = base_day + timedelta(days=rng.randrange(0, 4300))
                dated = rng.random() < 0.9
                title, text, found = make_document(rng, wanted, published if dated else None)
                signed = rng.random() < 0.7
                byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}" if signed else ""
                document_writer.write(
                    (
                        doc_id,
                        f"generated/{doc_id:07d}.txt",
                        title,
                        byline,
                        rng.randrange(1, len(OUTLETS) + 1),
                        f"https://news.example/{doc_id}",
                        published if dated else None,
                        "day" if dated else "unknown",
                        text,
                        hashlib.sha256(text.encode()).hexdigest(),
                        now,
                        now,
                    )
                )
                for start, end, quote, low, high, qualifier, unit, noun, attribution, context in found:
                    claim_id += 1
                    on_figure = rng.random() < 0.3
                    batch_claims.append(
                        {
                            "id": claim_id,
                            "document_id": doc_id,
                            "start": start,
                            "end": end,
                            "quote": quote,
                            "prefix": text[max(0, start - CONTEXT) : start],
                            "suffix": text[end : end + CONTEXT],
                            "low": low,
                            "high": high,
                            "qualifier": qualifier,
                            "unit": unit,
                            "noun": noun,
                            "attribution": attribution,
                            **context,
                            "rule": "generated",
                            "extractor_version": "bench",
                            "unread_since": "",
                            "status": "unreviewed",
                            "corrected_low": None,
                            "corrected_high": None,
                            "corrected_qualifier": "",
                            "corrected_unit": "",
                            "review_note": "",
                            "anchor": "anchored",
                            "anchor_distance": None,
                            "figure_id": rng.randrange(1, figures + 1) if on_figure and figures else None,
                            "suggested_figure_id": None,
                            "rank": rng.choice(["normal", "normal", "preferred", "deprecated"])
                            if on_figure
                            else "normal",
                            "rank_reason": "",
                            "conflict": "",
                            "suggested_conflict": "",
                            "version": 1,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
            document_writer.close()
            claim_writer = Writer(connection, "claims_claim", claim_columns)
            for row in batch_claims:
                claim_writer.write(tuple(row[column] for column in CLAIM_ROW_COLUMNS))
            claim_writer.close()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for table, column in (
                    ("corpus_outlet", "id"),
                    ("corpus_document", "id"),
                    ("claims_figure", "id"),
                    ("claims_claim", "id"),
                ):
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                        f"(SELECT COALESCE(MAX({column}), 1) FROM {table}))"
                    )
    loaded = time.perf_counter() - started
    with connection.schema_editor() as editor:
        migration.add_search_indexes(apps, editor)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # VACUUM sets the visibility map a COPY leaves empty, so capped counts read the interval index
            # alone (an index-only scan), as they do once autovacuum has run on a live database.
            connection.ensure_connection()
            connection.connection.autocommit = True
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
    return {
        "documents": documents,
        "claims": claim_id,
        "figures": figures,
        "load_seconds": round(loaded, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
    }


def store_all_citations(chunk: int = 2000) -> dict[str, float]:
    """Render and store every document's citations, as ingest does for the documents it stores.

    Without them each page that cites a document renders its citations on first view
    (``claims.citations.cite_documents``), so a bench of random claim pages measures citeproc.
    """
    from claims.citations import store_citations
    from corpus.models import Document

    started = time.perf_counter()
    ids = list(Document.objects.order_by("id").values_list("id", flat=True))
    rendered = sum(store_citations(ids[at : at + chunk]) for at in range(0, len(ids), chunk))
    return {"citations_rendered": rendered, "citation_seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--figures", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replace", action="store_true", help="remove existing outlets, documents, claims, figures")
    parser.add_argument(
        "--citations", action="store_true", help="also store every document's citations, as ingest does (slow)"
    )
    parser.add_argument(
        "--citations-only", action="store_true", help="store the citations of a corpus generated before, nothing else"
    )
    args = parser.parse_args()
    connect()
    if args.citations_only:
        print(store_all_citations())
        return
    report = generate(args.documents, args.claims, args.figures, args.seed, args.replace)
    print(report | store_all_citations() if args.citations else report)


if __name__ == "__main__":
    main()
