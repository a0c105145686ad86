"""Measure figure suggestions against the gold ``figure_key`` column: pairwise precision, recall, F1, conflicts.

    python bench/figures.py                  # claims from the extractor (when it is installed), and gold claims
    python bench/figures.py --claims gold    # the gold claims only: suggestions on a perfect extraction
    python bench/figures.py --smoke          # the gold claims, then a 100-article scale check, in seconds
    python bench/figures.py --scale 1000     # time a full run and a one-document run on generated articles
    python bench/figures.py --scale 10000 --database postgres://postgres@127.0.0.1:5432/tally_suggest_bench
    python bench/figures.py --seeds bench/figures_eval --against /work/sugg-before   # today's code beside, one run

``--seeds DIR`` takes the articles of DIR (or ``DIR/articles``) and ``DIR/gold.jsonl``.
Sources: ``extracted`` (the extractor's claims and context), ``gold`` (the gold claims with
no context: the suggester reads the sentence text) and ``gold+context`` (the gold claims
with the gold's context fields: subject, event, place, period, attribution), when the gold
has them. Hard conflicts surfaced: of the hard pairs in ``conflicts.jsonl`` beside the
gold, those whose two claims share one suggested figure that is flagged hard (or whose
``suggested_conflict`` is hard). ``--against DIR`` runs this same script with DIR's code
and virtual environment (another checkout, e.g. ``git worktree add /work/sugg-before
2a05838``) and prints both, with the ratio of their times.

The seed articles are read into a fresh in-memory SQLite database; claims come either from
the extractor (matched to gold claims by span overlap) or from the gold file itself (with
no counted noun: the suggester reads it from the text). A pair of claims is predicted when
the suggester gives both the same figure, and is right when the gold gives both one
``figure_key``. An extracted claim that matches no gold claim is never in a gold pair.

``--scale N`` generates N articles with ``bench/ingest.py``'s generator, ingests them
without suggestions (as ``ingest --no-suggest``), then times ``suggest_figures()`` over the
whole corpus and ``suggest_figures_for_documents`` for each of ``ONE_MORE`` more articles
ingested after it, one at a time (the median and the slowest, their query counts, and a
check that no older claim's suggestion changed). Each time is given in wall-clock seconds
and in this process's CPU seconds: on a machine others load, the CPU seconds move less. A
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

HERE = Path(__file__).resolve().parent.parent
# How many more articles ``--scale`` places one at a time after the full run.
ONE_MORE = 5


def code_checkout() -> Path:
    """Return the checkout whose code is measured: ``--code DIR`` (set by ``--against``) or this one."""
    if "--code" in sys.argv:
        return Path(sys.argv[sys.argv.index("--code") + 1]).resolve()
    return HERE


REPO = code_checkout()
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

    spec = importlib.util.spec_from_file_location("bench_ingest", HERE / "bench" / "ingest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_scale(count: int, seed: int = 1) -> list[str]:
    """Ingest ``count`` generated articles, time a full suggestion run and a one-article incremental run."""
    import tempfile

    from django.db import connection

    from claims.models import Claim
    from claims.pipeline import ingest
    from claims.suggestions.suggesting import suggest_figures

    bench = load_ingest_bench()
    bench.empty_database()
    lines = []
    with tempfile.TemporaryDirectory(prefix="tally-figures-") as folder:
        paths = bench.write_articles(Path(folder), count + ONE_MORE, seed)
        paths, more = paths[:count], paths[count:]
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

        started, cpu = time.perf_counter(), time.process_time()
        figures = suggest_figures()
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        suggested = Claim.objects.filter(suggested_figure__isnull=False).count()
        lines.append(
            f"full      suggest_figures(): {seconds:.2f}s (cpu {cpu:.2f}s), {count / seconds:.0f} articles/s, "
            f"{claims / seconds:.0f} claims/s; {len(figures)} figures, {suggested} claims suggested"
        )
        lines.append(one_more(more))
    return lines


def one_more(paths: list[Path]) -> str:
    """Ingest each article (no suggestions), then time ``suggest_figures_for_documents`` for it alone; summarize."""
    import statistics

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim
    from claims.pipeline import ingest
    from claims.suggestions.suggesting import suggest_figures_for_documents

    walls, cpus, queries, new_claims = [], [], [], []
    touched = suggested = joined = moved = 0
    for path in paths:
        before = dict(Claim.objects.values_list("pk", "suggested_figure_id"))
        [outcome] = ingest([path], citations=False, suggest=False).outcomes
        with CaptureQueriesContext(connection) as captured:
            started, cpu = time.perf_counter(), time.process_time()
            touched += len(suggest_figures_for_documents([outcome.document_id]))
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        queries.append(len(captured))
        after = dict(Claim.objects.exclude(document_id=outcome.document_id).values_list("pk", "suggested_figure_id"))
        joined += sum(1 for pk, figure in after.items() if before.get(pk) is None and figure is not None)
        moved += sum(1 for pk, figure in after.items() if before.get(pk) is not None and before[pk] != figure)
        new = Claim.objects.filter(document_id=outcome.document_id)
        new_claims.append(new.count())
        suggested += new.filter(suggested_figure__isnull=False).count()
    return (
        f"one more  suggest_figures_for_documents, {len(paths)} articles one at a time ({min(new_claims)}-"
        f"{max(new_claims)} claims each): median {statistics.median(walls):.3f}s (cpu {statistics.median(cpus):.3f}s), "
        f"slowest {max(walls):.3f}s, {min(queries)}-{max(queries)} queries; {touched} figures touched, "
        f"{suggested} new claims suggested, {joined} older unsuggested claims joined them, "
        f"{moved} older claims' suggestions changed"
    )


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def article_paths(seeds: Path) -> list[Path]:
    """Return the set's articles: the files its manifest lists, else every ``*.txt`` in the folder.

    A set's folder may hold other text (``bench/figures_eval/annotations.txt`` is the hand
    annotation its gold is built from); read as an article it would add hundreds of claims.
    """
    manifest = seeds / "manifest.jsonl"
    if manifest.exists():
        return [seeds / json.loads(line)["file"] for line in manifest.read_text(encoding="utf-8").splitlines() if line]
    return sorted(seeds.glob("*.txt"))


def make_documents(seeds: Path) -> dict[str, object]:
    """Store every seed article as a document (metadata read as ingest reads it); return them by file name."""
    import dataclasses

    from corpus.models import Document, hash_text
    from corpus.reading import parse_partial_date, read_text_file, sidecar_path

    documents = {}
    for path in article_paths(seeds):
        article = read_text_file(path)
        sidecar = sidecar_path(path)
        # The sidecar's date, read leniently (an evaluation set's sidecar may carry nulls ingest would refuse).
        published = json.loads(sidecar.read_text(encoding="utf-8")).get("published") if sidecar.exists() else None
        if published:
            day, precision = parse_partial_date(published, str(sidecar))
            article = dataclasses.replace(article, published=day, published_precision=precision)
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


# The gold's context fields a claim stores as they are (the period's dates are parsed).
CONTEXT_FIELDS = ("subject", "event", "place", "period_text", "period_precision", "attribution", "hedge")
# (The gold's ``period`` is an ISO day, month, year or span; ``gold_context`` reads it into the period fields.)


# What ``--with-gold`` can replace on an extracted claim: each name's claim fields.
GOLD_FIELDS = {
    "unit": ("unit",),
    "subject": ("subject",),
    "event": ("event",),
    "place": ("place",),
    "period": ("period_start", "period_end", "period_precision", "period_text"),
    "attribution": ("attribution", "hedge"),
}


def with_gold(pairs: list[tuple[object, dict | None]], names: list[str]) -> None:
    """Give each extracted claim matched to a gold line the gold's value of the named ``GOLD_FIELDS``."""
    for claim, line in pairs:
        if line is None:
            continue
        gold = gold_context(line) | {"unit": line["unit"]}
        for name in names:
            for field in GOLD_FIELDS[name]:
                setattr(claim, field, gold.get(field, None if field in ("period_start", "period_end") else ""))
        claim.save()


def gold_context(line: dict) -> dict[str, object]:
    """Return the claim fields of a gold line's context (those the claim model has)."""
    import datetime

    from claims.models import Claim

    names = {field.name for field in Claim._meta.get_fields()}
    fields: dict[str, object] = {}
    for name in CONTEXT_FIELDS:
        value = line.get(name)
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        if value and name in names:
            fields[name] = str(value)[: Claim._meta.get_field(name).max_length]
    for name in ("period_start", "period_end"):
        if line.get(name) and name in names:
            fields[name] = datetime.date.fromisoformat(str(line[name])[:10])
    if isinstance(line.get("period"), str) and line["period"] and "period_start" in names:
        # An ISO day, month or year, or a span of them "start/end".
        first, _, last = line["period"].partition("/")
        start, precision = iso_period(first)
        end, _ = iso_period(last or first, end=True)
        fields |= {"period_start": start, "period_end": end, "period_precision": precision}
        fields.setdefault("period_text", line["period"][:100])
    return fields


def iso_period(text: str, *, end: bool = False) -> tuple[object, str]:
    """Return the first (or with ``end`` the last) day of an ISO day, month or year, and its precision."""
    import calendar
    import datetime

    parts = [int(part) for part in text.strip().split("-")]
    if len(parts) == 3:
        return datetime.date(*parts), "day"
    if len(parts) == 2:
        day = calendar.monthrange(*parts)[1] if end else 1
        return datetime.date(parts[0], parts[1], day), "month"
    return datetime.date(parts[0], 12 if end else 1, 31 if end else 1), "year"


def has_context(gold: list[dict]) -> bool:
    return any(line.get("subject") for line in gold)


def gold_claims(documents: dict, gold: list[dict], *, context: bool = False) -> list[tuple[object, dict]]:
    """Store the gold claims as claims (with the gold's context when ``context``); return (claim, gold line) pairs."""
    from claims.models import Claim

    pairs = []
    for line in gold:
        document = documents[line["article"]]
        claim = Claim.objects.create(
            **(gold_context(line) if context else {}),
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


def body_offsets(seeds: Path) -> dict[str, int]:
    """Return where each article's annotated body starts (the manifest's ``body_offset``; 0 without one)."""
    manifest = seeds / "manifest.jsonl"
    if not manifest.exists():
        return {}
    lines = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {line["file"]: int(line.get("body_offset", 0)) for line in lines}


def extracted_claims(documents: dict, gold: list[dict], seeds: Path) -> list[tuple[object, dict | None]]:
    """Store the extractor's claims; return (claim, matching gold line or None) pairs.

    Claims before an article's ``body_offset`` (its title, which the gold does not annotate)
    are stored and grouped like any other but left out of the pairs scored, as
    ``../shared/eval/score.py --manifest`` leaves them out.
    """
    offsets = body_offsets(seeds)
    from claims.extraction import extract_claims
    from claims.models import Claim

    try:
        from claims.ingest import extracted_values
    except ImportError:
        extracted_values = None
    names = {field.name for field in Claim._meta.get_fields()}
    pairs = []
    for name, document in documents.items():
        lines = [line for line in gold if line["article"] == name]
        for found in extract_claims(document.text, document.published):
            if extracted_values is not None:
                # The one mapping of an extractor result to claim fields that every write path uses.
                claim = Claim.objects.create(document=document, **extracted_values(found, document.text))
                match = next((line for line in lines if line["start"] < found.end and found.start < line["end"]), None)
                if found.start >= offsets.get(name, 0):
                    pairs.append((claim, match))
                continue
            # An older checkout: the extractor's context, as far as its extractor and claim model carry it.
            context = {
                field: str(getattr(found, field))[: Claim._meta.get_field(field).max_length]
                for field in CONTEXT_FIELDS
                if field != "attribution" and field in names and getattr(found, field, "")
            }
            context |= {
                field: getattr(found, field)
                for field in ("period_start", "period_end")
                if field in names and getattr(found, field, None)
            }
            claim = Claim.objects.create(
                **context,
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
            if found.start >= offsets.get(name, 0):
                pairs.append((claim, match))
    return pairs


def gold_identity(line: dict) -> tuple[str, int]:
    return (line["article"], int(line["start"]))


def score(pairs: list[tuple[object, dict | None]], gold: list[dict]) -> dict[str, float]:
    """Return pairwise precision, recall, F1 and counts for the stored suggestions."""
    from claims.models import Claim

    suggested = dict(Claim.objects.values_list("pk", "suggested_figure_id"))
    gold_pairs = {
        frozenset((gold_identity(a), gold_identity(b)))
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
            found_pairs.add(frozenset((gold_identity(line_a), gold_identity(line_b))))
    precision = right / predicted if predicted else 1.0
    recall = len(found_pairs) / len(gold_pairs) if gold_pairs else 1.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "predicted_pairs": predicted,
        "right_pairs": right,
        "gold_pairs": len(gold_pairs),
        "found_gold_pairs": len(found_pairs),
    }


def conflict_claims(entry: dict, gold: list[dict]) -> list[tuple[str, int]]:
    """Return the gold claims (article, start) a ``conflicts.jsonl`` entry names, whatever its layout.

    A claim is named by a nested object (``a``/``b``, ``first``/``second``, ``claims``: [...])
    or by suffixed keys (``article_a``, ``start_a``, ...), with ``start`` or ``quote`` (and
    ``occurrence``); one ``article`` key may serve both.
    """
    named: list[dict] = []
    for value in entry.values():
        if isinstance(value, dict):
            named.append(value)
        elif isinstance(value, list):
            named += [item for item in value if isinstance(item, dict)]
    if not named:
        for suffix in ("a", "b", "1", "2", "first", "second"):
            part = {key[: -len(suffix) - 1]: value for key, value in entry.items() if key.endswith("_" + suffix)}
            if part:
                named.append(part)
    found = []
    for part in named:
        article = part.get("article") or entry.get("article")
        if "start" in part:
            found.append((article, int(part["start"])))
            continue
        quote, occurrence = part.get("quote"), int(part.get("occurrence", 1))
        matches = [line for line in gold if line["article"] == article and line["quote"] == quote]
        if len(matches) >= occurrence:
            found.append(gold_identity(matches[occurrence - 1]))
    return found


def conflict_kind(entry: dict) -> str:
    for key in ("conflict", "kind", "type", "severity", "level"):
        if isinstance(entry.get(key), str):
            return entry[key].lower()
    return ""


def score_conflicts(pairs: list[tuple[object, dict | None]], gold: list[dict], path: Path) -> dict[str, int]:
    """Return how many hard conflicts of ``conflicts.jsonl`` the suggestions surface, of how many.

    Surfaced: both claims in one suggested figure, which is flagged hard (or both claims' ``suggested_conflict`` is).
    """
    from claims.models import Claim, Figure

    if not path.exists():
        return {}
    by_gold = {gold_identity(line): claim for claim, line in pairs if line}
    rows = {
        pk: (figure, state)
        for pk, figure, state in Claim.objects.values_list("pk", "suggested_figure_id", "suggested_conflict")
    }
    figure_conflict = dict(Figure.objects.values_list("pk", "conflict"))
    key_of = {gold_identity(line): line["figure_key"] for line in gold}
    hard = surfaced = missing = 0
    # Gold figures holding a hard conflict, and those with at least one of theirs surfaced: a few large figures
    # hold most hard pairs, so the figures are counted too.
    figures_hard: set[str] = set()
    figures_surfaced: set[str] = set()
    for entry in load_gold(path):
        if conflict_kind(entry) != "hard":
            continue
        hard += 1
        named = conflict_claims(entry, gold)
        keys = {key_of.get(identity) for identity in named}
        key = keys.pop() if len(keys) == 1 else None
        if key:
            figures_hard.add(key)
        claims = [by_gold.get(identity) for identity in named]
        if len(claims) != 2 or None in claims:
            missing += 1
            continue
        (figure_a, state_a), (figure_b, state_b) = (rows[claim.pk] for claim in claims)
        flagged = figure_conflict.get(figure_a) == "hard" or state_a == state_b == "hard"
        found = bool(figure_a and figure_a == figure_b and flagged)
        surfaced += found
        if found and key:
            figures_surfaced.add(key)
    return {
        "hard": hard,
        "surfaced": surfaced,
        "unmatched": missing,
        "hard_figures": len(figures_hard),
        "hard_figures_surfaced": len(figures_surfaced),
    }


def run(source: str, seeds: Path, gold_path: Path, verbose: bool, gold_fields: list[str] = ()) -> dict[str, object]:
    from claims.models import Claim, Figure
    from claims.suggestions.suggesting import suggest_figures

    Claim.objects.all().delete()
    Figure.objects.all().delete()
    from corpus.models import Document

    Document.objects.all().delete()
    gold = load_gold(gold_path)
    documents = make_documents(seeds)
    if source == "extracted":
        pairs = extracted_claims(documents, gold, seeds)
        with_gold(pairs, list(gold_fields))
    else:
        pairs = gold_claims(documents, gold, context=source == "gold+context")
    started = time.perf_counter()
    figures = suggest_figures()
    elapsed = time.perf_counter() - started
    result = score(pairs, gold) | {"claims": len(pairs), "figures": len(figures), "seconds": round(elapsed, 3)}
    result["conflicts"] = score_conflicts(pairs, gold, gold_path.parent / "conflicts.jsonl")
    if verbose:
        for figure in figures:
            print(f"  figure {figure.pk}: {figure.title}")
            for claim in Claim.objects.filter(suggested_figure=figure).select_related("document"):
                line = next((line for c, line in pairs if c.pk == claim.pk), None)
                key = line["figure_key"] if line else "(no gold claim)"
                print(
                    f"    {claim.document.source_name[:3]} {claim.start:>5} {claim.quote!r:24} {claim.unit:14} {key}"
                    f" {getattr(claim, 'suggested_conflict', '')}"
                )
            print(f"    {figure.suggestion_reason}")
    return result


def result_line(source: str, result: dict) -> str:
    line = (
        f"{source:12} claims={result['claims']} figures={result['figures']} "
        f"pairs predicted={result['predicted_pairs']} right={result['right_pairs']} "
        f"gold={result['gold_pairs']} found={result['found_gold_pairs']} "
        f"precision={result['precision']:.3f} recall={result['recall']:.3f} f1={result['f1']:.3f}"
    )
    found = result["conflicts"]
    if found:
        line += f" hard-conflicts={found['surfaced']}/{found['hard']}"
        line += f" hard-figures={found['hard_figures_surfaced']}/{found['hard_figures']}"
        if found["unmatched"]:
            line += f" ({found['unmatched']} with a claim not extracted)"
    return line + f" ({result['seconds']}s)"


def run_against(checkout: Path, argv: list[str]) -> None:
    """Run this script with another checkout's code and venv, then with this one's; print both and time ratios."""
    import re
    import subprocess

    # Paths given are read from here; each run works in its own checkout (Celery's Django fixup puts the
    # working directory first on sys.path, so it decides which code is imported).
    argv = [
        str(Path(value).resolve()) if at and argv[at - 1] in ("--seeds", "--gold") else value
        for at, value in enumerate(argv)
    ]
    outputs = {}
    for label, code in (("before", checkout.resolve()), ("after", HERE)):
        python = code / ".venv" / "bin" / "python"
        command = [str(python), str(Path(__file__).resolve()), *argv, "--code", str(code)]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=code)
        if done.returncode:
            print(done.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"{label} ({code}) failed")
        outputs[label] = done.stdout.splitlines()
        for line in outputs[label]:
            print(f"{label:6} {code.name:14} | {line}")
    for name, pattern in (
        ("full run", r"^full .*?: ([\d.]+)s"),
        ("full run, cpu", r"^full .*?\(cpu ([\d.]+)s\)"),
        ("one more article, median", r"^one more .*?median ([\d.]+)s"),
        ("one more article, median cpu", r"^one more .*?median [\d.]+s \(cpu ([\d.]+)s\)"),
    ):
        times = []
        for label in ("before", "after"):
            found = [re.search(pattern, line) for line in outputs[label]]
            times += [float(match.group(1)) for match in found if match]
        if len(times) == 2 and times[0]:
            print(f"ratio  {name}: after/before = {times[1] / times[0]:.2f} ({times[1]:.3f}s against {times[0]:.3f}s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", choices=["extracted", "gold", "both"], default="both")
    parser.add_argument("--smoke", action="store_true", help="gold claims and a 100-article scale check; seconds")
    parser.add_argument("--scale", type=int, metavar="N", help="time suggestions on N generated articles instead")
    parser.add_argument(
        "--database", default="sqlite://:memory:", help="database for --scale (created if missing, emptied first)"
    )
    parser.add_argument("--seeds", type=Path, default=REPO / "data" / "seeds")
    parser.add_argument("--gold", type=Path, help="the gold file (default: beside the seeds)")
    parser.add_argument("--against", type=Path, metavar="DIR", help="also run another checkout's code, side by side")
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every suggested figure")
    parser.add_argument(
        "--with-gold",
        metavar="FIELDS",
        default="",
        help=f"extracted claims with these fields replaced by the gold's where a claim matches one (comma-separated, "
        f"of {', '.join(GOLD_FIELDS)}): which reading costs the suggester most",
    )
    args = parser.parse_args()
    if args.against:
        argv = sys.argv[1:]
        at = argv.index("--against")
        run_against(args.against, argv[:at] + argv[at + 2 :])
        return
    seeds = args.seeds / "articles" if (args.seeds / "articles").is_dir() else args.seeds
    gold_path = args.gold or (
        args.seeds / "gold.jsonl" if (args.seeds / "gold.jsonl").exists() else REPO / "data" / "seeds_gold.jsonl"
    )
    if args.scale:
        setup_django(args.database)
        for line in run_scale(args.scale):
            print(line)
        return
    setup_django()
    sources = ["extracted", "gold"] if args.claims == "both" else [args.claims]
    if args.smoke:
        sources = ["gold"]
    if "gold" in sources and has_context(load_gold(gold_path)):
        sources.append("gold+context")
    for source in sources:
        if source == "extracted":
            try:
                import claims.extraction  # noqa: F401
                from claims.extraction import extract_claims  # noqa: F401
            except ImportError as error:
                print(f"extracted: skipped, the extractor is not installed ({error})")
                continue
        gold_fields = [name for name in args.with_gold.split(",") if name] if source == "extracted" else []
        unknown = set(gold_fields) - set(GOLD_FIELDS)
        if unknown:
            raise SystemExit(
                f"--with-gold: unknown field(s) {', '.join(sorted(unknown))}; choose from {', '.join(GOLD_FIELDS)}"
            )
        label = f"extracted+gold {'+'.join(gold_fields)}" if gold_fields else source
        print(result_line(label, run(source, seeds, gold_path, args.verbose, gold_fields)))
    if args.smoke:
        for line in run_scale(100):
            print(line)


if __name__ == "__main__":
    main()
