"""The pair model: shipped weights load, it ranks one quantity above two, and its training script runs."""

import datetime
import subprocess
import sys
from pathlib import Path

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
