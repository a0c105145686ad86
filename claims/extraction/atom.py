"""One number as read, before qualifiers and pairing turn it into a claim."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(slots=True)
class Atom:
    """One number as read: its span, value and what was read around it."""

    start: int
    end: int
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None
    vague: bool = False
    unit: str = ""
    noun: str = ""
    noun_end: int = -1
    rule: str = "number"
    qualifier: str = "exact"
    is_word: bool = False
    has_scale: bool = False
    is_money: bool = False
    is_percent: bool = False
    unit_locked: bool = False
    rejected: bool = False
    bare: bool = False  # a number among numbers with no word near it (a table): read as it stands
