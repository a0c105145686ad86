"""Score Tally beside its peers on the peers' own public test suites (``../shared/external/``), in one run.

Usage (from the repository root)::

    .venv/bin/python bench/external.py                   # every suite: this checkout and the peers
    .venv/bin/python bench/external.py --before 2a05838  # also the extractor at another commit, same run
    .venv/bin/python bench/external.py --smoke           # two small suites, seconds (CI)

The suites are Recognizers-Text's and quantulum3's English test cases converted to CLAIMS.md
(``../shared/external/README.md``); the peers' predictions (quantulum3 0.10.0, Recognizers-Text
1.0.2a2, CQE 2.0.3) were made once and are stored beside them. This script runs the suite's own
``run_tally.py`` on this checkout (and, with ``--before``, on the ``claims`` package of another
commit, exported with ``git archive``), then the suite's ``score.py``, and prints one row per
suite: the fully correct rate of each system, the best peer, and false alarms on the negative
cases. ``score.py`` also writes ``tables.md`` and per-system failure lists into ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = Path(os.environ.get("TALLY_EXTERNAL", str(ROOT.parent / "shared" / "external")))
PEERS = ("quantulum3", "recognizers", "cqe")
LABELS = {
    "tally": "Tally",
    "before": "Tally before",
    "quantulum3": "quantulum3",
    "recognizers": "Recognizers",
    "cqe": "CQE",
}
SMOKE_SUITES = ("recognizers-PercentModel", "recognizers-AgeModel")


def run_suites(tally: Path, out: Path, cases: Path) -> None:
    """Run the suite's runner on the checkout at ``tally``, writing ``tally.<suite>.jsonl`` into ``out``."""
    env = dict(os.environ, EXT_OUT=str(out), EXT_CASES=str(cases))
    subprocess.run(
        [sys.executable, str(EXTERNAL / "run_tally.py"), "--tally", str(tally), "--python", sys.executable],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def score(out: Path, cases: Path) -> dict[str, dict[str, dict[str, dict[str, int]]]]:
    """Run the suite's scorer on ``out`` and return each suite's systems and their counts."""
    env = dict(os.environ, EXT_OUT=str(out), EXT_CASES=str(cases))
    subprocess.run([sys.executable, str(EXTERNAL / "score.py")], env=env, check=True, stdout=subprocess.DEVNULL)
    results = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    suites = {suite: r["systems"] for suite, r in results.items() if not suite.startswith("_")}
    for suite, systems in results.get("_derived", {}).items():
        if "bare inputs in a sentence" in suite:
            suites[suite] = systems
    return suites


def export_commit(rev: str, into: Path) -> Path:
    """Write the ``claims`` package of commit ``rev`` into ``into`` and return that folder."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "claims"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def rate(counts: dict[str, int]) -> float | None:
    """Return the fully correct share of a suite's expected claims, in percent."""
    return 100 * counts["full"] / counts["n"] if counts.get("n") else None


def false_alarms(counts: dict[str, int]) -> str:
    return f"{counts.get('neg_false_alarm', 0)}/{counts.get('neg_cases', 0)}"


def table(suites: dict[str, dict[str, dict[str, dict[str, int]]]], systems: list[str]) -> list[str]:
    """Return the markdown rows: fully correct % per system, the best peer, and false alarms."""
    head = ["suite", *(LABELS[s] + " %" for s in systems), "best peer", "Tally ≥ best", "false alarms (Tally / before)"]
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for suite, by_system in suites.items():
        cells = [suite]
        for system in systems:
            got = rate(by_system[system]["counts"]) if system in by_system else None
            cells.append("–" if got is None else f"{got:.1f}")
        peers = [(rate(by_system[p]["counts"]) or 0.0, p) for p in PEERS if p in by_system]
        best, who = max(peers) if peers else (0.0, "")
        tally = rate(by_system["tally"]["counts"]) or 0.0
        cells.append(f"{best:.1f} ({LABELS[who]})" if who else "–")
        cells.append("yes" if tally >= best - 1e-9 else f"no ({tally - best:+.1f})")
        alarms = false_alarms(by_system["tally"]["counts"])
        if "before" in by_system:
            alarms += " / " + false_alarms(by_system["before"]["counts"])
        cells.append(alarms)
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the suites and print the side-by-side table; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--smoke", action="store_true", help="two small suites, seconds")
    ap.add_argument("--before", metavar="REV", help="also score the extractor at this commit")
    ap.add_argument("--out", type=Path, help="keep the predictions, tables and failure lists here")
    args = ap.parse_args(argv)
    if not (EXTERNAL / "score.py").exists():
        print(f"bench/external.py: no suites at {EXTERNAL} (set TALLY_EXTERNAL)", file=sys.stderr)
        return 0 if args.smoke else 1
    with tempfile.TemporaryDirectory(prefix="tally-external-") as tmp:
        work = Path(tmp)
        cases = EXTERNAL / "cases"
        if args.smoke:
            cases = work / "cases"
            cases.mkdir()
            for suite in SMOKE_SUITES:
                shutil.copy(EXTERNAL / "cases" / f"{suite}.jsonl", cases)
        out = args.out or work / "out"
        out.mkdir(parents=True, exist_ok=True)
        run_suites(ROOT, out, cases)
        suites = score(out, cases)
        systems = ["tally"]
        if args.before:
            before_out = work / "before"
            before_out.mkdir()
            run_suites(export_commit(args.before, Path(tempfile.mkdtemp(dir=work))), before_out, cases)
            for suite, by_system in score(before_out, cases).items():
                suites[suite]["before"] = by_system["tally"]
            systems.append("before")
        systems += [p for p in PEERS if any(p in s for s in suites.values())]
        print("\n".join(table(suites, systems)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
