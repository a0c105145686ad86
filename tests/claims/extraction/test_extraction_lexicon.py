"""The lexicon is the extractor's only word table: every entry reads, and a new entry needs no code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from claims.extraction import ExtractedClaim, extract_claims, load_lexicon

LEX = load_lexicon()
PACKAGE = Path(__file__).resolve().parents[3] / "claims" / "extraction"


def only_claim(text: str, quote_part: str) -> ExtractedClaim:
    found = [c for c in extract_claims(text) if quote_part in c.quote]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize(("hedge", "qualifier"), sorted(LEX["hedges_before"].items()))
def test_every_hedge_before_the_number_reads_with_its_qualifier(hedge: str, qualifier: str) -> None:
    claim = only_claim(f"The agency said {hedge} 2,000 people were detained.", "2,000")
    assert claim.quote.lower() == f"{hedge} 2,000"
    assert claim.qualifier == qualifier
    assert (claim.low, claim.high) == {
        "at_most": (None, Decimal(2000)),
        "at_least": (Decimal(2000), None),
        "approximate": (Decimal(2000), Decimal(2000)),
    }[qualifier]


def written_after(hedge: str) -> str:
    """Return a hedge as it follows "2,000": after a blank ("or so"), a hyphen ("-plus") or glued ("+")."""
    return f"2,000 {hedge}" if hedge[0].isalpha() else f"2,000{hedge}"


@pytest.mark.parametrize(("hedge", "qualifier"), sorted(LEX["hedges_after"].items()))
def test_every_hedge_after_the_number_reads_with_its_qualifier(hedge: str, qualifier: str) -> None:
    claim = only_claim(f"The agency said {written_after(hedge)} people were detained.", "2,000")
    assert claim.quote == written_after(hedge)
    assert claim.qualifier == qualifier
    assert claim.rule == "hedge_after:" + hedge.lstrip("-")


@pytest.mark.parametrize(("word", "interval"), sorted(LEX["vague_plurals"].items()))
def test_every_vague_word_reads_as_its_interval(word: str, interval: list[int]) -> None:
    claim = only_claim(f"{word.capitalize()} of people were detained.", word.split(" ")[0].capitalize())
    assert claim.quote.lower() == word
    assert (claim.low, claim.high, claim.qualifier) == (Decimal(interval[0]), Decimal(interval[1]), "vague")


@pytest.mark.parametrize(("word", "scale"), sorted(LEX["number_words"]["scales"].items()))
def test_every_scale_word_multiplies_the_number_before_it(word: str, scale: int) -> None:
    claim = only_claim(f"The agency detained two {word} people.", "two")
    assert claim.quote == f"two {word}"
    assert claim.low == claim.high == 2 * scale


@pytest.mark.parametrize(("word", "unit"), sorted((w, u) for w, u in LEX["unit_words"].items() if w != "times"))
def test_every_unit_word_names_its_unit(word: str, unit: str) -> None:
    # "12 times" is read as occasions unless a comparison follows ("12 times the cap"), so it is left out.
    assert only_claim(f"It covered 12 {word} in all.", "12").unit == unit


def test_a_four_word_hedge_before_the_number_reads_whole() -> None:
    claim = only_claim("Losses were in the region of 2,000 tonnes.", "2,000")
    assert (claim.quote, claim.qualifier, claim.rule) == (
        "in the region of 2,000",
        "approximate",
        "hedge:in the region of",
    )


def test_a_hedge_added_to_the_lexicon_alone_is_read(tmp_path: Path) -> None:
    """Adding a four-word hedge after the number (and a five-word one before it) touches only lexicon.json."""
    copy = tmp_path / "claims" / "extraction"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "claims" / "__init__.py").write_text("")
    lexicon = json.loads((copy / "lexicon.json").read_text(encoding="utf-8"))
    lexicon["hedges_after"]["or so they say"] = "approximate"
    lexicon["hedges_before"]["somewhere in the vicinity of"] = "approximate"
    (copy / "lexicon.json").write_text(json.dumps(lexicon), encoding="utf-8")
    code = (
        "from claims.extraction import extract_claims\n"
        "for t in ('Police held 2,000 or so they say, in all.',\n"
        "          'It cost somewhere in the vicinity of $5 million.'):\n"
        "    c = extract_claims(t)[0]\n"
        "    print(c.quote, c.qualifier, c.rule, sep='|')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"PYTHONPATH": str(tmp_path)},
    )
    assert out.stdout.splitlines() == [
        "2,000 or so they say|approximate|hedge_after:or so they say",
        "somewhere in the vicinity of $5 million|approximate|hedge:somewhere in the vicinity of",
    ]


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("no more than about 50 people came", "no more than about 50", "at_most"),
        ("no fewer than about 20 boats", "no fewer than about 20", "at_least"),
        ("within about 160 million years", "within about 160 million", "at_most"),
    ],
)
def test_a_bound_of_any_length_before_an_approximate_hedge_wins(text: str, quote: str, qualifier: str) -> None:
    # "no more than about 50" once read as "more than about 50", at_least: the bound was cut at two words.
    claim = extract_claims(text)[0]
    assert (claim.quote, claim.qualifier) == (quote, qualifier)
