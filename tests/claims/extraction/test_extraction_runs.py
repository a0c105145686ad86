"""A table's run of bare numbers read, framed and written whole gives what reading them one by one gives."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extraction import extract_claims
from claims.extraction.__main__ import write_claims
from claims.extraction.extractor import extract_items
from claims.extraction.periods import periods_in
from claims.extraction.runs import FramedRun

HEAD = '{"article": "t.txt", '


def table(rows: int, width: int = 8, start: int = 11, step: int = 37) -> str:
    """Return an invented table: ``rows`` lines of ``width`` numbers, no year shapes, three digits now and then."""
    lines = []
    value = start
    for _ in range(rows):
        cells = []
        for _ in range(width):
            value = (value * step + 13) % 9973
            cells.append(str(value if not 1800 <= value <= 2099 else value // 7))
        lines.append(" ".join(cells))
    return "\n".join(lines) + "\n"


TABLE = table(60)

# Invented texts where a table meets what its run path must leave to the word path, or read alike.
ROWS: list[tuple[str, str]] = [
    ("plain table", TABLE),
    ("table opening the text", TABLE[:400] + "Rain fell on Monday.\n"),
    ("years in the table are its periods", TABLE[:700] + " 1993 " + TABLE[700:1500] + " 2021\n" + TABLE[1500:]),
    ("a year at a line's start and end", TABLE[:300] + "\n1999 5 6 7 8 2004\n" + TABLE[300:]),
    ("commas part the years from numbers", TABLE[:500] + " 1993, 5 6 7, 2001 " + TABLE[500:]),
    ("a sentence with words before the table", "Police said 30 protesters were held on Monday.\n" + TABLE),
    ("words on the table's first line", "Heights in km: 5 km " + TABLE),
    ("a count before it lends its unit to its line", "It rained 40 mm and " + TABLE[:2000]),
    ("words right after the table", TABLE + "Of the 78, fifteen were found. About 300 people fled.\n"),
    ("the number named again after it", TABLE[:900] + "the 78 " + TABLE[900:1800]),
    ("phone and money shapes", TABLE[:600] + " 555 1234 " + TABLE[600:1200] + " 10 000 dollars " + TABLE[1200:]),
    ("digits grouped by spaces", TABLE[:600] + " 12 345 678 " + TABLE[600:]),
    ("leading zeros, double blanks, tabs", TABLE[:500] + " 007  12\t13 0 " + TABLE[500:]),
    ("CRLF lines", TABLE.replace("\n", "\r\n")),
    ("marks in the table", TABLE[:500] + " 4.5 1,234 3-1 (12) 50% " + TABLE[500:]),
    ("a list index down the lines", "1 Alpha\n2 Beta\n" + TABLE[:300] + "\n3 40 50 60\n4 70 80 90\n" + TABLE[300:]),
    ("a number alone on its line", TABLE[:400] + "\n77\n" + TABLE[400:]),
    ("an editor's note", "(ATTN: corrects figure)\n" + TABLE),
    ("a very long number", TABLE[:500] + " 123456789012345678901234567890 " + TABLE[500:]),
    ("one line without line breaks", TABLE.replace("\n", " ")),
    ("a dateline and a quote", 'SEOUL (Wire) - "Figures," it said.\n' + TABLE),
    ("a sentence end inside the table", TABLE[:500] + ". " + TABLE[500:1000] + "! " + TABLE[1000:]),
    ("a blank line between two tables", TABLE[:800] + "\n\n" + TABLE[800:]),
]


@pytest.mark.parametrize(("name", "text"), ROWS, ids=[name for name, _ in ROWS])
@pytest.mark.parametrize("published", [None, date(2024, 2, 29)])
def test_a_run_gives_the_claims_of_its_numbers_read_one_by_one(name: str, text: str, published: date | None) -> None:
    assert extract_claims(text, published) == expand(extract_items(text, published, runs=False))
    assert extract_claims(text, published) == expand(extract_items(text, published))


@pytest.mark.parametrize(("name", "text"), ROWS, ids=[name for name, _ in ROWS])
def test_the_command_line_writes_a_run_as_it_writes_each_claim(name: str, text: str) -> None:
    out = io.StringIO()
    write_claims("t.txt", text, out, date(2023, 10, 12))
    lines = "".join(c.json_text(HEAD) + "\n" for c in extract_claims(text, date(2023, 10, 12)))
    assert out.getvalue() == lines
    assert all(json.loads(line)["article"] == "t.txt" for line in lines.splitlines())


def test_a_table_is_read_as_runs_and_written_in_pieces() -> None:
    items = extract_items(TABLE + TABLE, date(2023, 10, 12))
    pieces = [item for item in items if isinstance(item, FramedRun)]
    # The path under test is taken: nearly every number of the table stands in a piece.
    assert sum(len(piece) for piece in pieces) >= 0.9 * len(extract_claims(TABLE + TABLE))
    assert all(piece.lo <= piece.start and piece.end <= piece.hi for piece in pieces)


def test_a_year_in_a_table_is_the_period_of_the_numbers_nearest_it() -> None:
    text = TABLE[:300] + " 1993 " + TABLE[300:600]
    claims = extract_claims(text)
    year = text.index("1993")
    near = [c for c in claims if abs(c.start - year) < 40]
    assert near and all(c.period_text == "1993" and c.period_precision == "year" for c in near)
    far = [c for c in claims if c.start - year > 400]
    assert all(c.period_text == "" for c in far)


@pytest.mark.parametrize(
    ("text", "lo", "hi", "years"),
    [
        ("5 1993 19931 2001\n7", 0, 19, [(2, 6, "1993"), (13, 17, "2001")]),
        ("7 2024 8\n\n2025", 2, 14, [(2, 6, "2024"), (10, 14, "2025")]),
        # A year that runs on into a letter past the window is no period.
        ("5 1993x", 0, 6, []),
        ("x1993 5", 1, 7, []),
    ],
)
def test_the_periods_of_a_window_of_a_table_are_its_bare_years(
    text: str, lo: int, hi: int, years: list[tuple[int, int, str]]
) -> None:
    assert [(s, e, period[0]) for s, e, period, _, _ in periods_in(text, lo, hi, None)] == years


CELLS = st.sampled_from(
    ["5", "42", "317", "1999", "2021", "0", "007", "8841", "12 345 678", "555 1234", "4.5", "1,234", "99999"]
)
GLUE = st.sampled_from([" ", " ", " ", "\n", "\t", "  ", "\r\n", ". ", ", ", " km ", " people said ", " on Monday "])


# A value of the table told again far after it with a unit ("1234 km"): a table's number takes no unit from afar.
RESTATED_AFAR = (
    [("555 1234", " ")]
    + [("5", " ")] * 12
    + [("42", " "), ("1999", " "), ("12 345 678", " "), ("12 345 678", " "), ("555 1234", " km ")]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(CELLS, GLUE), min_size=1, max_size=400), st.integers(0, 3))
@example(RESTATED_AFAR, 0)
def test_random_mixes_of_tables_and_words_read_alike(cells: list[tuple[str, str]], repeat: int) -> None:
    text = "".join(cell + glue for cell, glue in cells) + TABLE[: 200 * repeat]
    published = date(2023, 10, 12)
    assert extract_claims(text, published) == expand(extract_items(text, published, runs=False))


def test_a_table_number_takes_no_unit_from_its_value_told_again_far_after() -> None:
    text = "".join(cell + glue for cell, glue in RESTATED_AFAR)
    published = date(2023, 10, 12)
    claims = extract_claims(text, published)
    assert claims == expand(extract_items(text, published, runs=False))
    units = {c.start: c.unit for c in claims if c.low == 1234}
    assert units == {4: "", text.rindex("1234"): "km"}


def expand(items: list) -> list:
    """Return the claims of ``extract_items``'s answer, pieces of runs expanded (with ``runs=False`` there are none)."""
    out = []
    for item in items:
        out.extend(item.claims() if isinstance(item, FramedRun) else [item])
    return out
