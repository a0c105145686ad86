"""Score the claims' context against gold: attribution, hedge, subject head noun, place and period.

Usage (from the repository root)::

    .venv/bin/python bench/context.py                          # every gold set found, this checkout
    .venv/bin/python bench/context.py --against /path/to/other # the other checkout's extractor beside it
    .venv/bin/python bench/context.py --smoke                  # the seeds only, a few seconds (CI)
    .venv/bin/python bench/context.py --set figures_eval --verbose

Each checkout's extractor runs as ``python -m claims.extraction FILE...`` in that checkout
(its own ``.venv/bin/python`` when it has one), so both read the same articles, with the
same ``.meta.json`` sidecars, in one run. Extracted claims are matched one-to-one to gold
claims by span overlap (largest overlap first), as ``shared/eval/score.py`` does.

Figures, each on the gold claims that carry the field:

- attribution precision and recall: a predicted attribution is right when its span
  overlaps the gold attribution's span, or its text equals the gold text ignoring case
  (an extractor that gives no span is placed at the occurrence of its text nearest the
  claim). Precision is over the non-empty attributions predicted for matched claims,
  recall over the non-empty gold attributions (a missed claim counts as missed).
  "exact" is the share of gold attributions predicted with the same text, ignoring case.
- hedge: matched claims whose hedge equals the gold hedge, ignoring case ("" == "").
- subject head: matched claims whose subject's head noun (the last noun before its first
  verb, preposition or relative word, singular) equals the gold subject's; a predicted
  subject is read up to its event ("people" of "people fled"), and an extractor without
  subjects is read by its counted noun.
- place: matched claims where gold and prediction agree: both empty, or a predicted place
  and the gold place contain one another ignoring case ("North Korean" holds "North Korea").
- period: matched claims where gold and prediction agree: both empty, or the gold date
  ("2023-10-09", "2023-10", "2023", or {"start", "end"}) equals the predicted period at
  the gold's precision, or a gold span "START/END" whose start the prediction's start
  equals and whose end its end equals or leaves open ("since Sunday" gives a start only),
  or gold text that the predicted period text contains.
- unit: matched claims whose unit stands for what the gold unit stands for, as the
  suggester compares them (``conflicts.unit_kin``: "m" and "metre", "household" and
  "person" agree; no unit agrees only with no unit).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
Row = dict[str, Any]

SETS: dict[str, tuple[str, str]] = {
    # name: (gold file, articles folder), relative to the checkout's root
    "seeds": ("data/seeds_gold.jsonl", "data/seeds"),
    "extraction_eval": ("bench/extraction_eval/gold.jsonl", "bench/extraction_eval/articles"),
    "extraction_eval2": ("bench/extraction_eval2/gold.jsonl", "bench/extraction_eval2/articles"),
    "extraction_eval3": ("bench/extraction_eval3/gold.jsonl", "bench/extraction_eval3/articles"),
    "figures_eval": ("bench/figures_eval/gold.jsonl", "bench/figures_eval/articles"),
    "figures_eval2": ("bench/figures_eval2/gold.jsonl", "bench/figures_eval2/articles"),
    "figures_eval3": ("bench/figures_eval3/gold.jsonl", "bench/figures_eval3/articles"),
    "figures_eval4": ("bench/figures_eval4/gold.jsonl", "bench/figures_eval4/articles"),
    "figures_eval5": ("bench/figures_eval5/gold.jsonl", "bench/figures_eval5/articles"),
    "figures_eval6": ("bench/figures_eval6/gold.jsonl", "bench/figures_eval6/articles"),
    "figures_eval7": ("bench/figures_eval7/gold.jsonl", "bench/figures_eval7/articles"),
    "figures_eval8": ("bench/figures_eval8/gold.jsonl", "bench/figures_eval8/articles"),
    "figures_eval9": ("bench/figures_eval9/gold.jsonl", "bench/figures_eval9/articles"),
    "figures_eval10": ("bench/figures_eval10/gold.jsonl", "bench/figures_eval10/articles"),
    "figures_eval11": ("bench/figures_eval11/gold.jsonl", "bench/figures_eval11/articles"),
    "figures_eval12": ("bench/figures_eval12/gold.jsonl", "bench/figures_eval12/articles"),
    "figures_eval13": ("bench/figures_eval13/gold.jsonl", "bench/figures_eval13/articles"),
    "figures_eval14": ("bench/figures_eval14/gold.jsonl", "bench/figures_eval14/articles"),
    "figures_eval15": ("bench/figures_eval15/gold.jsonl", "bench/figures_eval15/articles"),
    "figures_eval16": ("bench/figures_eval16/gold.jsonl", "bench/figures_eval16/articles"),
    "figures_eval17": ("bench/figures_eval17/gold.jsonl", "bench/figures_eval17/articles"),
    "figures_eval18": ("bench/figures_eval18/gold.jsonl", "bench/figures_eval18/articles"),
    "figures_eval19": ("bench/figures_eval19/gold.jsonl", "bench/figures_eval19/articles"),
    "figures_eval20": ("bench/figures_eval20/gold.jsonl", "bench/figures_eval20/articles"),
    "figures_eval21": ("bench/figures_eval21/gold.jsonl", "bench/figures_eval21/articles"),
    "figures_eval22": ("bench/figures_eval22/gold.jsonl", "bench/figures_eval22/articles"),
    "figures_eval23": ("bench/figures_eval23/gold.jsonl", "bench/figures_eval23/articles"),
    "figures_eval24": ("bench/figures_eval24/gold.jsonl", "bench/figures_eval24/articles"),
    "figures_eval25": ("bench/figures_eval25/gold.jsonl", "bench/figures_eval25/articles"),
    "figures_eval26": ("bench/figures_eval26/gold.jsonl", "bench/figures_eval26/articles"),
    "figures_eval27": ("bench/figures_eval27/gold.jsonl", "bench/figures_eval27/articles"),
    "figures_eval28": ("bench/figures_eval28/gold.jsonl", "bench/figures_eval28/articles"),
    "figures_eval29": ("bench/figures_eval29/gold.jsonl", "bench/figures_eval29/articles"),
    "figures_eval30": ("bench/figures_eval30/gold.jsonl", "bench/figures_eval30/articles"),
    "figures_eval31": ("bench/figures_eval31/gold.jsonl", "bench/figures_eval31/articles"),
    "figures_eval32": ("bench/figures_eval32/gold.jsonl", "bench/figures_eval32/articles"),
    "figures_eval33": ("bench/figures_eval33/gold.jsonl", "bench/figures_eval33/articles"),
    "figures_eval34": ("bench/figures_eval34/gold.jsonl", "bench/figures_eval34/articles"),
    "figures_eval35": ("bench/figures_eval35/gold.jsonl", "bench/figures_eval35/articles"),
    "figures_eval36": ("bench/figures_eval36/gold.jsonl", "bench/figures_eval36/articles"),
    "figures_eval37": ("bench/figures_eval37/gold.jsonl", "bench/figures_eval37/articles"),
    "figures_eval38": ("bench/figures_eval38/gold.jsonl", "bench/figures_eval38/articles"),
    "figures_eval39": ("bench/figures_eval39/gold.jsonl", "bench/figures_eval39/articles"),
    "figures_eval40": ("bench/figures_eval40/gold.jsonl", "bench/figures_eval40/articles"),
    "figures_eval41": ("bench/figures_eval41/gold.jsonl", "bench/figures_eval41/articles"),
    "figures_eval42": ("bench/figures_eval42/gold.jsonl", "bench/figures_eval42/articles"),
    "figures_eval43": ("bench/figures_eval43/gold.jsonl", "bench/figures_eval43/articles"),
    "figures_eval44": ("bench/figures_eval44/gold.jsonl", "bench/figures_eval44/articles"),
}
# Sets held out of the fit (not in ``bench/train_pairs.py``'s SETS): scored only when named with ``--set``, so that a
# run over every set does not show a held-out set's rows before its one read. A new blind set's line goes here too.
HELD_OUT = frozenset(("figures_eval43", "figures_eval44"))
_STOP_HEAD = frozenset(
    [
        "in",
        "of",
        "from",
        "at",
        "on",
        "for",
        "by",
        "to",
        "with",
        "during",
        "over",
        "across",
        "since",
        "into",
        "near",
        "under",
        "between",
        "among",
        "after",
        "before",
        "who",
        "that",
        "which",
        "whose",
        "where",
        "when",
        "while",
        "and",
        "or",
        "but",
        "as",
        "than",
        "per",
        "about",
        "around",
        "against",
        "through",
        "within",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "said",
        "says",
    ]
)
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "lives": "life"}


def load_jsonl(path: Path) -> list[Row]:
    """Return the rows of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def articles_of(folder: Path, gold: list[Row]) -> list[Path]:
    """Return the article files the gold names, found in ``folder`` (or its parent when it has no articles/)."""
    names = sorted({str(g["article"]) for g in gold})
    base = folder if folder.is_dir() else folder.parent
    return [base / name for name in names if (base / name).exists()]


def python_of(checkout: Path) -> str:
    """Return the checkout's own interpreter when it has a virtualenv, else this one."""
    own = checkout / ".venv" / "bin" / "python"
    return str(own) if own.exists() else sys.executable


def extract(checkout: Path, files: list[Path]) -> list[Row]:
    """Return the claims the checkout's command line prints for ``files``."""
    if not files:
        return []
    env = dict(os.environ, PYTHONPATH=str(checkout))
    out = subprocess.run(
        [python_of(checkout), "-m", "claims.extraction", *map(str, files)],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def match(gold: list[Row], pred: list[Row]) -> list[tuple[Row, Row | None]]:
    """Return each gold claim with the predicted claim matched to it by span overlap (one-to-one), or None."""
    by_article: dict[str, list[Row]] = {}
    for p in pred:
        by_article.setdefault(os.path.basename(str(p["article"])), []).append(p)
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(by_article.get(str(g["article"]), [])):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda t: -t[0])
    taken_g: dict[int, Row] = {}
    taken_p: set[tuple[str, int]] = set()
    for _, gi, pi in pairs:
        key = (str(gold[gi]["article"]), pi)
        if gi in taken_g or key in taken_p:
            continue
        taken_g[gi] = by_article[str(gold[gi]["article"])][pi]
        taken_p.add(key)
    return [(g, taken_g.get(gi)) for gi, g in enumerate(gold)]


def unit_kin(unit: str) -> str:
    """Return what a unit's count stands for, as the suggester compares units (``conflicts.unit_kin``)."""
    from claims.conflicts import unit_kin as kin

    return kin(unit) if unit else ""


def _norm(text: object) -> str:
    return " ".join(str(text or "").lower().split())


def _span_of(p: Row, text: str) -> tuple[int, int] | None:
    """Return the predicted attribution's span: its own, else its text's occurrence nearest the claim."""
    if p.get("attribution_start") is not None and p.get("attribution_end") is not None:
        return int(p["attribution_start"]), int(p["attribution_end"])
    words = str(p.get("attribution") or "")
    if not words:
        return None
    best: tuple[int, int] | None = None
    i = text.find(words)
    while i >= 0:
        if best is None or abs(i - p["start"]) < abs(best[0] - p["start"]):
            best = (i, i + len(words))
        i = text.find(words, i + 1)
    return best


def attribution_right(g: Row, p: Row, text: str) -> bool:
    """Return whether a predicted attribution is right: spans overlap, or the texts agree ignoring case."""
    if _norm(g.get("attribution")) == _norm(p.get("attribution")):
        return True
    gs, ge = g.get("attribution_start"), g.get("attribution_end")
    span = _span_of(p, text)
    if gs is None or ge is None or span is None:
        return False
    return min(int(ge), span[1]) - max(int(gs), span[0]) > 0


def head_noun(phrase: str) -> str:
    """Return a phrase's head noun, singular: the last word before its first verb, preposition or relative word.

    >>> head_noun("North Korean escapees currently detained in China")
    'escapee'
    >>> head_noun("resolution proposals submitted at the National Assembly")
    'proposal'
    """
    words = [w.strip(".,;:()\"'“”‘’").lower() for w in phrase.split()]
    head = ""
    for w in words:
        if not w:
            continue
        if w in _STOP_HEAD or (len(w) > 4 and w.endswith("ed") and head) or w.endswith("ly"):
            break
        head = w
    if head.endswith(("'s", "’s")):
        head = head[:-2]
    if head in _IRREGULAR:
        return _IRREGULAR[head]
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    if head.endswith(("ses", "xes", "ches", "shes")):
        return head[:-2]
    if head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        return head[:-1]
    return head


def _counted(p: Row) -> str:
    """Return the part of a predicted subject before its event ("people" of "people fled"), or its noun."""
    subject = str(p.get("subject") or "")
    event = str(p.get("event") or "")
    if subject and event and f" {event}" in subject:
        subject = subject[: subject.index(f" {event}")]
    return subject or str(p.get("noun") or "")


def place_agrees(gold_place: object, places: Iterable[str]) -> bool:
    """Return whether the gold place and the predicted places agree (both empty, or one holds the other)."""

    def bare(s: str) -> str:
        s = _norm(s)
        return s[4:] if s.startswith("the ") else s

    wanted = [bare(x) for x in (gold_place if isinstance(gold_place, list) else [gold_place]) if x]
    got = [bare(x) for x in places if x]
    if not wanted:
        return not got
    return any(w in g or g in w for w in wanted for g in got if g)


def period_agrees(gold_period: object, p: Row) -> bool:
    """Return whether the gold period and the predicted one agree (see the module's notes)."""
    start = str(p.get("period_start") or "")
    end = str(p.get("period_end") or "")
    if isinstance(gold_period, dict):
        gs, ge = str(gold_period.get("start") or ""), str(gold_period.get("end") or "")
        if not gs and not ge:
            return not start
        return (not gs or start == gs) and (not ge or end == ge or (not end and not ge))
    g = str(gold_period or "").strip()
    if "/" in g:
        # "2025-06-15/2025-06-17": a span; an open end ("since Sunday") agrees with any end.
        gs, _, ge = g.partition("/")
        return start[: len(gs)] == gs and (not end or end[: len(ge)] == ge)
    if not g:
        return not start and not str(p.get("period_text") or "")
    if len(g) in (4, 7, 10) and g[:4].isdigit():
        return start[: len(g)] == g and (not end or end[: len(g)] == g or (len(g) == 4 and end[:4] >= g))
    return _norm(g) in _norm(p.get("period_text")) or (
        bool(p.get("period_text")) and _norm(p.get("period_text")) in _norm(g)
    )


def score(gold: list[Row], pred: list[Row], texts: dict[str, str], verbose: bool = False) -> dict[str, Any]:
    """Return the context figures of ``pred`` against ``gold`` (see the module's notes)."""
    pairs = match(gold, pred)
    out: dict[str, Any] = {"gold": len(gold), "matched": sum(1 for _, p in pairs if p is not None)}
    failures: list[str] = []
    if any("attribution" in g for g in gold):
        gold_pos = [(g, p) for g, p in pairs if "attribution" in g and g.get("attribution")]
        predicted = [(g, p) for g, p in pairs if p is not None and "attribution" in g and p.get("attribution")]
        right_p = sum(1 for g, p in predicted if attribution_right(g, p, texts[str(g["article"])]))
        right_r = sum(
            1
            for g, p in gold_pos
            if p is not None and p.get("attribution") and attribution_right(g, p, texts[str(g["article"])])
        )
        exact = sum(
            1 for g, p in gold_pos if p is not None and _norm(p.get("attribution")) == _norm(g.get("attribution"))
        )
        out["attribution"] = {
            "gold": len(gold_pos),
            "predicted": len(predicted),
            "precision": right_p / len(predicted) if predicted else None,
            "recall": right_r / len(gold_pos) if gold_pos else None,
            "exact": exact / len(gold_pos) if gold_pos else None,
        }
        for g, p in pairs:
            if "attribution" in g and p is not None and (g.get("attribution") or p.get("attribution")):
                if not attribution_right(g, p, texts[str(g["article"])]) or not (
                    g.get("attribution") and p.get("attribution")
                ):
                    failures.append(
                        f"attribution {g['article']}@{g['start']} {g.get('quote')!r}: gold {g.get('attribution')!r} "
                        f"got {p.get('attribution')!r}"
                    )
    for key, agree in (
        ("hedge", lambda g, p: _norm(g.get("hedge")) == _norm(p.get("hedge"))),
        (
            "subject",
            lambda g, p: bool(g.get("subject")) and head_noun(str(g["subject"])) == head_noun(_counted(p)),
        ),
        ("place", lambda g, p: place_agrees(g.get("place"), p.get("places") or [])),
        ("period", lambda g, p: period_agrees(g.get("period"), p)),
        ("unit", lambda g, p: unit_kin(str(g.get("unit") or "")) == unit_kin(str(p.get("unit") or ""))),
    ):
        rows = [(g, p) for g, p in pairs if key in g and p is not None]
        if not rows:
            continue
        ok = 0
        for g, p in rows:
            if agree(g, p):
                ok += 1
            elif verbose:
                shown = {
                    "subject": "subject",
                    "place": "places",
                    "period": "period_text",
                    "hedge": "hedge",
                    "unit": "unit",
                }[key]
                failures.append(
                    f"{key} {g['article']}@{g['start']} {g.get('quote')!r}: gold {g.get(key)!r} got {p.get(shown)!r}"
                    + (f" {p.get('period_start')}..{p.get('period_end')}" if key == "period" else "")
                )
        out[key] = {"claims": len(rows), "agree": ok / len(rows)}
    if verbose:
        out["failures"] = failures
    return out


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Run the scores and print a markdown table, one row per gold set and checkout."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", metavar="DIR", help="another checkout whose extractor runs beside this one")
    ap.add_argument(
        "--set", action="append", choices=sorted(SETS), help="score only these sets (repeatable; held-out sets only so)"
    )
    ap.add_argument("--smoke", action="store_true", help="the seeds only, a few seconds")
    ap.add_argument("--verbose", action="store_true", help="list every disagreement (this checkout)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    names = ["seeds"] if a.smoke else (a.set or [name for name in SETS if name not in HELD_OUT])
    checkouts = [("this", ROOT)] + ([("against", Path(a.against).resolve())] if a.against else [])
    results: dict[str, dict[str, Any]] = {}
    print(
        "| set | checkout | matched / gold | attribution P / R (exact) | hedge | subject head | place | period | unit |"
    )
    print("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for name in names:
        gold_rel, folder_rel = SETS[name]
        gold_path = ROOT / gold_rel
        if not gold_path.exists():
            continue
        gold = load_jsonl(gold_path)
        files = articles_of(ROOT / folder_rel, gold)
        texts = {f.name: f.open(encoding="utf-8", newline="").read() for f in files}
        for label, checkout in checkouts:
            pred = extract(checkout, files)
            r = score(gold, pred, texts, verbose=a.verbose and label == "this")
            results[f"{name}/{label}"] = r
            att = r.get("attribution")
            att_cell = (
                f"{_fmt(att['precision'])} / {_fmt(att['recall'])} ({_fmt(att['exact'])}; {att['gold']} gold)"
                if att
                else "–"
            )
            cells = [_fmt(r[k]["agree"]) if k in r else "–" for k in ("hedge", "subject", "place", "period", "unit")]
            print(
                f"| {name} | {label} ({checkout.name}) | {r['matched']} / {r['gold']} | {att_cell} | "
                + " | ".join(cells)
                + " |"
            )
            for line in r.get("failures", []):
                print("    " + line, file=sys.stderr)
    if a.json:
        print(
            json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "failures"} for k, v in results.items()}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
