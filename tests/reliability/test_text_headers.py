"""Issue 13, item 11: plain-text headers are read as metadata, never stored as body, never made into claims."""

import datetime
import json

import pytest

from corpus.reading import ReadError, read_source_file
from tests.conftest import SEEDS, SEEDS_GOLD

HEADED = (
    "Flood toll rises to 40 in the valley\n"
    "URL: https://www.valleypost.example/2023/09/22/flood-toll-40\n"
    "Published: 2023-09-22\n"
    "Outlet: The Valley Post\n"
    "By: Jane Doe\n"
    "\n"
    "Some 40 people died in the floods, officials said on Friday.\n"
    "\n"
    "As many as 300 homes were damaged across 12 villages.\n"
)
BODY = "Some 40 people died in the floods, officials said on Friday.\n\nAs many as 300 homes were damaged across 12 villages.\n"


def write(tmp_path, text, name="flood.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_header_fields_become_metadata(tmp_path):
    """Issue 13, item 11: title, URL, published date, outlet and byline all come from the header."""
    article = read_source_file(write(tmp_path, HEADED))
    assert article.title == "Flood toll rises to 40 in the valley"
    assert article.url == "https://www.valleypost.example/2023/09/22/flood-toll-40"
    assert (article.published, article.published_precision) == (datetime.date(2023, 9, 22), "day")
    assert (article.outlet_name, article.outlet_domain) == ("The Valley Post", "valleypost.example")
    assert article.byline == "Jane Doe"


def test_keyed_lines_are_not_stored_and_the_body_is_kept_as_written(tmp_path):
    """Issue 13, item 11: the stored text is the title line and the body; the keyed lines are metadata only."""
    article = read_source_file(write(tmp_path, HEADED.replace("\n", "\r\n")))
    assert article.text == "Flood toll rises to 40 in the valley\n\n" + BODY


@pytest.mark.parametrize(
    ("header", "stored_head"),
    [
        ("Title: Flood toll rises to 40 in the valley\nurl: https://valleypost.example/flood\n", ""),
        (
            "Flood toll rises to 40 in the valley\n\nURL:https://valleypost.example/flood\nDate: 22 September 2023\n"
            "Author: Jane Doe\n\n\n",
            "",
        ),
        (
            "\n\nFlood toll rises to 40 in the valley\nOUTLET:   The Valley Post  \nLink: not a header key\n",
            "Link: not a header key\n",
        ),
    ],
)
def test_header_spellings_store_the_same_text(tmp_path, header, stored_head):
    """Issue 13, item 11: a Title: key, blank lines, case and spacing do not change what is stored."""
    article = read_source_file(write(tmp_path, header + BODY))
    assert article.text == "Flood toll rises to 40 in the valley\n\n" + stored_head + BODY
    assert article.title == "Flood toll rises to 40 in the valley"


def test_header_values_give_no_claims_and_offsets_stay_true(tmp_path, db):
    """Issue 13, item 11: no claim comes from a header line; every claim's offsets point at its quote."""
    from claims.pipeline import ingest
    from corpus.models import Document

    report = ingest([write(tmp_path, HEADED)], citations=False, suggest=False)
    assert not report.failures, report.summary()
    document = Document.objects.select_related("outlet").get()
    assert (document.url, document.outlet.name, document.byline) == (
        "https://www.valleypost.example/2023/09/22/flood-toll-40",
        "The Valley Post",
        "Jane Doe",
    )
    assert "URL:" not in document.text and "Published:" not in document.text
    claims = list(document.claims.all())
    assert claims
    for claim in claims:
        assert document.text[claim.start : claim.end] == claim.quote
        assert claim.quote not in {"2023", "22", "09"}
    assert {claim.quote for claim in claims} >= {"Some 40", "As many as 300"}


def test_sidecar_still_wins_over_the_header(tmp_path):
    """Issue 13, item 11: what an editor wrote in the sidecar beats the header, as it beats the text."""
    path = write(tmp_path, HEADED)
    (tmp_path / "flood.meta.json").write_text('{"outlet": "Valley Post (print)", "published": "2023-09"}')
    article = read_source_file(path)
    assert (article.outlet_name, article.published_precision) == ("Valley Post (print)", "month")
    assert article.url == "https://www.valleypost.example/2023/09/22/flood-toll-40"


@pytest.mark.parametrize(
    ("header", "error"),
    [
        ("URL: javascript:alert(1)\n", "the URL: header must be an http"),
        ("Published: last Friday\n", "the Published: header must be a date"),
        ("Flood toll\nBy: Jane Doe\n\n", "empty article"),
    ],
)
def test_unreadable_header_fails_the_file_with_one_line(tmp_path, header, error):
    """Issue 13, item 11: a header value that cannot be read is a clear error, not a guess."""
    path = write(tmp_path, header + ("" if "empty" in error else BODY))
    with pytest.raises(ReadError, match=error) as raised:
        read_source_file(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_text_without_a_header_is_stored_exactly_as_written(tmp_path):
    """Issue 13, item 11: a "By Name" line or a body line with a colon is text, not a header."""
    text = "Flood toll rises\nBy Jane Doe\n\nDeaths: some 40 people, officials said.\nURL: later in the text\n"
    article = read_source_file(write(tmp_path, text))
    assert article.text == text and article.url == "" and article.byline == "Jane Doe"


def test_seeds_are_stored_exactly_as_written_and_keep_their_gold_claims(db):
    """Issue 13, item 11: the seeds have no keyed header; they are stored as written and give the 29 gold claims."""
    from claims.models import Claim
    from claims.pipeline import ingest

    for path in sorted(SEEDS.glob("*.txt")):
        written = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        assert read_source_file(path).text == written, path.name
    ingest([SEEDS], citations=False, suggest=False)
    gold = [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(gold) == 29
    stored = set(Claim.objects.values_list("document__source_name", "start", "end", "quote"))
    assert {(row["article"], row["start"], row["end"], row["quote"]) for row in gold} <= stored
