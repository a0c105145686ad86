"""Ingest throughput: documents and claims per second for generated articles, in-process and on Celery workers.

Articles are generated here (no third-party text), written to a temporary folder, and
ingested through ``claims.pipeline.ingest`` exactly as ``manage.py ingest`` does: once in
this process, then again (into an emptied database) on Celery worker processes. By default
only the store stage runs (``--no-citations --no-suggest``, the figure this bench has always
given); ``--all-stages`` adds citations and suggestions.
Peak memory is the high-water resident set of this process and of each worker.

    .venv/bin/python bench/ingest.py                       # 10,000 articles on PostgreSQL
    .venv/bin/python bench/ingest.py --smoke               # 50 articles, a few seconds (CI)
    .venv/bin/python bench/ingest.py --all-stages          # store, cite and suggest
    .venv/bin/python bench/ingest.py --database sqlite:///tmp/bench.sqlite3 --articles 2000

The database (default ``postgres://postgres@127.0.0.1:5432/tally_i_bench``) is created if
missing, migrated, and emptied before each run: never point it at data you keep.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PLACES = ["Northport", "Eastvale", "Riverton", "Lakeside", "Hillcrest", "Bayview", "Stonebridge", "Millbrook"]
NOUNS = ["passengers", "volunteers", "boats", "households", "students", "workers", "visitors", "residents"]
GROUPS = ["the port authority", "city officials", "the transit agency", "the school board", "organisers"]
QUALIFIERS = ["", "some ", "about ", "more than ", "as many as ", "nearly ", "at least ", "an estimated "]
WORDS = ["two", "three", "four", "five", "seven", "ten", "twelve", "dozens of", "hundreds of"]
FILLER = [
    "The figures were published in a report on {place} released this week.",
    "Local businesses along the waterfront said they were preparing for a busy season.",
    "The council is expected to discuss the results when it meets again after the holiday.",
    "Several stalls sold food and crafts made by families from the surrounding villages.",
    "Organisers thanked the volunteers who had helped set up the tents before dawn.",
    "Critics said the money would have been better spent on repairing the old pier in {place}.",
    "Officials in {place} said the numbers would be reviewed before the next meeting.",
    "Residents interviewed near the harbour said they had noticed the change.",
    "The report did not say how the count was made or who had checked it.",
    "A spokesperson declined to comment further on the plans for {place}.",
]


def generate_article(number: int, rng: random.Random) -> str:
    """Return one made-up local news article: a headline and 8 to 14 paragraphs, about one number in three sentences."""
    place = rng.choice(PLACES)
    lines = [f"{place} counts {rng.randint(2, 900):,} {rng.choice(NOUNS)} at spring fair ({number})", ""]
    for _ in range(rng.randint(8, 14)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            kind = rng.random()
            if kind < 0.18:
                value = rng.choice([rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10_000, 2_000_000)])
                sentences.append(
                    f"{rng.choice(GROUPS).capitalize()} said {rng.choice(QUALIFIERS)}{value:,} "
                    f"{rng.choice(NOUNS)} took part in {place}."
                )
            elif kind < 0.26:
                sentences.append(f"{rng.choice(WORDS).capitalize()} {rng.choice(NOUNS)} arrived on the first day.")
            elif kind < 0.32:
                sentences.append(f"Turnout rose by {rng.randint(1, 60)} percent over {rng.choice(WORDS[:6])} years.")
            else:
                sentences.append(rng.choice(FILLER).format(place=place))
        lines += [" ".join(sentences), ""]
    return "\n".join(lines).rstrip() + "\n"


def write_articles(folder: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        path = folder / f"article-{number:05d}.txt"
        path.write_text(generate_article(number, rng), encoding="utf-8")
        paths.append(path)
    return paths


def prepare_database(url: str) -> None:
    """Create the PostgreSQL database if it does not exist; point Django at it and migrate."""
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        admin = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin, autocommit=True) as connection:
            exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def empty_database() -> None:
    """Delete every document, claim, figure and outlet (TRUNCATE on PostgreSQL: much faster)."""
    from django.db import connection

    from claims.models import Claim, Figure
    from corpus.models import Document, DocumentVersion, Outlet

    models = (Claim.history.model, Claim, Figure.history.model, Figure, DocumentVersion, Document, Outlet)
    if connection.vendor == "postgresql":
        tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        return
    for model in models:
        model.objects.all()._raw_delete(model.objects.db)


def peak_rss_mb(pid: int | None = None) -> float:
    """Return the peak resident set size of a process in MB (this process by default)."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def report_line(label: str, documents: int, claims: int, seconds: float, memory: str) -> str:
    return (
        f"{label:28} {documents:6d} docs {claims:8d} claims {seconds:7.1f} s "
        f"{documents / seconds:8.1f} docs/s {claims / seconds:9.1f} claims/s  peak {memory}"
    )


def run_inline(paths: list[Path], batch_size: int, all_stages: bool) -> str:
    from claims.pipeline import ingest

    started = time.perf_counter()
    report = ingest(paths, batch_size=batch_size, backend="inline", citations=all_stages, suggest=all_stages)
    seconds = time.perf_counter() - started
    assert not report.failures, report.failures[:3]
    return report_line("in-process", report.count("ingested"), report.claims, seconds, f"{peak_rss_mb():.0f} MB")


def broker_is_up(url: str) -> bool:
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=2) as connection:
            connection.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        return False


def start_workers(count: int, queue: str, env: dict[str, str], log: Path) -> list[subprocess.Popen[bytes]]:
    workers = []
    for n in range(count):
        command = [
            str(REPO / ".venv" / "bin" / "celery"),
            "-A",
            "config",
            "worker",
            "--pool",
            "solo",
            "-Q",
            queue,
            "-n",
            f"bench{n}-{queue}@%h",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
        workers.append(subprocess.Popen(command, cwd=REPO, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT))
    return workers


def wait_for_workers(app, names: int, queue: str, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=1.0) or []
        if sum(1 for reply in replies for name in reply if queue in name) >= names:
            return
    raise RuntimeError(f"{names} workers did not answer within {timeout:.0f} s")


def run_celery(paths: list[Path], batch_size: int, workers: int, broker: str, database: str, all_stages: bool) -> str:
    from django.conf import settings

    from claims.pipeline import ingest
    from config.celery import app

    if not broker_is_up(broker):
        return f"celery: skipped, no broker at {broker}"
    queue = f"tally-bench-{uuid.uuid4().hex[:6]}"
    settings.TALLY_INGEST_QUEUE = queue
    app.conf.broker_url = broker
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "CELERY_BROKER_URL": broker,
        "CELERY_RESULT_BACKEND": os.environ.get("CELERY_RESULT_BACKEND", app.conf.result_backend),
    }
    log = Path(tempfile.gettempdir()) / f"{queue}.log"
    processes = start_workers(workers, queue, env, log)
    try:
        wait_for_workers(app, workers, queue)
        started = time.perf_counter()
        report = ingest(paths, batch_size=batch_size, backend="celery", citations=all_stages, suggest=all_stages)
        seconds = time.perf_counter() - started
        assert not report.failures, report.failures[:3]
        memory = (
            " + ".join(f"{peak_rss_mb(p.pid):.0f}" for p in processes) + f" MB workers, {peak_rss_mb():.0f} MB sender"
        )
        return report_line(f"celery, {workers} workers", report.count("ingested"), report.claims, seconds, memory)
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="50 articles, for CI")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--database", default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tally_i_bench")
    )
    parser.add_argument("--broker", default=os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--no-celery", action="store_true", help="measure in-process only")
    parser.add_argument("--all-stages", action="store_true", help="also render citations and suggest figures")
    args = parser.parse_args()
    count = 50 if args.smoke else args.articles
    smoke_folder = None
    if args.smoke and "BENCH_DATABASE_URL" not in os.environ and args.database.startswith("postgres"):
        # A database of this run's own: two checkouts' smoke runs must never share one (their schemas differ).
        smoke_folder = tempfile.mkdtemp(prefix="tally-bench-smoke-")
        args.database = f"sqlite:///{Path(smoke_folder) / 'bench.sqlite3'}"

    prepare_database(args.database)
    with tempfile.TemporaryDirectory(prefix="tally-bench-") as folder:
        paths = write_articles(Path(folder), count, seed=7)
        size = sum(p.stat().st_size for p in paths)
        print(
            f"{count} generated articles, {size / count:.0f} bytes each on average; "
            f"database {args.database.split('@')[-1]}; batches of {args.batch_size}; {os.cpu_count()} CPUs"
        )
        empty_database()
        print(run_inline(paths, args.batch_size, args.all_stages))
        if not args.no_celery:
            empty_database()
            print(run_celery(paths, args.batch_size, args.workers, args.broker, args.database, args.all_stages))
        empty_database()
    if smoke_folder:
        shutil.rmtree(smoke_folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
