"""Cleaning drops page chrome by general rules and keeps every character of the article's own lines."""

import pytest

from corpus.cleaning import clean_text, is_chrome_line
from tests.conftest import SEEDS

CHROME = [
    "Facebook share button",
    "  • Kakao share button",
    "Share on Twitter",
    "Share this article",
    "Tweet",
    "font-size",
    "ⓕ font-size",
    "Settings",
    "-2",
    "+1",
    "0",
    "Top 10 Stories",
    "Most read",
    "Related Articles",
    "Search in Site",
    "go top",
    "X",
    "CLOSE",
    "Advertisement",
    "Subscribe to our newsletter",
    "Already a subscriber? Log in to continue reading",
    "Sign up for our morning briefing",
    "0:00 / 3:12",
    "© 2024 The Harbour Gazette. All rights reserved.",
]
ARTICLE = [
    "Some 30 defectors face repatriation, activists said.",
    "Top officials met 10 ministers on Tuesday.",
    "Share prices fell 3 percent after the 54 groups published their letter on the harbour deal.",
    "“As many as 2,000,” he said.",
    "2,000",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_line_is_dropped(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", ARTICLE)
def test_article_line_is_kept(line):
    assert not is_chrome_line(line)


def test_cleaning_keeps_nbsp_and_curly_quotes_exactly():
    text = "Title\n\nSome\u00a02,000 said “no” and ‘yes’ — twice.\n\nFacebook share button"
    assert clean_text(text) == "Title\n\nSome\u00a02,000 said “no” and ‘yes’ — twice."


def test_caption_printed_twice_keeps_one_copy():
    text = "Title\n\nA ferry leaves the pier.\nA ferry  leaves the pier.\n\nBody with 12 boats."
    assert clean_text(text) == "Title\n\nA ferry leaves the pier.\n\nBody with 12 boats."


def test_the_same_sentence_in_two_places_is_kept_twice():
    text = "Some 40 boats.\n\nOther news.\n\nSome 40 boats."
    assert clean_text(text) == text


def test_seed_page_chrome_is_dropped_and_the_body_kept():
    raw = (SEEDS / "001_739fe36cbf63b5e6.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    for chrome in ("font-size", "share button", "Top 10 Stories", "\nCLOSE", "• +2"):
        assert chrome in raw and chrome not in cleaned
    assert cleaned.startswith("Rights experts from 17 countries demand release")
    body = [line for line in raw.split("\n") if len(line) > 80]
    assert all(line in cleaned.split("\n") for line in body)


def test_every_kept_line_is_a_line_of_the_original():
    for seed in sorted(SEEDS.glob("*.txt")):
        raw = seed.read_text(encoding="utf-8")
        lines = set(raw.split("\n"))
        assert all(line in lines for line in clean_text(raw).split("\n"))
