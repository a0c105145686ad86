"""``scoring.computed_ratio`` in whole numbers gives the ratio the fractions' own arithmetic gives; ``are_values_apart``
says whether it is above 1."""

from __future__ import annotations

import random
import types
from fractions import Fraction

from claims import conflicts
from claims.suggestions import scoring


def far_over_near(small: Fraction, large: Fraction) -> Fraction:
    """Return ``large / small`` in the fractions' own arithmetic, as far apart as values go across zero."""
    if small <= 0:
        return Fraction(1) if small == large else Fraction(scoring.FAR_APART)
    return large / small


def fraction_ratio(a: types.SimpleNamespace, b: types.SimpleNamespace) -> Fraction:
    """Return the ratio of two bounds, points and gaps, each computed with fractions (no durations)."""
    bounds = Fraction(1)
    if a.base.high is None and b.base.high is None and a.base.low is not None and b.base.low is not None:
        bounds = far_over_near(*sorted((a.base.low, b.base.low)))
    elif a.base.low is None and b.base.low is None and a.base.high is not None and b.base.high is not None:
        bounds = far_over_near(*sorted((a.base.high, b.base.high)))
    points = Fraction(1) if a.point is None or b.point is None else far_over_near(*sorted((a.point, b.point)))
    opened = max(bounds, points)
    if opened >= scoring.MAX_MAGNITUDE_RATIO or (opened > 1 and bounds == opened):
        return opened
    wa, wb = a.widened, b.widened
    if wa.high is not None and wb.low is not None and wa.high < wb.low:
        return far_over_near(wa.high, wb.low)
    if wb.high is not None and wa.low is not None and wb.high < wa.low:
        return far_over_near(wb.high, wa.low)
    return Fraction(1)


def test_whole_number_ratio_is_the_fractions_ratio() -> None:
    chosen = random.Random(11)

    def end() -> Fraction | None:
        # Open ends, zero, negatives, and ends of a few scales.
        roll = chosen.random()
        if roll < 0.2:
            return None
        if roll < 0.3:
            return Fraction(0)
        return Fraction(chosen.randint(-40, 400), chosen.choice([1, 1, 2, 3, 10, 1000]))

    def interval() -> conflicts.Interval:
        low, high = end(), end()
        if low is not None and high is not None and low > high:
            low, high = high, low
        return conflicts.Interval(low, high)

    for _ in range(20000):
        a, b = (
            types.SimpleNamespace(base=base, widened=interval(), point=scoring.telling_point(base), is_duration=False)
            for base in (interval(), interval())
        )
        found = scoring.computed_ratio(a, b)  # type: ignore[arg-type]
        assert type(found) is Fraction and found == fraction_ratio(a, b)


class Ends:
    """The ends of a prepared claim ``scoring.prepared_ratio`` reads (hashed by identity, as ``Prepared`` is)."""

    def __init__(self, base: conflicts.Interval, widened: conflicts.Interval) -> None:
        self.base, self.widened, self.point = base, widened, scoring.telling_point(base)
        self.is_duration = False
        self.ratios: dict[Ends, Fraction] = {}


def test_values_apart_are_those_whose_ratio_is_above_one() -> None:
    chosen = random.Random(12)

    def interval() -> conflicts.Interval:
        low, high = (
            None if chosen.random() < 0.2 else Fraction(chosen.randint(-40, 400), chosen.choice([1, 2, 3, 1000]))
            for _ in range(2)
        )
        if low is not None and high is not None and low > high:
            low, high = high, low
        return conflicts.Interval(low, high)

    for _ in range(20000):
        a, b = Ends(interval(), interval()), Ends(interval(), interval())
        expected = scoring.computed_ratio(a, b) > 1  # type: ignore[arg-type]
        assert scoring.are_values_apart(a, b) == expected  # type: ignore[arg-type]
