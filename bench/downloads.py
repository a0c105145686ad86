"""Downloads at scale: a full claims download (rows sent against rows counted, time) and a claim page's latency
while four downloads run, under gunicorn served as docker-compose.yml serves it.

Two layouts are measured in one run, each from the gunicorn settings the deployment uses:

- shared (before): one pool of gthread processes serves pages and downloads (config/gunicorn_pages.py);
- split (now): the pages pool serves pages, and /downloads/ goes to a pool of its own at a lower CPU
  priority (config/gunicorn_downloads.py). In compose nginx routes by path (deploy/nginx.conf); here the
  requests go to each pool's port directly, so the proxy's own cost is not in these numbers.

    .venv/bin/python bench/downloads.py --smoke      # SQLite, 3,000 claims, a few seconds (CI)
    .venv/bin/python bench/downloads.py              # PostgreSQL tally_bench as it is (1,000,000 claims)

Full mode reads the database only: no migration, no generation (fill it first with bench/generate_corpus.py).
"""

from __future__ import annotations

import argparse
import csv
import http.client
import io
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PYTHON = sys.executable
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/tally_bench"
PAGES = "config/gunicorn_pages.py"
DOWNLOADS = "config/gunicorn_downloads.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, cwd=REPO, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


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


def download(port: int, stop: threading.Event | None = None, retries: int = 10) -> dict[str, object]:
    """Download claims.csv; return the status, rows received, the trailer line and seconds taken.

    A 503 (the process already sends its downloads) is retried a second later, as a client
    honouring ``Retry-After`` would but sooner: another process of the pool may have a slot.
    """
    started = time.perf_counter()
    for _ in range(retries):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        connection.request("GET", "/downloads/claims.csv", headers={"Host": "127.0.0.1"})
        try:
            response = connection.getresponse()
        except TimeoutError:
            return {"status": "no answer in 600 s", "seconds": round(time.perf_counter() - started, 1)}
        if response.status != 503 or (stop is not None and stop.is_set()):
            break
        response.read()
        connection.close()
        time.sleep(1.0)
    if response.status != 200:
        response.read()
        return {"status": response.status, "retry_after": response.getheader("Retry-After")}
    rows, last, stopped = 0, [""], False
    try:  # parsed as CSV: quotes, prefixes and suffixes may hold newlines
        for index, row in enumerate(csv.reader(io.TextIOWrapper(response, encoding="utf-8", newline=""))):
            rows, last = index, row
            if stop is not None and index % 1000 == 0 and stop.is_set():
                stopped = True
                break
    except (http.client.IncompleteRead, ConnectionError) as error:
        last = [f"<connection ended: {error!r}>"]
    finally:
        connection.close()
    trailer = last[0] if last and last[0].startswith("#") else None
    return {
        "status": 200,
        "rows": rows - 1 if trailer else rows,  # not the header, not the trailer
        "trailer": trailer,
        "stopped": stopped,
        "seconds": round(time.perf_counter() - started, 1),
    }


def pages_under_downloads(
    page_port: int, download_port: int, claim_ids: list[int], downloads: int, seconds: float
) -> dict[str, object]:
    """Request claim pages for ``seconds`` while ``downloads`` downloads run; return p50/p95 and the downloads."""
    stop = threading.Event()
    results: list[dict[str, object]] = []
    threads = [threading.Thread(target=lambda: results.append(download(download_port, stop))) for _ in range(downloads)]
    for thread in threads:
        thread.start()
    if downloads:
        time.sleep(2.0)  # the downloads are under way
    rng = random.Random(5)
    timings = []
    connection = http.client.HTTPConnection("127.0.0.1", page_port, timeout=60)
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        url = f"/claims/{rng.choice(claim_ids)}/"
        started = time.perf_counter()
        connection.request("GET", url, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        timings.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}")
    connection.close()
    stop.set()
    for thread in threads:
        thread.join()
    timings.sort()
    return {
        "requests": len(timings),
        "p50_ms": round(timings[len(timings) // 2], 1),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 1),
        "max_ms": round(timings[-1], 1),
        "downloads": results,
    }


def start_pool(settings: str, port: int, workers: int, env: dict[str, str]) -> subprocess.Popen:
    """Start a gunicorn pool from the deployment's settings file, on ``port`` with ``workers`` processes."""
    command = [str(Path(PYTHON).parent / "gunicorn"), "-c", settings, "-b", f"127.0.0.1:{port}", "-w", str(workers)]
    command += ["--access-logfile", "/dev/null", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for(port, server)
    return server


def warm(port: int, claim_ids: list[int], requests: int = 12) -> None:
    """Request claim pages on fresh connections, so every process has loaded its code and CSL styles before timing."""
    for claim_id in claim_ids[:requests]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("GET", f"/claims/{claim_id}/", headers={"Host": "127.0.0.1"})
        connection.getresponse().read()
        connection.close()


def stop_pools(servers: list[subprocess.Popen]) -> None:
    for server in servers:
        server.terminate()
    for server in servers:
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a worker still inside a download: stop it now
            server.kill()
            server.wait()


def describe(name: str, loaded: dict[str, object], seconds: float) -> str:
    return (
        f"claim page, {name} ({loaded['requests']} requests in {seconds:.0f} s): "
        f"p50 {loaded['p50_ms']} ms, p95 {loaded['p95_ms']} ms, max {loaded['max_ms']} ms"
    )


def small_corpus(documents: int, per_document: int) -> None:
    """Fill an empty database with ``documents`` documents of ``per_document`` claims each (smoke mode)."""
    from decimal import Decimal

    from claims.models import Claim
    from corpus.models import Document, hash_text

    sentence = "Some 2,000 people were detained, officials said. "
    made = []
    for number in range(documents):
        text = f"Report {number}. " + sentence * per_document
        made.append(
            Document(
                source_name=f"bench-{number}.txt", title=f"Report {number}", text=text, content_hash=hash_text(text)
            )
        )
    Document.objects.bulk_create(made)
    claims = []
    for document in Document.objects.all():
        for index in range(per_document):
            start = document.text.find("Some 2,000", index * len(sentence))
            claims.append(
                Claim(
                    document=document,
                    start=start,
                    end=start + 10,
                    quote="Some 2,000",
                    prefix=document.text[max(0, start - 32) : start],
                    suffix=document.text[start + 10 : start + 42],
                    low=Decimal(2000),
                    high=Decimal(2000),
                    qualifier="approximate",
                    unit="person",
                    noun="people",
                )
            )
    Claim.objects.bulk_create(claims, batch_size=1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="SQLite, 3,000 claims, a few seconds")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=30, help="how long claim pages are timed under downloads")
    parser.add_argument("--skip-full", action="store_true", help="only the pages under concurrent downloads")
    parser.add_argument("--skip-pages", action="store_true", help="only the full download, from the downloads pool")
    parser.add_argument("--full-limit", type=float, help="stop the full download after this many seconds")
    args = parser.parse_args()

    temp = None
    env = {
        **os.environ,
        "SECRET_KEY": "bench-only-secret-key",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "SECURE_COOKIES": "false",
        "LOG_LEVEL": "ERROR",
    }
    if args.smoke:
        temp = tempfile.TemporaryDirectory()
        args.database_url = f"sqlite:///{temp.name}/bench.sqlite3"
        args.workers, args.seconds = 1, 2
        env["DATABASE_URL"] = args.database_url
        run([PYTHON, "manage.py", "migrate", "-v0"], env)
    env["DATABASE_URL"] = args.database_url
    os.environ.update(env)
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.db.models import Max

    from claims.models import Claim

    if args.smoke:
        small_corpus(300, 10)
    counted = Claim.objects.public().count()
    top = Claim.objects.aggregate(m=Max("id"))["m"]
    claim_ids = list(
        Claim.objects.public()
        .filter(id__in=random.Random(3).sample(range(1, top + 1), 3000))
        .values_list("id", flat=True)
    )

    results: dict[str, dict[str, object]] = {}
    full = None
    # Before: one pool for pages and downloads, as the Dockerfile served them until now.
    if not args.skip_pages:
        shared = free_port()
        servers = [start_pool(PAGES, shared, args.workers, env)]
        try:
            warm(shared, claim_ids)
            results["shared pool, under 4 downloads"] = pages_under_downloads(
                shared, shared, claim_ids, 4, args.seconds
            )
        finally:
            stop_pools(servers)
    # Now: pages and downloads in pools of their own.
    pages, downloads = free_port(), free_port()
    servers = [start_pool(PAGES, pages, args.workers, env), start_pool(DOWNLOADS, downloads, args.workers, env)]
    try:
        if not args.skip_pages:
            warm(pages, claim_ids)
            if not args.smoke:
                results["pages pool, no download"] = pages_under_downloads(pages, downloads, claim_ids, 0, args.seconds)
            results["split pools, under 4 downloads"] = pages_under_downloads(
                pages, downloads, claim_ids, 4, args.seconds
            )
        if not args.skip_full:
            stop = threading.Event()
            if args.full_limit:
                threading.Timer(args.full_limit, stop.set).start()
            full = download(downloads, stop)
    finally:
        stop_pools(servers)

    database = "SQLite" if args.database_url.startswith("sqlite") else "PostgreSQL"
    print(
        f"{database}: {counted:,} public claims; gunicorn gthread, {args.workers} workers per pool "
        f"({PAGES}, {DOWNLOADS})"
    )
    if full is not None:
        print(
            f"full download (downloads pool): status {full['status']}, {full.get('rows', 0):,} rows sent, "
            f"{counted:,} counted, trailer {full.get('trailer')!r}, {full.get('seconds')} s"
            + (" (stopped at the --full-limit)" if full.get("stopped") else "")
        )
    for name, loaded in results.items():
        print(describe(name, loaded, args.seconds))
        for result in loaded["downloads"]:  # type: ignore[attr-defined]
            print(f"  download: {result}")
    if results:
        before = results["shared pool, under 4 downloads"]["p95_ms"]
        after = results["split pools, under 4 downloads"]["p95_ms"]
        print(f"p95 under 4 downloads, split / shared: {after} / {before} ms = {after / before:.2f}")  # type: ignore[operator]
    if full is not None and (full.get("rows") != counted or not str(full.get("trailer")).startswith("# complete")):
        raise SystemExit("the full download is not complete")
    if temp is not None:
        temp.cleanup()


if __name__ == "__main__":
    main()
