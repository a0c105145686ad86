"""The pair model: how likely two claims report one quantity, learned from the figures sets' gold.

Pure; no Django. A logistic model over what ``scoring.pair_features`` reads of two claims
that no rule rules out (sentence words, subjects, counted nouns, events, values, sources,
times). Its weights ship as data, ``pair_model.json`` beside this module, written by

    .venv/bin/python bench/train_pairs.py --write

which fits them on the nine ``bench/figures_eval*`` sets (extracted and gold+context claims):
a pair is one quantity when both its claims match gold claims of one ``figure_key``. The
file also holds the grouping threshold (``grouping.group_claims``) and the floor of a pair
that prints one distinctive number again (``REPEATED``; None: no floor).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
from collections.abc import Mapping
from pathlib import Path

PATH = Path(__file__).with_name("pair_model.json")

# What the model reads of a pair, in order (``scoring.pair_features`` computes them).
FEATURES = (
    "text",
    "nothing_specific",
    "subjects",
    "with_subjects",
    "same_subject",
    "same_head",
    "generic_head",
    "one_event",
    "near_shared",
    "same_numbers",
    "overlap",
    "log_ratio",
    "exact_apart",
    "vague",
    "distinctive",
    "same_document",
    "rival",
    "side_by_side",
    "one_source",
    "source_apart",
    "other_source",
    "one_attributed",
    "same_day",
    "periods_apart",
    "days_apart",
    "one_story",
    "scope_shared",
    "repeated_in_document",
    "repeated_by_source",
    "correction",
    "units_apart",
)


# The features that say a pair prints one distinctive number again: such a pair scores at least the floor.
REPEATED = ("repeated_in_document", "repeated_by_source", "correction")


@dataclasses.dataclass(frozen=True)
class PairModel:
    """A logistic model's weights (by feature name), its intercept, the grouping threshold and the repeated floor."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float
    repeated_floor: float | None = None

    def probability(self, features: Mapping[str, float]) -> float:
        """Return how likely a pair with these features reports one quantity (between 0 and 1).

        >>> PairModel({"text": 4.0}, -2.0, 0.5).probability({"text": 0.5})
        0.5
        """
        z = self.intercept + sum(weight * features.get(name, 0.0) for name, weight in self.weights.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def as_json(self) -> dict[str, object]:
        return {
            "weights": dict(self.weights),
            "intercept": self.intercept,
            "threshold": self.threshold,
            "repeated_floor": self.repeated_floor,
        }


def read_model(data: Mapping[str, object]) -> PairModel:
    """Return the model a ``pair_model.json`` document holds."""
    weights = data["weights"]
    assert isinstance(weights, dict)
    return PairModel(
        weights={str(name): float(weight) for name, weight in weights.items()},
        intercept=float(str(data["intercept"])),
        threshold=float(str(data["threshold"])),
        repeated_floor=None if data.get("repeated_floor") is None else float(str(data["repeated_floor"])),
    )


@functools.lru_cache(maxsize=1)
def shipped() -> PairModel:
    """Return the model shipped beside this module (read once)."""
    return read_model(json.loads(PATH.read_text(encoding="utf-8")))


# A model a benchmark puts in place of the shipped one (``use``); None: the shipped one.
_used: list[PairModel] = []


def active() -> PairModel:
    """Return the model the suggester scores with: the shipped one, unless a benchmark ``use``s another."""
    return _used[-1] if _used else shipped()


def use(model: PairModel | None) -> None:
    """Score with ``model`` from now on (None: the shipped one again); for training and benchmarks only."""
    _used.clear()
    if model is not None:
        _used.append(model)
