"""Write which claims each suggested figure holds, for fixed scenarios, to compare two checkouts' suggestions.

    python bench/suggestion_membership.py sets OUT.json                      # seeds and evaluation sets, SQLite
    python bench/suggestion_membership.py scale OUT.json --database postgres://postgres@127.0.0.1:5432/tally_x
    python bench/suggestion_membership.py sets OUT.json --code ../tally-before   # another checkout's code
    python bench/suggestion_membership.py dev OUT.json                       # the development sets (train_pairs.SETS)

``sets``: for the seeds, ``bench/figures_eval`` and ``bench/extraction_eval3``, a full run on
each source ``bench/figures.py`` scores (extracted, gold, gold+context), then every article
ingested one at a time (each ingest runs the incremental suggester), then a full run over
them; ``dev`` does the same on every development set (``train_pairs.SETS``), with ``bench/figures.py``'s
scores of each source (pairs, precision, recall, hard conflicts; not its times). ``scale``: generated articles (``bench/ingest.py``'s generator, seed 7) on
``--database`` (emptied first): 300 ingested one at a time, 700 more in bulk, a full run,
200 more one at a time. After each step the output holds every suggested figure's claims
(document name, span and ``suggested_conflict``) and the suggested figures' title, unit,
scope, period, reason and conflict. Two outputs that are equal mean the two checkouts
suggest the same figures; compare them with ``cmp`` or ``python -c``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def partition() -> list[list[str]]:
    """Return each suggested figure's claims as "document:start-end:suggested_conflict", sorted."""
    from claims.models import Claim

    groups: dict[int, list[str]] = {}
    for name, start, end, figure, conflict in Claim.objects.values_list(
        "document__source_name", "start", "end", "suggested_figure_id", "suggested_conflict"
    ):
        if figure:
            groups.setdefault(figure, []).append(f"{name}:{start}-{end}:{conflict}")
    return sorted(sorted(group) for group in groups.values())


def suggested_fields() -> list[list[str]]:
    """Return the suggested figures' title, unit, scope, period, reason and conflict, sorted."""
    from claims.models import Figure

    fields = ("title", "unit", "scope", "period", "suggestion_reason", "conflict")
    return sorted(list(row) for row in Figure.objects.filter(status="suggested").values_list(*fields))


def snapshot(result: dict[str, object], name: str) -> None:
    result[name] = partition()
    result[f"{name}/figures"] = suggested_fields()


def development_sets(code: Path) -> list[Path]:
    """Return the development sets' folders in ``code`` (``bench/train_pairs.py``'s ``SETS``)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_train_pairs", HERE / "bench" / "train_pairs.py")
    assert spec and spec.loader
    train_pairs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_pairs)
    return [code / "bench" / name for name in train_pairs.SETS]


def run_sets(code: Path, figures, folders: list[Path] | None = None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from claims.models import Claim, Figure
    from claims.pipeline import ingest
    from claims.suggestions.suggesting import suggest_figures
    from corpus.models import Document

    result: dict[str, object] = {}
    scored = folders is not None
    if folders is None:
        folders = [code / "data" / "seeds", code / "bench" / "figures_eval", code / "bench" / "extraction_eval3"]
    for seeds in folders:
        if not seeds.exists():
            continue
        articles = seeds / "articles" if (seeds / "articles").is_dir() else seeds
        gold = seeds / "gold.jsonl" if (seeds / "gold.jsonl").exists() else code / "data" / "seeds_gold.jsonl"
        sources = ["extracted", "gold"] + (["gold+context"] if figures.has_context(figures.load_gold(gold)) else [])
        for source in sources:
            scores = figures.run(source, articles, gold, False)
            snapshot(result, f"{seeds.name}/{source}/full")
            if scored:
                result[f"{seeds.name}/{source}/scores"] = {k: v for k, v in scores.items() if k != "seconds"}
        Claim.objects.all().delete()
        Figure.objects.all().delete()
        Document.objects.all().delete()
        for path in figures.article_paths(articles):
            ingest([path], citations=False, suggest=True)
        snapshot(result, f"{seeds.name}/ingest-one-by-one")
        suggest_figures()
        snapshot(result, f"{seeds.name}/ingest-then-full")
    return result


def run_scale(figures) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from django.db import connection

    from claims.pipeline import ingest
    from claims.suggestions.suggesting import suggest_figures

    bench = figures.load_ingest_bench()
    bench.empty_database()
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="tally-membership-") as folder:
        paths = bench.write_articles(Path(folder), 1200, 7)
        for path in paths[:300]:
            ingest([path], citations=False, suggest=True)
        snapshot(result, "scale/300-one-by-one")
        ingest(paths[300:1000], citations=False, suggest=False)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        suggest_figures()
        snapshot(result, "scale/1000-full")
        for path in paths[1000:]:
            ingest([path], citations=False, suggest=True)
        snapshot(result, "scale/200-more-one-by-one")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["sets", "dev", "scale"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--database", default="sqlite://:memory:")
    parser.add_argument("--code", type=Path, default=HERE, help="the checkout whose code suggests (default: this one)")
    args = parser.parse_args()
    code = args.code.resolve()
    out = args.out.resolve()
    # Celery's Django fixup puts the working directory first on sys.path: work in the measured checkout.
    os.chdir(code)
    sys.path.insert(0, str(code))
    sys.argv = [sys.argv[0], "--code", str(code)]  # bench/figures.py reads the checkout from its argv
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_figures", HERE / "bench" / "figures.py")
    assert spec and spec.loader
    figures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(figures)
    figures.setup_django(args.database)
    if args.what == "scale":
        result = run_scale(figures)
    else:
        result = run_sets(code, figures, development_sets(code) if args.what == "dev" else None)
    out.write_text(json.dumps(result, indent=0), encoding="utf-8")
    print({name: len(value) for name, value in result.items() if name.endswith(("/full", "one-by-one"))})  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
