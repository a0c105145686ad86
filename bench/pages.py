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
load on the machine falls on both alike; the table gives both and their ratio. With
``--only-compared`` the other checkout takes its turn at every request of the pages compared
with Datasette instead, and a table gives those pages on both checkouts.
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
# A common word (one claim in twelve) and rare ones (three words that meet in about one claim in 1,700).
COMMON_WORDS = ["detained", "evacuated", "workers", "refugees"]
RARE_WORDS = ["escapees deported Kestrel", "buses sheltered Hollowell", "patients missing Riverton"]
# Datasette's page size is 100; its lists are asked for Tally's page sizes (20 on pages, 50 in the API),
# so both serve one page of the same size.
HTML_PAGE, JSON_PAGE = 20, 50
COMPARED = [
    "claim",
    "claim.json",
    "document",
    "document.json",
    "document claims",
    "document claims.json",
    "filtered list",
    "filtered list.json",
    "search common",
    "search common.json",
    "search rare",
    "search rare.json",
    "citation lookup",
    "citation lookup.json",
]


def compared_urls(rng: random.Random, ids: dict[str, list[int]], kind: str, db: str) -> tuple[str, str]:
    """Return Tally's URL for one request of ``kind`` and its Datasette counterpart on table ``db``."""
    page, as_json = kind.removesuffix(".json"), kind.endswith(".json")
    size = JSON_PAGE if as_json else HTML_PAGE
    suffix = ".json" if as_json else ""
    if page in ("claim", "document"):
        pk = rng.choice(ids["claims" if page == "claim" else "documents"])
        table = "claims_claim" if page == "claim" else "corpus_document"
        tally = f"/api/{page}s/{pk}/" if as_json else f"/{page}s/{pk}/"
        return tally, f"/{db}/{table}/{pk}{suffix}"
    if page == "document claims":
        pk = rng.choice(ids["documents"])
        tally = f"/api/claims/?document={pk}" if as_json else f"/search/?document={pk}"
        return tally, f"/{db}/claims_claim{suffix}?document_id={pk}&_size={size}"
    if page == "filtered list":
        value = rng.choice(VALUES)
        tally = f"/api/claims/?unit=person&low={value}" if as_json else f"/search/?unit=person&low={value}"
        return tally, f"/{db}/claims_claim{suffix}?unit=person&high__gte={value}&_size={size}"
    if page.startswith("search"):
        words = rng.choice(COMMON_WORDS if page == "search common" else RARE_WORDS).replace(" ", "+")
        tally = f"/api/claims/?q={words}" if as_json else f"/search/?q={words}"
        return tally, f"/{db}/claims_claim{suffix}?_search={words}&_size={size}"
    value, word = rng.choice(VALUES), rng.choice(COMMON_WORDS)
    query = f"value={value}&unit=person&q={word}"
    tally = f"/api/citations/?{query}" if as_json else f"/citations/?{query}"
    return (
        tally,
        f"/{db}/claims_claim{suffix}?_search={word}&unit=person&low__lte={value}&high__gte={value}&_size={size}",
    )


def port_range(text: str) -> range:
    """Return the ports of a range written "8640-8659"."""
    first, last = (int(part) for part in text.split("-"))
    return range(first, last + 1)


# This project's ports on shared machines; BENCH_PORTS=8100-8199 gives the bench another range.
PORTS = port_range(os.environ.get("BENCH_PORTS", "8640-8659"))


def free_port(taken: set[int] = set()) -> int:  # noqa: B006 - ports handed out in this process
    """Return a free port in PORTS not handed out before in this process."""
    for port in PORTS:
        if port in taken:
            continue
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        taken.add(port)
        return port
    raise SystemExit(f"no free port in {PORTS.start}-{PORTS.stop - 1}")


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


SERVER_LOGS = Path(tempfile.gettempdir()) / f"tally-bench-pages-{os.getpid()}"


def server_log(port: int) -> Path:
    """Return the file a server's output goes to (printed when a request fails)."""
    SERVER_LOGS.mkdir(exist_ok=True)
    return SERVER_LOGS / f"{port}.log"


def timed_get(connection: http.client.HTTPConnection, url: str) -> float:
    """Return the milliseconds one GET takes; a keep-alive connection the server closed while idle is opened again."""
    for attempt in range(2):
        started = time.perf_counter()
        try:
            connection.request("GET", url, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            body = response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # Uvicorn closes connections idle for 5 s (Datasette waits while Tally answers a slow page).
            connection.close()
            if attempt:
                raise
            continue
        break
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        log = server_log(connection.port)
        tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
        raise SystemExit(f"{url} answered {response.status}: {body[:300]!r}\nserver log ({log}):\n{tail}")
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


def measure_compared(
    servers: list[tuple[int, int]], ids: dict[str, list[int]], db: str, requests: int, warmup: int
) -> list[dict[str, dict[str, float]]]:
    """Return per server the latency of each compared page; ``servers`` are (port, 0 for Tally's URL or 1 for Datasette's).

    Each request goes to every server in turn, the first server changing from one request to the next.
    """
    rng = random.Random(11)
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=120) for port, _ in servers]
    results: list[dict[str, dict[str, float]]] = [{} for _ in servers]
    for kind in COMPARED:
        timings: list[list[float]] = [[] for _ in servers]
        for i in range(warmup + requests):
            urls = compared_urls(rng, ids, kind, db)
            shift = i % len(servers)
            for server in [*range(shift, len(servers)), *range(shift)]:
                elapsed = timed_get(connections[server], urls[servers[server][1]])
                if i >= warmup:
                    timings[server].append(elapsed)
        for server, server_timings in enumerate(timings):
            results[server][kind] = summarise(server_timings)
    for connection in connections:
        connection.close()
    return results


def compared_queries(ids: dict[str, list[int]], db: str) -> dict[str, int]:
    """Return how many SQL queries Tally runs for each compared page (one request each, in-process)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rng = random.Random(2)
    counts = {}
    for kind in COMPARED:
        url = compared_urls(rng, ids, kind, db)[0]
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[kind] = len(queries.captured_queries)
    return counts


def ensure_datasette_search(path: Path) -> None:
    """Give Datasette a full-text index on claims and documents (sqlite-utils), unless the file has one it finds.

    Tally's own FTS5 indexes (claims migration 0011, corpus migration 0007) name their tables the way
    Datasette looks for, so on a current Tally file Datasette searches the same index Tally does.
    """
    import sqlite_utils

    from claims.search import CLAIM_FIELDS, DOCUMENT_FIELDS

    database = sqlite_utils.Database(path)
    for table, columns in (("claims_claim", CLAIM_FIELDS), ("corpus_document", DOCUMENT_FIELDS)):
        if database[table].detect_fts() is None:
            database[table].enable_fts(list(columns), fts_version="FTS5")
    database.close()


def start_datasette(path: Path, port: int, facets: bool) -> subprocess.Popen:
    """Serve the SQLite file with Datasette on ``port``: default settings, or with ``suggest_facets`` off."""
    datasette = Path(PYTHON).parent / "datasette"
    args = [str(datasette), "serve", str(path), "-h", "127.0.0.1", "-p", str(port)]
    if not facets:
        args += ["--setting", "suggest_facets", "off"]
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=server_log(port).open("w"), text=True)
    wait_for(port, server)
    return server


def print_compared(
    label: str, names: list[str], results: list[dict[str, dict[str, float]]], queries: dict[str, int]
) -> None:
    print(f"\n{label}: Tally against Datasette 0.65.5 on the same SQLite file, c=1, every request to each in turn")
    header = "".join(f"{name + ' p50 / p95':>32}" for name in names)
    print(f"{'page':<22}{header}{'p95 ratio':>11}{'p50 ratio':>11}{'queries':>9}")
    for kind in COMPARED:
        cells = "".join(f"{row[kind]['median_ms']:>22} / {row[kind]['p95_ms']:<7}" for row in results)
        tally, peer = results[0][kind], results[1][kind]
        print(
            f"{kind:<22}{cells}{tally['p95_ms'] / peer['p95_ms']:>11.2f}{tally['median_ms'] / peer['median_ms']:>11.2f}"
            f"{queries[kind]:>9}"
        )
    print("(ratios: Tally over the first Datasette column, facets off)")


def start_server(checkout: Path, port: int, workers: int, env: dict[str, str]) -> subprocess.Popen:
    """Start gunicorn for the Tally checkout at ``checkout`` (with its own .venv) on ``port``.

    Served as deployed: the pages pool's settings (``config/gunicorn_pages.py``: threaded workers that
    keep connections alive, as Datasette's server does) with the bench's port and number of workers.
    """
    gunicorn = checkout / ".venv" / "bin" / "gunicorn" if checkout != REPO else Path(PYTHON).parent / "gunicorn"
    deployed = checkout / "config" / "gunicorn_pages.py"
    server = subprocess.Popen(
        [
            str(gunicorn),
            *(["-c", str(deployed)] if deployed.exists() else []),
            "config.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
            "--timeout",
            "300",
            "--log-level",
            "warning",
        ],
        cwd=checkout,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=server_log(port).open("w"),
        text=True,
    )
    wait_for(port, server)
    return server


def wait_for(port: int, process: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{process.args[0]} stopped: {server_log(port).read_text(errors='replace')[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{process.args[0]} did not start")


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
    parser.add_argument(
        "--datasette",
        type=Path,
        help="the SQLite file Datasette serves beside Tally (default: Tally's own file on SQLite; on PostgreSQL, "
        "a file generated with the same sizes, so ids and rows are the same)",
    )
    parser.add_argument("--no-datasette", action="store_true", help="skip the comparison with Datasette")
    parser.add_argument("--only-compared", action="store_true", help="measure only the pages compared with Datasette")
    parser.add_argument(
        "--facets-off-only",
        action="store_true",
        help="serve Datasette with suggest_facets off only (its default settings spend seconds a page on facets at 1 M)",
    )
    args = parser.parse_args()

    temp = None
    if args.smoke:
        temp = tempfile.TemporaryDirectory()
        args.database_url = f"sqlite:///{temp.name}/bench.sqlite3"
        args.documents, args.claims, args.figures = 300, 3000, 30
        args.requests, args.warmup, args.workers, args.reuse = 5, 1, 1, False
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

    database = "SQLite" if args.database_url.startswith("sqlite") else "PostgreSQL"
    sqlite_file = Path(args.database_url.removeprefix("sqlite:///")) if database == "SQLite" else None
    peer_file = None if args.no_datasette else (args.datasette or sqlite_file)
    compared_counts = compared_queries(ids, peer_file.stem) if peer_file else {}

    checkouts = [REPO] + ([args.against.resolve()] if args.against else [])
    servers = []
    measured: list[dict[str, dict[str, float]]] = [{}]
    compared: list[dict[str, dict[str, float]]] = []
    compared_against: list[dict[str, dict[str, float]]] = []
    try:
        for checkout in checkouts:
            servers.append(start_server(checkout, free_port(), args.workers, env))
        ports = [int(server.args[server.args.index("-b") + 1].rsplit(":", 1)[1]) for server in servers]
        if peer_file:
            ensure_datasette_search(peer_file)
            peers = [
                start_datasette(peer_file, free_port(), facets)
                for facets in ((False,) if args.facets_off_only else (False, True))
            ]
            servers += peers
            peer_ports = [int(peer.args[peer.args.index("-p") + 1]) for peer in peers]
            # With --against, the other checkout takes its turn at every compared request too (last, as Tally).
            compared = measure_compared(
                [(ports[0], 0), *((port, 1) for port in peer_ports), *((port, 0) for port in ports[1:])],
                ids,
                peer_file.stem,
                args.requests,
                args.warmup,
            )
            compared, compared_against = compared[: 1 + len(peer_ports)], compared[1 + len(peer_ports) :]
        if not args.only_compared:
            measured = measure(ports, ids, args.requests, args.warmup)
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=60)
    results = measured[0]

    print(
        f"\n{database}: {Document.objects.count():,} documents, {Claim.objects.count():,} claims; "
        f"gunicorn, {args.workers} worker(s); {args.requests} requests per page after {args.warmup} warm-up\n"
    )
    if compared:
        print_compared(
            f"{database} ({Claim.objects.count():,} claims)",
            ["Tally", "Datasette facets off", "Datasette default"][: len(compared)],
            compared,
            compared_counts,
        )
    if compared_against:
        print(f"\nThe compared pages, this checkout against {args.against} (in the same turns as above)")
        print(f"{'page':<22}{'this p50 / p95':>18}{'peer p50 / p95':>18}{'p95 ratio':>11}{'p50 ratio':>11}")
        for kind in COMPARED:
            this, peer = compared[0][kind], compared_against[0][kind]
            print(
                f"{kind:<22}{this['median_ms']:>9} / {this['p95_ms']:<6}{peer['median_ms']:>9} / {peer['p95_ms']:<6}"
                f"{this['p95_ms'] / peer['p95_ms']:>11.2f}{this['median_ms'] / peer['median_ms']:>11.2f}"
            )
    if results:
        print(f"\n{'page':<10} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'target p95':>11} {'queries':>8}")
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
            json.dumps(
                {
                    "database": database,
                    "generated": generated,
                    "results": results,
                    "queries": queries,
                    "compared": dict(
                        zip(["tally", "datasette_facets_off", "datasette_default"], compared, strict=False)
                    ),
                    "compared_queries": compared_counts,
                    "compared_against": compared_against[0] if compared_against else None,
                },
                indent=2,
            )
        )
    if temp is not None:
        temp.cleanup()


if __name__ == "__main__":
    main()
