"""List the gold hard conflicts the suggester does not surface on the development sets, and why (issue 11).

    python bench/hard_misses.py                                # every development set, extracted and gold+context
    python bench/hard_misses.py --sets figures_eval7 --examples 10 --sources extracted

A hard conflict is surfaced when both claims of a gold hard pair (``conflicts.jsonl`` beside the gold) end in one
suggested figure and that figure is flagged hard (``bench/figures.py``'s measure). Each pair not surfaced gets one
cause, first that holds (each line names the pair's gold figure):

- ``a unmatched``: a claim of the pair matches no claim (the extractor missed it);
- ``e not flagged``: both in one group, which is not flagged hard;
- ``b ruled out: RULE``: the pair itself is ruled out by ``scoring.judge_pair`` (the rule ``scoring.pair_verdict``
  names);
- ``c apart: CONDITION``: both grouped, in two groups that ``rival_groups`` refused to join (the condition of
  ``RivalJoin.judge_join``, or "never met" when blocking pairs nothing across them);
- ``d ungrouped``: one or both claims in no group (the pair scored, with the model's probability).

Sets are read as ``bench/train_pairs.py`` reads them (``read_set``), grouped as ``suggesting.suggest_figures`` groups
(``group_claims`` then ``join_rival_groups``), with the shipped pair model (in-sample: a diagnosis, not a measure).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "bench"))

import train_pairs  # noqa: E402

SOURCES = ("extracted", "gold+context")
# The development sets: those the pair model is fitted on.
DEV_SETS = train_pairs.SETS


def ruled_out_by(a, b) -> str:  # type: ignore[no-untyped-def]
    """Return the rule of ``scoring.judge_pair`` that rules two prepared claims out ("" when none does)."""
    from claims.suggestions.scoring import pair_verdict

    verdict = pair_verdict(a, b)
    return verdict if isinstance(verdict, str) else ""


class Diagnosis:
    """One read set grouped, with what explains its hard pairs not surfaced."""

    def __init__(self, figures, read) -> None:  # type: ignore[no-untyped-def]
        from claims import conflicts
        from claims.models import Claim
        from claims.suggestions.grouping import grouped_claims
        from claims.suggestions.rival_groups import RivalJoin
        from claims.suggestions.scoring import Prepared
        from claims.suggestions.storage import conflict_member

        self.figures, self.read = figures, read
        grouping = grouped_claims(read.inputs)
        self.inputs, self.idf = grouping.inputs, grouping.idf
        self.index_of = {item.claim_id: at for at, item in enumerate(self.inputs)}
        self.groups = RivalJoin(grouping).joined()
        self.group_of = {m.claim_id: number for number, group in enumerate(self.groups) for m in group.members}
        rows = Claim.objects.in_bulk([m.claim_id for group in self.groups for m in group.members])
        self.flagged = [
            conflicts.roll_up([conflict_member(rows[m.claim_id]) for m in group.members]).conflict == "hard"
            for group in self.groups
        ]
        # The final groups, judged as rival groups would judge a join (``RivalJoin.judge_join``).
        self.join = RivalJoin(grouping, self.groups)
        self.met = {frozenset((self.join.group_of[i], self.join.group_of[j])) for i, j in self.join.candidates}
        self.prepared = {}
        self.prepare = lambda at: self.prepared.setdefault(at, Prepared(self.inputs[at], self.idf))
        self.claim_of = {train_pairs.gold_identity(line): claim for claim, line in read.line_of.items() if line}

    def causes(self, path: Path) -> list[tuple[str, str]]:
        """Return, for each gold hard pair not surfaced, its cause and a line describing it."""
        from claims.suggestions.scoring import prepared_score

        found = []
        gold = self.figures.load_gold(path.parent / "gold.jsonl")
        for entry in self.figures.load_gold(path):
            if self.figures.conflict_kind(entry) != "hard":
                continue
            named = self.figures.conflict_claims(entry, gold)
            claims = [self.claim_of.get(identity) for identity in named]
            key = entry.get("figure_key", "")
            if len(claims) != 2 or None in claims:
                found.append(("a unmatched", f"{key}: {entry.get('why', '')[:150]}"))
                continue
            x, y = (self.group_of.get(claim) for claim in claims)
            i, j = (self.index_of[claim] for claim in claims)
            if x is not None and x == y:
                if not self.flagged[x]:
                    found.append(("e not flagged", f"{key}: " + self.describe(i, j)))
                continue
            rule = ruled_out_by(self.prepare(i), self.prepare(j))
            if rule:
                where = "both grouped" if x is not None and y is not None else "ungrouped"
                found.append((f"b ruled out: {rule}", f"{key}: [{where}] " + self.describe(i, j)))
            elif x is not None and y is not None:
                gx, gy = self.join.group_of[i], self.join.group_of[j]
                verdict = self.join.judge_join(gx, gy) if frozenset((gx, gy)) in self.met else "never met"
                why = verdict if isinstance(verdict, str) else f"joinable ({verdict:.2f})"
                found.append((f"c apart: {why}", f"{key}: " + self.describe(i, j)))
            else:
                score = prepared_score(self.prepare(i), self.prepare(j))
                alone = "both" if x is None and y is None else "one"
                found.append((f"d ungrouped ({alone})", f"{key}: [p={score:.2f}] " + self.describe(i, j)))
        return found

    def describe(self, i: int, j: int) -> str:
        parts = []
        for at in (i, j):
            item = self.inputs[at]
            group = self.group_of.get(item.claim_id)
            size = len(self.groups[group].members) if group is not None else 0
            parts.append(
                f"{item.span[0]} doc{item.document_id} {item.value.low}-{item.value.high} {item.value.qualifier} unit={item.value.unit!r} "
                f"src={item.source[:30]!r} subj={' '.join(sorted(item.subject))[:40]!r} ev={item.event} "
                f"group={group}({size})"
            )
        return " | ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(DEV_SETS), help="comma-separated folders of bench/")
    parser.add_argument("--sources", default=",".join(SOURCES))
    parser.add_argument("--examples", type=int, default=2, help="examples printed per cause and set")
    args = parser.parse_args()
    figures = train_pairs.load_figures_bench()
    figures.setup_django()
    totals: dict[str, Counter] = defaultdict(Counter)
    for name, source in itertools.product(args.sets.split(","), args.sources.split(",")):
        read = train_pairs.read_set(figures, name, source)
        _, gold_path = train_pairs.place(name)
        diagnosis = Diagnosis(figures, read)
        causes = diagnosis.causes(gold_path.parent / "conflicts.jsonl")
        counted = Counter(cause for cause, _ in causes)
        totals[source].update(counted)
        print(f"== {name} {source}: {len(causes)} hard pairs not surfaced", flush=True)
        for cause, count in counted.most_common():
            lines = [line for c, line in causes if c == cause]
            figures_of = Counter(line.split(":", 1)[0] for line in lines)
            print(f"  {count:4}  {cause}  ({', '.join(f'{k} {n}' for k, n in figures_of.most_common(3))})")
            for line in lines[: args.examples]:
                print(f"          {line}")
    train_pairs.print_cause_totals(totals, "not surfaced")


if __name__ == "__main__":
    main()
