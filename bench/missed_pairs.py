"""List the gold pairs the suggester leaves in two figures (false splits), by cause, and the gold figures it splits.

    python bench/missed_pairs.py --sources gold+context           # every development set, the gold's claims and context
    python bench/missed_pairs.py --sets figures_eval9 --examples 6 --sources extracted

A gold pair is missed when its two claims (both matched) are not in one suggested group, as ``bench/train_pairs.py``'s
``grouped_f1`` counts recall. Each missed pair gets one cause, first that holds:

- ``never proposed``: blocking (``blocking.candidate_pairs``) never pairs the two;
- ``ruled out: RULE``: ``scoring.judge_pair`` rules the pair out (the rule ``scoring.pair_verdict`` names);
- ``low score``: the pair model scores it below the threshold;
- ``scored, not merged``: it scores at or above the threshold, yet the two stay apart.

For the last two, what kept the two claims' clusters apart at the end of grouping (``grouping.Linkage``): ``mean``
(the mean score across them below the threshold), ``sentence`` (two claims of one sentence across them, no rival
counts: ``same-fig`` when both are of one gold figure, ``two-figs`` or ``alone`` when one is not, a claim put in the
wrong cluster blocking), ``places``, ``days``, ``vetoed`` (a pair of other stories or places across them). Each cause
says too whether a chain of pairs scored at or above the threshold links the two inside their gold figure (``chain``)
and whether both claims are grouped (``two groups``) or one is in no group (``ungrouped``).

Sets are read as ``bench/train_pairs.py`` reads them (``read_set``), grouped as ``suggesting.suggest_figures`` groups
(``grouped_claims`` then ``RivalJoin``), with the shipped pair model (in-sample: a diagnosis, not a measure).
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


class Diagnosis:
    """One read set grouped, with the final clusters of grouping kept to say what parts each missed pair."""

    def __init__(self, read) -> None:  # type: ignore[no-untyped-def]
        from claims.suggestions import grouping, pair_model
        from claims.suggestions.rival_groups import RivalJoin

        self.read, self.threshold = read, pair_model.active().threshold
        kept = {}
        follow = grouping.Linkage.follow

        def keep(linkage, *args, **kwargs):  # type: ignore[no-untyped-def]
            kept["linkage"] = linkage
            return follow(linkage, *args, **kwargs)

        grouping.Linkage.follow = keep  # type: ignore[method-assign]
        try:
            self.grouping = grouping.grouped_claims(read.inputs)
        finally:
            grouping.Linkage.follow = follow  # type: ignore[method-assign]
        self.linkage = kept["linkage"]
        self.inputs = self.grouping.inputs
        index_of = {item.claim_id: at for at, item in enumerate(self.inputs)}
        self.group_of: dict[int, int] = {}
        for number, group in enumerate(RivalJoin(self.grouping).joined()):
            self.group_of.update(dict.fromkeys((index_of[m.claim_id] for m in group.members), number))
        self.by_figure: defaultdict[str, list[int]] = defaultdict(list)
        for claim_id, line in read.line_of.items():
            if line and line["figure_key"] and claim_id in index_of:
                self.by_figure[line["figure_key"]].append(index_of[claim_id])
        self.candidates = set(self.grouping.candidates)

    def key(self, at: int) -> str:
        line = self.read.line_of.get(self.inputs[at].claim_id)
        return (line and line["figure_key"]) or ""

    def chained(self, members: list[int]) -> dict[int, int]:
        """Return each claim's component under the pairs of its gold figure scored at or above the threshold."""
        parent = {m: m for m in members}

        def find(at: int) -> int:
            while parent[at] != at:
                at = parent[at]
            return at

        for i, j in itertools.combinations(sorted(members), 2):
            probability = self.grouping.judged.get((i, j))
            if probability is not None and probability >= self.threshold:
                parent[find(i)] = find(j)
        return {m: find(m) for m in members}

    def parted_by(self, i: int, j: int) -> str:
        """Return what keeps two claims' clusters apart at the end of grouping."""
        linkage = self.linkage
        x, y = linkage.cluster_of[i], linkage.cluster_of[j]
        if x == y:
            return "one cluster"
        found = []
        if linkage.vetoed[x].get(y):
            found.append("vetoed")
        if not linkage.may_share_sentences(x, y):
            kinds = set()
            for k, m in linkage.sentence_pairs(x, y):
                if (k, m) in linkage.rivals:
                    continue
                first, second = self.key(k), self.key(m)
                kinds.add("same-fig" if first and first == second else "two-figs" if first and second else "alone")
            found.append(f"sentence({','.join(sorted(kinds))})")
        if linkage.holds_places_apart(x, y):
            found.append("places")
        if linkage.holds_days_apart(x, y):
            found.append("days")
        if linkage.links[x].get(y, 0.0) / max(linkage.counted_pairs(x, y), 1.0) < self.threshold:
            found.append("mean")
        return "+".join(found) or "nothing read"

    def cause(self, i: int, j: int, chain: bool) -> str:
        from claims.suggestions.scoring import pair_verdict

        probability = self.grouping.judged.get((i, j), -1.0)
        if (i, j) not in self.candidates:
            found = "never proposed"
        elif probability is None:
            found = f"ruled out: {pair_verdict(self.grouping.prepared[i], self.grouping.prepared[j])}"
        elif probability < 0:
            found = "not scored (a number restated, or two anchored)"
        else:
            below = "low score" if probability < self.threshold else "scored, not merged"
            found = f"{below}: {self.parted_by(i, j)}"
        grouped = "two groups" if i in self.group_of and j in self.group_of else "ungrouped"
        return f"{found} [{'chain' if chain else 'no chain'}; {grouped}]"

    def missed(self) -> tuple[defaultdict[str, list[tuple[int, int]]], Counter[str]]:
        """Return the missed gold pairs by cause, and how many gold figures are split into how many groups."""
        causes: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        split: Counter[str] = Counter()
        for members in self.by_figure.values():
            component = self.chained(members)
            parts = len({self.group_of.get(m, -1 - m) for m in members})
            if parts > 1:
                split[f"in {min(parts, 4)}{'+' if parts >= 4 else ''}"] += 1
            for i, j in itertools.combinations(sorted(members), 2):
                if i in self.group_of and self.group_of[i] == self.group_of.get(j):
                    continue
                causes[self.cause(i, j, component[i] == component[j])].append((i, j))
        return causes, split

    def describe(self, at: int, texts: dict[int, str]) -> str:
        item = self.inputs[at]
        quote = texts[item.document_id][max(0, item.span[0] - 40) : item.span[1] + 40].replace("\n", " ")
        return f"doc{item.document_id} day={item.day} ev={item.event} subj={' '.join(sorted(item.subject))[:30]!r} …{quote}…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(train_pairs.SETS), help="comma-separated folders of bench/")
    parser.add_argument("--sources", default="gold+context")
    parser.add_argument("--examples", type=int, default=2, help="examples printed per cause and set")
    args = parser.parse_args()
    figures = train_pairs.load_figures_bench()  # type: ignore[no-untyped-call]
    figures.setup_django()
    from corpus.models import Document

    totals: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for name, source in itertools.product(args.sets.split(","), args.sources.split(",")):
        read = train_pairs.read_set(figures, name, source)
        diagnosis = Diagnosis(read)
        causes, split = diagnosis.missed()
        texts = dict(Document.objects.values_list("pk", "text"))
        count = sum(len(pairs) for pairs in causes.values())
        figures_split = ", ".join(f"{parts} groups: {n}" for parts, n in sorted(split.items()))
        print(f"== {name} {source}: {count} of {len(read.gold_pairs)} gold pairs missed; figures split {figures_split}")
        for cause, pairs in sorted(causes.items(), key=lambda entry: -len(entry[1])):
            totals[source][cause] += len(pairs)
            print(f"  {len(pairs):4}  {cause}")
            for i, j in pairs[: args.examples]:
                print(f"          [{diagnosis.key(i)}] {diagnosis.describe(i, texts)}")
                print(f"              ~ {diagnosis.describe(j, texts)}")
    train_pairs.print_cause_totals(totals)


if __name__ == "__main__":
    main()
