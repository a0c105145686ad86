"""Group claims likely to report one quantity: average linkage over the scored pairs.

Pure; no Django. ``group_claims`` is the entry point: it scores the pairs blocking finds
(``scored_edges``), starts one cluster per claim (claims of one editor's figure, or of one
earlier suggestion, in one cluster), merges best pairs first (``Linkage``), joins the groups
outlets print side by side as rival counts (``Linkage.join_rivals``), attaches numbers
restated in other units, and returns the groups that propose something (``make_group``),
each with its reason.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from claims.suggestions import pair_model
from claims.suggestions.blocking import candidate_pairs
from claims.suggestions.conversions import conversions
from claims.suggestions.explaining import explain_group
from claims.suggestions.features import SuggestionInput
from claims.suggestions.rivals import (
    RIVAL_ARTICLES,
    RIVAL_LINK_SHARE,
    echoes,
    is_one_number,
    is_one_sources_pair,
    may_be_rivals,
    told_as_rivals,
    with_sources_carried,
)
from claims.suggestions.scoring import (
    MAX_MAGNITUDE_RATIO,
    Prepared,
    are_places_apart,
    idf_weights,
    is_corrected_by,
    is_far_apart_only,
    is_other_story,
    is_place_apart,
    judge_pair,
    judged_score,
    prepared_score,
    shared_words,
    value_point,
)

# What a cluster is held to: ("figure", id) for an editor's figure, ("suggestion", id) for a suggestion kept.
Anchor = tuple[str, int]
# A scored pair: minus its score (so that sorting puts the best first) and the two claims' indexes.
Edge = tuple[float, int, int]
# The lowest and highest telling points of a cluster's values.
Spread = tuple[Fraction, Fraction] | None
# Two claims' indexes, the smaller first.
Pair = tuple[int, int]


@dataclasses.dataclass
class Group:
    """Claims the suggester puts together, the figure they join (if any), and why.

    ``figure_id`` is an editor's figure; ``suggestion_id`` an earlier suggestion kept as it
    is (incremental runs only).
    """

    members: list[SuggestionInput]
    figure_id: int | None = None
    reason: str = ""
    suggestion_id: int | None = None

    @property
    def claim_ids(self) -> list[int]:
        return [member.claim_id for member in self.members]


@dataclasses.dataclass
class Grouping:
    """The groups ``grouped_claims`` made and what it judged to make them, for rival groups to read again.

    ``inputs`` are the claims as they shape groups (``read_for_grouping``), indexed as in ``candidates`` (every pair
    blocking found, smaller index first), ``judged`` (the pair model's probability of each pair scored; None when a
    rule rules it out), ``prepared`` and ``apart`` (``places_apart``); ``idf`` the word weights they were scored with.
    """

    groups: list[Group]
    inputs: list[SuggestionInput]
    idf: Mapping[str, float]
    candidates: list[Pair]
    judged: dict[Pair, float | None]
    prepared: dict[int, Prepared]
    apart: dict[int, set[int]]


def group_claims(
    inputs: Sequence[SuggestionInput],
    threshold: float | None = None,
    *,
    idf: Mapping[str, float] | None = None,
    keep_suggestions: bool = False,
) -> list[Group]:
    """Return the groups of claims likely to report one quantity, with a reason for each.

    Claims with a ``figure_id`` are an editor's figures: each such figure starts as one
    group, two of them never merge, and a group that holds one proposes its new claims for
    it. Groups with no editor's figure are returned only when they hold two or more claims.
    With ``keep_suggestions``, claims with a ``suggested_figure_id`` likewise start as one
    group per earlier suggestion, which new claims may join but which never merges with
    another (incremental runs). ``idf`` defaults to the word weights among ``inputs``, ``threshold`` to the pair
    model's (``pair_model``).

    Average linkage over the scored pairs only: pairs are taken best first, and two groups
    merge when the mean score over all their pairs (an unscored pair counts 0) stays at or
    above ``threshold`` and no two of their claims share a sentence, unless the two are rival
    counts of one quantity (``scoring.is_rival_count``), nor count a running total on two days
    the text states (``Linkage.holds_days_apart``). Then two groups, each reported by two
    articles or more, that two articles print side by side as rival counts merge
    (``rivals.told_as_rivals``), however little their sentences share.

    >>> from claims.conflicts import Value
    >>> from claims.suggestions.features import describe_claim
    >>> V = Value.of
    >>> text = "Some 2,000 people were detained in China. Officials denied it. About 2,100 people are detained in China."
    >>> a = describe_claim(1, 1, text, 0, 10, V(2000, 2000, "approximate", "person"))
    >>> b = describe_claim(2, 1, text, 64, 75, V(2100, 2100, "approximate", "person"))
    >>> [g.claim_ids for g in group_claims([a, b])]
    [[1, 2]]
    """
    return grouped_claims(inputs, threshold, idf=idf, keep_suggestions=keep_suggestions).groups


def grouped_claims(
    inputs: Sequence[SuggestionInput],
    threshold: float | None = None,
    *,
    idf: Mapping[str, float] | None = None,
    keep_suggestions: bool = False,
) -> Grouping:
    """Return ``group_claims``'s groups with the pairs it found and judged (``Grouping``)."""
    if threshold is None:
        threshold = pair_model.active().threshold
    read, inputs = read_for_grouping(inputs)
    if idf is None:
        idf = idf_weights(inputs)
    satellites = conversions(inputs)
    anchor = anchors_of(inputs, keep_suggestions=keep_suggestions)
    apart = places_apart(inputs)
    scored = scored_edges(inputs, idf, satellites, anchor, apart)
    edges, neighbours = scored.edges, scored.neighbours
    followed = best_matches(read, idf)
    linkage = Linkage(inputs, edges, anchor, apart, scored.far, scored.vetoed)
    linkage.join_anchored()
    linkage.link(edges, threshold)
    linkage.join_rivals(list(told_as_rivals(inputs)), list(echoes(inputs)))
    # A number restated in other units ("10 kilometers (6.2 miles)") follows the number it restates.
    linkage.attach(satellites, neighbours)
    # A number whose unit is its article's (``features.SuggestionInput.unit_read``) follows its best match.
    linkage.follow(followed, threshold, neighbours)
    groups = []
    for key, indexes in linkage.members.items():
        group = make_group(inputs, indexes, linkage.anchor[key], neighbours, idf)
        if group is not None:
            groups.append(group)
    groups.sort(key=lambda group: (group.members[0].document_id, group.members[0].sentence))
    return Grouping(groups, list(inputs), idf, scored.candidates, scored.judged, scored.prepared, apart)


def read_for_grouping(inputs: Sequence[SuggestionInput]) -> tuple[list[SuggestionInput], list[SuggestionInput]]:
    """Return the claims as grouping reads them, and the same claims as they shape groups.

    Read: each corrected number dated as its correction (``corrected_at_their_time``), sources carried to the numbers
    that print them again (``rivals.with_sources_carried``). Shaping: the claims whose unit is their article's
    (``features.SuggestionInput.unit_read``) shape no group, so they are made as if they had no unit (``unread``), and
    each follows its best match afterwards.
    """
    read = with_sources_carried(corrected_at_their_time(inputs))
    return read, [unread(item) for item in read]


def corrected_at_their_time(inputs: Sequence[SuggestionInput]) -> list[SuggestionInput]:
    """Return the inputs with each corrected number dated as its correction ("for Tuesday to 14, not 15").

    The count a correction replaces was a count of the same day, whatever day it is printed on; when the text
    names an earlier day for the count replaced ("raised on Wednesday to 41, not 37 as reported on Tuesday night"),
    the correction is of that day, the day of the saying only its report's.
    """
    by_document: defaultdict[int, list[int]] = defaultdict(list)
    for number, item in enumerate(inputs):
        by_document[item.document_id].append(number)
    dated = list(inputs)
    for here, item in enumerate(inputs):
        if item.corrects is None:
            continue
        # The corrected number's quote may open with its qualifier ("first said about 40, then 63").
        at = next(
            (at for at in by_document[item.document_id] if at != here and is_corrected_by(inputs[at], item)), None
        )
        if at is None:
            continue
        replaced = inputs[at]
        if replaced.day_stated and replaced.day and item.day and replaced.day < item.day:
            dated[here] = dataclasses.replace(
                dated[here], period=replaced.period, day=replaced.day, day_stated=True, years=replaced.years
            )
        else:
            dated[at] = dataclasses.replace(
                dated[at], period=item.period, day=item.day, day_stated=item.day_stated, years=item.years
            )
    return dated


def places_apart(inputs: Sequence[SuggestionInput]) -> dict[int, set[int]]:
    """Return, by index, the claims of the same article set in other places (``scoring.are_places_apart``: "in
    Sfax" and "in Tunis", "in the capital" and "nationwide"): an article that tells two places apart never
    reports one quantity of both.
    """
    scoped: defaultdict[int, list[int]] = defaultdict(list)
    for at, item in enumerate(inputs):
        if item.scope or item.level:
            scoped[item.document_id].append(at)
    apart: defaultdict[int, set[int]] = defaultdict(set)
    for indexes in scoped.values():
        for x, i in enumerate(indexes):
            for j in indexes[x + 1 :]:
                if are_places_apart(inputs[i], inputs[j]):
                    apart[i].add(j)
                    apart[j].add(i)
    return apart


def unread(item: SuggestionInput) -> SuggestionInput:
    """Return a claim as if its unit were not read from its article: no unit (``features.SuggestionInput.unit_read``)."""
    return dataclasses.replace(item, value=dataclasses.replace(item.value, unit="")) if item.unit_read else item


def best_matches(inputs: Sequence[SuggestionInput], idf: Mapping[str, float]) -> dict[int, tuple[float, int]]:
    """Return, for each claim whose unit is its article's, its best score with a claim whose unit was found, and that
    claim (by index).
    """
    followers = [at for at, item in enumerate(inputs) if item.unit_read]
    best: dict[int, tuple[float, int]] = {}
    if not followers:
        return best
    # A number with no counted noun of its own may count any thing its article counts, not only the commonest: it is
    # read once in each unit its article's other claims give (``as_counting``), and follows its best match in any.
    read, origin = as_counting(inputs, followers)
    prepared: dict[int, Prepared] = {}

    def prepare(at: int) -> Prepared:
        if at not in prepared:
            prepared[at] = Prepared(read[at], idf)
        return prepared[at]

    for i, j in candidate_pairs(read, only=[*followers, *origin]):
        if read[i].unit_read == read[j].unit_read:
            continue
        follower, leader = (i, j) if read[i].unit_read else (j, i)
        score = prepared_score(prepare(i), prepare(j))
        follower = origin.get(follower, follower)
        if score > best.get(follower, (0.0, -1))[0]:
            best[follower] = (score, leader)
    return best


def as_counting(
    inputs: Sequence[SuggestionInput], followers: Sequence[int]
) -> tuple[list[SuggestionInput], dict[int, int]]:
    """Return the inputs followed by each follower (a claim whose unit is its article's commonest) read in each other
    unit its article's claims give, and, by index, the follower each added claim reads again.
    """
    told: defaultdict[int, set[str]] = defaultdict(set)
    for item in inputs:
        if item.unit and not item.unit_read:
            told[item.document_id].add(item.unit)
    read = list(inputs)
    origin: dict[int, int] = {}
    for at in followers:
        item = inputs[at]
        for unit in sorted(told[item.document_id] - {item.unit}):
            origin[len(read)] = at
            read.append(dataclasses.replace(item, value=dataclasses.replace(item.value, unit=unit)))
    return read, origin


@dataclasses.dataclass
class Scored:
    """What ``scored_edges`` finds: the pairs scored, best first (``edges``), each claim's neighbours (the claims it
    scored above 0 with), the pairs far apart only and those of other stories or places, every candidate pair, each
    scored pair's probability (None: ruled out) and the claims prepared for scoring (by index).
    """

    edges: list[Edge]
    neighbours: defaultdict[int, list[int]]
    far: set[Pair]
    vetoed: set[Pair]
    candidates: list[Pair]
    judged: dict[Pair, float | None]
    prepared: dict[int, Prepared]


def scored_edges(
    inputs: Sequence[SuggestionInput],
    idf: Mapping[str, float],
    satellites: Mapping[int, int],
    anchor: Mapping[int, Anchor | None],
    apart: Mapping[int, set[int]],
) -> Scored:
    """Return the candidate pairs, the pairs scored, best first, each claim's scored neighbours, the pairs far apart
    only, and the pairs of other stories or places (``Scored``).

    A number restating another in other units (a satellite) is scored with nothing: it follows its number. Two claims
    both held to a figure or a kept suggestion (``anchor``) are not scored: two anchored clusters never merge, and what
    one holds is held already.
    A pair ruled out only by how far apart its values are (``scoring.is_far_apart_only``) is returned apart too, and
    so is a pair of articles printed weeks apart that name nothing in common (``scoring.is_other_story``) or a pair
    set in other places (``scoring.are_places_apart``): two quantities, whatever the rest of their clusters say.
    The pair model's probability of each pair scored is kept (``judged``): rival groups read it again. ``apart``: the
    claims of one article set in other places (``places_apart``), read for the pairs of one article.
    """
    prepared: dict[int, Prepared] = {}

    def prepare(index: int) -> Prepared:
        found = prepared.get(index)
        if found is None:
            found = prepared[index] = Prepared(inputs[index], idf)
        return found

    model = pair_model.active()
    candidates = list(candidate_pairs(inputs))
    found = Scored([], defaultdict(list), set(), set(), candidates, {}, prepared)
    for i, j in candidates:
        if i in satellites or j in satellites or (anchor[i] is not None and anchor[j] is not None):
            continue
        a, b = prepare(i), prepare(j)
        features = judge_pair(a, b)
        if features is None:
            found.judged[i, j], score = None, 0.0
        else:
            probability = found.judged[i, j] = model.probability(features)
            score = judged_score(features, probability)
        # A prepared claim's vector holds its words (``SuggestionInput.words``), weighted.
        if not score and a.vector.keys().isdisjoint(b.vector.keys()):
            # Met only through a number printed again (``blocking.claim_keys``) and not that number: nothing compared.
            continue
        # A pair a rule rules out is kept at 0: it counts against merging its claims' clusters.
        found.edges.append((-score, i, j))
        if score > 0:
            found.neighbours[i].append(j)
            found.neighbours[j].append(i)
        elif a.item.document_id == b.item.document_id:
            # One article's two claims: neither far apart only nor of other stories (both ask of two articles).
            if j in apart.get(i, ()):
                found.vetoed.add((i, j))
        elif is_far_apart_only(a, b):
            found.far.add((i, j))
        elif is_other_story(a.item, b.item) or is_place_apart(a.item, b.item):
            found.vetoed.add((i, j))
    found.edges.sort()
    return found


def anchors_of(inputs: Sequence[SuggestionInput], *, keep_suggestions: bool) -> dict[int, Anchor | None]:
    """Return what each claim (by index) is held to: its editor's figure, its kept suggestion, or nothing."""
    anchor: dict[int, Anchor | None] = {}
    for i, item in enumerate(inputs):
        if item.figure_id is not None:
            anchor[i] = ("figure", item.figure_id)
        elif keep_suggestions and item.suggested_figure_id is not None:
            anchor[i] = ("suggestion", item.suggested_figure_id)
        else:
            anchor[i] = None
    return anchor


class Linkage:
    """Clusters of claims (by index) under average linkage, keeping the summed scores between clusters.

    A cluster is named by one of its claims' indexes; ``cluster_of`` maps each claim to its
    cluster, ``members``, ``links`` (summed scores to other clusters), ``sentences`` and
    ``anchor`` are kept per cluster. Merging costs the smaller side's links, so a run costs
    about the number of scored pairs.
    """

    def __init__(
        self,
        inputs: Sequence[SuggestionInput],
        edges: Iterable[Edge],
        anchor: dict[int, Anchor | None],
        apart: Mapping[int, set[int]] | None = None,
        far: Iterable[tuple[int, int]] = (),
        vetoed: Iterable[tuple[int, int]] = (),
    ) -> None:
        count = len(inputs)
        self.inputs = inputs
        self.cluster_of = list(range(count))
        self.members: dict[int, list[int]] = {i: [i] for i in range(count)}
        self.links: dict[int, dict[int, float]] = {i: {} for i in range(count)}
        # How many pairs between two clusters were compared (blocking found them): the mean is over those.
        self.compared: dict[int, dict[int, float]] = {i: {} for i in range(count)}
        # How many of those were ruled out only by how far apart their values are (``scoring.is_far_apart_only``).
        self.far: dict[int, dict[int, float]] = {i: {} for i in range(count)}
        for i, j in far:
            self.far[i][j] = self.far[j][i] = 1.0
        # How many are of other stories or places (``scored_edges``): two clusters holding such a pair never merge by
        # score (``link``), however well their other pairs score.
        self.vetoed: dict[int, dict[int, float]] = {i: {} for i in range(count)}
        for i, j in vetoed:
            self.vetoed[i][j] = self.vetoed[j][i] = 1.0
        points = [value_point(item.value) for item in inputs]
        self.spread: dict[int, Spread] = {
            i: None if point is None else (point, point) for i, point in enumerate(points)
        }
        self.sentences: dict[int, dict[tuple[int, tuple[int, int]], list[int]]] = {
            i: {(item.document_id, item.sentence): [i]} for i, item in enumerate(inputs)
        }
        # The days its text states for a cluster's running totals ("by Monday", ``features.SuggestionInput.day``).
        self.days: dict[int, set[datetime.date]] = {
            i: {item.day} if item.day and item.day_stated else set() for i, item in enumerate(inputs)
        }
        # The earliest day a cluster's running totals with no stated day were printed (their day, ``day``).
        self.printed: dict[int, datetime.date | None] = {
            i: item.day if item.day and not item.day_stated else None for i, item in enumerate(inputs)
        }
        self.anchor = anchor
        # Claims one article sets in other places (``places_apart``): never in one cluster.
        self.apart: Mapping[int, set[int]] = apart or {}
        # Pairs of claims of one sentence that scored: rival counts, which may share a figure.
        self.rivals: set[tuple[int, int]] = set()
        for negative, i, j in edges:
            self.links[i][j] = self.links[i].get(j, 0.0) - negative
            self.links[j][i] = self.links[j].get(i, 0.0) - negative
            self.compared[i][j] = self.compared[j][i] = 1.0
            if not negative:
                continue
            if inputs[i].document_id == inputs[j].document_id and inputs[i].sentence == inputs[j].sentence:
                self.rivals.add((min(i, j), max(i, j)))

    def merge(self, x: int, y: int) -> None:
        """Merge two clusters into the one with more members and links."""
        members, links, anchor = self.members, self.links, self.anchor
        keep, gone = (x, y) if len(members[x]) + len(links[x]) >= len(members[y]) + len(links[y]) else (y, x)
        anchor[keep] = anchor[keep] or anchor[gone]
        for k in members[gone]:
            self.cluster_of[k] = keep
        members[keep].extend(members.pop(gone))
        kept_sentences = self.sentences[keep]
        for sentence, indexes in self.sentences.pop(gone).items():
            kept_sentences.setdefault(sentence, []).extend(indexes)
        self.spread[keep] = joined_spread(self.spread[keep], self.spread.pop(gone))
        self.days[keep] |= self.days.pop(gone)
        printed = [day for day in (self.printed[keep], self.printed.pop(gone)) if day]
        self.printed[keep] = min(printed) if printed else None
        for table in (links, self.compared, self.far, self.vetoed):
            kept = table[keep]
            kept.pop(gone, None)
            for other, total in table.pop(gone).items():
                if other == keep:
                    continue
                kept[other] = kept.get(other, 0.0) + total
                other_links = table[other]
                other_links[keep] = other_links.get(keep, 0.0) + other_links.pop(gone)
        del anchor[gone]

    def join_anchored(self) -> None:
        """Put the claims held to one figure (or one kept suggestion) in one cluster."""
        first_of_anchor: dict[Anchor, int] = {}
        for i in range(len(self.cluster_of)):
            key = self.anchor.get(i)
            if key is None:
                continue
            if key in first_of_anchor:
                self.merge(self.cluster_of[first_of_anchor[key]], self.cluster_of[i])
            else:
                first_of_anchor[key] = i

    def link(self, edges: Iterable[Edge], threshold: float) -> None:
        """Merge clusters best pair first while the mean score between them stays at or above ``threshold``.

        Two anchored clusters never merge, nor two clusters holding claims of one sentence (rival counts aside) or counts
        of a running total stated for two days (``holds_days_apart``), nor two holding a pair of other stories or
        places (a cannot-link: a number printed again about another place would carry its claim in however little the
        rest of its cluster shares). The mean is over the pairs compared: a pair blocking never put together says
        nothing either way.
        """
        for negative, i, j in edges:
            if not negative:
                break
            x, y = self.cluster_of[i], self.cluster_of[j]
            if x == y or (self.anchor[x] is not None and self.anchor[y] is not None):
                continue
            if self.vetoed[x].get(y):
                continue
            rival = (min(i, j), max(i, j)) in self.rivals
            if self.links[x].get(y, 0.0) / self.counted_pairs(x, y, rival=rival) < threshold:
                continue
            if not self.may_share_sentences(x, y) or self.holds_places_apart(x, y) or self.holds_days_apart(x, y):
                continue
            self.merge(x, y)

    def join_rivals(self, told: Sequence[tuple[int, int]], echoed: Sequence[tuple[int, int]] = ()) -> None:
        """Merge two clusters, each reported by two articles or more, that ``RIVAL_ARTICLES`` articles tell side by
        side as rival counts (``rivals.told_as_rivals``): the two sides' counts of one quantity, in conflict. An article
        counts when another prints one side's number of its pair again (``repeating_articles``).

        An article whose claim in one cluster prints again a source's number in the other (``rivals.echoes``) tells
        them side by side too, once one article does: its count was put with the other side's before this pass.
        A running total and a count that is none (``counts_running``) are never joined so, nor two clusters whose
        scores do not carry the pairs the join makes (``carries_rival_join``).
        """
        self.rivals.update((min(i, j), max(i, j)) for i, j in told)
        merged = True
        while merged:
            # Best told first; a cluster merged in this pass waits for the next, when its articles are counted again.
            merged = False
            touched: set[int] = set()
            spanning = {x for x in {self.cluster_of[k] for pair in told for k in pair} if self.spans_articles(x)}
            sides: defaultdict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
            for i, j in told:
                x, y = sorted((self.cluster_of[i], self.cluster_of[j]))
                if x != y and x in spanning and y in spanning:
                    sides[x, y].append((i, j) if self.cluster_of[i] == x else (j, i))
            articles = {pair: repeating_articles(self.inputs, told_pairs) for pair, told_pairs in sides.items()}
            echoing: defaultdict[tuple[int, int], set[int]] = defaultdict(set)
            for i, j in echoed:
                x, y = sorted((self.cluster_of[i], self.cluster_of[j]))
                if (x, y) in articles:
                    echoing[x, y].update((self.inputs[i].document_id, self.inputs[j].document_id))
            for pair, documents in echoing.items():
                # A source's number printed again is a count repeated: each article telling the two sides counts.
                articles[pair].update(self.inputs[k].document_id for told_pair in sides[pair] for k in told_pair)
                articles[pair] |= documents
            for (x, y), told_by in sorted(articles.items(), key=lambda entry: (-len(entry[1]), entry[0])):
                if len(told_by) < RIVAL_ARTICLES or touched & {x, y}:
                    continue
                if (self.anchor[x] is not None and self.anchor[y] is not None) or self.holds_places_apart(x, y):
                    continue
                if self.holds_days_apart(x, y):
                    continue
                if self.counts_running(x) != self.counts_running(y) or not self.carries_rival_join(x, y):
                    continue
                # Two numbers of one sentence across the two sides are rival counts too ("90% or 38%?"), if they may be,
                # and unless one source gives both ("54.2 percent voting Yes on a turnout of 61.4 percent").
                shared = self.sentence_pairs(x, y)
                if not all(
                    may_be_rivals(self.inputs[i], self.inputs[j])
                    and not is_one_sources_pair(self.inputs[i], self.inputs[j])
                    for i, j in shared
                ):
                    continue
                self.rivals.update(shared)
                self.merge(x, y)
                touched.update((x, y))
                merged = True

    def carries_rival_join(self, x: int, y: int) -> bool:
        """Return whether the scores between two clusters told side by side, summed, reach ``RIVAL_LINK_SHARE`` of the
        pairs their join would make: a pair blocking never found or a rule ruled out adds nothing, so two large
        clusters need more to be joined than two small ones."""
        return self.links[x].get(y, 0.0) >= RIVAL_LINK_SHARE * len(self.members[x]) * len(self.members[y])

    def counts_running(self, x: int) -> bool:
        """Return whether a cluster counts a running total: most of its claims are dated by the day of their count
        (``features.SuggestionInput.day``: the missing, the injured, a toll).

        Rival counts are two sides' counts of one quantity, so both count a running total or neither does: the men
        still missing and the shift that went underground, the injured and the guests inside, are two quantities of
        one event that articles print side by side.
        """
        members = self.members[x]
        return 2 * sum(1 for k in members if self.inputs[k].day) > len(members)

    def spans_articles(self, x: int) -> bool:
        """Return whether a cluster's claims come from two articles or more."""
        first = self.inputs[self.members[x][0]].document_id
        return any(self.inputs[k].document_id != first for k in self.members[x])

    def counted_pairs(self, x: int, y: int, *, rival: bool = False) -> float:
        """Return how many pairs between two clusters the mean is over.

        A figure already holding rival counts (values five times apart or more: "about 150,000" against "25,000")
        takes another report of any of them without counting the others against it: the pairs far apart only do
        not count. So does a merge by a pair of ``rival`` counts of one sentence, whichever of them a later report
        met first.
        """
        compared, far = self.compared[x][y], self.far[x].get(y, 0.0)
        if not far:
            return compared
        if rival or is_rival_spread(self.spread[x]) or is_rival_spread(self.spread[y]):
            return max(compared - far, 1.0)
        return compared

    def holds_places_apart(self, x: int, y: int) -> bool:
        """Return whether merging two clusters would hold claims one article sets in other places."""
        if not self.apart:
            return False
        other = set(self.members[y])
        return any(not other.isdisjoint(self.apart[i]) for i in self.members[x] if i in self.apart)

    def holds_days_apart(self, x: int, y: int) -> bool:
        """Return whether merging two clusters would hold counts of a running total of two days: two days stated ("by
        Monday", "as of Wednesday"), or a count printed with no day before a day the other cluster states (Monday's
        paper cannot print Wednesday's count). Each day's count is its own figure (CLAIMS.md), however a third claim
        links them.

        A count printed later with no day may be an earlier count again (``scoring.is_reported_again``): it is kept.
        A correction is dated as what it corrects (``corrected_at_their_time``), so it stays with it.
        """
        first, second = self.days[x], self.days[y]
        if first and second and len(first | second) > 1:
            return True
        return any(
            printed and stated and printed < max(stated)
            for printed, stated in ((self.printed[x], second), (self.printed[y], first))
        )

    def may_share_sentences(self, x: int, y: int) -> bool:
        """Return whether two clusters may merge: claims of one sentence across them are all rival counts."""
        return all(pair in self.rivals for pair in self.sentence_pairs(x, y))

    def sentence_pairs(self, x: int, y: int) -> list[tuple[int, int]]:
        """Return the pairs of claims (smaller index first), one of each cluster, that share a sentence."""
        small, large = sorted((self.sentences[x], self.sentences[y]), key=len)
        return [
            (min(i, j), max(i, j))
            for sentence, indexes in small.items()
            for i in indexes
            for j in large.get(sentence, ())
        ]

    def follow(
        self, followed: Mapping[int, tuple[float, int]], threshold: float, neighbours: defaultdict[int, list[int]]
    ) -> None:
        """Put each claim whose unit is its article's (still alone) in the cluster of its best match, when that
        scores at or above ``threshold``: it joins a group, never shapes one.
        """
        for follower, (score, leader) in sorted(followed.items()):
            x, y = self.cluster_of[leader], self.cluster_of[follower]
            if score < threshold or x == y or len(self.members[y]) > 1:
                continue
            if (self.anchor[x] is not None and self.anchor[y] is not None) or not self.may_share_sentences(x, y):
                continue
            if self.holds_places_apart(x, y) or self.holds_days_apart(x, y):
                continue
            self.merge(x, y)
            neighbours[leader].append(follower)
            neighbours[follower].append(leader)

    def attach(self, satellites: Mapping[int, int], neighbours: defaultdict[int, list[int]]) -> None:
        """Put each number restated in other units (still alone) in the cluster of the number it restates."""
        for satellite, primary in satellites.items():
            x, y = self.cluster_of[primary], self.cluster_of[satellite]
            if x == y or len(self.members[y]) > 1 or (self.anchor[x] is not None and self.anchor[y] is not None):
                continue
            self.merge(x, y)
            neighbours[primary].append(satellite)
            neighbours[satellite].append(primary)


def make_group(
    inputs: Sequence[SuggestionInput],
    indexes: Sequence[int],
    kept: Anchor | None,
    neighbours: Mapping[int, Sequence[int]],
    idf: Mapping[str, float],
) -> Group | None:
    """Return the group a cluster proposes, with its reason; None when it proposes nothing new."""
    members = [inputs[i] for i in sorted(indexes, key=lambda i: (inputs[i].document_id, inputs[i].sentence))]
    if proposes_nothing(kept, members):
        return None
    inside = set(indexes)
    pair_words = Counter(
        word
        for i in indexes
        for j in neighbours.get(i, ())
        if i < j and j in inside
        for word in shared_words(inputs[i], inputs[j], idf)
    )
    return Group(
        members,
        kept[1] if kept is not None and kept[0] == "figure" else None,
        explain_group(members, pair_words),
        kept[1] if kept is not None and kept[0] == "suggestion" else None,
    )


def proposes_nothing(kept: Anchor | None, members: Sequence[SuggestionInput]) -> bool:
    """Return whether a cluster proposes nothing: a lone claim, a figure or kept suggestion with no claim joining."""
    if kept is None:
        return len(members) < 2
    if kept[0] == "figure":
        return all(m.figure_id is not None for m in members)
    return all(m.figure_id is None and m.suggested_figure_id == kept[1] for m in members)


def repeating_articles(inputs: Sequence[SuggestionInput], told: Sequence[Pair]) -> set[int]:
    """Return the articles (document ids) whose pair of rival counts told side by side (``rivals.told_as_rivals``, each
    pair's claim of one side first) shares one side's number with another article's pair (``rivals.is_one_number``).

    Rival counts are the sides' own counts, printed by outlet after outlet: the organisers' 150,000 against the police's
    22,000, then 150,000 against 38,000. Two quantities of one story printed a few lines apart pair other numbers in each
    article (the area infested and a swarm's size, each growing from day to day).

    >>> from claims.conflicts import Value
    >>> from claims.suggestions.features import describe_claim
    >>> counts = [describe_claim(n, n // 2, "Some 9 came.", 5, 6, Value.of(v, v, unit="person"))
    ...           for n, v in enumerate((150000, 22000, 150000, 38000, 90000, 41000))]
    >>> sorted(repeating_articles(counts, [(0, 1), (2, 3)])), repeating_articles(counts, [(0, 1), (4, 5)])
    ([0, 1], set())
    """
    found: set[int] = set()
    for (i, j), (k, m) in itertools.combinations(told, 2):
        first, second = inputs[i].document_id, inputs[k].document_id
        if first != second and (is_one_number(inputs[i], inputs[k]) or is_one_number(inputs[j], inputs[m])):
            found.update((first, second))
    return found


def joined_spread(first: Spread, second: Spread) -> Spread:
    """Return the spread of two clusters' values together."""
    if first is None or second is None:
        return first or second
    return min(first[0], second[0]), max(first[1], second[1])


def is_rival_spread(spread: Spread) -> bool:
    """Return whether a cluster's values lie far enough apart to be rival counts (``MAX_MAGNITUDE_RATIO``)."""
    return spread is not None and spread[0] > 0 and spread[1] / spread[0] >= MAX_MAGNITUDE_RATIO
