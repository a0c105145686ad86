"""Milliseconds per document to render APA, MLA and Chicago with citeproc-py, with and without speed_up_citeproc (claims/citeproc_speed.py).

The peer is citeproc-py as installed, un-patched; both run the same varied CSL-JSON items
(signed and unsigned, dated at year, month or day precision and undated, with and without
outlet, URL and access date, several authors, non-ASCII names, long titles) in separate
processes, alternately, after a warm-up pass. The figure is the median over rounds of each
round's best pass; the outputs of both are compared.

    .venv/bin/python bench/citations.py            # 60 items, 5 rounds
    .venv/bin/python bench/citations.py --smoke    # 20 items, 2 rounds, seconds (CI)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
VARIANTS = {"plain": "citeproc-py, un-patched (peer)", "fast": "citeproc-py with speed_up_citeproc"}


def varied_items(count: int, seed: int = 7) -> list[dict]:
    """Return ``count`` CSL-JSON items shaped like document_csl's, with varied metadata."""
    rng = random.Random(seed)
    titles = [
        "Rights watchdog calls for UN help",
        "Floods displace 2,000 in the north",
        "At least 30 detained after protest over wages in the capital city of the province, officials "
        "say, as unions and the government trade blame for the weekend's violence",
        "Über 500 Arbeiter festgenommen",
        "Escapees deported: what we know",
        "the state of the union",
        "Côte d’Ivoire : élections et après",
        "북한 주민 2,000명 이동",
        "Q&A: the new law on assembly",
    ]
    outlets = [None, "The Example Times", "Daily Ledger", "Le Monde diplomatique", "NK News", "El País"]
    authors = [
        [],
        [],
        [{"family": "Doe", "given": "Jane"}],
        [{"literal": "Jung Min-ho"}],
        [{"family": "Doe", "given": "Jane"}, {"family": "Smith", "given": "John"}],
        [{"family": "García", "given": "José"}, {"family": "Øster", "given": "Åse"}, {"family": "Lee", "given": "Ann"}],
        [{"family": f"Name{i}", "given": "Jean-Luc"} for i in range(22)],
    ]
    dates = [None, [2023], [2023, 9], [2023, 9, 21], [1999, 12, 1], [2024, 2, 29]]
    items = []
    for n in range(count):
        item = {"id": f"tally-document-{n}", "type": "article-newspaper", "title": rng.choice(titles)}
        if outlet := rng.choice(outlets):
            item["container-title"] = outlet
        if names := rng.choice(authors):
            item["author"] = names
        if issued := rng.choice(dates):
            item["issued"] = {"date-parts": [issued]}
        if rng.random() < 0.7:
            item["URL"] = f"https://example.org/news/{n}"
            if rng.random() < 0.8:
                item["accessed"] = {"date-parts": [[2026, rng.randint(1, 12), rng.randint(1, 28)]]}
        items.append(item)
    return items


def child(variant: str, count: int, passes: int) -> None:
    """Render the items ``passes`` times after a warm-up; print the best pass's ms/document."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "bench")
    import django

    django.setup()
    import claims.citations as citations

    if variant == "plain":
        citations.speed_up_citeproc = lambda: None
    items = varied_items(count)
    outputs = [citations.render_citations(item) for item in items]  # warm-up: styles parsed, caches filled
    best = float("inf")
    for _ in range(passes):
        start = time.perf_counter()
        for item in items:
            citations.render_citations(item)
        best = min(best, (time.perf_counter() - start) * 1000 / len(items))
    digest = hashlib.sha256(json.dumps(outputs, ensure_ascii=False).encode()).hexdigest()
    print(json.dumps({"ms": best, "digest": digest}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="20 items, 2 rounds of 1 pass")
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--child", choices=VARIANTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smoke:
        args.items, args.rounds, args.passes = 20, 2, 1
    if args.child:
        child(args.child, args.items, args.passes)
        return

    results: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    digests: dict[str, set[str]] = {variant: set() for variant in VARIANTS}
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(args.rounds):
        for variant in VARIANTS:  # alternate, so that a busy moment hits both
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    variant,
                    "--items",
                    str(args.items),
                    "--passes",
                    str(args.passes),
                ],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            results[variant].append(result["ms"])
            digests[variant].add(result["digest"])
    print(f"{args.items} items x APA, MLA, Chicago; median of {args.rounds} rounds (best of {args.passes} passes each)")
    median = {variant: statistics.median(times) for variant, times in results.items()}
    for variant, label in VARIANTS.items():
        print(
            f"  {label:<38} {median[variant]:7.2f} ms/document  (rounds: "
            + ", ".join(f"{t:.2f}" for t in results[variant])
            + ")"
        )
    print(f"  speed-up: {median['plain'] / median['fast']:.1f}x")
    same = len(digests["plain"] | digests["fast"]) == 1
    print(f"  outputs identical: {'yes' if same else 'NO'}")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
