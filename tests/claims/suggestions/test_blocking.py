"""Blocking: which pairs of claims are scored, on invented articles and claims."""

from claims.conflicts import Value
from claims.suggestions.blocking import MAX_CLAIMS_PER_WORD, candidate_pairs
from claims.suggestions.features import ClaimWords, DocumentText

# Two outlets' articles of one story: their claims' sentences share no word, only the names both keep coming back to.
MUDSLIDE_A = (
    "A mudslide buried part of Velmora on Tuesday. Rescuers had pulled out 14 people by nightfall. "
    "The road to Velmora stayed shut."
)
MUDSLIDE_B = (
    "Hillsides gave way above Velmora overnight. The mayor told reporters that 19 neighbours were unaccounted for. "
    "Tents were sent to Velmora."
)


def described(document_id, text, number):
    start = text.index(number)
    document = DocumentText(text)
    return document.describe(
        document_id, document_id, start, start + len(number), Value.of(int(number), int(number), "exact", "person")
    )


def test_two_outlets_claims_sharing_only_their_story_are_proposed():
    a = described(1, MUDSLIDE_A, "14")
    b = described(2, MUDSLIDE_B, "19")
    assert not set(a.words) & set(b.words)
    assert "velmora" in a.story & b.story

    assert candidate_pairs([a, b]) == {(0, 1)}


def words(claim_id, document_id, *held):
    return ClaimWords(claim_id, document_id, "person", frozenset({f"only{claim_id}", *held}))


def test_a_word_of_a_few_articles_finds_pairs_however_many_of_their_claims_hold_it():
    # An article with many claims naming its place: more claims hold "velmora" than a common word may have, but only
    # two articles do, and the other outlet's one claim meets the first article's there.
    claims = [words(0, 2, "velmora"), *(words(n, 1, "velmora") for n in range(1, MAX_CLAIMS_PER_WORD + 20))]

    pairs = candidate_pairs(claims)

    assert (0, 1) in pairs


def test_a_word_of_many_articles_held_by_many_claims_still_finds_no_pair():
    claims = [words(n, n, "people") for n in range(MAX_CLAIMS_PER_WORD + 20)]

    assert candidate_pairs(claims) == set()


def test_of_many_claims_sharing_only_a_story_a_claim_keeps_those_sharing_a_common_word_with_it():
    # A large story: sixty claims of one article share only its name with two claims of two other articles; those two
    # also share "crowd", a word of too many articles to find pairs alone. Past the cap, it tells them apart.
    filler = [ClaimWords(n, 100 + n, "person", frozenset({"crowd", f"only{n}"})) for n in range(120)]
    story = [
        ClaimWords(200 + n, 2, "person", frozenset({f"only{200 + n}"}), story=frozenset({"velmora"})) for n in range(60)
    ]
    a = ClaimWords(300, 3, "person", frozenset({"crowd", "police"}), story=frozenset({"velmora"}))
    b = ClaimWords(301, 4, "person", frozenset({"crowd", "organisers"}), story=frozenset({"velmora"}))
    claims = [*filler, *story, a, b]

    assert (len(claims) - 2, len(claims) - 1) in candidate_pairs(claims)


def test_a_claim_of_an_article_with_many_claims_still_meets_another_outlets_claim_of_its_story():
    # Sixty claims of one article share their document, a word and the story's name: they fill one another's
    # candidates. The other outlet's claim shares only the story's name with them, and meets the last of them too.
    article = [
        ClaimWords(n, 1, "person", frozenset({"toll", f"only{n}"}), story=frozenset({"velmora"})) for n in range(60)
    ]
    other = ClaimWords(100, 2, "person", frozenset({"missing"}), story=frozenset({"velmora"}))

    assert (59, 60) in candidate_pairs([*article, other])
