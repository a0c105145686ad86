"""A number restating another in other units ("10 kilometers (6.2 miles)", "5 billion rupees ($18 million)").

Pure; no Django.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from fractions import Fraction

from claims import conflicts
from claims.suggestions.features import SuggestionInput
from claims.suggestions.words import unit_kind

# A number restated in another unit of one scale agrees with it within this share.
CONVERSION_TOLERANCE = Fraction(15, 100)


def representative(value: conflicts.Value) -> Fraction | None:
    interval = conflicts.widened_interval(value)
    ends = [end for end in (interval.low, interval.high) if end is not None]
    return sum(ends, Fraction(0)) / len(ends) if ends else None


def conversions(inputs: Sequence[SuggestionInput]) -> dict[int, int]:
    """Return, by index, the claims that restate another claim of their sentence in other units, and that claim.

    "10 kilometers (6.2 miles)": the number opening a parenthesis right after another number
    is the same quantity when its unit differs and its value agrees on one scale within
    ``CONVERSION_TOLERANCE``. A sum restated in another currency ("5 billion rupees ($18
    million)") is not: the rate is the writer's, and a figure compares like with like, so
    it follows no number (and may join a figure of its own currency).
    """
    by_document: dict[int, list[int]] = defaultdict(list)
    for index, item in enumerate(inputs):
        by_document[item.document_id].append(index)
    found: dict[int, int] = {}
    for index, item in enumerate(inputs):
        if item.converts is None or not item.value.unit:
            continue
        for other in by_document[item.document_id]:
            primary = inputs[other]
            if other != index and primary.span[0] < item.converts <= primary.span[1] and primary.value.unit:
                if is_conversion(primary.value, item.value) and conflicts.are_comparable(primary.unit, item.unit):
                    found[index] = other
                break
    return found


def is_conversion(a: conflicts.Value, b: conflicts.Value) -> bool:
    """Return whether ``b`` may restate ``a`` in another unit (different units; on one scale, values that agree).

    >>> V = conflicts.Value.of
    >>> is_conversion(V(10, 10, "exact", "km"), V(6.2, 6.2, "exact", "mile"))
    True
    >>> is_conversion(V(5, 5, "exact", "km"), V(6, 6, "exact", "mile"))
    False
    >>> is_conversion(V(5e9, 5e9, "exact", "PKR"), V(18e6, 18e6, "exact", "USD"))
    True
    >>> is_conversion(V(3, 3, "exact", "goal"), V(1, 1, "exact", "goal"))
    False
    """
    unit_a, unit_b = conflicts.normalize_unit(a.unit), conflicts.normalize_unit(b.unit)
    if unit_a == unit_b or unit_kind(a.unit) != unit_kind(b.unit) or unit_kind(a.unit) == "count":
        return False
    if unit_a in conflicts.UNIT_SCALES and unit_b in conflicts.UNIT_SCALES:
        if conflicts.unit_dimension(unit_a) != conflicts.unit_dimension(unit_b):
            return False
        ra, rb = representative(a), representative(b)
        return ra is not None and rb is not None and rb > 0 and abs(ra / rb - 1) <= CONVERSION_TOLERANCE
    return unit_a.split(" ")[0] == unit_b.split(" ")[0] or "storage" not in {unit_store(unit_a), unit_store(unit_b)}


def unit_store(unit: str) -> str:
    return "storage" if unit.lower() in {"gb", "tb", "mb", "kb", "byte"} else "other"
