"""Interval charts: every claim of a figure on one axis, as server-rendered SVG.

    render_interval_chart(claims, accepted=None) -> SafeString

``claims`` is a sequence of ``Claim`` rows (with ``document`` and ``document.outlet``
fetched, as ``Claim.objects.for_figure(figure)`` gives them); each is drawn as one row with
the value editors stand behind (the correction when there is one): a dot for a single
value, a bar for a range, a faint band for the ±10% an approximate value is allowed, and an
arrow running off the axis for an open end ("as many as", "more than"). A claim in a hard
conflict is drawn red and marked "hard", a soft one amber and marked "soft"; a deprecated
claim is grey and dashed, never left out. An orphan (its quote no longer in its document's
current text) is not drawn: it is listed under the chart as no longer in the text. ``accepted`` is the figure (its accepted value is
drawn as a green band across all rows) or None. Claims whose unit cannot be put on the
figure's axis are listed under the chart instead. The SVG needs no script and no CSS; it
carries a ``<title>`` per row for screen readers and hovering. Durations are drawn in the
unit most claims use. The admin figure page and the public figure page both call this.

The drawing is sized for a phone's column (``WIDTH`` wide, with a viewBox) and each row's
label sits above its bar, so the plot takes the whole width: pages let it shrink with
``max-width: 100%; height: auto``, and at 400 px the labels still render above 10.5 px.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims import conflicts
from claims.models import Anchor
from claims.wording import describe_value, format_number

WIDTH = 480
PLOT_LEFT = 12
PLOT_RIGHT = WIDTH - 12
LABEL_SIZE = 15
TICK_SIZE = 14
ROW_HEIGHT = 40
TOP = 28
TICK_CHAR_WIDTH = 0.6  # of TICK_SIZE: a digit's width in a sans-serif font, with room to spare
COLOURS = {"hard": "#c62828", "soft": "#b26a00", "": "#1f4e8c"}
DEPRECATED_COLOUR = "#888888"
ACCEPTED_COLOUR = "#2e7d32"


def _value(claim: Any) -> conflicts.Value:
    return conflicts.Value(
        claim.effective_low, claim.effective_high, claim.effective_qualifier or "exact", claim.effective_unit
    )


def _in_unit(number: Fraction | None, unit: str) -> Fraction | None:
    return None if number is None else number / conflicts.unit_scale(unit)


def format_tick(number: Fraction) -> str:
    """Return an axis label: whole numbers with thousands separators, others with two places.

    >>> format_tick(Fraction(2000)), format_tick(Fraction(9, 2))
    ('2,000', '4.5')
    """
    if number.denominator == 1:
        return f"{number.numerator:,}"
    return format_number((Decimal(number.numerator) / Decimal(number.denominator)).quantize(Decimal("0.01")))


def nice_ticks(low: Fraction, high: Fraction, count: int = 5) -> list[Fraction]:
    """Return round tick positions covering ``[low, high]``.

    >>> [int(t) for t in nice_ticks(Fraction(180), Fraction(2200))]
    [0, 500, 1000, 1500, 2000, 2500]
    """
    span = high - low or abs(high) or Fraction(1)
    raw = span / count
    magnitude = Fraction(10) ** (len(str(int(raw))) - 1) if raw >= 1 else Fraction(1, 10 ** len(str(int(1 / raw))))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    first = (low // step) * step
    ticks = [first]
    while ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


@dataclass(frozen=True)
class Row:
    """One claim's stated and widened interval, in the chart's unit (None: open end)."""

    claim: Any
    low: Fraction | None
    high: Fraction | None
    wlow: Fraction | None
    whigh: Fraction | None

    def ends(self) -> list[Fraction]:
        return [end for end in (self.low, self.high, self.wlow, self.whigh) if end is not None]


@dataclass(frozen=True)
class Axis:
    """The value axis: its ends and where a value falls on the drawing."""

    low: Fraction
    high: Fraction
    ticks: list[Fraction]

    def x(self, number: Fraction | None, open_end: float = PLOT_LEFT) -> float:
        """Return the x position of ``number``; ``open_end`` when the interval is open there."""
        if number is None:
            return open_end
        span = self.high - self.low
        return round(PLOT_LEFT + float((number - self.low) / span) * (PLOT_RIGHT - PLOT_LEFT), 1)


def make_row(claim: Any, unit: str) -> Row:
    value = _value(claim)
    stated = conflicts.base_interval(value)
    widened = conflicts.widened_interval(value)
    return Row(
        claim,
        _in_unit(stated.low, unit),
        _in_unit(stated.high, unit),
        _in_unit(widened.low, unit),
        _in_unit(widened.high, unit),
    )


def accepted_interval(accepted: Any, unit: str) -> tuple[Fraction | None, Fraction | None] | None:
    """Return the figure's accepted value in the chart's unit, or None when no editor has accepted one."""
    if accepted is None or not getattr(accepted, "accepted_qualifier", ""):
        return None
    value = conflicts.Value(
        accepted.accepted_low, accepted.accepted_high, accepted.accepted_qualifier, accepted.unit or unit
    )
    interval = conflicts.base_interval(value)
    return _in_unit(interval.low, unit), _in_unit(interval.high, unit)


def make_axis(ends: list[Fraction]) -> Axis:
    """Return an axis covering every end, from zero when the values sit well above it."""
    low, high = (min(ends), max(ends)) if ends else (Fraction(0), Fraction(1))
    if low > 0 and low < (high - low) / 2:
        low = Fraction(0)
    if low == high:
        low, high = low - abs(low) / 10 - 1, high + abs(high) / 10 + 1
    for count in (5, 4, 3, 2):
        # Fewer ticks when their labels would not fit side by side ("2,000,000" is wide).
        ticks = nice_ticks(low, high, count)
        widest = max(len(format_tick(tick)) for tick in ticks) * TICK_SIZE * TICK_CHAR_WIDTH
        if (PLOT_RIGHT - PLOT_LEFT) / max(len(ticks) - 1, 1) >= widest + 8:
            break
    return Axis(min(low, ticks[0]), max(high, ticks[-1]), ticks)


def svg_head(axis: Axis, height: int, rows: int, unit: str) -> list[SafeString]:
    parts = [
        format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" class="interval-chart" role="img" '
            'viewBox="0 0 {} {}" width="{}" height="{}" font-family="sans-serif" font-size="{}">'
            "<title>Intervals of {} claims, in {}</title>"
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>',
            WIDTH,
            height,
            WIDTH,
            height,
            LABEL_SIZE,
            rows,
            unit or "no unit",
        )
    ]
    for tick in axis.ticks:
        # The first and last labels are anchored inside the drawing so that they are never cut off.
        anchor = "start" if tick == axis.ticks[0] else "end" if tick == axis.ticks[-1] else "middle"
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#ddd"/><text x="{}" y="{}" text-anchor="{}" '
                'font-size="{}" fill="#555">{}</text>',
                axis.x(tick),
                axis.x(tick),
                TOP - 6,
                height - 8,
                axis.x(tick),
                TOP - 10,
                anchor,
                TICK_SIZE,
                format_tick(tick),
            )
        )
    return parts


def svg_accepted(axis: Axis, accepted: tuple[Fraction | None, Fraction | None], rows: int) -> SafeString:
    a_low, a_high = axis.x(accepted[0]), axis.x(accepted[1], PLOT_RIGHT)
    return format_html(
        '<rect class="accepted" x="{}" y="{}" width="{}" height="{}" fill="{}" fill-opacity="0.18" '
        'stroke="{}"><title>accepted value</title></rect>',
        a_low - 2,
        TOP - 4,
        max(a_high - a_low, 0) + 4,
        ROW_HEIGHT * rows + 4,
        ACCEPTED_COLOUR,
        ACCEPTED_COLOUR,
    )


def svg_row(row: Row, y: float, axis: Axis, unit: str) -> list[SafeString]:
    """Return one claim's group: its label and hover title, the widened band, the value and its conflict mark.

    ``y`` is the bar's line; the label is written above it, the conflict mark at its right end.
    """
    claim = row.claim
    deprecated = claim.rank == "deprecated"
    colour = DEPRECATED_COLOUR if deprecated else COLOURS.get(claim.conflict, COLOURS[""])
    label = getattr(claim, "chart_label", "")
    if not label:
        outlet = claim.document.outlet.name if claim.document.outlet_id else claim.document.source_name
        label = f"{claim.quote[:28]} — {outlet[:18]}"
    label_y = y - 12
    mark = {"hard": " ⚠ hard", "soft": " ~ soft"}.get(claim.conflict, "")
    parts = [
        format_html(
            '<g class="claim rank-{} conflict-{}"><title>{}: {} [{}, {}] {}{}{}</title>'
            '<text x="{}" y="{}" fill="{}">{}</text>',
            claim.rank,
            claim.conflict or "none",
            claim.quote,
            claim.effective_qualifier,
            format_tick(row.low) if row.low is not None else "open",
            format_tick(row.high) if row.high is not None else "open",
            unit,
            f" ({claim.rank})",
            mark,
            PLOT_LEFT,
            label_y,
            colour,
            label,
        )
    ]
    if row.wlow != row.low or row.whigh != row.high:
        w_low, w_high = axis.x(row.wlow), axis.x(row.whigh, PLOT_RIGHT)
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="8" fill="{}" fill-opacity="0.15"/>',
                w_low,
                y - 4,
                max(w_high - w_low, 1),
                colour,
            )
        )
    x_low, x_high = axis.x(row.low), axis.x(row.high, PLOT_RIGHT)
    if row.low is not None and row.low == row.high:
        parts.append(format_html('<circle cx="{}" cy="{}" r="4" fill="{}"/>', x_low, y, colour))
    else:
        dash = ' stroke-dasharray="4 3"' if deprecated else ""
        start_marker = ' marker-start="url(#arrow)"' if row.low is None else ""
        end_marker = ' marker-end="url(#arrow)"' if row.high is None else ""
        parts.append(
            format_html(
                '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="3"{}{}{}/>',
                x_low,
                x_high,
                y,
                y,
                colour,
                mark_safe(dash),
                mark_safe(start_marker),
                mark_safe(end_marker),
            )
        )
    if mark:
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" fill="{}" font-weight="bold">{}</text>',
                PLOT_RIGHT,
                label_y,
                colour,
                mark.strip(),
            )
        )
    parts.append(mark_safe("</g>"))
    return parts


def render_interval_chart(claims: Sequence[Any], accepted: Any = None) -> SafeString:
    """Return an SVG drawing of all claims' intervals on one axis, conflicts and the accepted value marked."""
    orphans = [claim for claim in claims if claim.anchor == Anchor.ORPHANED]
    claims = [claim for claim in claims if claim.anchor != Anchor.ORPHANED]
    if not claims:
        return mark_safe('<p class="interval-chart-empty">No claims to chart.</p>' + orphan_note(orphans))
    dimensions = Counter(conflicts.unit_dimension(claim.effective_unit) for claim in claims)
    dimension = dimensions.most_common(1)[0][0]
    drawn = [claim for claim in claims if conflicts.unit_dimension(claim.effective_unit) == dimension]
    left_out = [claim for claim in claims if claim not in drawn]
    unit = Counter(conflicts.normalize_unit(claim.effective_unit) for claim in drawn).most_common(1)[0][0]

    rows = [make_row(claim, unit) for claim in drawn]
    accepted_value = accepted_interval(accepted, unit)
    ends = [end for row in rows for end in row.ends()]
    ends += [end for end in accepted_value or () if end is not None]
    axis = make_axis(ends)
    height = TOP + ROW_HEIGHT * len(rows) + 12
    parts = svg_head(axis, height, len(rows), unit)
    if accepted_value is not None:
        parts.append(svg_accepted(axis, accepted_value, len(rows)))
    for index, row in enumerate(rows):
        parts += svg_row(row, TOP + ROW_HEIGHT * index + 26, axis, unit)
    parts.append(mark_safe("</svg>"))
    if left_out:
        listed = ", ".join(escape(f"“{claim.quote}” ({claim.effective_unit or 'no unit'})") for claim in left_out)
        parts.append(
            format_html('<p class="interval-chart-note">Not on this axis (other units): {}</p>', mark_safe(listed))
        )
    parts.append(mark_safe(orphan_note(orphans)))
    return mark_safe("".join(str(part) for part in parts))


def orphan_note(orphans: Sequence[Any]) -> str:
    """Return the note listing the claims left off the chart because their quote left the document's text."""
    if not orphans:
        return ""
    listed = ", ".join(escape(f"“{claim.quote}”") for claim in orphans)
    return str(
        format_html(
            '<p class="interval-chart-note orphaned">Not drawn (no longer in the current text of their '
            "document): {}</p>",
            mark_safe(listed),
        )
    )


# At most this many distinct intervals are drawn for a figure too large to draw claim by claim.
CHART_GROUPS = 40


@dataclass(frozen=True)
class IntervalGroup:
    """Claims of a figure that state the same interval with the same rank and conflict, drawn as one row."""

    effective_low: Decimal | None
    effective_high: Decimal | None
    effective_qualifier: str
    effective_unit: str
    conflict: str
    rank: str
    claims: int
    anchor: str = Anchor.ANCHORED

    @property
    def quote(self) -> str:
        return describe_value(self.effective_low, self.effective_high, self.effective_qualifier)

    @property
    def chart_label(self) -> str:
        return f"{self.quote[:28]} — {self.claims:,} claim{'s' if self.claims != 1 else ''}"


def render_grouped_chart(groups: Sequence[dict[str, Any]], accepted: Any = None, *, orphans: int = 0) -> SafeString:
    """Return the interval chart of a figure from its claims grouped by interval (``Claim.objects.interval_groups``).

    The CHART_GROUPS intervals most claims state are drawn, one row each with how many claims
    state it; the rest, and orphans, are counted under the chart, never silently left out.
    """
    rows = [IntervalGroup(**{key: row[key] for key in GROUP_FIELDS}) for row in groups[:CHART_GROUPS]]
    rows.sort(key=lambda row: (row.effective_low is None, row.effective_low or 0, row.effective_high or 0))
    chart = str(render_interval_chart(rows, accepted=accepted)) if rows else ""
    notes = []
    if len(groups) > CHART_GROUPS:
        notes.append(
            f"Only the {CHART_GROUPS} intervals most claims state are drawn; the others are among the claims listed below."
        )
    if orphans:
        notes.append(
            f"{orphans:,} claim{'s' if orphans != 1 else ''} no longer in the current text of their document "
            f"{'are' if orphans != 1 else 'is'} not drawn."
        )
    return mark_safe(chart + "".join(str(format_html('<p class="interval-chart-note">{}</p>', note)) for note in notes))


# What a grouped row gives an IntervalGroup (``Claim.objects.interval_groups``): its fields without a default.
GROUP_FIELDS = tuple(field.name for field in fields(IntervalGroup) if field.default is MISSING)
