"""Benchmark the claim extractor against quantulum3 and a bare regex ceiling.

Usage (from the repository root)::

    .venv/bin/python bench/extraction.py            # >= 1 MB corpus, full run
    .venv/bin/python bench/extraction.py --smoke    # tiny corpus, a few seconds, for CI

The corpus is the seed articles in ``data/seeds/`` repeated, plus synthetic articles from
``bench/corpus_gen.py`` (fixed seed), joined by blank lines. Rows:

(a) ``extract_claims`` in-process (best of N runs; peak memory from tracemalloc, separate run);
(b) the whole ``python -m claims.extraction FILE`` process on the corpus written to a temp file,
    wall time, pinned to one core with ``taskset -c 0`` when available (peak RSS from wait4), with
    the bytecode and compiled regexes that ``bin/setup`` writes where the checkout holds them (the
    row says which: without them each process compiles the sources and patterns again);
(c) quantulum3 ``parser.parse`` per article on a sample of the corpus (its cost grows faster than
    linearly with text length, so it is fed one article at a time, as it would be in use);
(d) one bare regex for digits and number words, ``findall`` over the corpus: a ceiling.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_gen import generate_articles  # noqa: E402

from claims.extraction import extract_claims  # noqa: E402

SEP = "\n\n"
NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    "sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|hundreds|"
    "thousands|millions"
)
# Two case-sensitive scans (digits, then lower- and title-case number words): an IGNORECASE
# alternation is several times slower in ``re`` and would not be a ceiling.
CEILING_DIGITS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
CEILING_WORDS = re.compile(
    r"\b(?:" + NUMBER_WORDS + "|" + "|".join(w.title() for w in NUMBER_WORDS.split("|")) + r")\b"
)


def build_corpus(target_chars: int, seed: int = 7) -> list[str]:
    """Return articles (about half seeds repeated, half generated) totalling >= target_chars."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt"))]
    articles: list[str] = []
    size = 0
    while seeds and size < target_chars // 2:
        for text in seeds:
            articles.append(text)
            size += len(text) + len(SEP)
    generated = generate_articles(max(1, (target_chars - size) // 2500 + 1), seed)
    for text in generated:
        articles.append(text)
        size += len(text) + len(SEP)
        if size >= target_chars:
            break
    i = 0
    while size < target_chars:
        articles.append(generated[i % len(generated)])
        size += len(articles[-1]) + len(SEP)
        i += 1
    return articles


def time_in_process(text: str, repeat: int) -> tuple[float, int, int]:
    """Return (best seconds, claim count, tracemalloc peak bytes) for extract_claims(text)."""
    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = len(extract_claims(text))
        best = min(best, time.perf_counter() - t0)
    tracemalloc.start()
    extract_claims(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, count, peak


def dense_text(target_chars: int, seed: int = 11) -> str:
    """Return claim-dense text: a table of bare numbers, eight to a line (about one claim per four characters)."""
    rng = random.Random(seed)
    lines: list[str] = []
    size = 0
    while size < target_chars:
        line = " ".join(str(rng.choice((rng.randint(1, 99), rng.randint(100, 9999)))) for _ in range(8))
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + "\n"


def export_commit(rev: str, into: Path) -> Path:
    """Write the ``claims`` package of commit ``rev`` into ``into`` (for a before/after run) and return it."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "claims"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def compiled_caches(root: Path) -> str:
    """Return which of bin/setup's caches the checkout at ``root`` holds: its extractor's bytecode, its compiled regexes."""
    tag = sys.implementation.cache_tag
    cache = root / "claims" / "extraction" / "__pycache__"
    held = [
        name
        for name, file in (("bytecode", f"extractor.{tag}.pyc"), ("regexes", f"regexes.{tag}.marshal"))
        if (cache / file).exists()
    ]
    return " and ".join(held) or "none"


def time_process(path: str, repeat: int, root: Path = ROOT) -> tuple[float, float, int, int]:
    """Return (best wall seconds, its CPU seconds, output lines, max RSS KiB) for the CLI of ``root`` on ``path``."""
    cmd = [sys.executable, "-m", "claims.extraction", path]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    best = float("inf")
    cpu = 0.0
    lines = 0
    rss = 0
    for _ in range(repeat):
        with tempfile.TemporaryFile() as out:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, cwd=root, env=dict(os.environ, PYTHONPATH=str(root)))
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode != 0:
                raise SystemExit(f"CLI failed with status {proc.returncode}")
            out.seek(0)
            lines = sum(1 for _ in out)
        if elapsed < best:
            best, cpu = elapsed, usage.ru_utime + usage.ru_stime
        rss = max(rss, usage.ru_maxrss)
    return best, cpu, lines, rss


def time_quantulum(articles: list[str], budget_chars: int) -> tuple[float, int, int, str] | None:
    """Return (seconds, chars parsed, quantities, note) for quantulum3 on a sample, or None."""
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import (
                classifier,  # type: ignore[import-untyped]
                parser,  # type: ignore[import-untyped]
            )
    except ImportError:
        return None
    note = "classifier" if getattr(classifier, "USE_CLF", False) else "no classifier"
    parser.parse("warm up with 3 km and $5 million")
    sample: list[str] = []
    size = 0
    for text in articles:
        if size >= budget_chars:
            break
        sample.append(text)
        size += len(text)
    t0 = time.perf_counter()
    found = sum(len(parser.parse(text)) for text in sample)
    return time.perf_counter() - t0, size, found, note


def time_ceiling(text: str, repeat: int) -> tuple[float, int]:
    """Return (best seconds, matches) for the bare digits-and-number-words regex."""
    best = float("inf")
    n = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        n = len(CEILING_DIGITS.findall(text)) + len(CEILING_WORDS.findall(text))
        best = min(best, time.perf_counter() - t0)
    return best, n


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--smoke", action="store_true", help="tiny corpus, a few seconds")
    ap.add_argument("--chars", type=int, default=2_000_000, help="corpus size (default 2,000,000)")
    ap.add_argument("--peer-chars", type=int, default=60_000, help="quantulum3 sample size")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--peer-pred", metavar="FILE", help="also write quantulum3's seed predictions here")
    ap.add_argument(
        "--against",
        metavar="DIR",
        help="also time another checkout's CLI on the same corpus, turn about, and print the ratio",
    )
    ap.add_argument("--dense-chars", type=int, default=200_000, help="claim-dense sample size (a table of numbers)")
    ap.add_argument("--before", metavar="REV", help="also time the extractor of this commit, interleaved, as ratios")
    a = ap.parse_args(argv)
    if a.smoke:
        a.chars, a.peer_chars, a.repeat, a.dense_chars = 60_000, 5_000, 1, 4_000
    articles = build_corpus(a.chars)
    text = SEP.join(articles)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"corpus: {len(text):,} chars, {len(articles)} articles, load average {load:.2f} "
        f"({'smoke' if a.smoke else 'full'}; Python {sys.version.split()[0]})"
    )

    rows: list[tuple[str, int, float, str, str]] = []
    sec, count, peak = time_in_process(text, a.repeat)
    rows.append(
        ("(a) extract_claims, in-process", len(text), sec, f"{count:,} claims", f"{peak / 2**20:.1f} MiB (tracemalloc)")
    )
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8", newline="") as f:
        f.write(text)
        path = f.name
    against: tuple[float, float, int, int] | None = None
    try:
        if a.against:
            # Turn about, one run each at a time, so that a change of load hits both alike.
            best: list[tuple[float, float, int, int]] = []
            other: list[tuple[float, float, int, int]] = []
            for _ in range(a.repeat):
                best.append(time_process(path, 1))
                other.append(time_process(path, 1, Path(a.against).resolve()))
            sec_p, cpu_p, lines, rss = min(best)
            against = min(other)
        else:
            sec_p, cpu_p, lines, rss = time_process(path, a.repeat)
    finally:
        os.unlink(path)
    pinned = " (taskset -c 0)" if shutil.which("taskset") else ""
    rows.append(
        (
            f"(b) python -m claims.extraction, whole process{pinned}; caches: {compiled_caches(ROOT)}",
            len(text),
            sec_p,
            f"{lines:,} lines; CPU {cpu_p:.3f} s = {len(text) / cpu_p:,.0f} chars/CPU-s",
            f"{rss / 1024:.1f} MiB (max RSS)",
        )
    )
    if against is not None:
        rows.append(
            (
                f"(b') the same, checkout {Path(a.against).resolve().name}{pinned}; "
                f"caches: {compiled_caches(Path(a.against).resolve())}",
                len(text),
                against[0],
                f"{against[2]:,} lines; CPU {against[1]:.3f} s = {len(text) / against[1]:,.0f} chars/CPU-s",
                f"{against[3] / 1024:.1f} MiB (max RSS)",
            )
        )
    peer = time_quantulum(articles, a.peer_chars)
    if peer is not None:
        sec_q, chars_q, found, note = peer
        rows.append(
            (f"(c) quantulum3 parser.parse per article ({note}), sample", chars_q, sec_q, f"{found:,} quantities", "-")
        )
    sec_c, n = time_ceiling(text, a.repeat)
    rows.append(("(d) bare regex findall, digits + number words (ceiling)", len(text), sec_c, f"{n:,} matches", "-"))

    q_rate = peer[1] / peer[0] if peer is not None and peer[0] > 0 else None
    print()
    print("| run | chars | seconds | chars/s | vs quantulum3 | output | peak memory |")
    print("| --- | ---: | ---: | ---: | ---: | --- | --- |")
    for name, chars, sec, out, mem in rows:
        rate = chars / sec if sec > 0 else float("inf")
        ratio = f"{rate / q_rate:,.0f}x" if q_rate else "n/a"
        print(f"| {name} | {chars:,} | {sec:.3f} | {rate:,.0f} | {ratio} | {out} | {mem} |")
    target = 2_000_000
    cli_rate = len(text) / sec_p
    print()
    if len(text) >= 1_000_000:
        print(
            f"whole-process rate {cli_rate:,.0f} chars/s: "
            f"{'meets' if cli_rate >= target else 'BELOW'} the {target:,} chars/s target"
        )
    else:
        print(
            f"whole-process rate {cli_rate:,.0f} chars/s (start-up bound on a small corpus; "
            f"the {target:,} chars/s target applies to >= 1 MB)"
        )
    if against is not None:
        print(
            f"this checkout against {Path(a.against).resolve().name}: wall {sec_p / against[0]:.3f}x, "
            f"CPU {cpu_p / against[1]:.3f}x the time (best of {a.repeat} each, taken in turn)"
        )
    compare_dense(text, dense_text(a.dense_chars), a.repeat, a.before)
    if a.peer_pred:
        write_peer_predictions(Path(a.peer_pred))
        print(f"quantulum3 predictions for data/seeds written to {a.peer_pred}")
    return 0


def compare_dense(news: str, dense: str, repeat: int, before: str | None) -> None:
    """Print the whole process's CPU rate on news and on claim-dense text, for this checkout and ``before``.

    CPU seconds (user + system of the child) rather than wall time, and the runs interleaved, so
    that other work on a shared machine falls on both checkouts alike; the ratios are the result.
    ``before`` is exported bare, without the caches ``bin/setup`` writes.
    """
    with tempfile.TemporaryDirectory(prefix="tally-bench-") as tmp:
        roots = {"this checkout": ROOT}
        if before:
            roots[f"before ({before})"] = export_commit(before, Path(tmp))
        paths = {}
        for name, body in (("news", news), ("claim-dense", dense)):
            paths[name] = Path(tmp) / f"{name}.txt"
            paths[name].write_text(body, encoding="utf-8", newline="")
        best: dict[tuple[str, str], float] = {}
        for _ in range(repeat):
            for kind, path in paths.items():
                for label, root in roots.items():
                    cpu = time_process(str(path), 1, root)[1]
                    best[(label, kind)] = min(cpu, best.get((label, kind), float("inf")))
    print()
    print("| whole process, CPU | news chars/CPU-s | claim-dense chars/CPU-s | news / dense |")
    print("| --- | ---: | ---: | ---: |")
    for label in roots:
        news_rate, dense_rate = len(news) / best[(label, "news")], len(dense) / best[(label, "claim-dense")]
        print(f"| {label} | {news_rate:,.0f} | {dense_rate:,.0f} | {news_rate / dense_rate:.1f}x |")
    if before:
        this, old = "this checkout", f"before ({before})"
        for kind in paths:
            print(f"{kind}: this checkout runs at {best[(old, kind)] / best[(this, kind)]:.2f}x the speed of {before}")


def write_peer_predictions(out: Path) -> None:
    """Write quantulum3's quantities on the seed articles as scorer-ready JSON Lines."""
    import json
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    with out.open("w", encoding="utf-8") as f:
        for path in sorted((ROOT / "data" / "seeds").glob("*.txt")):
            with path.open(encoding="utf-8", newline="") as src:
                text = src.read()
            for q in parser.parse(text):
                start, end = q.span
                unit = "" if q.unit.name == "dimensionless" else q.unit.name
                row = {
                    "article": path.name,
                    "start": start,
                    "end": end,
                    "quote": text[start:end],
                    "low": q.value,
                    "high": q.value,
                    "qualifier": "exact",
                    "unit": unit,
                }
                f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    sys.exit(main())
