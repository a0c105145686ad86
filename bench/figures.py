"""Measure figure suggestions against the gold ``figure_key`` column: pairwise precision and recall.

    python bench/figures.py                  # claims from the extractor (when it is installed), and gold claims
    python bench/figures.py --claims gold    # the gold claims only: suggestions on a perfect extraction
    python bench/figures.py --smoke          # the same on the gold claims, in a second or two

The seed articles are read into a fresh in-memory SQLite database; claims come either from
the extractor (matched to gold claims by span overlap) or from the gold file itself (with
no counted noun: the suggester reads it from the text). A pair of claims is predicted when
the suggester gives both the same figure, and is right when the gold gives both one
``figure_key``. An extracted claim that matches no gold claim is never in a gold pair.
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


def setup_django() -> None:
    os.environ["DATABASE_URL"] = "sqlite://:memory:"
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


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
            source_name=path.name, title=article.title[:1000], text=article.text,
            content_hash=hash_text(article.text), published=article.published,
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
            document=document, start=line["start"], end=line["end"], quote=line["quote"],
            low=number(line["low"]), high=number(line["high"]), qualifier=line["qualifier"], unit=line["unit"],
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
                document=document, start=found.start, end=found.end, quote=found.quote, low=found.low,
                high=found.high, qualifier=found.qualifier, unit=found.unit, noun=found.noun[:200],
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
    return {"precision": precision, "recall": recall, "predicted_pairs": predicted, "right_pairs": right,
            "gold_pairs": len(gold_pairs), "found_gold_pairs": len(found_pairs)}


def run(source: str, seeds: Path, gold_path: Path, verbose: bool) -> dict[str, float]:
    from claims.figures import suggest_figures
    from claims.models import Claim, Figure

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
    parser.add_argument("--smoke", action="store_true", help="gold claims only; runs in a second or two")
    parser.add_argument("--seeds", type=Path, default=REPO / "data" / "seeds")
    parser.add_argument("--gold", type=Path, default=REPO / "data" / "seeds_gold.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every suggested figure")
    args = parser.parse_args()
    setup_django()
    sources = ["gold"] if args.smoke or args.claims == "gold" else ["extracted", "gold"] if args.claims == "both" else ["extracted"]
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


if __name__ == "__main__":
    main()
