"""The day of a count printed without time words: the event's day its paragraph named, or the day printed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claim_reading import PUBLISHED, claim_at

TUESDAY = date(2024, 3, 12)

# (text, quote, the day the claim is of), published on Thursday 14 March 2024; no time words in the claim's sentence
EVENT_DAYS: list[tuple[str, str, date | None]] = [
    # a fixed quantity of a past event is of the day its paragraph named for the event
    ("A fire tore through a paint factory on Tuesday. About 300 workers were inside, police said.", "300", TUESDAY),
    (
        "Farmers drove into the capital on Tuesday. Organisers said 40,000 marched; police counted 7,500.",
        "7,500",
        TUESDAY,
    ),
    ("On Tuesday a ferry ran aground off the island. It had boarded 212 passengers at dawn.", "212", TUESDAY),
    # a running total is the count of the day printed (CLAIMS.md), whatever day its event was
    ("A bus plunged into a gorge on Tuesday. Nine people were killed, police said.", "Nine", PUBLISHED),
    # a sentence that tells what stands now is of the day printed
    ("Farmers marched on Tuesday. About 3,000 tractors are still parked in the square.", "3,000", PUBLISHED),
    ("Farmers marched on Tuesday. Some 40 tractors remained in the square.", "40", PUBLISHED),
    # a sentence with no past tense, or a day named in another paragraph, gives no event's day
    ("Farmers marched on Tuesday. The union says 40,000.", "40,000", PUBLISHED),
    ("Farmers marched through the capital on Tuesday.\n\nOrganisers said 40,000 took part.", "40,000", PUBLISHED),
    # a paragraph that names the day printed tells of that day ("Tuesday's figure" is another count's)
    ("Farmers marched on Thursday. Organisers said 40,000 took part.", "40,000", PUBLISHED),
    (
        "On Tuesday a hunger strike began. It grew on Thursday to 35, up from Tuesday's figure of 18. "
        "Campaigners said the true number was more than 100.",
        "100",
        PUBLISHED,
    ),
    (
        "Shares fell on Thursday, leaving them below Tuesday's close. Analysts estimated the cost at €40 million.",
        "€40 million",
        PUBLISHED,
    ),
    # a sentence that tells a count changing, what is to come or what may be, is of the day printed
    ("Farmers marched on Tuesday. Police can hold 40 of them for a week, officials confirmed.", "40", PUBLISHED),
    ("A storm hit the town on Tuesday. Crews cleared 18 more roads, bringing the total to 49.", "49", PUBLISHED),
    ("A gas main blew up on Tuesday. Nine buildings were damaged and two will be demolished.", "Nine", PUBLISHED),
]


@pytest.mark.parametrize(("text", "quote", "day"), EVENT_DAYS)
def test_a_count_without_time_words_is_of_its_event_s_day(text: str, quote: str, day: date | None) -> None:
    c = claim_at(text, quote)
    assert (c.period_text, c.period_start, c.period_end, c.period_precision) == ("", day, day, "day")
