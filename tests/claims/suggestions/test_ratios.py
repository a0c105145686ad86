"""``scoring.computed_ratio`` in whole numbers gives the ratio the fractions' own arithmetic gives."""

from __future__ import annotations

import random
import types
from fractions import Fraction

from claims import conflicts
from claims.suggestions import scoring


def fraction_ratio(a: types.SimpleNamespace, b: types.SimpleNamespace) -> Fraction:
    """Return the ratio as ``bound_ratio``, ``points_ratio`` and ``intervals_ratio`` give it (no durations)."""
    bounds = scoring.bound_ratio(a.base, b.base)
    opened = max(bounds, scoring.points_ratio(a.point, b.point))
    if opened >= scoring.MAX_MAGNITUDE_RATIO or (opened > 1 and bounds == opened):
        return opened
    return scoring.intervals_ratio(a.widened, b.widened)


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
