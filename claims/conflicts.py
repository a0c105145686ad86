"""Conflict rules: whether two claimed values can both be true (CLAIMS.md, "Conflicts").

Pure functions over small frozen dataclasses; no Django. A value is an interval with a
qualifier and a unit. Two values on one figure are

- in **hard** conflict when their intervals do not overlap even after widening each
  approximate value by ±10% (and an exact whole duration by the rounding of its unit),
  units converted to one scale;
- in **soft** conflict when they overlap, but only thanks to that widening, or only at
  one point from opposite sides (an at_most 2,000 against an at_least 2,000), or when
  their units cannot be compared at all;
- otherwise not in conflict.

Arithmetic is exact: decimals are turned into fractions, so 3 years is exactly 36 months.

The conflict of a set of claims (an editor's figure, a suggestion, the pairs the admin
lists) is ``roll_up``: written here once, called by all of them.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from claims.extraction.lexicon import lexicon_bytes

HARD = "hard"
SOFT = "soft"
NONE = ""
SEVERITY = {NONE: 0, SOFT: 1, HARD: 2}

TOLERANCE = Fraction(1, 10)

# Units measured on one scale: unit -> (dimension, size in the dimension's base unit). The
# canonical names are the extractor's (``measure_units`` in its lexicon); every size comes from
# pint's unit definitions, read once on first use (loading pint costs about a second).
_DIMENSION_NAMES = {"[time]": "duration", "[length]": "length", "[mass]": "mass", "dimensionless": "information"}
_RATIO_SCALES: dict[str, tuple[str, Fraction]] = {
    "ratio": ("ratio", Fraction(1)),
    "percent": ("ratio", Fraction(1, 100)),
}


@functools.cache
def _measure_units() -> dict[str, str]:
    data: dict[str, str] = _lexicon()["measure_units"]
    return data


@functools.cache
def pint_scales() -> dict[str, tuple[str, Fraction]]:
    """Return every canonical unit of measure with its dimension and size in base units, from pint.

    >>> pint_scales()["mile"][0], pint_scales()["mile"][1] / pint_scales()["km"][1]
    ('length', Fraction(25146, 15625))
    >>> pint_scales()["lb"][1] / pint_scales()["kg"][1]
    Fraction(45359237, 100000000)
    """
    import pint

    registry = pint.UnitRegistry()
    scales: dict[str, tuple[str, Fraction]] = {}
    for name, expression in _measure_units().items():
        base = registry.parse_expression(expression).to_base_units()
        dimensionality = str(base.dimensionality)
        dimension = _DIMENSION_NAMES.get(dimensionality, dimensionality)
        # Fifteen significant digits undo the float's last-bit error: a pound is exactly 0.45359237 kg.
        scales[name] = (dimension, Fraction(Decimal(f"{float(base.magnitude):.15g}")))
    return {**scales, **_RATIO_SCALES}


class _Scales(Mapping[str, tuple[str, Fraction]]):
    """The units on a scale, read from pint on first use."""

    def __getitem__(self, unit: str) -> tuple[str, Fraction]:
        return pint_scales()[unit]

    def __contains__(self, unit: object) -> bool:
        return unit in _RATIO_SCALES or unit in _measure_units()

    def __iter__(self) -> Iterator[str]:
        return iter(pint_scales())

    def __len__(self) -> int:
        return len(_measure_units()) + len(_RATIO_SCALES)


UNIT_SCALES: Mapping[str, tuple[str, Fraction]] = _Scales()
DURATION_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "year", "decade", "century"))

# Spellings that name the same unit.
UNIT_ALIASES = {
    "people": "person",
    "persons": "person",
    "nation": "country",
    "state": "country",
    "countries": "country",
    "years": "year",
    "yr": "year",
    "months": "month",
    "days": "day",
    "hours": "hour",
    "hr": "hour",
    "minutes": "minute",
    "min": "minute",
    "weeks": "week",
    "seconds": "second",
    "sec": "second",
    "kilometre": "km",
    "kilometer": "km",
    "metre": "m",
    "meter": "m",
    "miles": "mile",
    "kilogram": "kg",
    "gram": "g",
    "ton": "tonne",
    "storey": "floor",
    "home": "house",
    "litre": "liter",
    "litres": "liter",
    "liters": "liter",
    "%": "percent",
    "per cent": "percent",
}


@functools.cache
def _lexicon() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(lexicon_bytes().decode("utf-8"))
    return data


@functools.cache
def _aliases() -> dict[str, str]:
    """Return ``UNIT_ALIASES`` with every currency word of the lexicon under its code ("zloty" is PLN), and every
    spelling of a unit of measure the extractor reads under its canonical name ("millimetres" and "millimetre" are mm,
    "kph" km/h, "mw" MW)."""
    lexicon = _lexicon()
    words: dict[str, str] = lexicon["currency_words"]
    # A code is three capitals; a word whose currency is told by place ("dinar") names no code of its own.
    currencies = {word: code.lower() for word, code in words.items() if len(code) == 3 and code.isupper()}
    spelled: dict[str, str] = lexicon["unit_words"]
    # A spelled unit's singular is its plural less the "s" ("millimetres", "times"); the odd stems this makes of
    # "inches" or "degrees celsius" name no unit and are never asked for. A symbol has no singular ("Gbps").
    singulars = {word[:-1]: unit for word, unit in spelled.items() if word.endswith("s")}
    spellings = {**singulars, **lexicon["unit_symbols"], **spelled}
    measures = {
        **{name.lower(): name for name in _measure_units()},
        **{word.lower(): UNIT_ALIASES.get(unit, unit) for word, unit in spellings.items()},
    }
    return {**measures, **currencies, **UNIT_ALIASES}


@functools.cache
def _rates() -> dict[tuple[str, str], str]:
    """Return the rate units by what they divide ("km", "hour") -> "km/h"."""
    rates: list[list[str]] = _lexicon()["rate_units"]
    return {(over, under): rate for over, under, rate in rates}


# Units are few and asked for once per claim and pair: each is read once.
@functools.lru_cache(maxsize=1 << 12)
def normalize_unit(unit: str) -> str:
    """Return the canonical spelling of a unit.

    >>> normalize_unit("Years"), normalize_unit("nation"), normalize_unit("person")
    ('year', 'country', 'person')
    >>> normalize_unit("zloty") == normalize_unit("PLN"), normalize_unit("litre") == normalize_unit("liter")
    (True, True)
    >>> normalize_unit("millimetre"), normalize_unit("kph"), normalize_unit("MW"), normalize_unit("mw")
    ('mm', 'km/h', 'MW', 'MW')
    >>> normalize_unit("GBP"), normalize_unit("Gbps")
    ('gbp', 'Gbps')

    A rate spelled out ("km per hour") is the rate's unit; its parts are read as units themselves.

    >>> normalize_unit("km per hour"), normalize_unit("miles per hour"), normalize_unit("square kilometre")
    ('km/h', 'mph', 'km2')
    >>> normalize_unit("grain per cubic metre")
    'grain per m3'
    """
    text = unit.strip().lower()
    if text in _aliases():
        return _aliases()[text]
    over, per, under = text.rpartition(" per ")
    if per:
        over, under = normalize_unit(over), normalize_unit(under)
        return _rates().get((over, under), f"{over} per {under}")
    return text


@functools.lru_cache(maxsize=1 << 12)
def unit_dimension(unit: str) -> str:
    """Return what a unit measures; units without a scale measure only themselves.

    >>> unit_dimension("month"), unit_dimension("percent"), unit_dimension("person")
    ('duration', 'ratio', 'person')
    """
    unit = normalize_unit(unit)
    return UNIT_SCALES[unit][0] if unit in UNIT_SCALES else unit


# Counts that stand for another in news reports (a unit, not a spelling: the claims keep their own units). The jobs a
# closure cuts are the workers who lose them, tickets sold the spectators, cases of a disease the people infected,
# leaked records the people whose data leaked, ballots the voters, admissions the patients, households their people; a
# kind of bird is counted as birds, a kind of fish as fish ("41,000 salmon escaped" against "150,000 escaped fish"), a
# kind of vehicle as vehicles ("more than 25 cars" against "11 vehicles"), a surgery as an operation. Outlets report
# one quantity in either.
STAND_INS = {
    "job": "person",
    "ticket": "person",
    "case": "person",
    "record": "person",
    "ballot": "person",
    "admission": "person",
    "household": "person",
    "salmon": "fish",
    "trout": "fish",
    "chicken": "bird",
    "hen": "bird",
    "duck": "bird",
    "turkey": "bird",
    "car": "vehicle",
    "truck": "vehicle",
    "lorry": "vehicle",
    "bus": "vehicle",
    "minibus": "vehicle",
    "van": "vehicle",
    "motorcycle": "vehicle",
    "surgery": "operation",
    # The overdoses a night's medics treat are the people treated for one.
    "overdose": "person",
    "trailer": "vehicle",
    # The dead animals of a report are counted by their carcasses, as the dead people by their bodies.
    "carcass": "animal",
    # Beekeepers count their colonies by the hives that house them.
    "hive": "colony",
    # An act done once to each thing counts those things: an emergency department's presentations or visits are the
    # patients who came, arrests the people arrested, evacuations the people moved, bites and stings the people
    # bitten or stung ("146 bites" against "146 people bitten"), a timetable's cancellations and departures the
    # services run or cancelled, flights or trains ("142 cancellations" against "more than 210 flights" called off).
    # A rescue is an operation that may save many ("about 40 ice rescues a winter"), not a count of the people saved.
    "presentation": "person",
    "visit": "person",
    "arrest": "person",
    "evacuation": "person",
    "bite": "person",
    "sting": "person",
    "cancellation": "service",
    "departure": "service",
    # A seat holds one person: a stadium's or a plane's capacity is given in either; a family, as a household, counts
    # its people.
    "seat": "person",
    "family": "person",
}

# A kind of thing counted against its class in news reports (a unit and the class it is a kind of): one outlet's
# "400 cattle" dead are another's "400 animals", the "shacks" a fire destroyed another's "structures", a "ship" another's
# "vessel". A kind meets its class and its class's class, never another kind of that class: cattle and sheep, two
# breeds of one herd's loss, are two counts (``are_kinds_apart``).
KINDS = {
    **dict.fromkeys(("ewe", "lamb", "ram"), "sheep"),
    **dict.fromkeys(("cow", "calf", "bull", "ox", "heifer", "bullock"), "cattle"),
    **dict.fromkeys(("cattle", "sheep", "goat", "pig", "camel", "donkey", "horse", "buffalo"), "livestock"),
    **dict.fromkeys(("vulture", "eagle", "stork", "flamingo", "pelican", "swan", "goose", "pigeon"), "bird"),
    **dict.fromkeys(
        (
            *("livestock", "bird", "fish", "elephant", "whale", "dolphin", "seal", "turtle", "jellyfish", "dog"),
            *("deer", "wolf", "bear", "lion", "monkey", "rhino", "giraffe", "zebra", "hippo", "crocodile"),
        ),
        "animal",
    ),
    # A house is a dwelling, a dwelling or a shop a building, a building a property, a property a structure: one
    # outlet's "2,650 homes" pulled down are another's "300 structures"; homes and shops, two kinds, stay apart.
    **dict.fromkeys(("house", "shack", "hut", "shanty", "flat", "apartment", "cabin", "bungalow"), "dwelling"),
    **dict.fromkeys(
        ("dwelling", "shop", "store", "kiosk", "stall", "school", "church", "mosque", "temple", "warehouse", "factory"),
        "building",
    ),
    "building": "property",
    "property": "structure",
    **dict.fromkeys(("ship", "boat", "ferry", "trawler", "tanker", "yacht"), "vessel"),
    **dict.fromkeys(("payment", "transfer", "purchase", "withdrawal"), "transaction"),
    # A shipping line's boxes are its containers; a nightclub is a club, and a club, a bar or a theatre a venue; a
    # flight or a train a service of a timetable; a rally or a march a demonstration; a tractor a machine.
    "box": "container",
    "nightclub": "club",
    **dict.fromkeys(("club", "bar", "pub", "theatre", "cinema", "stadium", "arena"), "venue"),
    **dict.fromkeys(("flight", "train"), "service"),
    **dict.fromkeys(("rally", "march", "protest", "vigil"), "demonstration"),
    "tractor": "machine",
}


@functools.lru_cache(maxsize=1 << 12)
def unit_classes(unit: str) -> tuple[str, ...]:
    """Return the dimension a unit's count stands for (``STAND_INS``) and the classes it is a kind of (``KINDS``),
    nearest first.

    >>> unit_classes("job"), unit_classes("cattle"), unit_classes("chicken"), unit_classes("month")
    (('person',), ('cattle', 'livestock', 'animal'), ('bird', 'animal'), ('duration',))
    >>> unit_classes("home")
    ('house', 'dwelling', 'building', 'property', 'structure')

    A counted noun of several words is a kind of its last word: "bathing water" of water, "pedal boat" of boat.

    >>> unit_classes("bathing water"), unit_classes("pedal boat")
    (('bathing water', 'water'), ('pedal boat', 'boat', 'vessel'))
    """
    dimension = unit_dimension(unit)
    classes = [STAND_INS.get(dimension, dimension)]
    while classes[-1] in KINDS and KINDS[classes[-1]] not in classes:
        classes.append(KINDS[classes[-1]])
    *words, head = dimension.split(" ")
    if words and dimension == normalize_unit(unit) and "per" not in words:
        classes.extend(kind for kind in unit_classes(head) if kind not in classes)
    return tuple(classes)


def unit_kin(unit: str) -> str:
    """Return the widest class a unit's count stands for (``unit_classes``): its own dimension for most units.

    >>> unit_kin("job"), unit_kin("person"), unit_kin("chicken"), unit_kin("salmon"), unit_kin("month")
    ('person', 'person', 'animal', 'animal', 'duration')
    >>> unit_kin("cattle"), unit_kin("shack"), unit_kin("ship")
    ('animal', 'structure', 'vessel')
    """
    return unit_classes(unit)[-1]


def are_kinds_apart(unit_a: str, unit_b: str) -> bool:
    """Return whether two units count different things: neither stands for the other nor is a kind of it
    (``unit_classes``).

    >>> are_kinds_apart("cattle", "animal"), are_kinds_apart("livestock", "cow"), are_kinds_apart("job", "person")
    (False, False, False)
    >>> are_kinds_apart("cattle", "sheep"), are_kinds_apart("vulture", "fish"), are_kinds_apart("person", "house")
    (True, True, True)
    """
    return are_classes_apart(unit_classes(unit_a), unit_classes(unit_b))


def are_classes_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Return whether two units' ``unit_classes`` count different things: neither's own dimension is among the
    other's classes (``are_kinds_apart``, for callers that read each unit's classes once)."""
    return a[0] not in b and b[0] not in a


def is_kind_against_class(unit_a: str, unit_b: str) -> bool:
    """Return whether one unit is a kind of the other's class (``KINDS``): "cattle" and "animal", not "job" and
    "person" (a stand-in, ``STAND_INS``) nor "cattle" and "sheep".

    >>> is_kind_against_class("cattle", "animal"), is_kind_against_class("animal", "livestock")
    (True, True)
    >>> is_kind_against_class("job", "person"), is_kind_against_class("cattle", "sheep")
    (False, False)
    """
    a, b = unit_classes(unit_a), unit_classes(unit_b)
    return a[0] in b[1:] or b[0] in a[1:]


def are_comparable(unit_a: str, unit_b: str) -> bool:
    """Return whether two units measure the same thing.

    >>> are_comparable("year", "month"), are_comparable("person", "organization")
    (True, False)
    """
    return unit_dimension(unit_a) == unit_dimension(unit_b)


def unit_scale(unit: str) -> Fraction:
    unit = normalize_unit(unit)
    return UNIT_SCALES[unit][1] if unit in UNIT_SCALES else Fraction(1)


def to_fraction(value: Decimal | int | str | None) -> Fraction | None:
    return None if value is None else Fraction(Decimal(value))


@dataclasses.dataclass(frozen=True)
class Value:
    """A claimed value: an interval (None is an open end), its qualifier and unit."""

    low: Decimal | None
    high: Decimal | None
    qualifier: str = "exact"
    unit: str = ""

    @classmethod
    def of(cls, low: object, high: object, qualifier: str = "exact", unit: str = "") -> Value:
        """Return a value from numbers or strings (a shorthand for tests and doctests)."""
        return cls(
            None if low is None else Decimal(str(low)), None if high is None else Decimal(str(high)), qualifier, unit
        )

    @property
    def is_open_ended(self) -> bool:
        return self.low is None or self.high is None


def is_below(first: Fraction, second: Fraction) -> bool:
    """Return ``first < second``, in whole numbers (denominators are positive): the suggester asks it of every pair.

    >>> is_below(Fraction(1, 3), Fraction(1, 2)), is_below(Fraction(-1, 2), Fraction(-1, 3)), is_below(Fraction(2), 2)
    (True, True, False)
    """
    return first.numerator * second.denominator < second.numerator * first.denominator


@dataclasses.dataclass(frozen=True)
class Interval:
    """A closed interval of exact fractions on a dimension's base scale (None is an open end)."""

    low: Fraction | None
    high: Fraction | None

    def overlaps(self, other: Interval) -> bool:
        """Return whether two intervals share at least one point.

        >>> Interval(Fraction(1), Fraction(2)).overlaps(Interval(Fraction(2), None))
        True
        >>> Interval(None, Fraction(1)).overlaps(Interval(Fraction(2), Fraction(3)))
        False
        """
        if self.high is not None and other.low is not None and is_below(self.high, other.low):
            return False
        if other.high is not None and self.low is not None and is_below(other.high, self.low):
            return False
        return True

    def touches_only(self, other: Interval) -> bool:
        """Return whether two intervals meet in exactly one point and extend away from it.

        >>> Interval(None, Fraction(2000)).touches_only(Interval(Fraction(2000), None))
        True
        >>> Interval(Fraction(2000), Fraction(2000)).touches_only(Interval(Fraction(2000), None))
        False
        """
        for left, right in ((self, other), (other, self)):
            if (
                left.high is not None
                and left.high == right.low
                and (left.low is None or left.low < left.high)
                and (right.high is None or right.high > right.low)
            ):
                return True
        return False


@functools.lru_cache(maxsize=1 << 16)
def base_interval(value: Value) -> Interval:
    """Return a value's interval on its dimension's base scale, as stated (values and intervals are immutable: the
    many comparisons of one value read it once).

    >>> base_interval(Value.of(3, 3, "exact", "year")) == base_interval(Value.of(36, 36, "exact", "month"))
    True
    """
    scale = unit_scale(value.unit)
    low, high = to_fraction(value.low), to_fraction(value.high)
    return Interval(None if low is None else low * scale, None if high is None else high * scale)


def is_whole(number: Fraction | None) -> bool:
    return number is not None and number.denominator == 1


@functools.lru_cache(maxsize=1 << 16)
def widened_interval(value: Value, other: Value | None = None) -> Interval:
    """Return a value's interval with the slack its qualifier and rounding allow.

    An approximate value is widened by ±10%. An exact whole-number duration compared with a
    duration that is not a whole number of its unit covers its unit's rounding ("two years"
    is said of two years and five months).

    >>> widened_interval(Value.of(200, 200, "approximate"))
    Interval(low=Fraction(180, 1), high=Fraction(220, 1))
    >>> i = widened_interval(Value.of(2, 2, "exact", "year"), Value.of(29, 29, "exact", "month"))
    >>> i.low / unit_scale("month"), i.high / unit_scale("month")
    (Fraction(24, 1), Fraction(36, 1))
    """
    interval = base_interval(value)
    low, high = interval.low, interval.high
    if value.qualifier == "approximate":
        low = None if low is None else low - abs(low) * TOLERANCE
        high = None if high is None else high + abs(high) * TOLERANCE
    unit = normalize_unit(value.unit)
    if (
        other is not None
        and value.qualifier in ("exact", "approximate")
        and unit in DURATION_UNITS
        and normalize_unit(other.unit) in DURATION_UNITS
        and is_whole(to_fraction(value.low))
        and value.low == value.high
    ):
        other_interval = base_interval(other)
        scale = unit_scale(unit)
        ends = [end / scale for end in (other_interval.low, other_interval.high) if end is not None]
        if any(not is_whole(end) for end in ends):
            stated = to_fraction(value.low)
            assert stated is not None
            low = min(low, stated * scale) if low is not None else None
            high = max(high, (stated + 1) * scale) if high is not None else None
    return Interval(low, high)


def classify_conflict(a: Value, b: Value) -> str:
    """Return "hard", "soft" or "" for two values claimed for one figure.

    >>> classify_conflict(Value.of(200, 200, "approximate"), Value.of(600, 600, "approximate"))
    'hard'
    >>> classify_conflict(Value.of(2000, 2000, "approximate"), Value.of(2150, 2150))
    'soft'
    >>> classify_conflict(Value.of(None, 2000, "at_most"), Value.of(2000, None, "at_least"))
    'soft'
    >>> classify_conflict(Value.of(None, 2000, "at_most"), Value.of(2000, 2000, "approximate"))
    ''
    >>> classify_conflict(Value.of(24, 99, "vague", "organization"), Value.of(54, 54, "exact", "organization"))
    ''
    >>> classify_conflict(Value.of(3, 3, "exact", "year"), Value.of(36, 36, "exact", "month"))
    ''
    >>> classify_conflict(Value.of(2, 2, "exact", "year"), Value.of(29, 29, "exact", "month"))
    'soft'
    >>> classify_conflict(Value.of(3, 3, "exact", "year"), Value.of(6, 6, "exact", "year"))
    'hard'
    >>> classify_conflict(Value.of(20, 20, "exact", "percent"), Value.of("0.2", "0.2", "approximate", "ratio"))
    ''
    >>> classify_conflict(Value.of(54, 54, "exact", "organization"), Value.of(54, 54, "exact", "person"))
    'soft'
    """
    if are_kinds_apart(a.unit, b.unit):
        return SOFT
    stated_a, stated_b = base_interval(a), base_interval(b)
    if not widened_interval(a, b).overlaps(widened_interval(b, a)):
        return HARD
    if not stated_a.overlaps(stated_b):
        return SOFT
    if stated_a.touches_only(stated_b):
        return SOFT
    return NONE


def worst(conflicts: Iterable[str]) -> str:
    """Return the most severe of some conflicts ("" when there are none).

    >>> worst(["", "soft", ""]), worst(["soft", "hard"]), worst([])
    ('soft', 'hard', '')
    """
    return max(conflicts, key=SEVERITY.__getitem__, default=NONE)


@dataclasses.dataclass(frozen=True)
class Pair:
    """Two members of a set of claims (by index into the list given) and their conflict."""

    first: int
    second: int
    conflict: str


@dataclasses.dataclass(frozen=True)
class Member:
    """One claim of a set as the roll-up sees it: the value editors stand behind and what its review set aside."""

    value: Value
    is_rejected: bool = False
    is_deprecated: bool = False


@dataclasses.dataclass(frozen=True)
class RollUp:
    """The conflicts of a set of claims: the set's worst, each member's worst, and every conflicting pair.

    The pairs are listed when first read: a suggestion of many claims needs only the set's conflict and its
    members', and listing every pair of it is quadratic.
    """

    conflict: str
    member_conflicts: tuple[str, ...]
    # Each value's members (indexes into the list given), and each two values' conflict.
    _members_of: dict[Value, list[int]] = dataclasses.field(repr=False, compare=False)
    _conflicting: list[tuple[Value, Value, str]] = dataclasses.field(repr=False, compare=False)

    @functools.cached_property
    def pairs(self) -> tuple[Pair, ...]:
        """Return every two members in conflict, by their indexes, in order."""
        found: list[Pair] = []
        for first_value, second_value, conflict in self._conflicting:
            firsts, seconds = self._members_of[first_value], self._members_of[second_value]
            # Members of one value are each two once; of two values, each of one with each of the other.
            twos = (
                itertools.combinations(firsts, 2) if first_value is second_value else itertools.product(firsts, seconds)
            )
            found.extend(Pair(min(a, b), max(a, b), conflict) for a, b in twos)
        return tuple(sorted(found, key=lambda pair: (pair.first, pair.second)))


# Suggestions compare the same values again and again (a figure with many claims, every incremental run).
_cached_conflict = functools.lru_cache(maxsize=1 << 16)(classify_conflict)


def values_conflict(values: Sequence[Value]) -> str:
    """Return the conflict of a set of claims none of which is rejected or deprecated, given by their values: what
    ``roll_up`` gives as the set's conflict, without each member's or the pairs, and read no further than a hard pair.

    >>> values = [Value.of(200, 200, "approximate"), Value.of(210, 210), Value.of(600, 600)]
    >>> values_conflict(values), values_conflict(values[:2]), values_conflict(values[:1] * 2)
    ('hard', 'soft', '')
    """
    counts = Counter(values)
    distinct = list(counts)
    found = NONE
    for at, first in enumerate(distinct):
        for second in distinct[at:]:
            if first is second and counts[first] < 2:
                continue
            found = worst([found, _cached_conflict(first, second)])
            if found == HARD:
                return found
    return found


def roll_up(members: Sequence[Member]) -> RollUp:
    """Return the conflict of a set of claims (a figure, a suggestion), of each member, and the conflicting pairs.

    A rejected member is no claim: it is in no pair and in conflict with nothing. A
    deprecated member keeps showing its own conflicts, but the set's conflict leaves it out
    (the editor who deprecated it has dealt with them). Pairs index into ``members``. Members
    of one value conflict alike, so each two distinct values are compared once: a suggestion
    of thousands of claims tells a few hundred values.

    >>> approx, rejected = Member(Value.of(200, 200, "approximate")), Member(Value.of(9, 9), is_rejected=True)
    >>> far = Member(Value.of(600, 600), is_deprecated=True)
    >>> result = roll_up([approx, rejected, Member(Value.of(210, 210)), far])
    >>> result.conflict, result.member_conflicts
    ('soft', ('hard', '', 'hard', 'hard'))
    >>> [(pair.first, pair.second, pair.conflict) for pair in result.pairs]
    [(0, 2, 'soft'), (0, 3, 'hard'), (2, 3, 'hard')]
    """
    members_of: dict[Value, list[int]] = {}
    for index, member in enumerate(members):
        if not member.is_rejected:
            members_of.setdefault(member.value, []).append(index)
    # Each value's members that the set's conflict counts (not deprecated).
    counted = {value: sum(not members[i].is_deprecated for i in found) for value, found in members_of.items()}
    values = list(members_of)
    per_value = dict.fromkeys(values, NONE)
    found = NONE
    conflicting = []
    for at, first in enumerate(values):
        for second in values[at:]:
            if first is second and len(members_of[first]) < 2:
                continue
            conflict = _cached_conflict(first, second)
            if not conflict:
                continue
            conflicting.append((first, second, conflict))
            per_value[first] = worst([per_value[first], conflict])
            per_value[second] = worst([per_value[second], conflict])
            both_counted = counted[first] >= 2 if first is second else counted[first] and counted[second]
            if both_counted:
                found = worst([found, conflict])
    per_member = [NONE] * len(members)
    for value, found_members in members_of.items():
        for index in found_members:
            per_member[index] = per_value[value]
    return RollUp(found, tuple(per_member), members_of, conflicting)
