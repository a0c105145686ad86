"""CPU time a server spends per request: less noisy than latency on a shared machine.

Requests each URL many times over one keep-alive connection and reads, from /proc, the user and
system time the server's processes used meanwhile (the processes named by ``--pids``, or every
process whose command line names ``127.0.0.1:PORT``, as gunicorn's do with ``-b``). Linux only.

    .venv/bin/python bench/request_cpu.py --port 8101 /api/claims/5/ /api/documents/5/
    .venv/bin/python bench/request_cpu.py --port 8106 --pids "$(pgrep -f 'datasette serve')" /db/claims_claim/5.json
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import time


def server_pids(port: int) -> list[int]:
    found = subprocess.run(["pgrep", "-f", f"127.0.0.1:{port}"], capture_output=True, text=True).stdout
    return [int(pid) for pid in found.split()]


def cpu_ms(pids: list[int]) -> float:
    """Return the user and system milliseconds the processes have used so far."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (after the command name)
    return total * 1000 / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pids", help="the server's process ids (default: found by 127.0.0.1:PORT)")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=30)
    args = parser.parse_args()
    pids = [int(pid) for pid in args.pids.split()] if args.pids else server_pids(args.port)
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)

    def get(url: str) -> float:
        started = time.perf_counter()
        connection.request("GET", url, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}")
        return (time.perf_counter() - started) * 1000

    print(f"{'url':<48} {'p50 ms':>8} {'CPU ms / request':>17}")
    for url in args.urls:
        for _ in range(args.warmup):
            get(url)
        before = cpu_ms(pids)
        timings = [get(url) for _ in range(args.requests)]
        used = (cpu_ms(pids) - before) / args.requests
        print(f"{url:<48} {statistics.median(timings):>8.2f} {used:>17.2f}")


if __name__ == "__main__":
    main()
