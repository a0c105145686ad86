"""List the pairs the suggester puts in one figure that the gold does not, by cause, and the merges that made them.

    python bench/wrong_pairs.py                                   # every development set, extracted claims
    python bench/wrong_pairs.py --sets figures_eval12 --merges 10 --examples 4 --sources extracted,gold+context

A predicted pair is wrong when its two claims are in one suggested group and not on one gold figure (``figure_key``),
as ``bench/train_pairs.py``'s ``grouped_f1`` counts it. Each wrong pair gets one cause, first that holds:

- ``claim unmatched``: a claim matches no gold claim (the extractor found a number the gold does not hold);
- ``unit``, ``place``, ``period``: the two gold claims' units (of two dimensions: not hectares and acres), places or
  periods differ (the gold's own reading);
- ``subject``: the gold subjects share no content word (other things counted: the dead and the missing);
- ``other counts``: the gold says nothing else apart (one subject, place and period, two figures: a running total
  against one day's count, a part against its whole).

A cause is prefixed ``alone:`` when a claim's gold figure is null (a number the gold puts in no figure: often one
day's count of a running total that no other report gives).

Each cause is printed with what the suggester read apart for those pairs (``read: ...``: the places, day, event,
counted noun, subject words or story names it was given differ, or nothing it could see). Then the merges that made
the most wrong pairs: how each joined its two sides (a scored ``link``, rivals told side by side, a number restated,
a follower, rival groups joined) and the best pair across the sides (the edge that carried it), with both sides' gold
figures.

Sets are read as ``bench/train_pairs.py`` reads them (``read_set``) and grouped as ``suggesting.suggest_figures``
groups (``grouped_claims`` then ``RivalJoin``), with the shipped pair model (in-sample: a diagnosis, not a measure).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "bench"))

import train_pairs  # noqa: E402

SOURCES = ("extracted", "gold+context")
# The stages of grouping whose merges are recorded (``grouping.Linkage``'s methods), and rival groups.
STAGES = ("join_anchored", "link", "join_rivals", "attach", "follow")
RIVAL_GROUPS = "rival groups"


class Merge:
    """One merge of two clusters: the stage that made it and the claims (by index) of each side."""

    def __init__(self, stage: str, first: list[int], second: list[int]) -> None:
        self.stage, self.first, self.second = stage, first, second
        self.wrong = 0


@contextlib.contextmanager
def recorded_merges(log: list[Merge]) -> Iterator[None]:
    """Record every merge grouping and rival groups make while the block runs."""
    from claims.suggestions import grouping, rival_groups

    linkage, join = grouping.Linkage, rival_groups.RivalJoin
    originals = {name: getattr(linkage, name) for name in ("merge", *STAGES)}
    join_merge = join.merge
    stage = ["?"]

    def merge(self, x: int, y: int) -> None:  # type: ignore[no-untyped-def]
        log.append(Merge(stage[0], list(self.members[x]), list(self.members[y])))
        originals["merge"](self, x, y)

    def staged(name: str):  # type: ignore[no-untyped-def]
        def run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            stage[0] = name
            return originals[name](self, *args, **kwargs)

        return run

    def rival_merge(self, x: int, y: int) -> None:  # type: ignore[no-untyped-def]
        log.append(Merge(RIVAL_GROUPS, list(self.members[x]), list(self.members[y])))
        join_merge(self, x, y)

    linkage.merge = merge  # type: ignore[method-assign]
    for name in STAGES:
        setattr(linkage, name, staged(name))
    join.merge = rival_merge  # type: ignore[method-assign]
    try:
        yield
    finally:
        for name, method in originals.items():
            setattr(linkage, name, method)
        join.merge = join_merge  # type: ignore[method-assign]


def gold_cause(line_a: dict[str, object] | None, line_b: dict[str, object] | None) -> str:
    """Return why the gold puts two claims on two figures (the first of the module's causes that holds)."""
    from claims.conflicts import unit_dimension
    from claims.suggestions.words import content_stems

    if not (line_a and line_b):
        return "claim unmatched"
    alone = "" if line_a["figure_key"] and line_b["figure_key"] else "alone: "
    if unit_dimension(str(line_a.get("unit") or "")) != unit_dimension(str(line_b.get("unit") or "")):
        return alone + "unit"
    for field in ("place", "period"):
        if (line_a.get(field) or "") != (line_b.get(field) or ""):
            return alone + field
    words_a, words_b = (set(content_stems(str(line.get("subject") or ""))) for line in (line_a, line_b))
    if words_a and words_b and words_a.isdisjoint(words_b):
        return alone + "subject"
    return alone + "other counts"


def read_apart(a, b) -> str:  # type: ignore[no-untyped-def]
    """Return what the suggester read apart for two claims (its inputs), or "nothing read apart"."""
    apart = []
    if (a.scope or a.places) and (b.scope or b.places) and not (a.scope & b.scope or a.places & b.places):
        apart.append("places")
    if a.level != b.level and a.level and b.level:
        apart.append("level")
    if a.day != b.day and a.day and b.day:
        apart.append("day")
    if a.event and b.event and a.event != b.event:
        apart.append("event")
    if a.head and b.head and a.head != b.head:
        apart.append("noun")
    if a.subject and b.subject and a.subject.isdisjoint(b.subject):
        apart.append("subject")
    if a.document_id != b.document_id and not a.story & b.story:
        apart.append("story")
    return "+".join(apart) or "nothing read apart"


class Diagnosis:
    """One read set grouped, its merges recorded, with its wrong pairs."""

    def __init__(self, read) -> None:  # type: ignore[no-untyped-def]
        from claims.suggestions.grouping import grouped_claims
        from claims.suggestions.rival_groups import RivalJoin
        from corpus.models import Document

        self.read = read
        self.log: list[Merge] = []
        with recorded_merges(self.log):
            self.grouping = grouped_claims(read.inputs)
            self.groups = RivalJoin(self.grouping).joined()
        self.inputs = self.grouping.inputs
        self.index_of = {item.claim_id: at for at, item in enumerate(self.inputs)}
        self.names = dict(Document.objects.values_list("pk", "source_name"))
        self.texts = dict(Document.objects.values_list("pk", "text"))

    def predicted_pairs(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Return the right and the wrong pairs of the suggested groups (by index), as ``train_pairs.grouped_f1``
        counts pairs."""
        right: list[tuple[int, int]] = []
        wrong: list[tuple[int, int]] = []
        for group in self.groups:
            members = [m.claim_id for m in group.members if m.claim_id in self.read.line_of]
            for a, b in itertools.combinations(members, 2):
                line_a, line_b = self.read.line_of[a], self.read.line_of[b]
                one = line_a and line_b and line_a["figure_key"] and line_a["figure_key"] == line_b["figure_key"]
                (right if one else wrong).append((self.index_of[a], self.index_of[b]))
        return right, wrong

    def merge_of(self, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], Merge]:
        """Return the merge that first put each pair's two claims in one cluster (counting its wrong pairs)."""
        pending = defaultdict(list)
        for i, j in pairs:
            pending[i].append(j)
            pending[j].append(i)
        found: dict[tuple[int, int], Merge] = {}
        for merge in self.log:
            second = set(merge.second)
            for i in merge.first:
                for j in pending.get(i, ()):
                    if j in second:
                        key = (min(i, j), max(i, j))
                        if key not in found:
                            found[key] = merge
                            merge.wrong += 1
        return found

    def carrying_edge(self, merge: Merge) -> str:
        """Return the best pair the pair model scored across a merge's two sides, described."""
        best: tuple[float, int, int] | None = None
        for i in merge.first:
            for j in merge.second:
                probability = self.grouping.judged.get((min(i, j), max(i, j)))
                if probability is not None and (best is None or probability > best[0]):
                    best = (probability, i, j)
        if best is None:
            return "no pair scored across"
        probability, i, j = best
        return f"p={probability:.2f} {self.describe(i)}  ~  {self.describe(j)}"

    def figures_of(self, indexes: list[int]) -> str:
        """Return the gold figures of a side of a merge, most claims first."""
        counted = Counter(self.key(i) for i in indexes)
        return ", ".join(f"{key} {count}" for key, count in counted.most_common(3))

    def key(self, at: int) -> str:
        line = self.read.line_of.get(self.inputs[at].claim_id)
        return "(unmatched)" if line is None else line["figure_key"] or "(alone)"

    def describe(self, at: int) -> str:
        item = self.inputs[at]
        quote = self.texts[item.document_id][item.span[0] : item.span[1]]
        return (
            f"{self.names[item.document_id][:3]}:{quote!r} [{self.key(at)}] src={item.source[:25]!r} "
            f"subj={' '.join(sorted(item.subject))[:30]!r} ev={item.event} place={sorted(item.scope | item.places)[:2]} "
            f"day={item.day}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(train_pairs.SETS), help="comma-separated folders of bench/")
    parser.add_argument("--sources", default="extracted")
    parser.add_argument("--examples", type=int, default=2, help="examples printed per cause and set")
    parser.add_argument("--merges", type=int, default=5, help="merges printed per set, most wrong pairs first")
    args = parser.parse_args()
    figures = train_pairs.load_figures_bench()  # type: ignore[no-untyped-call]
    figures.setup_django()
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for name, source in itertools.product(args.sets.split(","), args.sources.split(",")):
        diagnosis = Diagnosis(train_pairs.read_set(figures, name, source))
        right, pairs = diagnosis.predicted_pairs()
        stages_right = Counter(merge.stage for merge in diagnosis.merge_of(right).values())
        for merge in diagnosis.log:
            merge.wrong = 0
        merges = diagnosis.merge_of(pairs)
        stages = Counter(merge.stage for merge in merges.values())
        causes: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for i, j in pairs:
            a, b = diagnosis.inputs[i], diagnosis.inputs[j]
            line_a, line_b = (diagnosis.read.line_of[item.claim_id] for item in (a, b))
            causes[gold_cause(line_a, line_b)].append((i, j))
        counted = Counter({cause: len(found) for cause, found in causes.items()})
        totals[source].update(counted)
        totals[source + " stages"].update({f"{stage} wrong": count for stage, count in stages.items()})
        totals[source + " stages"].update({f"{stage} right": count for stage, count in stages_right.items()})
        joined = ", ".join(f"{stage} {stages[stage]}/{count}" for stage, count in (stages + stages_right).most_common())
        print(
            f"== {name} {source}: {len(pairs)} wrong pairs of {len(pairs) + len(right)}; wrong/all joined by {joined}",
            flush=True,
        )
        for cause, count in counted.most_common():
            seen = Counter(read_apart(diagnosis.inputs[i], diagnosis.inputs[j]) for i, j in causes[cause])
            print(f"  {count:4}  {cause}  (read: {', '.join(f'{k} {n}' for k, n in seen.most_common(3))})")
            for i, j in causes[cause][: args.examples]:
                print(f"          {diagnosis.describe(i)}  ~  {diagnosis.describe(j)}")
        for merge in sorted({id(m): m for m in merges.values()}.values(), key=lambda m: -m.wrong)[: args.merges]:
            print(
                f"  merge by {merge.stage}: {merge.wrong} wrong pairs; {diagnosis.figures_of(merge.first)} + "
                f"{diagnosis.figures_of(merge.second)}"
            )
            print(f"          {diagnosis.carrying_edge(merge)}")
    train_pairs.print_cause_totals(totals)


if __name__ == "__main__":
    main()
