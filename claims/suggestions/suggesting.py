"""Suggest figures: the two entry points the ingest pipeline, the commands and the benchmarks call.

``suggest_figures`` regroups every claim no editor has put in a figure (on demand);
``suggest_figures_for_documents`` places new documents' claims without regrouping the
corpus (after an ingest). Both read with ``storage``, group with ``grouping`` and write
with ``storage`` again, in one transaction.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from claims import conflicts
from claims.models import Claim, Figure, FigureStatus
from claims.reconciliation import bump_versions, recompute_conflicts
from claims.suggestions.blocking import claims_to_compare
from claims.suggestions.explaining import suggestion_fields
from claims.suggestions.features import SuggestionInput
from claims.suggestions.grouping import Group, grouped_claims
from claims.suggestions.rival_groups import join_rival_groups
from claims.suggestions.storage import (
    DocumentTexts,
    claims_by_id,
    delete_empty_suggestions,
    describe_stored_claims,
    earlier_suggestions,
    learned_terms,
    move_claims,
    save_suggestion,
    store_kept_suggestions,
    store_suggested_figures,
    store_suggestion_conflicts,
    stored_claim_words,
    stored_claims_within_reach,
    suggestable_claims,
    units_of_dimensions,
    unread_members,
)

# A suggested figure (new or reused) and the group it now holds.
Placed = tuple[Figure, Group]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while claims are read, described, grouped and written.

    A run builds millions of small objects that live until it ends (rows, inputs, prepared claims, their ratios,
    judged pairs, groups); every full collection walks them all again, a third of the grouping's CPU at 10,000
    articles (``docs/suggest.md``), and more than half of the writing's: Django's bulk inserts of the suggestions and
    their history make objects enough to set off several while the run's groups are held. Reference counting still
    frees what is dropped; the cycles left are collected when the collector resumes. Both entry points are paused
    whole (as decorators), so that the collector resumes after their locals are let go: its first collection would
    otherwise walk every object the run made that still lives.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@collector_paused()
def suggest_figures(units: Iterable[str] | None = None) -> list[Figure]:
    """Propose figures for the claims no editor has put in a figure; return the suggested figures.

    Earlier suggestions for the same claims are reused when they hold the same claims, and
    dropped when nothing points at them any more. ``units`` limits the run to claims of
    those units' dimensions; by default every claim is considered. Reads and writes in bulk.
    """
    claims = suggestable_claims()
    if units is not None:
        claims = claims.filter(unit__in=units_of_dimensions(conflicts.unit_kin(u) for u in units if u))
    rows = list(claims.order_by("document_id", "start"))
    groups = suggested_groups(describe_stored_claims(rows))
    with transaction.atomic():
        made = store_regrouping(rows, groups)
    made.sort(key=lambda figure: figure.pk)
    return made


def suggested_groups(
    inputs: Sequence[SuggestionInput], *, idf: Mapping[str, float] | None = None, keep_suggestions: bool = False
) -> list[Group]:
    """Return the groups of some claims' inputs: grouped (``grouping.grouped_claims``), then rival groups joined
    (``rival_groups.join_rival_groups``), as both entry points group."""
    grouping = grouped_claims(inputs, idf=idf, keep_suggestions=keep_suggestions)
    groups = join_rival_groups(grouping)
    # Two prepared claims compared hold each other's ratio (``scoring.prepared_ratio``): cycles, which only the cyclic
    # collector would free, walking all they hold. Broken here, they are freed as soon as the run lets go of them.
    for prepared in grouping.prepared.values():
        prepared.ratios.clear()
    return groups


def store_regrouping(rows: Sequence[Claim], groups: Sequence[Group]) -> list[Figure]:
    """Write a full run's groups: reuse or create suggestions, point claims at them, drop the empty ones."""
    unassigned = [claim for claim in rows if claim.figure_id is None]
    old_suggestion_of = {claim.pk: claim.suggested_figure_id for claim in unassigned if claim.suggested_figure_id}
    earlier = earlier_suggestions(sorted(set(old_suggestion_of.values())))
    to_update, to_create = match_earlier_suggestions(
        [g for g in groups if g.figure_id is None], old_suggestion_of, earlier
    )
    placed = save_suggestions(to_update, to_create)
    rows_by_id = {claim.pk: claim for claim in rows}
    members = {
        figure.pk: [rows_by_id[m.claim_id] for m in group.members if m.figure_id is None] for figure, group in placed
    }
    new_target = regrouped_targets(unassigned, members, groups)
    changed = [claim for claim in unassigned if claim.suggested_figure_id != new_target[claim.pk]]
    for claim in changed:
        claim.suggested_figure_id = new_target[claim.pk]
    store_suggested_figures({claim.pk: claim.suggested_figure_id for claim in changed})
    delete_empty_suggestions(sorted(earlier))
    made = [figure for figure, _ in placed]
    # An editor's figure's conflicts with the claims suggested for it are the suggested claims' conflicts.
    editors = {group.figure_id: group for group in groups if group.figure_id is not None}
    held = dict(members)
    for figure_id, group in editors.items():
        held[figure_id] = [rows_by_id[m.claim_id] for m in group.members]
    editor_figures = [Figure(pk=pk, status=FigureStatus.OPEN) for pk in editors]
    store_suggestion_conflicts(
        [*made, *editor_figures], held, [claim for claim in unassigned if new_target[claim.pk] is None]
    )
    return made


def regrouped_targets(
    unassigned: Iterable[Claim], members: Mapping[int, Iterable[Claim]], groups: Iterable[Group]
) -> dict[int, int | None]:
    """Return the figure each claim in no editor's figure is now suggested for (None: no suggestion).

    ``members`` holds each suggestion's claims; a claim grouped with an editor's figure is suggested for that figure.
    """
    targets: dict[int, int | None] = {claim.pk: None for claim in unassigned}
    for figure_id, claims in members.items():
        for claim in claims:
            targets[claim.pk] = figure_id
    for group in groups:
        if group.figure_id is not None:
            for member in group.members:
                if member.figure_id is None:
                    targets[member.claim_id] = group.figure_id
    return targets


def match_earlier_suggestions(
    groups: Iterable[Group], old_suggestion_of: Mapping[int, int], earlier: dict[int, Figure]
) -> tuple[list[Placed], list[Placed]]:
    """Return the suggestions to update (an earlier one most of a group's claims were in) and to create.

    Each earlier suggestion is reused once: it is taken out of ``earlier``, which is left
    holding the suggestions no group reuses.
    """
    to_update: list[Placed] = []
    to_create: list[Placed] = []
    for group in groups:
        new_ids = [m.claim_id for m in group.members if m.figure_id is None]
        overlap = Counter(old_suggestion_of[i] for i in new_ids if old_suggestion_of.get(i) in earlier)
        fields = suggestion_fields(group.members, group.reason)
        if overlap:
            figure = earlier.pop(overlap.most_common(1)[0][0])
            for field, value in fields.items():
                setattr(figure, field, value)
            to_update.append((figure, group))
        else:
            to_create.append((Figure(status=FigureStatus.SUGGESTED, **fields), group))
    return to_update, to_create


def save_suggestions(to_update: list[Placed], to_create: list[Placed]) -> list[Placed]:
    """Save updated and new suggestions in bulk (with history); return them all, updated first."""
    if to_update:
        store_kept_suggestions(bump_versions(f for f, _ in to_update))
    if to_create:
        created = bulk_create_with_history([f for f, _ in to_create], Figure, batch_size=500)
        if any(figure.pk is None for figure in created):  # a database that returns no keys from bulk inserts
            raise RuntimeError("bulk_create returned no primary keys")
        to_create = list(zip(created, [g for _, g in to_create], strict=True))
    return [*to_update, *to_create]


@collector_paused()
def suggest_figures_for_documents(document_ids: Iterable[int]) -> list[Figure]:
    """Propose figures for new documents' claims without regrouping the corpus; return the figures touched.

    The new claims are scored against each other and against a bounded set of stored
    claims (``storage.stored_claims_within_reach``). A new claim joins an earlier suggestion
    or an editor's figure, or forms a new suggestion with other new or unsuggested claims;
    earlier suggestions never merge or split here (run ``suggest_figures`` for that).

    Of the stored claims within reach only the words are read (``features.ClaimWords``:
    the word weights and blocking need no more); only those blocking pairs with a new claim
    are read and described in full, so the work grows with the new claims' candidates.
    """
    ids = sorted(set(document_ids))
    # A claim with no unit reads its article's (``storage.describe_stored_claims``): all the documents' claims are read.
    new_rows = list(suggestable_claims().filter(document_id__in=ids).order_by("document_id", "start"))
    if not any(claim.unit for claim in new_rows):
        return []
    terms = learned_terms()
    documents = DocumentTexts()
    new_inputs = describe_stored_claims(new_rows, terms=terms, documents=documents)
    within_reach = stored_claims_within_reach(ids, new_inputs)
    involved, idf = claims_to_compare(new_inputs, stored_claim_words(within_reach, documents, terms))
    old_rows = claims_by_id([within_reach[index].pk for index in involved])
    inputs = new_inputs + describe_stored_claims(old_rows, keep_suggestions=True, terms=terms, documents=documents)
    # Groups the new claims may join are compared whole: read their members that were not read yet.
    extra = unread_members(inputs)
    old_rows += extra
    inputs += describe_stored_claims(extra, keep_suggestions=True, terms=terms, documents=documents)
    groups = suggested_groups(inputs, idf=idf, keep_suggestions=True)

    rows_by_id = {claim.pk: claim for claim in [*new_rows, *old_rows]}
    with transaction.atomic():
        targets, touched = place_new_claims(groups, new_rows, set(ids))
        left_behind = move_claims(targets, rows_by_id)
        # A re-ingested document's claims may leave an earlier suggestion: drop it when empty, else recount it.
        for figure in Figure.objects.filter(pk__in=left_behind - set(touched), status=FigureStatus.SUGGESTED):
            if figure.suggested_claims.exists() or figure.claims.exists():
                recompute_conflicts(figure)
            else:
                figure.delete()
        for figure in touched.values():
            recompute_conflicts(figure)
    return sorted(touched.values(), key=lambda figure: figure.pk)


def place_new_claims(
    groups: Iterable[Group], new_rows: Sequence[Claim], new_documents: set[int]
) -> tuple[dict[int, int | None], dict[int, Figure]]:
    """Save the suggestions the new documents' claims are in; return each claim's figure and the figures touched."""
    targets: dict[int, int | None] = {claim.pk: None for claim in new_rows if claim.figure_id is None}
    touched: dict[int, Figure] = {}
    for group in groups:
        if not any(m.document_id in new_documents for m in group.members):
            continue
        if group.figure_id is not None:
            figure_id = group.figure_id
        else:
            figure = save_suggestion(suggestion_fields(group.members, group.reason), group.suggestion_id)
            touched[figure.pk] = figure
            figure_id = figure.pk
        for member in group.members:
            if member.figure_id is None:
                targets[member.claim_id] = figure_id
    return targets, touched
