"""Rival groups: two suggested groups that are rival counts of one quantity, joined after grouping.

Pure; no Django. Average linkage (``grouping.group_claims``) splits a quantity that many outlets
tell with rival counts into groups of agreeing values: the ferry's manifest says 214 aboard, its
owner "about 300", the regulator "roughly 340"; each value is printed again and again, and pairs
of agreeing values score far higher than rival pairs, which share fewer words. ``join_rival_groups``
joins two such groups into one figure, in conflict, when what they count agrees and only their
values and sources part them: a rule (``scoring.judge_pair``) rules out at most ``RULED_OUT_SHARE``
of the pairs across them, the pair model finds the others one quantity on average at least
``RIVAL_GROUPS_BAR`` (more for two large groups, ``join_bar``), some pair across them conflicts hard from two sources
(or is one source's correction; a number printed with no source is the count of the sources its group names), no
source gives two numbers, one in each (``is_told_apart``), no article sets them apart (one source's two numbers in one
sentence, unless another sentence gives them to two sources; two places), and they count one day
(``are_days_apart``). A source that gives a number of each in one sentence tells both sides (an observer, or one side
setting its count against the other's) and sets nothing apart by that alone; its two numbers are two quantities
unless they count one thing that no other number of the sentence counts. A source that corrects one of its numbers to
the other in one breath ("15, not 12 as it first said") says they count one quantity, whichever groups its numbers
were printed in; so does a source that says, wherever it is printed, that it revised its count ("organisers now put it
at 105,000": their 80,000 of the day before counts what the 105,000 counts).

A claim in no group that grouping judged with a group's claim is offered as a group of one (a rival count printed
once), judged only by the pairs grouping judged, and held to more (``RivalJoin.judge_alone``).

Grouping's candidate pairs and judgments (``grouping.Grouping``) are read, not found or judged again.
"""

from __future__ import annotations

import dataclasses
import functools
import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence

from claims import conflicts
from claims.suggestions import pair_model, scoring
from claims.suggestions.explaining import explain_group
from claims.suggestions.features import SuggestionInput
from claims.suggestions.grouping import Group, Grouping
from claims.suggestions.rivals import is_one_number, is_one_sources_pair, may_be_rivals
from claims.suggestions.scoring import (
    SAME_SUBJECT,
    Prepared,
    are_counters_apart,
    are_dimensions_alike,
    is_correction,
    is_named,
    is_one_body,
    is_one_source,
    is_other_source,
    is_time_compatible,
    judge_pair,
    own_source,
    source_names,
    subject_similarity,
)
from claims.suggestions.words import unit_kind

# The mean pair-model probability over the pairs across two groups that no rule rules out, from which they may be
# rival counts of one quantity: below the grouping threshold, since rival values share fewer words than agreeing ones
# (chosen by mean leave-one-set-out F1 and hard conflicts, ``bench/train_pairs.py --loso``: 0.25 to 0.35 within 0.003).
RIVAL_GROUPS_BAR = 0.3

# The bar rises by this much for each pair across the two groups (``join_bar``): a wrong join of two large groups makes
# many wrong pairs (quadratically many in their sizes), so it needs more than a join of two small ones. Two groups of
# six need 0.354, a claim alone and a group of three 0.3045.
LARGE_JOIN_STEP = 0.0015

# At most this share of the pairs across two rival groups may be ruled out by a rule (``scoring.judge_pair``): a rule
# parts some rival pairs ("more than 350" against "214" says nothing of what it counts), most pairs of two quantities.
RULED_OUT_SHARE = 0.7


def join_rival_groups(grouping: Grouping) -> list[Group]:
    """Return the groups of ``grouping`` (``grouping.grouped_claims``) with each two suggested groups that are rival
    counts of one quantity made one, best first.

    The pairs grouping found and judged are read again, not found or judged twice. Editors' figures are left as they
    are, and two kept suggestions (incremental runs) never merge.
    """
    return RivalJoin(grouping).joined()


class RivalJoin:
    """The suggested groups (their claims by index) and the pairs judged across them."""

    def __init__(self, grouping: Grouping, groups: Sequence[Group] | None = None) -> None:
        """Read ``grouping``'s groups, with the claims alone it may join to them (``alone``), or ``groups`` of its
        claims as they are (``bench/hard_misses.py`` judges the final ones)."""
        offer_alone = groups is None
        if groups is None:
            groups = grouping.groups
        self.inputs, self.idf = grouping.inputs, grouping.idf
        index_of = {item.claim_id: at for at, item in enumerate(self.inputs)}
        self.groups: list[Group | None] = list(groups)
        self.members: dict[int, list[int]] = {}
        self.group_of: dict[int, int] = {}
        for number, group in enumerate(groups):
            if group.figure_id is None:
                self.members[number] = [index_of[m.claim_id] for m in group.members if m.claim_id in index_of]
                self.group_of.update(dict.fromkeys(self.members[number], number))
        # The claims in no group that grouping judged with a suggested group's claim, each offered as a group of one.
        self.alone: set[int] = set()
        if offer_alone:
            grouped = {index_of[m.claim_id] for group in groups for m in group.members if m.claim_id in index_of}
            for i, j in grouping.judged:
                for at, other in ((i, j), (j, i)):
                    if (
                        at not in grouped
                        and other in self.group_of
                        and at not in self.group_of
                        and self.may_stand_alone(at)
                    ):
                        self.alone.add(len(self.groups))
                        self.members[len(self.groups)] = [at]
                        self.group_of[at] = len(self.groups)
                        self.groups.append(Group([self.inputs[at]]))
        self.apart = grouping.apart
        self.prepared = grouping.prepared
        # The claims of each sentence (``is_set_against``).
        self.in_sentence: defaultdict[tuple[int, tuple[int, int]], list[int]] = defaultdict(list)
        for at, item in enumerate(self.inputs):
            self.in_sentence[item.document_id, item.sentence].append(at)
        # By article, the names of a body that a sentence of it sets beside the bare head ("the bank said 1.4 billion,
        # the central bank 1.9 billion": the bank, central), ``names_apart``.
        self.side_by_side: defaultdict[int, set[tuple[str, frozenset[str]]]] = defaultdict(set)
        for (document, _), members in self.in_sentence.items():
            named = [source_names(own_source(self.inputs[k])) for k in members]
            for names, bare in itertools.permutations(named, 2):
                self.side_by_side[document].update(
                    (head, modifiers) for head, modifiers in names if modifiers and (head, frozenset()) in bare
                )
        # Grouping's judgments; a pair it did not score (a number restated in other units, two anchored claims, a pair
        # blocking never found) is judged here once.
        self.judged = grouping.judged
        # What each pair of claims tells of its sources and numbers, read once: a join is judged again each time one of
        # its groups grows (``one_source``, ``one_number``, ``hard_from_two_sources``).
        self.readings: dict[tuple[str, int, int], bool] = {}
        # The groups blocking finds a pair across (``blocking.candidate_pairs``): only those are compared.
        self.candidates = [(i, j) for i, j in grouping.candidates if i in self.group_of and j in self.group_of]

    def joined(self) -> list[Group]:
        """Join the best pair of rival groups (``join_score``) while there is one; return the groups.

        Each pair of groups blocking brings together is scored once, and again only when one of them has grown: a heap
        keeps the best first (an entry of a group since merged is skipped).
        """
        met: dict[int, set[int]] = {number: set() for number in self.members}
        for i, j in self.candidates:
            x, y = self.group_of[i], self.group_of[j]
            if (x in self.alone or y in self.alone) and (self.judged.get((i, j)) or 0.0) < RIVAL_GROUPS_BAR:
                # A claim alone is judged only by the pairs grouping scored (``judge_join``): it meets only the groups of
                # the claims it scored at least the bar with, as no mean of pairs all below the bar reaches it.
                continue
            if x != y:
                met[x].add(y)
                met[y].add(x)
        version = dict.fromkeys(self.members, 0)
        heap: list[tuple[float, int, int, int, int]] = []

        def push(x: int, y: int) -> None:
            x, y = min(x, y), max(x, y)
            if x in self.alone and y in self.alone:
                # Two claims alone were judged by grouping already: they are no group.
                return
            score = self.join_score(x, y)
            if score is not None:
                heapq.heappush(heap, (-score, -x, -y, version[x], version[y]))

        for x, others in met.items():
            for y in others:
                if x < y:
                    push(x, y)
        grown: set[int] = set()
        while heap:
            _, x, y, seen_x, seen_y = heapq.heappop(heap)
            x, y = -x, -y
            if self.groups[x] is None or self.groups[y] is None or (version[x], version[y]) != (seen_x, seen_y):
                continue
            self.merge(x, y)
            grown.add(x)
            version[x] += 1
            met[x] |= met.pop(y)
            met[x] -= {x, y}
            for other in met[x]:
                met[other].discard(y)
                met[other].add(x)
                push(x, other)
        for number in grown:
            group = self.groups[number]
            if group is not None:
                self.groups[number] = dataclasses.replace(group, reason=explain_group(group.members, Counter()))
        return [group for number, group in enumerate(self.groups) if group is not None and number not in self.alone]

    def may_stand_alone(self, at: int) -> bool:
        """Return whether a claim in no group may be offered to the rival join as a group of one: it counts something
        (a unit of its own), a named source gives it, and it is held to no figure or kept suggestion (an incremental
        run moves no older claim's suggestion)."""
        item = self.inputs[at]
        held = item.figure_id is not None or item.suggested_figure_id is not None
        return not held and bool(item.unit) and is_named(item.source)

    def merge(self, x: int, y: int) -> None:
        """Make group ``y`` part of group ``x``."""
        first, second = self.groups[x], self.groups[y]
        assert first is not None and second is not None
        members = sorted([*first.members, *second.members], key=lambda m: (m.document_id, m.sentence))
        # Its reason is written once it has stopped growing (``joined``).
        self.groups[x] = Group(members, None, first.reason, first.suggestion_id or second.suggestion_id)
        self.groups[y] = None
        self.alone -= {x, y}
        moved = self.members.pop(y)
        self.members[x].extend(moved)
        self.group_of.update(dict.fromkeys(moved, x))

    def join_score(self, x: int, y: int) -> float | None:
        """Return the mean probability across two groups, or None when they are no rival counts of one quantity."""
        verdict = self.judge_join(x, y)
        return verdict if isinstance(verdict, float) else None

    def judge_join(self, x: int, y: int) -> float | str:
        """Return the mean probability across two groups, or why they are no rival counts of one quantity.

        Rival counts: at most ``RULED_OUT_SHARE`` of their pairs are ruled out by a rule, and the pair model finds
        the others one quantity on average at least ``join_bar`` (more the more pairs across them); some pair across
        them conflicts hard, from two sources or by one source's correction (``hard_from_two_sources``), or with a
        number printed with no source when each group names sources of its own (``sources_apart``); no source
        gives two numbers, one of each (one source's two numbers are two quantities, or one counted again later;
        ``is_told_apart``) but in one sentence (``telling_both``), and no article sets them apart (two numbers of one
        sentence, ``is_sentence_apart``; two places); they count one day (``are_days_apart``) and share a unit of
        measure (``are_units_apart``). The reasons are read by ``bench/hard_misses.py``.
        """
        first, second = self.groups[x], self.groups[y]
        if first is None or second is None or (first.suggestion_id and second.suggestion_id):
            return "kept suggestions"
        if are_units_apart(
            {self.inputs[i].unit for i in self.members[x]}, {self.inputs[j].unit for j in self.members[y]}
        ):
            return "units apart"
        # What sets the two apart is read first, for every pair: a join it parts needs no pair judged.
        parted = self.set_apart(x, y)
        if parted:
            return parted
        total, ruled, pairs = 0.0, 0, 0
        hard = hard_values = False
        # A claim alone is judged with a group only by the pairs grouping judged: none is judged again.
        only_judged = x in self.alone or y in self.alone
        for i in self.members[x]:
            for j in self.members[y]:
                if only_judged and (min(i, j), max(i, j)) not in self.judged:
                    continue
                pairs += 1
                probability = self.probability(i, j)
                if probability is None:
                    ruled += 1
                    continue
                total += probability
                hard = hard or self.hard_from_two_sources(i, j)
                if not hard_values:
                    hard_values = self.read_once("hard pair", i, j, is_hard_pair)
        if ruled > RULED_OUT_SHARE * pairs or not pairs:
            return "ruled-out share"
        if not hard and hard_values:
            # A number printed with no source is its group's sources' count (``sources_apart``).
            hard = self.sources_apart(x, y)
        if not hard:
            return "no hard pair from two sources"
        mean = total / (pairs - ruled)
        bar = join_bar(pairs)
        if (
            mean < bar
            and not self.is_vouched(x, y)
            and not (mean >= bar / 2 and (self.are_two_counters(x, y) or self.is_told_against(x, y)))
        ):
            return "mean below bar"
        if only_judged:
            alone, group = (x, y) if x in self.alone else (y, x)
            verdict = self.judge_alone(self.members[alone][0], self.members[group])
            if verdict:
                return verdict
        claims_x, claims_y = ([self.inputs[i] for i in self.members[group]] for group in (x, y))
        if are_days_apart(claims_x, claims_y):
            return "days apart"
        return mean

    def set_apart(self, x: int, y: int) -> str:
        """Return why two groups are set apart whatever their pairs score (``judge_join``), pair by pair in order: a
        place one article sets apart, one source in each (one body, ``scoring.is_one_body``: two bodies sharing only a
        word that qualifies them are two sources; ``is_told_apart``), one sentence's two numbers that are no rival
        counts; else ""."""
        tellers = self.telling_both(x, y)
        # Whether a sentence gives the two groups' numbers to two sources (``is_told_by_two``), asked once if at all.
        told_by_two = functools.cache(lambda: self.is_told_by_two(x, y))
        # Whether a claim's number is given again by its source in the other group (``is_told_apart``), read once here.
        given_again: dict[int, bool] = {}
        corrected = self.corrections(x, y)
        # The claims of either group that give their numbers as their sources' successive counts (``is_revised``).
        revisions = [k for k in (*self.members[x], *self.members[y]) if self.inputs[k].is_revision]
        for i in self.members[x]:
            a = self.inputs[i]
            if not self.apart.get(i, set()).isdisjoint(self.members[y]):
                return "places apart"
            for j in self.members[y]:
                b = self.inputs[j]
                if (
                    self.one_body(i, j)
                    and i not in tellers
                    and j not in tellers
                    and self.is_told_apart(i, j, x, y, given_again, corrected, revisions)
                ):
                    return "one source in each"
                one_sentence = a.document_id == b.document_id and a.sentence == b.sentence
                if one_sentence and self.is_sentence_apart(i, j, corrected, told_by_two):
                    return "one sentence apart"
        return ""

    def sources_apart(self, x: int, y: int) -> bool:
        """Return whether two groups are each given by sources of their own: each names a source for some claim, and
        no source named in one shares a word with a source named in the other (``scoring.is_other_source``).

        A number printed again with no attribution ("12 miners are still missing") is the count of the source its group
        names ("the operator said 12 miners were missing"): two such groups in hard conflict are two sources' counts.
        """
        named = [[k for k in self.members[group] if is_named(self.inputs[k].source)] for group in (x, y)]
        if not named[0] or not named[1]:
            return False
        return all(self.read_once("other source", i, j, is_other_source) for i in named[0] for j in named[1])

    def is_sentence_apart(
        self, i: int, j: int, corrected: Sequence[tuple[int, int]], told_by_two: Callable[[], bool]
    ) -> bool:
        """Return whether two numbers of one sentence, one in each group, set the groups apart: they may be no rival
        counts (``may_be_rivals``), or one source gives both and does not set one against the other
        (``is_one_sources_pair``, ``is_set_against``).

        One number told twice ("8,900 customers", then "8,900, not 8,500") is one count, whoever tells it: no sign of
        two quantities; nor are the two numbers of a correction ("raised its estimate to 42,500 hectares: '42,500, not
        41,000'", ``corrected``), whichever copy of the new number is paired with the old, nor one number set against
        the other ("the gap was 279 against 660", "far more than the 163 police listed"; ``scoring.is_set_against``):
        the sentence tells them as rival counts. Two sources' numbers ("only 12 warders were on duty, he said; the
        service said 28 officers") are told each in its source's own words (``may_be_rivals``' ``own_words``). One
        source's two numbers are no sign of two quantities where another sentence gives the two numbers to two sources
        as rival counts (``told_by_two``, asked only then): "the organisers counted 120,000 and 30,000" reads the
        police's 30,000 as the organisers', which "the organisers said 120,000 marched; police said 30,000" tells
        apart.
        """
        a, b = self.inputs[i], self.inputs[j]
        if self.one_number(i, j) or self.is_corrected(i, j, corrected) or scoring.is_set_against(a, b):
            return False
        if is_other_source(a, b) or are_counters_apart(a, b):
            return not may_be_rivals(a, b, own_words=True)
        if not may_be_rivals(a, b):
            return True
        return is_one_sources_pair(a, b) and not self.is_set_against(i, j) and not told_by_two()

    def is_told_by_two(self, x: int, y: int) -> bool:
        """Return whether a sentence gives a number of each group to two sources (``scoring.is_other_source``) as
        rival counts (``tells_both``).

        "The ministry said 14 people had died; the nurses' union said 23": each source holds its own number, and the
        two counts are rivals wherever else one attribution is read for both.
        """
        return self.tells_both(x, y, is_other_source)

    def is_told_apart(
        self,
        i: int,
        j: int,
        x: int,
        y: int,
        given_again: dict[int, bool],
        corrected: Sequence[tuple[int, int]],
        revisions: Sequence[int],
    ) -> bool:
        """Return whether one source's numbers ``i`` (of group ``x``) and ``j`` (of ``y``) set the two groups apart:
        they are two numbers (``is_one_number``), and neither is a number the source gives in the other group too.

        One source's one number printed twice ("73", and "73" again; "476", and "about 480") is one count in each
        group; a number the source gives in both groups ("73 taken, 118 by the school's count", then "73") is no
        number of one group only. Neither is a sign of two quantities, nor are two numbers one of which the source
        corrects to the other in one breath ("15, not 12 as it first said"; ``corrected``, by ``corrections``) or says
        elsewhere it revised (``is_revised``): its word that they count one quantity. ``given_again`` keeps, by claim,
        whether its number is given in the other group, for the other pairs of one judgment (the groups must not change
        meanwhile).
        """
        if self.one_number(i, j) or self.is_corrected(i, j, corrected) or self.is_revised(i, j, revisions):
            return False
        for told, group in ((j, x), (i, y)):
            again = given_again.get(told)
            if again is None:
                again = given_again[told] = any(
                    self.one_source(k, told) and self.one_number(k, told) for k in self.members[group]
                )
            if again:
                return False
        return True

    def is_told_against(self, x: int, y: int) -> bool:
        """Return whether a sentence sets its group's number of each against the other (``scoring.is_set_against``)
        as rival counts (``tells_both``). Two sources' numbers merely told in one sentence are not enough: "the
        department said 312 were detained; the embassy put its citizens among them at nearly 130" tells a whole and
        its part.

        "On Wednesday the gap was 279 against 660", "the union counted 389 members, far more than the 163 the firm
        listed": the writer sets the two counts against each other as rivals, which the pair model, reading few words
        of either, finds little alike; the two groups need half the mean of pairs (``judge_join``), as two counters'
        groups do.
        """
        return self.tells_both(x, y, scoring.is_set_against)

    def tells_both(self, x: int, y: int, told: Callable[[SuggestionInput, SuggestionInput], bool]) -> bool:
        """Return whether one sentence tells a number of each group, the two as ``told`` asks, as rival counts: numbers
        that the rules allow as rival counts in each source's own words (``may_be_rivals``), that no rule rules out as
        a pair, neither told as a part (``SuggestionInput.part``), each its group's number (``is_groups_number``: a
        sentence speaks for a group only by the number it tells most).
        """
        for i in self.members[x]:
            a = self.inputs[i]
            for j in self.in_sentence[a.document_id, a.sentence]:
                if self.group_of.get(j) != y or self.one_number(i, j):
                    continue
                b = self.inputs[j]
                if (
                    told(a, b)
                    and not (a.part or b.part)
                    and may_be_rivals(a, b, own_words=True)
                    and self.probability(i, j) is not None
                    and self.is_groups_number(i, x)
                    and self.is_groups_number(j, y)
                ):
                    return True
        return False

    def is_groups_number(self, at: int, group: int) -> bool:
        """Return whether claim ``at`` tells its group's number: none is told in the group more often (``one_number``).

        A group of twelve claims telling "12 beaches" and "31 beaches", with one stray "about 40" read as beaches too,
        is no count of 40: a sentence setting that 40 against another number says nothing of the group.
        """
        members = self.members[group]
        told = sum(self.one_number(at, k) for k in members)
        return all(sum(self.one_number(k, m) for m in members) <= told for k in members)

    def are_two_counters(self, x: int, y: int) -> bool:
        """Return whether two groups are two counters' headcounts of one quantity, each told again: each group tells
        one number (``is_one_number``) of things counted (no measure or sum of money, ``words.unit_kind``) and names a
        source, and each pair across of two named sources that no rule rules out (those are held to
        ``RULED_OUT_SHARE``) is two bodies (``one_body``) whose numbers the rules allow as rival counts
        (``may_be_rivals``: one dimension, event, time and place; two counters may name one body with two nouns).

        "The operator said it lost six containers", printed four times, and "the rescue service saw eight in the
        water", printed four times: the pair model reads the words of two tellings, which share few, and finds them
        little alike; the rules find nothing that parts them, so the two groups need half the mean of pairs
        (``judge_join``).
        """
        for group in (x, y):
            first, *others = self.members[group]
            if not all(self.one_number(first, k) for k in others):
                return False
            if not any(is_named(self.inputs[k].source) for k in self.members[group]):
                return False
            if any(unit_kind(self.inputs[k].unit) != "count" for k in self.members[group]):
                return False
        for i in self.members[x]:
            a = self.inputs[i]
            if not is_named(a.source):
                continue
            for j in self.members[y]:
                b = self.inputs[j]
                if (
                    is_named(b.source)
                    and self.probability(i, j) is not None
                    and (self.one_body(i, j) or not self.read_once("own words", i, j, may_be_rivals_in_own_words))
                ):
                    return False
        return True

    def is_vouched(self, x: int, y: int) -> bool:
        """Return whether a source says that a number of each group counts one quantity: it gives one in each, two
        numbers, and corrects one to the other in one breath (``corrections``) or says it revised its count
        (``is_revised``).

        "The bank first said 7,400 savers had lost money, then raised that to 9,100": the bank's 7,400, printed with
        the savers' union's 40,000, and its 9,100 count one quantity by its own word. The pair model, reading the
        words of far-apart values, finds the union's 40,000 against the 9,100 little alike; the source's word needs
        no mean of pairs (``judge_join``), and the rules still judge each pair.
        """
        revisions = [k for k in (*self.members[x], *self.members[y]) if self.inputs[k].is_revision]
        corrected = self.corrections(x, y)
        if not revisions and not corrected:
            return False
        return any(
            self.one_body(i, j)
            and not self.one_number(i, j)
            and (self.is_corrected(i, j, corrected) or self.is_revised(i, j, revisions))
            for i in self.members[x]
            for j in self.members[y]
        )

    def is_revised(self, i: int, j: int, revisions: Sequence[int]) -> bool:
        """Return whether one source's numbers ``i`` and ``j`` (one in each group) are its count and its revision of
        it: a claim of either group (``revisions``, those whose ``SuggestionInput.is_revision`` holds) gives one of the
        two numbers from that source as one of its successive counts ("organisers now put it at 105,000", "first
        claimed 80,000"), and the two may be of one time (``scoring.is_time_compatible``).

        A source that says it revised its count says its earlier number counts what the new one does, wherever each
        was printed: "organisers said 80,000 marched" in one article and "organisers now put it at 105,000" in the
        next are one figure's two counts, set against the police's 20,000.
        """
        if not revisions or not is_time_compatible(self.inputs[i], self.inputs[j]):
            return False
        return any(self.one_source(k, told) and self.one_number(k, told) for told in (i, j) for k in revisions)

    def is_corrected(self, i: int, j: int, corrected: Sequence[tuple[int, int]]) -> bool:
        """Return whether two claims tell the two numbers of a correction (``corrections``), either way round."""
        return any(
            (self.one_number(k, i) and self.one_number(m, j)) or (self.one_number(k, j) and self.one_number(m, i))
            for k, m in corrected
        )

    def corrections(self, x: int, y: int) -> list[tuple[int, int]]:
        """Return the pairs of numbers a claim of either group and another of its sentence make when one corrects or
        revises the other in one breath ("15 miners, not 12 as it first said"; ``scoring.is_correction``)."""
        return [
            (k, m)
            for k in (*self.members[x], *self.members[y])
            for m in self.in_sentence[self.inputs[k].document_id, self.inputs[k].sentence]
            if m != k and is_correction(self.inputs[k], self.inputs[m])
        ]

    def judge_alone(self, at: int, members: Sequence[int]) -> str:
        """Return why a claim in no group is no rival count of a group's claims, or "" when it may be.

        One printed count stands on less than a group: its source gives no other number in the group (even in one
        sentence: "cut to 19 from 27" is a revision; its own number printed again is one count, ``is_one_number``),
        what it counts agrees with what most of the group counts (``is_one_thing``), and it names no place the group
        does not name (a district's dead against the country's).
        """
        item = self.inputs[at]
        if any(self.one_source(at, j) and not self.one_number(at, j) for j in members):
            return "alone: one source"
        if 2 * sum(self.is_one_thing(at, j) for j in members) < len(members):
            return "alone: counts another thing"
        places = item.places | item.scope
        if places and places.isdisjoint(set().union(*(self.inputs[j].places | self.inputs[j].scope for j in members))):
            return "alone: a place of its own"
        return ""

    def telling_both(self, x: int, y: int) -> set[int]:
        """Return the claims of two groups that one source gives in one sentence, a number of each.

        Such a source tells both sides ("the committee repeated that 150,000 had come, six times the police figure of
        25,000", an observer setting the two counts side by side): its numbers are no sign of two quantities, and the
        rule for two numbers of one sentence judges them instead.
        """
        found: set[int] = set()
        for i in self.members[x]:
            a = self.inputs[i]
            for j in self.in_sentence[a.document_id, a.sentence]:
                if self.group_of.get(j) == y and self.one_source(i, j):
                    found.update((i, j))
        return found

    def is_set_against(self, i: int, j: int) -> bool:
        """Return whether two numbers one source gives in one sentence are one count set against another: they count
        one thing (subjects that agree, ``scoring.SAME_SUBJECT``), and no other number of the sentence counts it.

        "The committee repeated that 150,000 had come, six times the police figure of 25,000" sets two counts of one
        crowd against each other; "54.2 percent voting Yes on a turnout of 61.4 percent" counts two things, and "312
        detained: 127 Nepalis, 98 Bangladeshis and 52 Indonesians" lists the parts of one count.
        """
        if not self.is_one_thing(i, j):
            return False
        a = self.inputs[i]
        others = [
            k
            for k in self.in_sentence[a.document_id, a.sentence]
            if k not in (i, j) and are_dimensions_alike(self.inputs[k], a)
        ]
        return not any(self.is_one_thing(k, m) for k in others for m in (i, j))

    def one_source(self, i: int, j: int) -> bool:
        """Return ``scoring.is_one_source`` of two claims, read once."""
        return self.read_once("one source", i, j, is_one_source)

    def one_body(self, i: int, j: int) -> bool:
        """Return ``scoring.is_one_body`` of two claims, read once, and of the two as given by the counters their own
        clauses name (``counted_by``): "'The airline says 27. We have 150 names,' said its lawyer" gives the airline's
        count and the lawyer's, not the lawyer's two. A counter only parts two sources: a clause's counter is read
        from its words alone, and two read alike do not make two attributions one."""
        return self.read_once(
            "one body", i, j, lambda a, b: is_one_body(a, b) and is_one_body(counted_by(a), counted_by(b))
        ) and not self.names_apart(i, j)

    def names_apart(self, i: int, j: int) -> bool:
        """Return whether two claims' sources are two bodies of one head: one names it bare ("the bank"), the other
        with words that set it apart ("the central bank"), and an article of either sets the two side by side in one
        sentence ("the bank said 1.4 billion, the central bank 1.9 billion"; ``side_by_side``). Its writer tells the
        two apart, and "the bank" is then not the central bank wherever either is printed."""
        return self.read_once("names apart", i, j, self.are_names_apart)

    def are_names_apart(self, first: SuggestionInput, second: SuggestionInput) -> bool:
        """Return ``names_apart`` of two claims, computed."""
        beside = self.side_by_side[first.document_id] | self.side_by_side[second.document_id]
        if not beside:
            return False
        names = [source_names(own_source(item)) for item in (first, second)]
        return any(
            (head, frozenset()) in bare and (head, modifiers) in beside
            for named, bare in (names, names[::-1])
            for head, modifiers in named
        )

    def one_number(self, i: int, j: int) -> bool:
        """Return ``is_one_number`` of two claims, read once."""
        return self.read_once("one number", i, j, is_one_number)

    def hard_from_two_sources(self, i: int, j: int) -> bool:
        """Return whether two sources give two claims in hard conflict (``is_hard_pair``), or one source corrects one
        by the other in one breath ("1.28 million, not 1.3 million as it said on Tuesday", ``scoring.is_correction``):
        its word that they count one quantity; two bodies of one head an article tells apart are two sources
        (``names_apart``). Read once."""
        return self.read_once(
            "hard", i, j, lambda a, b: (is_other_source(a, b) or is_correction(a, b)) and is_hard_pair(a, b)
        ) or (self.names_apart(i, j) and self.read_once("hard pair", i, j, is_hard_pair))

    def read_once(self, name: str, i: int, j: int, rule: Callable[[SuggestionInput, SuggestionInput], bool]) -> bool:
        """Return ``rule`` (the same either way round) of claims ``i`` and ``j``, computed the first time only."""
        key = (name, min(i, j), max(i, j))
        found = self.readings.get(key)
        if found is None:
            found = self.readings[key] = rule(self.inputs[key[1]], self.inputs[key[2]])
        return found

    def is_one_thing(self, i: int, j: int) -> bool:
        """Return whether two claims' subjects agree (``scoring.SAME_SUBJECT``)."""
        return subject_similarity(self.prepare(i), self.prepare(j)) >= SAME_SUBJECT

    def probability(self, i: int, j: int) -> float | None:
        """Return the pair model's probability that two claims report one quantity; None when a rule rules them out."""
        key = (min(i, j), max(i, j))
        if key not in self.judged:
            features = judge_pair(self.prepare(i), self.prepare(j))
            self.judged[key] = None if features is None else pair_model.active().probability(features)
        return self.judged[key]

    def prepare(self, at: int) -> Prepared:
        found = self.prepared.get(at)
        if found is None:
            found = self.prepared[at] = Prepared(self.inputs[at], self.idf)
        return found


def join_bar(pairs: int) -> float:
    """Return the mean probability two groups with this many pairs across them need to be joined as rival counts:
    ``RIVAL_GROUPS_BAR``, raised by ``LARGE_JOIN_STEP`` for each pair.

    >>> join_bar(1), join_bar(36)
    (0.3015, 0.354)
    """
    return RIVAL_GROUPS_BAR + LARGE_JOIN_STEP * pairs


def are_units_apart(first: Collection[str], second: Collection[str]) -> bool:
    """Return whether two groups measure in units of their own: they share no unit, and each is a unit of measure
    (one with a scale, ``conflicts.UNIT_SCALES``) other than a share's.

    Km/h and mph, hectares and square kilometres: a source gives a measure in its own unit, and outlets print it so or
    restate it beside it (``conversions``); two groups that never share a unit are two measures (sustained winds and
    gusts, the area infested and a swarm's size). A share written as a percent or as "one in three" is one share, and
    counted nouns (jobs, people) stand for each other (``conflicts.unit_kin``).

    >>> are_units_apart({"km/h"}, {"mph"}), are_units_apart({"km/h", "mph"}, {"km/h"})
    (True, False)
    >>> are_units_apart({"percent"}, {"ratio"}), are_units_apart({"job"}, {"person"})
    (False, False)
    """
    if not first or not second or not set(first).isdisjoint(second):
        return False
    return all(
        conflicts.normalize_unit(unit) in conflicts.UNIT_SCALES and conflicts.unit_dimension(unit) != "ratio"
        for unit in (*first, *second)
    )


def are_days_apart(first: Sequence[SuggestionInput], second: Sequence[SuggestionInput]) -> bool:
    """Return whether two groups count a running total on different days: the days each group most often gives for
    its count (``SuggestionInput.day``) are none of the other's.

    Rival counts of a running total are counts for one day ("police said 5 on Thursday, the rights body 9"); the toll
    on Thursday and the toll on Friday are two figures, however far apart. A group that dates no count says nothing.

    >>> import datetime
    >>> from claims.suggestions.features import describe_claim
    >>> a = describe_claim(1, 1, "Nine people died.", 0, 4, conflicts.Value.of(9, 9, unit="person"))
    >>> thursday, friday = (dataclasses.replace(a, day=datetime.date(2026, 6, day)) for day in (18, 19))
    >>> are_days_apart([thursday, thursday, friday], [friday]), are_days_apart([thursday, friday], [friday])
    (True, False)
    >>> are_days_apart([thursday], [a])
    False
    """
    modes = []
    for group in (first, second):
        days = Counter(item.day for item in group if item.day)
        if not days:
            return False
        most = max(days.values())
        modes.append({day for day, count in days.items() if count == most})
    return modes[0].isdisjoint(modes[1])


def counted_by(item: SuggestionInput) -> SuggestionInput:
    """Return a claim given by the counter its own clause names (``scoring.own_source``), else as it is."""
    return dataclasses.replace(item, source=item.counter) if item.counter else item


def may_be_rivals_in_own_words(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return ``rivals.may_be_rivals`` of two claims of two sources, each counting in its own words."""
    return may_be_rivals(a, b, own_words=True)


def is_hard_pair(a: SuggestionInput, b: SuggestionInput) -> bool:
    """Return whether two claims conflict hard, as a figure holding both would say (``conflicts.values_conflict``)."""
    return conflicts.values_conflict([a.value, b.value]) == conflicts.HARD
