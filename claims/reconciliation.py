"""Editors' writes on figures and claims: the named functions the admin, views, API and commands call.

Merging figures, moving a claim into a figure and splitting a suggestion also teach the
suggester (``learn_equivalences``): the counted terms of the claims grouped are recorded as
one thing, those split apart as different things (``LearnedEquivalence``).

Every function here runs in one transaction, records who made the change (through
django-simple-history, so the admin history shows who, when and what before and after),
bumps the version of each claim and figure it touches (so a second editor saving a stale claim
or figure is stopped, see ``save_versioned``) and recomputes the conflicts of those figures.
Nothing of this lives in ``save()`` or signals.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from claims import conflicts
from claims.models import (
    Anchor,
    Claim,
    Equivalence,
    Figure,
    FigureStatus,
    LearnedEquivalence,
    Qualifier,
    Rank,
    ReviewStatus,
)
from claims.suggestions.features import counted_term
from claims.suggestions.terms import BUILT_IN
from claims.suggestions.words import stem

FIGURE_DETAILS = ("title", "unit", "scope", "period")

# At most this many distinct counted terms of each side are compared when an editor merges or splits.
MAX_TERMS_LEARNED = 5


class StaleEdit(Exception):
    """A claim or figure changed after the editor loaded it; carries the row as it is now."""

    def __init__(self, current: Claim | Figure, expected_version: int | None) -> None:
        self.current = current
        self.expected_version = expected_version
        super().__init__(
            f"{current._meta.verbose_name.capitalize()} {current.pk} changed while you were editing it (you "
            f"loaded version {expected_version}, it is now version {current.version}, {self.last_change()})."
        )

    def last_change(self) -> str:
        """Return who changed the row last, as its history records it."""
        record = self.current.history.select_related("history_user").first()  # type: ignore[union-attr]
        who = record.history_user if record is not None and record.history_user else "another editor"
        return f"last changed by {who}"


class StaleFigure(StaleEdit):
    """A figure changed after the editor loaded it; carries the figure as it is now."""

    current: Figure

    def last_change(self) -> str:
        return f"last reconciled by {self.current.reconciled_by or 'another editor'}"


class StaleClaim(StaleEdit):
    """A claim changed after the editor loaded it; carries the claim as it is now."""

    current: Claim


def lock_current[M: (Claim, Figure)](model: type[M], pk: int, expected_version: int | None = None) -> M:
    """Lock a claim's or figure's row and return it as stored; raise ``StaleEdit`` if its version moved on.

    ``expected_version`` is the version the editor loaded (None: no check, as for list actions).
    The lock holds until the transaction ends, so a check made in a form's ``clean()`` stays
    true through the save.
    """
    current = model.objects.select_for_update(of=("self",)).get(pk=pk)
    if expected_version is not None and current.version != expected_version:
        raise (StaleFigure if model is Figure else StaleClaim)(current, expected_version)
    return current


def save_versioned[M: (Claim, Figure)](
    instance: M,
    editor: Any,
    reason: str,
    fields: Sequence[str] = (),
    *,
    expected_version: int | None = None,
    **changes: Any,
) -> M:
    """Write an editor's change to a claim or figure: the one check-and-increment of both.

    Locks the row (``lock_current``, checking ``expected_version``), copies ``fields`` from
    ``instance`` and applies ``changes``, bumps the version and saves only those fields, with
    history naming the editor and the reason. Fields nobody named keep what is stored, so a
    write never undoes another editor's change. ``instance`` is refreshed to what is stored.
    """
    model = type(instance)
    locked = lock_current(model, instance.pk, expected_version)
    written = [model._meta.get_field(name).attname for name in fields]
    for attname in written:
        setattr(locked, attname, getattr(instance, attname))
    for name, value in changes.items():
        setattr(locked, name, value)
    locked.version += 1
    _attribute(locked, editor, reason)
    locked.save(update_fields=[*written, *changes, "version", "updated_at"])
    for field in model._meta.concrete_fields:
        setattr(instance, field.attname, getattr(locked, field.attname))
    return locked


def bump_versions[M: (Claim, Figure)](instances: Iterable[M]) -> list[M]:
    """Bump the version of the claims or figures a machine write changes; return them, to save with ``version``.

    The machine's side of the one optimistic lock (re-anchoring, re-reading, suggesting):
    the writer reads the rows locked (``select_for_update``) and saves ``version`` with the
    fields it changes, so an editor's form loaded before the write is refused as stale by
    ``lock_current``, as a second editor's would be, instead of saving over the machine's change.
    """
    instances = list(instances)
    for instance in instances:
        instance.version += 1
    return instances


def claim_value(claim: Claim) -> conflicts.Value:
    """Return the value editors stand behind for a claim (the correction when there is one)."""
    return conflicts.Value(
        claim.effective_low, claim.effective_high, claim.effective_qualifier or "exact", claim.effective_unit
    )


def figure_members(figure: Figure) -> QuerySet[Claim]:
    """Return the claims a figure holds: its claims, or for a suggestion the claims suggested for it."""
    if figure.status == FigureStatus.SUGGESTED:
        return Claim.objects.filter(suggested_figure=figure, figure__isnull=True)
    return Claim.objects.filter(figure=figure)


def _attribute(instance: Claim | Figure, editor: Any, reason: str = "") -> None:
    """Tell django-simple-history who made the next save and why."""
    if editor is not None:
        instance._history_user = editor  # type: ignore[union-attr]
    if reason:
        instance._change_reason = reason[:100]  # type: ignore[union-attr]


def _touch(figure: Figure, editor: Any, reason: str, **changes: Any) -> Figure:
    """Apply ``changes`` to a figure, bump its version and save it with history (``save_versioned``)."""
    return save_versioned(figure, editor, reason, **changes)


def _save_claim(
    claim: Claim, editor: Any, reason: str, fields: list[str], expected_version: int | None = None
) -> Claim:
    """Save the named fields of a claim, bump its version, with history (``save_versioned``)."""
    return save_versioned(claim, editor, reason, fields, expected_version=expected_version)


def conflict_member(claim: Claim) -> conflicts.Member:
    """Return a claim as the conflict roll-up sees it: its value, whether it is rejected or deprecated."""
    return conflicts.Member(
        claim_value(claim),
        # An orphan's quote is no longer in its document's current text: like a rejected claim it backs no
        # value and is in conflict with nothing (its page still shows it, marked, in the version it came from).
        is_rejected=claim.status == ReviewStatus.REJECTED or claim.anchor == Anchor.ORPHANED,
        is_deprecated=claim.rank == Rank.DEPRECATED,
    )


@dataclasses.dataclass(frozen=True)
class StoredConflicts:
    """What ``recompute_conflicts`` stored: the figure's conflict, whether it changed, how many claims' changed."""

    conflict: str
    figure_changed: bool = False
    claims_changed: int = 0


CONFLICT_FIELDS = (
    "id",
    "anchor",
    "low",
    "high",
    "qualifier",
    "unit",
    "status",
    "rank",
    "corrected_low",
    "corrected_high",
    "corrected_qualifier",
    "corrected_unit",
    "conflict",
    "suggested_conflict",
    "figure_id",
)


def recompute_conflicts(figure: Figure) -> StoredConflicts:
    """Recompute the conflicts among a figure's claims (``conflicts.roll_up``); store them and return the figure's.

    A claim of an editor's figure records the worst conflict it is in (``conflict``); a
    claim suggested for a figure, and in no editor's figure, records the worst conflict it
    would be in there (``suggested_conflict``: among a suggestion's claims, or among an
    editor's figure's claims and those suggested for it). The figure records its roll-up.
    Derived state only: no version bump, no history.
    """
    members = list(figure_members(figure).only(*CONFLICT_FIELDS))
    rolled = conflicts.roll_up([conflict_member(claim) for claim in members])
    claims_changed = 0
    if figure.status != FigureStatus.SUGGESTED:
        claims_changed += _store_member_conflicts(members, rolled.member_conflicts, "conflict")
        suggested = list(Claim.objects.filter(suggested_figure=figure, figure__isnull=True).only(*CONFLICT_FIELDS))
        if suggested:
            held = [*members, *suggested]
            with_suggested = conflicts.roll_up([conflict_member(claim) for claim in held]).member_conflicts
            claims_changed += _store_member_conflicts(suggested, with_suggested[len(members) :], "suggested_conflict")
    else:
        claims_changed += _store_member_conflicts(members, rolled.member_conflicts, "suggested_conflict")
    figure_changed = figure.conflict != rolled.conflict
    if figure_changed:
        Figure.objects.filter(pk=figure.pk).update(conflict=rolled.conflict)
        figure.conflict = rolled.conflict
    return StoredConflicts(rolled.conflict, figure_changed, claims_changed)


def _store_member_conflicts(members: Sequence[Claim], states: Sequence[str], field: str) -> int:
    """Store each claim's conflict state in ``field``, one UPDATE per state; return how many changed."""
    by_conflict: dict[str, list[int]] = {}
    for claim, state in zip(members, states, strict=True):
        if getattr(claim, field) != state:
            by_conflict.setdefault(state, []).append(claim.pk)
    for state, ids in by_conflict.items():
        Claim.objects.filter(pk__in=ids).update(**{field: state})
    return sum(len(ids) for ids in by_conflict.values())


@dataclasses.dataclass
class RecomputeReport:
    """What ``recompute_all_conflicts`` found: figures checked, figures and claims whose stored conflict changed."""

    figures: int = 0
    figures_changed: int = 0
    claims_changed: int = 0


def recompute_all_conflicts(
    *, chunk_size: int = 500, progress: Callable[[int], object] | None = None
) -> RecomputeReport:
    """Recompute the stored conflict of every figure and its claims with the current rules; return what changed.

    Each figure (editors' and suggested) goes through ``recompute_conflicts``, as an
    editor's save does, locked as an editor's save locks it, ``chunk_size`` figures per
    transaction (``progress`` is told how many after each). Claims in no editor's figure
    keep no conflict, claims in no suggestion no suggested conflict. A second run changes nothing.
    """
    report = RecomputeReport()
    ids = list(Figure.objects.order_by("pk").values_list("pk", flat=True))
    for at in range(0, len(ids), chunk_size):
        chunk = ids[at : at + chunk_size]
        with transaction.atomic():
            for figure in Figure.objects.select_for_update().filter(pk__in=chunk).order_by("pk"):
                stored = recompute_conflicts(figure)
                report.figures += 1
                report.figures_changed += stored.figure_changed
                report.claims_changed += stored.claims_changed
        if progress is not None:
            progress(len(chunk))
    stale = Claim.objects.filter(figure__isnull=True).exclude(conflict="").only("id", "figure_id")
    report.claims_changed += clear_claim_conflicts(stale)
    report.claims_changed += (
        Claim.objects.filter(suggested_figure__isnull=True).exclude(suggested_conflict="").update(suggested_conflict="")
    )
    return report


def clear_claim_conflicts(claims: Iterable[Claim]) -> int:
    """Clear the stored conflict of claims that no longer belong to a figure; return how many were cleared."""
    ids = [claim.pk for claim in claims if claim.figure_id is None]
    if ids:
        Claim.objects.filter(pk__in=ids).update(conflict="")
    return len(ids)


def validate_accepted(low: Decimal | None, high: Decimal | None, qualifier: str) -> None:
    """Raise ``ValidationError`` unless an accepted value is a consistent interval and qualifier.

    >>> validate_accepted(Decimal(1), Decimal(2), "range")
    >>> validate_accepted(None, Decimal(2), "at_least")
    Traceback (most recent call last):
    ...
    django.core.exceptions.ValidationError: ['An "at least" value has an open upper end.']
    """
    if not qualifier:
        if low is not None or high is not None:
            raise ValidationError("Give the accepted value a qualifier.")
        return
    if qualifier not in Qualifier.values:
        raise ValidationError(f"Unknown qualifier {qualifier!r}.")
    if low is not None and high is not None and low > high:
        raise ValidationError("The accepted lower end is above the upper end.")
    if qualifier == Qualifier.AT_LEAST and high is not None:
        raise ValidationError('An "at least" value has an open upper end.')
    if qualifier == Qualifier.AT_MOST and low is not None:
        raise ValidationError('An "at most" value has an open lower end.')
    if low is None and high is None:
        raise ValidationError("An accepted value needs at least one end.")


@transaction.atomic
def reconcile_figure(
    figure: Figure,
    *,
    accepted_low: Decimal | None,
    accepted_high: Decimal | None,
    accepted_qualifier: str,
    rationale: str,
    editor: Any,
    expected_version: int,
    ranks: Mapping[int, tuple[str, str]] | None = None,
    **details: str,
) -> Figure:
    """Record an editor's decision on a figure: accepted value, rationale and each claim's rank.

    ``ranks`` maps claim ids to ``(rank, reason)``. ``details`` may also change the figure's
    title, unit, scope and period. Raises ``StaleFigure`` when the figure's version is no
    longer ``expected_version`` (nothing is written then), and ``ValidationError`` for an
    inconsistent accepted value. A suggested figure is accepted first.
    """
    unknown = set(details) - set(FIGURE_DETAILS)
    if unknown:
        raise TypeError(f"reconcile_figure() got unexpected fields {sorted(unknown)}")
    validate_accepted(accepted_low, accepted_high, accepted_qualifier)
    current = lock_current(Figure, figure.pk, expected_version)
    if current.status == FigureStatus.SUGGESTED:
        accept_suggestion(current, editor=editor)
        expected_version = current.version
    ranked = []
    for claim in Claim.objects.filter(figure=current, pk__in=list(ranks or {})):
        rank, reason = (ranks or {})[claim.pk]
        if rank not in Rank.values:
            raise ValidationError(f"Unknown rank {rank!r}.")
        if (claim.rank, claim.rank_reason) != (rank, reason):
            claim.rank, claim.rank_reason = rank, reason
            _save_claim(claim, editor, f"ranked {rank} on figure {current.pk}", ["rank", "rank_reason"])
            ranked.append(f"claim {claim.pk} {rank}")
    decided = bool(accepted_qualifier)
    summary = "reconciled" + (": " + ", ".join(ranked) if ranked else "")
    _touch(
        figure,
        editor,
        summary,
        accepted_low=accepted_low,
        accepted_high=accepted_high,
        accepted_qualifier=accepted_qualifier,
        rationale=rationale,
        status=FigureStatus.RECONCILED if decided else FigureStatus.OPEN,
        reconciled_by=editor if decided else None,
        reconciled_at=timezone.now() if decided else None,
        review_reason="",
        **details,
    )
    recompute_conflicts(figure)
    return figure


@transaction.atomic
def review_figures_of_orphans(claims: Iterable[Claim]) -> list[Figure]:
    """Send back to review each reconciled figure whose preferred claim is among these orphaned claims.

    An orphan's quote is no longer in its document's current text, so an accepted value that
    rested on it is no longer backed by what the source says: the figure becomes open again
    (its accepted value and rationale kept for the editor), with the reason in ``review_reason``
    and its history. Ingest calls this when a new version of a document orphans claims.
    Every figure or suggestion holding an orphan has its conflicts recomputed: an orphan is in
    conflict with nothing (``conflict_member``). Returns the figures sent back.
    """
    claims = list(claims)
    holding = {
        figure_id
        for claim in claims
        if claim.anchor == Anchor.ORPHANED
        for figure_id in (claim.figure_id, claim.suggested_figure_id)
        if figure_id is not None
    }
    for held in Figure.objects.filter(pk__in=holding).order_by("pk"):
        recompute_conflicts(held)
    orphans = [claim for claim in claims if claim.anchor == Anchor.ORPHANED and claim.rank == Rank.PREFERRED]
    by_figure: dict[int, list[Claim]] = {}
    for claim in orphans:
        if claim.figure_id is not None:
            by_figure.setdefault(claim.figure_id, []).append(claim)
    reopened = []
    for figure in Figure.objects.filter(pk__in=list(by_figure), status=FigureStatus.RECONCILED).order_by("pk"):
        named = ", ".join(f"claim {claim.pk} (“{claim.quote}” in {claim.document})" for claim in by_figure[figure.pk])
        reason = f"Its preferred {named} is no longer in the current text of the document."
        _touch(figure, None, "needs review: preferred claim orphaned", status=FigureStatus.OPEN, review_reason=reason)
        reopened.append(figure)
    return reopened


@transaction.atomic
def accept_suggestion(figure: Figure, *, editor: Any, claims: Iterable[Claim] | None = None) -> Figure:
    """Make a suggested figure an editor's figure: its suggested claims (or those given) join it.

    Claims left out keep their suggestion, so the editor can still split them off or move them.
    """
    members = Claim.objects.filter(suggested_figure=figure, figure__isnull=True)
    if claims is not None:
        members = members.filter(pk__in=[claim.pk for claim in claims])
    for claim in members:
        claim.figure = figure
        _save_claim(claim, editor, f"accepted into figure {figure.pk}", ["figure"])
    if figure.status == FigureStatus.SUGGESTED:
        _touch(figure, editor, "suggestion accepted", status=FigureStatus.OPEN)
    else:
        _touch(figure, editor, "claims accepted")
    recompute_conflicts(figure)
    return figure


def claim_terms(claims: Iterable[Claim]) -> list[str]:
    """Return the distinct words that say what claims count (``counted_term``), the most frequent first."""
    counts: dict[str, int] = {}
    for claim in claims:
        term = counted_term(claim.document.text, claim.start, claim.end, claim.noun)
        if term:
            counts[term] = counts.get(term, 0) + 1
    return sorted(counts, key=lambda term: (-counts[term], term))[:MAX_TERMS_LEARNED]


def learn_equivalences(
    sides: Sequence[Iterable[Claim]], relation: str, *, editor: Any, note: str
) -> list[LearnedEquivalence]:
    """Record what an editor's grouping teaches the suggester: the counted terms of ``sides`` are the same or differ.

    Each pair of terms from two different sides with different stems is recorded (or its
    relation updated: the latest decision wins). A "same" pair the built-in classes already
    join teaches nothing. Returns the rows written.
    """
    terms = [claim_terms(side) for side in sides]
    written = []
    for at, first_terms in enumerate(terms):
        for second_terms in terms[at + 1 :]:
            for first in first_terms:
                for second in second_terms:
                    a, b = sorted((first, second))
                    if stem(a) == stem(b):
                        continue
                    if relation == Equivalence.SAME and BUILT_IN.of(stem(a)) == BUILT_IN.of(stem(b)):
                        continue
                    row, _ = LearnedEquivalence.objects.update_or_create(
                        first=a, second=b, defaults={"relation": relation, "editor": editor, "note": note[:300]}
                    )
                    written.append(row)
    return written


def _choose_target(figures: list[Figure]) -> Figure:
    """Return the figure others merge into: a decided one first, then an editor's, then the oldest."""
    order = {FigureStatus.RECONCILED: 0, FigureStatus.OPEN: 1, FigureStatus.SUGGESTED: 2}
    return min(figures, key=lambda figure: (order[FigureStatus(figure.status)], figure.pk))


@transaction.atomic
def merge_figures(figures: Iterable[Figure], *, editor: Any, into: Figure | None = None) -> Figure:
    """Merge figures into one; return it. The others' claims and suggestions move, the others go.

    Merging a suggestion with an editor's figure makes an editor's figure. The removed
    figures stay in the history, with their rationale copied into the kept one.
    """
    figures = list({figure.pk: figure for figure in figures}.values())
    target = into or _choose_target(figures)
    others = [figure for figure in figures if figure.pk != target.pk]
    if not others:
        return target
    has_editor_figure = any(f.status != FigureStatus.SUGGESTED for f in figures)
    learn_equivalences(
        [figure_members(figure).select_related("document") for figure in [target, *others]],
        Equivalence.SAME,
        editor=editor,
        note=f"figures {', '.join(str(f.pk) for f in [target, *others])} merged",
    )
    notes = [target.rationale] if target.rationale else []
    for other in others:
        for claim in Claim.objects.filter(Q(figure=other) | Q(suggested_figure=other)):
            fields = []
            if claim.figure_id == other.pk or (
                has_editor_figure and other.status == FigureStatus.SUGGESTED and claim.figure_id is None
            ):
                claim.figure = target
                fields.append("figure")
            if claim.suggested_figure_id == other.pk:
                claim.suggested_figure = target
                fields.append("suggested_figure")
            _save_claim(claim, editor, f"figure {other.pk} merged into {target.pk}", fields)
        if other.rationale:
            notes.append(f"(from merged figure {other.pk} “{other.title}”) {other.rationale}")
        _attribute(other, editor, f"merged into figure {target.pk}")
        other.delete()
    if has_editor_figure and target.status == FigureStatus.SUGGESTED:
        for claim in Claim.objects.filter(suggested_figure=target, figure__isnull=True):
            claim.figure = target
            _save_claim(claim, editor, f"merged into figure {target.pk}", ["figure"])
    status = target.status if not has_editor_figure or target.status != FigureStatus.SUGGESTED else FigureStatus.OPEN
    merged = ", ".join(str(other.pk) for other in others)
    _touch(target, editor, f"merged figures {merged}", rationale="\n\n".join(notes), status=status)
    recompute_conflicts(target)
    return target


@transaction.atomic
def split_figure(figure: Figure, claims: Iterable[Claim], *, editor: Any, title: str = "") -> Figure:
    """Move some of a figure's claims into a new figure of the same kind; return the new figure."""
    members = figure_members(figure).filter(pk__in=[claim.pk for claim in claims])
    if figure.status == FigureStatus.SUGGESTED:
        # Splitting a suggestion says its claims count different things.
        learn_equivalences(
            [
                members.select_related("document"),
                figure_members(figure).exclude(pk__in=members).select_related("document"),
            ],
            Equivalence.DIFFERENT,
            editor=editor,
            note=f"suggestion {figure.pk} split",
        )
    new = Figure(
        title=(title or f"{figure.title} (split)")[:300],
        unit=figure.unit,
        scope=figure.scope,
        period=figure.period,
        status=FigureStatus.SUGGESTED if figure.status == FigureStatus.SUGGESTED else FigureStatus.OPEN,
        suggestion_reason=f"Split from figure {figure.pk} by an editor.",
    )
    _attribute(new, editor, f"split from figure {figure.pk}")
    new.save()
    field = "suggested_figure" if figure.status == FigureStatus.SUGGESTED else "figure"
    moved = []
    for claim in members:
        setattr(claim, field, new)
        _save_claim(claim, editor, f"split from figure {figure.pk} into {new.pk}", [field])
        moved.append(str(claim.pk))
    _touch(figure, editor, f"split claims {', '.join(moved)} into figure {new.pk}")
    recompute_conflicts(figure)
    recompute_conflicts(new)
    return new


@transaction.atomic
def move_claim(claim: Claim, figure: Figure | None, *, editor: Any, expected_version: int | None = None) -> Claim:
    """Put a claim in another figure (or in none); both figures are recomputed.

    Raises ``StaleClaim`` when ``expected_version`` is given and the claim moved on from it.
    """
    claim = lock_current(Claim, claim.pk, expected_version)
    old_id = claim.figure_id
    if old_id == (figure.pk if figure else None):
        return claim
    if figure is not None and figure.status != FigureStatus.SUGGESTED:
        learn_equivalences(
            [[claim], figure_members(figure).select_related("document")],
            Equivalence.SAME,
            editor=editor,
            note=f"claim {claim.pk} moved into figure {figure.pk}",
        )
    claim.figure = figure
    if figure is not None and figure.status == FigureStatus.SUGGESTED:
        claim.suggested_figure = figure
        claim.figure = None
    where = f"figure {figure.pk}" if figure else "no figure"
    _save_claim(claim, editor, f"moved to {where}", ["figure", "suggested_figure"], expected_version)
    if old_id is not None:
        old = Figure.objects.get(pk=old_id)
        _touch(old, editor, f"claim {claim.pk} moved out")
        recompute_conflicts(old)
    if figure is not None:
        _touch(figure, editor, f"claim {claim.pk} moved in")
        recompute_conflicts(figure)
    clear_claim_conflicts([claim])
    return claim


@transaction.atomic
def rank_claims(
    claims: Iterable[Claim],
    rank: str,
    *,
    editor: Any,
    reason: str | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> int:
    """Give claims one rank (and, when given, one reason); return how many changed.

    ``expected_versions`` maps claim ids to the version an editor loaded; a claim that moved on
    raises ``StaleClaim`` and nothing is written.
    """
    if rank not in Rank.values:
        raise ValidationError(f"Unknown rank {rank!r}.")
    changed = 0
    figure_ids = set()
    for claim in Claim.objects.filter(pk__in=[claim.pk for claim in claims]).select_for_update(of=("self",)):
        expected = (expected_versions or {}).get(claim.pk)
        if expected is not None and claim.version != expected:
            raise StaleClaim(claim, expected)
        new_reason = claim.rank_reason if reason is None else reason
        if (claim.rank, claim.rank_reason) == (rank, new_reason):
            continue
        claim.rank, claim.rank_reason = rank, new_reason
        _save_claim(claim, editor, f"ranked {rank}", ["rank", "rank_reason"])
        changed += 1
        if claim.figure_id:
            figure_ids.add(claim.figure_id)
    for figure in Figure.objects.filter(pk__in=figure_ids):
        _touch(figure, editor, f"claims ranked {rank}")
        recompute_conflicts(figure)
    return changed


def is_unit_only(low: Decimal | None, high: Decimal | None, qualifier: str, unit: str) -> bool:
    """Return whether a correction gives only a unit (no value): the extracted value then stands.

    >>> is_unit_only(None, None, "", "person"), is_unit_only(None, Decimal(2), "at_most", "person")
    (True, False)
    """
    return bool(unit) and not qualifier and low is None and high is None


@transaction.atomic
def review_claim(
    claim: Claim,
    *,
    status: str,
    editor: Any,
    corrected_low: Decimal | None = None,
    corrected_high: Decimal | None = None,
    corrected_qualifier: str = "",
    corrected_unit: str = "",
    note: str | None = None,
    expected_version: int | None = None,
) -> Claim:
    """Record an editor's review of a claim: confirmed, corrected (with the editor's value), rejected.

    The extractor's reading is never overwritten: a correction is stored beside it. A
    rejected claim stays in the database and in its figure (shown as rejected to editors),
    but leaves public pages and the figure's conflicts. Raises ``StaleClaim`` when
    ``expected_version`` is given and the claim moved on from it (nothing is written then).
    """
    if status not in ReviewStatus.values:
        raise ValidationError(f"Unknown review status {status!r}.")
    claim = lock_current(Claim, claim.pk, expected_version)
    fields = ["status"]
    claim.status = status
    if status == ReviewStatus.CORRECTED:
        if is_unit_only(corrected_low, corrected_high, corrected_qualifier, corrected_unit):
            # Only the unit is wrong: the correction keeps the extracted value beside the editor's unit.
            corrected_low, corrected_high, corrected_qualifier = claim.low, claim.high, claim.qualifier
        if not corrected_qualifier:
            raise ValidationError("A corrected claim needs the editor's qualifier (or only a unit).")
        validate_accepted(corrected_low, corrected_high, corrected_qualifier)
        claim.corrected_low, claim.corrected_high = corrected_low, corrected_high
        claim.corrected_qualifier, claim.corrected_unit = corrected_qualifier, corrected_unit
        fields += ["corrected_low", "corrected_high", "corrected_qualifier", "corrected_unit"]
    if note is not None:
        claim.review_note = note
        fields.append("review_note")
    _save_claim(claim, editor, f"reviewed: {status}", fields, expected_version)
    if claim.figure_id:
        figure = Figure.objects.get(pk=claim.figure_id)
        _touch(figure, editor, f"claim {claim.pk} {status}")
        recompute_conflicts(figure)
    return claim
