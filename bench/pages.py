"""Latency of the public pages at scale: document, claim, figure, search and citation lookup.

Generates a corpus (bench/generate_corpus.py), serves it with gunicorn, requests each
kind of page many times with varying ids and words, and reports median and p95 latency
plus the SQL each page runs.

    .venv/bin/python bench/pages.py                  # PostgreSQL, 100,000 documents, 1,000,000 claims
    .venv/bin/python bench/pages.py --reuse          # keep a corpus generated before
    .venv/bin/python bench/pages.py --smoke          # SQLite, a tiny corpus, a few seconds (CI)
    .venv/bin/python bench/pages.py --reuse --against ../tally-before   # side by side with another checkout

With ``--against DIR`` a second checkout of Tally (its own ``.venv``, e.g. ``git worktree add
../tally-before COMMIT && ../tally-before/bin/setup``) is served by its own gunicorn on the same
database, and every request goes to both servers in turn (which one goes first alternates), so
load on the machine falls on both alike; the table gives both and their ratio.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PYTHON = sys.executable
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/tally_bench"
TARGETS_MS = {"document": None, "claim": 50, "figure": 50, "search": 150, "citations": 150}
WORDS = [
    "detained",
    "displaced",
    "evacuated",
    "injured",
    "arrested",
    "relocated",
    "refugees",
    "protesters",
    "workers detained",
    "escapees deported",
    "villages",
    "rights groups",
]
VALUES = [50, 100, 200, 500, 1000, 2000, 5000]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named in ``url`` if it does not exist."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def page_urls(rng: random.Random, ids: dict[str, list[int]], kind: str) -> str:
    if kind == "document":
        return f"/documents/{rng.choice(ids['documents'])}/"
    if kind == "claim":
        return f"/claims/{rng.choice(ids['claims'])}/"
    if kind == "figure":
        return f"/figures/{rng.choice(ids['figures'])}/"
    if kind == "search":
        return "/search/?q=" + rng.choice(WORDS).replace(" ", "+")
    return f"/citations/?value={rng.choice(VALUES)}&unit=person&q={rng.choice(WORDS).split()[0]}"


def sample_ids(rng: random.Random) -> dict[str, list[int]]:
    from django.db.models import Max

    from claims.models import Claim, Figure
    from corpus.models import Document

    top = {
        "documents": Document.objects.aggregate(m=Max("id"))["m"],
        "claims": Claim.objects.aggregate(m=Max("id"))["m"],
    }
    ids = {key: [rng.randint(1, top[key]) for _ in range(2000)] for key in top}
    ids["figures"] = list(Figure.objects.filter(claims__isnull=False).values_list("id", flat=True).distinct()[:2000])
    return ids


def page_queries(ids: dict[str, list[int]]) -> dict[str, list[str]]:
    """Return the SQL each kind of page runs (one request each, in-process)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rng = random.Random(1)
    report = {}
    for kind in TARGETS_MS:
        url = page_urls(rng, ids, kind)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        report[kind] = [url] + [" ".join(q["sql"].split())[:300] for q in queries.captured_queries]
    return report


def summarise(timings: list[float]) -> dict[str, float]:
    timings = sorted(timings)
    return {
        "requests": len(timings),
        "median_ms": round(statistics.median(timings), 1),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
        "max_ms": round(timings[-1], 1),
    }


def timed_get(connection: http.client.HTTPConnection, url: str) -> float:
    started = time.perf_counter()
    connection.request("GET", url, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"{url} answered {response.status}: {body[:500]!r}")
    return elapsed


def measure(
    ports: list[int], ids: dict[str, list[int]], requests: int, warmup: int
) -> list[dict[str, dict[str, float]]]:
    """Return per server the latency of each kind of page; each URL goes to every server, in alternating order."""
    rng = random.Random(7)
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for port in ports]
    results: list[dict[str, dict[str, float]]] = [{} for _ in ports]
    for kind in TARGETS_MS:
        timings: list[list[float]] = [[] for _ in ports]
        for i in range(warmup + requests):
            url = page_urls(rng, ids, kind)
            order = list(range(len(ports)))
            if i % 2:
                order.reverse()
            for server in order:
                elapsed = timed_get(connections[server], url)
                if i >= warmup:
                    timings[server].append(elapsed)
        for server, server_timings in enumerate(timings):
            results[server][kind] = summarise(server_timings)
    for connection in connections:
        connection.close()
    return results


def start_server(checkout: Path, port: int, workers: int, env: dict[str, str]) -> subprocess.Popen:
    """Start gunicorn for the Tally checkout at ``checkout`` (with its own .venv) on ``port``."""
    gunicorn = checkout / ".venv" / "bin" / "gunicorn" if checkout != REPO else Path(PYTHON).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers), "--log-level", "warning"],
        cwd=checkout,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(port, server)
    return server


def wait_for(port: int, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped: {process.stderr.read() if process.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="SQLite, a tiny corpus, a few seconds")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--figures", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=200, help="measured requests per kind of page")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="keep the corpus already in the database")
    parser.add_argument("--output", type=Path, help="also write the results as JSON here")
    parser.add_argument("--against", type=Path, help="another Tally checkout to serve and measure side by side")
    args = parser.parse_args()

    temp = None
    if args.smoke:
        temp = tempfile.TemporaryDirectory()
        args.database_url = f"sqlite:///{temp.name}/bench.sqlite3"
        args.documents, args.claims, args.figures = 300, 3000, 30
        args.requests, args.warmup, args.workers, args.reuse = 20, 3, 1, False
    elif args.database_url.startswith("postgres"):
        ensure_database(args.database_url)

    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "SECRET_KEY": "bench-only-secret-key",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "SECURE_COOKIES": "false",
        "LOG_LEVEL": "ERROR",
    }
    os.environ.update(env)
    run([PYTHON, "manage.py", "migrate", "-v0"], env)
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from claims.models import Claim
    from corpus.models import Document

    have = (Document.objects.count(), Claim.objects.count())
    if args.reuse and have[0] >= args.documents and have[1] >= args.claims:
        print(f"reusing {have[0]} documents and {have[1]} claims")
        generated = None
    else:
        started = time.perf_counter()
        output = run(
            [
                PYTHON,
                "bench/generate_corpus.py",
                "--documents",
                str(args.documents),
                "--claims",
                str(args.claims),
                "--figures",
                str(args.figures),
                "--replace",
            ],
            env,
        )
        generated = json.loads(output.strip().splitlines()[-1].replace("'", '"'))
        print(f"generated in {time.perf_counter() - started:.1f} s: {generated}")

    rng = random.Random(3)
    ids = sample_ids(rng)
    queries = page_queries(ids)

    checkouts = [REPO] + ([args.against.resolve()] if args.against else [])
    servers = []
    try:
        for checkout in checkouts:
            servers.append(start_server(checkout, free_port(), args.workers, env))
        ports = [int(server.args[3].rsplit(":", 1)[1]) for server in servers]
        measured = measure(ports, ids, args.requests, args.warmup)
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
    results = measured[0]

    database = "SQLite" if args.database_url.startswith("sqlite") else "PostgreSQL"
    print(
        f"\n{database}: {Document.objects.count():,} documents, {Claim.objects.count():,} claims; "
        f"gunicorn, {args.workers} worker(s); {args.requests} requests per page after {args.warmup} warm-up\n"
    )
    print(f"{'page':<10} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'target p95':>11} {'queries':>8}")
    for kind, row in results.items():
        target = TARGETS_MS[kind]
        print(
            f"{kind:<10} {row['median_ms']:>10} {row['p95_ms']:>8} {row['max_ms']:>8} "
            f"{(str(target) + ' ms') if target else '-':>11} {len(queries[kind]) - 1:>8}"
        )
    print("\nSQL per page (one request each):")
    for kind, lines in queries.items():
        print(f"\n{kind}: {lines[0]}")
        for sql in lines[1:]:
            print(f"  - {sql}")
    if args.against:
        print(f"\nSide by side, every request to both servers in turn: this checkout against {args.against}")
        print(f"{'page':<10} {'this median':>12} {'this p95':>9} {'peer median':>12} {'peer p95':>9} {'p95 ratio':>10}")
        for kind, row in results.items():
            peer = measured[1][kind]
            print(
                f"{kind:<10} {row['median_ms']:>12} {row['p95_ms']:>9} {peer['median_ms']:>12} {peer['p95_ms']:>9} "
                f"{row['p95_ms'] / peer['p95_ms']:>10.2f}"
            )
    if args.output:
        args.output.write_text(
            json.dumps({"database": database, "generated": generated, "results": results, "queries": queries}, indent=2)
        )
    if temp is not None:
        temp.cleanup()


if __name__ == "__main__":
    main()
