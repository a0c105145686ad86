"""Re-anchoring through edits: every claim is anchored, moved (with an edit distance) or orphaned, as expected."""

import re
import textwrap
import time

import pytest

from claims.anchoring import ANCHORED, MOVED, ORPHANED, Selector, anchor_quote, anchor_selectors, squash

ARTICLE = (
    "Ferry season opens\n\n"
    "Harbour officials counted some 2,000 ferry passengers on the first weekend of the season, the port authority said.\n\n"
    "As many as 300 volunteers helped at the piers, and 54 local businesses stayed open late into the night.\n\n"
    "The operator will add two boats in July. Around 45 percent more crossings are expected this year.\n\n"
    "Last year the harbour counted 1,500 passengers on the same weekend."
)
QUOTES = ["some 2,000", "As many as 300", "54", "two", "Around 45 percent", "1,500"]


def selector(text, quote, occurrence=1):
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    return Selector(quote, text[max(0, start - 32) : start], text[end : end + 32], start)


def anchor_all(old, new, quotes=QUOTES):
    selectors = [selector(old, quote) for quote in quotes]
    return dict(zip(quotes, anchor_selectors(new, selectors), strict=False))


def assert_points_at(new, found, quote):
    assert found.status in (ANCHORED, MOVED)
    assert squash(new[found.start : found.end]) == squash(quote)


def test_unchanged_text_anchors_every_claim_in_place():
    for quote, found in anchor_all(ARTICLE, ARTICLE).items():
        assert (found.status, found.start, found.distance) == (ANCHORED, ARTICLE.index(quote), None)


def test_paragraph_inserted_before_claims_moves_them_with_distance_zero():
    insert = "A new opening paragraph says 12 boats were repainted over the winter.\n\n"
    new = ARTICLE.replace("Harbour officials", insert + "Harbour officials")
    results = anchor_all(ARTICLE, new)
    for quote, found in results.items():
        assert_points_at(new, found, quote)
        assert found.status == MOVED and found.start == ARTICLE.index(quote) + len(insert)
    # Only the claim right after the insertion sees its context change; the others moved untouched.
    assert results["As many as 300"].distance == 0 and results["1,500"].distance == 0


def test_word_changed_next_to_a_quote_moves_it_with_the_edit_distance():
    new = ARTICLE.replace("54 local businesses", "54 small businesses")
    results = anchor_all(ARTICLE, new)
    assert results["54"].status == MOVED and results["54"].start == ARTICLE.index("54")
    assert 0 < results["54"].distance <= len("small")
    assert results["some 2,000"].status == ANCHORED and results["1,500"].status == ANCHORED  # same length: same place


def test_quote_whose_number_changed_is_orphaned_not_moved_onto_the_new_number():
    new = ARTICLE.replace("some 2,000 ferry", "some 2,500 ferry")
    results = anchor_all(ARTICLE, new)
    assert results["some 2,000"] == results["some 2,000"].__class__(ORPHANED)
    assert all(results[q].status == ANCHORED for q in QUOTES if q != "some 2,000")


def test_number_word_changed_is_orphaned():
    new = ARTICLE.replace("add two boats", "add three boats")
    results = anchor_all(ARTICLE, new)
    assert results["two"].status == ORPHANED


def test_changed_number_is_not_taken_from_another_sentence():
    # 2,000 still appears, but in a different sentence: the claim must not jump there.
    new = ARTICLE.replace("some 2,000 ferry", "some 2,400 ferry").replace(
        "Last year the harbour counted 1,500", "Last year the harbour sold 2,000 tickets and counted 1,500"
    )
    assert anchor_all(ARTICLE, new)["some 2,000"].status == ORPHANED


def test_paragraph_deleted_orphans_its_claims_and_keeps_the_others():
    paragraph = (
        "As many as 300 volunteers helped at the piers, and 54 local businesses stayed open late into the night.\n\n"
    )
    new = ARTICLE.replace(paragraph, "")
    results = anchor_all(ARTICLE, new)
    assert results["As many as 300"].status == ORPHANED and results["54"].status == ORPHANED
    for quote in ("two", "Around 45 percent", "1,500"):
        assert_points_at(new, results[quote], quote)
        assert results[quote].status == MOVED
    assert results["some 2,000"].status == ANCHORED


def test_whitespace_reflowed_keeps_every_claim():
    new = "\n\n".join(textwrap.fill(p, 30) for p in ARTICLE.split("\n\n"))
    results = anchor_all(ARTICLE, new)
    for quote, found in results.items():
        assert_points_at(new, found, quote)
    assert any("\n" in new[f.start : f.end] for f in results.values())


def test_thousands_separator_dropped_moves_with_distance_one():
    new = ARTICLE.replace("some 2,000", "some 2000")
    found = anchor_all(ARTICLE, new)["some 2,000"]
    assert (found.status, new[found.start : found.end], found.distance) == (MOVED, "some 2000", 1)


def test_qualifier_words_changed_keeps_the_number_and_records_the_distance():
    new = ARTICLE.replace("As many as 300", "Up to 300")
    found = anchor_all(ARTICLE, new)["As many as 300"]
    assert found.status == MOVED and new[found.start : found.end].endswith("300") and found.distance > 0


def test_repeated_number_claims_keep_their_own_occurrences():
    old = "Some 12 boats left.\n\nLater, 12 boats came back.\n\nNobody counted 12 again."
    new = "Some 12 boats left early.\n\nNobody counted 12 again."
    selectors = [selector(old, "12", n) for n in (1, 2, 3)]
    first, second, third = anchor_selectors(new, selectors)
    assert first.status == MOVED and first.start == new.index("12")
    assert second.status == ORPHANED
    assert third.status == MOVED and third.start == new.rindex("12")


def test_two_claims_never_share_the_same_words():
    old = "The fleet has 40 boats. The rival fleet has 40 boats too."
    new = "The rival fleet has 40 boats too."
    results = anchor_selectors(new, [selector(old, "40", 1), selector(old, "40", 2)])
    assert [r.status for r in results].count(ORPHANED) == 1
    assert results[1].start == new.index("40")


def test_claims_with_the_same_selector_share_one_place():
    sel = selector(ARTICLE, "54")
    first, second = anchor_selectors(ARTICLE, [sel, sel])
    assert first == second and first.status == ANCHORED


def test_quote_without_digits_or_number_words_is_found_up_to_spacing():
    found = anchor_quote("The ferry ran\nhalf-full today.", "ran half-full", "The ferry ", " today.", 10)
    assert found.status == MOVED and found.start == 10


@pytest.mark.parametrize("size", [2000])
def test_reanchoring_a_long_document_takes_linear_time(size):
    paragraphs = [
        f"Pier {i} counted {i * 7 + 3} boats and some {i * 11 + 5} passengers on day {i % 28 + 1}." for i in range(size)
    ]
    old = "\n\n".join(paragraphs)
    selectors = []
    for match in re.finditer(r"some \d+", old):
        start, end = match.span()
        selectors.append(Selector(match.group(0), old[max(0, start - 32) : start], old[end : end + 32], start))
    new = "An editor's note was added at the top.\n\n" + old.replace("passengers", "travellers")
    started = time.perf_counter()
    results = anchor_selectors(new, selectors)
    elapsed = time.perf_counter() - started
    assert all(r.status == MOVED for r in results)
    assert all(new[r.start : r.end] == s.quote for r, s in zip(results, selectors, strict=False))
    assert elapsed < 5, f"{len(selectors)} claims in {len(new)} characters took {elapsed:.1f} s"
