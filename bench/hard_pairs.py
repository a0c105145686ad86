"""Read the gold hard-conflict pairs of the figures sets as the pair stage sees them: blocked, ruled out (by which rule),
or scored (the pair model's probability against its threshold); beside them, the other gold same-figure pairs and the
pairs of two figures.

    python bench/hard_pairs.py                        # every development set, extracted and gold+context
    python bench/hard_pairs.py --sets figures_eval9 --show 30   # print 30 hard pairs not scored above threshold

The model is the shipped one (``pair_model.json``, fitted on every set: in-sample). Only the pair stage is read here;
whether grouping then puts a scored pair in one figure is another question (``bench/hard_misses.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "bench"))

import train_pairs  # noqa: E402


def why_ruled_out(a, b) -> str:  # type: ignore[no-untyped-def]
    """Return the rule of ``scoring.judge_pair`` that rules two prepared claims out, or "" when none does."""
    from claims.suggestions.scoring import pair_verdict

    verdict = pair_verdict(a, b)
    return verdict if isinstance(verdict, str) else ""


def diagnose(read, show: int) -> dict[str, Counter]:  # type: ignore[no-untyped-def]
    """Return, for the set's hard pairs, other same-figure pairs and pairs of two figures, a count of their fates."""
    from claims.suggestions import pair_model
    from claims.suggestions.blocking import candidate_pairs
    from claims.suggestions.grouping import read_for_grouping
    from claims.suggestions.scoring import Prepared, idf_weights, judge_pair

    figures = train_pairs.load_figures_bench()
    _, inputs = read_for_grouping(read.inputs)
    idf = idf_weights(inputs)
    prepared = [Prepared(item, idf) for item in inputs]
    at_of = {}
    for at, item in enumerate(inputs):
        line = read.line_of.get(item.claim_id)
        if line:
            at_of[train_pairs.gold_identity(line)] = at
    _, gold_path = train_pairs.place(read.name)
    gold = figures.load_gold(gold_path)
    hard = set()
    conflicts_path = gold_path.parent / "conflicts.jsonl"
    for entry in figures.load_gold(conflicts_path) if conflicts_path.exists() else []:
        if figures.conflict_kind(entry) == "hard":
            named = figures.conflict_claims(entry, gold)
            if len(named) == 2:
                hard.add(frozenset(named))
    blocked = {frozenset((i, j)) for i, j in candidate_pairs(inputs)}
    model = pair_model.active()
    fates: dict[str, Counter] = {"hard": Counter(), "same": Counter(), "other": Counter()}
    shown = 0
    by_key: dict[str, list] = {}
    for identity, at in at_of.items():
        line = read.line_of[inputs[at].claim_id]
        by_key.setdefault(line["figure_key"] or f"none{at}", []).append(identity)
    identities = sorted(at_of)
    for n, first in enumerate(identities):
        for second in identities[n + 1 :]:
            pair = frozenset((first, second))
            i, j = sorted((at_of[first], at_of[second]))
            key_a = read.line_of[inputs[i].claim_id]["figure_key"]
            key_b = read.line_of[inputs[j].claim_id]["figure_key"]
            kind = "hard" if pair in hard else "same" if key_a and key_a == key_b else "other"
            if kind == "other" and frozenset((i, j)) not in blocked:
                continue
            if frozenset((i, j)) not in blocked:
                fate = "not blocked"
            else:
                features = judge_pair(prepared[i], prepared[j])
                if features is None:
                    fate = "ruled out: " + (why_ruled_out(prepared[i], prepared[j]) or "?")
                else:
                    p = model.probability(features)
                    if model.repeated_floor is not None and any(features[f] for f in pair_model.REPEATED):
                        p = max(p, model.repeated_floor)
                    fate = "scored >= threshold" if p >= model.threshold else "scored < threshold"
                    fate += " (rival)" if features["rival"] else ""
            fates[kind][fate] += 1
            if kind == "hard" and shown < show and not fate.startswith("scored >="):
                shown += 1
                x, y = inputs[i], inputs[j]
                print(f"  [{fate}] {key_a}")
                for item in (x, y):
                    print(
                        f"     doc {item.document_id} {item.value.low}-{item.value.high} {item.value.qualifier}"
                        f" {item.value.unit} head={item.head!r} event={item.event!r} source={item.source!r}"
                        f" subject={sorted(item.subject)} day={item.day} scope={sorted(item.scope)}"
                    )
                    print(f"       phrase={item.phrase!r}")
    return fates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(train_pairs.SETS))
    parser.add_argument("--sources", default="extracted,gold+context")
    parser.add_argument("--show", type=int, default=0, help="print this many hard pairs not scored above threshold")
    args = parser.parse_args()
    figures = train_pairs.load_figures_bench()
    figures.setup_django()
    totals = {source: {kind: Counter() for kind in ("hard", "same", "other")} for source in args.sources.split(",")}
    for name in args.sets.split(","):
        for source in args.sources.split(","):
            print(f"== {name} {source}", flush=True)
            fates = diagnose(train_pairs.read_set(figures, name, source), args.show)
            for kind, counts in fates.items():
                totals[source][kind].update(counts)
                print(f"  {kind}: " + ", ".join(f"{fate} {count}" for fate, count in counts.most_common()))
    for source, kinds in totals.items():
        print(f"== all sets, {source}")
        for kind, counts in kinds.items():
            total = sum(counts.values())
            print(f"  {kind} ({total}): " + ", ".join(f"{fate} {count}" for fate, count in counts.most_common()))


if __name__ == "__main__":
    main()
