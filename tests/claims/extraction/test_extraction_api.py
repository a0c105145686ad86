"""The public API: claim record, JSON form, lexicon version, command line."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from dataclasses import fields
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from claims.extraction import (
    LEXICON_VERSION,
    PREFIX_LENGTH,
    QUALIFIERS,
    ExtractedClaim,
    extract_claims,
    load_lexicon,
)
from claims.extraction.lexicon import compute_version

ROOT = Path(__file__).resolve().parents[3]


def test_qualifiers_and_prefix_length_are_fixed() -> None:
    assert QUALIFIERS == ("exact", "approximate", "at_least", "at_most", "range", "vague")
    assert PREFIX_LENGTH == 32


def test_to_json_writes_integers_without_point_and_carries_version() -> None:
    claim = extract_claims("Some 2,000 people and 4.5 years, as many as 30.")[0]
    row = claim.to_json()
    assert list(row) == [
        "start",
        "end",
        "quote",
        "low",
        "high",
        "qualifier",
        "unit",
        "noun",
        "attribution",
        "rule",
        "prefix",
        "suffix",
        "subject",
        "event",
        "places",
        "period_text",
        "period_start",
        "period_end",
        "period_precision",
        "attribution_start",
        "attribution_end",
        "hedge",
        "sentence_start",
        "sentence_end",
        "version",
    ]
    assert json.dumps(row["low"]) == "2000"
    assert row["version"] == LEXICON_VERSION
    assert json.loads(json.dumps([c.to_json() for c in extract_claims("4.5 years")]))[0]["low"] == 4.5


def _json_line(claim: ExtractedClaim) -> str:
    return json.dumps({"article": "a.txt", **claim.to_json()})


def test_json_text_is_json_dumps_of_to_json_for_every_kind_of_field() -> None:
    claims = [
        *extract_claims(
            "SEOUL (Wire) - Police said about 30 protesters were detained last month. "
            "Rates fell 4.50% to 1.05E+6; “Café” owners saw −3 °C.\n9271 58 8487 81\n1993 12",
            date(2023, 10, 12),
        ),
        ExtractedClaim(0, 1, '\ud800"\\\n\t\u2028é', Decimal("-0"), None, "at_most", places=("Zürich", 'a"b')),
        ExtractedClaim(0, 1, "x", Decimal("1E+2"), Decimal("0.1"), "range", attribution_start=0, attribution_end=0),
        ExtractedClaim(0, 1, "x", Decimal("NaN"), Decimal("1E+400"), "range", period_end=date(2020, 1, 1)),
        ExtractedClaim(0, 1, "x", Decimal("12345678901234567890.5"), Decimal(".5"), "range"),
    ]
    assert {"places", "period_start", "attribution_start"} <= {
        name for c in claims for name, value in c.to_json().items() if value not in ("", None, [])
    }
    head = '{"article": "a.txt", '
    assert [c.json_text(head) for c in claims] == [_json_line(c) for c in claims]


def test_claim_is_frozen() -> None:
    claim = ExtractedClaim(0, 1, "3", Decimal(3), Decimal(3), "exact")
    try:
        claim.start = 2  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("ExtractedClaim must be frozen")


def test_claim_sets_every_field_by_name_and_by_position() -> None:
    values: dict[str, Any] = {f.name: f"value {i}" for i, f in enumerate(fields(ExtractedClaim))}
    by_name = ExtractedClaim(**values)
    by_position = ExtractedClaim(*values.values())
    assert [getattr(by_name, name) for name in values] == list(values.values())
    assert by_position == by_name


def test_lexicon_version_follows_lexicon_content() -> None:
    lex = load_lexicon()
    assert LEXICON_VERSION.startswith(str(lex["version"]) + "+")
    assert compute_version(b'{"a": 1}', "1") != compute_version(b'{"a": 2}', "1")
    lex["vague_plurals"].clear()
    assert load_lexicon()["vague_plurals"]["dozens"] == [24, 99]


def test_records_noun_attribution_and_rule() -> None:
    claim = extract_claims("Some 30 defectors face repatriation, according to human rights activists.")[0]
    assert claim.noun == "defectors"
    assert claim.attribution == "according to human rights activists"
    assert claim.rule == "hedge:some"


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claims.extraction", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_reads_stdin_as_article_dash() -> None:
    out = _cli(stdin="About 40 people came.\n")
    assert out.returncode == 0
    row = json.loads(out.stdout.splitlines()[0])
    assert next(iter(row)) == "article" and row["article"] == "-"
    assert row["quote"] == "About 40"


def test_cli_keeps_crlf_offsets_and_reports_unreadable_files(tmp_path: Path) -> None:
    good = tmp_path / "crlf.txt"
    good.write_bytes(b"Title\r\n\r\nSome 30 people came.\r\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe 3 people")
    out = _cli(str(tmp_path / "missing.txt"), str(bad), str(good))
    assert out.returncode == 1
    assert "missing.txt" in out.stderr and "bad.txt" in out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    text = good.read_bytes().decode()
    assert [(r["article"], text[r["start"] : r["end"]]) for r in rows] == [("crlf.txt", "Some 30")]


def test_cli_on_seeds_matches_gold() -> None:
    gold_path = ROOT / "data" / "seeds_gold.jsonl"
    seeds = sorted((ROOT / "data" / "seeds").glob("*.txt"))
    if not gold_path.exists() or not seeds:
        return
    out = _cli(*map(str, seeds))
    assert out.returncode == 0
    pred = {(r["article"], r["start"], r["end"]): r for r in map(json.loads, out.stdout.splitlines())}
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(pred) == len(gold)
    for g in gold:
        p = pred[(g["article"], g["start"], g["end"])]
        assert (p["low"], p["high"], p["qualifier"], p["unit"]) == (g["low"], g["high"], g["qualifier"], g["unit"])


def test_cli_keeps_crlf_offsets_on_stdin() -> None:
    data = b"Title\r\n\r\nSome 30 people came.\r\n"
    out = subprocess.run(
        [sys.executable, "-m", "claims.extraction"], cwd=ROOT, input=data, capture_output=True, timeout=60
    )
    assert out.returncode == 0
    row = json.loads(out.stdout.decode().splitlines()[0])
    assert data.decode()[row["start"] : row["end"]] == "Some 30"


def test_attribution_spans_abbreviations() -> None:
    claim = extract_claims("Hundreds of thousands of people have fled, the U.N. said.")[0]
    assert claim.attribution == "the U.N. said"


def test_extraction_makes_no_reference_cycles() -> None:
    """The command line turns the cycle collector off, which is safe only while extraction makes no cycles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "seeds").glob("*.txt"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "bench" / "extraction_eval2" / "articles").glob("*.txt"))
    ]
    texts.append("\n".join(" ".join(str(7 * i + j) for j in range(8)) for i in range(200)))
    texts.append("x" * 5000 + "9" * 300 + "\ud800 $5bn, -3C, 1 in 5, 3-1, 10 000 dollars, Call 555 0192.")
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            for claim in extract_claims(text, date(2024, 1, 2)):
                claim.to_json()
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_draft_holds_the_claims_first_fields_in_order():
    """``ClaimDraft`` repeats ``ExtractedClaim``'s reading fields (a frozen dataclass cannot extend a mutable one).

    Its one field of its own, last, marks a table's number (``bare``), which no claim writes.
    """
    from dataclasses import fields

    from claims.extraction.model import ClaimDraft, ExtractedClaim

    *draft, own = [(field.name, field.type, field.default) for field in fields(ClaimDraft)]
    claim = [(field.name, field.type, field.default) for field in fields(ExtractedClaim)]
    assert draft == claim[: len(draft)] and claim[len(draft)][0] == "subject"
    assert own[0] == "bare" and own[0] not in [name for name, _, _ in claim]
