"""The pair model: shipped weights load, it ranks one quantity above two, and its training script runs."""

import datetime
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from claims import conflicts
from claims.suggestions import pair_model
from claims.suggestions.scoring import idf_weights, score_pair

DAY = datetime.date(2026, 3, 9)
REPO = Path(__file__).resolve().parents[3]


def claim(claim_id: int, document_id: int, text: str, number: str, unit: str, qualifier: str = "exact") -> object:
    from claims.suggestions.features import describe_claim

    start = text.index(number)
    amount = int(number.replace(",", ""))
    value = conflicts.Value.of(amount, amount, qualifier, unit)
    return describe_claim(claim_id, document_id, text, start, start + len(number), value, published=DAY)


def test_shipped_model_reads_every_feature_and_a_threshold_between_zero_and_one():
    model = pair_model.shipped()
    assert set(model.weights) == set(pair_model.FEATURES)
    assert 0 < model.threshold < 1
    assert pair_model.active() == model


def test_model_ranks_one_quantity_above_two():
    same_a = claim(
        1, 1, "Floods in the Narel basin forced 4,200 villagers from their homes on Sunday.", "4,200", "person"
    )
    same_b = claim(2, 2, "About 4,200 villagers in the Narel basin fled the floods, officials said.", "4,200", "person")
    other = claim(3, 3, "The Narel basin regional council has 35 members, elected every four years.", "35", "person")
    idf = idf_weights([same_a, same_b, other])
    same = score_pair(same_a, same_b, idf).score
    different = score_pair(same_a, other, idf).score
    assert same > pair_model.active().threshold
    assert same > different


def test_use_puts_another_model_in_place_until_cleared():
    model = pair_model.PairModel({"text": 1.0}, 0.0, 0.9)
    pair_model.use(model)
    try:
        assert pair_model.active() is model
    finally:
        pair_model.use(None)
    assert pair_model.active() == pair_model.shipped()


def test_training_script_smoke_mode_fits_and_groups_a_tiny_set():
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "train_pairs.py"), "--smoke"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("smoke: ")


def training_script() -> object:
    """Return bench/train_pairs.py as a module (its fit needs no database)."""
    spec = importlib.util.spec_from_file_location("train_pairs", REPO / "bench" / "train_pairs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fit_weighs_a_row_of_weight_two_as_that_row_given_twice():
    training = training_script()
    rows = [([0.1, 1.0], 0), ([0.9, 0.0], 1), ([0.5, 1.0], 1), ([0.3, 0.0], 0), ([0.7, 1.0], 0)]
    weighted = training.fit(rows, l2=1.0, weights=[2.0, 1.0, 1.0, 1.0, 1.0])
    repeated = training.fit([rows[0], *rows], l2=1.0)
    assert weighted[1] == pytest.approx(repeated[1])
    assert weighted[0] == pytest.approx(repeated[0])


class FakeRead:
    def __init__(self, size: int) -> None:
        self.examples = [([0.0], 0)] * size


def test_each_example_of_a_larger_set_weighs_less_and_the_weights_sum_to_the_examples():
    weights = training_script().read_weights([FakeRead(2), FakeRead(8)])
    assert len(weights) == 10
    assert sum(weights) == pytest.approx(10.0)
    assert weights[0] > weights[2]
    # The larger set still weighs more in all: a weight per example between none and one per set.
    assert sum(weights[2:]) > sum(weights[:2])
