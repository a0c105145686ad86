"""Measure figure suggestions against the gold ``figure_key`` column: pairwise precision and recall.

    python bench/figures.py                  # claims from the extractor (when it is installed), and gold claims
    python bench/figures.py --claims gold    # the gold claims only: suggestions on a perfect extraction
    python bench/figures.py --smoke          # the gold claims, then a 100-article scale check, in seconds
    python bench/figures.py --scale 1000     # time a full run and a one-document run on generated articles
    python bench/figures.py --scale 10000 --database postgres://postgres@127.0.0.1:5432/tally_sugg

The seed articles are read into a fresh in-memory SQLite database; claims come either from
the extractor (matched to gold claims by span overlap) or from the gold file itself (with
no counted noun: the suggester reads it from the text). A pair of claims is predicted when
the suggester gives both the same figure, and is right when the gold gives both one
``figure_key``. An extracted claim that matches no gold claim is never in a gold pair.

``--scale N`` generates N articles with ``bench/ingest.py``'s generator, ingests them
without suggestions (as ``ingest --no-suggest``), then times ``suggest_figures()`` over the
whole corpus and ``suggest_figures_for_documents`` for one more article ingested after it
(with its query count, and a check that no other claim's suggestion changed). A
``--database`` other than the in-memory default is created if missing and emptied first:
never point it at data you keep.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def setup_django(database: str = "sqlite://:memory:") -> None:
    if database.startswith("postgres"):
        import psycopg

        name = database.rsplit("/", 1)[1]
        with psycopg.connect(database.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
            if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                connection.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def load_ingest_bench():  # type: ignore[no-untyped-def]
    """Return bench/ingest.py as a module (its article generator and database helpers)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_ingest", REPO / "bench" / "ingest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_scale(count: int, seed: int = 1) -> list[str]:
    """Ingest ``count`` generated articles, time a full suggestion run and a one-article incremental run."""
    import tempfile

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim
    from claims.pipeline import ingest
    from claims.suggestions.suggesting import suggest_figures, suggest_figures_for_documents

    bench = load_ingest_bench()
    bench.empty_database()
    lines = []
    with tempfile.TemporaryDirectory(prefix="tally-figures-") as folder:
        *paths, last = bench.write_articles(Path(folder), count + 1, seed)
        started = time.perf_counter()
        report = ingest(paths, citations=False, suggest=False)
        ingested = time.perf_counter() - started
        assert not report.failures, report.failures[:3]
        claims = Claim.objects.count()
        if connection.vendor == "postgresql":  # as autovacuum would after a bulk load: the planner needs row counts
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        lines.append(
            f"scale     {count} articles, {claims} claims on {connection.vendor}; "
            f"ingested (no suggestions) in {ingested:.1f}s"
        )

        started = time.perf_counter()
        figures = suggest_figures()
        seconds = time.perf_counter() - started
        suggested = Claim.objects.filter(suggested_figure__isnull=False).count()
        lines.append(
            f"full      suggest_figures(): {seconds:.2f}s, {count / seconds:.0f} articles/s, "
            f"{claims / seconds:.0f} claims/s; {len(figures)} figures, {suggested} claims suggested"
        )

        before = dict(Claim.objects.values_list("pk", "suggested_figure_id"))
        [outcome] = ingest([last], citations=False, suggest=False).outcomes
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            touched = suggest_figures_for_documents([outcome.document_id])
            seconds = time.perf_counter() - started
        after = dict(Claim.objects.exclude(document_id=outcome.document_id).values_list("pk", "suggested_figure_id"))
        joined = sum(1 for pk, figure in after.items() if before.get(pk) is None and figure is not None)
        moved = sum(1 for pk, figure in after.items() if before.get(pk) is not None and before[pk] != figure)
        new = Claim.objects.filter(document_id=outcome.document_id)
        lines.append(
            f"one more  suggest_figures_for_documents([1 article, {new.count()} claims]): {seconds:.3f}s, "
            f"{len(queries)} queries; {len(touched)} figures touched, "
            f"{new.filter(suggested_figure__isnull=False).count()} new claims suggested, "
            f"{joined} older unsuggested claims joined them, {moved} older claims' suggestions changed"
        )
    return lines


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_documents(seeds: Path) -> dict[str, object]:
    """Store every seed article as a document (metadata read as ingest reads it); return them by file name."""
    from corpus.models import Document, hash_text
    from corpus.reading import read_text_file

    documents = {}
    for path in sorted(seeds.glob("*.txt")):
        article = read_text_file(path)
        documents[path.name] = Document.objects.create(
            source_name=path.name,
            title=article.title[:1000],
            text=article.text,
            content_hash=hash_text(article.text),
            published=article.published,
            published_precision=article.published_precision if article.published else "unknown",
        )
    return documents


def number(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def gold_claims(documents: dict, gold: list[dict]) -> list[tuple[object, dict]]:
    """Store the gold claims as claims; return (claim, gold line) pairs."""
    from claims.models import Claim

    pairs = []
    for line in gold:
        document = documents[line["article"]]
        claim = Claim.objects.create(
            document=document,
            start=line["start"],
            end=line["end"],
            quote=line["quote"],
            low=number(line["low"]),
            high=number(line["high"]),
            qualifier=line["qualifier"],
            unit=line["unit"],
        )
        pairs.append((claim, line))
    return pairs


def extracted_claims(documents: dict, gold: list[dict]) -> list[tuple[object, dict | None]]:
    """Store the extractor's claims; return (claim, matching gold line or None) pairs."""
    from claims.extraction import extract_claims
    from claims.models import Claim

    pairs = []
    for name, document in documents.items():
        lines = [line for line in gold if line["article"] == name]
        for found in extract_claims(document.text):
            claim = Claim.objects.create(
                document=document,
                start=found.start,
                end=found.end,
                quote=found.quote,
                low=found.low,
                high=found.high,
                qualifier=found.qualifier,
                unit=found.unit,
                noun=found.noun[:200],
                attribution=found.attribution[:500],
            )
            match = next((line for line in lines if line["start"] < found.end and found.start < line["end"]), None)
            pairs.append((claim, match))
    return pairs


def score(pairs: list[tuple[object, dict | None]], gold: list[dict]) -> dict[str, float]:
    """Return pairwise precision, recall and counts for the stored suggestions."""
    from claims.models import Claim

    suggested = dict(Claim.objects.values_list("pk", "suggested_figure_id"))
    gold_pairs = {
        frozenset((a["article"], a["start"], b["article"], b["start"]))
        for a, b in itertools.combinations(gold, 2)
        if a["figure_key"] and a["figure_key"] == b["figure_key"]
    }
    predicted = right = 0
    found_pairs = set()
    for (claim_a, line_a), (claim_b, line_b) in itertools.combinations(pairs, 2):
        figure_a, figure_b = suggested[claim_a.pk], suggested[claim_b.pk]
        if figure_a is None or figure_a != figure_b:
            continue
        predicted += 1
        if line_a and line_b and line_a["figure_key"] and line_a["figure_key"] == line_b["figure_key"]:
            right += 1
            found_pairs.add(frozenset((line_a["article"], line_a["start"], line_b["article"], line_b["start"])))
    precision = right / predicted if predicted else 1.0
    recall = len(found_pairs) / len(gold_pairs) if gold_pairs else 1.0
    return {
        "precision": precision,
        "recall": recall,
        "predicted_pairs": predicted,
        "right_pairs": right,
        "gold_pairs": len(gold_pairs),
        "found_gold_pairs": len(found_pairs),
    }


def run(source: str, seeds: Path, gold_path: Path, verbose: bool) -> dict[str, float]:
    from claims.models import Claim, Figure
    from claims.suggestions.suggesting import suggest_figures

    Claim.objects.all().delete()
    Figure.objects.all().delete()
    from corpus.models import Document

    Document.objects.all().delete()
    gold = load_gold(gold_path)
    documents = make_documents(seeds)
    pairs = gold_claims(documents, gold) if source == "gold" else extracted_claims(documents, gold)
    started = time.perf_counter()
    figures = suggest_figures()
    elapsed = time.perf_counter() - started
    result = score(pairs, gold) | {"claims": len(pairs), "figures": len(figures), "seconds": round(elapsed, 3)}
    if verbose:
        for figure in figures:
            print(f"  figure {figure.pk}: {figure.title}")
            for claim in Claim.objects.filter(suggested_figure=figure).select_related("document"):
                line = next((line for c, line in pairs if c.pk == claim.pk), None)
                key = line["figure_key"] if line else "(no gold claim)"
                print(f"    {claim.document.source_name[:3]} {claim.start:>5} {claim.quote!r:24} {claim.unit:14} {key}")
            print(f"    {figure.suggestion_reason}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", choices=["extracted", "gold", "both"], default="both")
    parser.add_argument("--smoke", action="store_true", help="gold claims and a 100-article scale check; seconds")
    parser.add_argument("--scale", type=int, metavar="N", help="time suggestions on N generated articles instead")
    parser.add_argument(
        "--database", default="sqlite://:memory:", help="database for --scale (created if missing, emptied first)"
    )
    parser.add_argument("--seeds", type=Path, default=REPO / "data" / "seeds")
    parser.add_argument("--gold", type=Path, default=REPO / "data" / "seeds_gold.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every suggested figure")
    args = parser.parse_args()
    if args.scale:
        setup_django(args.database)
        for line in run_scale(args.scale):
            print(line)
        return
    setup_django()
    sources = (
        ["gold"]
        if args.smoke or args.claims == "gold"
        else ["extracted", "gold"]
        if args.claims == "both"
        else ["extracted"]
    )
    for source in sources:
        if source == "extracted":
            try:
                import claims.extraction  # noqa: F401
                from claims.extraction import extract_claims  # noqa: F401
            except ImportError as error:
                print(f"extracted: skipped, the extractor is not installed ({error})")
                continue
        result = run(source, args.seeds, args.gold, args.verbose)
        print(
            f"{source:9} claims={result['claims']} figures={result['figures']} "
            f"pairs predicted={result['predicted_pairs']} right={result['right_pairs']} "
            f"gold={result['gold_pairs']} found={result['found_gold_pairs']} "
            f"precision={result['precision']:.3f} recall={result['recall']:.3f} ({result['seconds']}s)"
        )
    if args.smoke:
        for line in run_scale(100):
            print(line)


if __name__ == "__main__":
    main()
